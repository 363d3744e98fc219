"""History from Excel (the transactions sheet), from the Payments screen: a preview of every
document and every problem before anything is imported (see `ui.excel_transfer`)."""

from __future__ import annotations

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.transaction_sheet import TYPES, SheetTransaction
from vyapar_lite.services import transaction_import
from vyapar_lite.ui.excel_transfer import SheetKind


def _preview_cells(r: SheetTransaction) -> tuple[str, ...]:
    return (
        str(r.row_number),
        f"{r.on:%d-%m-%Y}",
        TYPES[r.kind],
        r.number,
        r.customer_code,
        format_money(r.total),
        r.against,
    )


HISTORY = SheetKind(
    noun=QT_TRANSLATE_NOOP("excel_transfer", "transactions"),
    singular=QT_TRANSLATE_NOOP("excel_transfer", "transaction"),
    key="history",
    file_name="transactions.xlsx",
    preview=transaction_import.preview_transactions,
    import_rows=transaction_import.import_transactions,
    preview_headers=(
        QT_TRANSLATE_NOOP("excel_transfer", "Row"),
        QT_TRANSLATE_NOOP("excel_transfer", "Date"),
        QT_TRANSLATE_NOOP("excel_transfer", "Type"),
        QT_TRANSLATE_NOOP("excel_transfer", "Number"),
        QT_TRANSLATE_NOOP("excel_transfer", "Customer"),
        QT_TRANSLATE_NOOP("excel_transfer", "Total"),
        QT_TRANSLATE_NOOP("excel_transfer", "Against"),
    ),
    preview_cells=_preview_cells,
)
