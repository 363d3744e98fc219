"""The item form: create an item or edit one, in tabs, checked as you go (see `CheckedForm`).

Tabs: the item itself (code, name, HSN/SAC, unit, price, GST), its stock (tracking, low-stock
level, opening stock for a new item) and the prices for each customer type.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.item import (
    GENERAL,
    UNITS,
    ItemDetails,
    TypePrice,
    clean_item,
    discount_field,
    format_qty,
    format_rate,
    price_field,
)
from vyapar_lite.domain.supply import SUPPLY_TYPES
from vyapar_lite.domain.uqc import uqc_choices, uqc_for_unit
from vyapar_lite.services import gst_rates, items
from vyapar_lite.ui.checked_form import CheckedForm
from vyapar_lite.ui.number_edits import PercentEdit, QtyEdit
from vyapar_lite.ui.sales.labels import label
from vyapar_lite.ui.widgets import DateEdit, MoneyEdit

T = TypeVar("T")


class ItemForm(CheckedForm):
    """`saved(code)` is emitted after a successful save."""

    aliases: ClassVar[dict[str, str]] = {"qty": "opening_stock"}

    def __init__(self, code: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__("item", "item", parent, editing=code)
        self.record = items.get_item(code) if code else None
        self.setWindowTitle(
            QCoreApplication.translate("item_form", "Item {code}").format(code=self.record.code)
            if self.record
            else QCoreApplication.translate("item_form", "New item")
        )
        active = gst_rates.list_rates()
        rates = [r.rate_bp for r in active]
        if self.record is not None and self.record.details.gst_rate_bp not in rates:
            rates = sorted({*rates, self.record.details.gst_rate_bp})  # kept on an old item
        self.rates = rates
        # a new item starts at the rate most of the shop's items have
        self.usual_rate = max(active, key=lambda r: r.items).rate_bp if active else 0
        self._build_item()
        self._build_stock()
        self._build_prices()
        if self.record is not None:
            self._load(self.record.details)
        self.finish(620, 500)

    # building the tabs
    def _build_item(self) -> None:
        names = [
            "code", "name", "hsn_sac", "unit", "uqc", "sale_price", "price_includes_tax",
            "reverse_charge", "gst_rate_bp", "supply_type",
        ]  # fmt: skip
        form = self.tab(QCoreApplication.translate("item_form", "&Item"), names)
        self.code_edit = self.line("code")
        if self.record is None:
            self.code_edit.setPlaceholderText(
                QCoreApplication.translate("item_form", "{0} (leave blank)").format(
                    items.next_code_preview()
                )
            )
        else:
            self.code_edit.setText(self.record.code)
            self.code_edit.setReadOnly(True)
            self.code_edit.setToolTip(
                QCoreApplication.translate("item_form", "An item's code never changes")
            )
        self.add(form, "code", QCoreApplication.translate("item_form", "Code"), self.code_edit)
        self.name_edit = self.line(
            "name", QCoreApplication.translate("item_form", "As it should appear on invoices")
        )
        self.add(form, "name", QCoreApplication.translate("item_form", "Name *"), self.name_edit)
        self.hsn_edit = self.line(
            "hsn_sac",
            QCoreApplication.translate("item_form", "HSN 4/6/8 digits, or SAC 99xxxx for services"),
        )
        self.add(form, "hsn_sac", QCoreApplication.translate("item_form", "HSN/SAC"), self.hsn_edit)
        self.unit_combo = QComboBox()
        self.unit_combo.setEditable(True)
        self.unit_combo.addItems(list(UNITS))
        self.add(form, "unit", QCoreApplication.translate("item_form", "Unit"), self.unit_combo)
        self.uqc_combo = QComboBox()
        self.uqc_combo.setToolTip(
            QCoreApplication.translate(
                "item_form", "The GST unit code returns use; the bill shows your unit"
            )
        )
        for code, text in uqc_choices():
            self.uqc_combo.addItem(text, code)
        self._set_uqc(uqc_for_unit(self.unit_combo.currentText()))
        self.add(
            form, "uqc", QCoreApplication.translate("item_form", "GST unit (UQC)"), self.uqc_combo
        )
        self._mapped_uqc = str(self.uqc_combo.currentData())
        self.unit_combo.currentTextChanged.connect(self._unit_changed)
        self.price_edit = MoneyEdit("sale_price")
        self.add(
            form,
            "sale_price",
            QCoreApplication.translate("item_form", "Sale price (₹) per unit"),
            self.price_edit,
        )
        self.includes_tax_box = QCheckBox(
            QCoreApplication.translate("item_form", "The sale price includes GST (like an MRP)")
        )
        self.add(form, "price_includes_tax", "", self.includes_tax_box)
        self.reverse_charge_box = QCheckBox(
            QCoreApplication.translate(
                "item_form", "GST on it is payable by the buyer (reverse charge)"
            )
        )
        self.reverse_charge_box.setObjectName("item.reverse_charge")
        self.add(form, "reverse_charge", "", self.reverse_charge_box)
        self.rate_combo = QComboBox()
        for rate in self.rates:
            self.rate_combo.addItem(format_rate(rate), rate)
        self.rate_combo.setCurrentIndex(max(0, self.rate_combo.findData(self.usual_rate)))
        self.add(
            form,
            "gst_rate_bp",
            QCoreApplication.translate("item_form", "GST rate"),
            self.rate_combo,
        )
        self.supply_combo = QComboBox()
        self.supply_combo.setObjectName("item.supply_type")
        for kind, english in SUPPLY_TYPES.items():
            self.supply_combo.addItem(label(english), kind)
        self.supply_combo.setToolTip(
            QCoreApplication.translate(
                "item_form",
                "Nil-rated, exempt and non-GST items carry no tax; "
                "a bill with only such items is a Bill of Supply (Rule 49)",
            )
        )
        self.add(
            form,
            "supply_type",
            QCoreApplication.translate("item_form", "Supply"),
            self.supply_combo,
        )

    def _build_stock(self) -> None:
        names = ["track_stock", "low_stock_milli", "opening_stock", "opening_date"]
        form = self.tab(QCoreApplication.translate("item_form", "&Stock"), names)
        self.track_box = QCheckBox(
            QCoreApplication.translate(
                "item_form", "Count this item's stock (sales reduce it, returns raise it)"
            )
        )
        self.add(form, "track_stock", "", self.track_box)
        self.low_edit = QtyEdit("low_stock_milli")
        self.low_edit.setToolTip(
            QCoreApplication.translate(
                "item_form", "Warn when the stock falls to this quantity or below"
            )
        )
        self.add(
            form,
            "low_stock_milli",
            QCoreApplication.translate("item_form", "Low-stock level"),
            self.low_edit,
        )
        self.opening_edit = QtyEdit("opening_stock", allow_negative=True)
        self.opening_date = DateEdit()
        if self.record is None:
            self.add(
                form,
                "opening_stock",
                QCoreApplication.translate("item_form", "Opening stock"),
                self.opening_edit,
            )
            self.add(
                form,
                "opening_date",
                QCoreApplication.translate("item_form", "As of"),
                self.opening_date,
            )
        else:
            stock = self.record.stock_milli
            shown = (
                QCoreApplication.translate("item_form", "Not tracked")
                if stock is None
                else format_qty(stock, self.record.details.unit)
            )
            self.stock_label = QLabel(shown)
            self.stock_label.setObjectName("item.stock")
            form.addRow(QCoreApplication.translate("item_form", "Stock on hand"), self.stock_label)
        self.track_box.toggled.connect(self._tracking_changed)
        self._tracking_changed(False)

    def _build_prices(self) -> None:
        names = [f(t) for t in CUSTOMER_TYPES for f in (price_field, discount_field)]
        form = self.tab(QCoreApplication.translate("item_form", "Customer-type &prices"), names)
        hint = QLabel(
            QCoreApplication.translate(
                "item_form",
                "Leave both blank to charge the sale price. A type gets either its own price "
                "or a discount off the sale price, not both.",
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        grid = QGridLayout()
        headers = (
            QCoreApplication.translate("item_form", "Customer type"),
            QCoreApplication.translate("item_form", "Own price (₹)"),
            QCoreApplication.translate("item_form", "or discount %"),
        )
        for column, header in enumerate(headers):
            grid.addWidget(QLabel(f"<b>{header}</b>"), 0, column)
        self.type_price_edits: dict[str, tuple[MoneyEdit, PercentEdit]] = {}
        for row, customer_type in enumerate(CUSTOMER_TYPES, start=1):
            price = MoneyEdit(price_field(customer_type))
            discount = PercentEdit(discount_field(customer_type))
            if customer_type == GENERAL:
                price.setEnabled(False)
                price.setPlaceholderText(QCoreApplication.translate("item_form", "the sale price"))
            grid.addWidget(QLabel(label(customer_type)), row, 0)
            for column, name, edit in (
                (1, price_field(customer_type), price),
                (2, discount_field(customer_type), discount),
            ):
                box = self.field_box(name, edit)
                box.error.setWordWrap(True)  # the two columns stay the same width
                grid.addWidget(box, row, column)
            self.type_price_edits[customer_type] = (price, discount)
        for column in (1, 2):
            grid.setColumnStretch(column, 1)
        form.addRow(grid)

    def _tracking_changed(self, on: bool) -> None:
        for widget in (self.low_edit, self.opening_edit, self.opening_date):
            widget.setEnabled(on)

    # reading and writing the fields
    def read(self) -> tuple[ItemDetails, int, list[FieldError]]:
        """What is typed now: the details, the opening stock, and every entry that can't be read
        (a price, quantity or percentage typed wrongly)."""
        errors: list[FieldError] = []

        def parsed(read: Callable[[], T], default: T) -> T:
            try:
                return read()
            except ValidationError as exc:
                errors.extend(exc.errors)
                return default

        type_prices = {
            t: TypePrice(
                parsed(price.paise, 0) if price.text().strip() else None,
                parsed(discount.basis_points, None),
            )
            for t, (price, discount) in self.type_price_edits.items()
        }
        tracked = self.track_box.isChecked()
        details = ItemDetails(
            code=self.code_edit.text() if self.record is None else "",
            name=self.name_edit.text(),
            hsn_sac=self.hsn_edit.text(),
            unit=self.unit_combo.currentText(),
            uqc=str(self.uqc_combo.currentData() or ""),
            sale_price=parsed(self.price_edit.paise, 0),
            price_includes_tax=self.includes_tax_box.isChecked(),
            reverse_charge=self.reverse_charge_box.isChecked(),
            gst_rate_bp=int(self.rate_combo.currentData() or 0),
            supply_type=str(self.supply_combo.currentData() or "taxable"),
            track_stock=tracked,
            low_stock_milli=parsed(self.low_edit.milli, 0) if tracked else 0,
            type_prices=type_prices,
        )
        opening = parsed(self.opening_edit.milli, 0) if tracked and self.record is None else 0
        return details, opening, errors

    def _load(self, d: ItemDetails) -> None:
        self.name_edit.setText(d.name)
        self.hsn_edit.setText(d.hsn_sac)
        self.unit_combo.setCurrentText(d.unit)
        self._set_uqc(d.uqc or uqc_for_unit(d.unit))
        self.price_edit.set_paise(d.sale_price)
        self.includes_tax_box.setChecked(d.price_includes_tax)
        self.reverse_charge_box.setChecked(d.reverse_charge)
        self.rate_combo.setCurrentIndex(max(0, self.rate_combo.findData(d.gst_rate_bp)))
        self.supply_combo.setCurrentIndex(max(0, self.supply_combo.findData(d.supply_type)))
        self.track_box.setChecked(d.track_stock)
        self.low_edit.set_milli(d.low_stock_milli)
        for customer_type, (price, discount) in self.type_price_edits.items():
            own, off = d.type_prices.get(customer_type, TypePrice())
            if own is not None:
                price.set_paise(own)
                price.setText(price.text() or "0.00")
            discount.set_basis_points(off)

    def _set_uqc(self, code: str) -> None:
        self.uqc_combo.setCurrentIndex(max(0, self.uqc_combo.findData(code)))

    def _unit_changed(self, unit: str) -> None:
        """A new unit word takes its code, unless the shopkeeper chose another code by hand."""
        if self.uqc_combo.currentData() == self._mapped_uqc:
            self._set_uqc(uqc_for_unit(unit))
        self._mapped_uqc = uqc_for_unit(unit)

    # checking
    def problems(self) -> list[FieldError]:
        details, _opening, errors = self.read()
        unreadable = {e.field for e in errors}
        try:
            clean_item(details, rates=self.rates)
        except ValidationError as exc:
            errors += [e for e in exc.errors if e.field not in unreadable]
        return errors

    def draft_summary(self) -> str:
        return self.kept_summary(
            QCoreApplication.translate("item_form", "a new item {0}"),
            QCoreApplication.translate("item_form", "changes to item {0} {1}"),
            self.name_edit.text(),
        )

    # saving
    def save(self) -> None:
        if not self.validate(show_all=True):
            return
        details, opening, _ = self.read()
        record = self.record

        def write() -> items.ItemRecord:
            if record is None:
                return items.create_item(
                    details,
                    opening_stock_milli=opening,
                    opening_date=self.opening_date.date_value(),
                )
            return items.update_item(record.code, details, opened=record.version)

        self.finish_save(write)

    def reload(self) -> None:
        assert self.record is not None
        self.record = items.get_item(self.record.code)
        self._load(self.record.details)
