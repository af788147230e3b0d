"""The ``dabir`` command: a thin shell over :mod:`dabir.workspace`.

Exit statuses: 0 done; 1 done but some inputs were rejected; 2 usage error; 3 not found;
4 the database cannot be opened or written (see :mod:`dabir.errors`).
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import click

from dabir import __version__
from dabir.cli_actors import COMMANDS as ACTOR_COMMANDS
from dabir.cli_common import F, db_option, emit_json, json_option, workspace
from dabir.cli_facts import COMMANDS as FACT_COMMANDS
from dabir.demo import bundled_corpus, take_tour
from dabir.errors import EXIT_OK, EXIT_REJECTED, EXIT_USAGE, DabirError
from dabir.present import (
    article_json,
    hit_json,
    rejection_json,
    resolution_json,
    source_json,
    summary_json,
)
from dabir.query.filters import date_bound
from dabir.types import ArticleFilter, IngestSummary
from dabir.workspace import IngestOptions, Workspace


class DabirGroup(click.Group):
    """Maps Dabir's errors to their exit statuses, once, for every command."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except DabirError as exc:
            click.echo(f"error: {exc.message}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=DabirGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dabir")
@click.option("-v", "--verbose", count=True, help="Log more (-v info, -vv debug) to stderr.")
def cli(verbose: int) -> None:
    """Dabir turns news into a reviewed, searchable record.

    Every command takes --db (a SQLite file, default ./dabir.db, or a postgresql:// URL;
    also DABIR_DB).
    """
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def filter_options(function: F) -> F:
    function = click.option("--source", help="Only this source (name or id).")(function)
    function = click.option(
        "--since", metavar="DATE", help="Published on or after DATE (2021, 2021-05 or 2021-05-17)."
    )(function)
    function = click.option(
        "--until", metavar="DATE", help="Published on or before DATE (the whole day, month or year)."
    )(function)
    function = click.option("--language", metavar="CODE", help="Only this language (en, ar, fa …).")(function)
    function = click.option("--limit", default=50, show_default=True, type=click.IntRange(1, 100000))(
        function
    )
    return click.option("--offset", default=0, type=click.IntRange(0))(function)


def make_filter(
    source: str | None, since: str | None, until: str | None, language: str | None, limit: int, offset: int
) -> ArticleFilter:
    return ArticleFilter(
        source=source,
        since=date_bound(since, "--since", start=True),
        until=date_bound(until, "--until", start=False),
        language=language,
        limit=limit,
        offset=offset,
    )


# --- ingest ------------------------------------------------------------------------------------


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="PATH|URL...")
@db_option
@json_option
@click.option("--source", "source_name", help="Source name for text files that do not say theirs.")
@click.option("--no-fetch", is_flag=True, help="Do not fetch the linked pages of feed entries.")
@click.option("--allow-private", is_flag=True, help="Allow fetching from private and loopback addresses.")
def ingest(
    inputs: tuple[str, ...],
    db: str | None,
    as_json: bool,
    source_name: str | None,
    no_fetch: bool,
    allow_private: bool,
) -> None:
    """Ingest files, directories, globs and http(s) URLs (text, HTML, JSON lines, RSS, Atom).

    Inputs that cannot be read are reported with their reason, recorded (see `dabir
    rejections`) and skipped; the rest goes on. Exit status 1 when anything was rejected.
    """
    options = IngestOptions(
        source_name=source_name,
        fetch_linked_pages=False if no_fetch else None,
        allow_private=True if allow_private else None,
    )
    with workspace(db) as ws:
        summary = run_ingest(ws, list(inputs), options)
    if as_json:
        emit_json(summary.to_json())
    else:
        print_summary(summary)
    sys.exit(EXIT_OK if summary.ok else EXIT_REJECTED)


def run_ingest(ws: Workspace, inputs: list[str], options: IngestOptions) -> IngestSummary:
    work = ws.plan_ingest(inputs)
    if not sys.stderr.isatty():
        return ws.ingest(inputs, options, work=work)
    with click.progressbar(
        length=max(work.total_bytes, 1), label="Ingesting", file=sys.stderr, show_pos=False
    ) as bar:
        return ws.ingest(inputs, options, progress=bar.update, work=work)


def print_summary(summary: IngestSummary, limit: int = 20) -> None:
    click.echo(
        f"{len(summary.new)} new, {len(summary.unchanged)} unchanged, {len(summary.revised)} revised, "
        f"{len(summary.near_duplicate)} near-duplicate (linked to their story), "
        f"{len(summary.rejected)} rejected, {len(summary.skipped)} skipped."
    )
    if summary.extraction:
        done = summary.extraction
        click.echo(
            f"Extraction: {done['articles']} articles read, {done['mentions']} mentions "
            f"({done['linked']} linked to actors, {done['new_actors']} new unreviewed actors), "
            f"{done['affiliations']} roles, {done['skipped']} skipped, {done['seconds']} s."
        )
    if summary.pending:
        click.echo(
            f"{len(summary.pending)} stored with their headline only, to be completed by a later fetch."
        )
    if summary.not_modified:
        click.echo(f"{len(summary.not_modified)} URLs not modified since the last fetch.")
    for reason, count in summary.rejected_by_reason().items():
        click.echo(f"rejected ({reason}): {count}")
    for rejected in summary.rejected[:limit]:
        click.echo(f"  {rejected.input}: {rejected.message}", err=True)
    if len(summary.rejected) > limit:
        click.echo(f"  … and {len(summary.rejected) - limit} more: see `dabir rejections`", err=True)
    for skipped in summary.skipped[:limit]:
        click.echo(f"  {skipped.input}: {skipped.note}")
    if len(summary.skipped) > limit:
        click.echo(f"  … and {len(summary.skipped) - limit} more skipped")


@cli.command()
@db_option
@json_option
@click.option(
    "--limit", default=1000, show_default=True, type=click.IntRange(1), help="At most this many articles."
)
@click.option("--allow-private", is_flag=True, help="Allow fetching from private and loopback addresses.")
def refetch(db: str | None, as_json: bool, limit: int, allow_private: bool) -> None:
    """Fetch again the pages of articles stored headline-only (feed entries whose page could not
    be fetched). Those that can be read now become complete, as a new revision."""
    with workspace(db) as ws:
        summary = ws.refetch(IngestOptions(allow_private=True if allow_private else None), limit=limit)
    if as_json:
        emit_json(summary.to_json())
    else:
        click.echo(f"{len(summary.revised)} completed, {len(summary.pending)} still waiting for their page.")
        for skipped in summary.skipped:
            click.echo(f"  {skipped.input}: {skipped.note}")
    sys.exit(EXIT_OK if summary.ok else EXIT_REJECTED)


# --- read side ---------------------------------------------------------------------------------


@cli.command()
@db_option
@json_option
@filter_options
def articles(
    db: str | None,
    as_json: bool,
    source: str | None,
    since: str | None,
    until: str | None,
    language: str | None,
    limit: int,
    offset: int,
) -> None:
    """List articles, newest first."""
    filters = make_filter(source, since, until, language, limit, offset)
    with workspace(db) as ws:
        found = ws.articles(filters)
    if as_json:
        emit_json([summary_json(a) for a in found])
        return
    for item in found:
        date = item.published.value[:10] if item.published else "(no date)"
        flag = " [headline only]" if item.pending else ""
        click.echo(f"{item.id}  {date:<10}  {item.source[:28]:<28}  {item.title}{flag}")


@cli.command()
@click.argument("article_id", metavar="ID")
@db_option
@json_option
@click.option("--raw", is_flag=True, help="Print the bytes the article was read from.")
def show(article_id: str, db: str | None, as_json: bool, raw: bool) -> None:
    """Show one article (ID or a unique prefix of it)."""
    with workspace(db) as ws:
        if raw:
            sys.stdout.buffer.write(ws.raw(article_id))
            return
        article = ws.article(article_id)
        actors = ws.article_actors(article.id)
        roles = ws.article_roles(article.id)
        names = ws.knowledge.names_of({r.actor_id for r in roles} | {r.other_id for r in roles})
        facts = ws.article_facts(article.id)
    data = article_json(article, actors, roles, names, facts)
    if as_json:
        emit_json(data)
        return
    click.echo(
        click.style(article.title, bold=True) + ("  (headline derived)" if article.title_derived else "")
    )
    date = data["published"] or "(no date)"
    click.echo(f"{date} · {article.source.name} · {article.language} · revision {article.revision}")
    if article.byline:
        click.echo(f"By {article.byline}")
    if article.url:
        click.echo(article.url)
    if article.caption:
        credit = f" ({article.caption.credit})" if article.caption.credit else ""
        click.echo(f"Caption: {article.caption.text}{credit}")
    if article.near_duplicate_of:
        click.echo(f"Near-duplicate of {article.near_duplicate_of} (story {article.story})")
    if len(article.story_articles) > 1:
        others = [a for a in article.story_articles if a != article.id]
        click.echo(f"Also reported as: {', '.join(others)}")
    if article.pending:
        click.echo(f"Pending: {article.pending}")
    click.echo("")
    click.echo(article.text)
    if actors:
        click.echo("")
        click.echo(click.style("Actors", bold=True))
        for item in actors:
            spellings = sorted({m.text for m in item.mentions})
            click.echo(
                f"  {item.actor.name} ({item.actor.kind}, {item.actor.id}): "
                f"{len(item.mentions)} × {', '.join(spellings)}"
            )


@cli.command()
@click.argument("query")
@db_option
@json_option
@filter_options
@click.option("--all-copies", is_flag=True, help="List every copy of a story, not only its best match.")
def search(
    query: str,
    db: str | None,
    as_json: bool,
    all_copies: bool,
    source: str | None,
    since: str | None,
    until: str | None,
    language: str | None,
    limit: int,
    offset: int,
) -> None:
    """Full-text search: words, "phrases", OR, -excluded, prefix*.

    One hit per story: republished copies of an article are counted, not listed, unless
    --all-copies.
    """
    filters = make_filter(source, since, until, language, limit, offset)
    with workspace(db) as ws:
        hits = ws.search(query, filters, all_copies=all_copies)
    if as_json:
        emit_json([hit_json(h) for h in hits])
        return
    if not hits:
        click.echo("no matches")
    for hit in hits:
        date = hit.article.published.value[:10] if hit.article.published else "(no date)"
        copies = f"  (+{hit.copies - 1} more in this story)" if hit.copies > 1 else ""
        click.echo(f"{hit.article.id}  {date}  {hit.article.source}: {hit.article.title}{copies}")
        click.echo("    " + _terminal_snippet(hit.snippet))


def _terminal_snippet(snippet: str) -> str:
    import html

    pieces = snippet.replace("</mark>", "<mark>").split("<mark>")
    styled = [
        click.style(html.unescape(p), bold=True) if i % 2 else html.unescape(p) for i, p in enumerate(pieces)
    ]
    return (
        "".join(styled)
        if sys.stdout.isatty()
        else "".join(f"[{html.unescape(p)}]" if i % 2 else html.unescape(p) for i, p in enumerate(pieces))
    )


@cli.command()
@db_option
@json_option
def sources(db: str | None, as_json: bool) -> None:
    """List sources with their article counts."""
    with workspace(db) as ws:
        found = ws.sources()
    if as_json:
        emit_json([source_json(s) for s in found])
        return
    for source in found:
        click.echo(f"{source.id}  {source.article_count:>6}  {source.kind:<7}  {source.name}")
        if source.description:
            click.echo(f"{'':26}{source.description[:150]}")


@cli.command()
@db_option
@json_option
@click.option("--reason", help="Only this reason code (e.g. undecodable, too-large).")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 100000))
def rejections(db: str | None, as_json: bool, reason: str | None, limit: int) -> None:
    """List inputs that could not be ingested, with the reason."""
    with workspace(db) as ws:
        found = ws.rejections(limit, reason)
    if as_json:
        emit_json([rejection_json(r) for r in found])
        return
    if not found:
        click.echo("no rejections")
    for record in found:
        times = f" ×{record.times}" if record.times > 1 else ""
        click.echo(f"{record.last_seen:%Y-%m-%d %H:%M}  {record.reason:<18} {record.input}{times}")
        click.echo(f"{'':18}{record.message}")


@cli.command()
@click.argument("name")
@db_option
@json_option
@click.option(
    "--kind", type=click.Choice(["person", "organization", "group", "place"]), help="The kind of actor."
)
def resolve(name: str, db: str | None, as_json: bool, kind: str | None) -> None:
    """Which actor NAME refers to, with the score and the reasons; changes nothing.

    Resolves against the workspace's knowledge base: the bundled starter KB, imported lists
    (`dabir kb import`), actors seen in articles, and analysts' merges and aliases.
    """
    with workspace(db) as ws:
        found = ws.resolve(name, kind)
    if as_json:
        emit_json(resolution_json(found))
        return
    click.echo(f"{name} → {found.actor.name} ({found.actor.id})" if found.actor else f"{name} → no actor")
    click.echo(f"  {found.explanation}")
    for candidate in found.candidates[1:6] if found.actor else found.candidates[:5]:
        click.echo(f"  candidate {candidate.actor.name} ({candidate.actor.id}): {candidate.explanation}")


@cli.command()
@db_option
def check(db: str | None) -> None:
    """Check the database: engine integrity, full-text index and Dabir's invariants."""
    with workspace(db) as ws:
        problems = ws.integrity_problems()
        total = ws.count()
    if problems:
        for problem in problems:
            click.echo(problem, err=True)
        raise SystemExit(EXIT_REJECTED)
    click.echo(f"ok: {total} articles, no problems found")


# --- demo --------------------------------------------------------------------------------------


@cli.command()
@db_option
def demo(db: str | None) -> None:
    """Build a workspace from the bundled sample corpus, then show what it holds.

    Works offline: feed entries without text are kept headline-only, not fetched.
    """
    corpus = bundled_corpus()
    click.echo(f"Ingesting the bundled sample corpus from {corpus} …")
    with workspace(db) as ws:
        summary = run_ingest(ws, [str(corpus)], IngestOptions(fetch_linked_pages=False))
        print_summary(summary, limit=5)
        tour = take_tour(ws)
        location = ws.settings.db
    click.echo("")
    click.echo(click.style(f"The workspace {location} holds {tour.articles} articles", bold=True))
    for name, count in tour.by_source:
        click.echo(f"  {count:>5}  {name}")
    click.echo("  languages: " + ", ".join(f"{code} {n}" for code, n in tour.by_language.items()))
    click.echo(f"  {tour.stories_with_copies} stories reported more than once (near-duplicates linked)")
    click.echo(f"  {tour.pending} feed items kept headline-only, waiting for a fetch")
    if tour.top_actors:
        click.echo("")
        click.echo(click.style("Most-named actors (articles, mentions)", bold=True))
        for actor_id, name, mentions, articles in tour.top_actors:
            click.echo(f"  {articles:>5} {mentions:>6}  {name} ({actor_id})")
    for query, hits in tour.searches:
        click.echo("")
        click.echo(click.style(f"$ dabir search '{query}'", bold=True))
        for hit in hits:
            click.echo(f"  {hit.article.id}  {hit.article.title[:90]}")
            click.echo("      " + _terminal_snippet(hit.snippet)[:200])
    click.echo("")
    click.echo(
        "Next: dabir articles · dabir show ID · dabir search QUERY · dabir entity NAME · "
        "dabir kb actors · dabir sources · dabir rejections"
    )


# The actor commands live in their own module; registered here so errors map in one place.
for _command in (*ACTOR_COMMANDS, *FACT_COMMANDS):
    cli.add_command(_command)


def main() -> None:
    try:
        cli(standalone_mode=True)
    except DabirError as exc:  # errors raised while parsing options
        click.echo(f"error: {exc.message}", err=True)
        sys.exit(exc.exit_code if exc.exit_code else EXIT_USAGE)


if __name__ == "__main__":
    main()
