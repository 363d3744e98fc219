"""peewee models of the books' tables: the ledger, documents, receipts, items, payables, drafts.

Kept apart from `models.py` (the shop, its settings, audit rows and customers) because the
shop's first screen needs none of them (issue 21: 25 model classes are 0.01 s of start-up);
`models.py` hands each of them out on first use, so `from vyapar_lite.db.models import SalesDoc`
works as before. Money columns hold integer paise; dates are ISO dates.
"""

from __future__ import annotations

import peewee as pw

from vyapar_lite.db.models import BaseModel, Customer


class LedgerEntry(BaseModel):
    """One posting on a customer's account. Balance = SUM(debit) - SUM(credit)."""

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    entry_date = pw.DateField()
    kind = pw.CharField()
    doc_number = pw.CharField(default="")
    description = pw.TextField(default="")
    debit = pw.BigIntegerField(default=0)
    credit = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField()
    doc_type = pw.CharField(default="")  # 'sales_doc', 'receipt', ... ('' for an opening balance)
    doc_id = pw.IntegerField(null=True)


class CustomerNote(BaseModel):
    """A dated entry in a customer's file: a note, feedback (compliment/complaint) or follow-up.

    `status`: complaints and follow-ups start 'open' and become 'resolved' / 'done'; notes and
    compliments have ''. `due_date` is set for follow-ups only.
    """

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    entry_date = pw.DateField()
    kind = pw.CharField()
    feedback_type = pw.CharField(default="")
    status = pw.CharField(default="")
    due_date = pw.DateField(null=True)
    text = pw.TextField()
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class GstRate(BaseModel):
    """A GST rate the shop can pick, in basis points (18% = 1800)."""

    rate_bp = pw.IntegerField(primary_key=True)
    is_active = pw.BooleanField(default=True)


class Item(BaseModel):
    """Something the shop sells. Prices in paise; stock and levels in thousandths of a unit."""

    id = pw.AutoField()
    code = pw.CharField(unique=True)
    name = pw.CharField()
    hsn_sac = pw.CharField(default="")
    unit = pw.CharField(default="pcs")
    uqc = pw.CharField(default="OTH")  # GST unit quantity code (domain.uqc), migration 13
    sale_price = pw.BigIntegerField(default=0)
    price_includes_tax = pw.BooleanField(default=False)
    gst_rate_bp = pw.IntegerField(default=0)
    reverse_charge = pw.BooleanField(default=False)  # tax payable by the recipient (migration 11)
    track_stock = pw.BooleanField(default=False)
    low_stock_milli = pw.BigIntegerField(default=0)
    is_active = pw.BooleanField(default=True)
    supply_type = pw.CharField(default="taxable")  # 'taxable' | 'nil' | 'exempt' | 'non_gst'
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class ItemTypePrice(BaseModel):
    """A price or a discount for one customer type (Dealer, Wholesaler, ...) on one item."""

    item = pw.ForeignKeyField(Item, column_name="item_id")
    item_id: int
    customer_type = pw.CharField()
    price = pw.BigIntegerField(null=True)
    discount_bp = pw.IntegerField(null=True)

    class Meta:
        primary_key = pw.CompositeKey("item", "customer_type")


class StockMove(BaseModel):
    """Stock in (+) or out (-) of an item; stock on hand = SUM(qty_milli)."""

    id = pw.AutoField()
    item = pw.ForeignKeyField(Item, column_name="item_id")
    item_id: int
    move_date = pw.DateField()
    qty_milli = pw.BigIntegerField()
    reason = pw.CharField()
    doc_type = pw.CharField(default="")
    doc_id = pw.IntegerField(null=True)
    created_at = pw.DateTimeField()


class Receipt(BaseModel):
    """Money received from a customer. `origin` is 'receipt', 'invoice' (paid at the counter with
    an invoice) or 'order' (an order's advance); 'write_off' (an amount written off at settlement,
    numbered WO/...) and 'contra' (the receivable side of a contra settlement, CON/...) are credits
    that move no money but settle invoices through allocations like a receipt.

    `status`: 'posted' (counted), 'pending' (a post-dated cheque not counted until cleared),
    'cancelled', 'bounced'. Allocations count only while the receipt is 'posted'."""

    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    receipt_date = pw.DateField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    amount = pw.BigIntegerField()
    mode = pw.CharField()
    reference = pw.CharField(default="")
    cheque_number = pw.CharField(default="")
    cheque_bank = pw.CharField(default="")
    cheque_date = pw.DateField(null=True)
    status = pw.CharField(default="posted")
    origin = pw.CharField(default="receipt")
    cancel_reason = pw.TextField(default="")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField()
    counter = pw.CharField(null=True)  # the counter that posted it (migration 26)
    cheque_status = pw.CharField(default="")  # '' | received | deposited | cleared | bounced
    deposited_on = pw.DateField(null=True)
    deposit_account_id = pw.IntegerField(null=True)  # a cheque's bank (money_account)
    cleared_on = pw.DateField(null=True)
    bounced_on = pw.DateField(null=True)
    counted_on = pw.DateField(null=True)  # a PDC counted at clearance; NULL: its receipt date
    with_receipt_id = pw.IntegerField(null=True)  # a write-off: the receipt it was posted with
    charge_doc_id = pw.IntegerField(null=True)  # a bounced cheque: its charge's debit note


class ReceiptAdvanceTax(BaseModel):
    """GST on a receipt that is an advance for services, as worked out at receipt (s.13(2) CGST
    Act, Rule 50; migration 16): `advance` is tax-inclusive = taxable + CGST + SGST + IGST."""

    receipt = pw.ForeignKeyField(Receipt, column_name="receipt_id", primary_key=True)
    receipt_id: int
    advance = pw.BigIntegerField()
    rate_bp = pw.IntegerField()
    taxable = pw.BigIntegerField()
    cgst = pw.BigIntegerField(default=0)
    sgst = pw.BigIntegerField(default=0)
    igst = pw.BigIntegerField(default=0)
    place_of_supply = pw.CharField()
    tax_kind = pw.CharField()  # 'intra' | 'inter' | 'export'
    description = pw.TextField(default="")


class SaleOrder(BaseModel):
    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    order_date = pw.DateField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    status = pw.CharField(default="open")
    advance_receipt = pw.ForeignKeyField(Receipt, null=True, column_name="advance_receipt_id")
    advance_receipt_id: int | None
    notes = pw.TextField(default="")
    cancel_reason = pw.TextField(default="")
    created_at = pw.DateTimeField()
    updated_at = pw.DateTimeField()


class SaleOrderLine(BaseModel):
    id = pw.AutoField()
    order = pw.ForeignKeyField(SaleOrder, column_name="order_id")
    order_id: int
    line_no = pw.IntegerField()
    item = pw.ForeignKeyField(Item, null=True, column_name="item_id")
    item_id: int | None
    description = pw.CharField()
    qty_milli = pw.BigIntegerField()
    invoiced_milli = pw.BigIntegerField(default=0)
    rate = pw.BigIntegerField()
    discount_bp = pw.IntegerField(default=0)
    discount_amount = pw.BigIntegerField(default=0)
    gst_rate_bp = pw.IntegerField(default=0)


class SalesDoc(BaseModel):
    """A posted sales document: an invoice, or a credit/debit note against one (`against`)."""

    id = pw.AutoField()
    kind = pw.CharField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    doc_date = pw.DateField()
    due_date = pw.DateField(null=True)
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    place_of_supply = pw.CharField()
    tax_kind = pw.CharField()
    against = pw.ForeignKeyField("self", null=True, column_name="against_id")
    against_id: int | None
    order = pw.ForeignKeyField(SaleOrder, null=True, column_name="order_id")
    order_id: int | None
    note_reason = pw.CharField(default="")
    taxable_total = pw.BigIntegerField(default=0)
    cgst_total = pw.BigIntegerField(default=0)
    sgst_total = pw.BigIntegerField(default=0)
    igst_total = pw.BigIntegerField(default=0)
    round_off = pw.BigIntegerField(default=0)
    loyalty_discount = pw.BigIntegerField(default=0)
    grand_total = pw.BigIntegerField()
    points_earned = pw.IntegerField(default=0)
    points_redeemed = pw.IntegerField(default=0)
    # to an SEZ unit: "SEWP" with IGST paid, "SEWOP" without, under LUT; "" otherwise (migration 13)
    sez_supply = pw.CharField(default="")
    # a deemed export (s.147 CGST Act): its category in Notification 48/2017-Central Tax, "AA" /
    # "EPCG" / "EOU" / "GOLD"; "" otherwise (migration 21, services.deemed_export)
    deemed_export = pw.CharField(default="")
    status = pw.CharField(default="posted")
    cancel_reason = pw.TextField(default="")
    cancelled_at = pw.DateTimeField(null=True)
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField()
    counter = pw.CharField(null=True)  # the counter that posted it (migration 26)
    # a walk-in buyer of ₹50,000 or more (Rule 46(e)), migration 11
    walk_in_name = pw.CharField(default="")
    walk_in_address = pw.TextField(default="")
    walk_in_state = pw.CharField(default="")
    # an export's country of destination and LUT reference, as issued (migration 10)
    country = pw.CharField(default="")
    lut_reference = pw.CharField(default="")
    # As issued (migration 14): 'tax_invoice' | 'bill_of_supply' | 'invoice_cum_bill_of_supply',
    # and the shop's scheme then: 'regular' | 'composition' | 'unregistered'.
    document_type = pw.CharField(default="tax_invoice")
    supplier_scheme = pw.CharField(default="regular")
    # an export's shipping bill (number, date, port code), as issued (migration 15)
    shipping_bill_number = pw.CharField(default="")
    shipping_bill_date = pw.DateField(null=True)
    port_code = pw.CharField(default="")


class SalesDocLine(BaseModel):
    id = pw.AutoField()
    doc = pw.ForeignKeyField(SalesDoc, column_name="doc_id")
    doc_id: int
    line_no = pw.IntegerField()
    item = pw.ForeignKeyField(Item, null=True, column_name="item_id")
    item_id: int | None
    description = pw.CharField()
    hsn_sac = pw.CharField(default="")
    unit = pw.CharField(default="")
    uqc = pw.CharField(default="")  # the GST unit code at issue ("" before migration 13)
    qty_milli = pw.BigIntegerField()
    rate = pw.BigIntegerField()
    discount = pw.BigIntegerField(default=0)
    taxable = pw.BigIntegerField()
    gst_rate_bp = pw.IntegerField()
    cgst = pw.BigIntegerField(default=0)
    sgst = pw.BigIntegerField(default=0)
    igst = pw.BigIntegerField(default=0)
    total = pw.BigIntegerField()
    # the part of the points redeemed that came off this line before tax (migration 13)
    loyalty_share = pw.BigIntegerField(default=0)
    against_line = pw.ForeignKeyField("self", null=True, column_name="against_line_id")
    against_line_id: int | None
    reverse_charge = pw.BooleanField(default=False)  # as issued (migration 11)
    supply_type = pw.CharField(default="taxable")  # 'taxable' | 'nil' | 'exempt' | 'non_gst'
    # on a reverse-charge line: the tax payable by the recipient, not in `total` (migration 18)
    rcm_cgst = pw.BigIntegerField(default=0)
    rcm_sgst = pw.BigIntegerField(default=0)
    rcm_igst = pw.BigIntegerField(default=0)


class Allocation(BaseModel):
    """Part of a receipt settling one invoice (or debit note)."""

    id = pw.AutoField()
    receipt = pw.ForeignKeyField(Receipt, column_name="receipt_id")
    receipt_id: int
    doc = pw.ForeignKeyField(SalesDoc, column_name="doc_id")
    doc_id: int
    amount = pw.BigIntegerField()
    created_at = pw.DateTimeField()


class LoyaltyMove(BaseModel):
    """Points earned (+) or redeemed/reversed (-); customer.loyalty_points caches the sum."""

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    move_date = pw.DateField()
    points = pw.IntegerField()
    doc_type = pw.CharField()
    doc_id = pw.IntegerField(null=True)
    created_at = pw.DateTimeField()


class PurchaseBill(BaseModel):
    """A bill from a customer who is also a supplier: `number` is ours (PB/...), `bill_number`
    theirs."""

    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    bill_number = pw.CharField()
    bill_date = pw.DateField()
    due_date = pw.DateField()
    taxable = pw.BigIntegerField()
    gst = pw.BigIntegerField()
    total = pw.BigIntegerField()
    description = pw.TextField(default="")
    status = pw.CharField(default="posted")
    cancel_reason = pw.TextField(default="")
    created_at = pw.DateTimeField()
    counter = pw.CharField(null=True)  # the counter that posted it (migration 26)


class PaymentOut(BaseModel):
    """Money paid out: a refund to a customer ('refund'), a payment to a supplier ('supplier'),
    or the payable side of a contra settlement ('contra', no money moves)."""

    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    pay_date = pw.DateField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    purpose = pw.CharField()
    amount = pw.BigIntegerField()
    mode = pw.CharField(default="")
    reference = pw.CharField(default="")
    cheque_number = pw.CharField(default="")
    cheque_bank = pw.CharField(default="")
    cheque_date = pw.DateField(null=True)
    credit_note_part = pw.BigIntegerField(default=0)  # refunds: taken from credit-note balance
    status = pw.CharField(default="posted")
    cancel_reason = pw.TextField(default="")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField()
    counter = pw.CharField(null=True)  # the counter that posted it (migration 26)


class BillAllocation(BaseModel):
    """Part of a payment out settling one purchase bill (counts while both are posted)."""

    id = pw.AutoField()
    payment = pw.ForeignKeyField(PaymentOut, column_name="payment_id")
    payment_id: int
    bill = pw.ForeignKeyField(PurchaseBill, column_name="bill_id")
    bill_id: int
    amount = pw.BigIntegerField()
    created_at = pw.DateTimeField()


class RefundUse(BaseModel):
    """The part of a receipt's advance a refund paid back (counts while the refund is posted)."""

    id = pw.AutoField()
    payment = pw.ForeignKeyField(PaymentOut, column_name="payment_id")
    payment_id: int
    receipt = pw.ForeignKeyField(Receipt, column_name="receipt_id")
    receipt_id: int
    amount = pw.BigIntegerField()
    created_at = pw.DateTimeField()


class Contra(BaseModel):
    """A contra settlement: the receivable side (a Receipt, origin 'contra') set off against the
    payable side (a PaymentOut, purpose 'contra') of the same customer."""

    id = pw.AutoField()
    number = pw.CharField(unique=True)
    fin_year = pw.CharField()
    contra_date = pw.DateField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    amount = pw.BigIntegerField()
    receipt = pw.ForeignKeyField(Receipt, column_name="receipt_id")
    receipt_id: int
    payment = pw.ForeignKeyField(PaymentOut, column_name="payment_id")
    payment_id: int
    status = pw.CharField(default="posted")
    cancel_reason = pw.TextField(default="")
    notes = pw.TextField(default="")
    created_at = pw.DateTimeField()


class PayableEntry(BaseModel):
    """One posting on the supplier side of a customer's account. Payable = SUM(credit - debit)."""

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    entry_date = pw.DateField()
    kind = pw.CharField()  # 'purchase', 'payment', 'contra', 'cancel'
    doc_type = pw.CharField()  # 'purchase_bill', 'payment_out'
    doc_id = pw.IntegerField(null=True)
    doc_number = pw.CharField(default="")
    description = pw.TextField(default="")
    debit = pw.BigIntegerField(default=0)
    credit = pw.BigIntegerField(default=0)
    created_at = pw.DateTimeField()


class Reminder(BaseModel):
    """A payment or win-back reminder sent to a customer: how (copied, WhatsApp, e-mail), in
    which language, the amount due then (paise) and the message as sent."""

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    sent_on = pw.DateField()
    kind = pw.CharField()  # 'payment' | 'win_back'
    channel = pw.CharField()  # 'copy' | 'whatsapp' | 'email'
    language = pw.CharField()  # 'en' | 'hi'
    amount_due = pw.BigIntegerField(default=0)
    message = pw.TextField()
    created_at = pw.DateTimeField()


class AgeingKept(BaseModel):
    """Which state of the books `AgeingKeptItem` was worked out from (services/ageing_today)."""

    id = pw.IntegerField(primary_key=True)
    audit_id = pw.IntegerField()
    audit_hash = pw.CharField()
    saved_at = pw.DateTimeField()


class AgeingKeptItem(BaseModel):
    """Derived, not a record: a customer's balance and one open item making up what they owe
    (`due_date` None for a customer in advance). Rebuilt whenever it may be out of date."""

    id = pw.AutoField()
    customer = pw.ForeignKeyField(Customer, column_name="customer_id")
    customer_id: int
    balance = pw.BigIntegerField()
    due_date = pw.DateField(null=True)
    amount = pw.BigIntegerField(default=0)


class DocumentParty(BaseModel):
    """Both parties of a posted document as issued (`domain.document_parties`; migration 10).

    One table for every document type, keyed by (doc_type, doc_id) as the ledger and the audit
    log name documents, rather than the same dozen columns on six document tables: one writer,
    one reader, and `check` finds a document without its snapshot with one anti-join."""

    doc_type = pw.CharField()  # 'sales_doc', 'receipt', 'sale_order', 'payment_out', ...
    doc_id = pw.IntegerField()
    party_name = pw.CharField()
    billing_address = pw.TextField(default="")
    shipping_address = pw.TextField(default="")
    phone = pw.CharField(default="")
    gstin = pw.CharField(default="")
    state_code = pw.CharField(default="")
    state_name = pw.CharField(default="")
    place_of_supply = pw.CharField(default="")
    place_name = pw.CharField(default="")
    shipping_state_code = pw.CharField(default="")
    composition = pw.BooleanField(default=False)  # the buyer was a composition dealer (mig. 16)
    # delivered to a third party on the buyer's direction, s.10(1)(b) IGST Act (migration 17)
    third_party_delivery = pw.BooleanField(default=False)
    shop_name = pw.CharField()
    shop_address = pw.TextField(default="")
    shop_city = pw.CharField(default="")
    shop_pin_code = pw.CharField(default="")
    shop_phone = pw.CharField(default="")
    shop_email = pw.CharField(default="")
    shop_gstin = pw.CharField(default="")
    shop_state_code = pw.CharField(default="")
    shop_state_name = pw.CharField(default="")
    taken_at = pw.DateTimeField()

    class Meta:
        primary_key = pw.CompositeKey("doc_type", "doc_id")


class Draft(BaseModel):
    """A form's half-typed content (migration 22), saved while typed so a power cut loses
    nothing; not a record of the books: no audit row, not read by `check`."""

    kind = pw.CharField(primary_key=True)  # 'invoice', 'order', 'receipt', ...
    summary = pw.CharField(default="")  # "an invoice for Asha Verma (2 lines)"
    payload = pw.TextField()  # JSON: the form's fields as typed
    updated_at = pw.DateTimeField()


BOOK_MODELS: list[type[BaseModel]] = [
    LedgerEntry,
    CustomerNote,
    GstRate,
    Item,
    ItemTypePrice,
    StockMove,
    Receipt,
    ReceiptAdvanceTax,
    SaleOrder,
    SaleOrderLine,
    SalesDoc,
    SalesDocLine,
    Allocation,
    LoyaltyMove,
    PurchaseBill,
    PaymentOut,
    BillAllocation,
    RefundUse,
    Contra,
    PayableEntry,
    Reminder,
    AgeingKept,
    AgeingKeptItem,
    DocumentParty,
    Draft,
]
