"""Typing a customer's opening bills and opening credits: what they owed, bill by bill, or had
paid ahead before the shop started on Vyapar Lite (`services.opening_bills`).

One line per bill or credit: its kind, reference, date, due date (blank: the date plus the
customer's payment terms) and amount. Save posts every filled line in one transaction
(`opening_bills.record_openings`) or none, and lists each bad line's problem by its row."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.sheet import DATE_FORMAT_HINT, read_date
from vyapar_lite.services import opening_bills
from vyapar_lite.services.customers import CustomerAccount
from vyapar_lite.ui.language import shown
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

KINDS = (  # by position: the second is a credit
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Opening bill"),
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Opening credit"),
)
HEADERS = (
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Bill or credit"),
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Reference"),
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Date"),
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Due date"),
    QT_TRANSLATE_NOOP("opening_bills_dialog", "Amount (₹)"),
)
FIRST_ROWS = 3


@dataclass
class OpeningLine:
    """The widgets of one line."""

    kind: QComboBox
    reference: QLineEdit
    on: DateEdit
    due: QLineEdit
    amount: MoneyEdit

    def is_blank(self) -> bool:
        return not (self.reference.text().strip() or self.amount.text().strip())


class OpeningBillsDialog(QDialog):
    """`saved(list of OpeningItem)` once the lines are posted."""

    saved = Signal(object)

    def __init__(self, account: CustomerAccount, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openingBills")
        self.code = account.code
        name = account.details.name
        self.setWindowTitle(
            QCoreApplication.translate(
                "opening_bills_dialog", "Opening bills · {code} {name}"
            ).format(code=account.code, name=name)
        )
        terms = account.details.payment_terms_days
        intro = QLabel(
            QCoreApplication.translate(
                "opening_bills_dialog",
                "What <b>{name}</b> owed before the shop started on Vyapar Lite, bill by bill, "
                "and any money they had paid ahead (an opening credit: their advance).",
            ).format(name=name)
            + " "
            + (
                QCoreApplication.translate(
                    "opening_bills_dialog",
                    "A blank due date is the bill's date plus their {terms} days' terms.",
                ).format(terms=terms)
                if terms
                else QCoreApplication.translate(
                    "opening_bills_dialog", "A blank due date is the date."
                )
            )
        )
        intro.setWordWrap(True)
        self.lines: list[OpeningLine] = []
        self.grid = QGridLayout()
        for column, header in enumerate(HEADERS):
            self.grid.addWidget(
                QLabel(
                    "<b>{}</b>".format(
                        QCoreApplication.translate("opening_bills_dialog", str(header))
                    )
                ),
                0,
                column,
            )
        self.add_button = QPushButton(
            QCoreApplication.translate("opening_bills_dialog", "Add a line")
        )
        self.add_button.setObjectName("openingBills.add")
        self.add_button.clicked.connect(self.add_line)
        self.errors = QLabel()
        self.errors.setObjectName("openingBills.errors")
        self.errors.setStyleSheet("color: #b00020;")
        self.errors.setWordWrap(True)
        self.errors.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("openingBills.save")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.grid)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout.addLayout(add_row)
        layout.addWidget(self.errors)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for _ in range(FIRST_ROWS):
            self.add_line()
        self.resize(720, 360)

    def add_line(self) -> OpeningLine:
        row = len(self.lines) + 1
        kind = QComboBox()
        kind.addItems([QCoreApplication.translate("opening_bills_dialog", str(k)) for k in KINDS])
        due = QLineEdit()
        due.setPlaceholderText(QCoreApplication.translate("opening_bills_dialog", "dd-mm-yyyy"))
        line = OpeningLine(kind, QLineEdit(), DateEdit(), due, MoneyEdit(f"row {row}, Amount"))
        for column, widget in enumerate(
            (line.kind, line.reference, line.on, line.due, line.amount)
        ):
            widget.setObjectName(f"openingBills.{row}.{column}")
            self.grid.addWidget(widget, row, column)
        self.lines.append(line)
        return line

    def entries(self) -> list[opening_bills.OpeningEntry]:
        """The filled lines as entries; a line's unreadable date or amount raises, named."""
        entries = []
        errors: list[FieldError] = []
        for row, line in enumerate(self.lines, start=1):
            if line.is_blank():
                continue
            try:
                amount = line.amount.paise()
            except ValidationError as exc:
                errors += [FieldError(f"row {row}, Amount", e.message) for e in exc.errors]
                amount = 0
            try:
                due = read_date(line.due.text(), column="Due date")
            except ValidationError:
                errors.append(
                    FieldError(
                        f"row {row}, Due date",
                        QCoreApplication.translate(
                            "opening_bills_dialog", "Enter it as {hint}, or leave it blank"
                        ).format(hint=DATE_FORMAT_HINT),
                    )
                )
                due = None
            entries.append(
                opening_bills.OpeningEntry(
                    line.reference.text(),
                    line.on.date_value(),
                    amount,
                    due=due,
                    is_credit=line.kind.currentIndex() == 1,
                )
            )
        if errors:
            raise ValidationError(errors)
        return entries

    def save(self) -> None:
        try:
            items = opening_bills.record_openings(self.code, self.entries())
        except ValidationError as exc:
            self._show_errors(exc)
            return
        self.errors.hide()
        self.saved.emit(items)
        self.accept()

    def _show_errors(self, exc: ValidationError) -> None:
        lines = [f"{e.field[0].upper()}{e.field[1:]}: {shown(e.message)}" for e in exc.errors]
        nothing = QCoreApplication.translate("opening_bills_dialog", "Nothing was saved:")
        self.errors.setText(nothing + "\n" + "\n".join(lines))
        self.errors.show()
