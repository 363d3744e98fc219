"""Storage: the shop's SQLite file, its models, migrations and read queries (peewee)."""

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
