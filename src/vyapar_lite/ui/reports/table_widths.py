"""What each column of a report table needs, measured on screen, for `column_fit.fit`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QTableView

from vyapar_lite.ui.reports.column_fit import PADDING, Want
from vyapar_lite.ui.reports.report_text import Column

FIT_ROWS = 200  # rows read to size the columns: the first page, and the last page loaded
FONT = Qt.ItemDataRole.FontRole


def wants(table: QTableView, columns: Sequence[Column[Any]], totals: Sequence[str]) -> list[Want]:
    """Each column's widest text (the first FIT_ROWS rows and the last FIT_ROWS loaded, so a
    later page's longer document numbers are measured when scrolled to, and the totals row,
    which is bold) or its header; figures, dates, codes, GSTINs and document numbers may not be cut
    (only a header wider than them may)."""
    model = table.model()
    metrics = table.fontMetrics()
    bold_font = QFont(table.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    header = table.horizontalHeader().fontMetrics()
    loaded = model.rowCount()
    rows = [*range(min(loaded, FIT_ROWS)), *range(max(FIT_ROWS, loaded - FIT_ROWS), loaded)]
    found = []
    for index, column in enumerate(columns):
        widest = 0
        any_text = False
        for row in rows:
            cell = model.index(row, index)
            text = str(cell.data() or "")
            any_text = any_text or bool(text)
            widest = max(widest, (bold if cell.data(FONT) else metrics).horizontalAdvance(text))
        if index < len(totals):
            widest = max(widest, bold.horizontalAdvance(totals[index]))
        head = header.horizontalAdvance(column.title)
        figures = column.is_number or column.kind == "date" or column.whole
        need = max(widest, head) + PADDING
        if figures and not any_text:
            need = max(head + PADDING, min(column.width, 60))
        least = widest + PADDING if figures and any_text else 0  # a wider header may be cut
        found.append(Want(need, column.width, not figures, least))
    return found
