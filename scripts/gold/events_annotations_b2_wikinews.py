"""Hand annotations of the second batch: wikinews-saliency documents chosen by `select_batch2.py`.

Conventions and notation: `events_annotations.py` and `data/gold/README.md`.
"""

from __future__ import annotations

from events_annotations import DOC, E, IQ, SQ, D, K, Q, S  # noqa: F401

DOCS: list[dict] = []
