"""HTML pages: main text, metadata, figure captions, layout tables, the boilerplate filter."""

from __future__ import annotations

from pathlib import Path

from dabir.ingest.decode import Decoded
from dabir.ingest.html import HtmlPage, PageFailure, decode_html, extract_page
from dabir.settings import Settings
from dabir.workspace import open_workspace

PARAGRAPHS = [
    "Iraq's prime minister met a delegation of Kurdish leaders in Baghdad on Tuesday to discuss the "
    "budget dispute that has delayed salaries in the region for three months.",
    "The talks, the third round this year, ended without an agreement, according to a statement "
    "released by the prime minister's office late on Tuesday evening.",
    "Kurdish officials said they would return to Baghdad next week with a new proposal on oil "
    "exports, which have been halted since March.",
]


def page(body: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"
    )


def article_html(extra: str = "", paragraphs: list[str] = PARAGRAPHS) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return page(
        f"<nav><a href='/'>Home</a><a href='/news'>News</a></nav><article><h1>Talks stall</h1>{extra}{text}</article>"
        "<footer>Copyright 2024 Example News. All rights reserved.</footer>",
        "<title>Talks stall in Baghdad | Example News</title><meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2024-03-05T09:30:00+03:00'>"
        "<meta name='author' content='Jane Doe'><link rel='canonical' href='https://news.example/iraq/talks-stall'>",
    )


def test_article_page_metadata_and_text() -> None:
    found = extract_page(article_html())
    assert isinstance(found, HtmlPage)
    assert found.title == "Talks stall"  # the page's own headline (h1) over its <title>
    assert found.site_name == "Example News"
    assert found.byline == "Jane Doe"
    assert found.published is not None and found.published.value == "2024-03-05T06:30Z"
    assert found.canonical_url == "https://news.example/iraq/talks-stall"
    assert found.text.split("\n\n") == PARAGRAPHS
    assert "Copyright" not in found.text and "Home" not in found.text


def test_figure_caption_and_credit_from_a_credit_element() -> None:
    figure = (
        "<figure><img src='a.jpg'><figcaption>Kurdish and Iraqi officials meet in Baghdad."
        "<span class='credit'>Photo: AFP</span></figcaption></figure>"
    )
    found = extract_page(article_html(figure))
    assert isinstance(found, HtmlPage) and found.caption is not None
    assert found.caption.text == "Kurdish and Iraqi officials meet in Baghdad."
    assert found.caption.credit == "AFP"


def test_figure_caption_with_a_trailing_parenthesized_credit() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>The delegation arrives. (MEHR)</figcaption></figure>"
    found = extract_page(article_html(figure))
    assert isinstance(found, HtmlPage) and found.caption is not None
    assert (found.caption.text, found.caption.credit) == ("The delegation arrives.", "MEHR")


def test_layout_tables_do_not_leave_pipes_but_data_tables_are_kept() -> None:
    layout = "<table><tr><td><div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></td></tr></table>"
    found = extract_page(page(layout))
    assert isinstance(found, HtmlPage) and "|" not in found.text
    assert PARAGRAPHS[0] in found.text


def test_meta_charset_windows_1256() -> None:
    arabic = "قال رئيس الوزراء العراقي إن المحادثات مع الوفد الكردي ستستمر الأسبوع المقبل في بغداد"
    html = (
        f"<html><head><meta charset='windows-1256'></head><body><p>{arabic}</p><p>{arabic}</p></body></html>"
    )
    decoded = decode_html(html.encode("cp1256"))
    assert isinstance(decoded, Decoded) and arabic in decoded.text


def test_a_page_without_text_gives_nothing() -> None:
    assert isinstance(extract_page(page("<nav><a href='/'>Home</a></nav>")), PageFailure)


def test_boilerplate_repeated_across_a_source_is_dropped(tmp_path: Path) -> None:
    subscribe = "Subscribe to our newsletter to get the latest news from Iraq and the region every morning."
    for number in range(4):
        paragraphs = [f"{p} Item {number}." for p in PARAGRAPHS] + [subscribe]
        html = article_html(paragraphs=paragraphs).replace("talks-stall", f"talks-{number}")
        (tmp_path / f"page{number}.html").write_text(html, encoding="utf-8")
    with open_workspace(
        settings=Settings(db=str(tmp_path / "b.db"), fetch_linked_pages=False, extract=False)
    ) as ws:
        summary = ws.ingest([str(tmp_path)])
        assert len(summary.new) == 4
        texts = [ws.article(i).text for i in summary.new]
    assert all(subscribe not in text for text in texts)
    assert all(f"Item {n}." in texts[n] for n in range(4))


def test_boilerplate_learned_later_never_changes_stored_text(tmp_path: Path) -> None:
    """Pages ingested one run at a time: the third teaches that a paragraph is boilerplate;
    ingesting the first page again must still change nothing."""
    subscribe = "Subscribe to our newsletter to get the latest news from Iraq and the region every morning."
    paths = []
    for number in range(3):
        paragraphs = [f"{p} Item {number}." for p in PARAGRAPHS] + [subscribe]
        path = tmp_path / f"page{number}.html"
        html = article_html(paragraphs=paragraphs).replace("talks-stall", f"talks-{number}")
        path.write_text(html, encoding="utf-8")
        paths.append(path)
    with open_workspace(
        settings=Settings(db=str(tmp_path / "b.db"), fetch_linked_pages=False, extract=False)
    ) as ws:
        first = [ws.ingest([str(p)]) for p in paths]
        assert [len(s.new) + len(s.near_duplicate) for s in first] == [1, 1, 1]
        ids = [(s.new + [d.article_id for d in s.near_duplicate])[0] for s in first]
        assert subscribe in ws.article(ids[0]).text  # nothing known yet
        assert subscribe not in ws.article(ids[2]).text  # seen on 3 pages now
        again = ws.ingest([str(p) for p in paths])
        assert again.new == [] and again.revised == [] and len(again.unchanged) == 3
        assert ws.count() == 3


def test_an_edited_page_is_not_its_own_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    with open_workspace(
        settings=Settings(db=str(tmp_path / "e.db"), fetch_linked_pages=False, extract=False)
    ) as ws:
        for edit in range(3):
            paragraphs = [*PARAGRAPHS, f"Correction {edit}: a spokesman said the talks would resume."]
            html = article_html(paragraphs=paragraphs).replace("<link rel='canonical'", "<link rel='other'")
            path.write_text(html, encoding="utf-8")  # no URL: the page is known by its text
            summary = ws.ingest([str(path)])
        (latest,) = summary.new + summary.revised
        text = ws.article(latest).text
    assert text.split("\n\n") == [*PARAGRAPHS, "Correction 2: a spokesman said the talks would resume."]


def test_a_deck_under_the_headline_stays_in_the_text() -> None:
    from dabir.ingest.draft import Fields
    from dabir.ingest.formats import read_html

    deck = "Tehran says electricity exports will double"
    html = page(
        f"<article><h1>Power deal signed</h1><p>{deck}</p>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article>",
        "<title>Power deal signed</title><meta property='article:published_time' content='2024-03-05'>",
    )
    fields = read_html(html.encode(), "page.html", source_hint="test")
    assert isinstance(fields, Fields)
    assert fields.title == "Power deal signed"
    assert fields.text.split("\n\n") == [deck, *PARAGRAPHS]
