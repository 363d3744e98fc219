"""The PostgreSQL driver (psycopg), loaded only for a shop on a server.

peewee imports psycopg (and tries psycopg2) as it is itself imported, whether a server is used
or not: on a machine that has psycopg installed that was 0.1-0.4 s of the window's start-up
(issue 21), and the window opens shop files only. So `app.main` calls `leave_out()` before
anything imports peewee: the drivers are marked missing in `sys.modules`, and peewee's import
takes them as not installed. `load()` (called by `db.server` before a server database is made,
and by the server backups) takes the marks off, imports psycopg and gives peewee what its own
import would have set. The CLI and the tests never call `leave_out`: for them nothing changes.

Standard library only: this runs before peewee and Qt are imported.
"""

from __future__ import annotations

import sys

# The drivers peewee tries at its import (psycopg2cffi, psycopg2: PostgreSQL; psycopg: ours).
_DRIVERS = ("psycopg2cffi", "psycopg2", "psycopg")


def leave_out() -> bool:
    """Mark the drivers missing so peewee's import skips them; False (nothing done) when
    peewee is already imported, as it then holds them already."""
    if "peewee" in sys.modules:
        return False
    for name in _DRIVERS:
        sys.modules.setdefault(name, None)  # type: ignore[arg-type]  # None: "not installed"
    return True


def load() -> None:
    """Make psycopg importable again and hand it to peewee (nothing to do when it has it)."""
    for name in _DRIVERS:
        if name in sys.modules and sys.modules[name] is None:
            del sys.modules[name]
    import peewee

    if peewee.psycopg is not None:  # type: ignore[attr-defined]
        return
    import psycopg
    from psycopg.pq import TransactionStatus
    from psycopg.types.json import Json, Jsonb

    # the names peewee's own import sets (its Psycopg3Adapter reads them when it is made)
    peewee.psycopg = psycopg  # type: ignore[attr-defined]
    peewee.TransactionStatus = TransactionStatus  # type: ignore[attr-defined]
    peewee.Json_pg3 = Json  # type: ignore[attr-defined]
    peewee.Jsonb_pg3 = Jsonb  # type: ignore[attr-defined]
