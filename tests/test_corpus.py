"""Acceptance on the team's whole shared corpus: every format in it, nothing wrongly rejected,
the second run a no-op."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dabir.settings import Settings
from dabir.types import ArticleFilter, IngestSummary
from dabir.workspace import Workspace, open_workspace
from tests.conftest import shared_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Workspace, IngestSummary, IngestSummary]]:
    corpus = shared_path("corpus")
    db = tmp_path_factory.mktemp("corpus") / "corpus.db"
    with open_workspace(settings=Settings(db=str(db), fetch_linked_pages=False, extract=False)) as workspace:
        first = workspace.ingest([str(corpus)])
        second = workspace.ingest([str(corpus)])
        yield workspace, first, second


def count_lines(path: Path) -> int:
    with path.open(encoding="utf-8") as handle:
        return sum(1 for line in handle if line.strip())


def test_nothing_is_rejected_and_the_rest_is_skipped_with_a_note(corpus_run) -> None:  # type: ignore[no-untyped-def]
    _, first, _ = corpus_run
    assert first.rejected == []
    skipped = sorted(Path(s.input).name for s in first.skipped)
    assert skipped == sorted(
        [
            "SOURCE.md", "SOURCE.md", "SOURCE.md", "SOURCE.md", "SOURCE.md",
            "LICENSE-Apache-2.0.txt", "oir_strike_lines_2014-2016.csv",
            "saliency-dataset.json", "2015-09_wikitimes_CEP.json",
        ]
    )  # fmt: skip
    assert all(s.note.startswith("skipped:") for s in first.skipped)


def test_every_jsonl_line_feed_entry_and_page_is_stored(corpus_run) -> None:  # type: ignore[no-untyped-def]
    workspace, first, _ = corpus_run
    corpus = shared_path("corpus")
    jsonl = sum(count_lines(p) for p in corpus.glob("*/*.jsonl"))
    rss_entries = sum(
        len(re.findall(r"<item>", p.read_text(encoding="utf-8"))) for p in corpus.glob("*/rss/*.xml")
    )
    atom_entries = len(
        re.findall(
            r"<entry>",
            (corpus / "treasury-press" / "derived_feed_treasury_me.atom.xml").read_text(encoding="utf-8"),
        )
    )
    pages = 2  # the CENTCOM page and its .txt companion
    stored = len(first.new) + len(first.near_duplicate)
    assert stored == jsonl + rss_entries + atom_entries + pages
    assert workspace.count() == stored
    assert workspace.integrity_problems() == []


def test_current_events_items_sharing_a_day_page_stay_separate(corpus_run) -> None:  # type: ignore[no-untyped-def]
    workspace, _, _ = corpus_run
    items = workspace.articles(ArticleFilter(source="Wikipedia Current Events Portal", limit=10000))
    assert len(items) == 428
    assert len({i.id for i in items}) == 428


def test_second_run_adds_nothing(corpus_run) -> None:  # type: ignore[no-untyped-def]
    _, first, second = corpus_run
    assert second.new == [] and second.revised == [] and second.near_duplicate == []
    assert second.rejected == []
    assert len(second.unchanged) == len(first.new) + len(first.near_duplicate)


def normalized(text: str) -> str:
    return " ".join(text.split())


def test_centcom_page_matches_its_text_companion(corpus_run) -> None:  # type: ignore[no-untyped-def]
    workspace, _, _ = corpus_run
    page = next(
        workspace.article(a.id)
        for a in workspace.articles(ArticleFilter(source="U.S. Central Command", limit=10))
    )
    expected = shared_path(
        "corpus", "centcom-oir-strikes", "html", "centcom-release-20151102-01.txt"
    ).read_text(encoding="utf-8")
    ratio = difflib.SequenceMatcher(None, normalized(page.text), normalized(expected), autojunk=False).ratio()
    assert ratio >= 0.95, ratio
    assert "|" not in page.text
    assert "Combat Camera" not in page.text and "CENTCOM Photos" not in page.text
    assert page.published is not None and page.published.value == "2015-11-02"
    assert page.title == "Nov. 2: Military airstrikes continue against ISIL terrorists in Syria and Iraq"
    assert page.source.name == "U.S. Central Command"


def test_feed_entries_have_dates_and_headline_only_items_are_flagged(corpus_run) -> None:  # type: ignore[no-untyped-def]
    workspace, first, _ = corpus_run
    rss = workspace.articles(ArticleFilter(source="The White House Briefing Room", limit=1000))
    assert len(rss) == 120
    assert all(a.published is not None and a.published.precision in ("second", "minute") for a in rss)
    assert all(a.pending and "fetching linked pages is off" in a.pending for a in rss)
    assert set(first.pending) >= {a.id for a in rss}
    atom = workspace.articles(
        ArticleFilter(
            source="U.S. Treasury press releases (Middle East subset) - DERIVED TEST FEED", limit=100
        )
    )
    assert len(atom) == 25
    assert all(a.published is not None and a.pending is None for a in atom)
    full = workspace.article(atom[0].id)
    assert len(full.text) > 1000 and "<p>" not in full.text


def test_atom_entries_share_a_story_with_the_same_treasury_release(corpus_run) -> None:  # type: ignore[no-untyped-def]
    workspace, first, _ = corpus_run
    feed_name = "U.S. Treasury press releases (Middle East subset) - DERIVED TEST FEED"
    by_story: dict[str, set[str]] = {}
    for link in first.near_duplicate:
        for member in (link.article_id, str(link.duplicate_of)):
            by_story.setdefault(str(link.duplicate_of), set()).add(workspace.article(member).source.name)
    atom = workspace.articles(ArticleFilter(source=feed_name, limit=100))
    for item in atom:
        sources = by_story.get(item.story, set())
        assert sources == {feed_name, "U.S. Department of the Treasury"}, item.title


def test_jsonl_metadata_is_kept(corpus_run) -> None:  # type: ignore[no-untyped-def]
    workspace, _, _ = corpus_run
    item = workspace.articles(ArticleFilter(source="Wikinews", limit=1))[0]
    article = workspace.article(item.id)
    assert "salient_entities" in article.metadata and "dateline" in article.metadata
    assert article.byline == "Wikinews contributors"
    line = next(
        json.loads(line)
        for line in shared_path("corpus", "wikinews-saliency", "wikinews_articles.jsonl")
        .read_text(encoding="utf-8")
        .splitlines()
        if json.loads(line)["title"] == article.title
    )
    assert article.url == line["url"]
