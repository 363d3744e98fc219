"""Correcting a posted invoice: a credit note (goods returned, or a price taken off) or a debit
note (an extra charge). Each asks for the date and the reason; messages appear in the dialog.
What is typed is kept in the shop file every few seconds (with the invoice's number) and offered
back on the next start after a power cut; posting or discarding the note removes it."""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import line_amounts, totals
from vyapar_lite.domain.item import format_qty, parse_qty
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money, parse_money
from vyapar_lite.services import financial_notes, sales
from vyapar_lite.services.sales import DocumentView
from vyapar_lite.ui.drafts import form_state
from vyapar_lite.ui.drafts.guarded_dialog import GuardedDialog
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.sales.line_grid import LineGrid
from vyapar_lite.ui.sales.table_cells import commit_open_editor, table_cell
from vyapar_lite.ui.unusual_date import post_confirming
from vyapar_lite.ui.widgets import DateEdit

RETURN_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("note_dialogs", "Item"),
    QT_TRANSLATE_NOOP("note_dialogs", "Sold"),
    QT_TRANSLATE_NOOP("note_dialogs", "Returned"),
    QT_TRANSLATE_NOOP("note_dialogs", "Rate"),
    QT_TRANSLATE_NOOP("note_dialogs", "Taxable"),
    QT_TRANSLATE_NOOP("note_dialogs", "Return qty"),
    QT_TRANSLATE_NOOP("note_dialogs", "Price off ₹ (before tax)"),
)
RETURN_QTY, PRICE_OFF = 6, 7
_LINE_FIELD = re.compile(r"^line (\d+) (\w+)$")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ERROR = QBrush(QColor("#ffd6d6"))


class _NoteDialog(GuardedDialog):
    """Date, reason, a message area and Save/Cancel; `posted(DocumentView)` after saving."""

    posted = Signal(object)
    kind: ClassVar[str] = ""  # the draft's kind in the shop file

    def __init__(self, invoice: DocumentView, title: str, parent: QWidget | None) -> None:
        super().__init__(title.split(" (", maxsplit=1)[0].lower(), parent)  # the English noun
        self.invoice = invoice
        self.setWindowTitle(
            QCoreApplication.translate("note_dialogs", "{title} against {number}").format(
                title=QCoreApplication.translate("note_dialogs", title), number=invoice.number
            )
        )
        self.date_edit = DateEdit(max(date.today(), invoice.doc_date))
        self.date_edit.setObjectName("note.date")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("note.reason")
        self.reason_edit.setMaxLength(500)
        self.messages = QLabel()
        self.messages.setObjectName("note.messages")
        self.messages.setWordWrap(True)
        self.messages.setStyleSheet("color: #b00020;")
        self.total_label = QLabel()
        self.total_label.setObjectName("note.total")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("note.save")
        self.save_button.setShortcut("Ctrl+S")
        self.save_button.setToolTip(QCoreApplication.translate("note_dialogs", "Save (Ctrl+S)"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow(QCoreApplication.translate("note_dialogs", "&Date"), self.date_edit)
        self.form.addRow(QCoreApplication.translate("note_dialogs", "&Reason *"), self.reason_edit)
        self.layout_ = QVBoxLayout(self)
        head = QLabel(
            QCoreApplication.translate(
                "note_dialogs", "<b>{number}</b> · {customer} · {total}"
            ).format(
                number=invoice.number,
                customer=invoice.customer_name,
                total=format_money(invoice.totals.grand_total),
            )
        )
        self.layout_.addWidget(head)

    def finish_layout(self, body: QWidget) -> None:
        self.layout_.addWidget(body, 1)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.total_label)
        self.layout_.addWidget(self.messages)
        self.layout_.addWidget(self.buttons)
        self.keep_drafts(self.kind, self._to_keep)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.typed)
        self.date_edit.dateChanged.connect(self.typed)

    # its draft, kept while typed
    def draft_summary(self) -> str:
        """What the next start's offer calls it: "a credit note against INV/1 for Asha"."""
        raise NotImplementedError

    def typed_rows(self) -> Any:
        """The lines as typed (plain JSON), kept with the fields."""
        return None

    def show_typed_rows(self, rows: Any) -> None:
        """Put `typed_rows()` back."""

    def _to_keep(self) -> tuple[str, dict[str, Any]] | None:
        if not self.changed_since_opened():
            return None
        fields = form_state.values(self)
        payload = {"invoice": self.invoice.number, "fields": fields, "rows": self.typed_rows()}
        return self.draft_summary(), payload

    def show_kept(self, payload: dict[str, Any]) -> None:
        """Put a kept draft back (offered at start after a power cut)."""
        fields = payload.get("fields")
        if isinstance(fields, dict):
            form_state.restore(self, fields)
        self.show_typed_rows(payload.get("rows"))
        self.shown_again()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.messages.setText("\n".join(f"• {shown(e.message)}" for e in errors))

    def post(self) -> DocumentView:
        raise NotImplementedError

    def save(self) -> DocumentView | None:
        try:
            doc = self.post()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.posted.emit(doc)
        self.accept()
        return doc


class CreditNoteDialog(_NoteDialog):
    """Per invoice line: the quantity coming back and/or a price taken off (taxable value)."""

    kind: ClassVar[str] = "credit_note"

    def __init__(self, invoice: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(invoice, QT_TRANSLATE_NOOP("note_dialogs", "Credit note"), parent)
        self.setObjectName("sales.creditNoteDialog")
        self.table = QTableWidget(len(invoice.lines), len(RETURN_COLUMNS))
        self.table.setObjectName("note.lines")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("note_dialogs", c) for c in RETURN_COLUMNS]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        for row, line in enumerate(invoice.lines):
            cells = (
                str(line.line_no),
                line.description,
                format_qty(line.qty_milli, line.unit),
                format_qty(line.returned_milli, line.unit) if line.returned_milli else "",
                format_money(line.rate, symbol=False),
                format_money(line.taxable, symbol=False),
                "",
                "",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column not in (RETURN_QTY, PRICE_OFF):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column != 1:
                    cell.setTextAlignment(_RIGHT)
                self.table.setItem(row, column, cell)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.finish_layout(self.table)
        self.table.itemChanged.connect(self.typed)
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "note_dialogs", "e.g. goods returned damaged, rate agreed lower"
            )
        )
        self.resize(820, 420)
        if invoice.lines:
            self.table.setCurrentCell(0, RETURN_QTY)

    def draft_summary(self) -> str:
        said = QCoreApplication.translate("note_dialogs", "a credit note against {0} for {1}")
        return said.format(self.invoice.number, self.invoice.customer_name)

    def typed_rows(self) -> Any:
        return [
            [
                table_cell(self.table, row, RETURN_QTY).text(),
                table_cell(self.table, row, PRICE_OFF).text(),
            ]
            for row in range(self.table.rowCount())
        ]

    def show_typed_rows(self, rows: Any) -> None:
        if not isinstance(rows, list) or len(rows) != self.table.rowCount():
            return  # not this invoice's lines: the fields alone come back
        for row, kept in enumerate(rows):
            if isinstance(kept, list) and len(kept) == 2 and all(isinstance(t, str) for t in kept):
                table_cell(self.table, row, RETURN_QTY).setText(kept[0])
                table_cell(self.table, row, PRICE_OFF).setText(kept[1])

    def set_return(self, line_no: int, qty: str = "", price_off: str = "") -> None:
        row = next(i for i, ln in enumerate(self.invoice.lines) if ln.line_no == line_no)
        table_cell(self.table, row, RETURN_QTY).setText(qty)
        table_cell(self.table, row, PRICE_OFF).setText(price_off)

    def read(self) -> tuple[dict[int, int], dict[int, int], list[FieldError]]:
        returns: dict[int, int] = {}
        prices: dict[int, int] = {}
        errors: list[FieldError] = []
        for row, line in enumerate(self.invoice.lines):
            n = line.line_no
            qty_text = table_cell(self.table, row, RETURN_QTY).text().strip()
            price_text = table_cell(self.table, row, PRICE_OFF).text().strip()
            try:
                if qty_text:
                    returns[n] = parse_qty(qty_text, field=f"line {n} quantity")
                if price_text:
                    prices[n] = parse_money(price_text, field=f"line {n} price")
            except ValidationError as exc:
                said = QCoreApplication.translate("note_dialogs", "Line {line}: {message}")
                errors += [
                    FieldError(e.field, said.format(line=n, message=shown(e.message)))
                    for e in exc.errors
                ]
        return returns, prices, errors

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        rows = {ln.line_no: i for i, ln in enumerate(self.invoice.lines)}
        for row in range(self.table.rowCount()):
            for column in (RETURN_QTY, PRICE_OFF):
                table_cell(self.table, row, column).setBackground(QBrush())
        for error in errors:
            match = _LINE_FIELD.match(error.field)
            if match and int(match.group(1)) in rows:
                column = RETURN_QTY if match.group(2) == "quantity" else PRICE_OFF
                table_cell(self.table, rows[int(match.group(1))], column).setBackground(_ERROR)

    def post(self) -> DocumentView:
        commit_open_editor(self.table)
        returns, prices, errors = self.read()
        if errors:
            raise ValidationError(errors)
        return post_confirming(
            self,
            lambda ok: sales.post_credit_note(
                self.invoice.number,
                doc_date=self.date_edit.date_value(),
                returns=returns,
                price_corrections=prices,
                reason=self.reason_edit.text(),
                confirm_unusual_date=ok,
            ),
        )


class DebitNoteDialog(_NoteDialog):
    """Extra lines charged on the invoice's terms (taxed as the invoice was)."""

    kind: ClassVar[str] = "debit_note"

    def __init__(self, invoice: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(invoice, QT_TRANSLATE_NOOP("note_dialogs", "Debit note"), parent)
        self.setObjectName("sales.debitNoteDialog")
        self.grid = LineGrid("note.grid")
        self.grid.changed.connect(self.refresh)
        self.grid.leave_requested.connect(self.reason_edit.setFocus)
        self.finish_layout(self.grid)
        self.grid.changed.connect(self.typed)
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate(
                "note_dialogs", "e.g. freight charged later, rate revised upwards"
            )
        )
        self.resize(900, 420)

    def draft_summary(self) -> str:
        said = QCoreApplication.translate("note_dialogs", "a debit note against {0} for {1}")
        return said.format(self.invoice.number, self.invoice.customer_name)

    def typed_rows(self) -> Any:
        return self.grid.typed_rows()

    def show_typed_rows(self, rows: Any) -> None:
        if isinstance(rows, list):
            self.grid.show_typed_rows([row for row in rows if isinstance(row, dict)])

    def refresh(self) -> None:
        """Show each line's amounts (taxed like the invoice) and the note's total."""
        lines, errors = self.grid.lines()
        self.show_errors(errors)
        self.grid.mark_errors(errors)
        if errors:
            self.grid.show_amounts([])
            self.total_label.clear()
            return
        amounts = [line_amounts(line, self.invoice.tax_kind) for line in lines]
        self.grid.show_amounts(amounts)
        if amounts:
            total = totals(amounts, round_to_rupee=False).grand_total
            self.total_label.setText(
                QCoreApplication.translate(
                    "note_dialogs", "Debit note total before any round-off: {0}"
                ).format(format_money(total))
            )

    def post(self) -> DocumentView:
        self.grid.finish_editing()
        lines, errors = self.grid.lines()
        if errors:
            raise ValidationError(errors)
        return post_confirming(
            self,
            lambda ok: sales.post_debit_note(
                self.invoice.number,
                doc_date=self.date_edit.date_value(),
                lines=lines,
                reason=self.reason_edit.text(),
                confirm_unusual_date=ok,
            ),
        )


class FinancialNoteDialog(_NoteDialog):
    """A credit without GST (s.34(2) CGST Act: after 30 November of the next year a credit note
    can no longer reduce the tax): only an amount; the balance goes down, the tax does not."""

    kind: ClassVar[str] = "financial_note"

    def __init__(self, invoice: DocumentView, parent: QWidget | None = None) -> None:
        super().__init__(
            invoice,
            QT_TRANSLATE_NOOP("note_dialogs", "Financial credit note (no GST)"),
            parent,
        )
        self.setObjectName("sales.financialNoteDialog")
        explain = QLabel(
            QCoreApplication.translate(
                "note_dialogs",
                "Reduces what the customer owes, not the GST on the invoice: it stays out of the "
                "sales register and the returns.",
            )
        )
        explain.setWordWrap(True)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("note.amount")
        self.amount_edit.setPlaceholderText(
            QCoreApplication.translate("note_dialogs", "₹ credited")
        )
        self.form.insertRow(
            0, QCoreApplication.translate("note_dialogs", "&Amount (₹) *"), self.amount_edit
        )
        self.reason_edit.setPlaceholderText(
            QCoreApplication.translate("note_dialogs", "e.g. discount agreed after the year closed")
        )
        self.finish_layout(explain)

    def draft_summary(self) -> str:
        said = QCoreApplication.translate(
            "note_dialogs", "a financial credit note against {0} for {1}"
        )
        return said.format(self.invoice.number, self.invoice.customer_name)

    def post(self) -> DocumentView:
        amount = parse_money(self.amount_edit.text(), field="amount")
        return financial_notes.post_financial_credit_note(
            self.invoice.number,
            doc_date=self.date_edit.date_value(),
            amount=amount,
            reason=self.reason_edit.text(),
        )
