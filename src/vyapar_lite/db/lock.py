"""One app at a time per shop file.

A lock file beside the data file is held with an OS lock (`flock` on macOS/Linux, `msvcrt.locking`
on Windows) for as long as the shop is open. The OS drops the lock if the process dies, so a crash
never leaves the shop locked.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO


class ShopInUse(Exception):
    """Another process has this shop file open."""


class ShopLock:
    """An exclusive, non-blocking lock on `<data file>.lock`."""

    def __init__(self, data_file: Path) -> None:
        self.path = data_file.with_name(data_file.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Lock, or ShopInUse. The lock file is owner-only (0600) like the shop file: it names the
        process that has the shop open."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if hasattr(os, "fchmod"):  # one made by an older version with the user's normal mode
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
        handle = os.fdopen(fd, "r+", encoding="utf-8")
        try:
            _lock(handle)
        except OSError as exc:
            handle.close()
            raise ShopInUse(str(self.path)) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        try:
            _unlock(self._handle)
        finally:
            self._handle.close()
            self._handle = None

    @property
    def held(self) -> bool:
        return self._handle is not None


if sys.platform == "win32":
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
