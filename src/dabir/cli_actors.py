"""The actor commands of ``dabir``: ``kb …`` (actors, import, merge, split, alias, proposals,
judgements, undo), ``entity``, ``extract``, ``reprocess``, ``review`` and ``eval``.

Registered on the main group by :mod:`dabir.cli`; errors map to exit codes there, once.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path
from typing import Any

import click

from dabir.cli_common import db_option, emit_json, json_option, workspace
from dabir.present import (
    actor_json,
    affiliation_json,
    entity_json,
    judgement_json,
    proposal_json,
)
from dabir.types import Span

KINDS = click.Choice(["person", "organization", "group", "place"])


def who_option(function: click.decorators.FC) -> click.decorators.FC:
    return click.option(
        "--who",
        default=lambda: os.environ.get("DABIR_WHO") or _user(),
        show_default="$DABIR_WHO or the login name",
        help="Who makes the judgement (recorded with it).",
    )(function)


def why_option(function: click.decorators.FC) -> click.decorators.FC:
    return click.option("--why", default="", help="Why (recorded with the judgement).")(function)


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


@click.group()
def kb() -> None:
    """The knowledge base: actors, imports, and analysts' judgements (all undoable)."""


@kb.command("actors")
@db_option
@json_option
@click.option("--kind", type=KINDS)
@click.option("--origin", type=click.Choice(["starter", "ofac", "ftm", "seen", "analyst"]))
@click.option("--name", "name_part", help="Only actors with a name containing this (any case).")
@click.option("--limit", type=int, default=0, help="At most this many (0: all).")
def kb_actors(
    db: str | None, as_json: bool, kind: str | None, origin: str | None, name_part: str | None, limit: int
) -> None:
    """List the actors (merged ones are left out: see their survivor)."""
    with workspace(db) as ws:
        actors = ws.knowledge.actors(kind=kind, origin=origin, name_part=name_part, limit=limit or None)
    if as_json:
        emit_json([actor_json(a) for a in actors])
        return
    for actor in actors:
        click.echo(f"{actor.id}\t{actor.kind}\t{actor.origin}\t{actor.name}")
    click.echo(f"{len(actors)} actors", err=True)


@kb.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["ofac", "ftm"]), required=True)
@click.option("--as-of", help="The date of the list (YYYY-MM-DD): designations are dated by it.")
@db_option
@json_option
def kb_import(path: Path, fmt: str, as_of: str | None, db: str | None, as_json: bool) -> None:
    """Import OFAC's SDN list (a folder with sdn.csv, alt.csv, add.csv) or FollowTheMoney JSON
    lines. Records join known actors by external id or a near-certain name; otherwise they are
    added, and likely matches are proposed for review (`dabir kb proposals`). Re-running adds nothing."""
    with workspace(db) as ws:
        summary = ws.knowledge.import_list(fmt, path, as_of)
    if as_json:
        emit_json(summary.to_json())
        return
    click.echo(
        f"{summary.records} records: {summary.actors_added} actors added, "
        f"{summary.joined} joined known actors, "
        f"{summary.names_added} names, {summary.designations_added} designations, "
        f"{summary.relations_added} relations, {summary.proposals_added} merge proposals to review."
    )
    for kind, count in summary.left_out.items():
        click.echo(f"  left out: {count} {kind} records (not actors of this KB)")
    for line in summary.rejected_lines[:20]:
        click.echo(f"  rejected {line}", err=True)


@kb.command("merge")
@click.argument("keep")
@click.argument("other")
@db_option
@who_option
@why_option
def kb_merge(keep: str, other: str, db: str | None, who: str, why: str) -> None:
    """Merge OTHER into KEEP (names or ids): one actor from now on. Undo: `dabir kb undo ID`."""
    with workspace(db) as ws:
        judgement = ws.knowledge.merge(keep, other, who, why)
    click.echo(
        f"merged {judgement.payload['actor']} into {judgement.payload['into']} (judgement {judgement.id})"
    )


@kb.command("split")
@click.argument("actor")
@click.argument("names", nargs=-1, required=True)
@click.option("--as", "new_name", help="The new actor's name (default: the first name moved).")
@db_option
@who_option
@why_option
def kb_split(
    actor: str, names: tuple[str, ...], new_name: str | None, db: str | None, who: str, why: str
) -> None:
    """Move NAMES of ACTOR (and the mentions linked through them) to a new actor."""
    with workspace(db) as ws:
        judgement = ws.knowledge.split(actor, list(names), who, why, new_name)
    new = judgement.payload["new_actor"]
    click.echo(
        f"split {', '.join(names)} off {judgement.payload['actor']} as {new['id']} ({new['name']}); "
        f"judgement {judgement.id}"
    )


@kb.group("alias")
def kb_alias() -> None:
    """Names of an actor."""


@kb_alias.command("add")
@click.argument("actor")
@click.argument("name")
@db_option
@who_option
@why_option
def kb_alias_add(actor: str, name: str, db: str | None, who: str, why: str) -> None:
    """Give ACTOR (a name or an id) another NAME; it is used to find and resolve from now on."""
    with workspace(db) as ws:
        judgement = ws.knowledge.add_alias(actor, name, who, why)
    click.echo(f"{judgement.payload['actor']} is also “{name}” (judgement {judgement.id})")


@kb.group("proposals", invoke_without_command=True)
@click.option("--status", type=click.Choice(["open", "accepted", "rejected", "all"]), default="open")
@db_option
@json_option
@click.pass_context
def kb_proposals(ctx: click.Context, status: str, db: str | None, as_json: bool) -> None:
    """Merges proposed by imports, for review: `accept ID` or `reject ID`."""
    if ctx.invoked_subcommand is not None:
        return
    with workspace(db) as ws:
        proposals = ws.knowledge.proposals(None if status == "all" else status)
        names = ws.knowledge.names_of({p.actor_id for p in proposals} | {p.other_id for p in proposals})
    if as_json:
        emit_json([proposal_json(p, names) for p in proposals])
        return
    for p in proposals:
        click.echo(
            f"{p.id}  {p.status}  {p.score:.2f}  {names.get(p.actor_id)} ({p.actor_id}) → "
            f"{names.get(p.other_id)} ({p.other_id})\n    {p.explanation}"
        )
    click.echo(f"{len(proposals)} proposals", err=True)


@kb_proposals.command("accept")
@click.argument("proposal")
@db_option
@who_option
@why_option
def kb_proposals_accept(proposal: str, db: str | None, who: str, why: str) -> None:
    """Accept a proposal: the imported actor is merged into the known one."""
    with workspace(db) as ws:
        judgement = ws.knowledge.decide_proposal(proposal, True, who, why)
    click.echo(
        f"accepted: {judgement.payload['actor']} merged into {judgement.payload['into']} "
        f"(judgement {judgement.id})"
    )


@kb_proposals.command("reject")
@click.argument("proposal")
@db_option
@who_option
@why_option
def kb_proposals_reject(proposal: str, db: str | None, who: str, why: str) -> None:
    """Reject a proposal: the two stay separate actors."""
    with workspace(db) as ws:
        judgement = ws.knowledge.decide_proposal(proposal, False, who, why)
    click.echo(f"rejected proposal {judgement.payload['proposal']} (judgement {judgement.id})")


@kb.command("judgements")
@db_option
@json_option
def kb_judgements(db: str | None, as_json: bool) -> None:
    """Every judgement: who, when, why, and whether it was undone."""
    with workspace(db) as ws:
        judgements = ws.knowledge.judgements()
    if as_json:
        emit_json([judgement_json(j) for j in judgements])
        return
    for j in judgements:
        click.echo(f"{j.id}  {j.at:%Y-%m-%d %H:%M}  {j.kind:<8} {j.state:<9} {j.who}: {j.why}")


@kb.command("undo")
@click.argument("judgement")
@db_option
@who_option
def kb_undo(judgement: str, db: str | None, who: str) -> None:
    """Undo a judgement (its id or a unique start of it)."""
    with workspace(db) as ws:
        undone = ws.knowledge.undo(judgement, who)
    click.echo(f"undone: {undone.kind} {undone.id} (made by {undone.who})")


@click.command()
@click.argument("name")
@click.option("--kind", type=KINDS)
@db_option
@json_option
def entity(name: str, kind: str | None, db: str | None, as_json: bool) -> None:
    """One actor (a NAME or an id): its names known and seen, affiliations, designations,
    mentions and articles."""
    with workspace(db) as ws:
        view = ws.knowledge.entity(name, kind)
    data = entity_json(view)
    if as_json:
        emit_json(data)
        return
    actor = view.actor
    click.echo(click.style(f"{actor.name}", bold=True) + f"  ({actor.id}, {actor.kind}, {actor.origin})")
    click.echo(f"Known as: {', '.join(sorted({n.name for n in actor.names}))}")
    if view.seen_as:
        click.echo(f"Seen as: {', '.join(f'{k} ×{v}' for k, v in view.seen_as.items())}")
    for a in view.affiliations:
        item = affiliation_json(a, view.names)
        click.echo(f"  {item['actor']['name']} — {a.role} — {item['other']['name']}  [{a.origin}]")
    for d in view.designations:
        click.echo(
            f"  designated by {d.authority}: {d.program}" + (f" (list of {d.listed})" if d.listed else "")
        )
    click.echo(f"{view.mentions} mentions in {len(view.articles)} articles")


@click.command()
@db_option
@json_option
def extract(db: str | None, as_json: bool) -> None:
    """Find and link the actors of articles not yet extracted by the current pipeline."""
    with workspace(db) as ws:
        summary = ws.extract()
    _print_extraction(summary.to_json(), as_json)


@click.command()
@db_option
@json_option
def reprocess(db: str | None, as_json: bool) -> None:
    """Extract every article again with the current pipeline and KB. Merges, splits and aliases
    hold; verdicts on facts re-attach by key, or wait in `dabir review --queue`."""
    with workspace(db) as ws:
        summary = ws.reprocess()
        queue = ws.knowledge.review_queue()
    _print_extraction({**summary.to_json(), "review_queue": len(queue)}, as_json)


def _print_extraction(data: dict[str, object], as_json: bool) -> None:
    if as_json:
        emit_json(data)
        return
    click.echo(
        f"{data['articles']} articles extracted ({data['skipped']} skipped): {data['mentions']} mentions, "
        f"{data['linked']} linked, {data['new_actors']} new actors, {data['affiliations']} roles, "
        f"{data['seconds']} s"
    )
    if data.get("review_queue"):
        click.echo(f"{data['review_queue']} judgements wait for review: `dabir review --queue`")


@click.command()
@click.argument("article", required=False)
@click.option("--field", type=click.Choice(["title", "caption", "credit", "text"]), default="text")
@click.option("--start", type=int)
@click.option("--end", type=int)
@click.option("--confirm", "verdict", flag_value="confirmed", help="The link is right.")
@click.option("--reject", "verdict", flag_value="rejected", help="The link is wrong.")
@click.option("--actor", help="The right actor (name or id): corrects the link.")
@click.option("--queue", is_flag=True, help="List verdicts whose fact is gone after re-extraction.")
@db_option
@json_option
@who_option
@why_option
def review(
    article: str | None,
    field: str,
    start: int | None,
    end: int | None,
    verdict: str | None,
    actor: str | None,
    queue: bool,
    db: str | None,
    as_json: bool,
    who: str,
    why: str,
) -> None:
    """Judge the link of the mention at ARTICLE FIELD START-END: --confirm, --reject or --actor."""
    with workspace(db) as ws:
        if queue:
            items = ws.knowledge.review_queue()
            if as_json:
                emit_json([judgement_json(j) for j in items])
            for j in items if not as_json else []:
                click.echo(f"{j.id}  {j.fact_key}  {j.payload.get('verdict')}: {j.why}")
            return
        if article is None or start is None or end is None:
            raise click.UsageError("give ARTICLE, --start and --end (or --queue)")
        found = ws.article(article)
        chosen = "corrected" if actor else verdict
        if chosen is None:
            raise click.UsageError("give --confirm, --reject or --actor")
        span = Span(field, start, end)  # type: ignore[arg-type]
        judgement = ws.knowledge.review_link(found.id, found.revision, span, chosen, actor, who, why)
    if as_json:
        emit_json(judgement_json(judgement))
    else:
        target = judgement.payload["actor_id"]
        click.echo(f"{chosen}: {judgement.payload['text']} → {target} (judgement {judgement.id})")


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--split", type=click.Choice(["dev", "heldout", "all"]), default="all")
@db_option
@json_option
def eval_command(gold: Path, split: str, db: str | None, as_json: bool) -> None:
    """Score extraction against a gold file: mentions and links (data/gold/mentions.jsonl), or
    events, quotes and dates (data/gold/events.jsonl); format in data/gold/README.md."""
    with workspace(db) as ws:
        results = ws.evaluate(gold, split)
    if as_json:
        emit_json(results)
        return
    for result in results:
        click.echo(f"{result['split']} ({result['articles']} articles)")
        _echo_scores(result, "  ")
        for batch, scores in result.get("batches", {}).items() if len(result.get("batches", {})) > 1 else ():
            click.echo(f"  batch {batch} ({scores['articles']} articles)")
            _echo_scores(scores, "    ")


def _echo_scores(result: dict[str, Any], indent: str) -> None:
    for name in (n for n in result if isinstance(result[n], dict) and "f1" in result[n]):
        s = result[name]
        click.echo(
            f"{indent}{name:<15} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
            f"({s['tp']} right of {s['predicted']} predicted, {s['gold']} gold)"
        )


COMMANDS = (kb, entity, extract, reprocess, review, eval_command)
