"""Settings → Audit trail: verify the tamper-evident audit log (it cannot be switched off)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from vyapar_lite.services import audit_chain, threads
from vyapar_lite.ui.tasks import Progress, run_task


def _verify(progress: Progress) -> audit_chain.ChainReport:
    try:
        return audit_chain.report()
    finally:
        threads.end_of_work()


class AuditTrailSettings(QWidget):
    """A note on the audit log, and a button that checks its hash chain on a worker thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        note = QLabel(
            QCoreApplication.translate(
                "audit_trail_settings",
                "Every change is logged with a hash of the entry before it, as the Companies "
                "rules require; the log cannot be switched off. Verifying finds any entry edited "
                "outside Vyapar Lite.",
            )
        )
        note.setWordWrap(True)
        self.verify_button = QPushButton(
            QCoreApplication.translate("audit_trail_settings", "Verify audit trail")
        )
        self.verify_button.setObjectName("settings.verifyAudit")
        self.verify_button.clicked.connect(self.verify)
        self.result = QLabel()
        self.result.setObjectName("settings.auditStatus")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.verify_button)
        row.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(row)

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.result.setText(QCoreApplication.translate("audit_trail_settings", "Verifying…"))
        task = run_task(
            self,
            QCoreApplication.translate("audit_trail_settings", "Verifying the audit trail"),
            _verify,
            cancellable=False,
        )
        task.succeeded.connect(self._show)
        task.failed.connect(self._failed)

    def _show(self, report: audit_chain.ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.broken is None:
            self.result.setStyleSheet("")
            self.result.setText(
                QCoreApplication.translate(
                    "audit_trail_settings",
                    "Audit trail intact: all {entries:,} entries verified; none was "
                    "edited outside the app.",
                ).format(entries=report.entries)
            )
        else:
            self.result.setStyleSheet("color: #b00020;")
            message = report.broken.message
            self.result.setText(message[:1].upper() + message[1:])

    def _failed(self, message: str) -> None:
        self.verify_button.setEnabled(True)
        self.result.setStyleSheet("color: #b00020;")
        self.result.setText(
            QCoreApplication.translate(
                "audit_trail_settings", "Could not verify the audit trail: {message}"
            ).format(message=message)
        )
