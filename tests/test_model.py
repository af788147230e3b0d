"""The English model: installed from the pinned package, checked file by file, offline."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dabir.extract.nlp import CHECKSUMS, ModelError, checksum_problems, find_model, load_english
from dabir.extract.normalize import parser_text

NLP_NOTES_CHECKSUMS = {
    "ner/model": "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e",
    "parser/model": "e0098910535a863d430082ece57455d5fa071cd4ca3a0054e80582076c752b1e",
    "tok2vec/model": "e84fc06eb319c94d28e460fc334e292120b01f18baa5dc8b50c977459820a090",
    "tagger/model": "1ec3d93f38cebe172f2b5c89d84be72856ce42c8f1a64f1699f1d98a771f36b7",
}


def test_the_pinned_checksums_are_the_measured_ones() -> None:
    assert json.loads(CHECKSUMS.read_text(encoding="utf-8"))["files"] == NLP_NOTES_CHECKSUMS


def test_the_installed_model_matches_its_checksums() -> None:
    info = find_model()
    assert info.version == "3.8.0"
    assert checksum_problems(info.path) == []


def test_a_changed_weight_file_is_refused(tmp_path: Path) -> None:
    info = find_model()
    for name in NLP_NOTES_CHECKSUMS:
        target = tmp_path / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((info.path / name).read_bytes())
    (tmp_path / "ner" / "model").write_bytes(b"tampered")
    assert checksum_problems(tmp_path) == ["ner/model does not match its pinned SHA-256"]


def test_the_model_loads_and_parses_without_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_args: object, **_kwargs: object) -> None:
        raise OSError("network use in a test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    nlp = load_english()
    doc = nlp(parser_text("Qaani told Haniyeh that Iran “stands alongside the nation of Palestine”."))
    assert [t.text for t in doc][:3] == ["Qaani", "told", "Haniyeh"]
    assert {"tagger", "parser", "ner"} <= set(nlp.pipe_names)


def test_model_error_is_a_dabir_error() -> None:
    assert ModelError("x").exit_code == 4


@given(st.text(max_size=300))
def test_parser_text_keeps_every_offset(text: str) -> None:
    converted = parser_text(text)
    assert len(converted) == len(text)
    assert all(a == b or b in "'\" " for a, b in zip(text, converted, strict=True))


def test_parser_text_of_the_seed_quotes() -> None:
    assert parser_text("Hamas’ political bureau “crimes”") == 'Hamas\' political bureau "crimes"'


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("OFAC designated Petro Grand FZE andAlwaneo LLC.", ["and", "Alwaneo"]),
        ("In June 2019, OFAC designated the company inIraq onJanuary 5.", ["in", "Iraq", "on", "January"]),
    ],
)
def test_words_a_page_ran_together_are_split(text: str, words: list[str]) -> None:
    tokens = [t.text for t in load_english()(text)]
    assert all(w in tokens for w in words), tokens


def test_names_written_in_mixed_case_stay_whole() -> None:
    text = "The iPhone, eBay, McDonald, NGOs, MPs, YouTube, JPMorgan, KSrelief, @theIDF and PetroChina."
    tokens = [t.text for t in load_english()(text)]
    whole = {"iPhone", "eBay", "McDonald", "NGOs", "MPs", "YouTube", "JPMorgan", "KSrelief", "@theIDF"}
    assert whole <= set(tokens), tokens
    assert "".join(t.text_with_ws for t in load_english()(text)) == text  # the text is unchanged
