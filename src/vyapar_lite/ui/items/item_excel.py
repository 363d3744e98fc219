"""Items to and from Excel, from the list screen (see `ui.excel_transfer`)."""

from __future__ import annotations

from vyapar_lite.domain.item import format_qty, format_rate
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.exports import items as item_sheet
from vyapar_lite.services import item_export, item_import
from vyapar_lite.services.item_import import ImportRow
from vyapar_lite.ui.excel_transfer import SheetKind


def _preview_cells(r: ImportRow) -> tuple[str, ...]:
    d = r.details
    stock = format_qty(r.opening_stock_milli, d.unit) if d.track_stock else ""
    return (
        str(r.row_number),
        r.code,
        d.name,
        d.hsn_sac,
        d.unit,
        format_money(d.sale_price),
        format_rate(d.gst_rate_bp),
        stock,
        "" if r.is_active else "Inactive",
    )


ITEMS = SheetKind(
    noun=QT_TRANSLATE_NOOP("excel_transfer", "items"),
    singular=QT_TRANSLATE_NOOP("excel_transfer", "item"),
    key="item",
    file_name="items.xlsx",
    preview=item_import.preview,
    import_rows=item_import.import_items,
    count=item_export.item_count,
    rows=item_export.item_rows,
    write=item_sheet.export_items,
    preview_headers=(
        QT_TRANSLATE_NOOP("excel_transfer", "Row"),
        QT_TRANSLATE_NOOP("excel_transfer", "Code"),
        QT_TRANSLATE_NOOP("excel_transfer", "Name"),
        QT_TRANSLATE_NOOP("excel_transfer", "HSN/SAC"),
        QT_TRANSLATE_NOOP("excel_transfer", "Unit"),
        QT_TRANSLATE_NOOP("excel_transfer", "Price"),
        QT_TRANSLATE_NOOP("excel_transfer", "GST"),
        QT_TRANSLATE_NOOP("excel_transfer", "Stock"),
        QT_TRANSLATE_NOOP("excel_transfer", "Status"),
    ),
    preview_cells=_preview_cells,
)
