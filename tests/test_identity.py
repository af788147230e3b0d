"""Article identity: own ids, canonical URLs that name one article, text hashes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dabir.ingest.identity import canonical_url, choose_identity, is_front_page
from dabir.keys import article_id, normalize_for_identity
from dabir.types import IdentityKind


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("https://Example.COM/news/a?utm_source=x&id=3#top", "https://example.com/news/a?id=3"),
        ("http://example.com:80/a/", "http://example.com/a"),
        ("https://example.com//a//b?fbclid=1&gclid=2", "https://example.com/a/b"),
        ("https://example.com/?b=2&a=1", "https://example.com/?a=1&b=2"),
        ("ftp://example.com/a", None),
        ("not a url", None),
    ],
)
def test_canonical_url(url: str, canonical: str | None) -> None:
    assert canonical_url(url) == canonical


def test_identity_prefers_own_id_then_url_then_text() -> None:
    common = {"source_name": "Wire", "title": "T", "text": "Body text."}
    own = choose_identity(own_id="42", canonical="https://x.org/a", url_identifies=True, **common)
    url = choose_identity(own_id=None, canonical="https://x.org/a", url_identifies=True, **common)
    shared = choose_identity(own_id=None, canonical="https://x.org/a", url_identifies=False, **common)
    front = choose_identity(own_id=None, canonical="https://x.org/", url_identifies=True, **common)
    assert own.kind is IdentityKind.SOURCE_ID
    assert url.kind is IdentityKind.URL and url.key == "x.org/a"
    assert shared.kind is IdentityKind.TEXT
    assert front.kind is IdentityKind.TEXT and is_front_page("https://x.org/")


def test_own_ids_are_scoped_to_their_source() -> None:
    a = choose_identity(source_name="A", own_id="1", canonical=None, url_identifies=False, title="", text="x")
    b = choose_identity(source_name="B", own_id="1", canonical=None, url_identifies=False, title="", text="x")
    assert article_id(a) != article_id(b)


def test_www_and_scheme_do_not_change_a_url_identity() -> None:
    a = choose_identity(
        source_name="A", own_id=None, canonical="https://www.x.org/a", url_identifies=True, title="", text=""
    )
    b = choose_identity(
        source_name="B", own_id=None, canonical="http://x.org/a", url_identifies=True, title="", text=""
    )
    assert article_id(a) == article_id(b)


@given(st.text(max_size=200))
def test_normalize_for_identity_is_idempotent(text: str) -> None:
    once = normalize_for_identity(text)
    assert normalize_for_identity(once) == once


def test_text_identity_ignores_spacing_case_and_quote_style() -> None:
    a = choose_identity(
        source_name="A", own_id=None, canonical=None, url_identifies=False, title="", text="He said “no”."
    )
    b = choose_identity(
        source_name="B", own_id=None, canonical=None, url_identifies=False, title="", text='he  said "NO".'
    )
    assert a == b
