"""HTML pages → title, author, date, main text, figure caption and credit.

trafilatura finds the main text. Before it runs, layout tables (tables that hold blocks rather
than data) are turned into plain blocks, so their cells do not come out as "| … |" rows. After it
runs, lines that live outside the page's main container (a sidebar's "Photos" tab, a related-news
box) are dropped: the main container is the deepest element that holds nearly all the text.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import Any

import lxml.etree
import lxml.html
import trafilatura

from dabir.ingest.dates import parse_published
from dabir.ingest.decode import Decoded, DecodeFailure, decode_bytes
from dabir.types import Caption, PublishedDate

_BLOCK_TAGS = {
    "p", "div", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote",
    "section", "article", "form", "pre", "figure", "header", "footer", "nav", "aside",
}  # fmt: skip
_TABLE_PARTS = ("tr", "td", "th", "tbody", "thead", "tfoot", "caption", "colgroup", "col")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_CREDIT_CLASS = re.compile(r"credit|copyright|byline|source|attribution|photographer", re.I)
_CREDIT_TEXT = re.compile(
    r"^(?P<text>.*?)\s*(?:\((?P<paren>[^()]{1,60})\)|"
    r"(?:Photo|Image|Picture|Credit|Photograph)(?: by|:)\s*(?P<label>[^.]{1,60})\.?|"
    r"©\s*(?P<copy>[^.]{1,60})\.?)\s*$",
    re.I,
)
_TITLE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " » ")
_COHERENCE_SHARE = 0.85
MIN_WORDS = 8


@dataclass(frozen=True)
class HtmlPage:
    title: str | None
    byline: str | None
    published: PublishedDate | None
    text: str
    caption: Caption | None
    site_name: str | None
    canonical_url: str | None
    declared_language: str | None


def decode_html(data: bytes, declared_charset: str | None = None) -> Decoded | DecodeFailure:
    """Decode with the charset the server or the page declares, else detect it. A page that
    declares UTF-16 or UTF-32 in a <meta> tag readable as ASCII is not in either (browsers
    ignore such a declaration too)."""
    meta = _meta_charset(data)
    if meta and meta.lower().replace("_", "-").startswith(("utf-16", "utf-32", "ucs")):
        meta = None
    for charset in (declared_charset, meta):
        if not charset:
            continue
        try:
            text = data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
        checked = decode_bytes(text.encode("utf-8"))  # the same checks and normalization
        if isinstance(checked, DecodeFailure):
            return checked
        return Decoded(checked.text, _encoding_name(charset))
    return decode_bytes(data)


def _encoding_name(charset: str) -> str:
    """The name decode_bytes uses too: "windows-1256", not "cp1256"."""
    name = codecs.lookup(charset).name
    return f"windows-{name[2:]}" if name.startswith("cp125") else name


def _meta_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


@dataclass(frozen=True)
class PageFailure:
    message: str


def extract_page(html: str, url: str | None = None) -> HtmlPage | PageFailure:
    """The article in an HTML page, or why there is none."""
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:
        tree = lxml.html.fromstring(html, parser=parser)
    except (lxml.etree.ParserError, ValueError) as exc:
        return PageFailure(f"unreadable HTML: {exc}")
    if any("depth" in str(error.message).lower() for error in parser.error_log):
        # libxml2 stops building the tree at its depth limit and drops the rest silently.
        return PageFailure("the HTML nests elements too deeply to read completely")
    meta = _page_metadata(tree)
    caption = _figure_caption(tree)
    _unwrap_layout_tables(tree)
    marked = lxml.html.fromstring(lxml.html.tostring(tree, encoding="unicode"))
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, include_tables=True
    )
    if result is None:
        return PageFailure("no readable main text in the HTML page")
    found: dict[str, Any] = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    lines = [line.strip() for line in (found.get("text") or "").split("\n") if line.strip()]
    lines = _keep_main_container(marked, lines)
    if sum(len(line.split()) for line in lines) < MIN_WORDS:
        return PageFailure("no readable main text in the HTML page (a menu or notice only)")
    site = meta.get("site_name") or found.get("sitename")
    return HtmlPage(
        title=_clean_title(meta.get("title") or found.get("title"), site),
        byline=meta.get("author") or found.get("author"),
        published=_page_date(meta.get("published"), found.get("date")),
        text="\n\n".join(lines),
        caption=caption,
        site_name=site,
        canonical_url=meta.get("canonical"),
        declared_language=meta.get("language"),
    )


def _page_metadata(tree: Any) -> dict[str, str]:
    meta: dict[str, str] = {}
    wanted = {
        "og:site_name": "site_name",
        "og:title": "title",
        "og:url": "canonical",
        "article:published_time": "published",
        "datepublished": "published",
        "author": "author",
        "article:author": "author",
    }
    for element in tree.iter("meta"):
        key = (element.get("property") or element.get("name") or "").strip().lower()
        content = (element.get("content") or "").strip()
        if key in wanted and content and wanted[key] not in meta:
            meta[wanted[key]] = content
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta["canonical"] = link.get("href").strip()
    html_lang = tree.getroottree().getroot().get("lang")
    if html_lang:
        meta["language"] = html_lang.split("-")[0].lower()
    if "author" in meta and meta["author"].startswith(("http://", "https://")):
        del meta["author"]
    return meta


def _page_date(meta_value: str | None, extracted: str | None) -> PublishedDate | None:
    for value in (meta_value, extracted):
        if not value:
            continue
        try:
            return parse_published(value)
        except ValueError:
            continue
    return None


def _clean_title(title: str | None, site: str | None) -> str | None:
    """Drop the site's name from "Site | Headline" or "Headline - Site"."""
    if not title:
        return None
    title = " ".join(title.split())
    if site:
        for separator in _TITLE_SEPARATORS:
            parts = title.split(separator)
            if len(parts) > 1 and parts[0].strip().casefold() == site.casefold():
                return separator.join(parts[1:]).strip()
            if len(parts) > 1 and parts[-1].strip().casefold() == site.casefold():
                return separator.join(parts[:-1]).strip()
    return title


def _figure_caption(tree: Any) -> Caption | None:
    """The first figure with an image and a caption, in the article if the page marks one."""
    scopes = tree.xpath("//article|//main|//*[@role='main']") or [tree]
    for scope in scopes:
        for figure in scope.iter("figure"):
            if not list(figure.iter("img", "picture")):
                continue
            caption = _caption_of(figure)
            if caption:
                return caption
    return None


def _caption_of(figure: Any) -> Caption | None:
    captions = list(figure.iter("figcaption"))
    if not captions:
        return None
    node = captions[0]
    credit = None
    for element in node.iter():
        if element is not node and _CREDIT_CLASS.search(element.get("class") or ""):
            credit = " ".join(element.text_content().split()) or None
            element.drop_tree()
            break
    text = " ".join(node.text_content().split())
    if credit is None:
        text, credit = _split_credit(text)
    if not text:
        return None
    return Caption(text=text, credit=_strip_credit_label(credit))


def _split_credit(text: str) -> tuple[str, str | None]:
    match = _CREDIT_TEXT.match(text)
    if not match:
        return text, None
    credit = match.group("paren") or match.group("label") or match.group("copy")
    return match.group("text").strip(), credit.strip() if credit else None


def _strip_credit_label(credit: str | None) -> str | None:
    if not credit:
        return None
    cleaned = re.sub(r"^(?:photo|image|credit|picture)s?\s*(?:by|:)?\s*", "", credit, flags=re.I)
    return cleaned.strip(" ()©:") or None


def _unwrap_layout_tables(tree: Any) -> None:
    """Tables that hold blocks, or have a single column, are layout: make them divs."""
    for table in list(tree.iter("table")):
        if _is_layout_table(table):
            for element in [table, *table.iter(*_TABLE_PARTS)]:
                element.tag = "div"
                for attribute in ("valign", "align", "colspan", "rowspan"):
                    element.attrib.pop(attribute, None)


def _is_layout_table(table: Any) -> bool:
    rows = [row for row in table.iter("tr") if _nearest_table(row) is table]
    widths = [sum(1 for cell in row if cell.tag in ("td", "th")) for row in rows]
    if not widths or max(widths) <= 1:
        return True
    for cell in table.iter("td", "th"):
        if _nearest_table(cell) is table and any(
            child.tag in _BLOCK_TAGS for child in cell.iter() if child is not cell
        ):
            return True
    return False


def _nearest_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _keep_main_container(tree: Any, lines: list[str]) -> list[str]:
    """Drop extracted lines that sit outside the deepest element holding nearly all the text."""
    if len(lines) < 2 or len(lines) > 5000:
        return lines
    located = _locate_lines(tree, lines)
    total = sum(len(line) for line, element in zip(lines, located, strict=True) if element is not None)
    if total == 0:
        return lines
    container = _dominant_container(located, lines, total)
    if container is None:
        return lines
    return [
        line
        for line, element in zip(lines, located, strict=True)
        if element is None or _is_inside(element, container)
    ]


def _locate_lines(tree: Any, lines: list[str]) -> list[Any]:
    """For each line, the element whose text begins it (None when not found)."""
    nodes: list[tuple[str, Any]] = []
    for element in tree.iter():
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "head"):
            continue
        for piece, owner in ((element.text, element), (element.tail, element.getparent())):
            if piece and piece.strip() and owner is not None:
                nodes.append((" ".join(piece.split()), owner))
    located: list[Any] = []
    cursor = 0
    for line in lines:
        probe = " ".join(line.split())[:40].lstrip("*•-– ").strip()
        found = None
        for index in range(cursor, len(nodes)):
            text, owner = nodes[index]
            if probe and (probe in text or (text in probe and len(text) > 3)):
                found, cursor = owner, index
                break
        located.append(found)
    return located


def _dominant_container(located: list[Any], lines: list[str], total: int) -> Any:
    weights: dict[Any, int] = {}
    for line, element in zip(lines, located, strict=True):
        node = element
        while node is not None:
            weights[node] = weights.get(node, 0) + len(line)
            node = node.getparent()
    best, best_depth = None, -1
    for node, weight in weights.items():
        if weight >= _COHERENCE_SHARE * total:
            depth = sum(1 for _ in node.iterancestors())
            if depth > best_depth:
                best, best_depth = node, depth
    return best


def _is_inside(element: Any, container: Any) -> bool:
    node = element
    while node is not None:
        if node is container:
            return True
        node = node.getparent()
    return False
