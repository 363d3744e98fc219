"""What a statement line says of its document beyond the ledger row: an invoice or receipt
cancelled, a cheque bounced, a receipt's mode and reference, the invoice a note is against.

Read for a run of a statement's lines in a few small queries keyed by document id, instead of
joining three tables to every ledger row (issue 21, third pass: benchmarks/README.md).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import Receipt, SalesDoc
from vyapar_lite.services import entry_words
from vyapar_lite.services.report_rows import rows_of

_AGAINST = SalesDoc.alias("against_doc")


class DocumentFacts:
    """What the lines of a run of ledger rows say of their documents:

    - a receipt's status (cancelled, bounced), mode and UPI/cheque reference: one range of the
      customer's receipts by id, read from an index (`_receipts`);
    - whether an invoice was cancelled: the customer's cancelled documents, one read of the index
      on (customer, status) (`CancelledInvoices`). Every posting writes a document's entries to
      its own customer's ledger (`sales.post_invoice`, `sales_cancel`, the history import);
    - for the other documents' lines (notes, debit memos, opening bills: few), their status and
      the invoice a note is against, by id. Only invoices are cancelled (`sales_cancel`) and an
      invoice is against nothing (`transaction_sheet` refuses one), so an invoice's own line and
      every reversal need neither.
    """

    def __init__(
        self,
        invoices_cancelled: frozenset[int],
        others_cancelled: set[int],
        receipts: dict[int, tuple[str, str, str, str]],
        against: dict[int, str],
    ) -> None:
        self._invoices_cancelled = invoices_cancelled
        self._others_cancelled = others_cancelled
        self._receipts = receipts
        self._against = against

    @classmethod
    def of(
        cls,
        customer_id: int,
        rows: Sequence[tuple[Any, ...]],
        invoices: CancelledInvoices | None = None,
    ) -> DocumentFacts:
        """The facts for `rows`, ledger rows as (entry_date, kind, doc_type, doc_id, ...);
        `invoices`: the customer's cancelled invoices, read once for an export's batches."""
        receipt_ids: set[int] = set()
        other_docs: set[int] = set()
        any_invoice = False
        for row in rows:  # one pass: a statement can have a million lines
            doc_type = row[2]
            if doc_type == "receipt":
                receipt_ids.add(row[3])
            elif doc_type == "sales_doc":
                if row[1] == "invoice":
                    any_invoice = True
                elif row[1] != "cancel":
                    other_docs.add(row[3])
        receipt_ids.discard(None)  # a row without its document id
        other_docs.discard(None)
        invoices_cancelled: frozenset[int] = frozenset()
        if any_invoice:
            invoices_cancelled = (invoices or CancelledInvoices(customer_id)).ids()
        others_cancelled: set[int] = set()
        against: dict[int, str] = {}
        if other_docs:
            docs = SalesDoc.select(SalesDoc.id, SalesDoc.status, _AGAINST.number).join(
                _AGAINST, pw.JOIN.LEFT_OUTER, on=(_AGAINST.id == SalesDoc.against)
            )
            for doc_id, status, number in _by_id(docs, SalesDoc.id, other_docs):
                if status == "cancelled":
                    others_cancelled.add(doc_id)
                if number:
                    against[doc_id] = number
        receipts = _receipts(customer_id, receipt_ids) if receipt_ids else {}
        return cls(invoices_cancelled, others_cancelled, receipts, against)

    def cancelled(self, doc_type: str, doc_id: int | None) -> bool:
        if doc_type == "sales_doc":
            return doc_id in self._invoices_cancelled or doc_id in self._others_cancelled
        return self._receipt_status(doc_type, doc_id) == "cancelled"

    def bounced(self, doc_type: str, doc_id: int | None) -> bool:
        return self._receipt_status(doc_type, doc_id) == "bounced"

    def reference(self, doc_type: str, doc_id: int | None) -> str:
        """A receipt's mode and reference; for a note, the invoice it is against."""
        if doc_id is None:
            return ""
        if doc_type == "receipt":
            facts = self._receipts.get(doc_id)
            if facts is None or not facts[1]:
                return ""
            _, mode, reference, cheque = facts
            return entry_words.paid_by(mode, reference or cheque)
        against = self._against.get(doc_id) if doc_type == "sales_doc" else None
        return entry_words.against(against) if against else ""

    def _receipt_status(self, doc_type: str, doc_id: int | None) -> str:
        if doc_type != "receipt" or doc_id is None:
            return ""
        facts = self._receipts.get(doc_id)
        return facts[0] if facts is not None else ""


class CancelledInvoices:
    """A customer's cancelled documents (index `sales_doc_sales`: customer, status), read when
    first asked for."""

    def __init__(self, customer_id: int) -> None:
        self._customer_id = customer_id
        self._ids: frozenset[int] | None = None

    def ids(self) -> frozenset[int]:
        if self._ids is None:
            mine = SalesDoc.select(SalesDoc.id).where(
                (SalesDoc.customer == self._customer_id) & (SalesDoc.status == "cancelled")
            )
            self._ids = frozenset(int(i) for (i,) in rows_of(mine))
        return self._ids


def _receipts(customer_id: int, ids: set[int]) -> dict[int, tuple[str, str, str, str]]:
    """id -> (status, mode, reference, cheque number) of the receipts `ids`: the customer's
    receipts from the lowest id to the highest, read from the index `receipt_statement` alone
    (migration 30), then any of `ids` not among them (a receipt of another customer's: none
    posted so) looked up by id."""
    columns = (Receipt.id, Receipt.status, Receipt.mode, Receipt.reference, Receipt.cheque_number)
    mine = Receipt.select(*columns).where(
        (Receipt.customer == customer_id) & Receipt.id.between(min(ids), max(ids))
    )
    found = {r[0]: r[1:] for r in rows_of(mine)}
    if missing := ids.difference(found):
        found.update((r[0], r[1:]) for r in _by_id(Receipt.select(*columns), Receipt.id, missing))
    return found


_IDS = 500  # ids per `IN (...)`: well under any store's limit on parameters


def _by_id(query: Any, id_column: Any, ids: set[int]) -> Iterator[tuple[Any, ...]]:
    """`query`'s rows for the documents `ids`, _IDS at a time. The SQL is made once with _IDS
    placeholders (a short last chunk repeats its last id): peewee takes longer to make the SQL of
    a long `IN` list of values than the store takes to run it."""
    sql, params = query.where(id_column.in_([pw.SQL("?")] * _IDS)).sql()
    ordered = sorted(ids)
    for start in range(0, len(ordered), _IDS):
        chunk = ordered[start : start + _IDS]
        chunk += [chunk[-1]] * (_IDS - len(chunk))
        yield from database.execute_sql(sql, [*params, *chunk]).fetchall()
