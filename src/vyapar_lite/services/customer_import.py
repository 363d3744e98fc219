"""Importing customers from the customers sheet: a preview first, then all rows or none.

The file is read by `exports.workbook.read_first_sheet()` (services never touch openpyxl); these
functions take the SheetData it returns. Every row is checked before anything is written: the
sheet's own rules (`domain.customer_sheet`), then against the shop (codes already used). Any error
rejects the whole file. Customers whose phone, GSTIN or e-mail another customer already has are
imported anyway (the sheet is the shopkeeper's confirmation) and reported as warnings.

The import is one transaction. Rows, ledger entries and audit rows are the ones
`customers.create_customer()` writes (built by the same functions there), inserted with one
prepared statement per table (`db.bulk`); the shop's codes, phones, GSTINs and e-mails are loaded
once, never queried row by row. 10,000 rows take about 3 s, reading the file included.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from vyapar_lite.db import bulk
from vyapar_lite.db.models import Customer, Sequence
from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance
from vyapar_lite.domain.customer_sheet import SheetReading, read_sheet, sort_errors
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.domain.sheet import RowError, SheetData
from vyapar_lite.services import audit, customers, opening_bills
from vyapar_lite.services.sheet_import import ImportPreview as GenericPreview
from vyapar_lite.services.sheet_import import (
    ImportRejected,
    ImportResult,
    assign_codes,
    file_problem,
    import_all,
    tuples,
)

__all__ = [
    "ImportPreview",
    "ImportRejected",
    "ImportResult",
    "ImportRow",
    "import_customers",
    "preview",
]

_WARN_FIELDS = (
    ("phone", "Phone", "phone"),
    ("gstin", "GSTIN", "GSTIN"),
    ("email", "Email", "e-mail"),
)


@dataclass(frozen=True)
class ImportRow:
    """A customer the import would create, with the code it gets."""

    row_number: int
    code: str
    details: CustomerDetails
    opening: OpeningBalance | None


ImportPreview = GenericPreview["ImportRow"]


def preview(sheet: SheetData) -> ImportPreview:
    """Check every row against the sheet's rules and the shop; writes nothing."""
    return _check(sheet, _ShopIndex.load())[0]


def import_customers(sheet: SheetData) -> ImportResult:
    """Create every customer in the sheet in one transaction, or raise ImportRejected and write
    nothing. The audit rows say "imported from <file name>"."""
    return import_all(
        sheet,
        "customer",
        lambda checked: _check(checked, _ShopIndex.load()),
        lambda rows, note: _write(rows, note=note),
    )


@dataclass(frozen=True)
class _ShopIndex:
    """The shop's customers as lookups: code, phone, GSTIN, e-mail -> (code, name)."""

    codes: dict[str, str]
    by_value: dict[tuple[str, str], tuple[str, str]]
    series: tuple[str, int, int]

    @classmethod
    def load(cls) -> _ShopIndex:
        codes: dict[str, str] = {}
        by_value: dict[tuple[str, str], tuple[str, str]] = {}
        columns = (Customer.code, Customer.name, Customer.phone, Customer.gstin, Customer.email)
        for code, name, phone, gstin, email in tuples(Customer.select(*columns)):
            codes[code] = name
            for key, value in (("phone", phone), ("gstin", gstin), ("email", email.lower())):
                if value:
                    by_value.setdefault((key, value), (code, name))
        seq = Sequence.get(Sequence.name == "customer")
        return cls(codes, by_value, (seq.prefix, seq.next_number, seq.width))


def _check(sheet: SheetData, shop: _ShopIndex) -> tuple[ImportPreview, int]:
    """The preview, and the customer series' next number once the rows have their codes."""
    if sheet.problem:
        return file_problem(sheet.file_name, sheet.problem), shop.series[1]
    reading: SheetReading = read_sheet(sheet.rows)
    errors = list(reading.errors)
    warnings = list(reading.warnings)
    for customer in reading.customers:
        d, row = customer.details, customer.row_number
        if d.code in shop.codes:
            errors.append(
                RowError(
                    row,
                    "Code",
                    Message(
                        QT_TRANSLATE_NOOP("messages", "Code {code} is already used by {value}"),
                        code=d.code,
                        value=shop.codes[d.code],
                    ),
                )
            )
        for key, header, label in _WARN_FIELDS:
            value = getattr(d, key)
            match = shop.by_value.get((key, value.lower() if key == "email" else value))
            if value and match:
                warnings.append(
                    RowError(
                        row,
                        header,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "messages",
                                "{code} {name} already has this {label} (imported anyway)",
                            ),
                            code=match[0],
                            name=match[1],
                            label=label,
                        ),
                    )
                )
    rows, next_number = _with_codes(reading, shop)
    errors, warnings = sort_errors(errors), sort_errors(warnings)
    return ImportPreview(sheet.file_name, rows, errors, warnings, reading.rows_read), next_number


def _with_codes(reading: SheetReading, shop: _ShopIndex) -> tuple[list[ImportRow], int]:
    """Blank codes get the series' next numbers, skipping codes the shop or the file uses."""
    wanted = [c.details.code for c in reading.customers]
    codes, number = assign_codes(wanted, set(shop.codes), shop.series)
    rows = [
        ImportRow(c.row_number, code, c.details, c.opening)
        for c, code in zip(reading.customers, codes, strict=True)
    ]
    return rows, number


def _write(rows: list[ImportRow], *, note: str) -> None:
    now = datetime.now()
    category_ids = customers.category_ids(r.details.category for r in rows)
    last_id = Customer.select(pw.fn.MAX(Customer.id)).scalar() or 0
    values = [
        customers.new_customer_values(
            r.details, r.code, category_id=category_ids[r.details.category], now=now
        )
        for r in rows
    ]
    bulk.insert_rows(Customer, values)
    ids: dict[str, int] = dict(
        tuples(Customer.select(Customer.code, Customer.id).where(Customer.id > last_id))
    )
    audit.record_many(
        customers.creation_change(ids[r.code], r.details, r.code, note=note) for r in rows
    )

    openings = [
        customers.opening_item(ids[r.code], r.code, r.opening, r.details)
        for r in rows
        if r.opening is not None
    ]
    opening_bills.post_openings(openings, note=note)
