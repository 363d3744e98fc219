"""The shop profile form: used by the first-run set-up and by Settings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain import gst, supply
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.shop import ShopProfile, clean_shop_profile
from vyapar_lite.ui.language import shown

_LINE_FIELDS = (  # field, label, placeholder: English, translated where shown
    ("name", QT_TRANSLATE_NOOP("shop_form", "Shop name"),
     QT_TRANSLATE_NOOP("shop_form", "e.g. Sharma General Store")),
    ("city", QT_TRANSLATE_NOOP("shop_form", "City"), ""),
    ("pin_code", QT_TRANSLATE_NOOP("shop_form", "PIN code"),
     QT_TRANSLATE_NOOP("shop_form", "6 digits")),
    ("phone", QT_TRANSLATE_NOOP("shop_form", "Phone"),
     QT_TRANSLATE_NOOP("shop_form", "Mobile, landline with STD code, or +country code")),
    ("email", QT_TRANSLATE_NOOP("shop_form", "E-mail"), ""),
    ("gstin", QT_TRANSLATE_NOOP("shop_form", "GSTIN (optional)"),
     QT_TRANSLATE_NOOP("shop_form", "15 characters, e.g. 27AAPFU0939F1ZV")),
)  # fmt: skip


class ShopProfileForm(QWidget):
    """Fields of the shop profile, each with its message shown beside it when invalid."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shopProfileForm")
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for field, label, placeholder in _LINE_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"shop.{field}")
            edit.setPlaceholderText(
                QCoreApplication.translate("shop_form", placeholder) if placeholder else ""
            )
            edit.textEdited.connect(self.changed)
            edit.editingFinished.connect(self.validate)
            self.edits[field] = edit
            form.addRow(
                QCoreApplication.translate("shop_form", label), self._with_error(field, edit)
            )
            if field == "name":
                self.address = QPlainTextEdit()
                self.address.setObjectName("shop.address")
                self.address.setFixedHeight(60)
                self.address.setTabChangesFocus(True)
                self.address.textChanged.connect(self.changed)
                form.addRow(QCoreApplication.translate("shop_form", "Address"), self.address)
            if field == "email":
                self.state = QComboBox()
                self.state.setObjectName("shop.state_code")
                self.state.addItem(
                    QCoreApplication.translate("shop_form", "Choose the shop's state…"), ""
                )
                for code, name in gst.state_choices(include_foreign=False):
                    self.state.addItem(f"{code} {name}", code)
                self.state.currentIndexChanged.connect(self.changed)
                form.addRow(
                    QCoreApplication.translate("shop_form", "State"),
                    self._with_error("state_code", self.state),
                )
        self.edits["gstin"].editingFinished.connect(self._fill_state_from_gstin)
        self.composition = QCheckBox(
            QCoreApplication.translate(
                "shop_form", "Composition scheme: bills of supply, no tax collected (s.10 CGST Act)"
            )
        )
        self.composition.setObjectName("shop.composition")
        self.composition_rate = QComboBox()
        self.composition_rate.setObjectName("shop.composition_rate_bp")
        for rate, label in supply.COMPOSITION_RATES.items():
            self.composition_rate.addItem(QCoreApplication.translate("labels", label), rate)
        self.composition.toggled.connect(self.composition_rate.setEnabled)
        self.composition.toggled.connect(lambda _on: self.changed.emit())
        self.composition_rate.currentIndexChanged.connect(self.changed)
        self.composition_rate.setEnabled(False)
        form.addRow(
            QCoreApplication.translate("shop_form", "GST scheme"),
            self._with_error("composition", self.composition),
        )
        form.addRow(
            QCoreApplication.translate("shop_form", "Composition rate"),
            self._with_error("composition_rate_bp", self.composition_rate),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"shop.{field}.error")
        error.setStyleSheet("color: #b00020;")
        error.hide()
        column.addWidget(error)
        self.errors[field] = error
        return box

    def profile(self) -> ShopProfile:
        """What is typed now, not yet checked."""
        values = {field: edit.text() for field, edit in self.edits.items()}
        return ShopProfile(
            address=self.address.toPlainText(),
            state_code=str(self.state.currentData() or ""),
            composition=self.composition.isChecked(),
            composition_rate_bp=int(self.composition_rate.currentData() or 0),
            **values,
        )

    def set_profile(self, profile: ShopProfile) -> None:
        for field, edit in self.edits.items():
            edit.setText(getattr(profile, field))
        self.address.setPlainText(profile.address)
        self.state.setCurrentIndex(max(0, self.state.findData(profile.state_code)))
        self.composition.setChecked(profile.composition)
        self.composition_rate.setCurrentIndex(
            max(0, self.composition_rate.findData(profile.composition_rate_bp))
        )
        self.show_errors(None)

    def validate(self) -> bool:
        """Check every field, show each message beside its field; True when all is well."""
        try:
            clean_shop_profile(self.profile())
        except ValidationError as exc:
            self.show_errors(exc)
            return False
        self.show_errors(None)
        return True

    def show_errors(self, exc: ValidationError | None) -> None:
        for field, label in self.errors.items():
            message = exc.for_field(field) if exc else None
            label.setText(shown(message) if message else "")
            label.setVisible(bool(message))

    def _fill_state_from_gstin(self) -> None:
        text = self.edits["gstin"].text().strip().upper()
        if len(text) == 15 and not self.state.currentData():
            try:
                state, _pan = gst.fill_from_gstin(gst.validate_gstin(text))
            except ValidationError:
                return
            self.state.setCurrentIndex(max(0, self.state.findData(state)))
