"""One posted invoice, credit note or debit note: header, lines, totals, status and related notes,
with Print, PDF, Cancel, Credit note and Debit note. Posted documents are never edited here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QWidget,
)

from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import sales
from vyapar_lite.services.sales import DocumentView
from vyapar_lite.ui.document_window import Button, DocumentWindow
from vyapar_lite.ui.language import customer_name
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
CANCEL = QT_TRANSLATE_NOOP("document_dialog", "&Cancel invoice…")
CREDIT = QT_TRANSLATE_NOOP("document_dialog", "C&redit note…")
DEBIT = QT_TRANSLATE_NOOP("document_dialog", "D&ebit note…")
FINANCIAL = QT_TRANSLATE_NOOP("document_dialog", "Financial credit…")
CLOSE = QT_TRANSLATE_NOOP("document_dialog", "Close")
PRINT_TEXTS = (
    QT_TRANSLATE_NOOP("document_dialog", "&Print…"),
    QT_TRANSLATE_NOOP("document_dialog", "Receipt &80 mm…"),
    QT_TRANSLATE_NOOP("document_dialog", "Save P&DF…"),
)


class DocumentDialog(DocumentWindow):
    """`changed()` after the document (or one against it) was posted or cancelled."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sales.documentDialog")
        self.doc: DocumentView = sales.get_document(number)
        self.heading("document")
        self.lines_table("document.lines", LINE_COLUMNS, "document_dialog")
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
        middle = QHBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.side_column(self.totals, self.related_label, self.related, width=290))

        self.copies_combo = CopiesCombo("document.copies")
        buttons: list[Button] = [
            ("cancel", CANCEL, "", self._ask_and_cancel),
            ("credit", CREDIT, "", self.credit_note),
            ("debit", DEBIT, "", self.debit_note),
            ("financial", FINANCIAL, "", self.financial_note),
        ]
        self.finish(
            middle, buttons, prefix="document", leading=self.copies_combo,
            context="document_dialog", printing=(PRINT_TEXTS, "receipt"), close=CLOSE,
        )  # fmt: skip
        self.show_view(self.doc)
        self.resize(1080, 600)

    def show_view(self, doc: DocumentView) -> None:
        self.doc = doc
        self.setWindowTitle(f"{kind_label(doc.kind)} {doc.number}")
        self.title.setText(
            QCoreApplication.translate("document_dialog", "<h2>{0} {number}</h2>").format(
                kind_label(doc.kind), number=doc.number
            )
        )
        cancelled = doc.status == "cancelled"
        if cancelled:
            self.show_status(
                QCoreApplication.translate("document_dialog", "CANCELLED — {cancel_reason}").format(
                    cancel_reason=doc.cancel_reason
                ),
                "red",
            )
        else:
            owed = (
                QCoreApplication.translate("document_dialog", " · Balance due {amount}").format(
                    amount=format_money(doc.outstanding)
                )
                if doc.kind == "invoice"
                else ""
            )
            self.show_status(f"{status_label(doc.status)}{owed}", "green")
        self.show_facts(self._facts(doc))
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

    def _facts(self, doc: DocumentView) -> list[tuple[str, str]]:
        rows = [
            (
                QCoreApplication.translate("document_dialog", "Customer"),
                f"<b>{customer_name(doc.customer_name, doc.customer_code)}</b>"
                f" ({doc.customer_code})",
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
        return rows

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
            self.put_row(row, cells, right=lambda column: column not in (1, 2))

    def reload(self) -> None:
        self.show_changed(sales.get_document(self.doc.number))

    # actions
    def print_preview(self, layout: Layout = "a4") -> None:
        copies = self.copies_combo.copies() if layout == "a4" else ()
        invoice_print.print_preview(self, self.doc, layout, copies)

    def save_pdf(self) -> None:
        invoice_print.ask_and_save_pdf(self, self.doc, "a4", self.copies_combo.copies())

    def cancel_invoice(self, reason: str | None = None) -> bool:
        """Cancel (asking for the reason unless given); True when it was cancelled."""
        return self.cancel_with(
            reason,
            (
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
            ),
            lambda why: sales.cancel_invoice(self.doc.number, why),
            QCoreApplication.translate("document_dialog", "Not cancelled"),
        )

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
