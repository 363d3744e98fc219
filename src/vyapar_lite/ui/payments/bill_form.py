"""A purchase bill from a customer who is also a supplier: their bill number and date, taxable
value and GST (the total fills itself in until typed), due date and what it was for."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import payments
from vyapar_lite.services.payments import BillDraft, BillView
from vyapar_lite.ui.payments.money_dialog import MoneyDialog
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

NOT_SUPPLIER = "{name} is not marked as a supplier: tick “Also a supplier” on their record first"


class BillForm(MoneyDialog):
    def __init__(self, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__("bill", QT_TRANSLATE_NOOP("money_dialog", "Purchase bill"), parent)
        self.bill_number = QLineEdit()
        self.bill_number.setObjectName("bill.bill_number")
        self.bill_number.setPlaceholderText(
            QCoreApplication.translate("bill_form", "Their number, as printed on the bill")
        )
        self.bill_number.setMaxLength(40)
        self.date_edit = DateEdit()
        self.date_edit.setObjectName("bill.date")
        self.taxable_edit = MoneyEdit("taxable")
        self.taxable_edit.setObjectName("bill.taxable")
        self.gst_edit = MoneyEdit("gst")
        self.gst_edit.setObjectName("bill.gst")
        self.total_edit = MoneyEdit("total")
        self.total_edit.setObjectName("bill.total")
        self.due_box = QCheckBox(QCoreApplication.translate("bill_form", "Due later, on"))
        self.due_box.setObjectName("bill.has_due")
        self.due_edit = DateEdit()
        self.due_edit.setObjectName("bill.due_date")
        self.due_edit.setEnabled(False)
        self.due_box.toggled.connect(self.due_edit.setEnabled)
        self.description = QLineEdit()
        self.description.setObjectName("bill.description")
        self.description.setPlaceholderText(
            QCoreApplication.translate("bill_form", "e.g. 20 bags sugar (optional)")
        )
        self.description.setMaxLength(500)
        self.add(
            "bill number",
            QCoreApplication.translate("bill_form", "Their &bill no."),
            self.bill_number,
        )
        self.add("date", QCoreApplication.translate("bill_form", "Bill &date"), self.date_edit)
        self.add(
            "taxable",
            QCoreApplication.translate("bill_form", "&Taxable value (₹)"),
            self.taxable_edit,
        )
        self.add("gst", QCoreApplication.translate("bill_form", "&GST (₹)"), self.gst_edit)
        self.add(
            "total", QCoreApplication.translate("bill_form", "Bill t&otal (₹)"), self.total_edit
        )
        self.add("due date", "", self.due_box)
        self.form.addRow("", self.due_edit)
        self.order.append(self.due_edit)
        self.add("description", QCoreApplication.translate("bill_form", "&For"), self.description)
        self.total_typed = False
        self.total_edit.textEdited.connect(lambda _t: setattr(self, "total_typed", True))
        for edit in (self.taxable_edit, self.gst_edit):
            edit.textChanged.connect(lambda _t: self._fill_total())
        self.picker.chosen.connect(self._customer_chosen)
        self.finish()
        if code:
            self.picker.set_code(code)

    def _fill_total(self) -> None:
        """Taxable + GST in the total, until the shopkeeper types the bill's own total."""
        if self.total_typed:
            return
        try:
            total = self.taxable_edit.paise() + self.gst_edit.paise()
        except ValidationError:
            return
        self.total_edit.set_paise(total)

    def _customer_chosen(self, _code: str) -> None:
        account = self.picker.account
        if account is not None and not account.details.also_supplier:
            self.picker.error.setText(NOT_SUPPLIER.format(name=account.details.name))
            self.picker.error.show()

    def draft(self) -> tuple[BillDraft | None, list[FieldError]]:
        errors: list[FieldError] = []
        amounts: dict[str, int] = {}
        for field, edit in (
            ("taxable", self.taxable_edit),
            ("gst", self.gst_edit),
            ("total", self.total_edit),
        ):
            try:
                amounts[field] = edit.paise()
            except ValidationError as exc:
                errors += exc.errors
        if errors:
            return None, errors
        due: date | None = self.due_edit.date_value() if self.due_box.isChecked() else None
        return (
            BillDraft(
                customer_code=self.picker.code(),
                bill_number=self.bill_number.text().strip(),
                bill_date=self.date_edit.date_value(),
                taxable=amounts["taxable"],
                gst=amounts["gst"],
                total=amounts["total"],
                due_date=due,
                description=self.description.text().strip(),
            ),
            [],
        )

    def save(self) -> BillView | None:
        draft, errors = self.draft()
        if not self.picker.code():
            errors.insert(0, FieldError("customer", "Choose the supplier"))
        if draft is None or errors:
            self.show_errors(errors)
            return None
        try:
            view = payments.record_bill(draft)
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return None
        self.saved.emit(view)
        self.accept()
        return view
