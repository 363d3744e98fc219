"""Builders for .xlsx files in import tests (openpyxl write-only, like a big real file)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from vyapar_lite.domain.customer_sheet import HEADERS
from vyapar_lite.domain.item_sheet import HEADERS as ITEM_HEADERS


def _key(header: str) -> str:
    return header.lower().replace(" (days)", "").replace(" ", "_")


_BY_KEY = {_key(header): header for header in HEADERS}


def customer_row(name: str = "Asha Verma", **values: object) -> list[object]:
    """One customers-sheet row; keywords are headers in snake case (`pin_code`, `payment_terms`,
    `opening_balance_type`, ...)."""
    row: dict[str, object] = dict.fromkeys(HEADERS)
    row["Name"] = name
    for key, value in values.items():
        row[_BY_KEY[key]] = value
    return [row[header] for header in HEADERS]


def write_sheet(
    path: Path, rows: Iterable[Sequence[object]], *, headers: Sequence[object] = HEADERS
) -> Path:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Customers")
    ws.append(list(headers))
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def _item_key(header: str) -> str:
    return header.lower().replace(" %", "").replace("/", "_").replace(" ", "_")


_ITEM_BY_KEY = {_item_key(header): header for header in ITEM_HEADERS}


def item_row(name: str = "Basmati Rice 5 kg", **values: object) -> list[object]:
    """One items-sheet row (GST rate 5 unless given); keywords are headers in snake case
    (`hsn_sac`, `sale_price`, `dealer_discount`, ...)."""
    row: dict[str, object] = dict.fromkeys(ITEM_HEADERS)
    row["Name"] = name
    row["GST rate"] = 5
    for key, value in values.items():
        row[_ITEM_BY_KEY[key]] = value
    return [row[header] for header in ITEM_HEADERS]


def write_item_sheet(path: Path, rows: Iterable[Sequence[object]]) -> Path:
    return write_sheet(path, rows, headers=ITEM_HEADERS)
