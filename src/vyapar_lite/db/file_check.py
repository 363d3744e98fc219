"""The shop file's `PRAGMA quick_check`, run while the shopkeeper already sees the window.

On a big file the check reads every page: a quarter of a second when the file is in the OS cache,
two or three seconds on the first start after a reboot. `open_data_file(check_in_background=True)`
therefore starts it on a worker thread with a read-only connection of its own; the window opens at
once. Nothing is written before the check has passed: `ShopDatabase.atomic()` (every write) waits
for it, and refuses when the file failed it. A file that needs a migration is checked before the
migration, on the spot, as are files opened by the CLI.

The window starts it only once the shop is painted (`open_data_file(start_check=False)`, then
`start()`): on a big file the check keeps a core busy for seconds, and on two cores it slowed the
first paint (issue 21). Anything that waits for it before then (a write, `wait()`) starts it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from vyapar_lite.db import sqlite_features

WAIT_BEFORE_WRITE_SECONDS = 60  # seconds
log = logging.getLogger(__name__)


class FileCheck:
    """One run of quick_check; `problems` is [] when the file is sound, None until it is known."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] | None = None
        self._done = threading.Event()
        self._listeners: list[Callable[[list[str]], None]] = []
        self._lock = threading.Lock()
        self.started = False

    def start(self) -> None:
        """Run the check on a worker thread (once: later calls do nothing)."""
        with self._lock:
            if self.started:
                return
            self.started = True
        threading.Thread(target=self._run, name="quick_check", daemon=True).start()

    def wait(self, timeout: int | None = None) -> list[str] | None:
        """The problems once the check is over (None if `timeout` passed first); starts it if
        nothing has yet."""
        self.start()
        self._done.wait(timeout)
        return self.problems

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def when_done(self, listener: Callable[[list[str]], None]) -> None:
        """Call `listener(problems)` once the check is over (at once if it already is); it may run
        on the worker thread."""
        with self._lock:
            if not self._done.is_set():
                self._listeners.append(listener)
                return
        listener(self.problems or [])

    def forget_listeners(self) -> None:
        """The file was closed: nobody waits for this check any more."""
        with self._lock:
            self._listeners = []

    def _run(self) -> None:
        try:
            # not mode=ro: SQLite skips CHECK constraints there (see `checking_connection`)
            conn = sqlite_features.checking_connection(self.path, timeout=30)
            try:
                problems = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
            finally:
                conn.close()
        except sqlite3.Error as exc:
            problems = [str(exc)]
        result = [] if problems == ["ok"] else problems
        with self._lock:
            self.problems = result
            self._done.set()
            listeners, self._listeners = self._listeners, []
        for listener in listeners:
            try:
                listener(result)
            except RuntimeError:  # the window that asked has gone (Qt deleted its object)
                log.warning("a listener of the file check has gone", exc_info=True)
