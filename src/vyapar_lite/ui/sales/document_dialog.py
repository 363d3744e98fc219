"""One posted invoice, credit note or debit note: header, lines, totals, status and related notes,
with Print, PDF, Cancel, Credit note and Debit note. Posted documents are never edited here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import sales
from vyapar_lite.services.sales import DocumentView
from vyapar_lite.ui.document_window import Button, DocumentWindow
from vyapar_lite.ui.sales import invoice_print
from vyapar_lite.ui.sales.copies_choice import CopiesCombo
from vyapar_lite.ui.sales.invoice_html import Layout
from vyapar_lite.ui.sales.labels import (
    TAX_KIND_LABELS,
    day_text,
    kind_label,
    label,
    status_label,
)
from vyapar_lite.ui.sales.note_dialogs import (
    CreditNoteDialog,
    DebitNoteDialog,
    FinancialNoteDialog,
)
from vyapar_lite.ui.sales.print_rows import state_text
from vyapar_lite.ui.sales.reason_dialog import ask_reason
from vyapar_lite.ui.sales.totals_panel import TotalsPanel

LINE_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("document_dialog", "Item"),
    "HSN/SAC",
    QT_TRANSLATE_NOOP("document_dialog", "Qty"),
    QT_TRANSLATE_NOOP("document_dialog", "Returned"),
    QT_TRANSLATE_NOOP("document_dialog", "Rate"),
    QT_TRANSLATE_NOOP("document_dialog", "Disc."),
    QT_TRANSLATE_NOOP("document_dialog", "Taxable"),
    "GST",
    QT_TRANSLATE_NOOP("document_dialog", "Tax"),
    QT_TRANSLATE_NOOP("document_dialog", "Total"),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class DocumentDialog(DocumentWindow):
    """`changed()` after the document (or one against it) was posted or cancelled."""

    changed = Signal()

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.documentDialog")
        self.doc: DocumentView = sales.get_document(number)
        self.heading("document")
        self.table = QTableWidget(0, len(LINE_COLUMNS))
        self.table.setObjectName("document.lines")
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("document_dialog", c) for c in LINE_COLUMNS]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.totals = TotalsPanel("document.totals")
        self.related = QListWidget()
        self.related.setObjectName("document.related")
        self.related.setMaximumHeight(90)
        self.related.itemActivated.connect(lambda item: self.open_related(item.text().split()[0]))
        self.related_label = QLabel(
            QCoreApplication.translate(
                "document_dialog", "Related documents (Enter or double-click opens one):"
            )
        )
        self.related_label.setWordWrap(True)
        side = QVBoxLayout()
        side.addWidget(self.totals)
        side.addWidget(self.related_label)
        side.addWidget(self.related)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(290)
        middle.addWidget(side_box)

        self.copies_combo = CopiesCombo("document.copies")
        buttons: list[Button] = [
            (
                "print",
                QCoreApplication.translate("document_dialog", "&Print…"),
                "Ctrl+P",
                lambda: self.print_preview("a4"),
            ),
            (
                "receipt",
                QCoreApplication.translate("document_dialog", "Receipt &80 mm…"),
                "",
                lambda: self.print_preview("thermal"),
            ),
            (
                "pdf",
                QCoreApplication.translate("document_dialog", "Save P&DF…"),
                "Ctrl+Shift+S",
                self.save_pdf,
            ),
            (
                "cancel",
                QCoreApplication.translate("document_dialog", "&Cancel invoice…"),
                "",
                self._ask_and_cancel,
            ),
            (
                "credit",
                QCoreApplication.translate("document_dialog", "C&redit note…"),
                "",
                self.credit_note,
            ),
            (
                "debit",
                QCoreApplication.translate("document_dialog", "D&ebit note…"),
                "",
                self.debit_note,
            ),
            (
                "financial",
                QCoreApplication.translate("document_dialog", "Financial credit…"),
                "",
                self.financial_note,
            ),
            ("close", QCoreApplication.translate("document_dialog", "Close"), "", self.reject),
        ]
        self.finish(middle, buttons, prefix="document", leading=self.copies_combo)
        self.show_document(self.doc)
        self.resize(1080, 600)

    def show_document(self, doc: DocumentView) -> None:
        self.doc = doc
        self.setWindowTitle(f"{kind_label(doc.kind)} {doc.number}")
        self.title.setText(
            QCoreApplication.translate("document_dialog", "<h2>{0} {number}</h2>").format(
                kind_label(doc.kind), number=doc.number
            )
        )
        cancelled = doc.status == "cancelled"
        if cancelled:
            self.status.setText(
                QCoreApplication.translate("document_dialog", "CANCELLED — {cancel_reason}").format(
                    cancel_reason=doc.cancel_reason
                )
            )
            self.status.setStyleSheet(
                "color: white; background: #b00020; font-weight: bold; padding: 6px;"
            )
        else:
            owed = (
                f" · Balance due {format_money(doc.outstanding)}" if doc.kind == "invoice" else ""
            )
            self.status.setText(f"{status_label(doc.status)}{owed}")
            self.status.setStyleSheet("color: #1b5e20; font-weight: bold; padding: 2px;")
        self.facts.setText(self._facts_html(doc))
        self._fill_lines(doc)
        self.totals.show_totals(
            doc.totals,
            tax_kind=doc.tax_kind,
            state_tax_label=doc.state_tax_label,
            points=max(doc.points_earned, 0) if not cancelled else 0,
            redeemed=doc.loyalty_in_lines,
        )
        self.totals.labels["points"].setText(
            QCoreApplication.translate("document_dialog", "Points earned")
        )
        self.related.clear()
        if doc.against_number:
            self.related.addItem(
                QCoreApplication.translate(
                    "document_dialog", "{against_number}  (the invoice)"
                ).format(against_number=doc.against_number)
            )
        for number in doc.notes_against:
            self.related.addItem(number)
        if doc.order_number:
            self.related.addItem(
                QCoreApplication.translate(
                    "document_dialog", "{order_number}  (sale order)"
                ).format(order_number=doc.order_number)
            )
        has_related = self.related.count() > 0
        self.related.setVisible(has_related)
        self.related_label.setVisible(has_related)
        is_posted_invoice = doc.kind == "invoice" and not cancelled
        self.buttons["cancel"].setVisible(doc.kind == "invoice")
        self.buttons["cancel"].setEnabled(is_posted_invoice and not doc.notes_against)
        if doc.notes_against:
            self.buttons["cancel"].setToolTip(
                QCoreApplication.translate(
                    "document_dialog", "Notes were raised against it: correct it with a credit note"
                )
            )
        for key in ("credit", "debit", "financial"):
            self.buttons[key].setVisible(doc.kind == "invoice")
            self.buttons[key].setEnabled(is_posted_invoice)

    def _facts_html(self, doc: DocumentView) -> str:
        rows = [
            (
                QCoreApplication.translate("document_dialog", "Customer"),
                f"<b>{doc.customer_name}</b> ({doc.customer_code})",
            ),
            (
                "GSTIN",
                doc.customer_gstin or QCoreApplication.translate("document_dialog", "Unregistered"),
            ),
            (QCoreApplication.translate("document_dialog", "Date"), day_text(doc.doc_date)),
        ]
        if doc.due_date and doc.kind == "invoice":
            rows.append(
                (QCoreApplication.translate("document_dialog", "Due"), day_text(doc.due_date))
            )
        rows.append(
            (
                QCoreApplication.translate("document_dialog", "Place of supply"),
                state_text(doc.place_of_supply),
            )
        )
        rows.append(
            (
                QCoreApplication.translate("document_dialog", "Tax"),
                label(TAX_KIND_LABELS.get(doc.tax_kind, doc.tax_kind)),
            )
        )
        if doc.kind == "invoice":
            rows.append(
                (
                    QCoreApplication.translate("document_dialog", "Received"),
                    format_money(doc.received),
                )
            )
        if doc.points_redeemed:
            rows.append(
                (
                    QCoreApplication.translate("document_dialog", "Points redeemed"),
                    f"{doc.points_redeemed:,}",
                )
            )
        if doc.notes:
            rows.append(
                (
                    QCoreApplication.translate("document_dialog", "Reason")
                    if doc.kind != "invoice"
                    else QCoreApplication.translate("document_dialog", "Notes"),
                    doc.notes,
                )
            )
        if doc.counter:  # several counters (issue 18): who posted it
            rows.append((QCoreApplication.translate("document_dialog", "Counter"), doc.counter))
        return " &nbsp;·&nbsp; ".join(f"{k}: {v}" for k, v in rows)

    def _fill_lines(self, doc: DocumentView) -> None:
        self.table.setRowCount(len(doc.lines))
        show_returned = doc.kind == "invoice"
        self.table.setColumnHidden(4, not show_returned)
        for row, line in enumerate(doc.lines):
            cells = (
                str(line.line_no),
                line.description,
                line.hsn_sac,
                format_qty(line.qty_milli, line.unit),
                format_qty(line.returned_milli, line.unit) if line.returned_milli else "",
                format_money(line.rate, symbol=False),
                format_money(line.discount, symbol=False) if line.discount else "",
                format_money(line.taxable, symbol=False),
                format_rate(line.gst_rate_bp),
                format_money(line.cgst + line.sgst + line.igst, symbol=False),
                format_money(line.total, symbol=False),
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column not in (1, 2):
                    cell.setTextAlignment(_RIGHT)
                self.table.setItem(row, column, cell)

    def reload(self) -> None:
        self.show_document(sales.get_document(self.doc.number))
        self.changed.emit()

    # actions
    def print_preview(self, layout: Layout = "a4") -> None:
        copies = self.copies_combo.copies() if layout == "a4" else ()
        invoice_print.print_preview(self, self.doc, layout, copies)

    def save_pdf(self) -> None:
        invoice_print.ask_and_save_pdf(self, self.doc, "a4", self.copies_combo.copies())

    def cancel_invoice(self, reason: str | None = None) -> bool:
        """Cancel (asking for the reason unless given); True when it was cancelled."""
        if reason is None:
            reason = ask_reason(
                self,
                QCoreApplication.translate("document_dialog", "Cancel {number}").format(
                    number=self.doc.number
                ),
                QCoreApplication.translate(
                    "document_dialog",
                    "Cancel invoice {number} of {amount} for {customer}? Everything it moved is "
                    "reversed and the number stays used. Why is it cancelled?",
                ).format(
                    number=self.doc.number,
                    amount=format_money(self.doc.totals.grand_total),
                    customer=self.doc.customer_name,
                ),
            )
            if reason is None:
                return False
        try:
            doc = sales.cancel_invoice(self.doc.number, reason)
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("document_dialog", "Not cancelled"), str(exc)
            )
            return False
        self.show_document(doc)
        self.changed.emit()
        return True

    def _ask_and_cancel(self) -> None:
        self.cancel_invoice()

    def credit_note_dialog(self) -> CreditNoteDialog:
        dialog = CreditNoteDialog(self.doc, self)
        dialog.posted.connect(lambda _doc: self.reload())
        return dialog

    def credit_note(self) -> None:
        self.credit_note_dialog().exec()

    def debit_note_dialog(self) -> DebitNoteDialog:
        dialog = DebitNoteDialog(self.doc, self)
        dialog.posted.connect(lambda _doc: self.reload())
        return dialog

    def debit_note(self) -> None:
        self.debit_note_dialog().exec()

    def financial_note_dialog(self) -> FinancialNoteDialog:
        dialog = FinancialNoteDialog(self.doc, self)
        dialog.posted.connect(lambda _doc: self.reload())
        return dialog

    def financial_note(self) -> None:
        self.financial_note_dialog().exec()

    def open_related(self, number: str) -> None:
        from vyapar_lite.ui.sales.opener import open_document  # it opens this dialog too

        open_document(number, self, on_change=self.reload)
