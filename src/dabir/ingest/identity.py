"""What makes an article the same article: ids, canonical URLs and text hashes.

Rules, in order (docs/design-notes.md, "Article identity"):

1. the input's own id within its source (a JSON lines ``id``, a feed entry's guid);
2. else the canonical URL, when that URL names one article (not a listing or day page shared by
   several items of one input, not a site's front page);
3. else the hash of the normalized text.

The article id is the first 16 hex digits of the SHA-256 of the identity key, so the same input
always gets the same id.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from dabir.keys import normalize_for_identity, sha256_hex
from dabir.types import Identity, IdentityKind

_TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gclsrc|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ocid|cmpid|ito|ns_source|ns_mchannel|ns_campaign|ns_linkname|ns_fee|spm|share|"
    r"s_cid|sr_share|at_medium|at_campaign|smid|ref|ref_src)$",
    re.I,
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def canonical_url(url: str) -> str | None:
    """The URL without tracking parameters, fragment, default port or case noise in the host.
    None when ``url`` is not an absolute http(s) URL."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    try:
        port = parts.port
    except ValueError:
        return None
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    kept = sorted((k, v) for k, v in query if not _TRACKING_PARAMS.match(k))
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    if len(path) > 1:
        path = path.rstrip("/")
    return urlunsplit((scheme, netloc, path, urlencode(kept), ""))


def url_key(canonical: str) -> str:
    """The part of a canonical URL that identifies the article: no scheme, no "www."."""
    parts = urlsplit(canonical)
    host = parts.netloc.removeprefix("www.")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path}{query}"


def is_front_page(canonical: str) -> bool:
    """A site's root page names no single article."""
    parts = urlsplit(canonical)
    return parts.path in ("", "/") and not parts.query


def source_id_identity(source_name: str, own_id: str) -> Identity:
    source_key = " ".join(source_name.casefold().split())
    return Identity(IdentityKind.SOURCE_ID, f"{source_key}\x1f{own_id.strip()}")


def url_identity(canonical: str) -> Identity:
    return Identity(IdentityKind.URL, url_key(canonical))


def text_identity(title: str, text: str) -> Identity:
    digest = sha256_hex(normalize_for_identity(text or title))
    return Identity(IdentityKind.TEXT, digest)


def choose_identity(
    *,
    source_name: str,
    own_id: str | None,
    canonical: str | None,
    url_identifies: bool,
    title: str,
    text: str,
) -> Identity:
    """Apply the three rules of this module's docstring."""
    if own_id:
        return source_id_identity(source_name, own_id)
    if canonical and url_identifies and not is_front_page(canonical):
        return url_identity(canonical)
    return text_identity(title, text)
