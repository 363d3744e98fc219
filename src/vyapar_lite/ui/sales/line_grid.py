"""The lines of an invoice or sale order, typed without the mouse.

Columns: Item, HSN/SAC, Qty, Unit, Rate, Disc %, Disc ₹, GST %, then Taxable, Tax and Total (worked
out by the service and shown here). The HSN/SAC cell is filled from a chosen item and typed (digits
only) on a free-text line, whose HSN nothing else can give: an invoice to a registered customer
needs one (Notification 78/2020, Rule 46). Enter moves to the next cell to type in and, after the
last, to a new line; Ctrl+Enter jumps to the next line; Enter on an empty Item cell leaves the lines
(`leave_requested`); Ctrl+Delete removes a line. The Item cell suggests items as you type (Enter
takes the highlighted one and fills unit, rate for the customer's type, discount and GST); any
other text is kept as a free description.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import LineAmounts, LineInput
from vyapar_lite.domain.item import format_qty, format_rate, parse_qty, parse_rate_percent
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money, parse_money
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.sales import item_lookup
from vyapar_lite.ui.sales.item_lookup import ItemChoice
from vyapar_lite.ui.sales.line_delegate import LineDelegate
from vyapar_lite.ui.sales.table_cells import commit_open_editor

COLUMNS = (  # marked for the "line_grid" context, shown translated
    QT_TRANSLATE_NOOP("line_grid", "Item"), "HSN/SAC", QT_TRANSLATE_NOOP("line_grid", "Qty"),
    QT_TRANSLATE_NOOP("line_grid", "Unit"), QT_TRANSLATE_NOOP("line_grid", "Rate"),
    QT_TRANSLATE_NOOP("line_grid", "Disc %"), QT_TRANSLATE_NOOP("line_grid", "Disc ₹"),
    QT_TRANSLATE_NOOP("line_grid", "GST %"), QT_TRANSLATE_NOOP("line_grid", "Taxable"),
    QT_TRANSLATE_NOOP("line_grid", "Tax"), QT_TRANSLATE_NOOP("line_grid", "Total"),
)  # fmt: skip
ITEM, HSN, QTY, UNIT, RATE, DISC_PCT, DISC_AMT, GST, TAXABLE, TAX, TOTAL = range(len(COLUMNS))
MAX_HSN_DIGITS = 8
_NEXT = QAbstractItemView.CursorAction.MoveNext
_PREVIOUS = QAbstractItemView.CursorAction.MovePrevious
EDITABLE = (ITEM, HSN, QTY, RATE, DISC_PCT, DISC_AMT, GST)  # HSN only on a free-text line
# the last word of a service field name ("line 2 quantity") -> the column it is about
FIELD_COLUMNS = {
    "item": ITEM,
    "HSN/SAC": HSN,
    "quantity": QTY,
    "rate": RATE,
    "discount": DISC_PCT,
    "GST": GST,
}
_LINE_FIELD = re.compile(r"^line (\d+) (\S+)$")
_META = Qt.ItemDataRole.UserRole
_ERROR = QBrush(QColor("#ffd6d6"))
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class LineMeta:
    """What a line carries besides its cells: the item it came from, and whether its rate was
    typed by hand (then a change of customer type leaves it alone)."""

    item_code: str = ""
    hsn_sac: str = ""
    unit: str = ""
    price_includes_tax: bool = False
    rate_typed: bool = False
    reverse_charge: bool = False  # the item's: GST on it payable by the buyer (s.9(3) CGST Act)


class LineGrid(QTableWidget):
    """`changed()` after any edit; `leave_requested()` on Enter in an empty Item cell."""

    changed = Signal()
    leave_requested = Signal()

    def __init__(self, name: str = "sales.lines", parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName(name)
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("line_grid", c) for c in COLUMNS]
        )
        self.customer_type = "General"
        self.row_of_line: list[int] = []
        self._filling = False
        self._marked: list[tuple[int, int]] = []
        self.delegate = LineDelegate(self, item_column=ITEM)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((260, 75, 60, 50, 80, 55, 65, 55, 90, 75, 90)):
            self.setColumnWidth(column, width)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._cell_changed)
        self.add_row()

    # rows
    def add_row(self) -> int:
        row = self.rowCount()
        self._filling = True
        try:
            self.insertRow(row)
            for column in range(len(COLUMNS)):
                cell = QTableWidgetItem("")
                if column != ITEM:
                    cell.setTextAlignment(_RIGHT)
                if column not in EDITABLE:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    cell.setForeground(QBrush(QColor("#333")))
                self.setItem(row, column, cell)
            self.cell(row, ITEM).setData(_META, LineMeta())
        finally:
            self._filling = False
        return row

    def remove_current_line(self) -> None:
        row = self.currentRow()
        if row < 0:
            return
        self.removeRow(row)
        if self.rowCount() == 0:
            self.add_row()
        self.setCurrentCell(min(row, self.rowCount() - 1), ITEM)
        self.changed.emit()

    def clear_lines(self) -> None:
        self.setRowCount(0)
        self.add_row()
        self.setCurrentCell(0, ITEM)
        self.changed.emit()

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        """The cell (every row has all its cells: `add_row` makes them)."""
        cell = self.item(row, column)
        if cell is None:
            raise IndexError(f"no cell at line {row + 1}, column {column}")
        return cell

    def text(self, row: int, column: int) -> str:
        cell = self.item(row, column)
        return cell.text().strip() if cell is not None else ""

    def meta(self, row: int) -> LineMeta:
        value = self.cell(row, ITEM).data(_META)
        return value if isinstance(value, LineMeta) else LineMeta()

    def is_blank(self, row: int) -> bool:
        return not any(self.text(row, c) for c in (ITEM, QTY, RATE))

    def _set(self, row: int, column: int, text: str) -> None:
        self.cell(row, column).setText(text)

    def can_type(self, row: int, column: int) -> bool:
        """A cell you type in: the editable columns, HSN/SAC only on a free-text line or for an
        item whose master has none (a chosen item's code comes from the item master)."""
        if column == HSN:
            meta = self.meta(row)
            return not (meta.item_code and meta.hsn_sac)
        return column in EDITABLE

    def _set_hsn(self, row: int, code: str, *, typed: bool) -> None:
        """The HSN/SAC cell: the item's (read-only) or typed on a free-text line (editable)."""
        cell = self.cell(row, HSN)
        self._set(row, HSN, code)
        flags = cell.flags()
        cell.setFlags(
            flags | Qt.ItemFlag.ItemIsEditable if typed else flags & ~Qt.ItemFlag.ItemIsEditable
        )
        cell.setForeground(QBrush(QColor("#000" if typed else "#333")))

    # filling a line
    def commit_item(self, row: int, text: str, code: str) -> None:
        """The Item cell was typed: an item picked (or its exact code/name typed) fills the line;
        anything else is a free description."""
        text = text.strip()
        found = item_lookup.choice(code, self.customer_type) if code else None
        if found is None and text and text != self.text(row, ITEM):
            found = item_lookup.exact(text, self.customer_type)
        self._filling = True
        try:
            if found is not None:
                self.fill_item(row, found)
            else:
                if text != self.text(row, ITEM):
                    old = self.meta(row)
                    self.cell(row, ITEM).setData(_META, LineMeta(rate_typed=old.rate_typed))
                    self._set(row, UNIT, "")
                    self._set_hsn(row, "" if old.item_code else self.text(row, HSN), typed=True)
                self._set(row, ITEM, text)
        finally:
            self._filling = False
        self.changed.emit()

    def fill_item(self, row: int, item: ItemChoice, *, keep_qty: bool = True) -> None:
        self._set(row, ITEM, item.name)
        self.cell(row, ITEM).setToolTip(
            QCoreApplication.translate("line_grid", "{code} · HSN/SAC {hsn}").format(
                hsn=item.hsn_sac or "—", code=item.code
            )
        )
        self.cell(row, ITEM).setData(
            _META,
            LineMeta(
                item.code,
                item.hsn_sac,
                item.unit,
                item.price_includes_tax,
                reverse_charge=item.reverse_charge,
            ),
        )
        self._set_hsn(row, item.hsn_sac, typed=not item.hsn_sac)
        if not (keep_qty and self.text(row, QTY)):
            self._set(row, QTY, "1")
        self._set(row, UNIT, item.unit)
        self._set(row, RATE, format_money(item.rate, symbol=False))
        self._set(row, DISC_PCT, format_rate(item.discount_bp) if item.discount_bp else "")
        self._set(row, DISC_AMT, "")
        self._set(row, GST, format_rate(item.gst_rate_bp))

    def set_customer_type(self, customer_type: str) -> None:
        """Price the lines again for another customer type (lines with a typed rate stay)."""
        if customer_type == self.customer_type:
            return
        self.customer_type = customer_type
        self._filling = True
        try:
            for row in range(self.rowCount()):
                meta = self.meta(row)
                if meta.item_code and not meta.rate_typed:
                    item = item_lookup.choice(meta.item_code, customer_type)
                    if item is not None:
                        self._set(row, RATE, format_money(item.rate, symbol=False))
                        self._set(
                            row, DISC_PCT, format_rate(item.discount_bp) if item.discount_bp else ""
                        )
                        self._set(row, DISC_AMT, "")
        finally:
            self._filling = False
        self.changed.emit()

    def set_lines(self, lines: list[LineInput]) -> None:
        """Show lines made elsewhere (an order being converted)."""
        self._filling = True
        try:
            self.setRowCount(0)
            for line in lines:
                row = self.add_row()
                self._filling = True
                self._set(row, ITEM, line.description)
                self.cell(row, ITEM).setData(
                    _META,
                    LineMeta(
                        line.item_code,
                        line.hsn_sac,
                        line.unit,
                        line.price_includes_tax,
                        True,
                        line.reverse_charge,
                    ),
                )
                self._set_hsn(row, line.hsn_sac, typed=not (line.item_code and line.hsn_sac))
                self._set(row, QTY, format_qty(line.qty_milli).replace(",", ""))
                self._set(row, UNIT, line.unit)
                self._set(row, RATE, format_money(line.rate, symbol=False))
                self._set(row, DISC_PCT, format_rate(line.discount_bp) if line.discount_bp else "")
                amount = line.discount_amount
                self._set(row, DISC_AMT, format_money(amount, symbol=False) if amount else "")
                self._set(row, GST, format_rate(line.gst_rate_bp))
            self.add_row()
        finally:
            self._filling = False
        self.changed.emit()

    def typed_rows(self) -> list[dict[str, object]]:
        """Each non-blank line as typed (cells and what the line came from), for a kept draft."""
        rows: list[dict[str, object]] = []
        for row in range(self.rowCount()):
            if self.is_blank(row):
                continue
            meta = self.meta(row)
            rows.append(
                {
                    "cells": [self.text(row, c) for c in range(TAXABLE)],
                    "item_code": meta.item_code,
                    "hsn_sac": meta.hsn_sac,
                    "unit": meta.unit,
                    "price_includes_tax": meta.price_includes_tax,
                    "rate_typed": meta.rate_typed,
                }
            )
        return rows

    def show_typed_rows(self, rows: list[dict[str, object]]) -> None:
        """Put `typed_rows()` back, then an empty line to go on typing in."""
        self._filling = True
        try:
            self.setRowCount(0)
            for kept in rows:
                row = self.add_row()
                self._filling = True
                cells = kept.get("cells")
                for column, text in enumerate(cells if isinstance(cells, list) else []):
                    if column < TAXABLE and isinstance(text, str):
                        self._set(row, column, text)
                meta = LineMeta(
                    str(kept.get("item_code") or ""),
                    str(kept.get("hsn_sac") or ""),
                    str(kept.get("unit") or ""),
                    bool(kept.get("price_includes_tax")),
                    bool(kept.get("rate_typed")),
                )
                self.cell(row, ITEM).setData(_META, meta)
            self.add_row()
        finally:
            self._filling = False
        self.changed.emit()

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling:
            return
        row, column = cell.row(), cell.column()
        self._filling = True
        try:
            if column == RATE:
                self.cell(row, ITEM).setData(_META, replace(self.meta(row), rate_typed=True))
                _tidy_money(cell)
            elif column == DISC_AMT and cell.text().strip():
                _tidy_money(cell)
                self._set(row, DISC_PCT, "")
            elif column == DISC_PCT and cell.text().strip():
                self._set(row, DISC_AMT, "")
            elif column == HSN:
                cell.setText("".join(cell.text().split()))  # "9965 11" -> "996511"
        finally:
            self._filling = False
        self.changed.emit()

    # reading the lines
    def lines(self) -> tuple[list[LineInput], list[FieldError]]:
        """The typed lines (blank rows left out) and every problem found reading them."""
        lines: list[LineInput] = []
        errors: list[FieldError] = []
        self.row_of_line = []
        for row in range(self.rowCount()):
            if self.is_blank(row):
                continue
            number = len(lines) + 1
            self.row_of_line.append(row)
            meta = self.meta(row)
            where = f"line {number}"
            qty = self._read(row, QTY, f"{where} quantity", parse_qty, errors)
            if not self.text(row, QTY):
                errors.append(
                    FieldError(
                        f"line {number} quantity",
                        QCoreApplication.translate(
                            "line_grid", "Line {number}: enter a quantity"
                        ).format(number=number),
                    )
                )
            lines.append(
                LineInput(
                    description=self.text(row, ITEM),
                    qty_milli=qty,
                    rate=self._read(row, RATE, f"{where} rate", parse_money, errors),
                    gst_rate_bp=self._read(row, GST, f"{where} GST", parse_rate_percent, errors),
                    price_includes_tax=meta.price_includes_tax,
                    discount_bp=self._read(
                        row, DISC_PCT, f"{where} discount", parse_rate_percent, errors
                    ),
                    discount_amount=self._read(
                        row, DISC_AMT, f"{where} discount", parse_money, errors
                    ),
                    item_code=meta.item_code,
                    hsn_sac=meta.hsn_sac or self._hsn(row, number, errors),
                    unit=meta.unit or self.text(row, UNIT),
                    reverse_charge=meta.reverse_charge,
                )
            )
        return lines, errors

    def _hsn(self, row: int, number: int, errors: list[FieldError]) -> str:
        """A free-text line's HSN/SAC as typed: digits only, at most 8 (the tariff's longest)."""
        code = self.text(row, HSN)
        if code and not (code.isdigit() and len(code) <= MAX_HSN_DIGITS):
            errors.append(
                FieldError(
                    f"line {number} HSN/SAC",
                    QCoreApplication.translate(
                        "line_grid",
                        "Line {number}: an HSN/SAC code is digits only, at most {digits} "
                        "of them; '{code}' is not",
                    ).format(number=number, digits=MAX_HSN_DIGITS, code=code),
                )
            )
        return code

    def _read(
        self,
        row: int,
        column: int,
        field: str,
        parse: Callable[[str], int],
        errors: list[FieldError],
    ) -> int:
        """A cell's number (0 when blank); a message naming the line and field when it is bad."""
        text = self.text(row, column)
        if not text:
            return 0
        try:
            return parse(text)
        except ValidationError as exc:
            number = field.split()[1]
            words = "; ".join(shown(e.message) for e in exc.errors)
            errors.append(
                FieldError(
                    field,
                    QCoreApplication.translate("line_grid", "Line {number}: {words}").format(
                        number=number, words=words
                    ),
                )
            )
            return 0

    # showing what the service worked out
    def show_tax(self, shown: bool) -> None:
        """Hide the GST % and Tax columns for a shop that may not charge tax (bills of supply)."""
        self.setColumnHidden(GST, not shown)
        self.setColumnHidden(TAX, not shown)

    def show_amounts(self, amounts: list[LineAmounts]) -> None:
        rows = dict(zip(self.row_of_line, amounts, strict=False))
        self._filling = True
        try:
            for row in range(self.rowCount()):
                a = rows.get(row)
                self._set(row, TAXABLE, format_money(a.taxable, symbol=False) if a else "")
                self._set(row, TAX, _tax_text(a) if a else "")
                self._set(row, TOTAL, format_money(a.total, symbol=False) if a else "")
        finally:
            self._filling = False

    def mark_errors(self, errors: list[FieldError]) -> None:
        """Tint the cells the messages are about (`line 2 quantity` -> line 2's Qty)."""
        self._filling = True
        try:
            for row, column in self._marked:
                cell = self.item(row, column)
                if cell is not None:
                    cell.setBackground(QBrush())
                    cell.setToolTip("")
            self._marked = []
            for error in errors:
                match = _LINE_FIELD.match(error.field)
                if not match:
                    continue
                number, field = int(match.group(1)), match.group(2)
                if not 0 < number <= len(self.row_of_line):
                    continue
                row, column = self.row_of_line[number - 1], FIELD_COLUMNS.get(field, ITEM)
                self.cell(row, column).setBackground(_ERROR)
                self.cell(row, column).setToolTip(error.message)
                self._marked.append((row, column))
        finally:
            self._filling = False

    # keys
    def after_enter(self, row: int, column: int, *, next_line: bool = False) -> None:
        """Where Enter goes from (row, column): see the module docstring."""
        if row < 0:
            return
        if column == ITEM and not self.text(row, ITEM):
            if any(not self.is_blank(r) for r in range(self.rowCount())):
                self.leave_requested.emit()
            return
        later = [c for c in EDITABLE if c > column and self.can_type(row, c)]
        if later and not next_line:
            self.go_to(row, later[0])
            return
        if row + 1 >= self.rowCount():
            self.add_row()
        self.go_to(row + 1, ITEM)

    def finish_editing(self) -> None:
        """Commit a cell being typed in (Ctrl+S while in the grid saves what was typed)."""
        commit_open_editor(self)

    def go_to(self, row: int, column: int) -> None:
        self.setCurrentCell(row, column)
        self.editItem(self.cell(row, column))

    def start_typing(self) -> None:
        """Focus the first empty line's Item cell (F4 in the forms)."""
        blank = next((r for r in range(self.rowCount()) if self.is_blank(r)), None)
        if blank is None:
            blank = self.add_row()
        self.setFocus()
        self.go_to(blank, ITEM)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and Shift+Tab go to the next (previous) cell you type in, as Enter does: Qty to
        Rate, past Unit and the worked-out columns."""
        step = {_NEXT: 1, _PREVIOUS: -1}.get(cursorAction)
        here = (self.currentRow(), self.currentColumn())
        if step is None or here[0] < 0:
            return super().moveCursor(cursorAction, modifiers)
        cells = [
            (r, c) for r in range(self.rowCount()) for c in sorted(EDITABLE) if self.can_type(r, c)
        ]
        ahead = [rc for rc in cells if (rc > here if step > 0 else rc < here)]
        if not ahead:
            return super().moveCursor(cursorAction, modifiers)
        row, column = ahead[0] if step > 0 else ahead[-1]
        return self.model().index(row, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER and self.state() != QAbstractItemView.State.EditingState:
            row, column = self.currentRow(), self.currentColumn()
            if row >= 0 and self.can_type(row, column):
                self.editItem(self.cell(row, column))
            elif row >= 0:
                self.after_enter(row, column)
            return
        if (
            event.key() == Qt.Key.Key_Delete
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.remove_current_line()
            return
        super().keyPressEvent(event)


def _tax_text(a: LineAmounts) -> str:
    """The Tax cell: the tax charged, or on a reverse-charge line the recipient's, marked RCM
    (s.9(3) CGST Act: shown, not collected, not in the line's total)."""
    if a.rcm_tax:
        return "RCM " + format_money(a.rcm_tax, symbol=False)
    return format_money(a.tax, symbol=False)


def _tidy_money(cell: QTableWidgetItem) -> None:
    try:
        value = parse_money(cell.text()) if cell.text().strip() else None
    except ValidationError:
        return
    if value is not None:
        cell.setText(format_money(value, symbol=False))
