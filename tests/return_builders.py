"""A shop with one of every kind of document GSTR-1 sorts, in May 2026 (the returns' tests).

The shop is in Maharashtra (27) with a GSTIN. Its documents: B2B intra- and inter-state (one with
a reverse-charge line), B2C small intra- and inter-state, B2C large inter-state (above ₹1,00,000),
export with and without IGST (one with a shipping bill), SEZ with and without IGST, nil-rated,
exempt and non-GST lines (a bill of supply and a mixed invoice), credit and debit notes to
registered and unregistered buyers (on a large inter-state invoice, a small one and an export), a
cancelled invoice, and a bounced cheque's debit memo (not a supply). One April invoice and one
June invoice sit outside the month.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from factories import make_customer, make_item
from payment_builders import cheque, receive
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.domain.shipping_bill import ShippingBill
from vyapar_lite.domain.shop import ShopProfile
from vyapar_lite.services import payments, sales, shop
from vyapar_lite.services.returns.gstr1 import Amounts

SHOP_GSTIN = "27AAPFU0939F1ZV"
MAY = date(2026, 5, 1), date(2026, 5, 31)
B2B_27 = "27AAACR5055K1Z7"
B2B_29 = "29AAGCB7383J1Z4"
SEZ_27 = "27AAPFU0939F2ZU"
SEZ_24 = "24AAACC1206D2ZL"


@dataclass
class ReturnShop:
    numbers: dict[str, str] = field(default_factory=dict)  # what -> document number
    codes: dict[str, str] = field(default_factory=dict)  # who -> customer code


def line(code: str, qty: int, rate: int, gst: int, **kw: object) -> LineInput:
    return LineInput(code.title(), qty, rate, gst, item_code=code, **kw)  # type: ignore[arg-type]


def build_return_shop() -> ReturnShop:
    """Call with an open, empty shop file (`data_file`)."""
    shop.save_profile(
        ShopProfile(
            name="Return Traders",
            state_code="27",
            address="12 Laxmi Road",
            city="Pune",
            pin_code="411002",
            phone="9822000000",
            gstin=SHOP_GSTIN,
        )
    )
    make_item("Steel Tiffin", code="TIFFIN", sale_price=42000, gst_rate_bp=1800, hsn_sac="7323",
              unit="pcs", uqc="PCS")  # fmt: skip
    make_item("Basmati Rice", code="RICE", sale_price=65000, gst_rate_bp=500, hsn_sac="1006",
              unit="bag", uqc="BAG")  # fmt: skip
    make_item("Fresh Milk", code="MILK", sale_price=6000, gst_rate_bp=0, hsn_sac="0401",
              unit="l", uqc="LTR", supply_type="nil")  # fmt: skip
    make_item("School Book", code="BOOK", sale_price=25000, gst_rate_bp=0, hsn_sac="4901",
              unit="pcs", uqc="NOS", supply_type="exempt")  # fmt: skip
    make_item("Diesel", code="DIESEL", sale_price=9000, gst_rate_bp=0, hsn_sac="2710",
              unit="l", uqc="LTR", supply_type="non_gst")  # fmt: skip
    make_item("Repair Service", code="REPAIR", sale_price=50000, gst_rate_bp=1800,
              hsn_sac="998719", unit="job")  # fmt: skip
    s = ReturnShop()
    c = s.codes
    c["b2b27"] = make_customer("Rao Stores", state_code="27", gstin=B2B_27).code
    c["b2b29"] = make_customer("Bengaluru Stores", state_code="29", gstin=B2B_29).code
    c["walkin27"] = make_customer("Asha Verma", state_code="27", billing_address="Pune").code
    c["walkin29"] = make_customer("Kiran Rao", state_code="29", billing_address="Mysuru").code
    c["foreign"] = make_customer("Gulf Spices LLC", state_code="96", country="UAE").code
    c["sez27"] = make_customer("Pune SEZ Unit", gstin=SEZ_27, is_sez=True).code
    c["sez24"] = make_customer("Kandla SEZ Unit", gstin=SEZ_24, is_sez=True).code
    n = s.numbers

    def post(
        what: str, who: str, *lines: LineInput, on: date = date(2026, 5, 5), **kw: object
    ) -> str:
        draft = sales.InvoiceDraft(c[who], on, list(lines), **kw)  # type: ignore[arg-type]
        n[what] = sales.post_invoice(draft).number
        return n[what]

    post("april", "b2b27", line("TIFFIN", 1000, 42000, 1800), on=date(2026, 4, 28))
    post("b2b_intra", "b2b27", line("TIFFIN", 3000, 42000, 1800), line("RICE", 2000, 65000, 500),
         line("MILK", 10000, 6000, 0))  # fmt: skip
    post("b2b_inter_rcm", "b2b29", line("REPAIR", 1000, 50000, 1800, reverse_charge=True),
         line("RICE", 1500, 65000, 500))  # fmt: skip
    post("b2c_small_intra", "walkin27", line("TIFFIN", 2000, 42000, 1800),
         line("BOOK", 2000, 25000, 0))  # fmt: skip
    post("b2c_small_inter", "walkin29", line("RICE", 1000, 65000, 500))
    post("b2c_large_inter", "walkin29", line("TIFFIN", 300000, 42000, 1800))  # ₹1,26,000 + tax
    post("b2c_cash", "walkin27", line("DIESEL", 5000, 9000, 0), line("RICE", 1000, 65000, 500))
    post("export_lut", "foreign", line("RICE", 20000, 65000, 500), export=True,
         on=date(2026, 5, 8))  # fmt: skip
    post("export_igst", "foreign", line("TIFFIN", 5000, 42000, 1800), on=date(2026, 5, 9),
         shipping_bill=ShippingBill("1234567", date(2026, 5, 10), "innsa1"))  # fmt: skip
    post("sez_igst", "sez27", line("TIFFIN", 2000, 42000, 1800), sez_with_tax=True)
    post("sez_lut", "sez24", line("RICE", 4000, 65000, 500), sez_with_tax=False)
    post("nil_only", "walkin27", line("MILK", 20000, 6000, 0), line("BOOK", 1000, 25000, 0))
    post("cancelled", "b2b27", line("TIFFIN", 1000, 42000, 1800), on=date(2026, 5, 12))
    sales.cancel_invoice(n["cancelled"], "Wrong customer")
    post("june", "walkin27", line("TIFFIN", 1000, 42000, 1800), on=date(2026, 6, 2))

    def credit(what: str, invoice: str, returns: dict[int, int]) -> None:
        view = sales.post_credit_note(n[invoice], doc_date=date(2026, 5, 20), returns=returns,
                                      reason="Goods returned")  # fmt: skip
        n[what] = view.number

    def debit(what: str, invoice: str, *lines: LineInput) -> None:
        view = sales.post_debit_note(n[invoice], doc_date=date(2026, 5, 21), lines=list(lines),
                                     reason="Price raised")  # fmt: skip
        n[what] = view.number

    credit("cn_b2b", "b2b_intra", {1: 1000, 3: 2000})  # a tiffin and 2 l of milk back
    credit("cn_b2cl", "b2c_large_inter", {1: 10000})
    credit("cn_b2cs", "b2c_small_intra", {1: 1000})
    credit("cn_export", "export_lut", {1: 2000})
    debit("dn_b2b", "b2b_inter_rcm", LineInput("Freight", 1000, 20000, 500, hsn_sac="1006"))
    debit("dn_b2cs", "b2c_small_inter", LineInput("Packing", 1000, 10000, 500, hsn_sac="1006"))
    # a bounced cheque's charge: a debit memo, not a supply
    paid = receive(c["b2b27"], 10000, date(2026, 5, 6), mode="cheque",
                   cheque=cheque(on=date(2026, 5, 6)))  # fmt: skip
    bounced = payments.mark_bounced(paid, date(2026, 5, 14), reason="Insufficient funds",
                                    charge=35400)  # fmt: skip
    n["memo"] = bounced.charge_note
    return s


def return_shop_file(folder: Path) -> tuple[Path, ReturnShop]:
    """The return shop written to `folder/shop.vyapar` and closed (for commands that open it).
    Usable from a module-scoped fixture: the unusual-date check is off while it is built."""
    import pytest

    from vyapar_lite.db import close_data_file, open_data_file
    from vyapar_lite.services import document_dates

    path = folder / "shop.vyapar"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(document_dates, "check", lambda on, *, confirmed, field: None)
        open_data_file(path)
        try:
            built = build_return_shop()
        finally:
            close_data_file()
    return path, built


def recipients_tax(start: date, end: date) -> dict[str, dict[int, Amounts]]:
    """The tax on reverse-charge lines of posted documents of the period (number -> rate ->
    Amounts(0, igst, cgst, sgst), signed as the register signs the document): the register keeps
    it out of its tax columns (the recipient pays it), while GSTR-1 and the HSN summary report it
    with the invoice, so a test comparing the two adds it back."""
    from vyapar_lite.db.models import SalesDoc, SalesDocLine

    sign = {"credit_note": -1}
    found: dict[str, dict[int, Amounts]] = {}
    query = (
        SalesDocLine.select(SalesDoc.number, SalesDoc.kind, SalesDocLine)
        .join(SalesDoc)
        .where(
            SalesDoc.doc_date.between(start, end)
            & (SalesDoc.status == "posted")
            & (SalesDocLine.rcm_cgst + SalesDocLine.rcm_sgst + SalesDocLine.rcm_igst != 0)
        )
    )
    for line in query:
        s = sign.get(line.doc.kind, 1)
        tax = Amounts(0, s * line.rcm_igst, s * line.rcm_cgst, s * line.rcm_sgst)
        rates = found.setdefault(line.doc.number, {})
        rates[line.gst_rate_bp] = rates.get(line.gst_rate_bp, Amounts()) + tax
    return found


def total_recipients_tax(start: date, end: date) -> Amounts:
    return sum(
        (a for rates in recipients_tax(start, end).values() for a in rates.values()), Amounts()
    )
