"""The customer form: create a customer or edit one, in tabs, checked as you go.

Every field is checked when you leave it and its message appears beside it; Save stays disabled
while anything is wrong; Esc on a changed form asks before discarding. What is typed is kept in
the shop file and offered back after a power cut (`CheckedForm`).
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from vyapar_lite.domain import gst
from vyapar_lite.domain.customer import (
    CUSTOMER_TYPES,
    MAX_TERMS_DAYS,
    PREFERRED_CONTACTS,
    CustomerDetails,
    OpeningBalance,
    OpeningKind,
    clean_customer,
    clean_opening,
)
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import categories, customers, shop
from vyapar_lite.ui.checked_form import CheckedForm
from vyapar_lite.ui.sales.labels import label
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

# FieldError.field -> the widget's field name, where they differ
_ALIASES = {"state": "state_code"}


class CustomerForm(CheckedForm):
    """`saved(code)` is emitted after a successful save."""

    aliases: ClassVar[dict[str, str]] = _ALIASES

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__("customer", "customer", parent, editing=code)
        self.code = code
        self.account = customers.get_customer(code) if code else None
        self.setWindowTitle(
            QCoreApplication.translate("customer_form", "Customer {code}").format(code=code)
            if code
            else QCoreApplication.translate("customer_form", "New customer")
        )
        self._build_identity()
        self._build_tax()
        self._build_terms()
        self._build_addresses()
        self._build_notes()
        if self.account is not None:
            self._load(self.account.details)
        self.finish(640, 520)

    def _build_identity(self) -> None:
        form = self.tab(
            QCoreApplication.translate("customer_form", "&Identity"),
            [
                "code",
                "name",
                "phone",
                "alt_phone",
                "email",
                "preferred_contact",
                "customer_type",
                "category",
            ],
        )
        self.code_edit = self.line("code")
        if self.account is None:
            self.code_edit.setPlaceholderText(
                QCoreApplication.translate("customer_form", "{0} (leave blank)").format(
                    customers.next_code_preview()
                )
            )
        else:
            self.code_edit.setText(self.account.code)
            self.code_edit.setReadOnly(True)
            self.code_edit.setToolTip(
                QCoreApplication.translate("customer_form", "A customer's code never changes")
            )
        self.add(form, "code", QCoreApplication.translate("customer_form", "Code"), self.code_edit)
        self.name_edit = self.line(
            "name", QCoreApplication.translate("customer_form", "Full name or business name")
        )
        self.add(
            form, "name", QCoreApplication.translate("customer_form", "Name *"), self.name_edit
        )
        self.phone_edit = self.line(
            "phone",
            QCoreApplication.translate(
                "customer_form", "Mobile, landline with STD code, or +country code"
            ),
        )
        self.add(
            form, "phone", QCoreApplication.translate("customer_form", "Phone"), self.phone_edit
        )
        self.alt_phone_edit = self.line("alt_phone")
        self.add(
            form,
            "alt_phone",
            QCoreApplication.translate("customer_form", "Alternate phone"),
            self.alt_phone_edit,
        )
        self.email_edit = self.line("email")
        self.add(
            form, "email", QCoreApplication.translate("customer_form", "E-mail"), self.email_edit
        )
        self.contact_combo = QComboBox()
        for contact in PREFERRED_CONTACTS:
            self.contact_combo.addItem(label(contact), contact)
        self.add(
            form,
            "preferred_contact",
            QCoreApplication.translate("customer_form", "Preferred contact"),
            self.contact_combo,
        )
        self.type_combo = QComboBox()
        for customer_type in CUSTOMER_TYPES:
            self.type_combo.addItem(label(customer_type), customer_type)
        self.add(
            form,
            "customer_type",
            QCoreApplication.translate("customer_form", "Type"),
            self.type_combo,
        )
        self.category_combo = QComboBox()
        self.category_combo.setEditable(True)
        self.category_combo.addItem("")
        self.category_combo.addItems([c.name for c in categories.list_categories()])
        category_edit = self.category_combo.lineEdit()
        if category_edit is not None:
            category_edit.setPlaceholderText(
                QCoreApplication.translate("customer_form", "None (type to add one)")
            )
        self.add(
            form,
            "category",
            QCoreApplication.translate("customer_form", "Category"),
            self.category_combo,
        )

    def _build_tax(self) -> None:
        form = self.tab(
            QCoreApplication.translate("customer_form", "&Tax"),
            ["gstin", "pan", "state_code", "is_sez", "is_composition", "country"],
        )
        self.gstin_edit = self.line(
            "gstin",
            QCoreApplication.translate("customer_form", "15 characters; fills state and PAN"),
        )
        self.add(
            form, "gstin", QCoreApplication.translate("customer_form", "GSTIN"), self.gstin_edit
        )
        self.gstin_warning = QLabel()
        self.gstin_warning.setObjectName("customer.gstin.warning")
        self.gstin_warning.setStyleSheet("color: #8a5300;")
        self.gstin_warning.setWordWrap(True)
        self.gstin_warning.hide()
        form.addRow("", self.gstin_warning)
        self.pan_edit = self.line("pan", QCoreApplication.translate("customer_form", "AAAAA9999A"))
        self.add(form, "pan", QCoreApplication.translate("customer_form", "PAN"), self.pan_edit)
        self.state_combo = QComboBox()
        self.state_combo.addItem("", "")
        for code, name in gst.state_choices(include_foreign=True):
            self.state_combo.addItem(f"{code} {name}", code)
        self.add(
            form,
            "state_code",
            QCoreApplication.translate("customer_form", "State"),
            self.state_combo,
        )
        self.sez_box = QCheckBox(
            QCoreApplication.translate(
                "customer_form", "An SEZ unit or developer: sales to it are zero-rated"
            )
        )
        self.add(
            form, "is_sez", QCoreApplication.translate("customer_form", "SEZ unit"), self.sez_box
        )
        self.composition_box = QCheckBox(
            QCoreApplication.translate("customer_form", "Registered under the composition scheme")
        )
        self.add(
            form,
            "is_composition",
            QCoreApplication.translate("customer_form", "Composition dealer"),
            self.composition_box,
        )
        self.country_edit = self.line(
            "country",
            QCoreApplication.translate(
                "customer_form", "For a buyer outside India: printed on exports"
            ),
        )
        self.add(
            form,
            "country",
            QCoreApplication.translate("customer_form", "Country"),
            self.country_edit,
        )
        self.gstin_edit.editingFinished.connect(self._fill_from_gstin)

    def _build_terms(self) -> None:
        names = [
            "credit_limit",
            "check_credit_limit",
            "stop_sales",
            "payment_terms_days",
            "also_supplier",
            "transporter",
            "opening_amount",
            "opening_kind",
            "opening_date",
        ]
        form = self.tab(QCoreApplication.translate("customer_form", "Credit && &terms"), names)
        self.credit_edit = MoneyEdit("credit_limit")
        self.add(
            form,
            "credit_limit",
            QCoreApplication.translate("customer_form", "Credit limit (₹)"),
            self.credit_edit,
        )
        self.check_credit_box = QCheckBox(
            QCoreApplication.translate("customer_form", "Warn when a sale crosses the credit limit")
        )
        self.add(form, "check_credit_limit", "", self.check_credit_box)
        self.stop_sales_box = QCheckBox(
            QCoreApplication.translate(
                "customer_form", "Refuse a sale that crosses the credit limit"
            )
        )
        self.add(form, "stop_sales", "", self.stop_sales_box)
        self.terms_spin = QSpinBox()
        self.terms_spin.setRange(0, MAX_TERMS_DAYS)
        self.terms_spin.setSuffix(QCoreApplication.translate("customer_form", " days"))
        self.add(
            form,
            "payment_terms_days",
            QCoreApplication.translate("customer_form", "Payment terms"),
            self.terms_spin,
        )
        self.supplier_box = QCheckBox(
            QCoreApplication.translate(
                "customer_form", "This customer also supplies goods or services to us"
            )
        )
        self.add(form, "also_supplier", "", self.supplier_box)
        self.transporter_edit = self.line("transporter")
        self.add(
            form,
            "transporter",
            QCoreApplication.translate("customer_form", "Preferred transporter"),
            self.transporter_edit,
        )
        if self.account is not None and self.account.is_cash:
            for widget in (
                self.credit_edit,
                self.check_credit_box,
                self.stop_sales_box,
                self.terms_spin,
            ):
                widget.setEnabled(False)
                widget.setToolTip(
                    QCoreApplication.translate(
                        "customer_form", "The CASH customer is for walk-in sales paid in full"
                    )
                )
        self.opening_group = QGroupBox(
            QCoreApplication.translate(
                "customer_form", "Opening balance (when you start using Vyapar Lite)"
            )
        )
        opening = QFormLayout(self.opening_group)
        self.opening_edit = MoneyEdit("opening_amount")
        self.add(
            opening,
            "opening_amount",
            QCoreApplication.translate("customer_form", "Amount (₹)"),
            self.opening_edit,
        )
        self.opening_kind = QComboBox()
        self.opening_kind.addItem(
            QCoreApplication.translate("customer_form", "Receivable: they owe us"),
            OpeningKind.RECEIVABLE.value,
        )
        self.opening_kind.addItem(
            QCoreApplication.translate("customer_form", "Advance: we hold their money"),
            OpeningKind.ADVANCE.value,
        )
        self.add(
            opening,
            "opening_kind",
            QCoreApplication.translate("customer_form", "Type"),
            self.opening_kind,
        )
        self.opening_date = DateEdit()
        self.add(
            opening,
            "opening_date",
            QCoreApplication.translate("customer_form", "As of"),
            self.opening_date,
        )
        form.addRow(self.opening_group)
        self.opening_group.setVisible(self.account is None)

    def _build_addresses(self) -> None:
        names = ["billing_address", "shipping_address", "city", "pin_code"]
        form = self.tab(QCoreApplication.translate("customer_form", "&Addresses"), names)
        self.billing_edit = QPlainTextEdit()
        self.billing_edit.setTabChangesFocus(True)
        self.billing_edit.setFixedHeight(70)
        self.add(
            form,
            "billing_address",
            QCoreApplication.translate("customer_form", "Billing address"),
            self.billing_edit,
        )
        self.same_box = QCheckBox(
            QCoreApplication.translate("customer_form", "Shipping address same as billing")
        )
        self.same_box.setObjectName("customer.shipping_same_as_billing")
        self.same_box.setChecked(True)
        form.addRow("", self.same_box)
        self.shipping_edit = QPlainTextEdit()
        self.shipping_edit.setTabChangesFocus(True)
        self.shipping_edit.setFixedHeight(70)
        self.shipping_edit.setEnabled(False)
        self.add(
            form,
            "shipping_address",
            QCoreApplication.translate("customer_form", "Shipping address"),
            self.shipping_edit,
        )
        self.same_box.toggled.connect(lambda same: self.shipping_edit.setEnabled(not same))
        self.city_edit = self.line("city")
        self.add(form, "city", QCoreApplication.translate("customer_form", "City"), self.city_edit)
        self.pin_edit = self.line(
            "pin_code", QCoreApplication.translate("customer_form", "6 digits")
        )
        self.add(
            form, "pin_code", QCoreApplication.translate("customer_form", "PIN code"), self.pin_edit
        )

    def _build_notes(self) -> None:
        form = self.tab(QCoreApplication.translate("customer_form", "&Notes"), ["notes"])
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.add(
            form, "notes", QCoreApplication.translate("customer_form", "Notes"), self.notes_edit
        )

    # reading and writing the fields
    def details(self) -> CustomerDetails:
        """What is typed now (money parsed; a money typing error raises ValidationError)."""
        return CustomerDetails(
            code=self.code_edit.text() if self.account is None else "",
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            alt_phone=self.alt_phone_edit.text(),
            email=self.email_edit.text(),
            preferred_contact=str(self.contact_combo.currentData() or ""),
            customer_type=str(self.type_combo.currentData() or ""),
            category=self.category_combo.currentText(),
            gstin=self.gstin_edit.text(),
            pan=self.pan_edit.text(),
            state_code=str(self.state_combo.currentData() or ""),
            is_sez=self.sez_box.isChecked(),
            is_composition=self.composition_box.isChecked(),
            credit_limit=self.credit_edit.paise(),
            check_credit_limit=self.check_credit_box.isChecked(),
            stop_sales=self.stop_sales_box.isChecked(),
            payment_terms_days=self.terms_spin.value(),
            also_supplier=self.supplier_box.isChecked(),
            transporter=self.transporter_edit.text(),
            country=self.country_edit.text(),
            billing_address=self.billing_edit.toPlainText(),
            shipping_same_as_billing=self.same_box.isChecked(),
            shipping_address=self.shipping_edit.toPlainText(),
            city=self.city_edit.text(),
            pin_code=self.pin_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def opening(self) -> OpeningBalance | None:
        if self.account is not None:
            return None
        return clean_opening(
            self.opening_edit.paise(),
            str(self.opening_kind.currentData()),
            self.opening_date.date_value(),
        )

    def _load(self, d: CustomerDetails) -> None:
        for edit, value in (
            (self.name_edit, d.name),
            (self.phone_edit, d.phone),
            (self.alt_phone_edit, d.alt_phone),
            (self.email_edit, d.email),
            (self.gstin_edit, d.gstin),
            (self.pan_edit, d.pan),
            (self.transporter_edit, d.transporter),
            (self.country_edit, d.country),
            (self.city_edit, d.city),
            (self.pin_edit, d.pin_code),
        ):
            edit.setText(value)
        self.contact_combo.setCurrentIndex(max(0, self.contact_combo.findData(d.preferred_contact)))
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(d.customer_type)))
        self.category_combo.setCurrentText(d.category)
        self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(d.state_code)))
        self.credit_edit.set_paise(d.credit_limit)
        self.check_credit_box.setChecked(d.check_credit_limit)
        self.stop_sales_box.setChecked(d.stop_sales)
        self.terms_spin.setValue(d.payment_terms_days)
        self.supplier_box.setChecked(d.also_supplier)
        self.sez_box.setChecked(d.is_sez)
        self.composition_box.setChecked(d.is_composition)
        self.billing_edit.setPlainText(d.billing_address)
        self.same_box.setChecked(d.shipping_same_as_billing)
        self.shipping_edit.setPlainText(d.shipping_address)
        self.notes_edit.setPlainText(d.notes)

    def _connect_changes(self) -> None:
        super()._connect_changes()
        self.same_box.toggled.connect(self._changed)

    # checking
    def problems(self) -> list[FieldError]:
        errors: list[FieldError] = []
        try:
            clean_customer(self.details(), is_cash=bool(self.account and self.account.is_cash))
        except ValidationError as exc:
            errors += exc.errors
        try:
            self.opening()
        except ValidationError as exc:
            errors += exc.errors
        return errors

    def _fill_from_gstin(self) -> None:
        self._warn_if_own_gstin()
        try:
            state, pan = gst.fill_from_gstin(gst.validate_gstin(self.gstin_edit.text()))
        except ValidationError:
            return
        if not self.state_combo.currentData():
            self.state_combo.setCurrentIndex(max(0, self.state_combo.findData(state)))
        if not self.pan_edit.text().strip():
            self.pan_edit.setText(pan)
        self.validate()

    def _warn_if_own_gstin(self) -> None:
        """The shop's own GSTIN typed for a customer: allowed (a branch, a transfer), but
        usually a slip; invoices to it would show the shop as its own buyer."""
        typed = self.gstin_edit.text().strip().upper()
        profile = shop.get_profile()
        own = bool(typed) and profile is not None and typed == (profile.gstin or "").upper()
        self.gstin_warning.setText(
            QCoreApplication.translate(
                "customer_form",
                "This is your shop's own GSTIN. A customer's invoices should carry the customer's "
                "GSTIN: check it before saving.",
            )
            if own
            else ""
        )
        self.gstin_warning.setVisible(own)

    def draft_summary(self) -> str:
        return self.kept_summary(
            QCoreApplication.translate("customer_form", "a new customer {0}"),
            QCoreApplication.translate("customer_form", "changes to customer {0} {1}"),
            self.name_edit.text(),
        )

    # saving and leaving
    def save(self) -> None:
        if not self.validate(show_all=True):
            return
        self.finish_save(self._save_confirming)

    def reload(self) -> None:
        assert self.account is not None
        self.account = customers.get_customer(self.account.code)
        self._load(self.account.details)

    def _save_confirming(self) -> customers.CustomerAccount | None:
        """Save, asking first when another customer has the same phone, e-mail or GSTIN; None
        when the answer was not to."""
        try:
            return self._save(confirmed=False)
        except customers.DuplicateCustomer as dup:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("customer_form", "Possible duplicate"),
                "\n".join(
                    QCoreApplication.translate(
                        "customer_form", "{code} {name} has the same {what}."
                    ).format(
                        code=m.code,
                        name=m.name,
                        what=QCoreApplication.translate("customer_form", _LABELS[m.field]),
                    )
                    for m in dup.matches
                )
                + "\n\n"
                + QCoreApplication.translate("customer_form", "Save this customer anyway?"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return self._save(confirmed=True)

    def _save(self, *, confirmed: bool) -> customers.CustomerAccount:
        if self.account is None:
            return customers.create_customer(
                self.details(), opening=self.opening(), confirmed=confirmed
            )
        return customers.update_customer(
            self.account.code, self.details(), confirmed=confirmed, opened=self.account.version
        )


_LABELS = {
    "phone": QT_TRANSLATE_NOOP("customer_form", "phone number"),
    "email": QT_TRANSLATE_NOOP("customer_form", "e-mail"),
    "gstin": QT_TRANSLATE_NOOP("customer_form", "GSTIN"),
}
