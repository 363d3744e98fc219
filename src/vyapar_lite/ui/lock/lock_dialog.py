"""The lock screen: the app password, asked at start and after the idle time.

After `app_lock.FREE_TRIES` wrong tries each further one makes the shopkeeper wait longer
(`app_lock.delay_after`) before the next try.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite import APP_NAME
from vyapar_lite.services import app_lock


class LockDialog(QDialog):
    """Accepted when the right password is typed; rejected by "Quit"."""

    SECOND_MS = 1000  # tests shorten the wait

    def __init__(self, parent: QWidget | None = None, *, reason: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowTitle(
            QCoreApplication.translate("lock_dialog", "{APP_NAME} is locked").format(
                APP_NAME=APP_NAME
            )
        )
        self.setModal(True)
        self.failures = 0
        self.password = QLineEdit()
        self.password.setObjectName("lock.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("lock.message")
        self.message.setWordWrap(True)
        # plain buttons, not a QDialogButtonBox: that makes Unlock the default button when shown,
        # and Enter in the password box would then try the password twice
        self.unlock_button = QPushButton(QCoreApplication.translate("lock_dialog", "Unlock"))
        self.unlock_button.setObjectName("lock.unlock")
        quit_button = QPushButton(QCoreApplication.translate("lock_dialog", "Quit"))
        quit_button.setObjectName("lock.quit")
        self.unlock_button.clicked.connect(self.try_unlock)
        quit_button.clicked.connect(self.reject)
        for button in (self.unlock_button, quit_button):  # Enter is the password box's alone
            button.setAutoDefault(False)
            button.setDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(quit_button)
        self.password.returnPressed.connect(self.try_unlock)
        self._wait = QTimer(self)
        self._wait.setSingleShot(True)
        self._wait.timeout.connect(self._wait_over)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                reason
                or QCoreApplication.translate("lock_dialog", "Type the app password to go on.")
            )
        )
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    accepted_password = ""

    @property
    def waiting(self) -> bool:
        return self._wait.isActive()

    def try_unlock(self) -> None:
        if self.waiting:
            return
        if app_lock.check(self.password.text()):
            self.accepted_password = self.password.text()
            self.password.clear()
            self.accept()
            return
        self.failures += 1
        self.password.clear()
        delay = app_lock.delay_after(self.failures)
        if delay:
            self.password.setEnabled(False)
            self.unlock_button.setEnabled(False)
            self.message.setText(
                QCoreApplication.translate(
                    "lock_dialog", "Wrong password. Wait {delay} seconds before trying again."
                ).format(delay=delay)
            )
            self._wait.start(delay * self.SECOND_MS)
        else:
            self.message.setText(
                QCoreApplication.translate("lock_dialog", "Wrong password. Try again.")
            )

    def _wait_over(self) -> None:
        self.password.setEnabled(True)
        self.unlock_button.setEnabled(True)
        self.message.setText(QCoreApplication.translate("lock_dialog", "Try again."))
        self.password.setFocus()


def ask_password(parent: QWidget | None, reason: str) -> bool:
    """For a protected action (restore, credit-limit override ...): True when no password is set
    or the shopkeeper typed it."""
    if not app_lock.is_set():
        return True
    return LockDialog(parent, reason=reason).exec() == QDialog.DialogCode.Accepted


def typed_password(parent: QWidget | None, reason: str) -> str | None:
    """The app password typed for a protected action that the service checks again (a cash
    document on a closed day): '' when no password is set, None when the shopkeeper gave up."""
    if not app_lock.is_set():
        return ""
    dialog = LockDialog(parent, reason=reason)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.accepted_password
