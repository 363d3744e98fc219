"""The GSTR-1 workbook's amounts as LibreOffice shows them (issue 17, "Excel, as accountants use
it"): a crore, a hundred crore and a negative net B2CS figure in Indian grouping, in the data rows
and the summary row, and so is an amount the accountant types into an amount column later, from
the shared `workbook.MONEY_FORMAT` and `indian_grouping` rules, not a format of its own.

The sheets are printed to PDF (LibreOffice's CSV leaves conditional formatting out) and the PDF's
text read back, as in `test_money_display_libreoffice.py`."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from pdf_pages import pdf_text
from programs import needs_program
from report_sheets import print_with_libreoffice
from vyapar_lite.exports import workbook
from vyapar_lite.exports.gstr1_workbook import FIRST_DATA_ROW, LAYOUTS, write_gstr1_workbook
from vyapar_lite.services.returns.gstr1 import (
    Amounts,
    B2csRow,
    Gstr1,
    HsnRow,
    RatePart,
    ReturnDocument,
)
from vyapar_lite.services.returns.period import parse_month

pytestmark = needs_program("soffice")

CRORE = 1_234_567_890  # paise: 1,23,45,678.90
HUNDRED_CRORE = 123_456_789_012  # 1,23,45,67,890.12
NET_CREDIT = -12_345_600  # a B2CS place and rate whose credit notes outweigh its sales
TYPED = Decimal("9876543.21")  # the accountant types it under the b2cs sheet's data


def _gstr1() -> Gstr1:
    big = ReturnDocument(
        table="b2b", doc_id=1, number="INV/2026-27/0001", doc_date=date(2026, 5, 4),
        value=CRORE, place="29", gstin="29AAGCB7383J1Z4", party_name="Kaveri Stores",
        customer_code="C0003", reverse_charge=False,
        parts=(RatePart(1800, Amounts(taxable=1_046_243_974, igst=188_323_916)),),
        invoice_type="R", inter_state=True,
    )  # fmt: skip
    return Gstr1(
        period=parse_month("2026-05"), b2b=(big,), b2cl=(), cdnr=(), cdnur=(), exp=(), nil=(),
        b2cs=(B2csRow("INTRA", "27", 500, Amounts(taxable=NET_CREDIT, cgst=-308_640,
                                                  sgst=-308_640)),),
        hsn_b2b=(HsnRow("9403", "Steel almirah", "NOS", 1000, 1800,
                        Amounts(taxable=HUNDRED_CRORE)),),
        hsn_b2c=(), doc_issue=(),
    )  # fmt: skip


def test_the_gstr1_workbooks_money_shows_in_indian_grouping(tmp_path: Path) -> None:
    path = tmp_path / "gstr1.xlsx"
    write_gstr1_workbook(path, _gstr1())
    wb = load_workbook(path)
    b2cs = wb[LAYOUTS["b2cs"].name]
    assert b2cs["E5"].number_format == workbook.MONEY_FORMAT
    b2cs[f"E{FIRST_DATA_ROW + 3}"] = float(TYPED)  # a row the accountant adds in Excel
    wb.save(path)

    words = pdf_text(print_with_libreoffice(path, tmp_path / "pdf")).split()
    assert words.count("1,23,45,678.90") == 2  # the invoice's value and its summary
    assert words.count("1,04,62,439.74") == 2  # its taxable value and the summary's total
    assert words.count("-1,23,456.00") == 2  # b2cs: the net figure and the summary's total
    assert words.count("1,23,45,67,890.12") == 2  # hsn(b2b): taxable value and its total
    assert "98,76,543.21" in words  # typed later
    western = ("12,345,678.90", "-123,456.00", "1,234,567,890.12", "9,876,543.21")
    assert not set(western) & set(words)
