"""Sales documents that are not GST documents, and the condition that keeps them out of GST figures.

Two kinds of `sales_doc` row move a customer's balance without being a supply or a change to one:

- a **debit memo** (`note_reason` 'bounce', numbered `DM/...`): the bank's charge for a customer's
  bounced cheque, passed on to them. Cheque dishonour charges are not consideration for a supply
  (CBIC Circular 178/10/2022-GST, para 7.1.3), so no GST invoice or GST debit note is issued;
- a **financial credit note** (`note_reason` 'financial', numbered `FCN/...`): a credit given
  after the time limit of s.34(2) CGST Act (30 November after the financial year of the supply),
  or by choice, without GST: it reduces what the customer owes, never the output tax.

They stay `debit_note` / `credit_note` rows so the customer's ledger, statement, outstanding and
ageing count them like any note; the sales register, the dashboard's sales and the returns leave
them out with `gst_documents()` (peewee) or `SQL_GST_DOCUMENT` (raw SQL, `d` the sales_doc).
"""

from __future__ import annotations

from typing import Any

from vyapar_lite.db.models import SalesDoc

MEMO = "bounce"
FINANCIAL = "financial"
NON_GST_REASONS = (MEMO, FINANCIAL)
SQL_GST_DOCUMENT = "d.note_reason NOT IN ('bounce', 'financial')"


def gst_documents(model: Any = SalesDoc) -> Any:
    """The peewee condition: `model` (SalesDoc or an alias of it) is a GST document."""
    return model.note_reason.not_in(NON_GST_REASONS)


def is_gst_document(note_reason: str) -> bool:
    return note_reason not in NON_GST_REASONS
