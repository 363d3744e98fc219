"""Restore…: pick a backup (date, shop, what it holds), type its password when it is encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.services import backups
from vyapar_lite.services.backup_files import BackupError, BackupInfo, password_fits, read_info
from vyapar_lite.ui.language import counted, said


def _summary(info: BackupInfo) -> str:
    """ "1,200 customers, 12,345 ledger entries" in the screens' language (`BackupInfo.summary`
    is English, for the CLI)."""
    if info.encrypted and not info.counts:
        return QCoreApplication.translate(
            "restore_dialog", "encrypted: its contents show once its password is typed"
        )
    customers = counted(info.counts.get("customer", 0), "customer")
    return f"{customers}, {counted(info.counts.get('ledger_entry', 0), 'ledger entry')}"


class RestoreDialog(QDialog):
    """Lists the backups in `folders`; `chosen()` is the picked backup and its password."""

    def __init__(self, folders: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(QCoreApplication.translate("restore_dialog", "Restore a backup"))
        self.resize(720, 420)
        seen: set[Path] = set()
        self.infos: list[BackupInfo] = []
        for folder in folders:
            for info in backups.list_backups(folder):
                if info.path not in seen:
                    seen.add(info.path)
                    self.infos.append(info)
        self.infos.sort(key=lambda i: i.taken_at, reverse=True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("restore.list")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("restore_dialog", "Taken"),
                QCoreApplication.translate("restore_dialog", "Shop"),
                QCoreApplication.translate("restore_dialog", "Holds"),
                QCoreApplication.translate("restore_dialog", "Encrypted"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._fill()
        self.password = QLineEdit()
        self.password.setObjectName("restore.password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate("restore_dialog", "Password of the encrypted backup")
        )
        self.message = QLabel()
        self.message.setObjectName("restore.message")
        self.message.setWordWrap(True)
        note = QLabel(
            QCoreApplication.translate(
                "restore_dialog",
                "The shop file as it is now is kept as a safety copy beside it, then the app "
                "reopens on the backup.",
            )
        )
        note.setWordWrap(True)
        other = QPushButton(QCoreApplication.translate("restore_dialog", "Other file…"))
        other.setObjectName("restore.other")
        other.clicked.connect(self._pick_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            QCoreApplication.translate("restore_dialog", "Restore"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.restore_button.setObjectName("restore.ok")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selected)
        row = QHBoxLayout()
        row.addWidget(other)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(QCoreApplication.translate("restore_dialog", "Pick the backup to restore:"))
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.password)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addLayout(row)
        if self.infos:
            self.table.selectRow(0)
        self._selected()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.infos))
        for row, info in enumerate(self.infos):
            cells = [
                f"{info.taken_at:%d-%m-%Y %H:%M}",
                info.shop_name or QCoreApplication.translate("restore_dialog", "(encrypted)"),
                _summary(info),
                QCoreApplication.translate("restore_dialog", "Yes") if info.encrypted else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(info.path))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def current(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.infos[rows[0].row()] if rows else None

    def _selected(self) -> None:
        info = self.current()
        self.restore_button.setEnabled(info is not None)
        self.password.setVisible(info is not None and info.encrypted)
        self.message.clear()

    def _pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("restore_dialog", "Backup to restore"),
            "",
            "Vyapar Lite backups (*.vyapar *.vyapar-enc)",
        )
        if name:
            self.add_file(Path(name))

    def add_file(self, path: Path) -> None:
        try:
            info = read_info(path)
        except BackupError as exc:
            self.message.setText(said(exc))
            return
        self.infos.insert(0, info)
        self._fill()
        self.table.selectRow(0)

    def chosen(self) -> tuple[Path, str] | None:
        info = self.current()
        return None if info is None else (info.path, self.password.text())

    def accept(self) -> None:
        info = self.current()
        if info is None:
            return
        if info.encrypted and not password_fits(info.path, self.password.text()):
            self.message.setText(
                QCoreApplication.translate(
                    "restore_dialog", "The password is wrong for this backup. Type it again."
                )
            )
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()
