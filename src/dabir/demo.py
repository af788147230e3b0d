"""The bundled sample corpus and the tour ``dabir demo`` prints."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from dabir.errors import NotFoundError
from dabir.types import ArticleFilter, SearchHit
from dabir.workspace import Workspace

EXAMPLE_SEARCHES = (
    "Haniyeh",
    '"Quds Force"',
    "Houthi OR Ansarallah",
    "Hizballah sanction*",
    "Soleimani -Trump",
)


def bundled_corpus() -> Path:
    """The sample corpus shipped with Dabir: inside the installed package, or in the checkout."""
    package = Path(__file__).parent / "_data" / "corpus"
    checkout = Path(__file__).resolve().parents[2] / "data" / "corpus"
    for candidate in (package, checkout):
        if candidate.is_dir():
            return candidate
    raise NotFoundError("the bundled sample corpus is missing (data/corpus in the source tree)")


@dataclass(frozen=True)
class Tour:
    articles: int
    by_source: list[tuple[str, int]]
    by_language: dict[str, int]
    searches: list[tuple[str, list[SearchHit]]]
    stories_with_copies: int
    pending: int
    top_actors: list[tuple[str, str, int, int]]  # id, name, mentions, articles


def take_tour(workspace: Workspace) -> Tour:
    sources = sorted(((s.name, s.article_count) for s in workspace.sources()), key=lambda x: -x[1])
    all_articles = workspace.articles(ArticleFilter(limit=1_000_000))
    languages: dict[str, int] = {}
    for summary in all_articles:
        languages[summary.language] = languages.get(summary.language, 0) + 1
    searches = [(q, workspace.search(q, ArticleFilter(limit=3))) for q in EXAMPLE_SEARCHES]
    return Tour(
        articles=workspace.count(),
        by_source=sources,
        by_language=dict(sorted(languages.items(), key=lambda x: -x[1])),
        searches=searches,
        stories_with_copies=len({a.story for a in all_articles if a.story != a.id}),
        pending=sum(1 for a in all_articles if a.pending),
        top_actors=[
            (actor_id, workspace.knowledge.find(actor_id).name, mentions, articles)
            for actor_id, mentions, articles in workspace.store.actors.top_actors(12)
        ],
    )
