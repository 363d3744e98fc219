"""Helpers for the CLI's tests: run a command, and read a shop file it wrote."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest

from vyapar_lite import cli
from vyapar_lite.db import close_data_file, is_open, open_data_file

T = TypeVar("T")


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `vyapar-lite-cli argv`; the shop file must be closed after."""
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    assert not is_open(), "the command left the shop file open"
    return code, out, err


def in_shop(path: Path, read: Callable[[], T]) -> T:
    """`read()` with the shop file at `path` open, closed again afterwards."""
    open_data_file(path, create=False)
    try:
        return read()
    finally:
        close_data_file()
