"""Excel headers in Hindi (Settings › Language, off by default): the header row of every report
sheet (`report_workbook.ReportSheet`) goes through `header()`, which gives the English header
unless the screens installed a translator with `use()`. The headers stay English in the code
(they name the columns for the tests and verifiers); this list marks them for pyside6-lupdate
(context "excel_headers"), and tests/exports/test_excel_headers.py fails when a ReportColumn's
header is missing from it. exports/ stays Qt-free: the translator is a plain function.

Only the header row changes: titles, cells, sheet names and the import templates (customers,
items, transactions, whose headers are read back on import) stay as they are.
"""

from __future__ import annotations

from collections.abc import Callable

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "excel_headers"

HEADERS = (
    QT_TRANSLATE_NOOP("excel_headers", "Action"),
    QT_TRANSLATE_NOOP("excel_headers", "Advance"),
    QT_TRANSLATE_NOOP("excel_headers", "After (stored)"),
    QT_TRANSLATE_NOOP("excel_headers", "Against"),
    QT_TRANSLATE_NOOP("excel_headers", "Balance"),
    QT_TRANSLATE_NOOP("excel_headers", "Before (stored)"),
    QT_TRANSLATE_NOOP("excel_headers", "Bills and notes"),
    QT_TRANSLATE_NOOP("excel_headers", "CGST"),
    QT_TRANSLATE_NOOP("excel_headers", "Category"),
    QT_TRANSLATE_NOOP("excel_headers", "Central tax"),
    QT_TRANSLATE_NOOP("excel_headers", "Cess"),
    QT_TRANSLATE_NOOP("excel_headers", "Changes"),
    QT_TRANSLATE_NOOP("excel_headers", "City"),
    QT_TRANSLATE_NOOP("excel_headers", "Code"),
    QT_TRANSLATE_NOOP("excel_headers", "Credit"),
    QT_TRANSLATE_NOOP("excel_headers", "Credit notes"),
    QT_TRANSLATE_NOOP("excel_headers", "Customer code"),
    QT_TRANSLATE_NOOP("excel_headers", "Customer name"),
    QT_TRANSLATE_NOOP("excel_headers", "Date"),
    QT_TRANSLATE_NOOP("excel_headers", "Days overdue"),
    QT_TRANSLATE_NOOP("excel_headers", "Debit"),
    QT_TRANSLATE_NOOP("excel_headers", "Description"),
    QT_TRANSLATE_NOOP("excel_headers", "Document value"),
    QT_TRANSLATE_NOOP("excel_headers", "Due date"),
    QT_TRANSLATE_NOOP("excel_headers", "Entry"),
    QT_TRANSLATE_NOOP("excel_headers", "Exempt / nil / non-GST"),
    QT_TRANSLATE_NOOP("excel_headers", "From"),
    QT_TRANSLATE_NOOP("excel_headers", "GSTIN"),
    QT_TRANSLATE_NOOP("excel_headers", "HSN/SAC"),
    QT_TRANSLATE_NOOP("excel_headers", "IGST"),
    QT_TRANSLATE_NOOP("excel_headers", "Integrated tax"),
    QT_TRANSLATE_NOOP("excel_headers", "Invoice type"),
    QT_TRANSLATE_NOOP("excel_headers", "Name"),
    QT_TRANSLATE_NOOP("excel_headers", "Nature of supplies"),
    QT_TRANSLATE_NOOP("excel_headers", "Note"),
    QT_TRANSLATE_NOOP("excel_headers", "Counter"),
    QT_TRANSLATE_NOOP("excel_headers", "Number"),
    QT_TRANSLATE_NOOP("excel_headers", "Outstanding"),
    QT_TRANSLATE_NOOP("excel_headers", "Paid"),
    QT_TRANSLATE_NOOP("excel_headers", "Phone"),
    QT_TRANSLATE_NOOP("excel_headers", "Place of supply"),
    QT_TRANSLATE_NOOP("excel_headers", "Quarter"),
    QT_TRANSLATE_NOOP("excel_headers", "Rate %"),
    QT_TRANSLATE_NOOP("excel_headers", "Receivable"),
    QT_TRANSLATE_NOOP("excel_headers", "Record"),
    QT_TRANSLATE_NOOP("excel_headers", "Record type"),
    QT_TRANSLATE_NOOP("excel_headers", "Reference"),
    QT_TRANSLATE_NOOP("excel_headers", "Reverse charge"),
    QT_TRANSLATE_NOOP("excel_headers", "Round-off/loyalty"),
    QT_TRANSLATE_NOOP("excel_headers", "SGST/UTGST"),
    QT_TRANSLATE_NOOP("excel_headers", "State/UT tax"),
    QT_TRANSLATE_NOOP("excel_headers", "Status"),
    QT_TRANSLATE_NOOP("excel_headers", "Supplies made to"),
    QT_TRANSLATE_NOOP("excel_headers", "Supply"),
    QT_TRANSLATE_NOOP("excel_headers", "Tab"),
    QT_TRANSLATE_NOOP("excel_headers", "Table"),
    QT_TRANSLATE_NOOP("excel_headers", "Tax payable"),
    QT_TRANSLATE_NOOP("excel_headers", "Tax payable by recipient (RCM)"),
    QT_TRANSLATE_NOOP("excel_headers", "Taxable turnover"),
    QT_TRANSLATE_NOOP("excel_headers", "Taxable value"),
    QT_TRANSLATE_NOOP("excel_headers", "To"),
    QT_TRANSLATE_NOOP("excel_headers", "Total"),
    QT_TRANSLATE_NOOP("excel_headers", "Total quantity"),
    QT_TRANSLATE_NOOP("excel_headers", "Total taxable value"),
    QT_TRANSLATE_NOOP("excel_headers", "Total value"),
    QT_TRANSLATE_NOOP("excel_headers", "Type"),
    QT_TRANSLATE_NOOP("excel_headers", "UQC"),
    QT_TRANSLATE_NOOP("excel_headers", "When"),
    # the money books and expenses (issue 19)
    QT_TRANSLATE_NOOP("excel_headers", "Amount"),
    QT_TRANSLATE_NOOP("excel_headers", "Bill number"),
    QT_TRANSLATE_NOOP("excel_headers", "Document"),
    QT_TRANSLATE_NOOP("excel_headers", "Head"),
    QT_TRANSLATE_NOOP("excel_headers", "Kind"),
    QT_TRANSLATE_NOOP("excel_headers", "Money in"),
    QT_TRANSLATE_NOOP("excel_headers", "Money out"),
    QT_TRANSLATE_NOOP("excel_headers", "Paid from"),
    QT_TRANSLATE_NOOP("excel_headers", "Particulars"),
    QT_TRANSLATE_NOOP("excel_headers", "Party / head"),
    QT_TRANSLATE_NOOP("excel_headers", "Rates"),
    QT_TRANSLATE_NOOP("excel_headers", "SGST"),
    QT_TRANSLATE_NOOP("excel_headers", "Supplier GSTIN"),
    # the ageing columns (domain.ageing.AgeingBands.labels): "Not due", "0-30", …, "Over 90"
    QT_TRANSLATE_NOOP("excel_headers", "Not due"),
    QT_TRANSLATE_NOOP("excel_headers", "Over {days}"),
)

_words: list[Callable[[str], str]] = []


def use(words: Callable[[str], str] | None) -> None:
    """Translate the header rows with `words` (English header -> shown header) from now on;
    None: English headers again."""
    _words[:] = [words] if words is not None else []


def header(english: str) -> str:
    """The header row's text for a column headed `english`."""
    if not _words:
        return english
    words = _words[0]
    if english.startswith("Over ") and english[5:].isdigit():
        return (words("Over {days}") or "Over {days}").format(days=english[5:])
    return words(english) or english
