"""Report workbooks read back with openpyxl: every cell equals the service's figure, the layout
is accountant-ready, and user text is never a formula."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from report_builders import ReportShop, build_report_shop, history, supplier_side
from report_sheets import amount, read_table, rupees
from vyapar_lite.exports import report_workbook, workbook
from vyapar_lite.exports.ageing import export_ageing
from vyapar_lite.exports.balances import export_balances
from vyapar_lite.exports.outstanding import export_outstanding
from vyapar_lite.exports.pack import export_pack
from vyapar_lite.exports.report_workbook import Heading, Kind, ReportColumn, ReportSheet
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.exports.statement import export_statement
from vyapar_lite.exports.workbook import writing
from vyapar_lite.services import (
    ageing,
    balances,
    money_books,
    outstanding,
    sales_register,
    statement,
)

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)
RISKY = ["=2+3", "+91 98220", "-5 Minus", "@SUM(A1:A2)", "\t=1+1 tab", "\r=1+1 return"]


@pytest.fixture
def shop(shop_file: Path) -> ReportShop:
    return build_report_shop()


def _check_money_cell(cell: object, paise: int) -> None:
    assert amount(cell.value) == rupees(paise)  # type: ignore[attr-defined]
    assert cell.number_format == workbook.MONEY_FORMAT  # type: ignore[attr-defined]


def test_the_balances_workbook(shop: ReportShop, tmp_path: Path) -> None:
    report = balances.balances(JUNE_END)
    path = tmp_path / "balances.xlsx"
    assert export_balances(path, report) == 7

    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Balances"
    t = read_table(path)
    assert t.headers == [
        "Code",
        "Name",
        "City",
        "Phone",
        "Type",
        "Category",
        "Receivable",
        "Advance",
        "Balance",
    ]  # the columns the Balances screen shows
    assert t.title_rows[0][0] == "Test Traders"
    assert t.title_rows[1][:2] == ["GSTIN", "27AAPFU0939F1ZV"]
    assert t.title_rows[2][0] == "Customer balances"
    assert t.title_rows[3][:2] == ["As of", datetime(2026, 6, 30)]
    assert t.title_rows[4][0] == "Generated at" and isinstance(t.title_rows[4][1], datetime)
    assert [[c.value or "" for c in row[:6]] for row in t.rows] == [
        [r.code, r.name, r.city, r.phone, r.customer_type, r.category] for r in report.rows
    ]
    assert any(r.city and r.phone and r.customer_type and r.category for r in report.rows)
    for row, r in zip(t.rows, report.rows, strict=True):
        for cell, paise in zip(row[6:], (r.receivable, r.advance, r.balance), strict=True):
            _check_money_cell(cell, paise)
    first, last = t.header_row + 1, t.header_row + 7
    assert [c.value for c in t.total] == [
        "Total",
        None,
        None,
        None,
        None,
        None,
        f"=SUM(G{first}:G{last})",
        f"=SUM(H{first}:H{last})",
        f"=SUM(I{first}:I{last})",
    ]
    assert t.ws.freeze_panes == f"A{first}"
    assert t.ws.auto_filter.ref == f"A{t.header_row}:I{last}"
    assert t.ws.print_title_rows == f"${t.header_row}:${t.header_row}"
    setup = t.ws.page_setup
    # nine columns (159 characters) print landscape, fitted to the width
    assert (setup.orientation, setup.fitToWidth, setup.fitToHeight) == ("landscape", 1, 0)
    assert t.ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert t.ws.column_dimensions["B"].width == 36


def test_the_statement_workbook(shop: ReportShop, tmp_path: Path) -> None:
    head = statement.open_statement(shop.asha, date(2026, 5, 1), JUNE_END)
    lines = statement.statement_lines(head)
    path = tmp_path / "statement.xlsx"
    assert export_statement(path, head) == len(lines) == 5

    t = read_table(path)
    assert t.headers == ["Date", "Type", "Number", "Description", "Reference", "Debit", "Credit",
                         "Balance"]  # fmt: skip
    assert t.title_rows[5][:2] == ["Customer", "Asha Verma (C0001)"]
    assert t.title_rows[3][:4] == ["Period", datetime(2026, 5, 1), "to", datetime(2026, 6, 30)]
    opening, *body = t.rows
    assert [c.value for c in opening[:4]] == [
        datetime(2026, 5, 1),
        "Brought forward",
        None,
        "Balance before the period",
    ]
    _check_money_cell(opening[7], head.opening)
    for row, ln in zip(body, lines, strict=True):
        assert row[0].value == datetime.combine(ln.entry_date, datetime.min.time())
        assert row[0].number_format == "dd-mm-yyyy"
        assert [c.value for c in row[1:5]] == [
            ln.type_label,
            ln.doc_number or None,
            ln.description,
            ln.reference or None,
        ]
        for cell, paise in ((row[5], ln.debit), (row[6], ln.credit)):
            assert cell.value is None if paise == 0 else amount(cell.value) == rupees(paise)
        _check_money_cell(row[7], ln.balance)
    first, last = t.header_row + 1, t.header_row + 6
    total = t.header_row + 7
    assert [c.value for c in t.total[5:7]] == [f"=SUM(F{first}:F{last})", f"=SUM(G{first}:G{last})"]
    closing = t.after[0]
    assert [c.value for c in closing[:2]] == [datetime(2026, 6, 30), "Closing balance"]
    assert closing[7].value == f"=H{first}+F{total}-G{total}"
    assert t.ws.page_setup.orientation == "landscape"  # 8 columns, 169 characters wide


def test_a_statement_with_the_supplier_side(shop: ReportShop, tmp_path: Path) -> None:
    previous = statement.set_supplier_side_source(supplier_side)
    try:
        head = statement.open_statement(shop.dealer, APRIL, JUNE_END)
    finally:
        statement.set_supplier_side_source(previous)
    path = tmp_path / "both.xlsx"
    export_statement(path, head)
    closing, _, opening, bill, paid, totals, supplier, net = read_table(path).after
    assert [c.value for c in opening[1:4]] == ["Supplier side", None, "Balance before the period"]
    assert amount(opening[7].value) == Decimal("-500")
    assert [c.value for c in bill[1:5]] == ["Purchase bill", "PB/7", "Bill 7", "=cheat"]
    assert bill[4].data_type == "s" and not bill[1].font.b
    assert (amount(bill[6].value), amount(paid[5].value)) == (Decimal("1000"), Decimal("200"))
    assert (totals[5].value, totals[6].value) == (
        f"=SUM(F{bill[0].row}:F{paid[0].row})",
        f"=SUM(G{bill[0].row}:G{paid[0].row})",
    )
    assert supplier[7].value == f"=H{opening[0].row}+F{totals[0].row}-G{totals[0].row}"
    assert net[1].value == "Net balance"
    assert net[7].value == f"=H{closing[0].row}+H{supplier[0].row}"
    assert net[7].number_format == workbook.MONEY_FORMAT
    assert head.net_closing == 178000 - 130000


def test_the_ageing_workbook(shop: ReportShop, tmp_path: Path) -> None:
    report = ageing.ageing(JUNE_END)
    path = tmp_path / "ageing.xlsx"
    assert export_ageing(path, report) == 5
    t = read_table(path)
    assert t.headers == ["Code", "Name", "City", "Type", "Category", "Not due", "0-30", "31-60",
                         "61-90", "Over 90", "Receivable", "Advance", "Balance"]  # fmt: skip
    assert t.title_rows[5][:2] == ["Bands", "days past the due date: 30, 60, 90"]
    for row, r in zip(t.rows, report.rows, strict=True):
        assert [c.value for c in row[:5]] == [r.code, r.name, r.city, r.customer_type,
                                              r.category or None]  # fmt: skip
        for cell, paise in zip(
            row[5:], [*r.bands, r.receivable, r.advance, r.balance], strict=True
        ):
            _check_money_cell(cell, paise)
    assert t.total[5].value == f"=SUM(F{t.header_row + 1}:F{t.header_row + 5})"


def test_the_sales_register_workbook(shop: ReportShop, tmp_path: Path) -> None:
    summary = sales_register.register_summary(APRIL, JUNE_END)
    rows = list(sales_register.iter_register(APRIL, JUNE_END))
    path = tmp_path / "register.xlsx"
    assert export_sales_register(path, summary) == 8
    t = read_table(path)
    assert t.headers[9:] == ["Invoice type", "Reverse charge", "Supply", "Rate %",
                             "Taxable value", "CGST", "SGST/UTGST", "IGST", "Round-off/loyalty",
                             "Document value", "Tax payable by recipient (RCM)"]  # fmt: skip
    for row, r in zip(t.rows, rows, strict=True):
        assert row[2].value == r.number
        assert row[3].value == ("Posted" if r.status == "posted" else "Cancelled")
        if r.status == "posted":
            assert amount(row[12].value) == Decimal(r.rate_bp) / 100
        for cell, paise in zip(row[13:17], (r.taxable, r.cgst, r.sgst, r.igst), strict=True):
            _check_money_cell(cell, paise)
        _check_money_cell(row[19], r.rcm_tax)
    assert rows[4].kind == "credit_note" and amount(t.rows[4][13].value) == Decimal("-900")
    # Kaveri (registered, Karnataka) is B2B; Asha (unregistered, Pune) B2C small
    assert [c.value for c in t.rows[2][9:12]] == ["B2B", "N", "Taxable"]
    assert [c.value for c in t.rows[0][9:12]] == ["B2C small", "N", "Taxable"]
    assert t.ws.page_setup.orientation == "landscape"


def test_the_outstanding_workbook(shop: ReportShop, tmp_path: Path) -> None:
    summary = outstanding.outstanding_summary(JUNE_END)
    path = tmp_path / "outstanding.xlsx"
    assert export_outstanding(path, summary) == 6  # with Asha's opening bill
    t = read_table(path)
    invoices = outstanding.outstanding_page(JUNE_END)
    for row, i in zip(t.rows, invoices, strict=True):
        assert [c.value for c in row[:3]] == [i.customer_code, i.customer_name, i.number]
        assert row[4].value == datetime.combine(i.due_date, datetime.min.time())
        _check_money_cell(row[8], i.outstanding)
        assert row[9].value == max(i.days_overdue, 0)


def test_the_accountant_s_pack(shop: ReportShop, tmp_path: Path) -> None:
    path = tmp_path / "pack.xlsx"
    result = export_pack(path, APRIL, JUNE_END)
    codes = [shop.asha, shop.dealer, shop.kaveri, shop.ravi, shop.old, "CASH"]
    assert result.money_sheets == [
        "Cash book - Cash",
        "Bank book - Bank (not yet set)",
        "Day book",
        "Expenses",
    ]
    assert result.sheets == [
        "Summary",
        "Sales register",
        "HSN summary",
        *result.money_sheets,
        *codes,
    ]
    day_book = read_table(path, "Day book")
    assert len(day_book.rows) == money_books.day_book(APRIL, JUNE_END).count > 0
    assert load_workbook(path).sheetnames == result.sheets
    summary = read_table(path, "Summary")
    assert [row[0].value for row in summary.rows] == codes
    assert [row[0].hyperlink.location for row in summary.rows] == [f"'{c}'!A1" for c in codes]
    report = ageing.ageing(JUNE_END, show="all")
    by_code = {r.code: r for r in report.rows}
    for row in summary.rows:
        r = by_code[row[0].value]
        values = [r.receivable, r.advance, r.balance, *r.bands]
        for cell, paise in zip(row[3:], values, strict=True):
            _check_money_cell(cell, paise)
    register = read_table(path, "Sales register")
    assert len(register.rows) == result.register_rows == 8
    asha = read_table(path, shop.asha)
    assert len(asha.rows) == 1 + statement.open_statement(shop.asha, APRIL, JUNE_END).line_count


def test_user_text_is_never_a_formula(shop: ReportShop, tmp_path: Path) -> None:
    history(
        shop.old, *[(date(2026, 6, 1 + n), "invoice", text, 100, 0) for n, text in enumerate(RISKY)]
    )
    from vyapar_lite.db.models import LedgerEntry

    LedgerEntry.update(description=LedgerEntry.doc_number).where(
        LedgerEntry.doc_number.in_(RISKY)
    ).execute()
    path = tmp_path / "statement.xlsx"
    export_statement(path, statement.open_statement(shop.old, APRIL, JUNE_END))
    t = read_table(path)
    for row, text in zip(t.rows[1:], RISKY, strict=True):
        for cell in (row[2], row[3]):  # the number and the description
            assert cell.data_type == "s"
            assert cell.value == text.replace("\r", "\n")
            assert cell.quotePrefix


def test_a_heading_and_cells_from_risky_text(tmp_path: Path) -> None:
    path = tmp_path / "risky.xlsx"
    heading = Heading("=Shop", "@GSTIN", "\x01+Report", None, date(2026, 6, 30),
                      datetime(2026, 6, 30, 18, 5), (("-Label", "=value"),))  # fmt: skip
    with writing(path) as wb:
        sheet = ReportSheet(
            wb,
            "Risky",
            heading,
            [ReportColumn("Text"), ReportColumn("Amount", Kind.MONEY, total=True)],
        )
        for text in RISKY:
            sheet.row([text, 100])
        sheet.total_row()
        sheet.finish()
    ws = load_workbook(path)["Risky"]
    texts = [c.value for row in ws.iter_rows() for c in row if c.data_type == "s"]
    assert {"=Shop", "@GSTIN", "+Report", "-Label", "=value"} <= set(texts)
    assert [c.value for c in ws["A"] if c.data_type == "f"] == []
    assert ws["B15"].value == "=SUM(B9:B14)" and ws["B15"].data_type == "f"
    assert ws.page_setup.orientation == "portrait"  # two columns: narrow enough


def test_every_amount_column_carries_one_format_and_the_indian_grouping_rules(
    shop: ReportShop, tmp_path: Path
) -> None:
    path = tmp_path / "balances.xlsx"
    export_balances(path, balances.balances(JUNE_END))
    ws = load_workbook(path).active
    header = next(r for r in ws.iter_rows() if r[0].value == "Code")[0].row
    money = {"G", "H", "I"}  # Receivable, Advance, Balance
    amounts = [
        c
        for r in ws.iter_rows(min_row=header + 1)
        for c in r
        if c.column_letter in money and c.value is not None
    ]
    assert len(amounts) > 3 and {c.number_format for c in amounts} == {workbook.MONEY_FORMAT}
    styles = {  # openpyxl reads neighbouring columns of one style as one range
        get_column_letter(i): d.number_format
        for d in ws.column_dimensions.values()
        for i in range(d.min, d.max + 1)
    }
    assert {styles[c] for c in money} == {workbook.MONEY_FORMAT}  # for cells typed below
    rules = {
        str(cf.sqref): [(r.formula, r.dxf.numFmt.formatCode, r.stopIfTrue) for r in cf.rules]
        for cf in ws.conditional_formatting
    }
    assert set(rules) == {f"{c}{header + 1}:{c}1048576" for c in money}
    first = f"G{header + 1}"
    assert rules[f"{first}:G1048576"] == [
        ([f"ABS({first})>=100000000000"], r"##\,##\,##\,##\,##\,##0.00", True),
        ([f"ABS({first})>=1000000000"], r"##\,##\,##\,##\,##0.00", True),
        ([f"ABS({first})>=10000000"], r"##\,##\,##\,##0.00", True),
        ([f"ABS({first})>=100000"], r"##\,##\,##0.00", True),
        ([f"AND(ISNUMBER({first}),{first}<0)"], "#,##0.00", True),
    ]


def test_sheet_names_are_legal_and_unique() -> None:
    taken = {"Summary"}
    assert report_workbook.sheet_name("C/01", taken) == "C-01"
    assert report_workbook.sheet_name("c-01", taken) == "c-01 (2)"
    assert report_workbook.sheet_name("summary", taken) == "summary (2)"
    assert report_workbook.sheet_name("X" * 40, taken) == "X" * 31
    assert report_workbook.sheet_name("", taken) == "Sheet"
    assert report_workbook.link_to("O'Brien") == "'O''Brien'!A1"


def test_money_cells_hold_the_exact_decimal(tmp_path: Path) -> None:
    """openpyxl would write ₹91,590.01 through a float as 91590.00999999999."""
    import zipfile

    from openpyxl import Workbook

    from vyapar_lite.exports import workbook

    book = Workbook(write_only=True)
    ws = book.create_sheet("amounts")
    ws.append([workbook.money_cell(ws, Decimal("91590.01")),
               workbook.money_cell(ws, Decimal("-12345678.99"))])  # fmt: skip
    path = tmp_path / "amounts.xlsx"
    book.save(path)
    xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<v>91590.01</v>" in xml and "<v>-12345678.99</v>" in xml
    assert "91590.00999" not in xml
