"""Payments: the one module the payment screens import (see /tmp/payments_api.md).

Receipts and write-offs (`receipts`, `receipt_views`), cheques and the PDC register (`cheques`,
`payment_settings`), refunds and payments to suppliers (`payments_out`), purchase bills
(`purchases`), both sides of an account (`supplier_side`) and contra settlement (`contra`).
"""

from __future__ import annotations

from vyapar_lite.services.cheques import (
    BounceResult,
    PdcRow,
    mark_bounced,
    mark_cleared,
    mark_deposited,
    pdc_register,
)
from vyapar_lite.services.contra import (
    ContraPreview,
    ContraView,
    cancel_contra,
    get_contra,
    post_contra,
    preview_contra,
)
from vyapar_lite.services.payment_lists import recent_bills, recent_payments
from vyapar_lite.services.payment_settings import (
    ChequeSettings,
    cheque_settings,
    save_cheque_settings,
)
from vyapar_lite.services.payments_out import (
    PaymentSummary,
    PaymentView,
    Refundable,
    RefundDraft,
    SupplierPaymentDraft,
    cancel_payment,
    customer_payments,
    get_payment,
    next_payment_number,
    reallocate_payment,
    record_refund,
    record_supplier_payment,
    refundable,
)
from vyapar_lite.services.purchases import (
    BillDraft,
    BillView,
    cancel_bill,
    customer_bills,
    get_bill,
    open_bills,
    record_bill,
)
from vyapar_lite.services.receipt_views import (
    ChequeDetails,
    OpenDocument,
    ReceiptSummary,
    ReceiptView,
    SettledLine,
    advance_available,
    auto_allocate,
    customer_receipts,
    get_receipt,
    next_receipt_number,
    open_invoices,
    recent_receipts,
)
from vyapar_lite.services.receipts import (
    ReceiptDraft,
    ReceiptPreview,
    apply_advance,
    cancel_receipt,
    preview_receipt,
    reallocate,
    record_receipt,
    write_off,
)
from vyapar_lite.services.sales_postings import MODE_LABELS, PAYMENT_MODES
from vyapar_lite.services.supplier_side import (
    AccountSides,
    PayableLine,
    account_sides,
    payable_ledger,
)

CHEQUE_STATUSES = ("received", "deposited", "cleared", "bounced")
RECEIPT_STATUSES = ("posted", "pending", "cancelled", "bounced")

__all__ = [
    "CHEQUE_STATUSES",
    "MODE_LABELS",
    "PAYMENT_MODES",
    "RECEIPT_STATUSES",
    "AccountSides",
    "BillDraft",
    "BillView",
    "BounceResult",
    "ChequeDetails",
    "ChequeSettings",
    "ContraPreview",
    "ContraView",
    "OpenDocument",
    "PayableLine",
    "PaymentSummary",
    "PaymentView",
    "PdcRow",
    "ReceiptDraft",
    "ReceiptPreview",
    "ReceiptSummary",
    "ReceiptView",
    "RefundDraft",
    "Refundable",
    "SettledLine",
    "SupplierPaymentDraft",
    "account_sides",
    "advance_available",
    "apply_advance",
    "auto_allocate",
    "cancel_bill",
    "cancel_contra",
    "cancel_payment",
    "cancel_receipt",
    "cheque_settings",
    "customer_bills",
    "customer_payments",
    "customer_receipts",
    "get_bill",
    "get_contra",
    "get_payment",
    "get_receipt",
    "mark_bounced",
    "mark_cleared",
    "mark_deposited",
    "next_payment_number",
    "next_receipt_number",
    "open_bills",
    "open_invoices",
    "payable_ledger",
    "pdc_register",
    "post_contra",
    "preview_contra",
    "preview_receipt",
    "reallocate",
    "reallocate_payment",
    "recent_bills",
    "recent_payments",
    "recent_receipts",
    "record_bill",
    "record_receipt",
    "record_refund",
    "record_supplier_payment",
    "refundable",
    "save_cheque_settings",
    "write_off",
]
