"""Dabir's own pipeline on an evenly spread sample of the CENTCOM strike lines (issue 4): places
found through the bundled gazetteer and strike counts read from the text. Floors only go up;
`benchmarks/strikes.py` prints the figures on all 5,531 lines."""

from __future__ import annotations

import pytest

from dabir.evaluate_centcom import read_strike_lines, score_places
from dabir.evaluate_strikes import PipelinePredictor
from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb
from tests.conftest import shared_path

pytestmark = pytest.mark.extract
SAMPLE = 120


def test_places_and_strike_counts_of_a_sample() -> None:
    lines = read_strike_lines(shared_path("corpus", "centcom-oir-strikes", "oir_strike_lines_2014-2016.csv"))
    sample = lines[:: len(lines) // SAMPLE][:SAMPLE]
    result = score_places(sample, PipelinePredictor(ArticleExtractor(load_english(), load_kb())))
    assert result["place"]["precision"] >= 0.95 and result["place"]["f1"] >= 0.8, result["place"]
    assert result["number"]["precision"] >= 0.95 and result["number"]["f1"] >= 0.95, result["number"]
