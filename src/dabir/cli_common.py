"""What every ``dabir`` command shares: the ``--db`` and ``--json`` options, opening the
workspace, printing JSON."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import click

from dabir.settings import load_settings
from dabir.workspace import Workspace, open_workspace

F = TypeVar("F", bound=Callable[..., Any])


def db_option(function: F) -> F:
    return click.option(
        "--db",
        envvar="DABIR_DB",
        default=None,
        metavar="PATH|URL",
        help="Database: a SQLite file (default ./dabir.db) or postgresql://user:pw@host/db.",
    )(function)


def json_option(function: F) -> F:
    return click.option("--json", "as_json", is_flag=True, help="Print JSON (see docs/json.md).")(function)


@contextmanager
def workspace(db: str | None) -> Iterator[Workspace]:
    with open_workspace(settings=load_settings(db=db)) as ws:
        yield ws


def emit_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))
