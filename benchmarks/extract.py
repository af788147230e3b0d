"""Extraction benchmark: Dabir's extraction against bare spaCy, same model, same texts, same
number of processes.

    python benchmarks/extract.py [--corpus ../shared/corpus] [--articles 400] [--processes 1]
                                 [--ofac ../shared/kb-sources/ofac-sdn] [--cap-bytes N]

Prints words/s of bare spaCy (``nlp.pipe`` over the same paragraphs, same components) and of
``ArticleExtractor.extract`` (spaCy, the KB gazetteer, propagation, taught aliases, metonymy,
linking every mention to an actor with the resolver, roles, dates, events with places from the
gazetteer, quotes and categories), and the overhead of our layer. With ``--cap-bytes`` it also
extracts, in a fresh process each, one article of that size and one of a tenth of it (real
paragraphs repeated) and prints their peak memory: bounded memory means the two stay close.
With ``--ofac`` the KB holds the starter KB plus the imported OFAC list (about 8,500 actors),
as a real workspace does. Texts: the first ``--articles`` texts of the corpus's JSON lines
files, in file order. Nothing is written.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from dabir.evaluate import gold_article
from dabir.extract.article import ArticleExtractor
from dabir.extract.mentions import PIPE_BATCH, chunks
from dabir.extract.nlp import load_english
from dabir.extract.normalize import parser_text
from dabir.ingest.layout import split_paragraphs
from dabir.resolve import importer
from dabir.resolve.kb import KnowledgeBase, kb_from_records, starter_records
from dabir.resolve.ofac import read_ofac
from dabir.resolve.places import gazetteer
from dabir.types import Article, PublishedDate, utc_now

_EXTRACTOR: dict[str, ArticleExtractor] = {}


def build_kb(ofac: Path | None) -> KnowledgeBase:
    actors, affiliations, _ = starter_records()
    kb = kb_from_records(actors, affiliations)
    if ofac is None:
        return kb
    plan = importer.plan_import(importer.from_ofac(read_ofac(ofac), None), kb, "bench", utc_now())
    return kb_from_records([*actors, *plan.actors], [*affiliations, *plan.affiliations])


def _start(kb: KnowledgeBase) -> None:
    _EXTRACTOR["x"] = ArticleExtractor(load_english(), kb)
    gazetteer()  # loaded once per worker, as extraction does, before any timing


def _extract(article: Article) -> int:
    return len(_EXTRACTOR["x"].extract(article, 1 << 30).mentions)


def _bare(paragraphs: list[str]) -> int:
    """Bare spaCy on one article's paragraphs, with the worker's model."""
    nlp = _EXTRACTOR["x"].finder.nlp
    return sum(len(doc.ents) for doc in nlp.pipe(paragraphs, batch_size=PIPE_BATCH))  # as ours parses


def _paragraphs(text: str) -> list[str]:
    return [
        parser_text(text[start:end])
        for p in split_paragraphs(text)
        for start, end in chunks(text, p.start, p.end)
    ]


def timed(run: Callable[[], int]) -> tuple[float, int]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def corpus_texts(corpus: Path, limit: int) -> list[tuple[str, str]]:
    """(text, publication day) of the first ``limit`` records with a text."""
    texts: list[tuple[str, str]] = []
    for path in sorted(corpus.glob("*/*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                text = record.get("text") or ""
                if text.strip():
                    texts.append((text, str(record.get("published") or "")[:10]))
                if len(texts) >= limit:
                    return texts
    return texts


def as_article(index: int, text: str, day: str) -> Article:
    article = gold_article({"id": str(index), "fields": {"text": text}})
    return replace(article, published=PublishedDate(day, "day")) if len(day) == 10 else article


def peak_memory(kb: KnowledgeBase, text: str) -> tuple[float, int, int]:
    """(seconds, peak RSS in MiB before, peak RSS after) extracting one article in a fresh process
    (the peak before is the model, the KB and the gazetteer, loaded by a warm-up article)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=_start, initargs=(kb,)) as pool:
        pool.submit(_extract, as_article(0, "Warm up in Baghdad on Sunday.", "2021-05-17")).result()
        before = pool.submit(_peak_rss).result()
        started = time.perf_counter()
        pool.submit(_extract, as_article(1, text, "2021-05-17")).result()
        seconds = time.perf_counter() - started
        return seconds, before, pool.submit(_peak_rss).result()


def _peak_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def article_of_size(texts: list[tuple[str, str]], size: int) -> str:
    paragraphs = [p for text, _ in texts for p in text.split("\n\n") if len(p) > 200]
    out: list[str] = []
    total = 0
    while total < size:
        paragraph = paragraphs[len(out) % len(paragraphs)]
        out.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
    return "\n\n".join(out)[:size]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--corpus", default=str(root.parent / "shared" / "corpus"))
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument("--ofac", help="an OFAC SDN folder to import into the KB first")
    parser.add_argument(
        "--cap-bytes", type=int, default=0, help="also measure peak memory at this article size"
    )
    args = parser.parse_args()
    texts = corpus_texts(Path(args.corpus), args.articles)
    words = sum(len(t.split()) for t, _ in texts)
    kb = build_kb(Path(args.ofac) if args.ofac else None)
    articles = [as_article(i, t, day) for i, (t, day) in enumerate(texts)]
    per_article = [_paragraphs(t) for t, _ in texts]
    processes = args.processes
    if processes == 1:
        _start(kb)
        _extract(articles[0]), _bare(per_article[0])  # warm up
        bare, _ = timed(lambda: sum(_bare(p) for p in per_article))
        ours, mentions = timed(lambda: sum(_extract(a) for a in articles))
    else:
        context = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(processes, mp_context=context, initializer=_start, initargs=(kb,)) as pool:
            list(pool.map(_extract, articles[: processes * 2]))  # start and warm up every worker
            bare, _ = timed(lambda: sum(pool.map(_bare, per_article, chunksize=4)))
            ours, mentions = timed(lambda: sum(pool.map(_extract, articles, chunksize=4)))
    paragraphs = sum(len(p) for p in per_article)
    print(
        f"{len(texts)} articles, {words} words, {paragraphs} paragraphs, {len(kb.actors)} KB actors, "
        f"{processes} process(es), {mentions} mentions"
    )
    print(f"bare spaCy (nlp.pipe):                 {words / bare:10.0f} words/s  ({bare:.1f} s)")
    print(f"Dabir extraction (whole pipeline):     {words / ours:10.0f} words/s  ({ours:.1f} s)")
    print(f"overhead of our layer:                 {100 * (ours / bare - 1):+9.1f} %")
    if args.cap_bytes:
        for size in (args.cap_bytes // 10, args.cap_bytes):
            seconds, before, after = peak_memory(kb, article_of_size(texts, size))
            print(
                f"one article of {size:>9} bytes: {seconds:7.1f} s, "
                f"peak memory {before} MiB before it, {after} MiB after"
            )


if __name__ == "__main__":
    main()
