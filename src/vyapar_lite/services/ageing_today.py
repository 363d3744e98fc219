"""Today's ageing for the dashboard, kept between looks and brought up to date from the audit log.

Working out every customer's ageing reads the whole shop (0.4-0.7 s on a 1M-entry shop), and the
dashboard asks for it each time it is shown. Every change to the books writes its audit row in the
same transaction (services/audit.py), naming the customer it touched, so a later look needs only
the customers named since the last one. It is worked out in full again on a new day, with other
ageing bands, for another file, when the audit log is not the one last seen (a restore), after a
change naming no customer (other than items, stock and GST rates), or when many customers changed.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from vyapar_lite.db import audit_seal, current_path, database
from vyapar_lite.domain.ageing import AgeingBands
from vyapar_lite.services import ageing

# changes that name no customer and leave every balance and due date alone
NO_CUSTOMER_EFFECT = frozenset({"item", "stock_move", "gst_rate", "sequence"})
FULL_AFTER = 200  # customers changed; more than this: work it all out again


@dataclass(frozen=True)
class _Kept:
    path: Path | None
    as_of: date
    bands: AgeingBands
    head: tuple[int, str]  # the audit log's last row (id, hash) when worked out
    rows: dict[str, ageing.AgeingRow]  # by customer code: the "nonzero" report's rows


_lock = threading.Lock()
_kept: _Kept | None = None


def ageing_today(as_of: date) -> ageing.AgeingReport:
    """`ageing.ageing(as_of)` (every customer who owes or is in advance), kept up to date."""
    global _kept  # noqa: PLW0603 - one kept report per process, replaced whole under the lock
    bands = ageing.get_bands()
    with _lock:
        kept, head, path = _kept, audit_seal.tail(database), current_path()
        if kept is None or (kept.path, kept.as_of, kept.bands) != (path, as_of, bands):
            kept = _full(path, as_of, bands, head)
        elif kept.head != head:
            changed = _customers_changed_since(kept.head)
            if changed is None or len(changed) > FULL_AFTER:
                kept = _full(path, as_of, bands, head)
            else:
                rows = dict(kept.rows)
                for code in changed:
                    rows.pop(code, None)
                rows.update(ageing.rows_of_customers(as_of, changed, bands))
                kept = _Kept(path, as_of, bands, head, rows)
        _kept = kept
    return ageing.report_of(as_of, bands, [kept.rows[code] for code in sorted(kept.rows)])


def forget() -> None:
    """Drop what is kept (tests; closing a file)."""
    global _kept  # noqa: PLW0603
    with _lock:
        _kept = None


def _full(path: Path | None, as_of: date, bands: AgeingBands, head: tuple[int, str]) -> _Kept:
    report = ageing.ageing(as_of, bands=bands, show="nonzero")
    return _Kept(path, as_of, bands, head, {row.code: row for row in report.rows})


def _customers_changed_since(head: tuple[int, str]) -> set[str] | None:
    """Codes of the customers named in audit rows after `head`; None when that cannot be told."""
    last_id, last_hash = head
    if last_id:
        row = database.execute_sql(
            "SELECT row_hash FROM audit_entry WHERE id = ?", (last_id,)
        ).fetchone()
        if row is None or str(row[0]) != last_hash:  # not the log seen last time
            return None
    codes: set[str] = set()
    for record_type, code in database.execute_sql(
        "SELECT a.record_type, c.code FROM audit_entry a "
        "LEFT JOIN customer c ON c.id = a.customer_id WHERE a.id > ?",
        (last_id,),
    ).fetchall():
        if code is None:
            if record_type not in NO_CUSTOMER_EFFECT:
                return None
        else:
            codes.add(str(code))
    return codes
