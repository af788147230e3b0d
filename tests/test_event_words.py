"""Words of events.v1 that the parse tags oddly or that the vocabulary names (real spaCy parse,
real KB, invented sentences): each test reads a sentence as an analyst would."""

from __future__ import annotations

import pytest

from dabir.extract.article import ArticleExtractor
from dabir.extract.nlp import load_english
from dabir.resolve.kb import load_kb
from tests.extracting import events_of

pytestmark = pytest.mark.extract


@pytest.fixture(scope="module")
def extractor() -> ArticleExtractor:
    return ArticleExtractor(load_english(), load_kb())


def test_an_event_noun_tagged_as_an_adjective_still_names_the_event(extractor: ArticleExtractor) -> None:
    """The parse tags "roundtable" an adjective in "convened a roundtable with"; with its article
    and in an argument's place it is the noun."""
    events = events_of(
        extractor,
        "Deputy Secretary Wally Adeyemo convened a roundtable with humanitarian organizations in Brussels.",
    )
    assert [(e.trigger_text, e.code) for e in events] == [("roundtable", "040")]
