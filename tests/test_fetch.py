"""Fetching over real HTTP on loopback: the address guard, redirects, size caps, errors, timeouts,
conditional GET, compressed bodies, and feed entries completed from their linked pages."""

from __future__ import annotations

import gzip
import socket
from collections.abc import Callable, Iterator

import httpx
import pytest

from dabir.ingest.fetch import (
    Fetcher,
    FetchFailure,
    FetchPolicy,
    NotModifiedResponse,
    Response,
    Validators,
    system_resolver,
)
from dabir.settings import USER_AGENT, Settings
from dabir.types import PublishedDate, RejectReason, SourceKind
from dabir.workspace import IngestOptions, Workspace
from tests import httpserver
from tests.httpserver import LocalServer

pytestmark = pytest.mark.network
http_server = httpserver.http_server  # the fixture, for the tests of this module

MakeWorkspace = Callable[..., Workspace]
ALLOW = IngestOptions(allow_private=True)
PUBLIC_IP = "93.184.216.34"  # what a public news site's name resolves to, for the guard

PARAGRAPHS = [
    "The port authority reopened the northern container terminal on Tuesday after three weeks "
    "of repairs to its cranes, officials said.",
    "Shipping agents said the first vessels were unloaded within hours and that the backlog of "
    "containers would be cleared by the end of the month.",
    "The terminal handles about a third of the port's traffic and its closure had forced "
    "several lines to divert ships to neighbouring harbours.",
]


def article_html(
    title: str = "Port authority reopens northern terminal",
    paragraphs: list[str] = PARAGRAPHS,
    site: str = "Harbour Courier",
    published: str = "2024-03-05T09:30:00Z",
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{title} - {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
{body}
</article>
<footer>Copyright {site}</footer>
</body></html>"""


def story(topic: str) -> list[str]:
    """Three paragraphs about ``topic``, unlike those of any other topic."""
    return [
        f"Officials in the {topic} ministry announced a review of the programme on Monday, "
        f"saying the {topic} budget would be examined line by line before the summer.",
        f"Critics of the {topic} plan said the review came too late, pointing to delays that "
        f"had already cost the treasury several million in {topic} contracts.",
        f"A spokesperson said the {topic} findings would be published in full and that "
        "parliament would debate them in the autumn session.",
    ]


def rss(title: str, items: list[dict[str, str]]) -> str:
    entries = []
    for item in items:
        guid = f'<guid isPermaLink="false">{item["guid"]}</guid>' if "guid" in item else ""
        entries.append(
            f"<item><title>{item['title']}</title><link>{item['link']}</link>{guid}"
            f"<pubDate>{item['date']}</pubDate></item>"
        )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{title}</title><link>https://wire.example/</link>
<description>Headlines</description><language>en</language>
{"".join(entries)}
</channel></rss>"""


def policy(**overrides: object) -> FetchPolicy:
    values: dict[str, object] = {
        "timeout": 5.0,
        "max_bytes": 64 * 1024,
        "max_redirects": 5,
        "user_agent": USER_AGENT,
        "allow_private": False,
    }
    values.update(overrides)
    return FetchPolicy(**values)  # type: ignore[arg-type]


def resolver_with(names: dict[str, list[str]]) -> Callable[[str], list[str]]:
    """The system resolver, except for the given names (e.g. the test server as a public host)."""

    def resolve(host: str) -> list[str]:
        return names[host] if host in names else system_resolver(host)

    return resolve


# --- an HTML page by URL, and the address guard ---------------------------------------------------


def test_html_page_by_url(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    http_server.route("/news/terminal", article_html())
    url = http_server.url("/news/terminal")
    ws = make_workspace()

    summary = ws.ingest([url], options=ALLOW)

    assert summary.rejected == [] and len(summary.new) == 1
    article = ws.article(summary.new[0])
    assert article.title == "Port authority reopens northern terminal"
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert article.published == PublishedDate("2024-03-05T09:30Z", "minute")
    assert article.source.name == "Harbour Courier"
    assert article.source.kind == SourceKind.PAGE
    assert article.source.url == http_server.url("/")
    assert article.url == url
    assert article.pending is None
    [request] = http_server.requests
    assert request.path == "/news/terminal"
    assert request.header("User-Agent") == Settings().user_agent == USER_AGENT
    assert "gzip" in (request.header("Accept-Encoding") or "")


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost", "[::1]"])
def test_loopback_refused_without_allow_private(
    http_server: LocalServer, make_workspace: MakeWorkspace, host: str
) -> None:
    http_server.route("/news/terminal", article_html())
    url = http_server.url("/news/terminal", host=host)
    ws = make_workspace()

    summary = ws.ingest([url])

    assert summary.new == [] and ws.count() == 0
    [rejected] = summary.rejected
    assert rejected.input == url
    assert rejected.reason is RejectReason.REFUSED_ADDRESS
    assert "private or loopback" in rejected.message and "--allow-private" in rejected.message
    assert http_server.requests == []  # refused before connecting
    assert [r.reason for r in ws.rejections()] == ["refused-address"]


def test_allow_private_from_settings_fetches_loopback(
    http_server: LocalServer, make_workspace: MakeWorkspace
) -> None:
    http_server.route("/news/terminal", article_html())
    ws = make_workspace(allow_private=True)
    summary = ws.ingest([http_server.url("/news/terminal", host="localhost")])
    assert summary.rejected == [] and len(summary.new) == 1
    assert http_server.paths() == ["/news/terminal"]


@pytest.mark.parametrize(
    "url", ["ftp://127.0.0.1/news/terminal", "file:///etc/passwd", "gopher://127.0.0.1:70/"]
)
def test_non_http_scheme_refused(make_workspace: MakeWorkspace, url: str) -> None:
    ws = make_workspace()
    summary = ws.ingest([url], options=ALLOW)
    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.REFUSED_SCHEME
    assert "only http and https" in rejected.message
    with Fetcher(policy(allow_private=True)) as fetcher:
        result = fetcher.fetch(url)
    assert isinstance(result, FetchFailure)
    assert result.reason is RejectReason.REFUSED_SCHEME


# --- redirects ----------------------------------------------------------------------------------


def test_redirects_followed_up_to_the_limit(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    final = http_server.url("/news/terminal")
    http_server.route("/r1", redirect=http_server.url("/r2"), status=301)
    http_server.route("/r2", redirect="/r3", status=307)  # relative Location
    http_server.route("/r3", redirect=final, status=308)
    http_server.route("/news/terminal", article_html())
    ws = make_workspace(max_redirects=3)

    summary = ws.ingest([http_server.url("/r1")], options=ALLOW)

    assert summary.rejected == [] and len(summary.new) == 1
    article = ws.article(summary.new[0])
    assert article.url == final
    assert article.title == "Port authority reopens northern terminal"
    assert http_server.paths() == ["/r1", "/r2", "/r3", "/news/terminal"]
    assert {r.header("User-Agent") for r in http_server.requests} == {USER_AGENT}


def test_one_redirect_too_many(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    for n in range(1, 5):
        http_server.route(f"/r{n}", redirect=http_server.url(f"/r{n + 1}"))
    http_server.route("/r5", article_html())
    ws = make_workspace(max_redirects=3)

    summary = ws.ingest([http_server.url("/r1")], options=ALLOW)

    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.TOO_MANY_REDIRECTS
    assert "more than 3 redirects" in rejected.message
    assert http_server.paths() == ["/r1", "/r2", "/r3", "/r4"]  # /r5 never asked for
    assert ws.count() == 0


def test_redirect_loop(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    http_server.route("/loop", redirect="/loop")
    ws = make_workspace(max_redirects=4)

    summary = ws.ingest([http_server.url("/loop")], options=ALLOW)

    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.TOO_MANY_REDIRECTS
    assert rejected.input == http_server.url("/loop")
    assert http_server.paths() == ["/loop"] * 5


def test_redirect_without_location(http_server: LocalServer) -> None:
    http_server.route("/moved", status=302)
    with Fetcher(policy(allow_private=True)) as fetcher:
        result = fetcher.fetch(http_server.url("/moved"))
    assert isinstance(result, FetchFailure)
    assert result.reason is RejectReason.HTTP_STATUS
    assert "302 without Location" in result.message


def test_each_redirect_hop_checked_by_the_guard(http_server: LocalServer) -> None:
    """The server poses as a public host (its IP literal resolves to a public address); its
    redirects to loopback, private and non-http targets are refused before any connection."""
    port = http_server.port
    http_server.route("/news/terminal", article_html())
    http_server.route("/ok", redirect="/news/terminal")
    http_server.route("/to-localhost", redirect=f"http://localhost:{port}/news/terminal")
    http_server.route("/to-ipv6-loopback", redirect=f"http://[::1]:{port}/news/terminal")
    http_server.route("/to-private", redirect="http://10.20.30.40/admin")
    http_server.route("/to-metadata", redirect="http://169.254.169.254/latest/meta-data/")
    http_server.route("/to-ftp", redirect=f"ftp://127.0.0.1:{port}/news/terminal")
    resolve = resolver_with({"127.0.0.1": [PUBLIC_IP]})

    with Fetcher(policy(), resolver=resolve) as fetcher:
        ok = fetcher.fetch(http_server.url("/ok"))
        refused = {
            path: fetcher.fetch(http_server.url(path))
            for path in ("/to-localhost", "/to-ipv6-loopback", "/to-private", "/to-metadata")
        }
        ftp = fetcher.fetch(http_server.url("/to-ftp"))

    assert isinstance(ok, Response)  # the first hop passes the guard
    assert ok.url == http_server.url("/news/terminal") and ok.status == 200
    for path, result in refused.items():
        assert isinstance(result, FetchFailure), path
        assert result.reason is RejectReason.REFUSED_ADDRESS, (path, result)
    assert isinstance(refused["/to-private"], FetchFailure)
    assert "10.20.30.40" in refused["/to-private"].message
    assert isinstance(ftp, FetchFailure) and ftp.reason is RejectReason.REFUSED_SCHEME
    # Only the public-looking hops reached the server: no refused target was connected to.
    assert http_server.paths() == [
        "/ok", "/news/terminal", "/to-localhost", "/to-ipv6-loopback", "/to-private",
        "/to-metadata", "/to-ftp",
    ]  # fmt: skip


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1/x",
        "http://127.1/x",
        "http://2130706433/x",  # 127.0.0.1 as one number
        "http://0.0.0.0/x",
        "http://[::1]/x",
        "http://[::ffff:127.0.0.1]/x",
        "http://10.0.0.5/x",
        "http://172.16.3.4/x",
        "http://192.168.1.1/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00::1]/x",
        "http://[fe80::1]/x",
        "http://100.100.100.200/latest/meta-data/",  # shared address space (RFC 6598)
        "http://internal.example/x",  # one of its addresses is private
        "https://intranet.example/x",
    ],
)
def test_redirect_target_checked_mock_transport(target: str) -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host == "news.example":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200, text="secret")

    resolve = resolver_with(
        {
            "news.example": [PUBLIC_IP],
            "internal.example": [PUBLIC_IP, "192.168.7.7"],
            "intranet.example": ["10.1.1.1"],
        }
    )
    with Fetcher(policy(), resolver=resolve, transport=httpx.MockTransport(handler)) as fetcher:
        result = fetcher.fetch("https://news.example/story")

    assert isinstance(result, FetchFailure)
    assert result.reason is RejectReason.REFUSED_ADDRESS, result
    assert seen == ["https://news.example/story"]


def test_redirect_to_public_host_followed_mock_transport() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.host == "news.example":
            return httpx.Response(301, headers={"Location": "https://www.news.example/story"})
        return httpx.Response(200, html="<html><body>ok</body></html>")

    resolve = resolver_with({"news.example": [PUBLIC_IP], "www.news.example": ["93.184.216.35"]})
    with Fetcher(policy(), resolver=resolve, transport=httpx.MockTransport(handler)) as fetcher:
        result = fetcher.fetch("https://news.example/story")
    assert isinstance(result, Response)
    assert result.url == "https://www.news.example/story"
    assert result.content_type == "text/html" and result.body == b"<html><body>ok</body></html>"


# --- size cap -----------------------------------------------------------------------------------

CAP = 64 * 1024


def test_declared_length_over_the_cap(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    """Content-Length says 50 MB; only 1 KB is ever sent, and the fetch does not wait for more."""
    http_server.route("/huge", b"x" * 1024, content_length=50 * 1024 * 1024, content_type="text/plain")
    ws = make_workspace(max_input_bytes=CAP, fetch_timeout=5.0)

    summary = ws.ingest([http_server.url("/huge")], options=ALLOW)

    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.TOO_LARGE
    assert "52,428,800 > 65,536" in rejected.message
    assert ws.count() == 0


def test_streamed_body_over_the_cap(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    """A chunked body with no Content-Length: reading stops past the cap, and the server is left
    with most of its 64 MB unsent."""
    total_chunks = 4096
    chunk = b"y" * 16384

    def endless() -> Iterator[bytes]:
        for _ in range(total_chunks):
            yield chunk

    http_server.route("/stream", endless, content_type="text/plain")
    ws = make_workspace(max_input_bytes=CAP, fetch_timeout=5.0)

    summary = ws.ingest([http_server.url("/stream")], options=ALLOW)

    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.TOO_LARGE
    assert "> 65,536 bytes" in rejected.message
    http_server.wait_done()
    [request] = http_server.requests
    assert request.header("Content-Length") is None
    assert request.aborted
    assert request.bytes_sent < total_chunks * len(chunk) // 2


def test_size_cap_boundary(http_server: LocalServer) -> None:
    http_server.route("/exact", b"z" * CAP, content_type="text/plain")
    http_server.route("/exact-streamed", lambda: iter([b"z" * 1000] * 64 + [b"z" * (CAP - 64000)]))
    http_server.route("/one-more", lambda: iter([b"z" * 1000] * 64 + [b"z" * (CAP - 63999)]))
    with Fetcher(policy(allow_private=True, max_bytes=CAP)) as fetcher:
        exact = fetcher.fetch(http_server.url("/exact"))
        streamed = fetcher.fetch(http_server.url("/exact-streamed"))
        over = fetcher.fetch(http_server.url("/one-more"))
    assert isinstance(exact, Response) and len(exact.body) == CAP
    assert isinstance(streamed, Response) and len(streamed.body) == CAP
    assert isinstance(over, FetchFailure) and over.reason is RejectReason.TOO_LARGE


# --- errors and timeouts ------------------------------------------------------------------------


@pytest.mark.parametrize(("status", "phrase"), [(404, "Not Found"), (500, "Internal Server Error")])
def test_http_error_status(
    http_server: LocalServer, make_workspace: MakeWorkspace, status: int, phrase: str
) -> None:
    http_server.route("/broken", article_html(), status=status)
    url = http_server.url("/broken")
    ws = make_workspace()

    summary = ws.ingest([url], options=ALLOW)

    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.HTTP_STATUS
    assert rejected.message == f"HTTP {status} {phrase} from {url}"
    assert ws.count() == 0
    [record] = ws.rejections()
    assert record.reason == "http-status" and record.input == url


def test_slow_server_times_out(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    http_server.route("/slow", article_html(), delay=5.0)
    url = http_server.url("/slow")
    ws = make_workspace(fetch_timeout=0.5)

    summary = ws.ingest([url], options=ALLOW)

    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.FETCH_FAILED
    assert rejected.message == f"timed out after 0.5 s fetching {url}"
    assert ws.count() == 0


def test_connection_refused(make_workspace: MakeWorkspace) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/news"
    ws = make_workspace(fetch_timeout=2.0)
    summary = ws.ingest([url], options=ALLOW)
    [rejected] = summary.rejected
    assert rejected.reason is RejectReason.FETCH_FAILED
    assert rejected.message.startswith(f"cannot fetch {url}: ")


# --- conditional GET ----------------------------------------------------------------------------

ETAG = '"terminal-v1"'
LAST_MODIFIED = "Tue, 05 Mar 2024 09:30:00 GMT"


def test_conditional_get_not_modified(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    http_server.route("/news/terminal", article_html(), etag=ETAG, last_modified=LAST_MODIFIED)
    url = http_server.url("/news/terminal")
    ws = make_workspace()

    first = ws.ingest([url], options=ALLOW)
    assert len(first.new) == 1 and first.rejected == []
    assert ws.store.fetch_validators(url) == (ETAG, LAST_MODIFIED)
    assert http_server.requests[0].header("If-None-Match") is None
    assert http_server.requests[0].header("If-Modified-Since") is None

    second = ws.ingest([url], options=ALLOW)

    again = http_server.requests[1]
    assert again.header("If-None-Match") == ETAG
    assert again.header("If-Modified-Since") == LAST_MODIFIED
    assert again.status == 304
    assert second.rejected == []
    assert second.not_modified == [url]
    assert second.new == [] and second.revised == [] and second.unchanged == []
    assert ws.count() == 1
    assert ws.article(first.new[0]).revision == 1


def test_conditional_get_fetcher_returns_not_modified(http_server: LocalServer) -> None:
    http_server.route("/page", article_html(), last_modified=LAST_MODIFIED)
    url = http_server.url("/page")
    with Fetcher(policy(allow_private=True)) as fetcher:
        fresh = fetcher.fetch(url)
        stale = fetcher.fetch(url, lambda _url: Validators(None, LAST_MODIFIED))
        other = fetcher.fetch(url, lambda _url: Validators(None, "Mon, 04 Mar 2024 00:00:00 GMT"))
    assert isinstance(fresh, Response)
    assert fresh.validators == Validators(None, LAST_MODIFIED)
    assert stale == NotModifiedResponse(url)
    assert isinstance(other, Response)  # the server did not match the date: a full answer
    assert [r.header("If-Modified-Since") for r in http_server.requests] == [
        None, LAST_MODIFIED, "Mon, 04 Mar 2024 00:00:00 GMT",
    ]  # fmt: skip


def test_conditional_get_changed_page_is_a_revision(
    http_server: LocalServer, make_workspace: MakeWorkspace
) -> None:
    http_server.route("/news/terminal", article_html(), etag=ETAG)
    url = http_server.url("/news/terminal")
    ws = make_workspace()
    first = ws.ingest([url], options=ALLOW)

    updated = [*PARAGRAPHS, "Update: the harbour master said night shifts would resume on Friday."]
    http_server.route("/news/terminal", article_html(paragraphs=updated), etag='"terminal-v2"')
    second = ws.ingest([url], options=ALLOW)

    assert http_server.requests[1].header("If-None-Match") == ETAG
    assert second.revised == first.new and second.not_modified == []
    article = ws.article(first.new[0])
    assert article.revision == 2 and article.text.endswith("night shifts would resume on Friday.")
    assert ws.store.fetch_validators(url) == ('"terminal-v2"', None)


def test_conditional_get_through_a_redirect(http_server: LocalServer, make_workspace: MakeWorkspace) -> None:
    """The validators a redirected URL's final page sent are offered to that page again."""
    http_server.route("/old", redirect="/news/terminal", status=301)
    http_server.route("/news/terminal", article_html(), etag=ETAG)
    url = http_server.url("/old")
    ws = make_workspace()
    first = ws.ingest([url], options=ALLOW)
    assert len(first.new) == 1

    second = ws.ingest([url], options=ALLOW)

    final_requests = http_server.requests_for("/news/terminal")
    assert len(final_requests) == 2
    assert final_requests[1].header("If-None-Match") == ETAG
    assert second.not_modified == [url] and second.rejected == []


# --- compressed bodies --------------------------------------------------------------------------


@pytest.mark.parametrize("chunked", [False, True])
def test_gzip_body_decoded(http_server: LocalServer, make_workspace: MakeWorkspace, chunked: bool) -> None:
    http_server.route("/news/terminal", article_html(), gzip=True, chunked=chunked)
    ws = make_workspace()

    summary = ws.ingest([http_server.url("/news/terminal")], options=ALLOW)

    assert summary.rejected == [] and len(summary.new) == 1
    article = ws.article(summary.new[0])
    assert article.title == "Port authority reopens northern terminal"
    assert article.text == "\n\n".join(PARAGRAPHS)
    assert ws.raw(article.id) == article_html().encode("utf-8")  # the decoded bytes are kept


def test_gzip_bomb_capped_on_the_decoded_size(http_server: LocalServer) -> None:
    plain = b"a" * (16 * 1024 * 1024)
    packed = gzip.compress(plain)
    assert len(packed) < CAP  # the wire size passes the cap …
    http_server.route("/bomb", plain, gzip=True, content_type="text/plain")
    with Fetcher(policy(allow_private=True, max_bytes=CAP)) as fetcher:
        result = fetcher.fetch(http_server.url("/bomb"))
    assert isinstance(result, FetchFailure)  # … the decoded size does not
    assert result.reason is RejectReason.TOO_LARGE


# --- feeds whose entries link to their text -----------------------------------------------------

RSS_TYPE = "application/rss+xml"
FEED_DATE_1 = "Mon, 04 Mar 2024 08:00:00 GMT"
FEED_DATE_2 = "Tue, 05 Mar 2024 10:15:00 GMT"


def feed_items(base: str) -> list[dict[str, str]]:
    return [
        {
            "title": "Fisheries budget under review",
            "link": f"{base}/news/fisheries",
            "guid": "wire-1001",
            "date": FEED_DATE_1,
        },
        {"title": "Railway plan faces delays", "link": f"{base}/news/railway", "date": FEED_DATE_2},
    ]


def serve_pages(server: LocalServer, *, fisheries: bool = True, railway: bool = True) -> None:
    if fisheries:
        server.route("/news/fisheries", article_html("Page title one", story("fisheries"), "Wire"))
    if railway:
        server.route("/news/railway", article_html("Page title two", story("railway"), "Wire"))


def test_feed_entries_completed_from_linked_pages(
    http_server: LocalServer, make_workspace: MakeWorkspace
) -> None:
    base = http_server.url("").rstrip("/")
    http_server.route("/feed.xml", rss("Coast Wire", feed_items(base)), content_type=RSS_TYPE)
    serve_pages(http_server)
    ws = make_workspace(fetch_linked_pages=True)

    summary = ws.ingest([http_server.url("/feed.xml")], options=ALLOW)

    assert summary.rejected == [] and summary.pending == [] and len(summary.new) == 2
    articles = {a.title: a for a in (ws.article(i) for i in summary.new)}
    fisheries = articles["Fisheries budget under review"]  # the entry's title, not the page's
    assert fisheries.text == "\n\n".join(story("fisheries"))
    assert fisheries.published == PublishedDate("2024-03-04T08:00Z", "minute")  # the entry's date
    assert fisheries.source.name == "Coast Wire" and fisheries.source.kind == SourceKind.FEED
    assert fisheries.url == f"{base}/news/fisheries"
    assert fisheries.pending is None
    assert fisheries.metadata["fetched_from"] == f"{base}/news/fisheries"
    railway = articles["Railway plan faces delays"]
    assert railway.text == "\n\n".join(story("railway"))
    assert railway.published == PublishedDate("2024-03-05T10:15Z", "minute")
    assert sorted(http_server.paths()) == ["/feed.xml", "/news/fisheries", "/news/railway"]
    assert {r.header("User-Agent") for r in http_server.requests} == {USER_AGENT}


def test_feed_entry_pending_until_its_page_is_available(
    http_server: LocalServer, make_workspace: MakeWorkspace
) -> None:
    base = http_server.url("").rstrip("/")
    http_server.route("/feed.xml", rss("Coast Wire", feed_items(base)), content_type=RSS_TYPE)
    serve_pages(http_server, fisheries=False)  # /news/fisheries answers 404 for now
    ws = make_workspace(fetch_linked_pages=True)

    first = ws.ingest([http_server.url("/feed.xml")], options=ALLOW)

    assert first.rejected == [] and len(first.new) == 2
    [pending_id] = first.pending
    waiting = ws.article(pending_id)
    assert waiting.title == "Fisheries budget under review"
    assert waiting.text == ""
    assert waiting.published == PublishedDate("2024-03-04T08:00Z", "minute")
    assert waiting.pending is not None
    assert "HTTP 404" in waiting.pending and f"{base}/news/fisheries" in waiting.pending
    assert waiting.revision == 1
    [complete_id] = [i for i in first.new if i != pending_id]
    assert ws.article(complete_id).pending is None

    serve_pages(http_server)  # the page is up now
    second = ws.ingest([http_server.url("/feed.xml")], options=ALLOW)

    assert second.revised == [pending_id] and second.pending == [] and second.new == []
    assert second.unchanged == [complete_id]
    done = ws.article(pending_id)
    assert done.revision == 2 and done.pending is None
    assert done.title == "Fisheries budget under review"
    assert done.text == "\n\n".join(story("fisheries"))
    assert done.published == PublishedDate("2024-03-04T08:00Z", "minute")
    assert len(http_server.requests_for("/news/railway")) == 1  # complete: not fetched again

    third = ws.ingest([http_server.url("/feed.xml")], options=ALLOW)

    assert sorted(third.unchanged) == sorted([pending_id, complete_id])
    assert third.revised == [] and third.pending == []
    assert len(http_server.requests_for("/news/fisheries")) == 2  # 404, then 200; not a third
    assert len(http_server.requests_for("/news/railway")) == 1
    assert len(http_server.requests_for("/feed.xml")) == 3


def test_feed_entry_pending_when_its_page_is_refused(
    http_server: LocalServer, make_workspace: MakeWorkspace
) -> None:
    """The feed's host passes the guard (it resolves to a public address); an entry links to
    localhost, which is refused: the entry waits, headline only, until a run allows it."""
    port = http_server.port
    items = feed_items(f"http://localhost:{port}")
    http_server.route("/feed.xml", rss("Coast Wire", items), content_type=RSS_TYPE)
    serve_pages(http_server)
    ws = make_workspace(fetch_linked_pages=True)
    feed_url = http_server.url("/feed.xml")

    resolve = resolver_with({"127.0.0.1": [PUBLIC_IP]})
    with Fetcher(policy(), resolver=resolve) as fetcher:
        first = ws.ingest([feed_url], fetcher=fetcher)

    assert first.rejected == [] and len(first.new) == 2
    assert sorted(first.pending) == sorted(first.new)
    for article_id in first.new:
        waiting = ws.article(article_id)
        assert waiting.text == "" and waiting.pending is not None
        assert "refused" in waiting.pending and "private or loopback" in waiting.pending
    assert http_server.paths() == ["/feed.xml"]  # the pages were never asked for

    second = ws.ingest([feed_url], options=ALLOW)

    assert sorted(second.revised) == sorted(first.new) and second.pending == []
    titles = {}
    for article_id in first.new:
        done = ws.article(article_id)
        assert done.revision == 2 and done.pending is None
        titles[done.title] = done.text
    assert titles == {
        "Fisheries budget under review": "\n\n".join(story("fisheries")),
        "Railway plan faces delays": "\n\n".join(story("railway")),
    }


def test_an_unresolvable_host_is_tried_once_per_run_and_each_failure_names_its_url() -> None:
    calls: list[str] = []

    def resolver(host: str) -> list[str]:
        calls.append(host)
        raise socket.gaierror(-2, "Name or service not known")

    with Fetcher(policy(), resolver=resolver) as fetcher:
        first = fetcher.fetch("https://news.invalid/a")
        second = fetcher.fetch("https://news.invalid/b")
    assert calls == ["news.invalid"]
    assert isinstance(first, FetchFailure) and isinstance(second, FetchFailure)
    assert "https://news.invalid/a" in first.message and "cannot resolve host news.invalid" in first.message
    assert "https://news.invalid/b" in second.message and "earlier in this run" in second.message


def test_refetch_completes_entries_the_feed_no_longer_lists(
    http_server: LocalServer, make_workspace: MakeWorkspace
) -> None:
    base = http_server.url("").rstrip("/")
    http_server.route("/feed.xml", rss("Coast Wire", feed_items(base)), content_type=RSS_TYPE)
    serve_pages(http_server, fisheries=False)
    ws = make_workspace(fetch_linked_pages=True)
    [pending_id] = ws.ingest([http_server.url("/feed.xml")], options=ALLOW).pending

    still = ws.refetch(ALLOW)  # the page still answers 404: the reason is refreshed
    assert still.pending == [pending_id] and still.revised == []
    assert "HTTP 404" in str(ws.article(pending_id).pending)

    http_server.route("/feed.xml", rss("Coast Wire", []), content_type=RSS_TYPE)  # dropped from the feed
    serve_pages(http_server)
    done = ws.refetch(ALLOW)

    assert done.revised == [pending_id] and done.pending == [] and done.rejected == []
    article = ws.article(pending_id)
    assert article.revision == 2 and article.pending is None
    assert article.title == "Fisheries budget under review"  # the entry's title stays
    assert article.source.name == "Coast Wire"
    assert article.text == "\n\n".join(story("fisheries"))
    assert article.published == PublishedDate("2024-03-04T08:00Z", "minute")
    assert ws.refetch(ALLOW).to_json()["revised"] == []  # nothing left to fetch
    assert len(http_server.requests_for("/news/fisheries")) == 3


class Killed(BaseException):
    """Stands for the process dying between the fetch and the write."""


def test_a_run_that_dies_before_storing_leaves_no_304_behind(
    http_server: LocalServer, make_workspace: MakeWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    http_server.route("/page", article_html(), etag='"v1"')
    url = http_server.url("/page")
    ws = make_workspace()

    def dies(_write: object) -> None:
        raise Killed

    with monkeypatch.context() as patch:
        patch.setattr(ws.store, "write_new", dies)
        with pytest.raises(Killed):
            ws.ingest([url], options=ALLOW)
    assert ws.count() == 0

    again = ws.ingest([url], options=ALLOW)
    assert again.not_modified == [] and len(again.new) == 1
    assert http_server.requests_for("/page")[-1].header("If-None-Match") is None
    last = ws.ingest([url], options=ALLOW)
    assert last.not_modified == [url]  # stored now, so the validators are remembered
