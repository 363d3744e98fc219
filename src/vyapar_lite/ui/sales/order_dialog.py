"""One sale order: its lines with what is invoiced and what is left, its advance and invoices;
Convert to invoice (the quantities typed in "Invoice now", all that is left to start with) and
Cancel (reason required; the advance stays with the customer). On the document-window base
(`ui/document_window`), like the invoice and receipt windows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import format_qty, format_rate, parse_qty
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import orders
from vyapar_lite.services.orders import OrderView
from vyapar_lite.services.sales import InvoiceDraft
from vyapar_lite.ui.document_window import Button, DocumentWindow
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.sales.labels import day_text, status_label
from vyapar_lite.ui.sales.table_cells import commit_open_editor, table_cell

COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("order_dialog", "Item"),
    QT_TRANSLATE_NOOP("order_dialog", "Ordered"),
    QT_TRANSLATE_NOOP("order_dialog", "Invoiced"),
    QT_TRANSLATE_NOOP("order_dialog", "Left"),
    QT_TRANSLATE_NOOP("order_dialog", "Rate"),
    QT_TRANSLATE_NOOP("order_dialog", "Disc."),
    QT_TRANSLATE_NOOP("order_dialog", "GST"),
    QT_TRANSLATE_NOOP("order_dialog", "Invoice now"),
)
NOW = len(COLUMNS) - 1
OPEN = ("open", "partly_invoiced")

CONVERT = QT_TRANSLATE_NOOP("order_dialog", "Con&vert to invoice")
CANCEL = QT_TRANSLATE_NOOP("order_dialog", "&Cancel order…")
CLOSE = QT_TRANSLATE_NOOP("order_dialog", "Close")

ConvertHandler = Callable[[InvoiceDraft], None]


def _fixed(editable: bool) -> Callable[[int], bool]:
    """The columns not typed in: all but "Invoice now" while the line has quantity left."""
    return lambda column: column != NOW or not editable


class OrderDialog(DocumentWindow):
    """`changed()` after cancelling; converting hands an invoice draft to `on_convert` (the Sales
    screen's invoice form), or opens an invoice form of its own."""

    def __init__(
        self,
        number: str,
        parent: QWidget | None = None,
        *,
        on_convert: ConvertHandler | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sales.orderDialog")
        self.on_convert = on_convert
        self.order: OrderView = orders.get_order(number)
        self.heading("order.view")
        self.lines_table("order.view.lines", COLUMNS, "order_dialog")
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self.messages = QLabel()
        self.messages.setObjectName("order.view.messages")
        self.messages.setStyleSheet("color: #b00020;")
        self.messages.setWordWrap(True)
        middle = QVBoxLayout()
        middle.addWidget(self.table, 1)
        middle.addWidget(self.messages)
        buttons: list[Button] = [
            ("convert", CONVERT, "", self.convert),
            ("cancel", CANCEL, "", self.cancel_order),
        ]
        self.finish(middle, buttons, prefix="order.view", context="order_dialog", close=CLOSE)
        self.convert_button = self.buttons["convert"]
        self.cancel_button = self.buttons["cancel"]
        self.show_view(self.order)
        self.resize(900, 480)

    def show_view(self, order: OrderView) -> None:
        self.order = order
        self.setWindowTitle(
            QCoreApplication.translate("order_dialog", "Sale order {number}").format(
                number=order.number
            )
        )
        self.title.setText(
            QCoreApplication.translate("order_dialog", "<h2>Sale order {number} · {0}</h2>").format(
                status_label(order.status), number=order.number
            )
        )
        facts = [
            QCoreApplication.translate("order_dialog", "Customer: <b>{name}</b> ({code})").format(
                name=order.customer_name, code=order.customer_code
            ),
            QCoreApplication.translate("order_dialog", "Date: {day}").format(
                day=day_text(order.order_date)
            ),
        ]
        if order.advance:
            facts.append(
                QCoreApplication.translate(
                    "order_dialog", "Advance {advance} (receipt {receipt}), used {used}"
                ).format(
                    advance=format_money(order.advance),
                    receipt=order.advance_receipt_number,
                    used=format_money(order.advance_used),
                )
            )
        if order.invoices:
            facts.append(
                QCoreApplication.translate("order_dialog", "Invoices: {numbers}").format(
                    numbers=", ".join(order.invoices)
                )
            )
        if order.notes:
            facts.append(
                QCoreApplication.translate("order_dialog", "Notes: {notes}").format(
                    notes=order.notes
                )
            )
        self.facts.setText(" &nbsp;·&nbsp; ".join(facts))
        cancelled = order.status == "cancelled"
        banner = QCoreApplication.translate("order_dialog", "CANCELLED — {0}")
        self.show_status(banner.format(order.cancel_reason) if cancelled else "", "red")
        self.status.setVisible(cancelled)
        is_open = order.status in OPEN
        self.table.setRowCount(len(order.lines))
        for row, line in enumerate(order.lines):
            left = line.qty_milli - line.invoiced_milli
            discount = (
                format_rate(line.discount_bp)
                if line.discount_bp
                else format_money(line.discount_amount, symbol=False)
                if line.discount_amount
                else ""
            )
            cells = (
                str(line.line_no),
                line.description,
                format_qty(line.qty_milli, line.unit),
                format_qty(line.invoiced_milli, line.unit) if line.invoiced_milli else "",
                format_qty(left, line.unit),
                format_money(line.rate, symbol=False),
                discount,
                format_rate(line.gst_rate_bp),
                format_qty(left).replace(",", "") if is_open and left > 0 else "",
            )
            self.put_row(
                row, cells, right=lambda column: column != 1, fixed=_fixed(is_open and left > 0)
            )
        self.convert_button.setEnabled(is_open)
        self.cancel_button.setEnabled(is_open)

    def quantities(self) -> dict[int, int]:
        """line_no -> quantity typed in "Invoice now" (blank is 0); raises ValidationError."""
        commit_open_editor(self.table)
        wanted = {}
        for row, line in enumerate(self.order.lines):
            text = table_cell(self.table, row, NOW).text().strip()
            wanted[line.line_no] = (
                parse_qty(text, field=f"line {line.line_no} quantity", allow_zero=True)
                if text
                else 0
            )
        return wanted

    def invoice_draft(self) -> InvoiceDraft | None:
        try:
            return orders.invoice_draft_from_order(
                self.order.number, self.quantities(), doc_date=date.today()
            )
        except ValidationError as exc:
            self.messages.setText("\n".join(f"• {shown(e.message)}" for e in exc.errors))
            return None

    def convert(self) -> None:
        draft = self.invoice_draft()
        if draft is None:
            return
        if self.on_convert is not None:
            self.on_convert(draft)
        else:
            from vyapar_lite.ui.sales.invoice_form import InvoiceForm

            form = InvoiceForm()
            form.setWindowTitle(
                QCoreApplication.translate("order_dialog", "Invoice for order {number}").format(
                    number=self.order.number
                )
            )
            form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            form.close_requested.connect(form.close)
            form.load_draft(draft)
            form.resize(1150, 700)
            form.show()
        self.accept()

    def cancel_order(self, reason: str | None = None) -> bool:
        return self.cancel_with(
            reason,
            (
                f"Cancel {self.order.number}",
                "Cancel what is left of this order? Any advance stays with the customer. Why?",
            ),
            lambda why: orders.cancel_order(self.order.number, why),
            QCoreApplication.translate("order_dialog", "Not cancelled"),
        )
