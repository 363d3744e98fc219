"""What is in the shop file, and whether it is sound (for `info`, `check` and the status bar)."""

from __future__ import annotations

from dataclasses import dataclass

from vyapar_lite.db import database, migrations, sqlite_features
from vyapar_lite.db.models import AuditEntry, Customer, LedgerEntry
from vyapar_lite.services import (
    ageing_today,
    app_lock,
    audit_anchors,
    audit_chain,
    books_check,
    gstin_states,
    master_check,
    month_end_balances,
    month_end_items,
    posting_check,
    schema_check,
    series_check,
)


@dataclass(frozen=True)
class FileSummary:
    schema_version: int
    customers: int
    active_customers: int
    ledger_entries: int
    audit_entries: int


@dataclass(frozen=True)
class CheckResult:
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def summary() -> FileSummary:
    return FileSummary(
        schema_version=migrations.current_version(database),
        customers=Customer.select().count(),
        active_customers=Customer.select().where(Customer.is_active).count(),
        ledger_entries=LedgerEntry.select().count(),
        audit_entries=AuditEntry.select().count(),
    )


def check() -> CheckResult:
    """The full integrity check and the foreign-key check; later checks add to the list."""
    problems = [p for p in sqlite_features.integrity_check(database) if p != "ok"]
    problems += [
        f"{row[0]} row {row[1]} points to a missing {row[2]}"
        for row in sqlite_features.foreign_key_problems(database)
    ]
    problems += sqlite_features.customer_search_problems(database)
    problems += books_check.problems()
    problems += schema_check.problems()
    problems += master_check.problems()
    problems += posting_check.problems()
    problems += series_check.problems()
    problems += audit_chain.problems()
    problems += ageing_today.problems()
    problems += month_end_balances.problems()
    problems += month_end_items.problems()
    if missing := app_lock.missing_problem():
        problems.append(missing)
    from vyapar_lite.services import backups  # backups read the file's health; not at import

    problems += audit_anchors.problems(backups.anchor_folders())
    problems += gstin_states.problems()
    return CheckResult(problems)
