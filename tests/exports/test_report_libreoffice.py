"""Report workbooks opened by LibreOffice: every formula it computes equals the app's own total,
dates arrive as dates, amounts as numbers shown with Indian grouping, and user text stays text.

All the workbooks are exported once and converted to CSV in two LibreOffice runs: raw values
("save cell contents as shown" off) and as displayed. A date cell is "06/30/2026" raw and
"30-06-2026" shown; a number is "6256" raw and "6,256.00" shown; text is the same both ways.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

from programs import needs_program
from report_builders import build_report_shop, history, supplier_side
from report_sheets import convert_with_libreoffice, read_table, rupees
from vyapar_lite.db import close_data_file, open_data_file
from vyapar_lite.db.models import LedgerEntry
from vyapar_lite.domain.money import format_money
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.exports.ageing import export_ageing
from vyapar_lite.exports.balances import export_balances
from vyapar_lite.exports.gstr3b import export_gstr3b
from vyapar_lite.exports.outstanding import export_outstanding
from vyapar_lite.exports.pack import export_pack
from vyapar_lite.exports.sales_register import export_sales_register
from vyapar_lite.exports.statement import export_statement
from vyapar_lite.services import (
    ageing,
    balances,
    expenses,
    money_accounts,
    money_books,
    outstanding,
    sales_register,
    shop,
    statement,
)
from vyapar_lite.services.returns import gstr3b
from vyapar_lite.services.returns.gstr1 import Amounts
from vyapar_lite.services.returns.period import ReturnPeriod

pytestmark = needs_program("soffice")

APRIL, JUNE_END = date(2026, 4, 1), date(2026, 6, 30)
RISKY = ["=2+3", "+91 98220", "-5 Minus", "@SUM(A1:A2)", "\t=1+1 tab", "\r=1+1 return"]


@dataclass
class Exported:
    files: dict[str, Path]
    totals: dict[tuple[str, str, str], int]  # (file, sheet, cell) -> the app's figure, paise
    raw: dict[str, list[list[str]]] = field(default_factory=dict)
    shown: dict[str, list[list[str]]] = field(default_factory=dict)

    def csv(self, file: str, sheet: str, *, shown: bool = False) -> list[list[str]]:
        return (self.shown if shown else self.raw)[f"{file}-{sheet}"]


Cells = dict[tuple[str, str, str], int]


def _total_cells(path: Path, sheet: str, values: dict[str, int]) -> Cells:
    """The total row's cells by column header -> the app's figure."""
    t = read_table(path, sheet)
    cells = {}
    for header, cell in zip(t.headers, t.total, strict=False):
        if header in values:
            cells[(path.stem, sheet, cell.coordinate)] = values[header]
    return cells


NAMES = (
    "statement", "risky", "both", "balances", "ageing", "outstanding", "register", "pack",
    "gstr3b",
)  # fmt: skip


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Exported]:
    root = tmp_path_factory.mktemp("libreoffice")
    open_data_file(root / "shop.vyapar")
    try:
        files, totals = _export_everything(root)
    finally:
        close_data_file()
    result = Exported(files, totals)
    result.raw = convert_with_libreoffice(list(files.values()), root / "raw", shown=False)
    result.shown = convert_with_libreoffice(list(files.values()), root / "shown", shown=True)
    yield result


def _export_everything(root: Path) -> tuple[dict[str, Path], Cells]:
    """Every report of the test shop (with risky text in the old ledger), and what each formula
    cell should come to."""
    shop.save_profile(
        ShopProfile(name="Test Traders", state_code="27", city="Pune", gstin="27AAPFU0939F1ZV")
    )
    s = build_report_shop()
    history(s.old, *[(date(2026, 6, 1 + n), "invoice", t, 100, 0) for n, t in enumerate(RISKY)])
    LedgerEntry.update(description=LedgerEntry.doc_number).where(
        LedgerEntry.doc_number.in_(RISKY)
    ).execute()
    files = {name: root / f"{name}.xlsx" for name in NAMES}
    head = statement.open_statement(s.asha, APRIL, JUNE_END)
    export_statement(files["statement"], head)
    risky = statement.open_statement(s.old, APRIL, JUNE_END)
    export_statement(files["risky"], risky)
    previous = statement.set_supplier_side_source(supplier_side)
    try:
        both = statement.open_statement(s.dealer, APRIL, JUNE_END)
    finally:
        statement.set_supplier_side_source(previous)
    export_statement(files["both"], both)
    report = balances.balances(JUNE_END)
    export_balances(files["balances"], report)
    aged = ageing.ageing(JUNE_END)
    export_ageing(files["ageing"], aged)
    owed = outstanding.outstanding_summary(JUNE_END)
    export_outstanding(files["outstanding"], owed)
    register = sales_register.register_summary(APRIL, JUNE_END)
    export_sales_register(files["register"], register)
    pack = export_pack(files["pack"], APRIL, JUNE_END)
    r3b = gstr3b.gstr3b(ReturnPeriod(APRIL, JUNE_END))
    export_gstr3b(files["gstr3b"], r3b)

    totals: Cells = {}
    totals |= _statement_totals(files["statement"], "Statement", head)
    totals |= _statement_totals(files["risky"], "Statement", risky)
    totals |= _statement_totals(files["both"], "Statement", both)
    totals |= _supplier_totals(files["both"], both)
    ends = {"Receivable": report.total_receivable, "Advance": report.total_advance}
    totals |= _total_cells(files["balances"], "Balances", {**ends, "Balance": report.total_balance})
    totals |= _total_cells(
        files["ageing"],
        "Ageing",
        {
            **dict(zip(aged.labels, aged.band_totals, strict=True)),
            "Receivable": aged.total_receivable,
            "Advance": aged.total_advance,
            "Balance": aged.total_balance,
        },
    )
    totals |= _total_cells(
        files["outstanding"],
        "Outstanding",
        {
            "Total": owed.total,
            "Paid": owed.paid,
            "Credit notes": owed.credited,
            "Outstanding": owed.outstanding,
        },
    )
    n = register.net
    register_totals = {
        "Taxable value": n.taxable,
        "CGST": n.cgst,
        "SGST/UTGST": n.sgst,
        "IGST": n.igst,
        "Round-off/loyalty": n.other,
        "Document value": n.value,
        "Tax payable by recipient (RCM)": n.rcm_tax,
    }
    totals |= _total_cells(files["register"], "Sales register", register_totals)
    totals |= _total_cells(files["pack"], "Sales register", register_totals)
    hsn_totals = {
        "Taxable value": n.taxable,
        "IGST": n.igst,
        "CGST": n.cgst,
        "SGST/UTGST": n.sgst,
        "Cess": 0,
        "Total value": n.taxable + n.igst + n.cgst + n.sgst,
    }
    totals |= _total_cells(files["pack"], "HSN summary", hsn_totals)  # equal to the register's
    t31 = sum(r3b.table_31.values(), Amounts())
    totals |= _total_cells(
        files["gstr3b"],
        "3.1 Outward supplies",
        {
            "Total taxable value": t31.taxable,
            "Integrated tax": t31.igst,
            "Central tax": t31.cgst,
            "State/UT tax": t31.sgst,
            "Cess": t31.cess,
        },
    )
    assert t31.taxable + r3b.reverse_charge.taxable == n.taxable  # 3.1 is the whole register
    places = (*r3b.unregistered, *r3b.composition)
    totals |= _total_cells(
        files["gstr3b"],
        "3.2 Inter-state",
        {
            "Total taxable value": sum(p.taxable for p in places),
            "Integrated tax": sum(p.igst for p in places),
        },
    )
    everyone = ageing.ageing(JUNE_END, show="all")
    shown = [r for r in everyone.rows if r.code in pack.sheets]
    summary = {label: sum(r.bands[i] for r in shown) for i, label in enumerate(everyone.labels)}
    summary["Receivable"] = sum(r.receivable for r in shown)
    summary["Advance"] = sum(r.advance for r in shown)
    summary["Balance"] = sum(r.balance for r in shown)
    totals |= _total_cells(files["pack"], "Summary", summary)
    for name in pack.sheets[3 + len(pack.money_sheets) :]:
        one = statement.open_statement(name, APRIL, JUNE_END)
        totals |= _statement_totals(files["pack"], name, one)
    totals |= _money_totals(files["pack"], pack.money_sheets)
    return files, totals


def _money_totals(path: Path, names: list[str]) -> dict[tuple[str, str, str], int]:
    """The books' money in / out SUMs and closing formulas, the day book's and the expenses'."""
    cells: dict[tuple[str, str, str], int] = {}
    for account, name in zip(money_accounts.accounts(), names, strict=False):
        book = money_books.account_book(account.id, APRIL, JUNE_END)
        cells |= _total_cells(path, name, {"Money in": book.total_in, "Money out": book.total_out})
        closing = read_table(path, name).after[0][5]
        cells[(path.stem, name, closing.coordinate)] = book.closing
    day = money_books.day_book(APRIL, JUNE_END)
    cells |= _total_cells(
        path,
        "Day book",
        {"Amount": sum(r.amount for r in day.rows), "Money in": day.total_in,
         "Money out": day.total_out},
    )  # fmt: skip
    spent = expenses.expenses(APRIL, JUNE_END)
    cells |= _total_cells(
        path,
        "Expenses",
        {"Taxable value": sum(t.taxable for e in spent for t in e.taxes),
         "CGST": sum(t.cgst for e in spent for t in e.taxes),
         "SGST": sum(t.sgst for e in spent for t in e.taxes),
         "IGST": sum(t.igst for e in spent for t in e.taxes),
         "Amount": sum(e.amount for e in spent)},
    )  # fmt: skip
    return cells


def _statement_totals(
    path: Path, sheet: str, head: statement.Statement
) -> dict[tuple[str, str, str], int]:
    cells = _total_cells(path, sheet, {"Debit": head.total_debit, "Credit": head.total_credit})
    closing = read_table(path, sheet).after[0][7]
    cells[(path.stem, sheet, closing.coordinate)] = head.closing
    return cells


def _supplier_totals(path: Path, head: statement.Statement) -> Cells:
    side = head.supplier
    assert side is not None
    rows = {row[1].value: row for row in read_table(path, "Statement").after if row[1].value}
    return {
        (path.stem, "Statement", rows["Supplier total"][5].coordinate): side.total_debit,
        (path.stem, "Statement", rows["Supplier total"][6].coordinate): side.total_credit,
        (path.stem, "Statement", rows["Supplier closing"][7].coordinate): side.closing,
        (path.stem, "Statement", rows["Net balance"][7].coordinate): head.net_closing,
    }


def _at(rows: list[list[str]], coordinate: str) -> str:
    letter, row = coordinate_from_string(coordinate)
    return rows[row - 1][column_index_from_string(letter) - 1]


def test_every_formula_equals_the_app_s_own_total(exported: Exported) -> None:
    formulas = {
        (path.stem, ws.title, cell.coordinate)
        for path in exported.files.values()
        for ws in load_workbook(path).worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
    }
    assert formulas == set(exported.totals), "every formula is checked, and only formulas"
    for (file, sheet, coordinate), paise in exported.totals.items():
        raw = _at(exported.csv(file, sheet), coordinate)
        assert Decimal(raw) == rupees(paise), (file, sheet, coordinate)
        shown = _at(exported.csv(file, sheet, shown=True), coordinate)
        assert shown == format_money(paise, symbol=False), (file, sheet, coordinate)


def test_dates_arrive_as_dates_shown_day_first(exported: Exported) -> None:
    checked = 0
    for path in exported.files.values():
        for ws in load_workbook(path).worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if not cell.is_date:
                        continue
                    raw = _at(exported.csv(path.stem, ws.title), cell.coordinate)
                    shown = _at(exported.csv(path.stem, ws.title, shown=True), cell.coordinate)
                    day = cell.value.date()  # type: ignore[union-attr]
                    assert raw == day.strftime("%m/%d/%Y") or raw.startswith(
                        day.strftime("%m/%d/%Y ")
                    )
                    if cell.number_format == "dd-mm-yyyy":
                        assert shown == day.strftime("%d-%m-%Y")
                    checked += 1
    assert checked > 100


def test_amounts_arrive_as_numbers_with_indian_grouping(exported: Exported) -> None:
    checked = 0
    for path in exported.files.values():
        for ws in load_workbook(path).worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    if (
                        cell.data_type != "n"
                        or cell.is_date
                        or not str(cell.number_format).endswith("0.00")
                    ):
                        continue
                    if cell.number_format == "0.00":  # GST rates
                        continue
                    paise = int(Decimal(str(cell.value)) * 100)
                    raw = _at(exported.csv(path.stem, ws.title), cell.coordinate)
                    shown = _at(exported.csv(path.stem, ws.title, shown=True), cell.coordinate)
                    assert Decimal(raw) == rupees(paise)
                    assert shown == format_money(paise, symbol=False)
                    checked += 1
    assert checked > 200


def test_big_and_negative_amounts_are_grouped_the_indian_way(exported: Exported) -> None:
    shown = [cell for row in exported.csv("balances", "Balances", shown=True) for cell in row]
    assert "12,980.00" in shown
    assert "-1,000.00" in shown
    register = [
        cell for row in exported.csv("register", "Sales register", shown=True) for cell in row
    ]
    assert "-945.00" in register and "11,800.00" in register


def test_user_text_stays_text(exported: Exported) -> None:
    raw = exported.csv("risky", "Statement")
    texts = {row[2]: row[3] for row in raw if len(row) > 3 and row[2]}
    for text in RISKY:
        expected = text.replace("\r", "\n")
        assert texts[expected] == expected  # the number and the description, never computed
