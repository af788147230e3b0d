"""The dabir command, in-process (click's CliRunner), on a real database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from dabir.cli import cli
from tests.conftest import BUNDLED, BUNDLED_SEED


@pytest.fixture
def run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("DABIR_FETCH_LINKED_PAGES", "0")
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "cli.db")

    def invoke(*args: str) -> Result:
        return CliRunner().invoke(cli, [*args, "--db", db], catch_exceptions=False)

    return invoke


def ingest_seed(run) -> str:  # type: ignore[no-untyped-def]
    result = run("ingest", str(BUNDLED_SEED), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert len(summary["new"]) == 1
    return str(summary["new"][0])


def test_seed_show_json(run) -> None:  # type: ignore[no-untyped-def]
    article_id = ingest_seed(run)
    result = run("show", article_id, "--json")
    assert result.exit_code == 0
    shown = json.loads(result.stdout)
    assert shown["id"] == article_id
    assert shown["published"] == "2021-05-17" and shown["published_precision"] == "day"
    assert shown["caption"]["text"].startswith("Brigadier-General Esmail Qaani")
    assert shown["caption"]["credit"] == "MEHR"
    assert shown["source"]["name"] == "Track Persia"
    assert shown["source"]["description"].startswith("Track Persia is a Platform run by dedicated analysts")
    assert "About Track Persia" not in shown["text"]
    assert "Iran’s Revolutionary Guards" in shown["text"] and "“crimes”" in shown["text"]  # as published
    assert "Track Persia is a Platform" not in shown["text"]
    assert len(shown["text"].split("\n\n")) == 9
    assert shown["title_derived"] is True and shown["title"]
    assert shown["language"] == "en"
    assert shown["revision"] == 1 and shown["story"] == article_id
    assert shown["url"] is None and shown["byline"] is None
    assert isinstance(shown["metadata"], dict)
    assert set(shown["fields"]) == {"title", "caption", "credit", "text"}


def test_search_finds_the_seed(run) -> None:  # type: ignore[no-untyped-def]
    article_id = ingest_seed(run)
    result = run("search", "Haniyeh")
    assert result.exit_code == 0
    assert article_id in result.stdout and "[Haniyeh]" in result.stdout
    hits = json.loads(run("search", "Haniyeh", "--json").stdout)
    assert [h["id"] for h in hits] == [article_id]
    assert "<mark>Haniyeh</mark>" in hits[0]["snippet"]


def test_ingest_summary_exit_status_and_rejections(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "source": "S", "text": "A good line of text."}\n[1, 2]\n', encoding="utf-8")
    result = run("ingest", str(bad), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert len(summary["new"]) == 1
    assert summary["rejected"] == [
        {"input": f"{bad} line 2", "reason": "expected a JSON object, got list", "code": "malformed-json"}
    ]
    listed = json.loads(run("rejections", "--json").stdout)
    assert [(r["code"], r["reason"]) for r in listed] == [
        ("malformed-json", "expected a JSON object, got list")
    ]
    text = run("rejections").stdout
    assert "malformed-json" in text and "bad.jsonl line 2" in text


def test_directory_ingest_skips_with_notes(run) -> None:  # type: ignore[no-untyped-def]
    result = run("ingest", str(BUNDLED))
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stdout and "SOURCE.md" in result.stdout
    assert "LICENSE-Apache-2.0.txt" in result.stdout


def test_articles_filters_and_json(run) -> None:  # type: ignore[no-untyped-def]
    run("ingest", str(BUNDLED))
    all_items = json.loads(run("articles", "--json", "--limit", "1000").stdout)
    assert len(all_items) > 300
    may_2021 = json.loads(run("articles", "--json", "--since", "2021-05", "--until", "2021-05").stdout)
    assert may_2021 and all(a["published"].startswith("2021-05") for a in may_2021)
    wikinews = json.loads(run("articles", "--json", "--source", "Wikinews", "--limit", "1000").stdout)
    assert len(wikinews) == 50 and {a["source"] for a in wikinews} == {"Wikinews"}
    assert run("articles", "--since", "yesterday-ish").exit_code == 2


def test_sources_lists_descriptions(run) -> None:  # type: ignore[no-untyped-def]
    ingest_seed(run)
    listed = json.loads(run("sources", "--json").stdout)
    assert listed[0]["name"] == "Track Persia" and listed[0]["articles"] == 1
    assert "Track Persia is a Platform" in run("sources").stdout


def test_exit_statuses(run) -> None:  # type: ignore[no-untyped-def]
    assert run("show", "0123456789abcdef").exit_code == 3
    assert run("search", "-only -excluded").exit_code == 2
    assert run("ingest", "/nonexistent/file.txt").exit_code == 1
    assert CliRunner().invoke(cli, ["show"]).exit_code == 2
    assert CliRunner().invoke(cli, ["articles", "--db", "ftp://example.com/x"]).exit_code == 2


def test_show_raw_bytes(run) -> None:  # type: ignore[no-untyped-def]
    article_id = ingest_seed(run)
    result = CliRunner().invoke(cli, ["show", article_id, "--raw", "--db", "cli.db"])
    assert result.exit_code == 0
    assert result.stdout_bytes == BUNDLED_SEED.read_bytes()


def test_check_reports_a_sound_database(run) -> None:  # type: ignore[no-untyped-def]
    ingest_seed(run)
    result = run("check")
    assert result.exit_code == 0 and result.stdout.startswith("ok: 1 articles")


def test_demo_builds_the_workspace(run) -> None:  # type: ignore[no-untyped-def]
    result = run("demo")
    assert result.exit_code == 0, result.output
    assert "holds 393 articles" in result.stdout
    assert "$ dabir search 'Haniyeh'" in result.stdout
    again = run("demo")
    assert "0 new" in again.stdout and "holds 393 articles" in again.stdout


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"dabir {name}" in readme, f"`dabir {name}` is not in the README"


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    """A real pseudo-terminal: the bar is drawn there and absent when output is a pipe."""
    import os
    import pty
    import subprocess
    import sys

    env = {**os.environ, "DABIR_FETCH_LINKED_PAGES": "0"}
    command = [sys.executable, "-m", "dabir.cli", "ingest", str(BUNDLED), "--db", str(tmp_path / "p.db")]
    piped = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert piped.returncode == 0 and "Ingesting" not in piped.stderr + piped.stdout
    leader, follower = pty.openpty()
    with subprocess.Popen(
        [*command[:-1], str(tmp_path / "q.db")], stdout=follower, stderr=follower, env=env
    ) as process:
        os.close(follower)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
        process.wait()
    os.close(leader)
    assert process.returncode == 0
    assert b"Ingesting" in seen and b"%" in seen


def test_resolve_names_with_reasons(run) -> None:  # type: ignore[no-untyped-def]
    found = json.loads(run("resolve", "Esma'il Qa'ani", "--json").stdout)
    assert found["actor"] == {"id": "esmail-qaani", "name": "Esmail Qaani", "kind": "person"}
    assert "same_key" in found["explanation"] and found["candidates"][0]["id"] == "esmail-qaani"
    ambiguous = json.loads(run("resolve", "Khamenei", "--json").stdout)
    assert ambiguous["actor"] is None and "ambiguous" in ambiguous["explanation"]
    assert json.loads(run("resolve", "Esmail Qaani", "--kind", "place", "--json").stdout)["actor"] is None
    assert "→ Ruhollah Khomeini" in run("resolve", "Ruhollah Khomeini").stdout
