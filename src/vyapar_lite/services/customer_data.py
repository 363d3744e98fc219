"""Everything the shop holds on one customer, for a customer who asks for their data.

One table per kind of record, read with plain SQL so nothing the file holds on them is left out
when new columns arrive: the customer's own row, ledger, notes, invoices and notes with their
lines, receipts and what they settled, orders, loyalty points, the supplier side (bills,
payments, payable ledger, contra), the reminders sent to them and the audit log's entries
about them.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer
from vyapar_lite.domain.errors import FieldError, ValidationError

# (sheet title, SQL with one "?" for the customer's id)
TABLES: tuple[tuple[str, str], ...] = (
    ("Customer", "SELECT * FROM customer WHERE id = ?"),
    ("Ledger", "SELECT * FROM ledger_entry WHERE customer_id = ? ORDER BY entry_date, id"),
    ("Notes", "SELECT * FROM customer_note WHERE customer_id = ? ORDER BY entry_date, id"),
    ("Sales documents", "SELECT * FROM sales_doc WHERE customer_id = ? ORDER BY doc_date, id"),
    (
        "Document lines",
        """SELECT d.number AS document, l.* FROM sales_doc_line l
           JOIN sales_doc d ON d.id = l.doc_id WHERE d.customer_id = ? ORDER BY d.id, l.line_no""",
    ),
    ("Receipts", "SELECT * FROM receipt WHERE customer_id = ? ORDER BY receipt_date, id"),
    (
        "Allocations",
        """SELECT r.number AS receipt, d.number AS document, a.amount, a.created_at
           FROM allocation a JOIN receipt r ON r.id = a.receipt_id
           JOIN sales_doc d ON d.id = a.doc_id WHERE r.customer_id = ? ORDER BY a.id""",
    ),
    ("Sale orders", "SELECT * FROM sale_order WHERE customer_id = ? ORDER BY order_date, id"),
    (
        "Order lines",
        """SELECT o.number AS sale_order, l.* FROM sale_order_line l
           JOIN sale_order o ON o.id = l.order_id
           WHERE o.customer_id = ? ORDER BY o.id, l.line_no""",
    ),
    ("Loyalty points", "SELECT * FROM loyalty_move WHERE customer_id = ? ORDER BY move_date, id"),
    ("Purchase bills", "SELECT * FROM purchase_bill WHERE customer_id = ? ORDER BY bill_date, id"),
    ("Payments to them", "SELECT * FROM payment_out WHERE customer_id = ? ORDER BY pay_date, id"),
    ("Payable ledger", "SELECT * FROM payable_entry WHERE customer_id = ? ORDER BY entry_date, id"),
    ("Contra", "SELECT * FROM contra WHERE customer_id = ? ORDER BY contra_date, id"),
    ("Reminders", "SELECT * FROM reminder WHERE customer_id = ? ORDER BY sent_on, id"),
    (
        "Changes (audit log)",
        """SELECT id, at, action, record_type, record_id, record_label, before_json, after_json,
                  note FROM audit_entry WHERE customer_id = ? ORDER BY id""",
    ),
)


@dataclass(frozen=True)
class DataTable:
    title: str
    columns: tuple[str, ...]
    rows: list[tuple[Any, ...]]


@dataclass(frozen=True)
class CustomerData:
    code: str
    name: str
    tables: list[DataTable]

    @property
    def records(self) -> int:
        return sum(len(t.rows) for t in self.tables)


def customer_data(code: str) -> CustomerData:
    """Every record about the customer with `code` (ValidationError if there is none)."""
    code = code.strip().upper()
    customer = Customer.get_or_none(Customer.code == code)
    if customer is None:
        raise ValidationError(FieldError("code", f"There is no customer with code {code}"))
    return CustomerData(str(customer.code), str(customer.name), list(_tables(int(customer.id))))


def _tables(customer_id: int) -> Iterator[DataTable]:
    for title, sql in TABLES:
        cursor = database.execute_sql(sql, (customer_id,))
        columns = tuple(str(c[0]) for c in cursor.description)
        yield DataTable(title, columns, [tuple(row) for row in cursor.fetchall()])
