"""Bytes to text: encodings of the region's press, binary content, empty input."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dabir.ingest.decode import Decoded, DecodeFailure, decode_bytes

ARABIC = "قال قائد فيلق القدس إن إيران تقف إلى جانب الشعب الفلسطيني في مواجهة العدوان"
FRENCH = "Le président a déclaré que la réunion était très importante pour l’économie"
ENGLISH = "Iran’s Revolutionary Guards Quds Force commander stressed Tehran’s support — “crimes”."


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (ENGLISH.encode("utf-8"), ENGLISH, "utf-8"),
        (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), ENGLISH, "utf-8"),
        (codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le"), ENGLISH, "utf-16"),
        (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), ENGLISH, "utf-16"),
        (ENGLISH.encode("utf-16-le"), ENGLISH, "utf-16-le"),
        (ARABIC.encode("cp1256"), ARABIC, "windows-1256"),
        (FRENCH.encode("cp1252"), FRENCH, "windows-1252"),
        (ENGLISH.encode("cp1252"), ENGLISH, "windows-1252"),
    ],
)
def test_encodings(data: bytes, text: str, encoding: str) -> None:
    result = decode_bytes(data)
    assert isinstance(result, Decoded), result
    assert result.text == text
    assert result.encoding == encoding


def test_latin1_bytes_that_cp1252_does_not_define() -> None:
    data = "Caf\u00e9 ".encode("latin-1") + b"\x81 end of the line here"
    result = decode_bytes(data)
    assert isinstance(result, Decoded)
    assert result.encoding == "iso-8859-1"
    assert result.text.startswith("Café")


def test_text_is_stored_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Esma’il Qa’ani, café, résumé")
    result = decode_bytes(decomposed.encode("utf-8"))
    assert isinstance(result, Decoded)
    assert result.text == unicodedata.normalize("NFC", decomposed)


def test_mixed_newlines_become_lf() -> None:
    result = decode_bytes(b"one\r\ntwo\rthree\nfour")
    assert isinstance(result, Decoded) and result.text == "one\ntwo\nthree\nfour"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (codecs.BOM_UTF8, "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(100), "binary"),
        (b"%PDF-1.7 ...", "binary"),
        (b"PK\x03\x04" + bytes(50), "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"text with a \x00 NUL byte and more text after it", "binary"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "undecodable"),
    ],
)
def test_failures(data: bytes, reason: str) -> None:
    result = decode_bytes(data)
    assert isinstance(result, DecodeFailure), result
    assert result.reason == reason
    assert result.message


@given(
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=300)
)
def test_utf8_round_trips(text: str) -> None:
    result = decode_bytes(text.encode("utf-8"))
    # A leading U+FEFF encodes to the UTF-8 byte-order mark, which is read as a mark, not as text.
    body = text.removeprefix("\ufeff")
    if not body.strip():
        assert isinstance(result, DecodeFailure) and result.reason == "empty"
        return
    assert isinstance(result, Decoded)
    assert result.text == unicodedata.normalize("NFC", body).replace("\r\n", "\n").replace(
        "\r", "\n"
    ).replace("\u2029", "\n\n").replace("\u2028", "\n").replace("\x85", "\n")


@pytest.mark.parametrize(
    "text", ["\ufeff", "\ufeff \u3000", "\ufeff\ufeffa", "\ufeffabc", "\u3000", "\xa0\u2028"]
)
def test_round_trip_edge_cases(text: str) -> None:
    test_utf8_round_trips.hypothesis.inner_test(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("سپاه پاسداران انقلاب اسلامی گفت که فرمانده نیروی قدس با رهبران حماس گفتگو کرد", "fa"),
        # Windows-1256 has no Persian yeh: Persian typed in it uses the Arabic one.
        ("سپاه پاسداران انقلاب اسلامي گفت كه فرمانده نيروي قدس با رهبران حماس گفتگو كرد", "fa"),
        (
            "قال قائد فيلق القدس إن إيران تقف إلى جانب الشعب الفلسطيني في مواجهة العدوان والمقاومة الشعبية",
            "ar",
        ),
        ("Iran’s Revolutionary Guards Quds Force commander stressed Tehran’s support for Palestinians", "en"),
    ],
)
def test_language(text: str, code: str) -> None:
    from dabir.ingest.language import detect_language

    assert detect_language(text).code == code
