"""The import rules of docs/design-notes.md, checked on the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "dabir"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def modules(under: str = "") -> list[Path]:
    return sorted((PACKAGE / under).rglob("*.py"))


def top(name: str) -> str:
    return name.split(".", maxsplit=1)[0]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_store_imports_database_drivers(path: Path) -> None:
    if path.is_relative_to(PACKAGE / "store"):
        return
    banned = {"sqlalchemy", "alembic", "psycopg", "sqlite3"}
    assert not {top(n) for n in imports_of(path)} & banned


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_extract_imports_spacy(path: Path) -> None:
    if path.is_relative_to(PACKAGE / "extract"):
        return
    assert not {top(n) for n in imports_of(path)} & {"spacy", "thinc"}


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_only_the_cli_imports_click(path: Path) -> None:
    if path.name in ("cli.py", "cli_actors.py", "cli_common.py", "cli_facts.py"):
        return
    assert "click" not in {top(n) for n in imports_of(path)}


@pytest.mark.parametrize(
    "path", modules("ingest") + modules("query"), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_ingest_and_query_never_import_store_workspace_or_cli(path: Path) -> None:
    forbidden = ("dabir.store", "dabir.workspace", "dabir.cli", "dabir.serve")
    assert not [n for n in imports_of(path) if n.startswith(forbidden)]


@pytest.mark.parametrize("path", modules("store"), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_the_store_knows_values_not_readers(path: Path) -> None:
    assert not [n for n in imports_of(path) if n.startswith(("dabir.ingest", "dabir.workspace", "dabir.cli"))]


@pytest.mark.parametrize(
    "path",
    [PACKAGE / "cli.py", PACKAGE / "cli_actors.py", PACKAGE / "cli_common.py", PACKAGE / "cli_facts.py"],
    ids=["cli.py", "cli_actors.py", "cli_common.py", "cli_facts.py"],
)
def test_the_cli_calls_only_the_front_door(path: Path) -> None:
    assert not [n for n in imports_of(path) if n.startswith(("dabir.ingest", "dabir.store"))]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path) -> None:
    lines = path.read_text(encoding="utf-8").count("\n")
    assert lines < 800, f"{path.name} has {lines} lines: split it"
