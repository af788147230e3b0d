"""Dabir's own pipeline as a predictor of the CENTCOM strike lines (``dabir.evaluate_centcom``):
each line is read as a one-paragraph article of its release's date, and the first fight event
(CAMEO root 19) gives the place and the number of strikes."""

from __future__ import annotations

from dataclasses import replace

from dabir.evaluate import gold_article
from dabir.evaluate_centcom import Prediction, StrikeLine
from dabir.extract.article import ArticleExtractor
from dabir.types import PublishedDate

FIGHT_ROOT = "19"


class PipelinePredictor:
    def __init__(self, extractor: ArticleExtractor) -> None:
        self.extractor = extractor

    def __call__(self, line: StrikeLine) -> Prediction:
        text = line.line.lstrip("-• ").strip()
        article = gold_article({"id": "strike", "fields": {"text": text}})
        article = replace(article, published=PublishedDate(line.date.isoformat(), "day"))
        extraction = self.extractor.extract(article, 1 << 20)
        events = [e for e in extraction.facts.events if e.code[:2] == FIGHT_ROOT]
        place = next((e.place.name for e in events if e.place is not None), None)
        strikes = [c.n for e in events for c in e.counts if c.kind == "strikes"]
        return place, (sum(strikes) if strikes else None)
