"""The inputs the report screens share: a customer picker that also finds inactive customers,
a period with presets (this financial year ...), and the customer filters (type, category, city,
active or not)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from vyapar_lite.domain.customer import CUSTOMER_TYPES
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.services import categories, customer_cities, customer_list, customers
from vyapar_lite.services.report_scope import CustomerScope
from vyapar_lite.ui.reports import periods
from vyapar_lite.ui.sales.customer_picker import SUGGESTIONS, CustomerPicker, account_facts
from vyapar_lite.ui.sales.labels import balance_text
from vyapar_lite.ui.sales.labels import label as word_label
from vyapar_lite.ui.sales.suggest import Suggestion
from vyapar_lite.ui.widgets import DateEdit


def any_customer_suggestions(text: str) -> list[Suggestion]:
    """Like the sales picker's, but inactive customers too: they still have statements."""
    found = customer_list.quick_find(text, limit=SUGGESTIONS, include_inactive=True)
    return [
        (
            "  ·  ".join(
                p
                for p in (r.name, r.code, r.city, balance_text(r.balance))
                + (() if r.is_active else ("inactive",))
                if p
            ),
            r.code,
        )
        for r in found
    ]


class ReportCustomerPicker(CustomerPicker):
    """The sales customer box for reports: any customer, active or not; clearing the box means
    "no customer" (`code()` is "")."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.box.fetch = any_customer_suggestions
        self.edit.setClearButtonEnabled(True)

    def set_code(self, code: str) -> bool:
        try:
            account = customers.get_customer(code)
        except ValidationError as exc:
            self._fail(str(exc))
            return False
        self.account = account
        inactive = "" if account.is_active else QCoreApplication.translate("inputs", " (inactive)")
        self._shown = f"{account.details.name} ({account.code})"
        self.edit.setText(self._shown)
        self.info.setText(account_facts(account) + inactive)
        self.error.hide()
        self.chosen.emit(account.code)
        return True

    def _settle(self) -> None:
        text = self.edit.text().strip()
        if text == self._shown or self.box.is_open():
            return
        if not text:
            self.clear()
            self.chosen.emit("")
            return
        found = any_customer_suggestions(text)
        if found:
            self.set_code(found[0][1])
        else:
            self._fail(
                QCoreApplication.translate("inputs", "No customer matches “{text}”").format(
                    text=text
                )
            )


class PeriodInputs(QWidget):
    """From and To dates with presets; `changed()` when either moves."""

    changed = Signal()

    def __init__(self, name: str, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.preset = QComboBox()
        self.preset.setObjectName(f"{name}.preset")
        for label, _make in periods.PRESETS:
            self.preset.addItem(QCoreApplication.translate("filters", label))
        self.preset.addItem(QCoreApplication.translate("filters", periods.CUSTOM))
        start, end = periods.this_year(self.today)
        self.start = DateEdit(start)
        self.start.setObjectName(f"{name}.from")
        self.end = DateEdit(end)
        self.end.setObjectName(f"{name}.to")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preset)
        row.addWidget(QLabel(QCoreApplication.translate("inputs", "From")))
        row.addWidget(self.start)
        row.addWidget(QLabel(QCoreApplication.translate("inputs", "to")))
        row.addWidget(self.end)
        self.preset.currentIndexChanged.connect(self._take_preset)
        self.start.dateChanged.connect(self._typed)
        self.end.dateChanged.connect(self._typed)
        self._setting = False

    def period(self) -> periods.Period:
        """(start, end); ValidationError naming "period" when they are the wrong way round."""
        start, end = self.start.date_value(), self.end.date_value()
        if start > end:
            raise ValidationError(
                FieldError("period", "The From date is after the To date: swap them")
            )
        return start, end

    def set_period(self, start: date, end: date) -> None:
        self._setting = True
        self.start.set_date(start)
        self.end.set_date(end)
        self._setting = False
        self._match_preset()
        self.changed.emit()

    def _take_preset(self, index: int) -> None:
        if self._setting or index >= len(periods.PRESETS):
            return
        start, end = periods.PRESETS[index][1](self.today)
        self.set_period(start, end)

    def _typed(self) -> None:
        if not self._setting:
            self._match_preset()
            self.changed.emit()

    def _match_preset(self) -> None:
        current = (self.start.date_value(), self.end.date_value())
        index = next(
            (i for i, (_l, make) in enumerate(periods.PRESETS) if make(self.today) == current),
            len(periods.PRESETS),
        )
        self._setting = True
        self.preset.setCurrentIndex(index)
        self._setting = False


class ScopeFilters(QWidget):
    """Customer type, category, city and status: the filters of the customer reports."""

    changed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.type_filter = QComboBox()
        self.type_filter.setObjectName(f"{name}.type")
        self.type_filter.addItem(QCoreApplication.translate("inputs", "All types"), "")
        for kind in CUSTOMER_TYPES:
            self.type_filter.addItem(word_label(kind), kind)  # the app's words, translated
        self.category_filter = QComboBox()
        self.category_filter.setObjectName(f"{name}.category")
        self.city_filter = QComboBox()
        self.city_filter.setObjectName(f"{name}.city")
        self.city_filter.setEditable(True)
        self.city_filter.setMinimumContentsLength(10)
        line = self.city_filter.lineEdit()
        if line is not None:
            line.setPlaceholderText(QCoreApplication.translate("inputs", "All cities"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName(f"{name}.status")
        for label, value in (
            (QCoreApplication.translate("inputs", "Active and inactive"), "all"),
            (QCoreApplication.translate("inputs", "Active only"), "active"),
            (QCoreApplication.translate("inputs", "Inactive only"), "inactive"),
        ):
            self.status_filter.addItem(label, value)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.type_filter,
            self.category_filter,
            self.city_filter,
            self.status_filter,
        ):
            row.addWidget(widget)
        self.reload_choices()
        for combo in (self.type_filter, self.category_filter, self.status_filter):
            combo.currentIndexChanged.connect(self.changed)
        self.city_filter.currentTextChanged.connect(self.changed)

    def scope(self, customer_code: str = "") -> CustomerScope:
        return CustomerScope(
            customer_type=str(self.type_filter.currentData() or ""),
            category=str(self.category_filter.currentData() or ""),
            city=self.city_filter.currentText().strip(),
            status=str(self.status_filter.currentData() or "all"),
            customer_code=customer_code,
        )

    def description(self) -> str:
        """The filters in words, for a printout: `Dealer · Wholesale · Pune` ('' for none)."""
        scope = self.scope()
        parts = [scope.customer_type, scope.category, scope.city]
        if scope.status != "all":
            parts.append(f"{scope.status} customers")
        return " · ".join(p for p in parts if p)

    def reload_choices(self) -> None:
        """The shop's categories and cities, keeping what is chosen."""
        chosen = self.category_filter.currentData()
        self.category_filter.blockSignals(True)
        self.category_filter.clear()
        self.category_filter.addItem(QCoreApplication.translate("inputs", "All categories"), "")
        for category in categories.list_categories(include_inactive=True):
            self.category_filter.addItem(category.name, category.name)
        self.category_filter.setCurrentIndex(max(0, self.category_filter.findData(chosen)))
        self.category_filter.blockSignals(False)
        city = self.city_filter.currentText()
        self.city_filter.blockSignals(True)
        self.city_filter.clear()
        self.city_filter.addItem("")
        self.city_filter.addItems(customer_cities.cities())
        self.city_filter.setCurrentText(city)
        self.city_filter.blockSignals(False)
