"""One settings object shared by the library, the CLI and (later) the server.

Values come from, lowest priority first: the defaults below, a TOML file (``dabir.toml`` in the
working directory, or the file named by ``DABIR_CONFIG``), environment variables ``DABIR_<NAME>``,
and finally explicit arguments (CLI options).
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from dabir.errors import ConfigError

DEFAULT_DB = "dabir.db"
USER_AGENT = "Dabir/0.1 (news analysis; +https://github.com/dabir-project/dabir)"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    """Database: a SQLite file path, ``sqlite:///path`` or ``postgresql://…``."""

    max_text_bytes: int = 4 * 1024 * 1024
    """Size cap on one article's text (UTF-8 bytes). Ingest rejects bigger articles; the
    extraction stage of later issues honours the same cap."""

    max_input_bytes: int = 32 * 1024 * 1024
    """Size cap on one input document read or fetched whole (a page, a feed, a text file).
    JSON lines files are streamed and only each line is capped (by ``max_text_bytes`` × 4)."""

    fetch_timeout: float = 15.0
    """Seconds before an HTTP request gives up (connect, read and write, each)."""

    max_redirects: int = 5
    user_agent: str = USER_AGENT

    allow_private: bool = False
    """Fetch from loopback and private network addresses (off: protects internal services)."""

    fetch_linked_pages: bool = True
    """Fetch the linked page of a feed entry that carries no text. Off: keep headline-only."""

    near_duplicate_threshold: float = 0.5
    """Estimated Jaccard similarity (word 5-shingles) from which another outlet's text is the
    same story (the same outlet's must be near-verbatim: 0.9)."""

    near_duplicate_window_days: float = 7.0
    """Two texts published further apart than this are never the same story."""

    boilerplate_min_pages: int = 3
    """A paragraph seen on this many pages of one source is boilerplate and is dropped."""

    extract: bool = True
    """After ingest, find the actors in new and revised articles (English) and link them."""

    extract_workers: int = 0
    """Processes that parse articles (each loads the model): 0 picks up to 2 from the CPUs."""

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given non-None values."""
        clean = {k: v for k, v in overrides.items() if v is not None}
        return replace(self, **clean)


def load_settings(environ: dict[str, str] | None = None, **overrides: Any) -> Settings:
    """Defaults, then the config file, then the environment, then ``overrides``."""
    env = dict(os.environ) if environ is None else environ
    values: dict[str, Any] = {}
    values.update(_read_config_file(env))
    values.update(_read_environment(env))
    settings = Settings().with_overrides(**values).with_overrides(**overrides)
    _validate(settings)
    return settings


def _field_types() -> dict[str, type]:
    types: dict[str, type] = {"str": str, "int": int, "float": float, "bool": bool}
    return {f.name: types[str(f.type)] for f in fields(Settings)}


def _read_config_file(env: dict[str, str]) -> dict[str, Any]:
    path = Path(env.get("DABIR_CONFIG", "dabir.toml"))
    if not path.is_file():
        if "DABIR_CONFIG" in env:
            raise ConfigError(f"config file {path} (from DABIR_CONFIG) does not exist")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML: {exc}") from exc
    section = data.get("dabir", data)
    known = _field_types()
    unknown = sorted(set(section) - set(known))
    if unknown:
        raise ConfigError(f"config file {path}: unknown settings {', '.join(unknown)}")
    return {name: _coerce(name, value, known[name]) for name, value in section.items()}


def _read_environment(env: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, kind in _field_types().items():
        raw = env.get(f"DABIR_{name.upper()}")
        if raw is not None and raw != "":
            values[name] = _coerce(name, raw, kind)
    return values


def _coerce(name: str, value: Any, kind: type) -> Any:
    if kind is bool and isinstance(value, str):
        lowered = value.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"setting {name}: expected true or false, got {value!r}")
    try:
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {name}: expected {kind.__name__}, got {value!r}") from exc


def _validate(settings: Settings) -> None:
    if settings.max_text_bytes <= 0 or settings.max_input_bytes <= 0:
        raise ConfigError("size caps must be positive")
    if not 0.0 < settings.near_duplicate_threshold <= 1.0:
        raise ConfigError("near_duplicate_threshold must be in (0, 1]")
    if settings.fetch_timeout <= 0:
        raise ConfigError("fetch_timeout must be positive")
