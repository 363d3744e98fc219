"""The shop's name read straight from its file, so the window can show the shop before the file is
opened (issue 21).

Opening the file (`connection.open_data_file`) brings peewee, the models and the migrations with it:
about a sixth of a start-up. None of that is needed to paint the shop's first screen, the shop's
name over an empty dashboard whose figures are worked out once it is painted. So the app first
takes this look, with the standard library only and the file opened read-only, and paints what it
found; the file is then opened as always, and every check it makes still decides (a damaged, newer
or foreign file is refused then, with the same messages).

The look gives nothing, and the app opens the file first as before, whenever the shop should not
be shown yet or cannot be read this simply: not a SQLite file, no shop set up in it (the set-up
comes first), an app password set (asked before anything of the shop is shown), the file open in
another window, or any error reading it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from vyapar_lite.db.app_lock_file import stored_password
from vyapar_lite.db.lock import ShopInUse, ShopLock

SQLITE_HEADER = b"SQLite format 3\x00"


def first_look(path: Path) -> str | None:
    """The name of the shop in the file at `path`, when the window may show it before the file
    is opened; None otherwise (see the module docstring)."""
    try:
        with open(path, "rb") as f:
            if f.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        if _in_use(path):
            return None
        conn = sqlite3.connect(path.absolute().as_uri() + "?mode=ro", uri=True)
    except (OSError, sqlite3.Error):
        return None
    try:
        if stored_password(conn):
            return None
        row = conn.execute("SELECT name FROM shop WHERE id = 1").fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else None


def _in_use(path: Path) -> bool:
    """True when another window has the shop open (its lock is held)."""
    lock = ShopLock(path)
    try:
        lock.acquire()
    except ShopInUse:
        return True
    lock.release()
    return False
