"""Customers to and from Excel, from the list screen (see `ui.excel_transfer`)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from vyapar_lite.domain import gst
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.exports import customers as customer_sheet
from vyapar_lite.services import customer_export, customer_import
from vyapar_lite.services.customer_import import ImportRow
from vyapar_lite.ui.excel_transfer import ExcelTransfer, ImportPreviewDialog, SheetKind

__all__ = ["CUSTOMERS", "CustomerExcel", "ImportPreviewDialog"]


def _preview_cells(r: ImportRow) -> tuple[str, ...]:
    d = r.details
    opening = (
        f"{format_money(r.opening.amount)} {r.opening.kind.value.lower()}" if r.opening else ""
    )
    return (
        str(r.row_number),
        r.code,
        d.name,
        d.phone,
        d.gstin,
        gst.state_name(d.state_code) if d.state_code else "",
        opening,
    )


CUSTOMERS = SheetKind(
    noun=QT_TRANSLATE_NOOP("excel_transfer", "customers"),
    singular=QT_TRANSLATE_NOOP("excel_transfer", "customer"),
    key="customer",
    file_name="customers.xlsx",
    preview=customer_import.preview,
    import_rows=customer_import.import_customers,
    count=customer_export.customer_count,
    rows=customer_export.customer_rows,
    write=customer_sheet.export_customers,
    preview_headers=(
        QT_TRANSLATE_NOOP("excel_transfer", "Row"),
        QT_TRANSLATE_NOOP("excel_transfer", "Code"),
        QT_TRANSLATE_NOOP("excel_transfer", "Name"),
        QT_TRANSLATE_NOOP("excel_transfer", "Phone"),
        QT_TRANSLATE_NOOP("excel_transfer", "GSTIN"),
        QT_TRANSLATE_NOOP("excel_transfer", "State"),
        QT_TRANSLATE_NOOP("excel_transfer", "Opening"),
    ),
    preview_cells=_preview_cells,
)


class CustomerExcel(ExcelTransfer):
    """Runs the customers import and export for a parent screen."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(CUSTOMERS, parent)
