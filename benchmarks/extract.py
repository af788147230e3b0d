"""Mention extraction benchmark: Dabir's layer against bare spaCy, same model, same texts.

    python benchmarks/extract.py [--corpus ../shared/corpus] [--articles 400]

Prints words/s of bare spaCy (``nlp.pipe`` over the same paragraphs, same components, one
process) and of ``MentionFinder.find`` (spaCy plus the KB gazetteer, propagation and taught
aliases; resolution is not wired in yet), and the overhead of our layer. Texts: the first
``--articles`` English texts of the corpus's JSON lines files, in file order.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dabir.extract.mentions import MentionFinder
from dabir.extract.nlp import load_english
from dabir.extract.normalize import parser_text
from dabir.ingest.layout import split_paragraphs
from dabir.resolve.kb import load_kb


def corpus_texts(corpus: Path, limit: int) -> list[str]:
    texts: list[str] = []
    for path in sorted(corpus.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                text = json.loads(line).get("text") or ""
                if text.strip():
                    texts.append(text)
                if len(texts) >= limit:
                    return texts
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--corpus", default=str(root.parent / "shared" / "corpus"))
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    texts = corpus_texts(Path(args.corpus), args.articles)
    words = sum(len(t.split()) for t in texts)
    nlp = load_english()
    finder = MentionFinder(nlp, load_kb())
    paragraphs = [parser_text(p.text) for t in texts for p in split_paragraphs(t)]
    list(nlp.pipe(paragraphs[:50]))  # warm up both
    started = time.perf_counter()
    for _doc in nlp.pipe(paragraphs):
        pass
    bare = time.perf_counter() - started
    started = time.perf_counter()
    mentions = sum(len(finder.find({"text": t})) for t in texts)
    ours = time.perf_counter() - started
    print(f"{len(texts)} articles, {words} words, {len(paragraphs)} paragraphs, {mentions} mentions")
    print(f"bare spaCy (nlp.pipe):        {words / bare:10.0f} words/s  ({bare:.1f} s)")
    print(f"Dabir mentions (spaCy+layer): {words / ours:10.0f} words/s  ({ours:.1f} s)")
    print(f"overhead of our layer:        {100 * (ours / bare - 1):+9.1f} %")


if __name__ == "__main__":
    main()
