"""The plain-text layout of the founding sample, and text without it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from dabir.ingest.layout import parse_layout, split_paragraphs
from dabir.ingest.text import derive_headline, first_sentence
from tests.conftest import BUNDLED_SEED


def seed_text() -> str:
    return BUNDLED_SEED.read_text(encoding="utf-8")


def test_seed_layout_parts() -> None:
    layout = parse_layout(seed_text())
    assert layout.caption is not None
    assert layout.caption.text == "Brigadier-General Esmail Qaani (Ghaani), IRGC Qods Force commander."
    assert layout.caption.credit == "MEHR"
    assert layout.published is not None
    assert (layout.published.value, layout.published.precision) == ("2021-05-17", "day")
    assert layout.title is None and layout.byline is None
    assert layout.footer_name == "Track Persia"
    assert layout.footer_text is not None and layout.footer_text.startswith("Track Persia is a Platform")


def test_seed_body_is_the_nine_paragraphs_exactly() -> None:
    text = seed_text()
    layout = parse_layout(text)
    paragraphs = layout.body.split("\n\n")
    assert len(paragraphs) == 9
    assert paragraphs[0].startswith("Iran’s Revolutionary Guards Quds Force commander stressed")
    assert paragraphs[-1].endswith("is everyone’s duty”.")
    assert "About Track Persia" not in layout.body
    assert "MEHR" not in layout.body
    assert layout.body in text  # an exact slice: curly quotes and all


def test_layout_with_title_and_byline() -> None:
    text = (
        "Photo of the meeting in Baghdad. (Photo: Reuters)\n\nMay 3, 2024\n\nBy Jane Doe\n\n"
        "Iraqi factions meet in Baghdad\n\nThe leaders of several factions met on Friday.\n\n"
        "They discussed the elections."
    )
    layout = parse_layout(text)
    assert layout.caption is not None and layout.caption.credit == "Photo: Reuters"
    assert layout.published is not None and layout.published.value == "2024-05-03"
    assert layout.byline == "Jane Doe"
    assert layout.title == "Iraqi factions meet in Baghdad"
    assert layout.body == "The leaders of several factions met on Friday.\n\nThey discussed the elections."


def test_plain_text_without_layout_is_all_body() -> None:
    text = "Officials said on Monday that talks would resume. No date was set.\n\nMore talks are planned."
    layout = parse_layout(text)
    assert layout.body == text
    assert layout.caption is None and layout.published is None and layout.footer_name is None


def test_a_first_paragraph_ending_in_parentheses_is_not_a_caption_without_a_date_line() -> None:
    text = "Officials met the envoy (in private)\n\nThe meeting lasted an hour."
    assert parse_layout(text).caption is None


def test_single_line_paragraphs_without_blank_lines() -> None:
    text = "Share\nNovember 02, 2015\nSOUTHWEST ASIA — On Nov. 1, forces struck targets.\nIraq"
    assert [p.text for p in split_paragraphs(text)] == [
        "Share",
        "November 02, 2015",
        "SOUTHWEST ASIA — On Nov. 1, forces struck targets.",
        "Iraq",
    ]


def test_derived_headline_of_the_seed() -> None:
    headline = derive_headline(parse_layout(seed_text()).body)
    assert headline.startswith("Iran’s Revolutionary Guards Quds Force commander stressed")
    assert headline.endswith("…") and len(headline) <= 111


def test_first_sentence_does_not_stop_at_abbreviations() -> None:
    text = "The U.S. Treasury sanctioned Gen. Ali Hassan on Monday. It said more would follow."
    assert first_sentence(text) == "The U.S. Treasury sanctioned Gen. Ali Hassan on Monday."


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400))
def test_body_is_always_a_slice_of_the_input(text: str) -> None:
    layout = parse_layout(text)
    assert layout.body == "" or layout.body in text


def test_a_lead_ending_in_an_acronym_is_not_a_caption() -> None:
    text = "Iran formally joined the Shanghai Cooperation Organisation (SCO)\n\nThe move was announced in Astana on Tuesday."
    layout = parse_layout(text)
    assert layout.caption is None and layout.body == text


def test_about_the_author_is_not_a_publisher_footer() -> None:
    text = (
        "Officials met in Baghdad on Monday to discuss the budget.\n\nThey will meet again.\n\n"
        "About the author\n\nJane Doe covers Iraq for the paper."
    )
    layout = parse_layout(text)
    assert layout.footer_name is None and "Jane Doe covers Iraq" in layout.body
