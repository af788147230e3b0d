"""Quotes (``quotes.v1``) on the founding sample, on real Treasury and White House releases of the
bundled corpus, on sentences written for each rule, and on hostile input."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dabir.actor_types import Mention
from dabir.extract.mentions import MentionFinder, Paragraph
from dabir.extract.nlp import load_english
from dabir.extract.quote_cues import cues
from dabir.extract.quote_marks import pair_marks
from dabir.extract.quote_refer import described, named, people
from dabir.extract.quotes import QuoteFact, find_quotes
from dabir.ingest.layout import parse_layout
from dabir.resolve.kb import KnowledgeBase, load_kb
from dabir.resolve.link import governments_of, link_mentions
from dabir.types import FieldName, Span
from tests.conftest import BUNDLED, BUNDLED_SEED

pytestmark = pytest.mark.extract

Fields = dict[FieldName, str]
Parsed = tuple[list[Mention], list[Paragraph]]


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def finder(kb: KnowledgeBase) -> MentionFinder:
    return MentionFinder(load_english(), kb)


@pytest.fixture(scope="module")
def media(kb: KnowledgeBase) -> frozenset[str]:
    return frozenset(a.id for a in kb.actors.values() if "MED" in a.sectors)


def quotes(finder: MentionFinder, media: frozenset[str], fields: Fields) -> list[QuoteFact]:
    mentions, paragraphs = finder.find_with_docs(fields)
    return find_quotes(paragraphs, mentions, media, fields)


def direct(facts: list[QuoteFact]) -> list[QuoteFact]:
    return [f for f in facts if f.direct]


def who(fact: QuoteFact) -> str | None:
    """The speaker as the text names it: the mention, else the words."""
    return fact.speaker.text if fact.speaker is not None else fact.speaker_text


# --- The founding sample. ---


@pytest.fixture(scope="module")
def seed_fields() -> Fields:
    layout = parse_layout(BUNDLED_SEED.read_text(encoding="utf-8"))
    assert layout.caption is not None
    return {"caption": layout.caption.text, "text": layout.body}


@pytest.fixture(scope="module")
def seed_parsed(finder: MentionFinder, seed_fields: Fields) -> Parsed:
    return finder.find_with_docs(seed_fields)


@pytest.fixture(scope="module")
def seed(seed_parsed: Parsed, media: frozenset[str], seed_fields: Fields) -> list[QuoteFact]:
    mentions, paragraphs = seed_parsed
    return find_quotes(paragraphs, mentions, media, seed_fields)


@pytest.fixture(scope="module")
def actor_of(kb: KnowledgeBase, seed_parsed: Parsed) -> dict[Any, str | None]:
    """Each seed mention's span → the actor id the linker gives it."""
    return {lk.mention.span: lk.actor_id for lk in link_mentions(kb, seed_parsed[0], governments_of(kb))}


def test_the_seed_has_its_seven_quoted_spans(seed: list[QuoteFact], actor_of: dict[Any, str | None]) -> None:
    def row(f: QuoteFact) -> tuple[Any, ...]:
        def actor(m: Mention | None) -> str | None:
            return actor_of[m.span] if m is not None else None

        to = tuple(actor(m) for m in f.addressees)
        return (f.text.split()[0], actor(f.speaker), to, actor(f.reported_by), f.cue, f.scare)

    assert [row(f) for f in direct(seed)] == [
        ("crimes", None, (), None, None, True),
        ("stands", "esmail-qaani", ("ismail-haniyeh",), "irna", "told", False),
        ("against", "esmail-qaani", ("ismail-haniyeh",), "irna", "condemned", False),
        ("the", "esmail-qaani", ("ziyad-al-nakhalah",), None, "told", False),
        ("praised", "esmail-qaani", (), None, "praised", False),
        ("not", "ali-khamenei", (), None, "called", False),
        ("fighting", "ali-khamenei", (), None, "said", False),
    ]


def test_he_is_the_last_person_named_as_a_subject(seed: list[QuoteFact], seed_fields: Fields) -> None:
    [praised] = [f for f in seed if f.cue == "praised"]
    assert praised.speaker_pronoun is not None and praised.speaker is not None
    text = seed_fields["text"]
    assert text[praised.speaker_pronoun.start : praised.speaker_pronoun.end] == "He"
    assert praised.speaker.text == "Qaani" and praised.speaker.span.start < praised.speaker_pronoun.start
    assert praised.evidence.start == praised.speaker_pronoun.start  # the "He" sentence, not Qaani's


def test_the_seed_indirect_quotes_tell_the_source_from_the_speaker(
    seed: list[QuoteFact], actor_of: dict[Any, str | None]
) -> None:
    stressed, said = [f for f in seed if not f.direct]
    assert (stressed.cue, stressed.speaker, stressed.speaker_text) == (
        "stressed",
        None,
        "Iran’s Revolutionary Guards Quds Force commander",
    )
    assert (
        stressed.text.startswith("Tehran’s support for Palestinians")
        and stressed.reported_by_text == "state media"
    )
    assert said.cue == "said" and said.speaker is None and said.speaker_text is None
    assert said.reported_by is not None and actor_of[said.reported_by.span] == "irna"
    assert said.text.startswith("Brigadier General Ismail Qaani talked to the head of Hamas")


def test_spans_evidence_and_texts_agree(seed: list[QuoteFact], seed_fields: Fields) -> None:
    for fact in seed:
        text = seed_fields[fact.span.field]
        assert text[fact.span.start : fact.span.end] == fact.text
        assert fact.evidence.start <= fact.span.start and fact.span.end <= fact.evidence.end
        assert 0 < fact.confidence <= 1
        if fact.direct:
            assert text[fact.span.start - 1] == "“" and text[fact.span.end] == "”"


def test_without_the_field_texts_the_parser_text_gives_the_same_facts(
    seed: list[QuoteFact], seed_parsed: Parsed, media: frozenset[str]
) -> None:
    mentions, paragraphs = seed_parsed
    plain = find_quotes(paragraphs, mentions, media)

    def key(f: QuoteFact) -> tuple[Any, ...]:
        return (f.span, f.cue, f.speaker, f.addressees, f.reported_by, f.scare, f.evidence)

    assert [key(f) for f in plain] == [key(f) for f in seed]
    assert any("'" in f.text for f in plain)  # "Palestinians' right": the parser's characters


# --- Real releases of the bundled corpus. ---


def corpus_record(folder: str, record_id: str) -> Fields:
    for path in (BUNDLED / folder).glob("*.jsonl"):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record["id"] == record_id:
                return {"title": record["title"], "text": record["text"]}
    raise AssertionError(f"{record_id} is not in {folder}")


def test_treasury_said_under_secretary_and_the_quote_that_follows(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    facts = direct(quotes(finder, media, corpus_record("treasury-press", "treasury-tg1397")))
    assert [(f.text.split()[:4], who(f), f.cue) for f in facts] == [
        (["At", "a", "time", "when"], "David S. Cohen", "said"),
        (["Today’s", "sanction", "against", "Bank"], "David S. Cohen", "said"),  # the next sentence
    ]
    assert facts[0].confidence > facts[1].confidence


def test_treasury_said_name_comma_title(finder: MentionFinder, media: frozenset[str]) -> None:
    facts = direct(quotes(finder, media, corpus_record("treasury-press", "treasury-jl0331")))
    assert facts and all(who(f) == "Adam J. Szubin" and f.cue == "said" for f in facts)
    assert facts[0].text.startswith("Hizballah needs individuals like")


def test_white_house_readout_he_assured_the_president(finder: MentionFinder, media: frozenset[str]) -> None:
    record = "whitehouse-2021-06-28-readout-of-president-joseph-r-biden-jr-meeting-with-president-reuven-rivlin-of-israel"
    facts = quotes(finder, media, corpus_record("whitehouse-briefing-room", record))
    [assured] = [f for f in facts if f.cue == "assured"]
    assert assured.speaker is not None and assured.speaker.text == "Biden"
    assert assured.speaker_pronoun is not None
    assert [m.text for m in assured.addressees] == ["Rivlin"]
    assert assured.text.startswith("the United States remains determined to counter Iran")
    [emphasized, *_] = [f for f in facts if f.cue == "emphasized"]
    assert emphasized.speaker is not None and emphasized.speaker.text == "Biden"  # "The President"
    assert "Iran will never get a nuclear weapon" in emphasized.text


def test_white_house_statement_mr_sullivan_confirmed(finder: MentionFinder, media: frozenset[str]) -> None:
    record = "whitehouse-2021-01-24-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-cal-ad4731c4"
    reaffirmed, expressed, fact = quotes(finder, media, corpus_record("whitehouse-briefing-room", record))
    assert [(f.cue, who(f)) for f in (reaffirmed, expressed)] == [
        ("reaffirmed", "Sullivan"),
        ("expressed", "Sullivan"),
    ]
    assert expressed.text == "appreciation for Ben Shabbat’s contributions to our bilateral partnership"
    assert (fact.cue, who(fact), fact.direct) == ("confirmed", "Sullivan", False)
    assert (
        fact.text == "the United States will closely consult with Israel on all matters of regional security"
    )


@pytest.mark.slow
def test_treasury_releases_quote_named_officials(finder: MentionFinder, media: frozenset[str]) -> None:
    """The first 30 Treasury releases with curly quotes: every span holds its text, and most
    quoted statements (8 words or more; titles of orders are quoted too) have a speaker."""
    path = BUNDLED / "treasury-press" / "treasury_news_me_sample.jsonl"
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    statements = attributed = 0
    for record in [r for r in records if "“" in r["text"]][:30]:
        fields: Fields = {"title": record["title"], "text": record["text"]}
        for fact in quotes(finder, media, fields):
            assert fields[fact.span.field][fact.span.start : fact.span.end] == fact.text
            if fact.direct and len(fact.text.split()) >= 8:
                statements += 1
                attributed += who(fact) is not None
    assert statements >= 50 and attributed / statements >= 0.75  # 45 of 55 when written


# --- Sentences written for each rule. ---


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will never accept this," Javad Zarif said.',
            [("We will never accept this,", "Javad Zarif", "said")],
        ),
        (
            "Javad Zarif said: «We will respond to any aggression.»",
            [("We will respond to any aggression.", "Javad Zarif", "said")],
        ),
        (  # one quote over two sentences
            '"We will respond. Our patience has limits," Javad Zarif told reporters.',
            [("We will respond. Our patience has limits,", "Javad Zarif", "told")],
        ),
        (  # apostrophes inside a quote and after it are no quote marks
            "“Hamas’ political bureau defends the Palestinians’ right,” Ismail Haniyeh said. Officials don’t agree.",
            [("Hamas’ political bureau defends the Palestinians’ right,", "Ismail Haniyeh", "said")],
        ),
        (
            "The minister called the strike ‘an act of war’ and left.",
            [("an act of war", "The minister", "called")],
        ),
        (  # a lone mark is skipped, the next pair still read
            'He said "yes and left. Javad Zarif said "there is no deal" today.',
            [("there is no deal", "Javad Zarif", "said")],
        ),
        (  # "as saying": the object of "quoted" speaks, the subject relays
            'IRNA quoted Ismail Qaani as saying "the resistance will prevail."',
            [("the resistance will prevail.", "Ismail Qaani", "saying")],
        ),
        (  # the news convention: the quote goes on in the next paragraph
            '"We will stand with our allies," Joe Biden said. "We will not waver.\n\n"The world is watching."',
            [
                ("We will stand with our allies,", "Joe Biden", "said"),
                ("We will not waver.", "Joe Biden", "said"),
                ("The world is watching.", "Joe Biden", "said"),
            ],
        ),
    ],
)
def test_written_direct_quotes(
    finder: MentionFinder, media: frozenset[str], text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(f.text, who(f), f.cue) for f in direct(quotes(finder, media, {"text": text}))] == expected


def test_she_stands_for_the_last_person_subject_across_paragraphs(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        'Nancy Pelosi met the delegation in Washington on Monday.\n\nShe said "the alliance is unbreakable."'
    )
    [fact] = quotes(finder, media, {"text": text})
    assert fact.speaker is not None and fact.speaker.text == "Nancy Pelosi"
    assert (
        fact.speaker_pronoun is not None
        and text[fact.speaker_pronoun.start : fact.speaker_pronoun.end] == "She"
    )


def test_coordinated_addressees_are_all_kept(finder: MentionFinder, media: frozenset[str]) -> None:
    text = 'Ismail Qaani told Ismail Haniyeh and Ziyad al-Nakhalah that "the resistance will prevail."'
    [fact] = quotes(finder, media, {"text": text})
    assert who(fact) == "Ismail Qaani"
    assert [m.text for m in fact.addressees] == ["Ismail Haniyeh", "Ziyad al-Nakhalah"]


@pytest.mark.parametrize(
    ("text", "speaker", "reported_by"),
    [
        ('"We are ready," Ismail Qaani told Ismail Haniyeh, IRNA reported.', "Ismail Qaani", "IRNA"),
        ('"The enemy will regret it," the commander said, state TV reported.', "the commander", "state TV"),
        ("The ministry said the talks would resume, according to IRNA.", "The ministry", "IRNA"),
        (
            "According to state television, the ministry summoned the British ambassador.",
            None,
            "state television",
        ),
    ],
)
def test_a_news_outlet_relays_and_never_speaks(
    finder: MentionFinder, media: frozenset[str], text: str, speaker: str | None, reported_by: str
) -> None:
    [fact] = quotes(finder, media, {"text": text})
    source = fact.reported_by.text if fact.reported_by is not None else fact.reported_by_text
    assert (who(fact), source) == (speaker, reported_by)


def test_according_to_a_person_makes_the_person_the_speaker(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    [fact] = quotes(finder, media, {"text": "According to Javad Zarif, Tehran will respond to any attack."})
    assert (fact.cue, who(fact), fact.text, fact.reported_by) == (
        "according to",
        "Javad Zarif",
        "Tehran will respond to any attack",
        None,
    )


def test_indirect_quotes_need_a_clause(finder: MentionFinder, media: frozenset[str]) -> None:
    [fact] = quotes(finder, media, {"text": "Javad Zarif said the talks had failed."})
    assert (fact.direct, who(fact), fact.text) == (False, "Javad Zarif", "the talks had failed")
    assert quotes(finder, media, {"text": "The minister said nothing."}) == []


def test_one_or_two_quoted_words_with_no_cue_are_scare_quotes(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    [fact] = quotes(finder, media, {"text": 'Protesters facing the "security forces" fled the square.'})
    assert (fact.text, fact.scare, fact.speaker, fact.speaker_text, fact.cue) == (
        "security forces",
        True,
        None,
        None,
        None,
    )


def test_one_or_two_quoted_words_under_a_cue_are_scare_quotes_in_reported_speech(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = 'The spokesman said the army was "fully prepared" for any attack.'
    clause, label = quotes(finder, media, {"text": text})
    assert (clause.direct, who(clause), clause.cue) == (False, "The spokesman", "said")
    assert clause.text == 'the army was "fully prepared" for any attack'
    assert (label.text, label.scare, label.speaker, label.speaker_text, label.cue) == (
        "fully prepared",
        True,
        None,
        None,
        None,
    )
    [called] = quotes(finder, media, {"text": "The minister called the strike ‘a crime’ and left."})
    assert (called.scare, called.cue, who(called)) == (True, None, None)


@pytest.mark.parametrize(
    ("text", "cue", "said"),
    [
        ("Angela Merkel conveyed her support for a negotiated settlement.", "conveyed", "her support"),
        ("Angela Merkel made clear her opposition to the plan.", "made clear", "her opposition to the plan"),
        (  # the "that" clause of the object, for any cue verb
            "Angela Merkel shared her view that the talks must resume soon.",
            "shared",
            "the talks must resume soon",
        ),
    ],
)
def test_a_stating_verb_s_object_is_what_was_said(
    finder: MentionFinder, media: frozenset[str], text: str, cue: str, said: str
) -> None:
    [fact] = quotes(finder, media, {"text": text})
    assert (fact.direct, fact.cue, who(fact), fact.text) == (False, cue, "Angela Merkel", said)


@pytest.mark.parametrize(
    "text",
    [
        "Angela Merkel and Emmanuel Macron reaffirmed their commitment to the alliance.",  # jointly
        "The two leaders reiterated their commitment to the alliance.",  # jointly
        "Angela Merkel and Emmanuel Macron stressed that the alliance is strong.",  # jointly, a clause
        "Angela Merkel welcomed the agreement.",  # an event, not speech
        "Javad Zarif came to Vienna to reaffirm the commitment of his government.",  # states nothing
        "The government denies the reports; Javad Zarif confirmed the meeting in Geneva.",  # two sentences
    ],
)
def test_no_quote_without_one_speaker_stating_it(
    finder: MentionFinder, media: frozenset[str], text: str
) -> None:
    assert [f for f in quotes(finder, media, {"text": text}) if not f.direct] == []


def test_one_person_with_two_titles_or_each_of_two_speakers_is_quoted(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    for text in (
        "Deputy Prime Minister and Foreign Minister Ayman Safadi said that Israel must end the war.",
        "Israel and Hamas each said that the other had violated the ceasefire.",
    ):
        assert [f for f in quotes(finder, media, {"text": text}) if not f.direct], text


def test_the_title_stands_for_the_person_titled_so(finder: MentionFinder, media: frozenset[str]) -> None:
    text = (
        "Chancellor Angela Merkel met President Emmanuel Macron in Paris on Friday. "
        "The Chancellor expressed concern about the tariffs. She also noted the progress of the talks."
    )
    expressed, noted = quotes(finder, media, {"text": text})
    assert [(f.cue, who(f), f.text) for f in (expressed, noted)] == [
        ("expressed", "Angela Merkel", "concern about the tariffs"),
        ("noted", "Angela Merkel", "the progress of the talks"),  # "She": the Chancellor
    ]
    assert noted.speaker_pronoun is not None


@pytest.mark.parametrize(
    ("text", "said", "direct"),
    [
        (
            "Javad Zarif rejected the offer, saying that Tehran would not negotiate under pressure.",
            "Tehran would not negotiate under pressure",
            False,
        ),
        (
            'Javad Zarif rejected the offer on Monday, saying "Tehran will not negotiate under pressure."',
            "Tehran will not negotiate under pressure.",
            True,
        ),
        (
            'Javad Zarif went on by describing the offer as "an insult to the Iranian people."',
            "an insult to the Iranian people.",
            True,
        ),
    ],
)
def test_a_participle_speaks_with_its_verb_s_subject(
    finder: MentionFinder, media: frozenset[str], text: str, said: str, direct: bool
) -> None:
    [fact] = [f for f in quotes(finder, media, {"text": text}) if f.text == said]
    assert (who(fact), fact.direct) == ("Javad Zarif", direct)


def test_according_to_a_person_before_a_quote_and_he_after(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        'According to Javad Zarif, the foreign minister, "we will not negotiate under pressure." '
        "He also said that the sanctions were illegal."
    )
    quoted, said = quotes(finder, media, {"text": text})
    assert (quoted.direct, quoted.cue, who(quoted)) == (True, "according to", "Javad Zarif")
    assert (said.text, who(said), said.speaker_pronoun is not None) == (
        "the sanctions were illegal",
        "Javad Zarif",
        True,
    )


def test_as_a_reporter_reports(finder: MentionFinder, media: frozenset[str]) -> None:
    text = "As Lyse Doucet reports from Kabul, the city is bracing for more violence."
    [fact] = quotes(finder, media, {"text": text})
    assert (fact.cue, who(fact), fact.text) == (
        "reports",
        "Lyse Doucet",
        "the city is bracing for more violence",
    )


def test_he_after_a_capitalized_title_of_a_country(finder: MentionFinder, media: frozenset[str]) -> None:
    text = (
        "Prime Minister of Lebanon Najib Mikati spoke to reporters. "
        "He said that the army would deploy in the south."
    )
    [fact] = quotes(finder, media, {"text": text})
    assert (who(fact), fact.text) == ("Najib Mikati", "the army would deploy in the south")


def test_a_bare_surname_and_a_bare_title_are_the_person_named_before() -> None:
    doc = load_english()("Ana Lucía Espinosa Ortiz spoke. The Ambassador left, added Espinosa.")
    person = Mention(Span("text", 0, 24), "Ana Lucía Espinosa Ortiz", "person", "model")
    known = people(0, 0, doc, {i: person for i in range(4)})
    surname = [t for t in doc if t.text == "Espinosa"][-1]
    assert named(known, (0, surname.idx), [surname]) == person
    assert named(known, (0, 0), [surname]) is None  # nobody named before
    ambassador = next(t for t in doc if t.text == "Ambassador")
    assert described(known, (0, ambassador.idx), ambassador) is None  # no such title
    doc = load_english()("Ambassador Ana Ortiz spoke. The Ambassador left.")
    person = Mention(Span("text", 11, 19), "Ana Ortiz", "person", "model")
    known = people(0, 0, doc, {1: person, 2: person})
    ambassador = [t for t in doc if t.text == "Ambassador"][-1]
    assert described(known, (0, ambassador.idx), ambassador) == person


def test_the_cue_words_are_data() -> None:
    vocabulary = cues()
    assert "reporting" in vocabulary.verbs["report"] and "addressee" in vocabulary.verbs["tell"]
    assert vocabulary.phrases["according"] == "according to" and "media" in vocabulary.media_nouns


# --- Pairing marks, and hostile input. ---


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("He said “yes” and ‘no’.", ["yes", "no"]),
        ("«Non», a-t-il dit.", ["Non"]),
        ("Don’t take the Palestinians’ right or Hamas’ bureau, he said.", []),
        (
            "“Hamas’ bureau and the Palestinians’ right,” he said.",
            ["Hamas’ bureau and the Palestinians’ right,"],
        ),
        ('"one" "two" "three"', ["one", "two", "three"]),
        ('a "lone mark and a "pair" here', ["pair"]),
        ("“a ‘nested’ one”", ["a ‘nested’ one"]),
        ("the '90s and rock 'n' roll", []),
        ('"not sufficient,"Ban Ki-moon said. "More," he said.', ["not sufficient,", "More,"]),  # no space
        ("al-‘Ajmi and ‘Abd al-Rahman ‘Ubayd Juday‘ al-‘Anizi, Shi‘a; he said ‘it is over’.", ["it is over"]),
    ],
)
def test_pair_marks(text: str, quoted: list[str]) -> None:
    assert [text[m.start : m.end] for m in pair_marks("text", [(0, text)])] == quoted


def test_a_quote_over_paragraphs_is_one_chain() -> None:
    first = "“We will win,” he said. “We will not waver."
    second = "“We will fight on,” he added."
    third = "Nothing is quoted here “but a lone mark"
    texts = {0: first, 100: second, 200: third}
    marks = pair_marks("text", list(texts.items()))
    assert [texts[m.start // 100 * 100][m.start % 100 : m.end % 100] for m in marks] == [
        "We will win,",
        "We will not waver.",
        "We will fight on,",
    ]
    assert marks[0].chain is None and marks[1].chain == marks[2].chain == first.index("“We will not")


def test_ten_thousand_quote_marks_pair_into_spans_of_the_text() -> None:
    # how long it takes is measured by benchmarks/hostile.py, never asserted here
    for text in ('"' * 10_000, "“" * 10_000, "'" * 10_000, '"a' * 10_000, "’s " * 10_000):
        marks = pair_marks("text", [(0, text)])
        assert all(0 <= m.start < m.end <= len(text) for m in marks)
        assert len(marks) <= len(text) // 2


@pytest.mark.parametrize(
    "text",
    [
        '"yes' * 2_000,
        '" ' * 5_000,
        "He said “yes and left.\n\n“Then he said ‘no and “left.\n\nNothing here.",
        "” « ’ ‘ „ » “",
        "...",
    ],
)
def test_hostile_quote_marks_never_crash(finder: MentionFinder, media: frozenset[str], text: str) -> None:
    facts = quotes(finder, media, {"text": text})
    for fact in facts:
        assert text[fact.span.start : fact.span.end] == fact.text and fact.text.strip()
        assert fact.evidence.start <= fact.span.start <= fact.span.end <= fact.evidence.end


@pytest.mark.slow  # spaCy's tokenizer alone takes ~20 s on 10,000 marks with no space between them
def test_ten_thousand_quote_marks_through_the_pipeline(finder: MentionFinder, media: frozenset[str]) -> None:
    text = '"' * 10_000
    mentions, paragraphs = finder.find_with_docs({"text": text})
    assert find_quotes(paragraphs, mentions, media, {"text": text}) == []  # only empty pairs


@pytest.mark.slow
def test_a_200000_character_paragraph_with_no_punctuation(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    words = (
        "officials said the talks had failed and the minister told reporters that he would return " * 2_300
    )[:200_000]
    mentions, paragraphs = finder.find_with_docs({"text": words})
    assert len(paragraphs) >= 10 and all(len(p.doc.text) <= 20_000 for p in paragraphs)  # mentions.chunks
    facts = find_quotes(paragraphs, mentions, media, {"text": words})
    assert facts and all(not f.direct and words[f.span.start : f.span.end] == f.text for f in facts)


def test_a_name_inside_a_subject_noun_is_no_subject_for_he(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        "Dr. Phil Gordon met the families on Monday. "
        "Dr. Gordon emphasized that the Biden-Harris Administration will pursue every effort. "
        "He assured the families that the hostages remain front and center."
    )
    assured = [f for f in quotes(finder, media, {"text": text}) if f.cue == "assured"]
    assert [who(f) for f in assured] == ["Gordon"]


def test_a_subject_before_said_is_the_speaker_not_the_words_after(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = "Ali Khamenei, Iran's supreme leader, said the nuclear program is irreversible."
    [fact] = quotes(finder, media, {"text": text})
    assert (who(fact), fact.text) == ("Ali Khamenei", "the nuclear program is irreversible")


def test_keen_to_say_says_it_but_expected_to_say_does_not(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    said = "Hillary Clinton was at pains to emphasise that the ties would not suffer."
    [fact] = quotes(finder, media, {"text": said})
    assert (who(fact), fact.cue, fact.text) == ("Hillary Clinton", "emphasise", "the ties would not suffer")
    pointed = "William Hague was keen to point out that the call had come first."
    assert [f.text for f in quotes(finder, media, {"text": pointed})] == ["the call had come first"]
    for unsaid in (
        "Iran is expected to announce that it will resume enrichment.",
        "Her decision to stress that the ties were strong surprised many.",
    ):
        assert quotes(finder, media, {"text": unsaid}) == []


def test_a_perfect_tense_states_and_made_it_clear_reports_its_clause(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    warned = "Egypt has been cautious and has warned the move could only escalate the conflict."
    [fact] = quotes(finder, media, {"text": warned})
    assert (fact.cue, fact.text) == ("warned", "the move could only escalate the conflict")
    clear = "The United States has made it clear that it would offer assistance to the Iranian people."
    [fact] = quotes(finder, media, {"text": clear})
    assert fact.text == "it would offer assistance to the Iranian people"


def test_a_quote_after_a_lead_in_is_the_lead_in_speaker_s(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        "Foreign Minister Ayman Safadi has commented that the vote was a setback. "
        '"To be honest, we expected more from the council." The session then closed. '
        '"Nobody saw it coming."'
    )
    facts = direct(quotes(finder, media, {"text": text}))
    assert [(f.text, who(f)) for f in facts] == [
        ("To be honest, we expected more from the council.", "Ayman Safadi"),
        ("Nobody saw it coming.", None),  # a sentence without speech stands between
    ]


def test_a_document_speaks_for_its_author(finder: MentionFinder, media: frozenset[str]) -> None:
    text = (
        'A statement from the Hamas political bureau said that "the siege will fail." '
        'The draft Security Council proposals cite "the conviction that enrichment would intensify concern."'
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.cue, who(f)) for f in facts if not f.scare] == [
        ("said", "Hamas"),
        ("cite", "Security Council"),
    ]


def test_a_document_with_no_author_named_speaks_for_who_put_it_out(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        '"We presented our vision," said Hamas in a statement which also added that it did not reject the plan. '
        "Hezbollah issued a statement which said that the talks had failed. "
        "Israel rejected the statement, which said that Israel must withdraw. "
        "Egypt presented a proposal drafted by Qatar which said that the truce should hold."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.cue, who(f)) for f in facts if not f.scare] == [
        ("said", "Hamas"),
        ("added", "Hamas"),  # the statement Hamas spoke in
        ("said", "Hezbollah"),  # the statement Hezbollah issued
        ("said", "the statement"),  # a statement Israel rejected is not Israel's
        ("said", "Qatar"),  # who drafted it, not who presented it
    ]


def test_it_and_they_are_the_body_named_as_the_subject_before(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        "But Hezbollah and other armed groups are defiant. They say the blockade will not stop them.\n\n"
        "Kamal Haddad is defiant. They say the talks failed.\n\n"
        "The Arab League met on Sunday.\n\nIt said that the summit would go ahead."
    )
    facts = quotes(finder, media, {"text": text})
    # a body before "they"; after a person "they" stays unresolved; a paragraph's first "it" looks back
    assert [(f.cue, f.speaker.text if f.speaker else None) for f in facts] == [
        ("say", "Hezbollah"),
        ("say", None),
        ("said", "Arab League"),
    ]


def test_a_chain_of_it_goes_back_to_the_body_named(finder: MentionFinder, media: frozenset[str]) -> None:
    text = "The Arab League met on Sunday. It said that the summit would go ahead. It added that Syria was invited."
    facts = quotes(finder, media, {"text": text})
    assert [(f.cue, f.speaker.text if f.speaker else None) for f in facts] == [
        ("said", "Arab League"),
        ("added", "Arab League"),
    ]


def test_a_name_the_parse_hung_before_a_cue_is_its_speaker(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        "WASHINGTON – In an op-ed published in the Thursday edition of the Miami Herald, Treasury "
        "Acting Under Secretary for Terrorism and Financial Intelligence Adam Szubin writes that as "
        "the debate continues it should not be clouded by myths. He writes that the deal works."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.cue, f.speaker.actor if f.speaker else None) for f in facts] == [
        ("writes", "adam-szubin"),
        ("writes", "adam-szubin"),  # "He": the name is registered as a subject
    ]
    assert facts[1].speaker_pronoun is not None
    facts = quotes(finder, media, {"text": "A spokesman for Benjamin Netanyahu said that the talks failed."})
    assert [f.speaker for f in facts] == [None]  # the spokesman speaks, not the principal


def test_a_subject_with_a_clause_speaks_to_whom_it_told(finder: MentionFinder, media: frozenset[str]) -> None:
    text = (
        "Lance Corporal Roel Ryan Briones of Hanford, California, who was in Haditha on that day, told "
        'the Los Angeles Times, "They ranged from little babies to adult males and females."\n\n'
        "Iran trains and funds violent extremist groups, while Syria provides safe-haven to "
        "insurgents, said Under Secretary Stuart Levey."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.cue, who(f), [m.text for m in f.addressees]) for f in facts] == [
        ("told", "Lance Corporal Roel Ryan Briones", ["Los Angeles Times"]),  # not the newspaper's words
        ("said", "Stuart Levey", []),  # "…, said <name>" still inverted
    ]


def test_she_is_never_a_name_inside_the_quote_before(finder: MentionFinder, media: frozenset[str]) -> None:
    """ "she said" after a quote naming Jack Kevorkian stands for the speaker named before it."""
    text = (
        '"That will be very easy for Jack," said Ruth Holmes, his lawyer. "Jack Kevorkian is in great '
        'spirits, and he intends to do this," she said.'
    )
    facts = direct(quotes(finder, media, {"text": text}))
    assert [(f.cue, f.speaker.text if f.speaker else None) for f in facts] == [
        ("said", "Ruth Holmes"),
        ("said", "Ruth Holmes"),
    ]


def test_a_title_in_marks_is_a_label(finder: MentionFinder, media: frozenset[str]) -> None:
    """Titles of orders, documents and works in marks are labels (scare quotes, as the gold set's
    rules have it), not speech; a title-cased quote that a speaker says stays a quote."""
    text = (
        "Ismail was designated pursuant to E.O. 13572, “Blocking Property of Certain Persons with "
        "Respect to Human Rights Abuses in Syria,” for his role in the crackdown.\n\n"
        "OFAC published a document outlining these components called “A Framework for OFAC "
        "Compliance Commitments,” last year.\n\n"
        "“We Will Never Surrender,” said Hassan Nasrallah."
    )
    facts = direct(quotes(finder, media, {"text": text}))
    assert [(f.text[:20], f.cue, f.scare, f.speaker) for f in facts] == [
        ("Blocking Property of", None, True, None),
        ("A Framework for OFAC", None, True, None),
        ("We Will Never Surren", "said", False, facts[2].speaker),
    ]
    assert facts[2].speaker is not None


def test_a_statement_after_the_cue_speaks_for_who_issued_it(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = '"The forces discovered all four hostages had been shot," said a statement issued by the U.S. Central Command.'
    facts = direct(quotes(finder, media, {"text": text}))
    assert [f.speaker.actor if f.speaker else None for f in facts] == ["us-central-command"]


def test_an_act_or_an_event_says_nothing_and_a_survey_speaks_for_its_author(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    text = (
        "Wolin's visit reinforced the U.S. commitment to Iraq and underscored the importance of sound "
        "economic policies.\n\n"
        "A survey conducted by the Pentagon has concluded that only 30% believed that changing the law "
        "would hurt morale."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.cue, f.speaker.text if f.speaker else None) for f in facts] == [("concluded", "Pentagon")]


def test_an_accusation_says_what_its_of_clause_holds(finder: MentionFinder, media: frozenset[str]) -> None:
    """ "X accused Iran of sending arms": X's claim, indirect; the passive "is accused of" names
    no speaker, so it is no quote."""
    text = (
        "On Sunday, in Abu Dhabi, Mr. Bush accused Iran of sending arms to militants in Iraq.\n\n"
        "Iran is accused of supporting militants in Iraq."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.text, f.cue, f.direct, who(f)) for f in facts] == [
        ("sending arms to militants in Iraq", "accused", False, "Bush")
    ]


def test_a_coordinated_passive_cue_and_a_quoted_subject(finder: MentionFinder, media: frozenset[str]) -> None:
    """ "X has been investigated … and has been accused of …": X is spoken of, not the speaker;
    "X was quoted as saying that …" is X's."""
    text = (
        "Oleg Deripaska has been investigated for money laundering, and has been accused of threatening "
        "the lives of business rivals.\n\n"
        "Dalton McGuinty was quoted as saying that the plan works."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.text, who(f)) for f in facts] == [("the plan works", "Dalton McGuinty")]


def test_a_quote_alone_after_a_sentence_about_a_person_is_theirs(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    """A quote opening its own sentence, with no cue, after a sentence whose subject is a person
    (in its paragraph or ending the one before); not after a sentence about no one."""
    text = (
        'Sheriff Clarence Dupnik blamed some extreme rhetoric in the media. "The anger, the hatred, '
        'the bigotry that goes on in this country is getting to be outrageous."\n\n'
        "Foreign minister Maxime Verhagen is pleased by the appointment.\n\n"
        '"It is good news that the choice for this very important function is made for a Dutchman."\n\n'
        'The weather was cold in Brussels. "Nobody expected this much snow in the city."'
    )
    facts = direct(quotes(finder, media, {"text": text}))
    assert [who(f) for f in facts] == ["Clarence Dupnik", "Maxime Verhagen", None]
    assert facts[0].evidence.start == text.index("Clarence")  # the evidence names the speaker


def test_i_in_a_statement_is_its_author(finder: MentionFinder, media: frozenset[str]) -> None:
    """ "I made clear to him that …" in a statement its title gives to a person: that person told
    it; "I am proud to announce that …" is the statement itself."""
    fields: Fields = {
        "title": "Statement from President Joe Biden on the Attacks in Israel",
        "text": "This morning, I spoke with Prime Minister Netanyahu. I made clear to him that we stand "
        "ready to offer all appropriate means of support. Today, I am proud to announce that my "
        "Administration will deploy a new tool.",
    }
    facts = [f for f in quotes(finder, media, fields) if f.span.field == "text"]
    assert [(f.text[:20], f.speaker.text if f.speaker else None) for f in facts] == [
        ("we stand ready to of", "Joe Biden"),
        ("my Administration wi", None),  # the statement's own announcement reports no speech
    ]


def test_an_object_goes_on_through_the_infinitive_after_it(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    """ "underscored the importance of international cooperation to address … and disrupt …": the
    parse hangs the infinitive on the cue, but it goes on saying what the object says."""
    text = (
        "At that meeting, Deputy Secretary Wally Adeyemo underscored the importance of international "
        "cooperation to address the abuse of virtual currency and disrupt the ransomware business model."
    )
    (fact,) = quotes(finder, media, {"text": text})
    assert fact.text == (
        "the importance of international cooperation to address the abuse of virtual currency and "
        "disrupt the ransomware business model"
    )


def test_an_outlet_that_reports_what_happened_speaks(finder: MentionFinder, media: frozenset[str]) -> None:
    """ "According to Reuters, <clause>" with no speech inside: Reuters speaks; "According to IRNA,
    Qaani said that …": IRNA relays Qaani's words."""
    text = (
        "According to Reuters, the prime minister of Hungary arrived in the village on Saturday.\n\n"
        "According to IRNA, Esmail Qaani said that Iran stands with Palestine."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(who(f), f.reported_by.text if f.reported_by else None) for f in facts] == [
        ("Reuters", None),
        ("Esmail Qaani", "IRNA"),
    ]


def test_a_name_set_off_after_according_to_a_title_speaks(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    """ "According to the judge, Anthony Yuen, <clause>": the parse hangs the name on the comma; it
    is the judge's, who speaks, and it is no part of what was said."""
    text = "According to the judge, Anthony Yuen, the light sentence is due to her mental illness."
    (fact,) = quotes(finder, media, {"text": text})
    assert (fact.text, who(fact)) == ("the light sentence is due to her mental illness", "Anthony Yuen")


def test_a_cue_under_a_verb_of_going_on_says_it(finder: MentionFinder, media: frozenset[str]) -> None:
    """ "Martin Lee went on to say that …" says it; "is going to say", "is expected to announce"
    do not (yet)."""
    text = (
        "Martin Lee went on to say that her illness was not discovered until the most recent sentence.\n\n"
        "Martin Lee is going to say that the sentence was wrong."
    )
    facts = quotes(finder, media, {"text": text})
    assert [(f.text[:17], who(f)) for f in facts] == [("her illness was n", "Martin Lee")]


def test_a_participle_going_on_with_a_direct_quote_is_the_cue_s_speaker_s(
    finder: MentionFinder, media: frozenset[str]
) -> None:
    """ "Martin Lee said the ruling was fair, adding "…"": Lee adds it (the parse hangs "adding" on
    the reported clause, whose subject is "the ruling"), and what he said ends before it."""
    text = 'Martin Lee said the ruling was fair, adding "the court has done its duty under the law."'
    facts = quotes(finder, media, {"text": text})
    assert [(f.text, who(f)) for f in facts] == [
        ("the ruling was fair", "Martin Lee"),
        ("the court has done its duty under the law.", "Martin Lee"),
    ]
