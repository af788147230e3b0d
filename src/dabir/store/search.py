"""Full-text search, rendered for each back end from one parsed query.

SQLite: an FTS5 table (porter stemming, Unicode, diacritics folded) kept in step with
``articles`` by triggers; ranked by BM25 with the title weighted above the caption above the
text. PostgreSQL: a generated ``tsvector`` column (English stemming) with a GIN index; ranked by
``ts_rank_cd`` with the same weighting. Both return a snippet whose matches are wrapped in two
private-use characters, turned into ``<mark>`` by :func:`snippet_to_html`.
"""

from __future__ import annotations

import html
from typing import Any

import sqlalchemy as sa

from dabir.query.parse import Query, Term
from dabir.store.schema import articles
from dabir.vocab import stopwords

MARK_START = "\ue000"
MARK_END = "\ue001"
SNIPPET_TOKENS = 24


def fts5_match(query: Query) -> str:
    """The FTS5 MATCH string. Words contain only word characters, so quoting is enough."""
    groups = []
    for group in query.groups:
        rendered = [_fts5_term(t) for t in group]
        groups.append(rendered[0] if len(rendered) == 1 else "(" + " OR ".join(rendered) + ")")
    expression = " AND ".join(groups)
    for term in query.excluded:
        expression = f"{expression} NOT {_fts5_term(term)}"
    return expression


def _fts5_term(term: Term) -> str:
    quoted = '"' + " ".join(term.words) + '"'
    return quoted + "*" if term.prefix else quoted


def sqlite_ranked(query: Query) -> tuple[sa.TextualSelect, dict[str, Any]]:
    """Matching rows (seq, rank), best first. BM25 weights: title 10, caption 4, text 1."""
    statement = sa.text(
        "SELECT rowid AS seq, bm25(articles_fts, 10.0, 4.0, 1.0) AS rank "
        "FROM articles_fts WHERE articles_fts MATCH :match"
    ).columns(sa.column("seq"), sa.column("rank"))
    return statement, {"match": fts5_match(query)}


def sqlite_snippets(query: Query, seqs: list[int]) -> tuple[Any, dict[str, Any]]:
    """Snippets for the chosen rows only (snippet() is the costly part of a search)."""
    statement = sa.text(
        f"""SELECT rowid AS seq,
                   snippet(articles_fts, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_TOKENS})
                       AS snippet
            FROM articles_fts WHERE articles_fts MATCH :match AND rowid IN :seqs"""
    ).bindparams(sa.bindparam("seqs", expanding=True))
    return statement, {"match": fts5_match(query), "seqs": seqs}


def _postgres_term(term: Term) -> Any:
    if term.prefix:
        # A common word as a prefix ("it*") would be dropped by the english configuration.
        config = "simple" if term.words[0] in stopwords() else "english"
        return sa.func.to_tsquery(config, sa.literal(term.words[0]).concat(":*"))
    return sa.func.phraseto_tsquery("english", sa.literal(" ".join(term.words)))


def postgres_match(query: Query) -> tuple[Any, Any]:
    """(where clause, rank expression) for a select over ``articles``."""
    tsquery = _postgres_tsquery_with_exclusions(query)
    vector: Any = sa.literal_column("articles.search_vector")
    return vector.op("@@")(tsquery), sa.func.ts_rank_cd(vector, tsquery)


def postgres_snippets(query: Query, seqs: list[int]) -> tuple[Any, dict[str, Any]]:
    """Snippets for the chosen rows only (ts_headline re-parses each text)."""
    tsquery = _postgres_tsquery_with_exclusions(query)
    document = sa.func.concat_ws(
        " … ", articles.c.title, articles.c.caption_text, sa.func.left(articles.c.text, 250000)
    )
    options = (
        f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords={SNIPPET_TOKENS}, "
        'MinWords=8, MaxFragments=2, FragmentDelimiter=" … "'
    )
    statement = sa.select(
        articles.c.seq, sa.func.ts_headline("english", document, tsquery, options).label("snippet")
    ).where(articles.c.seq.in_(seqs))
    return statement, {}


def _postgres_tsquery_with_exclusions(query: Query) -> Any:
    expression: Any = None
    for group in query.groups:
        alternatives: Any = None
        for term in group:
            rendered = _postgres_term(term)
            alternatives = rendered if alternatives is None else alternatives.op("||")(rendered)
        expression = alternatives if expression is None else expression.op("&&")(alternatives)
    for term in query.excluded:
        expression = expression.op("&&")(sa.func.tsquery_not(_postgres_term(term)))
    return expression


def snippet_to_html(snippet: str) -> str:
    """Escape the snippet for HTML and turn the match markers into <mark> elements."""
    escaped = html.escape(snippet.replace("\n", " "), quote=False)
    return " ".join(escaped.replace(MARK_START, "<mark>").replace(MARK_END, "</mark>").split())
