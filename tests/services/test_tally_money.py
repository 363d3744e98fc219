"""Expenses and contra vouchers in the Tally export, read back with ElementTree: an expense is a
Payment (head under Indirect Expenses, input CGST/SGST/IGST from its GST bill, Cr the account it
was paid from), a contra voucher a Contra; cancelled ones are left out; the masters carry the
heads' and the money accounts' ledgers; a receipt debits the bank its money reached."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from factories import make_customer
from money_builders import bank
from vyapar_lite.domain.expense import TaxAtRate
from vyapar_lite.exports.tally.xml_file import write_tally_xml
from vyapar_lite.services import contra_vouchers, expenses, money_accounts, money_setup
from vyapar_lite.services.payments import ReceiptDraft, record_receipt
from vyapar_lite.services.tally.books import tally_books
from vyapar_lite.services.tally.months import tally_months

NOV = (date(2026, 11, 1), date(2026, 11, 30))
DAY = date(2026, 11, 5)
GSTIN = "27AAPFU0939F1ZV"


@pytest.fixture
def shop(shop_file: Path) -> dict[str, str]:
    sbi = bank("SBI current")
    money_setup.set_mode_account("upi", sbi)
    cash = money_accounts.cash_account().id
    counter2 = money_setup.add_account(money_setup.NewAccount("Counter 2", "cash")).id
    n: dict[str, str] = {}

    def spend(head: str, amount: int, account: int, bill: expenses.GstBill | None = None) -> str:
        draft = expenses.ExpenseDraft(DAY, head, amount, account, f"{head} for November", bill)
        return expenses.post_expense(draft).number

    n["rent"] = spend("Rent", 1500000, sbi)
    n["transport"] = spend(
        "Transport", 118000, cash,
        expenses.GstBill(GSTIN, "TR/9", DAY, "Pune Movers",
                         [TaxAtRate(1800, 100000, cgst=9000, sgst=9000)]),
    )  # fmt: skip
    n["courier"] = spend(
        "Transport", 11200, counter2,
        expenses.GstBill("29AAACR5055K1Z3", "BLR/4", DAY, "Fast & Sure",
                         [TaxAtRate(1200, 10000, igst=1200)]),
    )  # fmt: skip
    n["tea"] = spend("Tea & snacks", 5000, cash)
    expenses.cancel_expense(n["tea"], "entered twice")
    n["deposit"] = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(DAY, cash, sbi, 500000, "cash deposited")
    ).number
    n["wrong"] = contra_vouchers.post_contra_voucher(
        contra_vouchers.ContraDraft(DAY, counter2, cash, 1000)
    ).number
    contra_vouchers.cancel_contra_voucher(n["wrong"], "not moved")
    code = make_customer("Sharma Traders").code
    n["upi"] = record_receipt(
        ReceiptDraft(code, DAY, 250000, mode="upi", reference="UPI-123456789012")
    ).number
    return n


def paise(text: str | None) -> int:
    return -int(Decimal(text or "0") * 100)


def exported(tmp_path: Path) -> ET.Element:
    path = tmp_path / "tally.xml"
    write_tally_xml(path, tally_months(*NOV))
    return ET.parse(path).getroot()


def voucher(root: ET.Element, number: str) -> ET.Element:
    (found,) = [v for v in root.iter("VOUCHER") if v.findtext("VOUCHERNUMBER") == number]
    return found


def lines(v: ET.Element) -> list[tuple[str, int, str]]:
    return [
        (e.findtext("LEDGERNAME") or "", paise(e.findtext("AMOUNT")),
         e.findtext("ISDEEMEDPOSITIVE") or "")
        for e in v.findall("ALLLEDGERENTRIES.LIST")
    ]  # fmt: skip


def test_an_expense_is_a_payment_with_its_input_tax_and_its_account(
    shop: dict[str, str], tmp_path: Path
) -> None:
    root = exported(tmp_path)

    rent = voucher(root, shop["rent"])
    assert rent.get("VCHTYPE") == "Payment"
    assert rent.findtext("VOUCHERTYPENAME") == "Payment"
    assert rent.findtext("DATE") == "20261105"
    assert lines(rent) == [("Rent", 1500000, "Yes"), ("SBI current", -1500000, "No")]
    transport = voucher(root, shop["transport"])
    assert lines(transport) == [
        ("Transport", 100000, "Yes"),
        ("Input CGST", 9000, "Yes"),
        ("Input SGST", 9000, "Yes"),
        ("Cash", -118000, "No"),
    ]
    assert transport.findtext("REFERENCE") == "TR/9"
    assert "Pune Movers 27AAPFU0939F1ZV" in (transport.findtext("NARRATION") or "")
    courier = voucher(root, shop["courier"])
    assert lines(courier) == [
        ("Transport", 10000, "Yes"),
        ("Input IGST", 1200, "Yes"),
        ("Counter 2", -11200, "No"),
    ]
    assert "Fast &amp; Sure" not in (courier.findtext("NARRATION") or "")  # parsed back as &
    assert "Fast & Sure" in (courier.findtext("NARRATION") or "")


def test_a_contra_voucher_debits_where_the_money_went_and_cancelled_ones_are_left_out(
    shop: dict[str, str], tmp_path: Path
) -> None:
    root = exported(tmp_path)

    deposit = voucher(root, shop["deposit"])
    assert deposit.get("VCHTYPE") == "Contra"
    assert lines(deposit) == [("SBI current", 500000, "Yes"), ("Cash", -500000, "No")]
    numbers = {v.findtext("VOUCHERNUMBER") for v in root.iter("VOUCHER")}
    assert shop["tea"] not in numbers and shop["wrong"] not in numbers
    assert tally_books(*NOV).cancelled_left_out == 2
    for v in root.iter("VOUCHER"):
        assert sum(amount for _, amount, _ in lines(v)) == 0, v.findtext("VOUCHERNUMBER")


def test_the_masters_carry_heads_input_tax_and_money_accounts_in_their_groups(
    shop: dict[str, str], tmp_path: Path
) -> None:
    root = exported(tmp_path)
    groups = {
        led.get("NAME"): (led.findtext("PARENT"), led.findtext("GSTDUTYHEAD"))
        for led in root.iter("LEDGER")
    }
    assert groups["Rent"] == ("Indirect Expenses", None)
    assert groups["Transport"] == ("Indirect Expenses", None)
    assert "Tea & snacks" not in groups  # only its cancelled expense named it
    assert groups["Input CGST"] == ("Duties & Taxes", "Central Tax")
    assert groups["Input SGST"] == ("Duties & Taxes", "State Tax")
    assert groups["Input IGST"] == ("Duties & Taxes", "Integrated Tax")
    assert groups["Cash"] == ("Cash-in-Hand", None)
    assert groups["Counter 2"] == ("Cash-in-Hand", None)
    assert groups["SBI current"] == ("Bank Accounts", None)
    # every ledger a voucher names has its master, written before the vouchers
    named = {e.findtext("LEDGERNAME") for e in root.iter("ALLLEDGERENTRIES.LIST")}
    assert named <= set(groups)


def test_a_receipt_debits_the_bank_its_money_reached_so_the_bank_moves_as_its_book(
    shop: dict[str, str], tmp_path: Path
) -> None:
    root = exported(tmp_path)
    upi = voucher(root, shop["upi"])
    assert ("SBI current", 250000, "Yes") in lines(upi)
    sbi = money_accounts.find_account("SBI current").id
    moved = sum(
        paise(e.findtext("AMOUNT"))
        for e in root.iter("ALLLEDGERENTRIES.LIST")
        if e.findtext("LEDGERNAME") == "SBI current"
    )
    assert moved == money_accounts.balance(sbi, on=NOV[1]) - money_accounts.balance(
        sbi, on=date(2026, 10, 31)
    )


def test_a_walk_in_sale_paid_into_a_counters_drawer_debits_that_drawers_ledger(
    shop: dict[str, str], tmp_path: Path
) -> None:
    from vyapar_lite.domain.invoice import LineInput
    from vyapar_lite.services import sales

    counter2 = money_accounts.find_account("Counter 2").id
    line = LineInput("Steel tiffin", 1000, 50000, 0, hsn_sac="7323")
    sold = sales.post_invoice(
        sales.InvoiceDraft("CASH", DAY, [line], received=50000, account_id=counter2)
    )
    root = exported(tmp_path)

    receipt_lines = [
        entry
        for v in root.iter("VOUCHER")
        if v.findtext("VOUCHERTYPENAME") == "Receipt"
        for entry in lines(v)
        if entry[0] == "Counter 2"
    ]
    assert receipt_lines == [("Counter 2", 50000, "Yes")], sold.number
    moved = sum(
        paise(e.findtext("AMOUNT"))
        for e in root.iter("ALLLEDGERENTRIES.LIST")
        if e.findtext("LEDGERNAME") == "Counter 2"
    )
    assert moved == money_accounts.balance(counter2, on=NOV[1])  # the sale less the courier
