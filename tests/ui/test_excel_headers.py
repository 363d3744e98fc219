"""Settings › Language › "Excel headers in Hindi" (issue 20): off by default; on, every report
export's header row is in Hindi and every other cell is what the English export holds."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from report_builders import ReportShop, build_report_shop
from report_sheets import read_table
from vyapar_lite.exports import header_words
from vyapar_lite.exports.ageing import export_ageing
from vyapar_lite.exports.outstanding import export_outstanding
from vyapar_lite.services import ageing, outstanding
from vyapar_lite.ui import language
from vyapar_lite.ui.settings.language_settings import LanguageSettings

JUNE_END = date(2026, 6, 30)
EXPORTS = Path(__file__).resolve().parents[2] / "src" / "vyapar_lite" / "exports"


@pytest.fixture
def shop(shop_file: Path, qapp: QApplication) -> Iterator[ReportShop]:
    yield build_report_shop()
    QSettings().remove(language.EXCEL_HEADERS_SETTING)
    language.apply_excel_headers()


def set_hindi_headers(qtbot: QtBot, on: bool) -> None:
    page = LanguageSettings()
    qtbot.addWidget(page)
    page.excel_hindi.setChecked(on)
    page.save()


def cells(path: Path) -> list[list[object]]:
    """Every cell's value but the "Generated at" time, row by row."""
    ws = load_workbook(path).worksheets[0]
    return [[c.value for c in row] for row in ws.iter_rows() if row[0].value != "Generated at"]


def test_the_setting_is_off_by_default(qtbot: QtBot, shop: ReportShop) -> None:
    page = LanguageSettings()
    qtbot.addWidget(page)
    assert not page.excel_hindi.isChecked() and not language.excel_headers_in_hindi()
    assert header_words.header("Outstanding") == "Outstanding"


def test_hindi_headers_and_the_same_cells_otherwise(
    qtbot: QtBot, shop: ReportShop, tmp_path: Path
) -> None:
    summary = outstanding.outstanding_summary(JUNE_END)
    english, hindi = tmp_path / "english.xlsx", tmp_path / "hindi.xlsx"
    export_outstanding(english, summary)
    set_hindi_headers(qtbot, True)
    assert language.excel_headers_in_hindi()
    export_outstanding(hindi, summary)

    english_table, hindi_table = read_table(english), read_table(hindi)
    assert english_table.headers[:3] == ["Customer code", "Customer name", "Number"]
    assert hindi_table.headers[:3] == ["ग्राहक कोड", "ग्राहक का नाम", "नंबर"]
    assert "बकाया" in hindi_table.headers and "Outstanding" not in hindi_table.headers
    assert len(hindi_table.headers) == len(english_table.headers)
    english_cells, hindi_cells = cells(english), cells(hindi)
    row = english_table.header_row - 2  # the same row less the dropped "Generated at"
    assert (
        hindi_cells[:row] + hindi_cells[row + 1 :] == english_cells[:row] + english_cells[row + 1 :]
    )
    assert hindi_cells[row] != english_cells[row]  # only the header row differs

    set_hindi_headers(qtbot, False)  # and back: English headers at once
    export_outstanding(hindi, summary)
    assert read_table(hindi).headers == english_table.headers


def test_the_ageing_columns_in_hindi(qtbot: QtBot, shop: ReportShop, tmp_path: Path) -> None:
    set_hindi_headers(qtbot, True)
    path = tmp_path / "ageing.xlsx"
    export_ageing(path, ageing.ageing(JUNE_END))
    headers = read_table(path).headers
    assert "अभी देय नहीं" in headers and "90 से ऊपर" in headers and "31-60" in headers


def test_every_report_column_header_is_listed_for_translation() -> None:
    """A ReportColumn with a written header that header_words.HEADERS lacks would stay English
    in a Hindi export."""
    missing = []
    for path in sorted(EXPORTS.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "ReportColumn"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value not in header_words.HEADERS
            ):
                missing.append(f"{path.name}: {node.args[0].value}")
    assert missing == []
