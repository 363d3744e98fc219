"""Work on a background thread gets its own connection to the shop file; close it when done."""

from __future__ import annotations

from vyapar_lite.db import database


def end_of_work() -> None:
    """Close the calling thread's connection (each thread has its own), if it opened one."""
    if not database.is_closed():
        database.close()
