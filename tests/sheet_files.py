"""Builders for .xlsx files in import tests (openpyxl write-only, like a big real file)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from openpyxl import Workbook

from vyapar_lite.domain.customer_sheet import HEADERS


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
