"""Time of the quote reader on hostile text (issue 4): the tests check what it returns, this
prints how long it takes.

    python benchmarks/hostile.py

Pairs 10,000 quote marks of each kind, then runs the quote reader on 10,000 marks and on a
200,000-character paragraph with no punctuation (after the mention finder, which is timed apart).
"""

from __future__ import annotations

import time

from dabir.extract.mentions import MentionFinder
from dabir.extract.nlp import load_english
from dabir.extract.quote_marks import pair_marks
from dabir.extract.quotes import find_quotes
from dabir.resolve.kb import load_kb

MARKS = {
    "10,000 straight double": '"' * 10_000,
    "10,000 curly double": "“" * 10_000,
    "10,000 straight single": "'" * 10_000,
    '10,000 "a': '"a' * 10_000,
    "10,000 ’s": "’s " * 10_000,
}
PROSE = ("officials said the talks had failed and the minister told reporters that he would return " * 2_300)[
    :200_000
]


def main() -> None:
    for name, text in MARKS.items():
        started = time.perf_counter()
        marks = pair_marks("text", [(0, text)])
        print(f"pair_marks, {name}: {len(marks)} pairs, {time.perf_counter() - started:.3f} s")
    kb = load_kb()
    finder = MentionFinder(load_english(), kb)
    media = frozenset(a.id for a in kb.actors.values() if "MED" in a.sectors)
    for name, text in (("10,000 quote marks", '"' * 10_000), ("200,000 characters, no punctuation", PROSE)):
        started = time.perf_counter()
        mentions, paragraphs = finder.find_with_docs({"text": text})
        parsed = time.perf_counter()
        facts = find_quotes(paragraphs, mentions, media, {"text": text})
        done = time.perf_counter()
        print(f"{name}: parse and mentions {parsed - started:.1f} s; ", end="")
        print(f"quotes {done - parsed:.2f} s ({len(facts)} quotes)")


if __name__ == "__main__":
    main()
