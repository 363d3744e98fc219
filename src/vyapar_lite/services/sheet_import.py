"""What every import from a sheet shares: the preview, the result, the rejection, and codes.

An import is checked whole before anything is written (`ImportPreview`); any error rejects the
whole file (`ImportRejected`). Rows without a code take the series' next codes, skipping codes the
shop or the file already uses (`assign_codes`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar, cast

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Sequence as NumberSeries
from vyapar_lite.domain.customer import format_code
from vyapar_lite.domain.sheet import RowError, SheetData

RowT = TypeVar("RowT")


class CodedRow(Protocol):
    @property
    def code(self) -> str: ...


CodedT = TypeVar("CodedT", bound=CodedRow)


@dataclass(frozen=True)
class ImportPreview(Generic[RowT]):
    """What an import would do. Nothing can be imported while `errors` is not empty."""

    file_name: str
    rows: list[RowT]
    errors: list[RowError]
    warnings: list[RowError]
    rows_read: int

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> int:
        return len({e.row_number for e in self.errors})


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    created: int
    first_code: str
    last_code: str
    warnings: list[RowError] = field(default_factory=list)


class ImportRejected(Exception):
    """The file has problems; nothing was imported. `errors` lists every one."""

    def __init__(self, file_name: str, errors: list[RowError]) -> None:
        self.file_name = file_name
        self.errors = errors
        super().__init__(f"{file_name} was not imported: {len(errors)} problem(s)")


def file_problem(file_name: str, problem: str) -> ImportPreview[Any]:
    """The preview of a file that could not be read at all."""
    return ImportPreview(file_name, [], [RowError(0, "", problem)], [], 0)


def import_all(
    sheet: SheetData,
    series: str,
    check: Callable[[SheetData], tuple[ImportPreview[CodedT], int]],
    write: Callable[[list[CodedT], str], None],
) -> ImportResult:
    """One import transaction: `check(sheet)` (the preview, and the number series' next number
    once blank codes are filled); raise ImportRejected on any error; else move the series on and
    `write(rows, note)` with the note "imported from <file name>"."""
    with database.atomic():
        number_before = NumberSeries.get(NumberSeries.name == series).next_number
        checked, next_number = check(sheet)
        if not checked.ok:
            raise ImportRejected(sheet.file_name, checked.errors)
        if next_number != number_before:  # blank codes took numbers from the series
            NumberSeries.update(next_number=next_number).where(
                NumberSeries.name == series
            ).execute()
        write(checked.rows, f"imported from {sheet.file_name}")
    rows = checked.rows
    return ImportResult(sheet.file_name, len(rows), rows[0].code, rows[-1].code, checked.warnings)


def assign_codes(
    wanted: Sequence[str], taken: set[str], series: tuple[str, int, int]
) -> tuple[list[str], int]:
    """Each row's code: its own, or (when blank) the series' next code that neither the shop nor
    the file uses. Returns the codes and the series' next number afterwards."""
    prefix, number, width = series
    taken = taken | {code for code in wanted if code}
    codes = []
    for own in wanted:
        code = own
        while not code:
            candidate = format_code(prefix, number, width)
            number += 1
            if candidate not in taken:
                code = candidate
        codes.append(code)
    return codes, number


def tuples(query: pw.ModelSelect[Any]) -> Iterable[tuple[Any, ...]]:
    """Rows as plain tuples (peewee's type hints describe model rows only)."""
    return cast("Iterable[tuple[Any, ...]]", query.tuples())
