"""Fixtures for the screens' tests."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog

from vyapar_lite.ui import excel_transfer


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> list[excel_transfer.ImportPreviewDialog]:
    """Capture each import preview dialog and press Import on it when it can import."""
    shown: list[excel_transfer.ImportPreviewDialog] = []

    def exec_(dialog: excel_transfer.ImportPreviewDialog) -> int:
        shown.append(dialog)
        if dialog.import_button.isEnabled():
            return int(QDialog.DialogCode.Accepted)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(excel_transfer.ImportPreviewDialog, "exec", exec_)
    return shown
