"""The Tally export read back with ElementTree: vouchers balance, party ledgers move by what the
Balances report moves by, the same books give the same bytes, names are escaped right."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import replace as changed
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from factories import make_customer
from report_builders import invoice, line
from tally_builders import AMPERSAND_NAME, HINDI_NAME, TallyShop, build_tally_shop
from vyapar_lite.db.models import LedgerEntry, SalesDoc
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.exports.tally.xml_file import tally_xml, write_tally_xml
from vyapar_lite.services import customers
from vyapar_lite.services.allocations import customer_row
from vyapar_lite.services.balances import balances
from vyapar_lite.services.supplier_side import payable_of
from vyapar_lite.services.tally import names as tally_names
from vyapar_lite.services.tally.books import _as_of, tally_books
from vyapar_lite.services.tally.money_vouchers import (
    MoneyRow,
    bounce_voucher,
    receipt_voucher,
    reversed_voucher,
)
from vyapar_lite.services.tally.months import month_windows, tally_months
from vyapar_lite.services.tally.vouchers import Bill, Entry, Side, Voucher

WHOLE = (date(2025, 12, 1), date(2026, 6, 30))  # the history, the openings and every document
MAY = (date(2026, 5, 1), date(2026, 5, 31))  # no openings, the bounce, contra, write-off, refund


@pytest.fixture
def books(shop_file: Path) -> TallyShop:
    return build_tally_shop()


def export(tmp_path: Path, period: tuple[date, date], name: str = "tally.xml") -> Path:
    path = tmp_path / name
    write_tally_xml(path, tally_months(*period))
    return path


def paise(text: str | None) -> int:
    """Tally's AMOUNT text back to paise signed + debit / - credit."""
    return -int(Decimal(text or "0") * 100)


def vouchers(path: Path) -> list[ET.Element]:
    return list(ET.parse(path).getroot().iter("VOUCHER"))


def entries(voucher: ET.Element) -> list[tuple[str, int]]:
    return [
        (e.findtext("LEDGERNAME") or "", paise(e.findtext("AMOUNT")))
        for e in voucher.findall("ALLLEDGERENTRIES.LIST")
    ]


def by_number(path: Path) -> dict[str, list[ET.Element]]:
    found: dict[str, list[ET.Element]] = defaultdict(list)
    for v in vouchers(path):
        found[v.findtext("VOUCHERNUMBER") or ""].append(v)
    return found


@pytest.mark.parametrize("period", [WHOLE, MAY])
def test_every_voucher_balances_and_its_bills_add_up(
    books: TallyShop, tmp_path: Path, period: tuple[date, date]
) -> None:
    found = vouchers(export(tmp_path, period))
    assert len(found) > 10
    for v in found:
        assert sum(amount for _, amount in entries(v)) == 0, v.findtext("VOUCHERNUMBER")
        for e in v.findall("ALLLEDGERENTRIES.LIST"):
            bills = [paise(b.findtext("AMOUNT")) for b in e.findall("BILLALLOCATIONS.LIST")]
            if bills:
                assert sum(bills) == paise(e.findtext("AMOUNT"))
        debit = [e for e in v.findall("ALLLEDGERENTRIES.LIST") if paise(e.findtext("AMOUNT")) > 0]
        assert all(e.findtext("ISDEEMEDPOSITIVE") == "Yes" for e in debit)
        assert len(v.findtext("DATE") or "") == 8


@pytest.mark.parametrize("period", [WHOLE, MAY, (date(2026, 4, 1), date(2026, 4, 1))])
def test_each_party_ledger_moves_by_the_customers_balance_movement(
    books: TallyShop, tmp_path: Path, period: tuple[date, date]
) -> None:
    root = ET.parse(export(tmp_path, period)).getroot()
    in_tally: dict[str, int] = defaultdict(int)
    for ledger in root.iter("LEDGER"):
        if ledger.findtext("PARENT") == "Sundry Debtors":
            in_tally[ledger.get("NAME") or ""] += paise(ledger.findtext("OPENINGBALANCE"))
    for e in root.iter("ALLLEDGERENTRIES.LIST"):
        if (e.findtext("LEDGERNAME") or "") in in_tally:
            in_tally[e.findtext("LEDGERNAME") or ""] += paise(e.findtext("AMOUNT"))
    start, end = period
    before = {r.code: r.balance for r in balances(start - timedelta(days=1)).rows}
    movement = {}
    for row in balances(end).rows:  # the Balances report, every customer
        moved = row.balance - before[row.code]
        if moved:
            movement[tally_names.party_ledger(row.name, row.code)] = moved
    assert movement  # the period moves something
    assert {k: v for k, v in in_tally.items() if v} == movement


@pytest.mark.parametrize("period", [WHOLE, MAY])
def test_each_payable_ledger_moves_by_what_the_shop_owes_the_supplier(
    books: TallyShop, tmp_path: Path, period: tuple[date, date]
) -> None:
    root = ET.parse(export(tmp_path, period)).getroot()
    gupta = f"Gupta Electricals ({books.gupta}) - payable"
    (master,) = [led for led in root.iter("LEDGER") if led.get("NAME") == gupta]
    assert master.findtext("PARENT") == "Sundry Creditors"
    in_tally = sum(
        paise(e.findtext("AMOUNT"))
        for e in root.iter("ALLLEDGERENTRIES.LIST")
        if e.findtext("LEDGERNAME") == gupta
    )
    customer_id = customer_row(books.gupta).id
    start, end = period
    owed = payable_of(customer_id, end) - payable_of(customer_id, start - timedelta(days=1))
    assert owed == 150000 - 100000 - 30000
    assert in_tally == -owed  # a payable is a credit balance


def test_re_exporting_gives_the_same_bytes(books: TallyShop, tmp_path: Path) -> None:
    first = export(tmp_path, WHOLE, "first.xml").read_bytes()
    second = export(tmp_path, WHOLE, "second.xml").read_bytes()
    assert first == second
    assert not list(tmp_path.glob("*.partial"))


def test_month_by_month_is_the_same_file_as_in_one_piece(books: TallyShop, tmp_path: Path) -> None:
    assert len(month_windows(*WHOLE)) == 7  # December to June
    assert month_windows(date(2026, 1, 15), date(2026, 3, 3)) == [
        (date(2026, 1, 15), date(2026, 1, 31)), (date(2026, 2, 1), date(2026, 2, 28)),
        (date(2026, 3, 1), date(2026, 3, 3)),
    ]  # fmt: skip
    by_month = export(tmp_path, WHOLE).read_bytes()
    in_one_piece = tmp_path / "whole.xml"
    write_tally_xml(in_one_piece, tally_books(*WHOLE))
    assert by_month == in_one_piece.read_bytes()
    assert by_month == tally_xml(tally_books(*WHOLE)).encode("utf-8")


def test_names_with_markup_characters_and_hindi_survive(books: TallyShop, tmp_path: Path) -> None:
    path = export(tmp_path, MAY)
    raw = path.read_bytes()
    assert raw.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    assert b"Sharma &amp; Sons &lt;Wholesale&gt;" in raw
    assert b"<Wholesale>" not in raw
    assert HINDI_NAME.encode("utf-8") in raw
    root = ET.parse(path).getroot()
    ledgers = {ledger.get("NAME") for ledger in root.iter("LEDGER")}
    assert f"{AMPERSAND_NAME} ({books.sharma})" in ledgers
    assert f"{HINDI_NAME} ({books.ram})" in ledgers
    parties = {v.findtext("PARTYNAME") for v in root.iter("VOUCHER")}
    assert {AMPERSAND_NAME, HINDI_NAME} <= parties


def test_voucher_types_and_bills(books: TallyShop, tmp_path: Path) -> None:
    n = books.numbers
    found = by_number(export(tmp_path, WHOLE))

    def one(number: str, kind: str) -> ET.Element:
        matching = [v for v in found[number] if v.get("VCHTYPE") == kind]
        assert len(matching) == 1, (number, kind, [v.get("VCHTYPE") for v in found[number]])
        return matching[0]

    def bills(v: ET.Element) -> list[tuple[str, str, int]]:
        return [
            (b.findtext("BILLTYPE") or "", b.findtext("NAME") or "", paise(b.findtext("AMOUNT")))
            for b in v.iter("BILLALLOCATIONS.LIST")
        ]

    asha = f"Asha Verma ({books.report.asha})"
    sale = one(n["inv1"], "Sales")
    assert entries(sale) == [
        (asha, 23600),
        ("Sales GST 18%", -20000),
        ("Output CGST", -1800),
        ("Output SGST", -1800),
    ]
    assert bills(sale) == [("New Ref", n["inv1"], 23600)]
    assert sale.findtext("PARTYLEDGERNAME") == asha
    assert one(n["cn1"], "Credit Note").findtext("REFERENCE") == n["inv2"]
    assert bills(one(n["cn1"], "Credit Note")) == [("Agst Ref", n["inv2"], -94500)]
    assert ("Output IGST", -18000) in entries(one(n["dn1"], "Debit Note"))
    assert bills(one(n["dealer_rct"], "Receipt")) == [("Agst Ref", n["inv2"], -300000)]
    assert ("Bank", 300000) in entries(one(n["dealer_rct"], "Receipt"))
    assert bills(one(n["ram_rct"], "Receipt")) == [("Agst Ref", n["rcm_inv"], -books.ram_paid)]
    refund = one(n["refund"], "Payment")
    assert ("Cash", -40000) in entries(refund)
    bounce = one(n["sharma_chq"], "Payment")  # the bank took the cheque's money back
    assert ("Bank", -236000) in entries(bounce)
    assert bills(bounce) == [("Agst Ref", n["sharma_inv"], 236000)]
    contra = one(n["contra"], "Journal")
    gupta = f"Gupta Electricals ({books.gupta})"
    assert entries(contra) == [(f"{gupta} - payable", 100000), (gupta, -100000)]
    assert bills(contra) == [("Agst Ref", "G-77", 100000), ("Agst Ref", n["gupta_inv"], -100000)]
    purchase = one(n["purchase"], "Purchase")
    assert entries(purchase) == [
        ("Purchases", 130000), ("Input GST (not split by head)", 20000),
        (f"{gupta} - payable", -150000),
    ]  # fmt: skip
    assert bills(purchase) == [("New Ref", "G-77", -150000)]
    paid = one(n["supplier_pay"], "Payment")
    assert entries(paid) == [(f"{gupta} - payable", 30000), ("Bank", -30000)]
    assert bills(paid) == [("Agst Ref", "G-77", 30000)]
    write_off = [v for v in found["WO/26-27/00001"] if v.get("VCHTYPE") == "Journal"]
    assert entries(write_off[0])[0] == ("Bad debts written off", 1000)
    old = one("OLD/101", "Journal")  # history typed in from an old ledger: no document
    assert ("Old ledger entries (no document)", -300000) in entries(old)


def test_an_advance_is_settled_by_the_invoice_it_went_to(books: TallyShop, tmp_path: Path) -> None:
    """The order's ₹2,000 advance (03-06) was an advance when received; the invoice of 20-06
    settles it against the advance's own reference and is a new bill for the rest."""
    n = books.numbers
    found = by_number(export(tmp_path, WHOLE))
    (advance,) = found[n["order_rct"]]
    (sale,) = found[n["order_inv"]]

    def bills(v: ET.Element) -> list[tuple[str, str, int]]:
        return [
            (b.findtext("BILLTYPE") or "", b.findtext("NAME") or "", paise(b.findtext("AMOUNT")))
            for b in v.iter("BILLALLOCATIONS.LIST")
        ]

    assert bills(advance) == [("Advance", n["order_rct"], -200000)]
    assert bills(sale) == [
        ("Agst Ref", n["order_rct"], 200000),
        ("New Ref", n["order_inv"], 745000),
    ]


def test_cancelled_documents_are_left_out(books: TallyShop, tmp_path: Path) -> None:
    n = books.numbers
    found = by_number(export(tmp_path, WHOLE))
    assert n["inv5"] not in found  # the invoice cancelled the day it was made
    assert n["cancelled_rct"] not in found
    assert tally_books(*WHOLE).cancelled_left_out == 3  # and the invoice's counter receipt


def test_debit_memo_and_financial_credit_carry_no_gst(books: TallyShop, tmp_path: Path) -> None:
    n = books.numbers
    found = by_number(export(tmp_path, WHOLE))
    sharma = f"{AMPERSAND_NAME} ({books.sharma})"
    (memo,) = found[n["memo"]]
    assert memo.get("VCHTYPE") == "Journal"
    assert entries(memo) == [(sharma, 25000), ("Cheque return charges recovered", -25000)]
    (fcn,) = found[n["fcn"]]
    assert fcn.get("VCHTYPE") == "Credit Note"
    assert entries(fcn) == [("Discount allowed", 10000), (f"{HINDI_NAME} ({books.ram})", -10000)]


def test_a_reverse_charge_line_carries_no_output_tax(books: TallyShop, tmp_path: Path) -> None:
    """Only the ₹500 line the shop pays tax on gives output tax (₹45 + ₹45); the reverse-charge
    line's ₹90 is the recipient's to pay (s.9(3) CGST Act)."""
    (sale,) = by_number(export(tmp_path, WHOLE))[books.numbers["rcm_inv"]]
    lines = dict(entries(sale))
    assert lines["Sales GST 18%"] == -100000
    assert (lines["Output CGST"], lines["Output SGST"]) == (-4500, -4500)
    assert "Output IGST" not in lines


def test_openings_in_the_period_go_on_the_ledger_bill_by_bill(
    books: TallyShop, tmp_path: Path
) -> None:
    root = ET.parse(export(tmp_path, WHOLE)).getroot()
    ledgers = {ledger.get("NAME"): ledger for ledger in root.iter("LEDGER")}
    asha = ledgers[f"Asha Verma ({books.report.asha})"]
    assert asha.findtext("OPENINGBALANCE") == "-5000.00"  # ₹5,000 owed: a debit
    (bill,) = asha.findall("BILLALLOCATIONS.LIST")
    assert [bill.findtext(t) for t in ("NAME", "BILLDATE", "ISADVANCE", "OPENINGBALANCE")] == [
        f"OB/{books.report.asha}", "20260401", "No", "-5000.00"
    ]  # fmt: skip
    ravi = ledgers[f"Ravi Kumar ({books.report.ravi})"]
    assert ravi.findtext("OPENINGBALANCE") == "1000.00"  # an advance: a credit
    (credit,) = ravi.findall("BILLALLOCATIONS.LIST")
    assert [credit.findtext(t) for t in ("ISADVANCE", "OPENINGBALANCE")] == ["Yes", "1000.00"]
    assert credit.findtext("NAME")  # the opening credit's receipt number
    assert asha.findtext("PARENT") == "Sundry Debtors"
    assert ledgers["Output CGST"].findtext("GSTDUTYHEAD") == "Central Tax"
    kaveri = ledgers[f"Kaveri Stores ({books.report.kaveri})"]
    assert (kaveri.findtext("PARTYGSTIN"), kaveri.findtext("LEDSTATENAME")) == (
        "29AAGCB7383J1Z4",
        "Karnataka",
    )
    ram = ledgers[f"{HINDI_NAME} ({books.ram})"]  # the master's address, then its city
    assert [a.text for a in ram.findall("ADDRESS.LIST/ADDRESS")] == ["12 Laxmi Road", "Pune"]
    assert [a.text for a in kaveri.findall("ADDRESS.LIST/ADDRESS")] == ["Bengaluru"]
    may = ET.parse(export(tmp_path, MAY, "may.xml")).getroot()
    assert all(ledger.find("OPENINGBALANCE") is None for ledger in may.iter("LEDGER"))


def test_ledger_names_come_from_settings(books: TallyShop, tmp_path: Path) -> None:
    names = tally_names.tally_names()
    tally_names.save_tally_names(
        tally_names.TallyNames(
            **{**names.__dict__, "sales_by_rate": "Sales @ {rate}% GST", "cash": "Cash Box"}
        )
    )
    root = ET.parse(export(tmp_path, MAY, "before.xml")).getroot()
    assert root.find("BODY/IMPORTDATA/REQUESTDESC/STATICVARIABLES") is None  # Tally's open one
    tally_names.save_tally_names(
        tally_names.TallyNames(**{**tally_names.tally_names().__dict__, "company": "Test & Co"})
    )
    root = ET.parse(export(tmp_path, MAY, "named.xml")).getroot()
    assert root.findtext("BODY/IMPORTDATA/REQUESTDESC/STATICVARIABLES/SVCURRENTCOMPANY") == (
        "Test & Co"
    )
    found = by_number(export(tmp_path, WHOLE))
    assert ("Sales @ 18% GST", -20000) in entries(found[books.numbers["inv1"]][0])
    assert ("Cash", -40000) not in entries(found[books.numbers["refund"]][0])
    assert ("Cash Box", -40000) in entries(found[books.numbers["refund"]][0])


def test_ledger_names_are_checked(shop_file: Path) -> None:
    names = tally_names.tally_names()
    with pytest.raises(ValidationError) as exc:
        tally_names.save_tally_names(
            tally_names.TallyNames(
                **{**names.__dict__, "sales_by_rate": "Sales", "bank": "Cash", "round_off": " "}
            )
        )
    messages = {e.field: e.message for e in exc.value.errors}
    assert messages == {
        "sales_by_rate": "Put {rate} where the GST rate goes",
        "bank": "The same name as the cash ledger",
        "round_off": "Give the ledger a name",
    }
    assert tally_names.tally_names() == names  # nothing saved


def test_a_reversal_on_another_day_turns_the_voucher_round() -> None:
    """None of the app's services cancels on another day than the document's, but a file may
    hold such a reversal (an old import): it is written as the voucher turned round."""
    sale = Voucher("Sales", "INV/1", date(2026, 5, 1), "A (C1)", (
        Entry("A (C1)", 11800, (Bill("New Ref", "INV/1", 11800),), True),
        Entry("Sales GST 18%", -10000), Entry("Output IGST", -1800),
    ))  # fmt: skip
    back = reversed_voucher(sale, date(2026, 5, 9), "INV/1 cancelled")
    assert (back.kind, back.on, back.balance) == ("Credit Note", date(2026, 5, 9), 0)
    assert [(e.ledger, e.amount) for e in back.entries] == [
        ("A (C1)", -11800), ("Sales GST 18%", 10000), ("Output IGST", 1800)
    ]  # fmt: skip
    assert back.entries[0].bills == (Bill("Agst Ref", "INV/1", -11800),)


def test_the_party_as_issued_comes_from_the_documents_copy(
    books: TallyShop, tmp_path: Path
) -> None:
    """Kaveri Stores moves to Goa with a new name after the May invoice: the voucher still says
    who and where the invoice was issued to; the ledger master has the customer as now."""
    account = customers.get_customer(books.report.kaveri)
    customers.update_customer(
        books.report.kaveri,
        changed(account.details, name="Kaveri Retail", state_code="30", gstin="", city="Panaji"),
        confirmed=True,
    )
    root = ET.parse(export(tmp_path, MAY)).getroot()
    (sale,) = [
        v for v in root.iter("VOUCHER") if v.findtext("VOUCHERNUMBER") == books.numbers["inv3"]
    ]
    assert (sale.findtext("PARTYNAME"), sale.findtext("PARTYGSTIN")) == (
        "Kaveri Stores",
        "29AAGCB7383J1Z4",
    )
    assert (sale.findtext("STATENAME"), sale.findtext("PLACEOFSUPPLY")) == (
        "Karnataka",
        "Karnataka",
    )
    ledger = f"Kaveri Retail ({books.report.kaveri})"
    assert sale.findtext("PARTYLEDGERNAME") == ledger
    (master,) = [led for led in root.iter("LEDGER") if led.get("NAME") == ledger]
    assert (master.findtext("LEDSTATENAME"), master.find("PARTYGSTIN")) == ("Goa", None)


def test_reverse_charge_tax_outside_the_total_needs_no_ledger_at_all(
    shop_file: Path, tmp_path: Path
) -> None:
    """When a reverse-charge line's tax is not in the invoice's total (as the invoice is made
    once reverse charge is kept out of it), the voucher balances with no ledger for that tax."""
    ram = make_customer(HINDI_NAME, city="Pune").code
    number = invoice(
        ram, date(2026, 5, 6), line("Soap", 50000),
        LineInput("Legal service", 1000, 50000, 1800, reverse_charge=True, hsn_sac="9982"),
    ).number  # fmt: skip
    doc = SalesDoc.get(SalesDoc.number == number)
    total = doc.taxable_total + 4500 + 4500  # the shop's own tax only, ₹1,090
    SalesDoc.update(grand_total=total, round_off=0).where(SalesDoc.id == doc.id).execute()
    LedgerEntry.update(debit=total).where(LedgerEntry.doc_id == doc.id).execute()
    (sale,) = vouchers(export(tmp_path, MAY))
    assert dict(entries(sale)) == {
        f"{HINDI_NAME} ({ram})": 109000,
        "Sales GST 18%": -100000,
        "Output CGST": -4500,
        "Output SGST": -4500,
    }


def test_a_bounce_turns_round_the_bills_its_receipt_had() -> None:
    """A cheque counted on 10-05 paid an invoice of 20-05 (an advance when it came) and bounced
    on 25-05: the bounce takes back the advance, not a payment of the invoice."""
    names = tally_names.DEFAULTS
    row = MoneyRow("RCT/9", "cheque", "receipt", "", "111", (),
                   dated=(("INV/9", 50000, "2026-05-20"),), counted="2026-05-10")  # fmt: skip
    side = Side("A (C1)")
    came = receipt_voucher(_as_of(row, date(2026, 5, 10)), date(2026, 5, 10), 50000,
                           names=names, side=side)  # fmt: skip
    back = bounce_voucher(_as_of(row, date(2026, 5, 25)), date(2026, 5, 25), 50000,
                          names=names, side=side)  # fmt: skip
    assert came.entries[1].bills == (Bill("Advance", "RCT/9", -50000),)
    assert back.entries[0].bills == (Bill("Advance", "RCT/9", 50000),)
    assert (came.balance, back.balance) == (0, 0)
