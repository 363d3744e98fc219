"""The column beside a receipt's invoices: the amount, what is allocated, written off and kept as
advance, and the customer's balance before and after; the amount in words under it."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import amount_in_words, format_money
from vyapar_lite.services.payments import ReceiptPreview
from vyapar_lite.ui.payments.amounts_panel import AmountsPanel
from vyapar_lite.ui.payments.labels import kept_label
from vyapar_lite.ui.sales.labels import balance_text

ROWS = (
    ("amount", QT_TRANSLATE_NOOP("amounts", "Receipt amount")),
    ("allocated", QT_TRANSLATE_NOOP("amounts", "Allocated to invoices")),
    ("write_off", QT_TRANSLATE_NOOP("amounts", "Written off")),
    ("advance", QT_TRANSLATE_NOOP("amounts", "Kept as advance")),
    ("balance_before", QT_TRANSLATE_NOOP("amounts", "Balance before")),
    ("balance_after", QT_TRANSLATE_NOOP("amounts", "Balance after")),
    ("advance_before", QT_TRANSLATE_NOOP("amounts", "Advance held before")),
)


class ReceiptSummary(AmountsPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "receipt.summary", ROWS, bold=("amount", "advance"), strong=("balance_after",),
            parent=parent,
        )  # fmt: skip

    def show_preview(self, preview: ReceiptPreview, amount: int) -> None:
        """The service's split of the receipt."""
        self.show_row("amount", format_money(amount))
        self.show_row("allocated", format_money(preview.allocated))
        self.show_row(
            "write_off", format_money(preview.write_off_total), shown=bool(preview.write_off_total)
        )
        self.labels["advance"].setText(
            QCoreApplication.translate("amounts", kept_label(preview.balance_after))
        )
        self.show_row("advance", format_money(preview.advance))
        self.show_row("balance_before", balance_text(preview.balance_before))
        after = balance_text(preview.balance_after)
        self.show_row("balance_after", after if preview.counted_now else f"{after} (on clearing)")
        self.show_row(
            "advance_before",
            format_money(preview.advance_before),
            shown=bool(preview.advance_before),
        )
        self.words.setText(amount_in_words(amount))

    def show_typed(
        self,
        amount: int,
        allocations: Mapping[str, int],
        write_offs: Mapping[str, int],
        balance: int | None,
    ) -> None:
        """What was typed, while the service has something to say about it (no balance after)."""
        allocated = sum(allocations.values())
        self.show_row("amount", format_money(amount))
        self.show_row("allocated", format_money(allocated))
        self.show_row("write_off", format_money(sum(write_offs.values())), shown=bool(write_offs))
        self.show_row("advance", format_money(max(amount - allocated, 0)))
        self.show_row("balance_before", balance_text(balance or 0), shown=balance is not None)
        self.show_row("balance_after", "—")
        self.show_row("advance_before", "", shown=False)
        self.words.setText(amount_in_words(amount) if amount else "")
