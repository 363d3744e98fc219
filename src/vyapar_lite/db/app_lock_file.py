"""The app password as a closed shop file keeps it: read straight from the file, with the standard
library only, by what must not open the file first (a restore over it, the window's first look at
the shop before the file is opened: issue 21). `app_lock` sets and checks it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

PASSWORD_KEY = "lock.password"  # the `setting` row that holds the password's scrypt hash


def stored_password(conn: sqlite3.Connection) -> str:
    """The stored hash on an open connection to the file ('' when none); sqlite3.Error when the
    file cannot be read."""
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (PASSWORD_KEY,)).fetchone()
    return str(row[0]) if row else ""


def stored_in_file(path: Path) -> str:
    """The app password's stored hash in the closed shop file at `path` ('' when none, or the
    file cannot be read): for a command that replaces the file (restore) without opening it."""
    try:
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except sqlite3.Error:
        return ""
    try:
        return stored_password(conn)
    except sqlite3.Error:
        return ""
    finally:
        conn.close()
