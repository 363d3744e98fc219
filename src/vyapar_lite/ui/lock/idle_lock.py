"""Lock the app after the idle time: any key or mouse use restarts the countdown."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from vyapar_lite.services import app_lock
from vyapar_lite.ui.lock.lock_dialog import LockDialog

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    """Watches the application's input; after `app_lock.idle_minutes()` without any, shows the
    lock screen over `window` (hidden behind it) when a password is set. Quit closes the app."""

    MINUTE_MS = 60_000  # tests shorten it

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.locked = False
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock_now)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.restart()

    def restart(self) -> None:
        """Read the idle time again (after Settings changed it) and start counting."""
        minutes = app_lock.idle_minutes()
        if minutes <= 0:
            self.timer.stop()
            return
        self.timer.start(minutes * self.MINUTE_MS)

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # the same interval again
        return False

    def lock_now(self) -> None:
        if self.locked or not app_lock.is_set():
            self.restart()
            return
        self.locked = True
        self._show_content(False)  # nothing of the shop shows behind the lock screen
        self.dialog = LockDialog(self.window, reason="Locked after a while without use.")
        self.dialog.finished.connect(self._unlocked)
        self.dialog.open()  # window-modal: nothing behind it can be used

    def _show_content(self, shown: bool) -> None:
        central = getattr(self.window, "centralWidget", None)
        widget = central() if callable(central) else None
        if isinstance(widget, QWidget):
            widget.setVisible(shown)

    def _unlocked(self, result: int) -> None:
        self.locked = False
        self.dialog = None
        self._show_content(True)
        if result != QDialog.DialogCode.Accepted:
            self.stop()
            self.window.close()
            QApplication.quit()
            return
        self.restart()
