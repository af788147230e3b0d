"""Commands over what articles state: ``dabir events``, ``dabir quotes``, ``dabir timeline``, and
the analyst's ``dabir unmerge`` of an event report merged into the wrong real-world event and
``dabir verdict`` on an event, a quote or a date."""

from __future__ import annotations

from datetime import date
from typing import Any

import click

from dabir.cli_actors import who_option, why_option
from dabir.cli_common import db_option, emit_json, json_option, workspace


def _day(_ctx: Any, _param: Any, value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _names(actors: list[dict[str, str]]) -> str:
    return ", ".join(a["name"] for a in actors) or "?"


def _when(item: dict[str, Any]) -> str:
    when = item.get("date") or {}
    value = when.get("value") or "(undated)"
    return f"{value} ({when['precision']})" if when.get("precision") == "reported" else value


def _event_line(e: dict[str, Any]) -> str:
    place = f" in {e['location']['name']}" if e.get("location") else ""
    counts = "".join(f"; {c['kind']} {'≥' if c['at_least'] else ''}{c['n']}" for c in e.get("counts", []))
    flags = "".join(f" [{f}]" for f in ("background", "negated") if e.get(f))
    modality = f" [{e['modality']}]" if e.get("modality") != "asserted" else ""
    return (
        f"{_when(e)}  {e['code']} {e['label']}: {_names(e['source'])} → {_names(e['target'])}"
        f"{place}{counts}{modality}{flags}  (report {e['id']} of event {e['event']}:"
        f" {e['mentions']} report(s); article {e['article']})"
    )


def _quote_line(q: dict[str, Any]) -> str:
    speaker = q.get("speaker") or {"name": q.get("speaker_text") or "?"}
    mark = "“{}”".format(q["text"]) if q.get("direct") else q["text"]
    return f"{_when(q)}  {speaker['name']}: {mark}  (quote {q['id']}, article {q['article']})"


@click.command("events")
@click.option("--actor", help="Acting actor (name or id).")
@click.option("--target", help="Acted-upon actor (name or id).")
@click.option("--code", help='CAMEO code or its prefix ("04", "041").')
@click.option("--root", help='CAMEO root code ("19").')
@click.option("--place", help="Words of the place's name.")
@click.option("--since", callback=_day, help="Events that end on or after this day (YYYY-MM-DD).")
@click.option("--until", callback=_day, help="Events that start on or before this day (YYYY-MM-DD).")
@db_option
@json_option
def events_command(
    actor: str | None,
    target: str | None,
    code: str | None,
    root: str | None,
    place: str | None,
    since: date | None,
    until: date | None,
    db: str | None,
    as_json: bool,
) -> None:
    """Who did what to whom, when and where: event reports, oldest first."""
    with workspace(db) as ws:
        found = ws.events(
            actor=actor, target=target, code=code, root=root, place=place, since=since, until=until
        )
    if as_json:
        emit_json(found)
        return
    for event in found:
        click.echo(_event_line(event))
    click.echo(f"{len(found)} event report(s).")


@click.command("quotes")
@click.option("--speaker", help="Who spoke (name or id).")
@click.option("--since", callback=_day, help="Quotes reported on or after this day.")
@click.option("--until", callback=_day, help="Quotes reported on or before this day.")
@db_option
@json_option
def quotes_command(
    speaker: str | None, since: date | None, until: date | None, db: str | None, as_json: bool
) -> None:
    """Who said what, to whom, according to whom."""
    with workspace(db) as ws:
        found = ws.quotes(speaker=speaker, since=since, until=until)
    if as_json:
        emit_json(found)
        return
    for quote in found:
        click.echo(_quote_line(quote))
    click.echo(f"{len(found)} quote(s).")


@click.command("timeline")
@click.argument("actor")
@db_option
@json_option
def timeline_command(actor: str, db: str | None, as_json: bool) -> None:
    """An actor's events and quotes by their own date (a recalled event at its date, not its article's)."""
    with workspace(db) as ws:
        found = ws.timeline(actor)
    if as_json:
        emit_json(found)
        return
    for item in found:
        click.echo(_event_line(item) if item["type"] == "event" else _quote_line(item))


@click.command("unmerge")
@click.argument("report")
@db_option
@who_option
@why_option
def unmerge_command(report: str, db: str | None, who: str, why: str) -> None:
    """Take an event report (its id, as `dabir events` prints it) out of the real-world event it
    was merged into. Recorded as a judgement that holds through re-extraction; `dabir kb undo`
    reverses it."""
    with workspace(db) as ws:
        judgement = ws.knowledge.split_event(report, who, why)
    p = judgement.payload
    click.echo(f"report {p['fact']} taken out of event {p['event']} (judgement {judgement.id})")


@click.command("verdict")
@click.argument("fact")
@click.option("--confirm", "verdict", flag_value="confirmed", help="The event, quote or date is right.")
@click.option("--reject", "verdict", flag_value="rejected", help="It is wrong: left out of queries.")
@db_option
@who_option
@why_option
def verdict_command(fact: str, verdict: str | None, db: str | None, who: str, why: str) -> None:
    """Judge an event report, a quote or a date (its id, as `dabir events`, `dabir quotes` or
    `dabir show --json` print it): --confirm or --reject. The verdict holds through re-extraction;
    `dabir kb undo` takes it back."""
    if verdict is None:
        raise click.UsageError("give --confirm or --reject")
    with workspace(db) as ws:
        judgement = ws.knowledge.review_fact(fact, verdict, who, why)
    p = judgement.payload
    click.echo(f"{verdict}: {p['fact_type']} {p['fact']} “{p['text']}” (judgement {judgement.id})")


@click.command("correct")
@click.argument("report")
@click.option("--code", help="The right CAMEO code (as in vocab/events.yaml), e.g. 195.")
@click.option("--source", "sources", multiple=True, help="An acting actor (id or name; repeat for more).")
@click.option("--target", "targets", multiple=True, help="An acted-upon actor (id or name; repeat for more).")
@click.option("--no-source", is_flag=True, help="No one named acts: clear the sources.")
@click.option("--no-target", is_flag=True, help="No one named is acted upon: clear the targets.")
@db_option
@who_option
@why_option
def correct_command(
    report: str,
    code: str | None,
    sources: tuple[str, ...],
    targets: tuple[str, ...],
    no_source: bool,
    no_target: bool,
    db: str | None,
    who: str,
    why: str,
) -> None:
    """Correct an event report (its id, as `dabir events` prints it): its code, who acted, who
    was acted upon. Recorded as a judgement that holds through re-extraction; `dabir kb undo`
    restores what was extracted."""
    with workspace(db) as ws:
        judgement = ws.knowledge.correct_event(
            report,
            code,
            [] if no_source else list(sources) or None,
            [] if no_target else list(targets) or None,
            who,
            why,
        )
    p = judgement.payload
    before, after = p["extracted"], p["corrected"]
    click.echo(
        f"corrected: event report {p['fact']} “{p['text']}” "
        f"{before['code']} {before['source']} → {before['target']} is now "
        f"{after['code']} {after['source']} → {after['target']} (judgement {judgement.id})"
    )


COMMANDS = (
    events_command,
    quotes_command,
    timeline_command,
    unmerge_command,
    verdict_command,
    correct_command,
)
