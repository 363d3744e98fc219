"""Settings → Backups: where backups go, how many to keep, encryption, Back up now, Restore…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vyapar_lite.db import current_path
from vyapar_lite.domain.backup_rotation import MAX_KEEP, KeepCounts
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import backups
from vyapar_lite.ui.backups import auto
from vyapar_lite.ui.backups import folders as backup_folders
from vyapar_lite.ui.backups.restore_dialog import RestoreDialog
from vyapar_lite.ui.tasks import Progress, Task, run_in_background, run_task


class BackupSettingsGroup(QWidget):
    """Emits `backed_up(BackupResult)` after Back up now, `restore_chosen(path, password)` once a
    backup is picked in Restore… (the window closes the shop and reopens it on the backup)."""

    backed_up = Signal(object)
    full_check_failed = Signal(str)  # the copy was set aside: the last backup is an older one
    restore_chosen = Signal(Path, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings.backups")
        self.task: Task | None = None
        box = QGroupBox()  # the Settings page heads it "Backups" (issue 15: not twice)
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("settings.backups.folder")
        self.folder.setPlaceholderText(
            QCoreApplication.translate(
                "backup_settings", "the 'backups' folder beside the shop file"
            )
        )
        choose = QPushButton(QCoreApplication.translate("backup_settings", "Choose…"))
        choose.setObjectName("settings.backups.choose")
        choose.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(choose)
        form.addRow(QCoreApplication.translate("backup_settings", "Backup folder:"), folder_row)
        self.keep: dict[str, QSpinBox] = {}
        keep_row = QHBoxLayout()
        for name, low, word in (
            ("daily", 1, QCoreApplication.translate("backup_settings", "daily")),
            ("weekly", 0, QCoreApplication.translate("backup_settings", "weekly")),
            ("monthly", 0, QCoreApplication.translate("backup_settings", "monthly")),
        ):
            spin = QSpinBox()
            spin.setObjectName(f"settings.backups.keep_{name}")
            spin.setRange(low, MAX_KEEP)
            self.keep[name] = spin
            keep_row.addWidget(spin)
            keep_row.addWidget(QLabel(word))
        keep_row.addStretch(1)
        form.addRow(QCoreApplication.translate("backup_settings", "Keep the last:"), keep_row)
        self.encrypt = QCheckBox(
            QCoreApplication.translate("backup_settings", "Encrypt backups with a password")
        )
        self.encrypt.setObjectName("settings.backups.encrypt")
        self.password = QLineEdit()
        self.password.setObjectName("settings.backups.password")
        self.again = QLineEdit()
        self.again.setObjectName("settings.backups.password_again")
        for edit, hint in (
            (self.password, QCoreApplication.translate("backup_settings", "password")),
            (self.again, QCoreApplication.translate("backup_settings", "the password again")),
        ):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setPlaceholderText(hint)
        form.addRow(self.encrypt)
        form.addRow(QCoreApplication.translate("backup_settings", "Password:"), self.password)
        form.addRow(QCoreApplication.translate("backup_settings", "Again:"), self.again)
        note = QLabel(
            QCoreApplication.translate(
                "backup_settings",
                "The password is not saved anywhere: without it an encrypted backup cannot be "
                "restored. The app asks for it once each time it starts.",
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.addRow(note)
        self.encrypt.toggled.connect(self._encrypt_toggled)
        self.save_button = QPushButton(
            QCoreApplication.translate("backup_settings", "Save backup settings")
        )
        self.save_button.setObjectName("settings.backups.save")
        self.save_button.clicked.connect(self.save)
        self.now_button = QPushButton(QCoreApplication.translate("backup_settings", "Back up now"))
        self.now_button.setObjectName("settings.backups.now")
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(QCoreApplication.translate("backup_settings", "Restore…"))
        self.restore_button.setObjectName("settings.backups.restore")
        self.restore_button.clicked.connect(self.restore)
        self.status = QLabel()
        self.status.setObjectName("settings.backups.status")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.now_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)
        self.reload()

    def reload(self) -> None:
        settings = backups.backup_settings()
        self.folder.setText(settings.folder)
        self.keep["daily"].setValue(settings.keep.daily)
        self.keep["weekly"].setValue(settings.keep.weekly)
        self.keep["monthly"].setValue(settings.keep.monthly)
        self.encrypt.setChecked(settings.encrypt)
        known = auto.session_password() or ""
        self.password.setText(known)
        self.again.setText(known)
        self._encrypt_toggled(settings.encrypt)

    def _encrypt_toggled(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.again.setEnabled(on)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, QCoreApplication.translate("backup_settings", "Backup folder"), self.folder.text()
        )
        if name:
            self.folder.setText(name)

    def settings(self) -> backups.BackupSettings:
        return backups.BackupSettings(
            self.folder.text().strip(),
            KeepCounts(*(self.keep[n].value() for n in ("daily", "weekly", "monthly"))),
            self.encrypt.isChecked(),
        )

    def _typed_password(self) -> str | None:
        """The password to encrypt with (None: no encryption); ValueError when not usable."""
        if not self.encrypt.isChecked():
            return None
        if not self.password.text():
            raise ValueError("Type a password for the encrypted backups (twice).")
        if self.password.text() != self.again.text():
            raise ValueError("The two passwords differ: type the same password twice.")
        return self.password.text()

    def save(self) -> bool:
        try:
            password = self._typed_password()
            backups.save_backup_settings(self.settings())
        except (ValueError, ValidationError) as exc:
            self.status.setText(
                QCoreApplication.translate("backup_settings", "Not saved: {exc}").format(exc=exc)
            )
            return False
        auto.set_session_password(password)
        self.status.setText(QCoreApplication.translate("backup_settings", "Saved."))
        return True

    def back_up_now(self) -> Task | None:
        if not self.save():
            return None
        password = auto.session_password() if self.encrypt.isChecked() else None
        data_file = current_path()
        self.now_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("backup_settings", "Backing up…"))

        def work(progress: Progress) -> backups.BackupResult:
            return backups.back_up(
                password=password, progress=progress, data_file=data_file, full_check=False
            )

        self.task = run_task(
            self,
            QCoreApplication.translate("backup_settings", "Backing up the shop"),
            work,
            cancellable=False,
        )
        self.task.succeeded.connect(self._backed_up)
        self.task.failed.connect(self._failed)
        return self.task

    def _backed_up(self, result: backups.BackupResult) -> None:
        """The copy is saved and quick-checked; the full check follows without a dialog."""
        self.now_button.setEnabled(True)
        info = result.info
        if (data_file := current_path()) is not None:
            backup_folders.remember(data_file, info.path.parent)
        text = f"Backed up to {info.path} ({info.summary})."
        lead = "\n".join(filter(None, [result.note, text, backups.removed_note(result.removed)]))
        self.status.setText(
            QCoreApplication.translate(
                "backup_settings", "{lead}\nChecking the copy in full…"
            ).format(lead=lead)
        )
        self.backed_up.emit(result)
        self.full_check = run_in_background(lambda _progress: backups.check_in_full(info))
        self.full_check.succeeded.connect(
            lambda _none: self.status.setText(
                QCoreApplication.translate(
                    "backup_settings", "{lead}\nThe copy passed its full check."
                ).format(lead=lead)
            )
        )
        self.full_check.failed.connect(self._failed)
        self.full_check.failed.connect(self.full_check_failed.emit)

    def _failed(self, message: str) -> None:
        self.now_button.setEnabled(True)
        self.status.setText(
            QCoreApplication.translate("backup_settings", "The backup failed: {message}").format(
                message=message
            )
        )

    def restore(self) -> None:
        path = current_path()
        if path is None:
            return
        folders = [backups.choose_folder(self.folder.text().strip(), path)[0]]
        folders.append(backups.default_folder(path))
        dialog = RestoreDialog(folders, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self.restore_chosen.emit(*chosen)
