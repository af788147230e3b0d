"""Hostile text never crashes extraction (issue 4): no sentences, 10,000 quote marks, unbalanced
quotes, a 200,000-character paragraph, numbers like "1e309", an article at the size cap. Each
article is stored and extracted (or skipped with the reason), and a failing component is
recorded on its article while the rest goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from dabir.settings import Settings
from dabir.workspace import open_workspace

pytestmark = pytest.mark.extract

HOSTILE = {
    "no-sentences": " ".join(["word"] * 3000),
    "quote-marks": "Officials said " + '"' * 10_000 + " in Baghdad.",
    "unbalanced": 'He said “the strike killed 1e309 people in Gaza and “nothing” more. ' * 200,
    "long-paragraph": ("Hamas fighters attacked Israel near Gaza and killed 12 people " * 3300)[:200_000],
    "big-numbers": "A US airstrike killed 1e309 people and 99999999999999999999 more in Mosul on May 3.",
}


def test_hostile_articles_are_stored_and_extracted(tmp_path: Path) -> None:
    for name, text in HOSTILE.items():
        (tmp_path / f"{name}.txt").write_text(f"Hostile {name}\n\n{text}\n", encoding="utf-8")
    settings = Settings(db=f"sqlite:///{tmp_path / 'd.db'}", fetch_linked_pages=False, extract=True, extract_workers=1)
    with open_workspace(settings=settings) as ws:
        summary = ws.ingest([str(tmp_path / f"{name}.txt") for name in HOSTILE])
        assert len(summary.new) == len(HOSTILE)  # every article stored
        english = [i for i in summary.new if ws.article(i).language == "en"]  # others are not read
        assert summary.extraction is not None and summary.extraction["articles"] == len(english)
        for article_id in summary.new:
            facts = ws.article_facts(article_id)
            for event in facts["events"]:
                assert all(0 <= c["n"] <= 100_000_000 for c in event["counts"])
            assert all(e["component"] and e["error"] for e in facts["extraction_errors"])


def test_an_article_at_the_size_cap_is_extracted_in_chunks(tmp_path: Path) -> None:
    cap = 300_000
    paragraph = "Iran's foreign minister met his Iraqi counterpart in Baghdad on Sunday. " * 40
    text = "\n\n".join([paragraph] * (cap // (len(paragraph) + 2)))[: cap - 100]
    (tmp_path / "cap.txt").write_text(f"At the cap\n\nMay 17, 2021\n\n{text}\n", encoding="utf-8")
    settings = Settings(
        db=f"sqlite:///{tmp_path / 'd.db'}",
        fetch_linked_pages=False,
        extract=True,
        extract_workers=1,
        max_text_bytes=cap,
    )
    with open_workspace(settings=settings) as ws:
        summary = ws.ingest([str(tmp_path / "cap.txt")])
        assert summary.extraction is not None and summary.extraction["skipped"] == 0
        facts = ws.article_facts(summary.new[0])
        assert facts["extraction_errors"] == []
        assert len(facts["events"]) > 10 and len(facts["dates"]) > 10
