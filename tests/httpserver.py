"""A small real HTTP server on loopback for tests, and the ``http_server`` fixture.

The test fills in a route table: each path answers with a status, headers and a body, after an
optional delay; it may redirect, stream its body in chunks (without Content-Length), compress it
with gzip, or answer a conditional GET with ``304`` when it carries an ETag / Last-Modified.
Every request is logged with its headers, so tests can assert on what the client sent.

A test module makes the fixture its own with ``http_server = httpserver.http_server`` (after
``from tests import httpserver``): pytest finds fixtures among a module's names, and unlike a
``from … import http_server`` this does not trip ruff's F811 at every test that takes it.
"""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

Body = bytes | Callable[[], Iterable[bytes]]


@dataclass
class Route:
    """How the server answers one path."""

    status: int = 200
    body: Body = b""
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds to wait before the status line (cut short at shutdown)
    redirect: str | None = None  # a Location; the status defaults to 302
    chunked: bool = False  # Transfer-Encoding: chunked, no Content-Length
    gzip: bool = False  # compress the body, Content-Encoding: gzip
    content_length: int | None = None  # declare this length instead of the real one
    etag: str | None = None  # sent, and a matching If-None-Match answers 304
    last_modified: str | None = None  # sent, and an equal If-Modified-Since answers 304
    chunk_pause: float = 0.0  # seconds between chunks of a streamed body


@dataclass
class Request:
    """One request as the server saw it, and how the answer went."""

    method: str
    path: str
    headers: dict[str, str]  # names lowercased
    status: int | None = None
    bytes_sent: int = 0  # body bytes written (before compression is not counted)
    aborted: bool = False  # the client hung up before the whole body was sent
    done: threading.Event = field(default_factory=threading.Event)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())


class LocalServer:
    """ThreadingHTTPServer on 127.0.0.1, port 0, serving in a background thread."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self.stopping = threading.Event()
        self._httpd = _Server(("127.0.0.1", 0), _Handler)
        self._httpd.owner = self
        self.port: int = self._httpd.server_address[1]
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # --- set up ---------------------------------------------------------------------------------

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def route(self, path: str, body: Body | str = b"", **options: Any) -> Route:
        """Answer ``path`` (query string included, if any) like this from now on."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        route = Route(body=data, **options)
        with self._lock:
            self.routes[path] = route
        return route

    # --- inspect --------------------------------------------------------------------------------

    def requests_for(self, path: str) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def paths(self) -> list[str]:
        with self._lock:
            return [r.path for r in self.requests]

    def wait_done(self, timeout: float = 5.0) -> None:
        """Wait until every logged request has been answered or abandoned."""
        deadline = time.monotonic() + timeout
        with self._lock:
            pending = list(self.requests)
        for request in pending:
            if not request.done.wait(max(0.0, deadline - time.monotonic())):
                raise AssertionError(f"the server is still answering {request.path}")

    # --- life -----------------------------------------------------------------------------------

    def start(self) -> LocalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()  # delayed and streaming answers give up
        self._httpd.shutdown()
        self._httpd.server_close()  # joins the handler threads (daemon_threads is off)
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _log(self, request: Request) -> Route | None:
        with self._lock:
            self.requests.append(request)
            return self.routes.get(request.path)


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    owner: LocalServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Client hang-ups are part of the tests; stay quiet."""


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = 10  # no handler thread outlives a silent client by more than this
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """No access log on stderr."""

    def do_GET(self) -> None:
        owner = self.server.owner
        request = Request("GET", self.path, {name.lower(): value for name, value in self.headers.items()})
        route = owner._log(request)
        try:
            self._answer(route, request, owner.stopping)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            request.aborted = True
        finally:
            self.close_connection = True
            request.done.set()

    def _answer(self, route: Route | None, request: Request, stopping: threading.Event) -> None:
        if route is None:
            route = Route(status=404, body=b"<html><body>no such page</body></html>")
        if route.delay and stopping.wait(route.delay):
            request.aborted = True
            return
        if _not_modified(route, request):
            request.status = 304
            self.send_response(304)
            self._common_headers(route)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        status = route.status
        if route.redirect is not None and not 300 <= status < 400:
            status = 302
        request.status = status
        self.send_response(status)
        self._common_headers(route)
        if route.redirect is not None:
            self.send_header("Location", route.redirect)
        self.send_header("Content-Type", route.content_type)
        for name, value in route.headers.items():
            self.send_header(name, value)
        if route.gzip:
            self.send_header("Content-Encoding", "gzip")
        if route.chunked or callable(route.body):
            self._stream(route, request, stopping)
            return
        assert isinstance(route.body, bytes)
        data = gzip.compress(route.body) if route.gzip else route.body
        declared = route.content_length if route.content_length is not None else len(data)
        self.send_header("Content-Length", str(declared))
        self.end_headers()
        self.wfile.write(data)
        self.wfile.flush()
        request.bytes_sent = len(data)
        if declared > len(data):
            # Promised more than was sent: hold the line until the client gives up.
            stopping.wait(5)

    def _common_headers(self, route: Route) -> None:
        self.send_header("Connection", "close")
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)

    def _stream(self, route: Route, request: Request, stopping: threading.Event) -> None:
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunks: Iterable[bytes] = route.body() if callable(route.body) else [route.body]  # type: ignore[list-item]
        compressor = _GzipStream() if route.gzip else None
        for chunk in chunks:
            if stopping.is_set():
                request.aborted = True
                return
            data = compressor.feed(chunk) if compressor else chunk
            if data:
                self._write_chunk(data)
            request.bytes_sent += len(chunk)
            if route.chunk_pause and stopping.wait(route.chunk_pause):
                request.aborted = True
                return
        if compressor:
            self._write_chunk(compressor.finish())
        self.wfile.write(b"0\r\n\r\n")
        self.wfile.flush()

    def _write_chunk(self, data: bytes) -> None:
        if data:
            self.wfile.write(b"%x\r\n%s\r\n" % (len(data), data))
            self.wfile.flush()


class _GzipStream:
    def __init__(self) -> None:
        self._z = zlib.compressobj(9, zlib.DEFLATED, 31)

    def feed(self, data: bytes) -> bytes:
        return self._z.compress(data) + self._z.flush(zlib.Z_SYNC_FLUSH)

    def finish(self) -> bytes:
        return self._z.flush()


def _not_modified(route: Route, request: Request) -> bool:
    if route.etag and request.header("If-None-Match") == route.etag:
        return True
    return bool(route.last_modified and request.header("If-Modified-Since") == route.last_modified)


@pytest.fixture
def http_server() -> Iterator[LocalServer]:
    """A fresh server per test, shut down (handler threads joined) at teardown."""
    with LocalServer() as server:
        yield server
