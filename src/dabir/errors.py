"""One error tree. Each error has a stable code, an exit status for the CLI and an HTTP status
for the API, mapped here and nowhere else.

Bad *inputs* are not errors: ingest returns them as :class:`dabir.types.Rejected` values and goes
on. These exceptions are for problems with the request itself (a bad option, an unknown article)
or with the workspace (a database that cannot be opened).

Exit statuses (documented in the README):

* 0 — everything done;
* 1 — done, but some inputs were rejected (see ``dabir rejections``);
* 2 — usage error: a bad option or argument;
* 3 — not found: no article, source or file by that name;
* 4 — the workspace (database) cannot be opened or written.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_STORE = 4


class DabirError(Exception):
    """Base of every error Dabir raises on purpose."""

    code = "dabir-error"
    exit_code = EXIT_USAGE
    http_status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(DabirError, ValueError):
    """The request is malformed: a bad option, query or argument."""

    code = "usage"
    exit_code = EXIT_USAGE
    http_status = 400


class NotFoundError(DabirError, LookupError):
    """No such article, source or file."""

    code = "not-found"
    exit_code = EXIT_NOT_FOUND
    http_status = 404


class AmbiguousIdError(UsageError):
    """An id prefix that matches several articles."""

    code = "ambiguous-id"


class AmbiguousActorError(UsageError):
    """A name that names several actors where one was needed; the message lists them."""

    code = "ambiguous-actor"
    http_status = 409


class StoreError(DabirError):
    """The database cannot be opened, migrated or written."""

    code = "store"
    exit_code = EXIT_STORE
    http_status = 503


class ConfigError(UsageError):
    """A setting has a value Dabir cannot use (bad database URL, negative size cap …)."""

    code = "config"
