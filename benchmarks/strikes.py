"""Places and strike counts of Dabir's pipeline against the CENTCOM strike lines (issue 4).

    python benchmarks/strikes.py [--csv ../shared/corpus/centcom-oir-strikes/oir_strike_lines_2014-2016.csv]
                                 [--lines N]

Each line ("- Near Ar Raqqah, one strike destroyed two oil pump jacks.") is read as a
one-paragraph article of its release's date; the first fight event gives the place (compared
through the gazetteer, with the line's country as context) and the number of strikes. Prints
precision, recall and F1 of both, next to the plain regular-expression baseline, and the time.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from dabir.evaluate_centcom import baseline_predict, read_strike_lines, score_places
from dabir.evaluate_strikes import PipelinePredictor
from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    root = Path(__file__).resolve().parents[1]
    default = root.parent / "shared" / "corpus" / "centcom-oir-strikes" / "oir_strike_lines_2014-2016.csv"
    parser.add_argument("--csv", default=str(default))
    parser.add_argument("--lines", type=int, default=0, help="an evenly spread sample of this many lines")
    args = parser.parse_args()
    lines = read_strike_lines(args.csv)
    if args.lines:
        lines = lines[:: max(1, len(lines) // args.lines)][: args.lines]
    predictor = PipelinePredictor(ArticleExtractor(load_english(), load_kb()))
    started = time.perf_counter()
    ours = score_places(lines, predictor)
    seconds = time.perf_counter() - started
    baseline = score_places(lines, baseline_predict)
    print(f"{len(lines)} strike lines, {seconds:.1f} s ({len(lines) / seconds:.0f} lines/s)")
    for name, result in (("Dabir pipeline", ours), ("regex baseline", baseline)):
        for field in ("place", "number"):
            s = result[field]
            print(
                f"{name:<15} {field:<6} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  "
                f"({s['correct']} right of {s['predicted']} predicted, {s['gold']} gold)"
            )


if __name__ == "__main__":
    main()
