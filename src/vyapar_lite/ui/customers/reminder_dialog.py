"""Send a reminder to one customer or to a list, one at a time: payment or win-back, English or
Hindi, the message (editable) and Copy / Open in WhatsApp / Email. Each button logs the reminder
on the customer's file (`services.reminders.record_sent`).

Links are opened through `open_url` (QDesktopServices.openUrl unless the caller gives another),
so tests can check the link without opening anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.domain import reminder as text
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.services import reminders
from vyapar_lite.services.reminders import ReminderDraft, ReminderLinks, SentReminder

UrlOpener = Callable[[QUrl], bool]


def open_in_system(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


# domain.reminder.KIND_LABELS' words, marked here for translation
_KIND_WORDS = (
    QT_TRANSLATE_NOOP("reminder_dialog", "Payment reminder"),
    QT_TRANSLATE_NOOP("reminder_dialog", "Win-back reminder"),
)


class ReminderDialog(QDialog):
    """`sent(SentReminder)` after each reminder is logged."""

    sent = Signal(object)

    def __init__(
        self,
        codes: Sequence[str],
        *,
        kind: str = "payment",
        open_url: UrlOpener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reminderDialog")
        self.setWindowTitle(QCoreApplication.translate("reminder_dialog", "Send a reminder"))
        self.resize(620, 460)
        self.codes = list(codes)
        self.index = 0
        self.open_url = open_url or open_in_system
        self.draft: ReminderDraft | None = None
        self.last_link = ""
        self.heading = QLabel()
        self.heading.setObjectName("reminder.heading")
        self.heading.setWordWrap(True)
        self.kind = QComboBox()
        self.kind.setObjectName("reminder.kind")
        for value in text.KINDS:
            self.kind.addItem(  # domain.reminder.KIND_LABELS, in the screens' language
                QCoreApplication.translate("reminder_dialog", text.KIND_LABELS[value]), value
            )
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self.language = QComboBox()
        self.language.setObjectName("reminder.language")
        for value in text.LANGUAGES:
            self.language.addItem(text.LANGUAGE_LABELS[value], value)
        self.message = QPlainTextEdit()
        self.message.setObjectName("reminder.message")
        self.message.setTabChangesFocus(True)
        self.problems = QLabel()
        self.problems.setObjectName("reminder.problems")
        self.problems.setStyleSheet("color: #8a5300;")
        self.problems.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("reminder.status")
        self.status.setStyleSheet("color: #1b6e20;")
        self.status.setWordWrap(True)
        self.copy_button = self._button(
            "copy", QCoreApplication.translate("reminder_dialog", "Copy"), lambda: self.send("copy")
        )
        self.whatsapp_button = self._button(
            "whatsapp",
            QCoreApplication.translate("reminder_dialog", "Open in WhatsApp"),
            lambda: self.send("whatsapp"),
        )
        self.email_button = self._button(
            "email",
            QCoreApplication.translate("reminder_dialog", "Email"),
            lambda: self.send("email"),
        )
        self.previous_button = self._button(
            "previous",
            QCoreApplication.translate("reminder_dialog", "← Previous"),
            lambda: self.step(-1),
        )
        self.next_button = self._button(
            "next", QCoreApplication.translate("reminder_dialog", "Next →"), lambda: self.step(1)
        )
        self.close_button = self._button(
            "close", QCoreApplication.translate("reminder_dialog", "Close"), self.accept
        )
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("reminder_dialog", "Reminder"), self.kind)
        form.addRow(QCoreApplication.translate("reminder_dialog", "Language"), self.language)
        sending = QHBoxLayout()
        for button in (self.copy_button, self.whatsapp_button, self.email_button):
            sending.addWidget(button)
        sending.addStretch(1)
        moving = QHBoxLayout()
        moving.addWidget(self.previous_button)
        moving.addWidget(self.next_button)
        moving.addStretch(1)
        moving.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.problems)
        layout.addLayout(sending)
        layout.addWidget(self.status)
        layout.addLayout(moving)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.language.currentIndexChanged.connect(lambda _i: self.load())
        self.message.textChanged.connect(self._update_links)
        self.load()

    @property
    def code(self) -> str:
        return self.codes[self.index] if self.codes else ""

    def load(self) -> None:
        """The current customer's reminder from the template (any edits are dropped)."""
        if not self.codes:
            return
        try:
            self.draft = reminders.prepare(
                self.code, str(self.kind.currentData()), str(self.language.currentData())
            )
        except ValidationError as exc:
            self.draft = None
            self.heading.setText(
                QCoreApplication.translate("reminder_dialog", "<b>{code}</b>: {exc}").format(
                    code=self.code, exc=exc
                )
            )
            self.message.setPlainText("")
            self._enable()
            return
        d = self.draft
        place = (
            QCoreApplication.translate("reminder_dialog", "Customer {n} of {count}: ").format(
                n=self.index + 1, count=len(self.codes)
            )
            if len(self.codes) > 1
            else ""
        )
        owes = (
            QCoreApplication.translate("reminder_dialog", "owes {amount}").format(
                amount=format_money(d.amount_due)
            )
            if d.amount_due
            else QCoreApplication.translate("reminder_dialog", "owes nothing")
        )
        self.heading.setText(
            QCoreApplication.translate(
                "reminder_dialog", "{place}<b>{customer_code} · {customer_name}</b> ({owes})"
            ).format(
                place=place, customer_code=d.customer_code, customer_name=d.customer_name, owes=owes
            )
        )
        self.message.blockSignals(True)
        self.message.setPlainText(d.message)
        self.message.blockSignals(False)
        self._update_links()
        self.status.setText("")

    def links(self) -> ReminderLinks | None:
        d = self.draft
        if d is None:
            return None
        return reminders.links(d.phone, d.email, d.subject, self.message.toPlainText())

    def _update_links(self) -> None:
        links = self.links()
        problems = []
        if links is not None:
            if links.whatsapp_problem:
                problems.append(
                    QCoreApplication.translate(
                        "reminder_dialog", "No WhatsApp link: {problem}."
                    ).format(problem=links.whatsapp_problem)
                )
            if links.email_problem:
                problems.append(
                    QCoreApplication.translate(
                        "reminder_dialog", "No e-mail link: {problem}."
                    ).format(problem=links.email_problem)
                )
        self.problems.setText(" ".join(problems))
        self.problems.setVisible(bool(problems))
        self._enable()

    def _enable(self) -> None:
        links = self.links()
        has_text = bool(self.message.toPlainText().strip())
        self.copy_button.setEnabled(links is not None and has_text)
        self.whatsapp_button.setEnabled(links is not None and has_text and bool(links.whatsapp))
        self.email_button.setEnabled(links is not None and has_text and bool(links.email))
        self.previous_button.setVisible(len(self.codes) > 1)
        self.next_button.setVisible(len(self.codes) > 1)
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index < len(self.codes) - 1)

    def step(self, by: int) -> None:
        new = self.index + by
        if 0 <= new < len(self.codes):
            self.index = new
            self.load()

    def send(self, channel: str) -> SentReminder | None:
        """Copy, or open the WhatsApp / e-mail link; then log the reminder."""
        d, links = self.draft, self.links()
        body = self.message.toPlainText()
        if d is None or links is None or not body.strip():
            return None
        if channel == "copy":
            QGuiApplication.clipboard().setText(body)
        else:
            link = links.whatsapp if channel == "whatsapp" else links.email
            if not link:
                return None
            self.last_link = link
            if not self.open_url(QUrl.fromEncoded(link.encode("ascii"))):
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("reminder_dialog", "Not opened"),
                    QCoreApplication.translate(
                        "reminder_dialog", "No program on this computer opens it."
                    ),
                )
                return None
        try:
            saved = reminders.record_sent(
                d.customer_code,
                kind=d.kind,
                channel=channel,
                language=d.language,
                message=body,
                amount_due=d.amount_due,
            )
        except ValidationError as exc:
            QMessageBox.warning(
                self, QCoreApplication.translate("reminder_dialog", "Not logged"), str(exc)
            )
            return None
        self.status.setText(
            QCoreApplication.translate(
                "reminder_dialog", "{summary}: logged on {customer_code}'s file."
            ).format(summary=saved.summary, customer_code=d.customer_code)
        )
        self.sent.emit(saved)
        return saved

    def _button(self, name: str, label: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(label)
        button.setObjectName(f"reminder.{name}")
        button.clicked.connect(lambda _checked=False: slot())
        return button
