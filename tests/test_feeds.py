"""RSS and Atom through feedparser: dates, content, headline-only entries."""

from __future__ import annotations

import pytest

from dabir.ingest.feeds import html_fragment_text, read_feed
from dabir.types import Draft, Rejected, RejectReason, Skipped
from tests.conftest import shared_path

BODY = (
    "<p>"
    + ("The Houthis launched drones at shipping in the Red Sea on Monday. " * 12)
    + "</p><p>Second paragraph.</p>"
)


def rss(items: str, extra: str = "") -> bytes:
    return (
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>  Region Wire  </title>"
        f"<link>https://wire.example/</link><language>en-us</language>{extra}{items}</channel></rss>"
    ).encode()


def drafts(data: bytes) -> list[Draft]:
    found = list(read_feed(data, "feed.xml", max_text_bytes=1_000_000, load_page=None))
    assert all(isinstance(d, Draft) for d in found), found
    return [d for d in found if isinstance(d, Draft)]


def test_rss_entry_with_full_content() -> None:
    item = (
        "<item><title> Drones over the Red Sea </title><guid>urn:1</guid><link>https://wire.example/a?utm_source=rss</link>"
        "<pubDate>Mon, 15 Jan 2024 10:30:00 +0300</pubDate>"
        f"<description><![CDATA[{BODY}]]></description></item>"
    )
    (draft,) = drafts(rss(item))
    assert draft.title == "Drones over the Red Sea"
    assert draft.source.name == "Region Wire"
    assert draft.published is not None and draft.published.value == "2024-01-15T07:30Z"
    assert draft.text.endswith("Second paragraph.") and "\n\n" in draft.text
    assert draft.pending is None
    assert draft.canonical_url == "https://wire.example/a"


def test_entry_without_text_is_headline_only_with_a_reason() -> None:
    item = "<item><title>Readout of a call</title><link>https://wire.example/b</link><pubDate>Tue, 16 Jan 2024 08:00:00 GMT</pubDate></item>"
    (draft,) = drafts(rss(item))
    assert draft.text == "" and draft.title == "Readout of a call"
    assert draft.pending is not None and "fetching linked pages is off" in draft.pending


def test_non_standard_dates_fall_back_to_dateparser_with_the_feed_order() -> None:
    item = f"<item><title>X</title><guid>g</guid><pubDate>01/02/2024 14:05</pubDate><description>{'word ' * 100}</description></item>"
    (draft,) = drafts(rss(item))
    assert draft.published is not None and draft.published.value.startswith("2024-01-02T14:05")


def test_atom_date_alone_stays_a_date() -> None:
    atom = (
        "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>A</title><id>urn:a</id>"
        "<updated>2024-01-01T00:00:00Z</updated><entry><title>T</title><id>urn:e</id>"
        "<published>2024-01-05</published><updated>2024-01-05</updated>"
        f"<content type='html'>{BODY.replace('<', '&lt;')}</content></entry></feed>"
    ).encode()
    (draft,) = drafts(atom)
    assert draft.published is not None and (draft.published.value, draft.published.precision) == (
        "2024-01-05",
        "day",
    )


def test_entity_declarations_are_refused() -> None:
    bomb = b"<?xml version='1.0'?><!DOCTYPE r [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;&a;&a;'>]><rss version='2.0'><channel><title>&b;</title></channel></rss>"
    (rejected,) = list(read_feed(bomb, "bomb.xml", max_text_bytes=1000, load_page=None))
    assert isinstance(rejected, Rejected) and rejected.reason is RejectReason.XML_ENTITIES


def test_an_empty_feed_is_a_note_not_an_error() -> None:
    (note,) = list(read_feed(rss(""), "empty.xml", max_text_bytes=1000, load_page=None))
    assert isinstance(note, Skipped) and "no entries" in note.note


def test_html_fragment_paragraphs() -> None:
    assert html_fragment_text("<p>One&nbsp;two</p><p>Three<br>four</p>") == "One two\n\nThree\nfour"
    assert html_fragment_text("plain text") == "plain text"


def test_the_real_white_house_rss_snapshot() -> None:
    data = shared_path(
        "corpus", "whitehouse-briefing-room", "rss", "briefing-room_2023-10-11T2230Z.xml"
    ).read_bytes()
    found = drafts(data)
    assert len(found) == 30
    assert (
        found[1].title
        == "Readout of President Biden’s Call with President Mohamed bin Zayed of the United Arab Emirates"
    )
    assert found[1].published is not None and found[1].published.value == "2023-10-11T21:39:41Z"
    assert all(d.title == d.title.strip() and "\n" not in d.title for d in found)


@pytest.mark.parametrize(
    ("pub_date", "value", "precision"),
    [
        ("Mon, 17 May 2021 10:30:00 GMT", "2021-05-17T10:30Z", "minute"),
        ("2021/05/17", "2021-05-17", "day"),
        ("17 May 2021", "2021-05-17", "day"),
        ("Mon, 17 May 2021", "2021-05-17", "day"),
        ("17/05/2021 14:05", "2021-05-17T14:05Z", "minute"),
    ],
)
def test_feed_dates_keep_their_precision(pub_date: str, value: str, precision: str) -> None:
    item = f"<item><title>X</title><guid>g</guid><pubDate>{pub_date}</pubDate><description>{'word ' * 100}</description></item>"
    (draft,) = drafts(rss(item).replace(b"<language>en-us</language>", b""))
    assert draft.published is not None
    assert (draft.published.value, draft.published.precision) == (value, precision)
