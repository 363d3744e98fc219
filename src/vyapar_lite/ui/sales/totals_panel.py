"""The totals beside the lines: taxable value, each tax, loyalty discount, round-off, grand total,
the amount in words, and what the sale does to the customer's balance."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget

from vyapar_lite.domain.invoice import Totals
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.ui.language import amount_in_words
from vyapar_lite.ui.sales.labels import balance_text

ROWS = (
    ("taxable", QT_TRANSLATE_NOOP("amounts", "Taxable value")),
    ("cgst", "CGST"),
    ("sgst", "SGST"),
    ("igst", "IGST"),
    ("loyalty", QT_TRANSLATE_NOOP("amounts", "Points redeemed")),
    ("round_off", QT_TRANSLATE_NOOP("amounts", "Round-off")),
    ("grand_total", QT_TRANSLATE_NOOP("amounts", "Grand total")),
    ("rcm", QT_TRANSLATE_NOOP("amounts", "Buyer pays (RCM)")),
    ("advance", QT_TRANSLATE_NOOP("amounts", "Advance applied")),
    ("balance_before", QT_TRANSLATE_NOOP("amounts", "Balance before")),
    ("balance_after", QT_TRANSLATE_NOOP("amounts", "Balance after")),
    ("points", QT_TRANSLATE_NOOP("amounts", "Points to earn")),
)
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TotalsPanel(QFrame):
    def __init__(self, name: str = "sales.totals", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.form = QFormLayout()
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.values: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for key, text in ROWS:
            label = QLabel(QCoreApplication.translate("amounts", text))
            value = QLabel("—")
            value.setObjectName(f"{name}.{key}")
            value.setAlignment(_RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.labels[key] = label
            self.form.addRow(label, value)
        self.values["grand_total"].setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.labels["grand_total"].setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.words = QLabel()
        self.words.setObjectName(f"{name}.words")
        self.words.setWordWrap(True)
        self.words.setStyleSheet("color: #444; font-style: italic;")
        column = QVBoxLayout(self)
        column.addLayout(self.form)
        column.addWidget(self.words)
        self.clear()

    def _row(self, key: str, text: str, *, show: bool = True) -> None:
        self.values[key].setText(text)
        self.values[key].setVisible(show)
        self.labels[key].setVisible(show)

    def clear(self) -> None:
        for key, _text in ROWS:
            self._row(key, "—", show=key in ("taxable", "grand_total"))
        self.words.setText("")

    def show_totals(
        self,
        t: Totals,
        *,
        tax_kind: str,
        state_tax_label: str = "SGST",
        advance: int = 0,
        balance_before: int | None = None,
        balance_after: int | None = None,
        points: int = 0,
        redeemed: int = 0,
    ) -> None:
        self._row("taxable", format_money(t.taxable))
        self._row("cgst", format_money(t.cgst), show=tax_kind == "intra")
        self.labels["sgst"].setText(
            state_tax_label or QCoreApplication.translate("totals_panel", "SGST")
        )
        self._row("sgst", format_money(t.sgst), show=tax_kind == "intra")
        self._row("igst", format_money(t.igst), show=tax_kind == "inter")
        # points redeemed: off the lines before tax (`redeemed`), or after tax on an older invoice
        off = redeemed or t.loyalty_discount
        self._row("loyalty", f"-{format_money(off)}", show=bool(off))
        self._row("round_off", format_money(t.round_off), show=bool(t.round_off))
        self._row("grand_total", format_money(t.grand_total))
        # shown, not charged: reverse charge, s.9(3)/9(4) CGST Act
        self._row("rcm", format_money(t.rcm_tax), show=bool(t.rcm_tax))
        self._row("advance", f"-{format_money(advance)}", show=bool(advance))
        self._row(
            "balance_before",
            balance_text(balance_before or 0),
            show=balance_before is not None,
        )
        self._row("balance_after", balance_text(balance_after or 0), show=balance_after is not None)
        self._row("points", f"{points:,}", show=bool(points))
        self.words.setText(amount_in_words(t.grand_total))  # in the screens' language
