"""The row under the lines of an invoice or a sale order: money taken now (received, or an
order's advance), its mode, the cash drawer it goes into (the same picker as the receipt form's,
`ui.money.drawer.DrawerChoice`: shown for cash where the shop keeps a cash account per counter,
opening on this PC's), its reference, points to redeem (invoices only) and notes. One widget for
both forms, which read its fields by name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QWidget

from vyapar_lite.domain.errors import FieldError
from vyapar_lite.services import sales
from vyapar_lite.ui.money.drawer import DrawerChoice
from vyapar_lite.ui.sales.labels import MODE_LABELS, label
from vyapar_lite.ui.widgets import MoneyEdit


class PaymentFields(QWidget):
    """`key` names the fields ("sales" -> "sales.mode", "sales.drawer", ...); `amount` is the
    money field's name and caption ("received", "&Received now (F6)")."""

    def __init__(
        self,
        key: str,
        amount: tuple[str, str],
        *,
        points: bool,
        notes_hint: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        name, caption = amount
        self.amount_edit = MoneyEdit(name)
        self.amount_edit.setObjectName(f"{key}.{name}")
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName(f"{key}.mode")
        for mode in sales.PAYMENT_MODES:
            self.mode_combo.addItem(label(MODE_LABELS.get(mode, mode)), mode)
        self.drawer = DrawerChoice(f"{key}.drawer")
        self.reference_edit = QLineEdit()
        self.reference_edit.setObjectName(f"{key}.reference")
        self.reference_edit.setPlaceholderText(
            QCoreApplication.translate("payment_fields", "UPI / transaction id / cheque no.")
        )
        self.points_edit = QLineEdit()
        self.points_edit.setObjectName(f"{key}.redeem_points")
        self.points_edit.setValidator(QIntValidator(0, 10**9, self))
        self.points_edit.setPlaceholderText("0")
        self.points_edit.setFixedWidth(90)
        self.points_info = QLabel()
        self.points_info.setObjectName(f"{key}.points_info")
        self.notes_edit = QLineEdit()
        self.notes_edit.setObjectName(f"{key}.notes")
        self.notes_edit.setPlaceholderText(notes_hint)
        fields: list[tuple[str, QWidget]] = [
            (caption, self.amount_edit),
            (QCoreApplication.translate("payment_fields", "&Mode"), self.mode_combo),
            (QCoreApplication.translate("payment_fields", "Cash dra&wer"), self.drawer),
            (QCoreApplication.translate("payment_fields", "Re&ference"), self.reference_edit),
        ]
        if points:
            fields.append(
                (
                    QCoreApplication.translate("payment_fields", "Redeem &points (F7)"),
                    self.points_edit,
                )
            )
        else:
            self.points_edit.hide()
        fields.append((QCoreApplication.translate("payment_fields", "&Notes"), self.notes_edit))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.captions: dict[QWidget, QLabel] = {}
        for column, (text, widget) in enumerate(fields):
            caption_label = self.captions[widget] = QLabel(text)
            caption_label.setBuddy(widget)
            grid.addWidget(caption_label, 0, column)
            grid.addWidget(widget, 1, column)
        if points:
            grid.addWidget(self.points_info, 2, 4)
        grid.setColumnStretch(len(fields) - 1, 1)
        self.mode_combo.currentIndexChanged.connect(lambda _i: self._show_drawer())
        self._show_drawer()

    def account_id(self) -> int | None:
        """The cash drawer chosen (cash, with more than one); None: the mode's account."""
        return self.drawer.account_for(str(self.mode_combo.currentData()))

    def start(self) -> None:
        """A new document: cash, this PC's drawer (a counter may have been added meanwhile)."""
        self.mode_combo.setCurrentIndex(0)
        self.drawer.refresh()
        self._show_drawer()
        self.mark_errors([])

    def mark_errors(self, errors: list[FieldError]) -> None:
        """The drawer outlined red while the service refuses it ('account')."""
        self.drawer.mark_errors(errors)

    def _show_drawer(self) -> None:
        shown = self.drawer.wanted_for(str(self.mode_combo.currentData()))
        self.drawer.setVisible(shown)
        self.captions[self.drawer].setVisible(shown)
