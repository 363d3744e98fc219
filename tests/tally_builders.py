"""The shop the Tally export tests read: the report shop (invoices, a credit and a debit note, a
cancelled invoice with its counter receipt, an order's advance, a walk-in sale, openings and
entries without documents) plus every kind of money movement the export turns into a voucher,
and names that need escaping.

Amounts in the comments are rupees.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from factories import make_customer
from report_builders import ReportShop, build_report_shop, invoice, line
from vyapar_lite.db.models import Receipt
from vyapar_lite.domain.invoice import LineInput
from vyapar_lite.services import cheques, contra, financial_notes, payments_out, purchases, receipts
from vyapar_lite.services.payments import ChequeDetails, ReceiptDraft, record_receipt

AMPERSAND_NAME = 'Sharma & Sons <Wholesale> "Best"'
HINDI_NAME = "राम किराना स्टोर"


@dataclass(frozen=True)
class TallyShop:
    report: ReportShop
    sharma: str  # & < > " in the name, pays by cheque that bounces (charges debited)
    ram: str  # a Hindi name; a reverse-charge supply, a write-off and a financial credit note
    gupta: str  # also a supplier: a purchase bill, a contra settlement and a payment to him
    numbers: dict[str, str]
    # what Ram paid on 28-05: his invoice less the credit and the write-off (the invoice's total
    # depends on whether reverse-charge tax is in it; see the reverse-charge test)
    ram_paid: int
    rcm_total: int


def build_tally_shop() -> TallyShop:
    """Call after the `shop_file` fixture."""
    report = build_report_shop()
    n: dict[str, str] = dict(report.numbers)
    sharma = make_customer(AMPERSAND_NAME, city="Pune", state_code="27").code
    ram = make_customer(
        HINDI_NAME, city="Pune", state_code="27", billing_address="12 Laxmi Road"
    ).code
    gupta = make_customer("Gupta Electricals", city="Pune", also_supplier=True).code
    # 05-05: Sharma buys ₹2,000 at 18% = ₹2,360, pays by cheque on 08-05; it bounces on 20-05
    # with ₹250 bank charges (a debit memo, no GST)
    n["sharma_inv"] = invoice(sharma, date(2026, 5, 5), line("Fan", 200000)).number
    n["sharma_chq"] = record_receipt(
        ReceiptDraft(sharma, date(2026, 5, 8), 236000, mode="cheque",
                     cheque=ChequeDetails("654321", "HDFC Bank", date(2026, 5, 8)))
    ).number  # fmt: skip
    bounce = cheques.mark_bounced(
        n["sharma_chq"], date(2026, 5, 20), reason="No funds", charge=25000
    )
    n["memo"] = bounce.charge_note
    # 06-05: Ram buys ₹1,000 at 18% of which a ₹500 line is under reverse charge
    n["rcm_inv"] = invoice(
        ram, date(2026, 5, 6), line("Soap", 50000),
        LineInput("Legal service", 1000, 50000, 1800, reverse_charge=True, hsn_sac="9982"),
    ).number  # fmt: skip
    # 25-05: a financial credit of ₹100 on it, then ₹10 written off when he pays the rest
    n["fcn"] = financial_notes.post_financial_credit_note(
        n["rcm_inv"], doc_date=date(2026, 5, 25), amount=10000, reason="Goodwill"
    ).number
    owed = receipts.owing_doc(n["rcm_inv"])
    due = owed.grand_total - 10000 - 1000
    n["ram_rct"] = record_receipt(
        ReceiptDraft(ram, date(2026, 5, 28), due, mode="upi", reference="UPI-9",
                     allocations={n["rcm_inv"]: due}, write_offs={n["rcm_inv"]: 1000},
                     write_off_reason="Small balance")
    ).number  # fmt: skip
    # 15-05: Ravi (₹1,000 advance from the opening) gets ₹400 back in cash
    n["refund"] = payments_out.record_refund(
        payments_out.RefundDraft(report.ravi, date(2026, 5, 15), 40000)
    ).number
    # Gupta: sells ₹1,300 + ₹200 GST to us (purchase bill), buys ₹1,000 (0%) from us; set off
    # on 30-05
    n["purchase"] = purchases.record_bill(
        purchases.BillDraft(gupta, "G-77", date(2026, 5, 2), 130000, 20000, 150000)
    ).number
    n["gupta_inv"] = invoice(gupta, date(2026, 5, 3), line("Wire", 100000, 0)).number
    n["contra"] = contra.post_contra(gupta, date(2026, 5, 30)).number
    # 31-05: the shop pays Gupta ₹300 by UPI, the rest of his bill after the set-off
    n["supplier_pay"] = payments_out.record_supplier_payment(
        payments_out.SupplierPaymentDraft(gupta, date(2026, 5, 31), 30000, mode="upi")
    ).number
    # 12-05: a receipt typed by mistake and cancelled
    n["cancelled_rct"] = record_receipt(
        ReceiptDraft(report.dealer, date(2026, 5, 12), 50000, mode="cash")
    ).number
    receipts.cancel_receipt(n["cancelled_rct"], "Typed by mistake")
    # 14-05: the dealer pays ₹3,000 against the rice invoice by bank transfer
    n["dealer_rct"] = record_receipt(
        ReceiptDraft(report.dealer, date(2026, 5, 14), 300000, mode="bank", reference="NEFT-1",
                     allocations={n["inv2"]: 300000})
    ).number  # fmt: skip
    # 20-06: the dealer's order (₹2,000 advance on 03-06) is invoiced: 20 bags at ₹450 + 5%
    n["order_inv"] = invoice(
        report.dealer, date(2026, 6, 20), line("Rice bag", 45000, 500, 20000),
        order_number=n["order"],
    ).number  # fmt: skip
    n["order_rct"] = Receipt.get(Receipt.origin == "order").number
    return TallyShop(report, sharma, ram, gupta, n, due, owed.grand_total)
