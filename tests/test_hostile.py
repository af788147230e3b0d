"""Hostile inputs: each is ingested correctly or rejected with its reason; never a crash, never a
partial record.

Every input is built by the test, in ``tmp_path``. Each case states its outcome exactly (the texts
stored, or the :class:`RejectReason` of every rejection and the input it names), and after every
case the store must be sound: ``integrity_problems() == []``, exactly the expected number of
articles, one stored rejection per rejection, no source without articles, and every stored article
complete (title, text or a pending note, NFC, no NUL, its raw bytes kept).

Cases that reach the store run on SQLite and PostgreSQL (``db_url``); cases decided before the
store (binary files, refused URLs, 50 MB files …) run on SQLite only. Nothing here touches the
network: refused addresses are refused before any connection, and the XML cases that name a URL
point at a local socket that asserts it was never contacted.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import json
import os
import random
import re
import socket
import threading
import unicodedata
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from dabir.types import Article, IngestSummary
from dabir.types import RejectReason as R
from dabir.workspace import Workspace

# --- texts ----------------------------------------------------------------------------------------

ENG = (
    "Iran's foreign minister met his Iraqi counterpart in Baghdad on Sunday to discuss border "
    "security and trade."
)
STORIES = (
    "The port authority in Bandar Abbas said on Monday that container traffic rose by a fifth in "
    "the first quarter.",
    "Farmers in the Nineveh plains expect a smaller wheat harvest this year after a dry winter and "
    "late spring rains.",
    "A new rail link between Basra and Shalamcheh will carry pilgrims and freight once the bridge "
    "is finished.",
    "The central bank raised its main interest rate for the third time this year to slow inflation "
    "in food prices.",
    "Hospital staff in Mosul protested over unpaid salaries outside the provincial council "
    "building on Thursday.",
    "Fishermen on the Caspian coast reported the largest sturgeon catch in a decade, according to "
    "local officials.",
)
ARABIC = (
    "قال قائد فيلق القدس إن إيران تقف إلى جانب الشعب الفلسطيني في مواجهة العدوان. وأضاف أن المقاومة مستمرة."
)
ARABIC_TITLE = "خبر عاجل عن القدس"
FRENCH_1252 = (
    "Le président a déclaré que la réunion était très importante pour l’économie française, selon l’agence."
)
FRENCH_LATIN1 = (
    "Le ministre a précisé que les négociations reprendraient à Genève après l'été, a-t-il ajouté."
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
CAP = 10_000  # the small max_text_bytes used by the size cases


# --- building inputs ------------------------------------------------------------------------------

Build = Callable[[Path], list[str]]  # writes the input under a directory; returns the arguments


def one_file(name: str, data: bytes | Callable[[], bytes]) -> Build:
    def build(root: Path) -> list[str]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data() if callable(data) else data)
        return [str(path)]

    return build


def argument(value: str) -> Build:
    return lambda _root: [value]


def missing(name: str) -> Build:
    return lambda root: [str(root / name)]


def record(number: int, text: Any, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"item-{number}",
        "source": "Test Wire",
        "title": f"Item {number}",
        "text": text,
        **extra,
    }


def jsonl(*lines: dict[str, Any] | str) -> bytes:
    """One JSON object per line; a str is written as it is (a broken or odd line)."""
    out = [line if isinstance(line, str) else json.dumps(line, ensure_ascii=False) for line in lines]
    return "".join(f"{line}\n" for line in out).encode("utf-8")


def rss(*items: str, prolog: str = "", title: str = "Wire Feed") -> bytes:
    return (
        f'<?xml version="1.0" encoding="utf-8"?>{prolog}<rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://wire.example/</link>{''.join(items)}</channel></rss>"
    ).encode()


def rss_item(guid: str, title: str, description: str, extra: str = "") -> str:
    return (
        f"<item><title>{title}</title><link>https://wire.example/{guid}</link><guid>{guid}</guid>"
        f"{extra}<description>{description}</description></item>"
    )


def html_page(title: str, *paragraphs: str, head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head>{head}<title>{title}</title></head><body><article>{body}</article></body></html>"


def billion_laughs() -> bytes:
    """Ten levels of ten: 10⁹ "lol"s (3 GB) if anything expanded it."""
    levels = ['<!ENTITY lol0 "lol">']
    levels += [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(levels) + "\n]>\n"
        '<rss version="2.0"><channel><title>Bomb</title><item><title>&lol9;</title>'
        "<description>&lol9;</description></item></channel></rss>"
    ).encode("ascii")


def quadratic_blowup() -> bytes:
    """One 100 kB entity referenced 10,000 times: 1 GB if expanded."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "' + "A" * 100_000 + '">]>\n'
        '<rss version="2.0"><channel><title>Blowup</title><item><title>'
        + "&a;" * 10_000
        + "</title></item></channel></rss>"
    ).encode("ascii")


def xxe_file() -> bytes:
    return (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
        b'<rss version="2.0"><channel><title>Leak</title><item><title>Leak &xxe;</title>'
        b"<description>&xxe;</description></item></channel></rss>"
    )


def random_bytes(size: int, *, nul: bool = True) -> bytes:
    data = random.Random(20210517).randbytes(size)
    return data if nul else data.replace(b"\x00", b"\x01")


def zip_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", ENG)
    return buffer.getvalue()


def exact_size_text(size: int) -> str:
    """A one-line English text of exactly ``size`` UTF-8 bytes, no surrounding whitespace."""
    base = "The ministers discussed border security and trade at length. " * (size // 40 + 1)
    text = base[: size - 1].rstrip()
    return text + "x" * (size - len(text.encode("utf-8")))


def arabic_over_cap() -> bytes:
    """Fewer than CAP bytes in Windows-1256, more than CAP bytes as UTF-8 text."""
    source, size, end = (ARABIC + " ") * 200, 0, 0
    while size <= CAP or source[end - 1] == " ":
        size, end = size + len(source[end].encode("utf-8")), end + 1
    text = source[:end]
    assert len(text.encode("utf-8")) > CAP > len(text.encode("cp1256"))
    return text.encode("cp1256")


def misdeclared_utf16_page(parity: str) -> bytes:
    data = html_page("Mis-declared", ENG, head='<meta charset="utf-16">').encode()
    if (len(data) % 2 == 0) != (parity == "even"):
        data += b"\n"
    return data


def write_big(path: Path, size: int, line: bytes) -> None:
    """A file of at least ``size`` bytes, written as a repeated chunk (fast)."""
    chunk = line * max(1, (1 << 20) // len(line))
    with path.open("wb") as handle:
        written = 0
        while written < size:
            handle.write(chunk)
            written += len(chunk)


def big_text(root: Path) -> list[str]:
    path = root / "fifty-megabytes.txt"
    root.mkdir(parents=True, exist_ok=True)
    write_big(path, 50 * 1024 * 1024, b"All work and no play makes Jack a dull boy. ")
    return [str(path)]


def big_jsonl_line(root: Path) -> list[str]:
    """One 50 MB JSON line (no newline until the end): over the per-line cap."""
    path = root / "one-line.jsonl"
    root.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(b'{"id": "huge", "title": "Huge", "text": "')
        chunk = b"All work and no play makes Jack a dull boy. " * 20_000
        for _ in range(50 * 1024 * 1024 // len(chunk) + 1):
            handle.write(chunk)
        handle.write(b'"}\n')
        handle.write(json.dumps(record(2, STORIES[0])).encode() + b"\n")
    return [str(path)]


# --- expectations ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Rej:
    """One expected rejection: its reason (or the few acceptable ones), the locator the input label
    carries after the path ("line 2", "entry 1"), and a word its message must contain."""

    reason: R | frozenset[R]
    locator: str = ""
    says: str = ""


Check = Callable[[Workspace, IngestSummary, list[str]], None]


@dataclass(frozen=True)
class Case:
    id: str
    build: Build
    stored: int = 0  # articles stored by the run, and in the store afterwards
    texts: tuple[str, ...] | None = None  # the exact texts stored, in input order
    rejected: tuple[Rej, ...] = ()  # every rejection, in input order
    skipped: int = 0
    check: Check | None = None
    settings: Mapping[str, Any] = field(default_factory=dict)


def run_case(ws: Workspace, case: Case, root: Path) -> IngestSummary:
    arguments = case.build(root)
    summary = ws.ingest(arguments)  # a crash here is a failure: hostile input must not raise
    assert_rejections(summary, arguments[0], case.rejected)
    assert len(summary.skipped) == case.skipped, summary.to_json()["skipped"]
    for skipped in summary.skipped:
        assert skipped.note.strip() and skipped.input.startswith(arguments[0])
    assert len(summary.new) == case.stored, summary.to_json()
    assert summary.near_duplicate == [] and summary.revised == [] and summary.unchanged == []
    if case.texts is not None:
        assert [ws.article(a).text for a in summary.new] == list(case.texts)
    assert_sound(ws, summary, case.stored)
    if case.check is not None:
        case.check(ws, summary, arguments)
    return summary


def assert_rejections(summary: IngestSummary, origin: str, expected: tuple[Rej, ...]) -> None:
    got = [(r.input, r.reason.value, r.message) for r in summary.rejected]
    assert len(summary.rejected) == len(expected), got
    for rejected, want in zip(summary.rejected, expected, strict=True):
        allowed = want.reason if isinstance(want.reason, frozenset) else frozenset({want.reason})
        assert rejected.reason in allowed, (rejected.input, rejected.reason, rejected.message)
        assert rejected.input == (f"{origin} {want.locator}" if want.locator else origin), got
        assert rejected.message.strip(), rejected
        if want.says:
            assert want.says.lower() in rejected.message.lower(), rejected.message


def assert_sound(ws: Workspace, summary: IngestSummary, stored: int, *, exact_inputs: bool = True) -> None:
    """No partial record: the store holds exactly what the summary says, all of it complete."""
    assert ws.integrity_problems() == []
    assert ws.count() == stored
    recorded = ws.rejections(limit=10_000)
    assert sorted(r.reason for r in recorded) == sorted(r.reason.value for r in summary.rejected)
    if exact_inputs:
        assert sorted((r.input, r.reason) for r in recorded) == sorted(
            (r.input, r.reason.value) for r in summary.rejected
        )
    assert all(r.message.strip() for r in recorded)
    sources = ws.sources()
    assert all(s.article_count > 0 for s in sources), sources  # no source left by a failed write
    assert sum(s.article_count for s in sources) == stored
    for article_id in summary.new:
        assert_complete(ws, ws.article(article_id))


def assert_complete(ws: Workspace, article: Article) -> None:
    assert article.title.strip(), f"article {article.id} stored without a title"
    assert article.title == " ".join(article.title.split())
    assert article.text == article.text.strip()
    assert article.text or article.pending
    for value in (article.title, article.text):
        assert "\x00" not in value and "\r" not in value
        assert unicodedata.is_normalized("NFC", value)
    assert article.revision == 1 and article.story == article.id
    assert ws.raw(article.id), "the raw bytes of a stored article are kept"


def only_article(ws: Workspace, summary: IngestSummary) -> Article:
    assert len(summary.new) == 1
    return ws.article(summary.new[0])


def articles(ws: Workspace, summary: IngestSummary) -> list[Article]:
    return [ws.article(a) for a in summary.new]


# --- checks used by the tables --------------------------------------------------------------------


def language_and_encoding(language: str, encoding: str | frozenset[str]) -> Check:
    def check(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
        article = only_article(ws, summary)
        assert article.language == language
        allowed = encoding if isinstance(encoding, frozenset) else frozenset({encoding})
        assert article.encoding in allowed

    return check


def check_arabic_html(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    article = only_article(ws, summary)
    assert article.title == ARABIC_TITLE
    assert article.text == ARABIC
    assert article.language == "ar"


def check_truncated_html(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    article = only_article(ws, summary)
    assert article.title == "Cut short"
    assert article.text == f"{ENG}\n\n{STORIES[0][:40].strip()}"
    assert "<" not in article.text


def check_nfd(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    article = only_article(ws, summary)
    assert article.text == NFD_SOURCE and article.text != unicodedata.normalize("NFD", NFD_SOURCE)
    assert unicodedata.is_normalized("NFC", article.title)
    assert article.language == "fr"


def check_entities_feed(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    first, second = articles(ws, summary)
    assert first.title == "Talks resume — in Baghdad"
    assert first.text.startswith(ENG) and first.text.endswith("Officials said “progress” was made.")
    assert "&nbsp;" not in first.text and "&ldquo;" not in first.text
    assert second.title == "Second item"
    assert first.source.name == second.source.name == "Wire Feed"


def check_published_none(*, allow_year_9999: bool) -> Check:
    def check(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
        for article in articles(ws, summary):
            published = article.published
            if allow_year_9999 and published is not None:
                assert published.value.startswith("9999"), published
            else:
                assert published is None, published

    return check


def check_jsonl_published_warnings(ws: Workspace, summary: IngestSummary, args: list[str]) -> None:
    check_published_none(allow_year_9999=False)(ws, summary, args)
    for article in articles(ws, summary):
        warnings = article.metadata.get("ingest_warnings", [])
        assert any(w.startswith("published:") for w in warnings), article.metadata


def check_at_cap(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    assert len(only_article(ws, summary).text.encode("utf-8")) == CAP


def check_quotes(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    article = only_article(ws, summary)
    assert article.text == '"' * 10_000
    assert 0 < len(article.title) <= 111 and article.title.startswith('"')


def check_no_leak(ws: Workspace, _summary: IngestSummary, _args: list[str]) -> None:
    for record_ in ws.rejections():
        assert "root:" not in record_.message
    assert ws.search("root") == []


def check_not_expanded(ws: Workspace, _summary: IngestSummary, _args: list[str]) -> None:
    for record_ in ws.rejections():
        assert "lollol" not in record_.message and "AAAAAAAA" not in record_.message


def check_oversized_entry(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
    article = only_article(ws, summary)
    assert article.title == "Short entry" and article.text == STORIES[1]


def title_is(title: str) -> Check:
    def check(ws: Workspace, summary: IngestSummary, _args: list[str]) -> None:
        assert only_article(ws, summary).title == title

    return check


NFD_SOURCE = unicodedata.normalize(
    "NFC",
    "Le café de l’été à Genève: résumé des négociations entre les délégations, a déclaré le ministre.",
)
MIXED_NEWLINES = (
    b"Line one of the report on the harbour and its cranes.\r\nLine two follows here.\r"
    b"Line three comes next.\nLine four ends it.\r\n\r\nA second paragraph after a CRLF blank line."
    b"\r\rA third paragraph after a CR blank line."
)
DEEP_JSON = "[" * 50_000 + "]" * 50_000
TRUNCATED_HTML = (
    f"<html><head><title>Cut short</title></head><body><article><p>{ENG}</p><p>{STORIES[0][:40]} <a hr"
).encode()


# --- cases that reach the store: both back ends --------------------------------------------------

STORE_CASES = [
    # encodings and Unicode
    Case(
        "windows-1256-arabic",
        one_file("khabar.txt", ARABIC.encode("cp1256")),
        stored=1,
        texts=(ARABIC,),
        check=language_and_encoding("ar", "windows-1256"),
    ),
    Case(
        "utf-16-le-with-bom",
        one_file("utf16-bom.txt", codecs.BOM_UTF16_LE + ENG.encode("utf-16-le")),
        stored=1,
        texts=(ENG,),
        check=language_and_encoding("en", "utf-16"),
    ),
    Case(
        "utf-16-le-without-bom",
        one_file("utf16.txt", ENG.encode("utf-16-le")),
        stored=1,
        texts=(ENG,),
        check=language_and_encoding("en", "utf-16-le"),
    ),
    Case(
        "utf-16-be-without-bom",
        one_file("utf16be.txt", STORIES[0].encode("utf-16-be")),
        stored=1,
        texts=(STORIES[0],),
        check=language_and_encoding("en", "utf-16-be"),
    ),
    Case(
        "utf-8-with-bom",
        one_file("utf8-bom.txt", codecs.BOM_UTF8 + ENG.encode("utf-8")),
        stored=1,
        texts=(ENG,),
        check=language_and_encoding("en", "utf-8"),
    ),
    Case(
        "windows-1252-french",
        one_file("depeche.txt", FRENCH_1252.encode("cp1252")),
        stored=1,
        texts=(FRENCH_1252,),
        check=language_and_encoding("fr", "windows-1252"),
    ),
    Case(
        "latin-1-french",
        one_file("depeche-latin1.txt", FRENCH_LATIN1.encode("latin-1")),
        stored=1,
        texts=(FRENCH_LATIN1,),
        check=language_and_encoding("fr", frozenset({"windows-1252", "iso-8859-1"})),
    ),
    Case(
        "mixed-crlf-cr-lf-newlines",
        one_file("newlines.txt", MIXED_NEWLINES),
        stored=1,
        texts=(MIXED_NEWLINES.decode().replace("\r\n", "\n").replace("\r", "\n"),),
    ),
    Case(
        "nfd-decomposed-unicode-stored-nfc",
        one_file("nfd.txt", unicodedata.normalize("NFD", NFD_SOURCE).encode("utf-8")),
        stored=1,
        texts=(NFD_SOURCE,),
        check=check_nfd,
    ),
    Case(
        "nul-escaped-in-json-text-is-dropped",
        one_file("nul.jsonl", jsonl(record(1, "Before\u0000after: " + STORIES[2]))),
        stored=1,
        texts=("Beforeafter: " + STORIES[2],),
    ),
    Case(
        "ten-thousand-quote-marks",
        one_file("quotes.txt", b'"' * 10_000),
        stored=1,
        check=check_quotes,
    ),
    Case("single-letter", one_file("x.txt", b"x"), stored=1, texts=("x",), check=title_is("x")),
    Case(
        "punctuation-only",
        one_file("punct.txt", b"!?;:-- ... !!! ??? ***"),
        stored=1,
        texts=("!?;:-- ... !!! ??? ***",),
    ),
    # A text without words is still stored (later stages record what they cannot do), with the
    # text itself as its headline rather than an empty one.
    Case("single-period", one_file("dot.txt", b"."), stored=1, texts=(".",)),
    Case("single-ellipsis", one_file("ellipsis.txt", "…".encode()), stored=1, texts=("…",)),
    # HTML
    Case(
        "html-truncated-mid-tag",
        one_file("cut.html", TRUNCATED_HTML),
        stored=1,
        check=check_truncated_html,
    ),
    Case(
        "html-windows-1256-meta-charset",
        one_file(
            "khabar.html",
            html_page(ARABIC_TITLE, ARABIC, head='<meta charset="windows-1256">').encode("cp1256"),
        ),
        stored=1,
        check=check_arabic_html,
    ),
    Case(
        "html-windows-1256-http-equiv",
        one_file(
            "khabar-equiv.html",
            html_page(
                ARABIC_TITLE,
                ARABIC,
                head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
            ).encode("cp1256"),
        ),
        stored=1,
        check=check_arabic_html,
    ),
    # Regression (fixed): an ASCII page that declares <meta charset="utf-16"> is decoded as UTF-16 when its
    # length is even: CJK garbage, then "no-content" (or, for other pages, the garbage is stored).
    # Odd length: the UTF-16 decode fails and detection wins.
    *[
        Case(
            f"html-meta-charset-utf-16-misdeclared-{parity}-length",
            one_file(f"misdeclared-{parity}.html", misdeclared_utf16_page(parity)),
            stored=1,
            texts=(ENG,),
            check=title_is("Mis-declared"),
        )
        for parity in ("even", "odd")
    ],
    # Regression (fixed): a publication date past year 9999 in UTC raises OverflowError (crash).
    Case(
        "html-published-out-of-range",
        one_file(
            "far-future.html",
            html_page(
                "Far future",
                ENG,
                head='<meta property="article:published_time" content="9999-12-31T23:59:59-23:59">',
            ).encode(),
        ),
        stored=1,
        texts=(ENG,),
        check=check_published_none(allow_year_9999=True),
    ),
    # feeds
    Case(
        "rss-with-html-entities",
        one_file(
            "entities.xml",
            rss(
                rss_item(
                    "a1",
                    "Talks&nbsp;resume &mdash; in Baghdad",
                    f"{ENG} Officials said &ldquo;progress&rdquo; was made.",
                ),
                rss_item("a2", "Second&nbsp;item", STORIES[1]),
                title="Wire&nbsp;Feed",
            ),
        ),
        stored=2,
        check=check_entities_feed,
    ),
    Case(
        "rss-entry-over-max-text-bytes",
        one_file(
            "oversized-entry.xml",
            rss(
                rss_item("s1", "Short entry", STORIES[1]),
                rss_item("s2", "Long entry", exact_size_text(CAP + 2_000)),
            ),
        ),
        stored=1,
        rejected=(Rej(R.TOO_LARGE, "entry 2", "max_text_bytes"),),
        check=check_oversized_entry,
        settings={"max_text_bytes": CAP},
    ),
    # Regression (fixed): a pubDate whose UTC instant is past 9999 raises ValueError (crash).
    Case(
        "rss-pubdate-out-of-range",
        one_file(
            "far-future.xml",
            rss(rss_item("f1", "Far", STORIES[2], "<pubDate>9999-12-31T23:59:59-23:59</pubDate>")),
        ),
        stored=1,
        texts=(STORIES[2],),
        check=check_published_none(allow_year_9999=True),
    ),
    # Regression (fixed): an unreadable pubDate makes _entry_date read entry["updated"], feedparser's
    # deprecated fallback: a DeprecationWarning, an error under this suite's filterwarnings.
    Case(
        "rss-pubdate-unreadable",
        one_file(
            "bad-date.xml",
            rss(rss_item("u1", "Undated", STORIES[3], "<pubDate>not a date at all</pubDate>")),
        ),
        stored=1,
        texts=(STORIES[3],),
        check=check_published_none(allow_year_9999=False),
    ),
    # Regression (fixed): dateparser turns a relative phrase into a date computed from the clock (invented, and
    # different on every run, so the content hash changes and a re-ingest makes a revision).
    Case(
        "rss-pubdate-relative-phrase",
        one_file(
            "relative-date.xml",
            rss(rss_item("r1", "Relative", STORIES[4], "<pubDate>the day after tomorrow</pubDate>")),
        ),
        stored=1,
        texts=(STORIES[4],),
        check=check_published_none(allow_year_9999=False),
    ),
    # size caps on the article text
    Case(
        "text-exactly-max-text-bytes",
        one_file("at-cap.txt", exact_size_text(CAP).encode()),
        stored=1,
        check=check_at_cap,
        settings={"max_text_bytes": CAP},
    ),
    Case(
        "text-one-byte-over-max-text-bytes",
        one_file("over-cap.txt", exact_size_text(CAP + 1).encode()),
        rejected=(Rej(R.TOO_LARGE, says="10,000"),),
        settings={"max_text_bytes": CAP},
    ),
    Case(
        "arabic-under-cap-as-bytes-over-cap-as-utf8",
        one_file("arabic-cap.txt", arabic_over_cap),
        rejected=(Rej(R.TOO_LARGE, says="10,000"),),
        settings={"max_text_bytes": CAP},
    ),
    # JSON lines
    Case(
        "jsonl-invalid-line-among-good-lines",
        one_file(
            "mixed.jsonl",
            jsonl(
                record(1, STORIES[0]),
                '{"id": "broken", "text": "unterminated',
                record(2, STORIES[1]),
                "",
                record(3, STORIES[2]),
            ),
        ),
        stored=3,
        texts=STORIES[:3],
        rejected=(Rej(R.MALFORMED_JSON, "line 2", "invalid JSON"),),
    ),
    Case(
        "jsonl-arrays-and-scalars-instead-of-objects",
        one_file(
            "not-objects.jsonl",
            jsonl(
                json.dumps([record(1, STORIES[0])]),
                '"just a string"',
                "42",
                "null",
                record(5, STORIES[3]),
            ),
        ),
        stored=1,
        texts=(STORIES[3],),
        rejected=tuple(Rej(R.MALFORMED_JSON, f"line {n}", "object") for n in (1, 2, 3, 4)),
    ),
    Case(
        "jsonl-wrong-field-types",
        one_file(
            "types.jsonl",
            jsonl(
                record(1, 42),
                record(2, STORIES[0], title=["a", "list"]),
                record(3, STORIES[1], authors="Not A List"),
                {**record(4, STORIES[2]), "id": {"nested": 1}},
                record(5, STORIES[3]),
            ),
        ),
        stored=1,
        texts=(STORIES[3],),
        rejected=(
            Rej(R.INVALID_FIELD, "line 1", '"text"'),
            Rej(R.INVALID_FIELD, "line 2", '"title"'),
            Rej(R.INVALID_FIELD, "line 3", '"authors"'),
            Rej(R.INVALID_FIELD, "line 4", '"id"'),
        ),
    ),
    # Regression (fixed): a boolean id passes the "string or number" check (bool is an int): id true → "True".
    Case(
        "jsonl-boolean-id",
        one_file("bool-id.jsonl", jsonl({**record(1, STORIES[0]), "id": True}, record(2, STORIES[1]))),
        stored=1,
        texts=(STORIES[1],),
        rejected=(Rej(R.INVALID_FIELD, "line 1", '"id"'),),
    ),
    Case(
        "jsonl-missing-text-and-title",
        one_file(
            "missing.jsonl",
            jsonl(
                {"id": "m1", "url": "https://wire.example/m1"},
                {"id": "m2", "title": "", "text": ""},
                {"id": "m3", "title": None, "text": None},
                record(4, STORIES[4]),
            ),
        ),
        stored=1,
        texts=(STORIES[4],),
        rejected=tuple(Rej(R.MISSING_FIELD, f"line {n}", '"text"') for n in (1, 2, 3)),
    ),
    Case(
        "jsonl-huge-line-over-cap",
        one_file("huge-line.jsonl", jsonl(record(1, "x" * 200_000), record(2, STORIES[5]))),
        stored=1,
        texts=(STORIES[5],),
        rejected=(Rej(R.TOO_LARGE, "line 1", "max_text_bytes"),),
        settings={"max_text_bytes": CAP},
    ),
    # Regression (fixed): json.loads raises RecursionError on deep nesting (crash, in shared_urls_in_jsonl).
    Case(
        "jsonl-deeply-nested-array",
        one_file("deep.jsonl", jsonl(record(1, STORIES[0]), DEEP_JSON, record(3, STORIES[1]))),
        stored=2,
        texts=STORIES[:2],
        rejected=(Rej(R.MALFORMED_JSON, "line 2"),),
    ),
    Case(
        "jsonl-deeply-nested-extra-field",
        one_file(
            "deep-field.jsonl",
            jsonl(
                json.dumps(record(1, STORIES[0]))[:-1] + f', "extra": {DEEP_JSON}}}',
                record(2, STORIES[1]),
            ),
        ),
        stored=1,
        texts=(STORIES[1],),
        rejected=(Rej(frozenset({R.MALFORMED_JSON, R.INVALID_FIELD}), "line 1"),),
    ),
    # Regression (fixed): an integer of more than 4300 digits makes json.loads raise ValueError (crash).
    Case(
        "jsonl-integer-with-5000-digits",
        one_file(
            "bigint.jsonl",
            jsonl('{"id": ' + "9" * 5000 + ', "title": "Big id", "text": "x"}', record(2, STORIES[1])),
        ),
        stored=1,
        texts=(STORIES[1],),
        rejected=(Rej(frozenset({R.MALFORMED_JSON, R.INVALID_FIELD}), "line 1"),),
    ),
    # Regression (fixed): "\ud800" (a lone surrogate) passes the reader and crashes the content hash.
    Case(
        "jsonl-lone-surrogate",
        one_file(
            "surrogate.jsonl",
            b'{"id": "s1", "title": "Surrogate", "text": "Broken \\ud800 surrogate here."}\n'
            + jsonl(record(2, STORIES[2])),
        ),
        stored=2,
        texts=("Broken \ufffd surrogate here.", STORIES[2]),
    ),  # a lone surrogate cannot be stored: it becomes U+FFFD, and nothing else is lost
    # Regression (fixed): NaN is not JSON; SQLite stores it, PostgreSQL refuses it (store-failed).
    Case(
        "jsonl-nan-in-metadata",
        one_file(
            "nan.jsonl",
            json.dumps(record(1, STORIES[0]))[:-1].encode()
            + b', "score": NaN}\n'
            + jsonl(record(2, STORIES[1])),
        ),
        stored=1,
        texts=(STORIES[1],),
        rejected=(Rej(frozenset({R.MALFORMED_JSON, R.INVALID_FIELD}), "line 1"),),
    ),
    # Regression (fixed): out-of-range dates raise OverflowError (crash) instead of a "published:" warning.
    Case(
        "jsonl-published-out-of-range",
        one_file(
            "dates.jsonl",
            jsonl(
                record(1, STORIES[0], published=1e20),
                record(2, STORIES[1], published="9999-12-31T23:59:59-23:59"),
                record(3, STORIES[2], published={"year": 2021}),
            ),
        ),
        stored=3,
        texts=STORIES[:3],
        check=check_jsonl_published_warnings,
    ),
]


# --- cases decided before the store: SQLite -----------------------------------------------------

REFUSED_ADDRESSES = [
    "http://127.0.0.1:9/",
    "http://localhost:9/feed.xml",
    "http://[::1]:9/",
    "http://10.0.0.1:9/news",
    "http://169.254.169.254/latest/meta-data/",
    "http://0x7f000001:9/",
    "https://192.168.0.1:9/",
]
REFUSED_SCHEMES = ["ftp://example.com/news.txt", "file:///etc/passwd", "gopher://127.0.0.1:9/"]

READ_CASES = [
    # binary
    Case("png-header", one_file("photo.txt", PNG + bytes(64)), rejected=(Rej(R.BINARY, says="PNG"),)),
    Case("random-bytes", one_file("noise.txt", random_bytes(4096)), rejected=(Rej(R.BINARY),)),
    Case(
        "random-bytes-without-nul",
        one_file("noise2.txt", random_bytes(4096, nul=False)),
        rejected=(Rej(R.BINARY),),
    ),
    Case("zip-archive", one_file("report.docx", zip_archive), rejected=(Rej(R.BINARY, says="ZIP"),)),
    Case(
        "elf-executable",
        one_file("a.out", b"\x7fELF\x02\x01\x01\x00" + bytes(56) + ENG.encode()),
        rejected=(Rej(R.BINARY, says="ELF"),),
    ),
    Case(
        "gzip-data",
        one_file("story.txt.gz.txt", gzip.compress(ENG.encode(), mtime=0)),
        rejected=(Rej(R.BINARY, says="gzip"),),
    ),
    Case(
        "pdf-document",
        one_file("paper.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        rejected=(Rej(R.BINARY, says="PDF"),),
    ),
    Case(
        "nul-bytes-inside-text",
        one_file("nul.txt", b"The council met on Monday\x00 and agreed\x00 to a new budget for schools."),
        rejected=(Rej(R.BINARY, says="NUL"),),
    ),
    # Regression (fixed): a text that happens to begin with "MZ" is taken for a Windows executable.
    Case(
        "text-beginning-with-mz",
        one_file("mz.txt", ("MZ Anwar, the deputy minister, said on Tuesday that " + ENG).encode()),
        stored=1,
        texts=("MZ Anwar, the deputy minister, said on Tuesday that " + ENG,),
    ),
    # empty
    Case("empty-file", one_file("empty.txt", b""), rejected=(Rej(R.EMPTY),)),
    Case("whitespace-only", one_file("blank.txt", b" \t\r\n \n\x0c  "), rejected=(Rej(R.EMPTY),)),
    Case("utf-8-bom-only", one_file("bom.txt", codecs.BOM_UTF8), rejected=(Rej(R.EMPTY),)),
    Case(
        "utf-16-bom-and-spaces-only",
        one_file("bom16.txt", codecs.BOM_UTF16_LE + "  \n ".encode("utf-16-le")),
        rejected=(Rej(R.EMPTY),),
    ),
    Case("empty-html", one_file("empty.html", b""), rejected=(Rej(R.EMPTY),)),
    # Regression (fixed): only invisible characters (zero-width space, direction marks, word joiner) is stored.
    Case(
        "invisible-characters-only",
        one_file("invisible.txt", "\u200b\u200e\u200f\u2060\u200b".encode()),
        rejected=(Rej(R.EMPTY),),
    ),
    # undecodable
    Case(
        "utf-8-bom-then-invalid-bytes",
        one_file("bad-utf8.txt", codecs.BOM_UTF8 + b"Caf\xe9 au lait was served at the meeting."),
        rejected=(Rej(R.UNDECODABLE, says="utf-8"),),
    ),
    Case(
        "utf-16-bom-odd-length",
        one_file("odd16.txt", codecs.BOM_UTF16_LE + ENG.encode("utf-16-le") + b"x"),
        rejected=(Rej(R.UNDECODABLE, says="utf-16"),),
    ),
    # HTML
    Case(
        "html-without-body-text",
        one_file(
            "no-body.html",
            b"<html><head><title>Only a title</title><script>var a = 1;</script></head>"
            b"<body><div>  </div><img src='x.png'></body></html>",
        ),
        rejected=(Rej(R.NO_CONTENT),),
    ),
    # XML safety
    Case(
        "billion-laughs-feed",
        one_file("bomb.xml", billion_laughs),
        rejected=(Rej(R.XML_ENTITIES, says="without expanding"),),
        check=check_not_expanded,
    ),
    Case(
        "billion-laughs-named-txt",
        one_file("bomb.txt", billion_laughs),
        rejected=(Rej(R.XML_ENTITIES),),
        check=check_not_expanded,
    ),
    Case(
        "quadratic-blowup-feed",
        one_file("blowup.rss", quadratic_blowup),
        rejected=(Rej(R.XML_ENTITIES),),
        check=check_not_expanded,
    ),
    Case(
        "xxe-file-etc-passwd",
        one_file("xxe.xml", xxe_file()),
        rejected=(Rej(R.XML_ENTITIES),),
        check=check_no_leak,
    ),
    # malformed feeds
    Case(
        "malformed-feed-no-entries",
        one_file("garbage.xml", b"<rss version='2.0'><<<channel>>> & garbage <item"),
        rejected=(Rej(R.MALFORMED_FEED, says="malformed"),),
    ),
    Case(
        "feed-cut-before-first-item",
        one_file(
            "cut-early.xml",
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><it',
        ),
        rejected=(Rej(R.MALFORMED_FEED),),
    ),
    # Regression (fixed): feedparser recovers an empty entry; it is rejected "empty" as "entry 1", not the feed.
    Case(
        "feed-cut-inside-first-item",
        one_file(
            "cut-item.xml",
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut</title><item><title>Hi</ti',
        ),
        rejected=(Rej(R.MALFORMED_FEED),),
    ),
    Case(
        "xml-that-is-not-a-feed",
        one_file("note.xml", b'<?xml version="1.0"?><note><to>Tove</to><body>Hi</body></note>'),
        rejected=(Rej(R.MALFORMED_FEED, says="not an RSS or Atom feed"),),
    ),
    Case(
        "valid-feed-without-entries",
        one_file("quiet.xml", rss()),
        skipped=1,
    ),
    # Regression (fixed): a plain-text story that mentions "<feed>" is parsed as a feed and rejected.
    Case(
        "plain-text-mentioning-feed-tag",
        one_file("atom-story.txt", ("Developers said the <feed> element was misused. " + ENG).encode()),
        stored=1,
        texts=("Developers said the <feed> element was misused. " + ENG,),
    ),
    # whole-input size cap
    Case(
        "fifty-megabyte-text-file",
        big_text,
        rejected=(Rej(R.TOO_LARGE, says="max_input_bytes"),),
    ),
    Case(
        "fifty-megabyte-json-line",
        big_jsonl_line,
        stored=1,
        texts=(STORIES[0],),
        rejected=(Rej(R.TOO_LARGE, "line 1", "max_text_bytes"),),
    ),
    # arguments
    *[
        Case(f"refused-address {url}", argument(url), rejected=(Rej(R.REFUSED_ADDRESS, says=url),))
        for url in REFUSED_ADDRESSES
    ],
    *[
        Case(f"refused-scheme {url}", argument(url), rejected=(Rej(R.REFUSED_SCHEME),))
        for url in REFUSED_SCHEMES
    ],
    Case("nonexistent-path", missing("no-such-file.txt"), rejected=(Rej(R.NOT_FOUND),)),
    Case("glob-matching-nothing", missing("nothing-*.jsonl"), rejected=(Rej(R.NOT_FOUND),)),
]


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in STORE_CASES])
def test_hostile_input_on_both_back_ends(
    make_workspace: Callable[..., Workspace], db_url: str, tmp_path: Path, case: Case
) -> None:
    run_case(make_workspace(db_url, **case.settings), case, tmp_path / "in")


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in READ_CASES])
def test_hostile_input(make_workspace: Callable[..., Workspace], tmp_path: Path, case: Case) -> None:
    root = tmp_path / "in"
    try:
        run_case(make_workspace(**case.settings), case, root)
    finally:  # do not leave the 50 MB inputs behind in pytest's kept tmp directories
        for path in root.rglob("*") if root.exists() else ():
            if path.is_file() and path.stat().st_size > 1 << 20:
                path.unlink()


# --- cases with their own shape -------------------------------------------------------------------


def test_directory_of_good_and_bad_files(workspace: Workspace, tmp_path: Path) -> None:
    root = tmp_path / "in" / "mixed"
    files: dict[str, bytes] = {
        "a-good.txt": STORIES[0].encode(),
        "b-story.html": html_page("Harbour story", STORIES[1]).encode(),
        "c-items.jsonl": jsonl(record(1, STORIES[2]), "{broken", record(3, STORIES[3])),
        "d-photo.txt": PNG + bytes(32),
        "e-empty.html": b"",
        "f-bomb.xml": billion_laughs(),
        "README.md": b"# About this folder\n",
        "LICENSE": b"CC-BY 4.0\n",
        "table.csv": b"a,b\n1,2\n",
        "image.png": PNG,
        ".hidden.txt": STORIES[5].encode(),
        "sub/g-more.txt": STORIES[4].encode(),
    }
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)

    summary = workspace.ingest([str(root)])

    assert sorted((r.input, r.reason) for r in summary.rejected) == [
        (f"{root}/c-items.jsonl line 2", R.MALFORMED_JSON),
        (f"{root}/d-photo.txt", R.BINARY),
        (f"{root}/e-empty.html", R.EMPTY),
        (f"{root}/f-bomb.xml", R.XML_ENTITIES),
    ]
    assert all(r.message.strip() for r in summary.rejected)
    assert sorted(s.input for s in summary.skipped) == [
        f"{root}/{name}" for name in ("LICENSE", "README.md", "image.png", "table.csv")
    ]
    assert all(s.note.startswith("skipped:") for s in summary.skipped)
    assert sorted(ws_article.text for ws_article in articles(workspace, summary)) == sorted(STORIES[:5])
    assert summary.near_duplicate == []
    assert_sound(workspace, summary, 5)


def test_file_name_with_spaces_and_non_ascii(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "in" / "weird dir" / "Café résumé – خبر ١ (final).txt"
    path.parent.mkdir(parents=True)
    path.write_bytes(ENG.encode())
    empty = path.with_name("تهی  empty ☃.txt")
    empty.write_bytes(b"")

    summary = workspace.ingest([str(path), str(empty)])

    article = only_article(workspace, summary)
    assert article.text == ENG and article.input == str(path)
    assert [(r.input, r.reason) for r in summary.rejected] == [(str(empty), R.EMPTY)]
    assert_sound(workspace, summary, 1)


def test_file_name_that_is_not_utf8(workspace: Workspace, tmp_path: Path) -> None:
    """Regression (fixed): a Latin-1 file name (not UTF-8) gives a path with surrogate escapes; storing it raises
    UnicodeEncodeError (crash) on both back ends."""
    root = tmp_path / "in" / "names"
    root.mkdir(parents=True)
    good = os.path.join(os.fsencode(root), b"caf\xe9 story.txt")
    empty = os.path.join(os.fsencode(root), b"empty \xff.txt")
    with open(good, "wb") as handle:
        handle.write(STORIES[3].encode())
    with open(empty, "wb") as handle:
        handle.write(b"")

    summary = workspace.ingest([str(root)])

    article = only_article(workspace, summary)
    assert article.text == STORIES[3] and article.input.endswith(" story.txt")
    assert [r.reason for r in summary.rejected] == [R.EMPTY]
    assert [r.reason for r in workspace.rejections()] == ["empty"]
    assert "empty" in workspace.rejections()[0].input
    assert_sound(workspace, summary, 1, exact_inputs=False)


@pytest.mark.parametrize("layout", ["text-inside-the-nest", "nest-between-paragraphs"])
def test_deeply_nested_html(make_workspace: Callable[..., Workspace], tmp_path: Path, layout: str) -> None:
    """5000 nested <div>s. Regression (fixed): lxml stops at depth 255 and drops everything below and after it:
    the first layout is rejected "no readable main text" although the page has text, the second
    is stored without its last paragraph (a partial record). Correct: the whole text, or a
    rejection that says the page nests too deep."""
    ws = make_workspace()
    nest = "<div>" * 5000 + STORIES[2] + "</div>" * 5000
    if layout == "text-inside-the-nest":
        body, parts = nest, [STORIES[2]]
    else:
        body, parts = (
            f"<p>{STORIES[0]}</p>{nest}<p>{STORIES[1]}</p>",
            [STORIES[0], STORIES[2], STORIES[1]],
        )
    path = tmp_path / "in" / "deep.html"
    path.parent.mkdir(parents=True)
    path.write_text(f"<html><head><title>Deep</title></head><body><article>{body}</article></body></html>")

    summary = ws.ingest([str(path)])

    if summary.new:
        assert summary.rejected == []
        text = only_article(ws, summary).text
        missing_parts = [p[:30] for p in parts if p not in text]
        assert missing_parts == [], f"stored without {missing_parts}: a partial record"
        stored = 1
    else:
        [rejected] = summary.rejected
        assert rejected.input == str(path) and rejected.reason in (R.NO_CONTENT, R.UNSUPPORTED)
        assert re.search(r"nest|deep|depth", rejected.message, re.I), rejected.message
        stored = 0
    assert_sound(ws, summary, stored)


def test_utf16_json_lines_all_or_nothing(workspace: Workspace, tmp_path: Path) -> None:
    """JSON lines saved as UTF-16 (Windows "Unicode"). Regression (fixed): the file was split on the byte 0x0A, so
    line 1 is "undecodable", line 2 happens to decode as UTF-16-BE and is stored, line 3 is
    "binary". Correct: every record read, or every line refused for the encoding, consistently."""
    data = codecs.BOM_UTF16_LE + jsonl(record(1, STORIES[0]), record(2, STORIES[1])).decode().encode(
        "utf-16-le"
    )
    path = tmp_path / "in" / "unicode.jsonl"
    path.parent.mkdir(parents=True)
    path.write_bytes(data)

    summary = workspace.ingest([str(path)])

    outcome = (
        [a.text for a in articles(workspace, summary)],
        [(r.input, r.reason.value) for r in summary.rejected],
    )
    if summary.new:
        assert outcome == (list(STORIES[:2]), [])
        assert_sound(workspace, summary, 2)
    else:
        assert summary.rejected and all(r.reason is R.UNDECODABLE for r in summary.rejected), outcome
        assert all(r.input.startswith(str(path)) for r in summary.rejected)
        assert_sound(workspace, summary, 0)


@pytest.mark.parametrize("kind", ["entity-over-http", "parameter-entity", "external-dtd-only"])
def test_xml_never_fetches_external_resources(
    make_workspace: Callable[..., Workspace], tmp_path: Path, kind: str
) -> None:
    ws = make_workspace()
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        listener.setblocking(False)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/evil"
        prolog = {
            "entity-over-http": f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{url}">]>',
            "parameter-entity": f'<!DOCTYPE rss [<!ENTITY % remote SYSTEM "{url}"> %remote;]>',
            "external-dtd-only": f'<!DOCTYPE rss SYSTEM "{url}.dtd">',
        }[kind]
        title = "Leak &xxe;" if kind == "entity-over-http" else "Entry one"
        path = tmp_path / "in" / f"{kind}.xml"
        path.parent.mkdir(parents=True)
        path.write_bytes(rss(rss_item("e1", title, STORIES[3]), prolog=prolog))

        summary = ws.ingest([str(path)])

        with pytest.raises(BlockingIOError):
            connection, _ = listener.accept()  # a pending connection means the XML was resolved
            connection.close()
    if kind == "external-dtd-only":  # no entity declared: the feed is read, the DTD is not fetched
        assert summary.rejected == []
        assert only_article(ws, summary).text == STORIES[3]
        assert_sound(ws, summary, 1)
    else:
        assert [(r.input, r.reason) for r in summary.rejected] == [(str(path), R.XML_ENTITIES)]
        assert_sound(ws, summary, 0)


def _ingest_with_deadline(ws: Workspace, arguments: list[str], fifo: Path) -> tuple[IngestSummary, bool]:
    """Ingest in a thread. If it is still running after a few seconds it is blocked on the named
    pipe: open the pipe for writing and close it (EOF) so the thread ends, and report the hang."""
    result: dict[str, Any] = {}

    def target() -> None:
        try:
            result["summary"] = ws.ingest(arguments)
        except BaseException as exc:  # re-raised in the test thread
            result["error"] = exc

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(3.0)
    hung = thread.is_alive()
    if hung:
        with contextlib.suppress(OSError):
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        thread.join(10.0)
    if "error" in result:
        raise result["error"]
    assert "summary" in result, "ingest never finished"
    return result["summary"], hung


def test_named_pipe_named_explicitly(make_workspace: Callable[..., Workspace], tmp_path: Path) -> None:
    ws = make_workspace()
    fifo = tmp_path / "in" / "pipe.txt"
    fifo.parent.mkdir(parents=True)
    os.mkfifo(fifo)

    summary, hung = _ingest_with_deadline(ws, [str(fifo)], fifo)

    assert not hung, "ingest blocked reading a named pipe"
    assert [(r.input, r.reason) for r in summary.rejected] == [(str(fifo), R.UNSUPPORTED)]
    assert_sound(ws, summary, 0)


def test_named_pipe_inside_a_directory(make_workspace: Callable[..., Workspace], tmp_path: Path) -> None:
    """Regression (fixed): a FIFO with a known extension inside a directory is opened and read: ingest blocks
    forever. Correct: skipped with a note, or rejected as not a regular file."""
    ws = make_workspace()
    root = tmp_path / "in" / "with-pipe"
    root.mkdir(parents=True)
    (root / "good.txt").write_bytes(STORIES[4].encode())
    fifo = root / "pipe.txt"
    os.mkfifo(fifo)

    summary, hung = _ingest_with_deadline(ws, [str(root)], fifo)

    assert not hung, "ingest blocked reading a named pipe found in a directory"
    assert [a.text for a in articles(ws, summary)] == [STORIES[4]]
    notes = [(s.input, bool(s.note.strip())) for s in summary.skipped]
    refusals = [(r.input, r.reason) for r in summary.rejected]
    assert (notes, refusals) in (
        ([(str(fifo), True)], []),
        ([], [(str(fifo), R.UNSUPPORTED)]),
        ([], [(str(fifo), R.UNREADABLE)]),
    )
    assert_sound(ws, summary, 1)
