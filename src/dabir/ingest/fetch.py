"""HTTP(S) fetching with the guards a news crawler needs.

* only ``http`` and ``https``; every host is resolved and refused when any of its addresses is
  loopback, private, link-local, multicast or reserved, unless ``allow_private`` is set;
* redirects are followed by hand, at most ``max_redirects``, each hop checked like the first;
* a timeout on connect, read and write, and a size cap read as a stream (the body is never
  loaded past the cap);
* conditional GET: the caller passes the ETag and Last-Modified it remembers for the URL, and a
  ``304`` comes back as :class:`NotModifiedResponse`.

Remaining risk, documented in docs/design-notes.md: the address is checked when resolved, and
the connection resolves again (a DNS-rebinding window).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from dabir.types import RejectReason

Resolver = Callable[[str], list[str]]
ValidatorLookup = Callable[[str], "Validators | None"]


@dataclass(frozen=True)
class Validators:
    """What the last successful fetch of a URL said, for a conditional GET."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class Response:
    url: str  # the final URL, after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes
    validators: Validators


@dataclass(frozen=True)
class NotModifiedResponse:
    url: str


@dataclass(frozen=True)
class FetchFailure:
    reason: RejectReason
    message: str


FetchResult = Response | NotModifiedResponse | FetchFailure


@dataclass(frozen=True)
class FetchPolicy:
    timeout: float
    max_bytes: int
    max_redirects: int
    user_agent: str
    allow_private: bool


def system_resolver(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({str(info[4][0]) for info in infos})


class Fetcher:
    """One HTTP client for a run. Use as a context manager."""

    def __init__(
        self,
        policy: FetchPolicy,
        resolver: Resolver = system_resolver,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._policy = policy
        self._resolver = resolver
        self._unreachable: dict[str, str] = {}  # host:port → why it failed, this run
        self._client = httpx.Client(
            timeout=httpx.Timeout(policy.timeout),
            follow_redirects=False,
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": "gzip, deflate"},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._client.close()

    def fetch(self, url: str, validators: ValidatorLookup | None = None) -> FetchResult:
        """GET ``url``. ``validators`` looks up the ETag and Last-Modified remembered for each
        URL on the way (the final page of a redirect is where they belong)."""
        current = url
        for _hop in range(self._policy.max_redirects + 1):
            refusal = self._check_target(current)
            if refusal:
                return refusal
            result = self._request(current, validators(current) if validators else None)
            if isinstance(result, str):
                current = result  # a redirect
                continue
            return result
        return FetchFailure(
            RejectReason.TOO_MANY_REDIRECTS,
            f"more than {self._policy.max_redirects} redirects, starting at {url}",
        )

    def _check_target(self, url: str) -> FetchFailure | None:
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https"):
            return FetchFailure(
                RejectReason.REFUSED_SCHEME,
                f"refused {url}: only http and https URLs are fetched, not {parts.scheme or 'a bare path'}",
            )
        host = parts.hostname
        if not host:
            return FetchFailure(RejectReason.FETCH_FAILED, f"no host in URL {url}")
        if parts.netloc in self._unreachable:
            why = self._unreachable[parts.netloc]
            return FetchFailure(RejectReason.FETCH_FAILED, f"cannot fetch {url}: {why} (earlier in this run)")
        try:
            addresses = self._resolver(host)
        except (OSError, UnicodeError) as exc:
            self._unreachable[parts.netloc] = f"cannot resolve host {host}: {exc}"
            return FetchFailure(RejectReason.FETCH_FAILED, f"cannot resolve host {host} for {url}: {exc}")
        if not self._policy.allow_private:
            for address in addresses:
                if _is_internal(address):
                    return FetchFailure(
                        RejectReason.REFUSED_ADDRESS,
                        f"refused {url}: {host} resolves to {address}, a private or loopback "
                        "address (use --allow-private to fetch it)",
                    )
        return None

    def _request(self, url: str, validators: Validators | None) -> FetchResult | str:
        headers = _conditional_headers(validators)
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:  # httpx counts 304 among redirects
                    return NotModifiedResponse(url)
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        return FetchFailure(
                            RejectReason.HTTP_STATUS,
                            f"HTTP {response.status_code} without Location from {url}",
                        )
                    return str(urljoin(url, location))
                if response.status_code >= 400:
                    return FetchFailure(
                        RejectReason.HTTP_STATUS,
                        f"HTTP {response.status_code} {response.reason_phrase} from {url}",
                    )
                body = self._read_capped(response, url)
                if isinstance(body, FetchFailure):
                    return body
                return Response(
                    url=str(response.url),
                    status=response.status_code,
                    content_type=response.headers.get("content-type", "").split(";")[0].strip().lower(),
                    charset=response.charset_encoding,
                    body=body,
                    validators=Validators(
                        response.headers.get("etag"), response.headers.get("last-modified")
                    ),
                )
        except httpx.TimeoutException:
            return FetchFailure(
                RejectReason.FETCH_FAILED, f"timed out after {self._policy.timeout:g} s fetching {url}"
            )
        except (httpx.HTTPError, httpx.InvalidURL, OSError) as exc:
            if isinstance(exc, httpx.ConnectError):
                self._unreachable[urlsplit(url).netloc] = f"cannot connect: {exc}"
            return FetchFailure(RejectReason.FETCH_FAILED, f"cannot fetch {url}: {exc}")

    def _read_capped(self, response: httpx.Response, url: str) -> bytes | FetchFailure:
        cap = self._policy.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            return _too_large(url, int(declared), cap)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                return _too_large(url, size, cap)
            chunks.append(chunk)
        return b"".join(chunks)


def _too_large(url: str, size: int, cap: int) -> FetchFailure:
    return FetchFailure(
        RejectReason.TOO_LARGE, f"{url} is larger than the size limit ({size:,} > {cap:,} bytes)"
    )


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    headers: dict[str, str] = {}
    if validators and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def _is_internal(address: str) -> bool:
    try:
        ip = ipaddress.ip_address(address.split("%", maxsplit=1)[0])
    except ValueError:
        return True
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        not ip.is_global  # covers shared address space (100.64.0.0/10) and documentation ranges
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )
