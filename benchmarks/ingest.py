"""Ingest benchmark: the whole shared corpus into a fresh store, then 50 searches.

    python benchmarks/ingest.py [--corpus ../shared/corpus] [--pg postgresql://…] [--repeat 3] [--extract]

Prints, per back end: articles stored, seconds, articles/s, peak RSS of the process, and search
latency p50/p95 over 50 queries (each query run --repeat times; the median counts). Each back end
runs in its own process so peak memory is its own. Fetching is off (the corpus is offline).
Extraction (actors) is off unless ``--extract``: then it runs after the ingest as in `dabir
ingest` (worker processes, each with its own model; their memory is not in the peak RSS), and
its seconds and articles/s are printed apart. benchmarks/extract.py compares it with spaCy.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

QUERIES = [
    "Iran", "Hezbollah", "Hizballah", "Hamas", "Houthi", "Ansarallah", "Quds", "IRGC", "Soleimani",
    "Qaani", "Haniyeh", "Nasrallah", "Khamenei", "Baghdad", "Damascus", "Beirut", "Sanaa", "Gaza",
    "Tehran", "Yemen", '"Quds Force"', '"Revolutionary Guard"', '"Red Sea"', '"West Bank"',
    '"Kata\'ib Hizballah"', "Houthi OR Ansarallah", "Hamas OR Hezbollah", "sanction*", "terror*",
    "drone strike", "ceasefire hostages", "oil tanker", "missile launch", "money laundering",
    "Iraq militia", "Syria chemical", "Lebanon bank", "Israel Gaza -Hamas", "nuclear enrichment",
    "shipping attack", "designation OFAC", "President call Israel", "airstrike Raqqa",
    "ISIL Mosul", "refugees Turkey", "Saudi Arabia Yemen", "Bahrain", "Qatar mediation",
    "humanitarian aid Gaza", "weapons smuggling",
]  # fmt: skip


def run_backend(db: str, corpus: str, repeat: int, queue: Any, extract: bool = False) -> None:
    from dabir.settings import Settings
    from dabir.types import ArticleFilter
    from dabir.workspace import open_workspace

    with open_workspace(settings=Settings(db=db, fetch_linked_pages=False, extract=extract)) as workspace:
        started = time.perf_counter()
        summary = workspace.ingest([corpus])
        seconds = time.perf_counter() - started
        extraction = summary.extraction or {}
        seconds -= extraction.get("seconds", 0.0)
        stored = len(summary.new) + len(summary.near_duplicate)
        latencies = []
        for query in QUERIES:
            runs = []
            for _ in range(repeat):
                begin = time.perf_counter()
                workspace.search(query, ArticleFilter(limit=20))
                runs.append(time.perf_counter() - begin)
            latencies.append(statistics.median(runs) * 1000)
        words = sum(
            len(workspace.article(a.id).text.split()) for a in workspace.articles(ArticleFilter(limit=10**6))
        )
    latencies.sort()
    queue.put(
        {
            "articles": stored,
            "rejected": len(summary.rejected),
            "seconds": round(seconds, 2),
            "articles_per_s": round(stored / seconds, 1),
            "words_per_s": round(words / seconds),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "search_p50_ms": round(latencies[len(latencies) // 2], 2),
            "search_p95_ms": round(latencies[int(len(latencies) * 0.95) - 1], 2),
            "queries": len(latencies),
            **(
                {
                    "extraction_s": extraction["seconds"],
                    "extracted_per_s": round(extraction["articles"] / max(extraction["seconds"], 1e-9), 1),
                    "mentions": extraction["mentions"],
                }
                if extraction
                else {}
            ),
        }
    )


def measure(db: str, corpus: str, repeat: int, extract: bool = False) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=run_backend, args=(db, corpus, repeat, queue, extract))
    process.start()
    result = queue.get()
    process.join()
    return dict(result)


def postgres_schema(url: str) -> tuple[str, Any]:
    import sqlalchemy as sa

    from dabir.store import database_url

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    engine = sa.create_engine(database_url(url))
    with engine.begin() as conn:
        conn.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in url else "?"

    def drop() -> None:
        with engine.begin() as conn:
            conn.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        engine.dispose()

    return f"{url}{separator}options=-csearch_path%3D{schema}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    parser.add_argument("--corpus", default=str(root.parent / "shared" / "corpus"))
    parser.add_argument("--pg", default=os.environ.get("DABIR_TEST_PG_URL", ""), help="PostgreSQL URL")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--extract", action="store_true", help="also find and link actors, as dabir ingest does"
    )
    args = parser.parse_args()
    if not Path(args.corpus).is_dir():
        sys.exit(f"no corpus at {args.corpus}")
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as folder:
        results["sqlite"] = measure(str(Path(folder) / "bench.db"), args.corpus, args.repeat, args.extract)
    if args.pg:
        url, drop = postgres_schema(args.pg)
        try:
            results["postgresql"] = measure(url, args.corpus, args.repeat, args.extract)
        finally:
            drop()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    print(f"corpus: {args.corpus}  ({os.cpu_count()} CPUs, Python {sys.version.split()[0]})")
    header = (
        f"{'back end':<11} {'articles':>8} {'seconds':>8} {'art/s':>7} {'words/s':>8} "
        f"{'peak RSS':>9} {'search p50':>11} {'p95':>8}"
    )
    print(header)
    for name, r in results.items():
        print(
            f"{name:<11} {r['articles']:>8} {r['seconds']:>8} {r['articles_per_s']:>7} {r['words_per_s']:>8} "
            f"{r['peak_rss_mb']:>7}MB {r['search_p50_ms']:>9}ms {r['search_p95_ms']:>6}ms"
        )
        if "extraction_s" in r:
            print(
                f"{'':<11} extraction: {r['extraction_s']} s, {r['extracted_per_s']} articles/s, "
                f"{r['mentions']} mentions"
            )


if __name__ == "__main__":
    main()
