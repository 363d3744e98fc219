"""How report cells read, on the screen and on paper alike: the columns of a report and the text
of each kind of value. Plain strings, no Qt, so the screen's table (`report_model`) and the
printout (`report_html`) always say the same thing.

Kinds: "text"; "date" (22-11-2026); "money" (1,24,000.00, no symbol); "amount" (money, blank
when nothing, for debit and credit columns); "balance" (1,250.00 Dr / 200.00 Cr: Dr means the
customer owes the shop); "count"; "days" (days overdue, blank when not overdue); "rate" (GST rate
from basis points: 1800 -> 18%).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication

from vyapar_lite.domain.item import format_qty
from vyapar_lite.domain.money import format_money

RowT = TypeVar("RowT")
NUMBER_KINDS = frozenset({"money", "amount", "balance", "count", "days", "rate", "qty"})


@dataclass(frozen=True)
class Column(Generic[RowT]):
    """One column of a report: its title, how to get its value from a row, and its kind."""

    header: str
    value: Callable[[RowT], Any]
    kind: str = "text"
    width: int = 100  # pixels on the screen
    whole: bool = False  # never broken over two lines on paper (numbers and dates never are)
    paper: int = 0  # percent of the page's width on paper (0: as the text needs)

    @property
    def title(self) -> str:
        """The header as shown and printed, in the screens' language (`header`, marked with
        QT_TRANSLATE_NOOP("columns", ...), stays the English that identifies the column). The
        ageing's last band is named from the shop's bands ("Over 90"), so it is worded here."""
        if self.header.startswith("Over ") and self.header[5:].isdigit():
            over = QCoreApplication.translate("columns", "Over {days}")
            return over.format(days=self.header[5:])
        return QCoreApplication.translate("columns", self.header)

    @property
    def is_number(self) -> bool:
        return self.kind in NUMBER_KINDS

    @property
    def nowrap(self) -> bool:
        return self.whole or self.kind == "date" or self.is_number

    def text(self, row: RowT) -> str:
        return cell_text(self.kind, self.value(row))


def money(paise: int) -> str:
    return format_money(paise, symbol=False)


def balance(paise: int) -> str:
    """`6,256.00 Dr` (owes the shop), `1,000.00 Cr` (in advance), `0.00`."""
    if paise > 0:
        return f"{money(paise)} Dr"
    if paise < 0:
        return f"{money(-paise)} Cr"
    return money(0)


def day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def rate(basis_points: int) -> str:
    """1800 -> `18%`, 250 -> `2.5%`, 25 -> `0.25%` (whole numbers only: no floats)."""
    whole, part = divmod(basis_points, 100)
    return f"{whole}%" if not part else f"{whole}.{part:02d}".rstrip("0") + "%"


def cell_text(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if kind == "money":
        return money(int(value))
    if kind == "amount":
        return money(int(value)) if value else ""
    if kind == "balance":
        return balance(int(value))
    if kind == "date":
        return day(value)
    if kind == "count":
        return f"{int(value):,}"
    if kind == "days":
        return f"{int(value):,}" if value > 0 else ""
    if kind == "rate":
        return rate(int(value))
    if kind == "qty":
        return format_qty(int(value))
    return str(value)
