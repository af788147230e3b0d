"""Dabir: a reviewed, searchable record of who did what to whom, and who said what, from news.

The front door is :func:`open_workspace`::

    import dabir
    with dabir.open_workspace("dabir.db") as ws:
        summary = ws.ingest(["data/corpus"])
        for hit in ws.search("Haniyeh"):
            print(hit.article.title, hit.snippet)
"""

from __future__ import annotations

import logging

from dabir.errors import AmbiguousIdError, DabirError, NotFoundError, StoreError, UsageError
from dabir.settings import Settings, load_settings
from dabir.types import (
    Article,
    ArticleFilter,
    ArticleSummary,
    Caption,
    IngestSummary,
    PublishedDate,
    Rejected,
    RejectReason,
    SearchHit,
    Source,
    Span,
)
from dabir.workspace import IngestOptions, Workspace, open_workspace

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = [
    "AmbiguousIdError",
    "Article",
    "ArticleFilter",
    "ArticleSummary",
    "Caption",
    "DabirError",
    "IngestOptions",
    "IngestSummary",
    "NotFoundError",
    "PublishedDate",
    "RejectReason",
    "Rejected",
    "SearchHit",
    "Settings",
    "Source",
    "Span",
    "StoreError",
    "UsageError",
    "Workspace",
    "__version__",
    "load_settings",
    "open_workspace",
]
