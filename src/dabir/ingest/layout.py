"""The layout of a plain-text news item, as publishing sites of this field file them.

The founding sample reads, paragraph by paragraph::

    Brigadier-General Esmail Qaani (Ghaani), IRGC Qods Force commander. (MEHR)   <- caption (credit)
    May 17, 2021                                                                  <- date line
    [By Some Name]                                                                <- optional byline
    [A Title]                                                                     <- optional title
    body paragraphs …
    About Track Persia                                                            <- footer heading
    Track Persia is a Platform run by …                                          <- footer text

:func:`parse_layout` finds these parts by their shape, never by their words, and returns the body
as an exact slice of the input. Text with no such layout comes back as all body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dabir.ingest.dates import parse_date_line
from dabir.types import Caption, PublishedDate

_CAPTION = re.compile(r"^(?P<text>\S.{0,400}?)\s*\((?P<credit>[^()\n]{1,40})\)\s*$")
_EXPLICIT_CREDIT = re.compile(r"^(?:photo|image|picture|credit|file photo)\b", re.I)
_BYLINE = re.compile(r"^by\s+(?P<name>\S[^\n]{1,80})$", re.I)
_FOOTER = re.compile(r"^about\s+(?P<name>[^\n.!?:]{2,60})$", re.I)
_SENTENCE_END = re.compile(r"[.!?;:,\"”’)]$")
# Words of "About …" headings that introduce a person or the page, not a publisher.
_GENERIC_ABOUT = frozenset(
    [
        "the",
        "a",
        "an",
        "this",
        "our",
        "us",
        "me",
        "author",
        "authors",
        "writer",
        "writers",
        "contributor",
        "contributors",
        "article",
        "story",
        "page",
        "site",
        "team",
    ]
)
_HEAD_LIMIT = 5  # caption, date, byline and title sit in the first paragraphs
_FOOTER_WINDOW = 4  # the footer heading sits among the last paragraphs


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    text: str

    @property
    def one_line(self) -> bool:
        return "\n" not in self.text


@dataclass(frozen=True)
class Layout:
    body: str
    caption: Caption | None = None
    published: PublishedDate | None = None
    byline: str | None = None
    title: str | None = None
    footer_name: str | None = None
    footer_text: str | None = None
    head: tuple[tuple[str, int], ...] = ()  # (role, start offset) of each head paragraph
    body_end: int = 0  # where the body ends in the input (the footer, if any, follows)

    def body_keeping(self, text: str, unused: set[str]) -> str:
        """The body, starting instead at the first head paragraph whose role is in ``unused``
        (a part the caller does not take as a field must stay in the text)."""
        starts = [start for role, start in self.head if role in unused]
        return text[min(starts) : self.body_end] if starts else self.body


def split_paragraphs(text: str) -> list[Paragraph]:
    """Paragraphs with their offsets. Blank lines separate them; with no blank line at all in
    the text, each line is a paragraph."""
    separator = r"\n[ \t]*\n" if re.search(r"\n[ \t]*\n", text) else r"\n"
    paragraphs: list[Paragraph] = []
    position = 0
    for match in [*re.finditer(separator, text), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            lead = len(chunk) - len(chunk.lstrip())
            start = position + lead
            paragraphs.append(Paragraph(start, start + len(stripped), stripped))
        if match:
            position = match.end()
    return paragraphs


def parse_layout(text: str) -> Layout:
    """Split a plain-text item into caption, date, byline, title, body and footer."""
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        return Layout(body="")
    footer_at = _find_footer(paragraphs)
    content = paragraphs[:footer_at] if footer_at is not None else paragraphs
    head = _read_head(content)
    body_paragraphs = content[head.consumed :]
    if not body_paragraphs:  # everything looked like a head: treat it all as body
        body_paragraphs, head = content, _Head()
    body = text[body_paragraphs[0].start : body_paragraphs[-1].end]
    footer_name, footer_text = _footer_parts(paragraphs, footer_at)
    return Layout(
        body=body,
        caption=head.caption,
        published=head.published,
        byline=head.byline,
        title=head.title,
        footer_name=footer_name,
        footer_text=footer_text,
        head=tuple(head.parts),
        body_end=body_paragraphs[-1].end,
    )


@dataclass
class _Head:
    consumed: int = 0
    caption: Caption | None = None
    published: PublishedDate | None = None
    byline: str | None = None
    title: str | None = None
    parts: list[tuple[str, int]] = field(default_factory=list)


def _read_head(paragraphs: list[Paragraph]) -> _Head:
    head = _Head()
    for index, paragraph in enumerate(paragraphs[:_HEAD_LIMIT]):
        if index == len(paragraphs) - 1:
            break  # the last paragraph is always body
        following = paragraphs[index + 1]
        role = _classify_head(head, index, paragraph, following)
        if role is None:
            break
        head.parts.append((role, paragraph.start))
        head.consumed = index + 1
    return head


def _classify_head(head: _Head, index: int, paragraph: Paragraph, following: Paragraph) -> str | None:
    """Record ``paragraph`` in ``head`` if it is a head part; return its role, or None."""
    if not paragraph.one_line:
        return None
    text = paragraph.text
    if index == 0 and head.caption is None:
        caption = _as_caption(text, following)
        if caption is not None:
            head.caption = caption
            return "caption"
    if head.published is None:
        published = parse_date_line(text)
        if published is not None:
            head.published = published
            return "published"
    if head.byline is None:
        byline = _BYLINE.match(text)
        if byline and len(text.split()) <= 10 and not text.endswith("."):
            head.byline = byline.group("name").strip()
            return "byline"
    if head.title is None and _looks_like_title(text):
        head.title = text
        return "title"
    return None


def _as_caption(text: str, following: Paragraph) -> Caption | None:
    match = _CAPTION.match(text)
    if not match:
        return None
    credit = match.group("credit").strip()
    if len(credit.split()) > 5 or not credit[:1].isupper():
        return None
    dated_next = following.one_line and parse_date_line(following.text) is not None
    shouted = credit.upper() == credit and any(ch.isalpha() for ch in credit)
    closed = match.group("text").rstrip().endswith((".", "!", "?", "”", '"'))
    # "… joined the Shanghai Cooperation Organisation (SCO)" is a lead, not a caption: a shouted
    # credit counts only after a closed caption sentence ("… commander. (MEHR)").
    if not (dated_next or (shouted and closed) or _EXPLICIT_CREDIT.match(credit)):
        return None
    return Caption(text=match.group("text").strip(), credit=credit)


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 25
        and len(text) <= 200
        and text[:1].isupper()
        and not _SENTENCE_END.search(text)
        and not _FOOTER.match(text)
    )


def _find_footer(paragraphs: list[Paragraph]) -> int | None:
    """Index of an "About <publisher>" heading near the end, followed by its text."""
    first = max(1, len(paragraphs) - _FOOTER_WINDOW)
    for index in range(len(paragraphs) - 2, first - 1, -1):
        paragraph = paragraphs[index]
        match = _FOOTER.match(paragraph.text) if paragraph.one_line else None
        if match and len(paragraph.text.split()) <= 7 and _names_a_publisher(match.group("name")):
            return index
    return None


def _names_a_publisher(name: str) -> bool:
    """ "About Track Persia" names its publisher; "About the author" or "About us" do not."""
    if set(name.casefold().split()) <= _GENERIC_ABOUT:
        return False
    return name[:1].isupper() or name[:1].isdigit()


def _footer_parts(paragraphs: list[Paragraph], at: int | None) -> tuple[str | None, str | None]:
    if at is None:
        return None, None
    match = _FOOTER.match(paragraphs[at].text)
    name = match.group("name").strip() if match else None
    text = "\n\n".join(p.text for p in paragraphs[at + 1 :]) or None
    return name, text
