"""The Audit screen's list: audit entries filtered by date, record type and customer, in SQL.

`count(filter)` and `page(filter, sort=, descending=, offset=, limit=)` feed the paged table;
`iter_entries(filter)` streams every matching entry for the Excel export.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from peewee import JOIN

from vyapar_lite.db.models import AuditEntry, Customer
from vyapar_lite.domain import audit_words
from vyapar_lite.domain.errors import FieldError, ValidationError

SORT_KEYS = ("at", "record_type", "action", "customer")
BATCH = 2000


@dataclass(frozen=True)
class AuditFilter:
    start: date | None = None
    end: date | None = None
    record_type: str = ""  # "" = every type
    customer_code: str = ""  # "" = every customer (and entries about no customer)


@dataclass(frozen=True)
class AuditRow:
    code: str  # the entry's id as text (the paged table's row code)
    entry_id: int
    at: datetime
    action: str
    record_type: str
    record_label: str
    customer_code: str
    customer_name: str
    changes: str  # in shop language: "Amount: ₹4,000.00 → ₹5,000.00; GST: 18%" (audit_words)
    note: str
    before_json: str = ""  # the raw values as stored, for a verifier (the export's hidden columns)
    after_json: str = ""
    counter: str = ""  # the counter that made the change ('' before migration 26)


def record_types() -> list[str]:
    """Every record type the log holds, for the filter's list."""
    query: Any = (
        AuditEntry.select(AuditEntry.record_type).distinct().order_by(AuditEntry.record_type)
    )
    return [str(row[0]) for row in query.tuples()]


def count(f: AuditFilter) -> int:
    return int(_filtered(AuditEntry.select(), f).count())


def page(
    f: AuditFilter,
    *,
    sort: str = "at",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[AuditRow]:
    if sort not in SORT_KEYS:
        raise ValidationError(FieldError("sort", f"Sort by one of {', '.join(SORT_KEYS)}"))
    key: Any = {
        "at": AuditEntry.id,
        "record_type": AuditEntry.record_type,
        "action": AuditEntry.action,
        "customer": Customer.code,
    }[sort]
    order = [key.desc() if descending else key.asc()]
    if sort != "at":
        order.append(AuditEntry.id.desc() if descending else AuditEntry.id.asc())
    query = _filtered(_select(), f).order_by(*order).offset(max(offset, 0)).limit(max(limit, 0))
    return [_row(r) for r in query.tuples()]


def iter_entries(f: AuditFilter) -> Iterator[AuditRow]:
    """Every matching entry, oldest first, fetched in batches."""
    after = 0
    while True:
        query = (
            _filtered(_select(), f)
            .where(AuditEntry.id > after)
            .order_by(AuditEntry.id)
            .limit(BATCH)
        )
        rows = [_row(r) for r in query.tuples()]
        if not rows:
            return
        yield from rows
        after = rows[-1].entry_id


def _select() -> Any:
    return AuditEntry.select(
        AuditEntry.id,
        AuditEntry.at,
        AuditEntry.action,
        AuditEntry.record_type,
        AuditEntry.record_label,
        Customer.code,
        Customer.name,
        AuditEntry.before_json,
        AuditEntry.after_json,
        AuditEntry.note,
        AuditEntry.counter,
    ).join(Customer, JOIN.LEFT_OUTER, on=(Customer.id == AuditEntry.customer_id))


def _filtered(query: Any, f: AuditFilter) -> Any:
    if f.start is not None and f.end is not None and f.start > f.end:
        raise ValidationError(FieldError("start", "The start date is after the end date"))
    if f.start is not None:
        query = query.where(AuditEntry.at >= datetime.combine(f.start, time()))
    if f.end is not None:
        query = query.where(AuditEntry.at < datetime.combine(f.end + timedelta(days=1), time()))
    if f.record_type:
        query = query.where(AuditEntry.record_type == f.record_type)
    if f.customer_code.strip():
        customer = Customer.get_or_none(Customer.code == f.customer_code.strip().upper())
        if customer is None:
            raise ValidationError(
                FieldError("customer", f"There is no customer with code {f.customer_code}")
            )
        query = query.where(AuditEntry.customer_id == customer.id)
    return query


def _row(r: tuple[Any, ...]) -> AuditRow:
    entry_id, at, action, record_type, label, code, name, before, after, note, counter = r
    if isinstance(at, str):
        at = datetime.fromisoformat(at)
    return AuditRow(
        str(entry_id),
        int(entry_id),
        at,
        str(action),
        str(record_type),
        str(label or ""),
        str(code or ""),
        str(name or ""),
        describe_changes(before, after),
        str(note or ""),
        str(before or ""),
        str(after or ""),
        str(counter or ""),
    )


def describe_changes(
    before_json: str | None, after_json: str | None, say: audit_words.Say = audit_words.english
) -> str:
    """The stored JSON in shop language ("Name: Asha → Asha Verma; Credit limit: ₹5,000.00");
    `say` gives the words in the screen's language (English by default)."""
    before = json.loads(before_json) if before_json else {}
    after = json.loads(after_json) if after_json else {}
    return audit_words.describe(before, after, say)
