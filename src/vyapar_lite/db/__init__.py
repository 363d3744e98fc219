"""Storage: the shop's SQLite file, its models, migrations and read queries (peewee).

The names below come from `db.connection`, which imports peewee: they are loaded on first use,
so what needs only a light part of `db` (`db.store` to read `--data`, `db.first_look` to paint
the shop before its file is opened, `db.lock`) does not bring peewee with it (issue 21).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from vyapar_lite.db.connection import (
        STORE_ERRORS,
        DataFileError,
        OpenedFile,
        close_data_file,
        current_check,
        current_path,
        database,
        file_error,
        is_open,
        open_data_file,
        raise_if_damaged,
    )

__all__ = [
    "STORE_ERRORS",
    "DataFileError",
    "OpenedFile",
    "close_data_file",
    "current_check",
    "current_path",
    "database",
    "file_error",
    "is_open",
    "open_data_file",
    "raise_if_damaged",
]


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from vyapar_lite.db import connection

    value = getattr(connection, name)
    globals()[name] = value  # once: later uses read it like any module name
    return value
