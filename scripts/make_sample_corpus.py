"""Build data/corpus/ — the bundled sample corpus — from the team's shared corpus.

Deterministic: the same shared corpus gives the same files. Run from the project root:

    python scripts/make_sample_corpus.py ../shared

It copies the founding sample, every Middle-East-relevant Wikinews article and current-events
item, an even spread over time of Middle-East-relevant Treasury and White House documents (plus
the Treasury documents that the derived Atom feed repeats, so the demo shows near-duplicates
linked into one story), the CENTCOM HTML page, one real RSS snapshot and the derived Atom feed,
with each folder's SOURCE.md and licence file.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

PER_SOURCE = {"treasury-press": 80, "whitehouse-briefing-room": 100}


def main(shared: Path, target: Path) -> None:
    corpus = shared / "corpus"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    copy(shared / "seed", target / "seed", ["track-persia-2021-05-17-qaani-calls.txt"])
    (target / "seed" / "SOURCE.md").write_text(SEED_SOURCE, encoding="utf-8")
    atom_urls = atom_entry_urls(corpus / "treasury-press" / "derived_feed_treasury_me.atom.xml")
    spread(
        corpus / "treasury-press",
        target / "treasury-press",
        "treasury_news_me_sample.jsonl",
        PER_SOURCE["treasury-press"],
        atom_urls,
    )
    copy(
        corpus / "treasury-press",
        target / "treasury-press",
        ["SOURCE.md", "derived_feed_treasury_me.atom.xml"],
    )
    spread(
        corpus / "whitehouse-briefing-room",
        target / "whitehouse-briefing-room",
        "whitehouse_statements_me_sample.jsonl",
        PER_SOURCE["whitehouse-briefing-room"],
        set(),
    )
    copy(corpus / "whitehouse-briefing-room", target / "whitehouse-briefing-room", ["SOURCE.md"])
    copy(
        corpus / "whitehouse-briefing-room" / "rss",
        target / "whitehouse-briefing-room" / "rss",
        ["briefing-room_2023-10-11T2230Z.xml"],
    )
    relevant_only(corpus / "wikinews-saliency", target / "wikinews-saliency", "wikinews_articles.jsonl")
    copy(corpus / "wikinews-saliency", target / "wikinews-saliency", ["SOURCE.md", "LICENSE-Apache-2.0.txt"])
    relevant_only(
        corpus / "wikipedia-current-events-2015-09",
        target / "wikipedia-current-events-2015-09",
        "current_events_2015-09.jsonl",
    )
    copy(
        corpus / "wikipedia-current-events-2015-09",
        target / "wikipedia-current-events-2015-09",
        ["SOURCE.md"],
    )
    copy(
        corpus / "centcom-oir-strikes" / "html",
        target / "centcom-oir-strikes",
        ["centcom-release-20151102-01.html"],
    )
    copy(corpus / "centcom-oir-strikes", target / "centcom-oir-strikes", ["SOURCE.md"])
    (target / "README.md").write_text(README, encoding="utf-8")


def copy(source: Path, target: Path, names: list[str]) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copyfile(source / name, target / name)


def read_jsonl(path: Path) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: Path, records: list[dict[str, object]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def spread(source: Path, target: Path, name: str, count: int, must: set[str]) -> None:
    """``count`` ME-relevant records evenly spaced in time, plus those whose URL is in ``must``."""
    records = [r for r in read_jsonl(source / name) if r.get("me_relevant")]
    records.sort(key=lambda r: (str(r.get("published")), str(r.get("id"))))
    step = max(1, len(records) // count)
    chosen = {str(r["id"]) for r in records[::step][:count]}
    chosen |= {str(r["id"]) for r in records if r.get("url") in must}
    write_jsonl(target / name, [r for r in records if str(r["id"]) in chosen])


def relevant_only(source: Path, target: Path, name: str) -> None:
    write_jsonl(target / name, [r for r in read_jsonl(source / name) if r.get("me_relevant")])


def atom_entry_urls(path: Path) -> set[str]:
    import re

    text = path.read_text(encoding="utf-8")
    return set(re.findall(r"<id>(https://[^<]+)</id>", text))


SEED_SOURCE = """# seed: the founding sample article

`track-persia-2021-05-17-qaani-calls.txt` is one article as the analysts' own publishing site,
Track Persia, filed it (photo caption with credit, date line, body, "About Track Persia"
footer). It is the team's own published item, kept here as the reference input Dabir must
handle perfectly. The report it summarizes was carried by state media (IRNA) and the photo is
credited to Mehr News Agency (MEHR).
"""

README = """# Bundled sample corpus

What `dabir demo` ingests: the founding sample and 400-odd real, redistributable documents about
the Middle East, chosen by `scripts/make_sample_corpus.py` from the team's shared corpus. Each
folder's `SOURCE.md` gives origin, licence and the attribution to keep:

| folder | what | licence |
|---|---|---|
| `seed/` | the founding sample article (Track Persia) | the team's own item |
| `treasury-press/` | U.S. Treasury press releases (JSON lines) and a derived Atom feed | public domain (17 U.S.C. § 105), CC0 |
| `whitehouse-briefing-room/` | White House statements and readouts (JSON lines) and one real RSS snapshot | public domain, compilation CC0 |
| `wikinews-saliency/` | Wikinews articles on the region | CC BY 2.5 (text); Apache-2.0 (annotations) |
| `wikipedia-current-events-2015-09/` | Wikipedia Current Events items, September 2015 | CC BY-SA 3.0 |
| `centcom-oir-strikes/` | one CENTCOM press-release page (HTML) | public domain |
"""

if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"), Path("data/corpus"))
