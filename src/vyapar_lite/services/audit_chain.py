"""Verify the audit log's hash chain: where, if anywhere, was it edited outside the app?

Walks the rows in id order, recomputing each row's hash from its stored fields and the row before
it (`domain.audit_hash`), then compares the last row with `audit_chain_head`. The first broken
link is reported with the row's id, its time and what is wrong with it.
"""

from __future__ import annotations

from dataclasses import dataclass

import peewee

from vyapar_lite.db import audit_seal, database
from vyapar_lite.domain.audit_hash import GENESIS, row_hash


@dataclass(frozen=True)
class BrokenLink:
    """The first place the chain does not hold."""

    entry_id: int
    when: str  # the entry's time as stored ('' when the entry itself is gone)
    what: str

    @property
    def message(self) -> str:
        when = f" ({self.when})" if self.when else ""
        return (
            f"audit trail broken at entry {self.entry_id}{when}: {self.what}. "
            "The audit log was edited outside Vyapar Lite."
        )


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken: BrokenLink | None

    @property
    def ok(self) -> bool:
        return self.broken is None


def verify() -> BrokenLink | None:
    """The first broken link of the audit chain, or None when it is whole."""
    return report().broken


def report(db: peewee.Database | None = None) -> ChainReport:
    """How many entries were checked, and the first broken link (if any), in the open shop file
    or in `db` (a backup being restored)."""
    db = database if db is None else db
    prev_hash, prev_id, count = GENESIS, 0, 0
    for row in audit_seal.stored_rows(db):
        width = len(row) - 2  # the hashed columns (with the counter from migration 26)
        values = row[:width]
        stored_prev, stored_hash = str(row[width] or ""), str(row[width + 1] or "")
        entry_id, when = int(values[0] or 0), str(values[1] or "")
        count += 1
        if stored_prev != prev_hash:
            gap = (
                f"entries {prev_id + 1} to {entry_id - 1} are missing"
                if entry_id - prev_id > 2
                else f"entry {prev_id + 1} is missing"
                if entry_id - prev_id == 2
                else "it does not follow the entry before it (that one changed, or this one added)"
            )
            return ChainReport(count, BrokenLink(entry_id, when, gap))
        if row_hash(prev_hash, values) != stored_hash:
            what = "this entry was changed (or added) outside the app"
            return ChainReport(count, BrokenLink(entry_id, when, what))
        prev_hash, prev_id = stored_hash, entry_id
    head = audit_seal.head(db)
    if head is None:
        if count:
            return ChainReport(
                count, BrokenLink(prev_id, "", "the chain's last-entry record is gone")
            )
        return ChainReport(count, None)
    head_id, head_hash = head
    if head_id > prev_id:
        what = (
            f"entries after it (up to {head_id}) were deleted"
            if count
            else f"all {head_id} entries were deleted"
        )
        return ChainReport(count, BrokenLink(prev_id, "", what))
    if head_id < prev_id:
        return ChainReport(
            count, BrokenLink(head_id + 1, "", "this entry was added outside the app")
        )
    if head_hash != prev_hash:
        return ChainReport(count, BrokenLink(prev_id, "", "the last entry was replaced"))
    return ChainReport(count, None)


def problems() -> list[str]:
    """For `health.check()`: one line if the chain is broken, else nothing."""
    broken = verify()
    return [] if broken is None else [broken.message]
