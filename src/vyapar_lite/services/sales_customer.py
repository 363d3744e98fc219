"""Who a sale is made to: an active customer, their balance now, and what their credit limit says
about a sale that leaves `unpaid` owing (`domain.invoice.check_credit`)."""

from __future__ import annotations

from vyapar_lite.db import database, ready
from vyapar_lite.db.models import Customer
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.invoice import CreditCheck, check_credit


def active_customer(code: str) -> Customer:
    """The customer to sell to: it must exist and be active."""
    code = code.strip().upper()
    if not code:
        raise ValidationError(FieldError("customer", "Choose a customer (CASH for a walk-in sale)"))
    row = ready.row_where(Customer, "code", code)
    if row is None:
        raise ValidationError(FieldError("customer", f"There is no customer with code {code}"))
    if not row.is_active:
        raise ValidationError(
            FieldError(
                "customer", f"{row.code} {row.name} is deactivated; reactivate them to sell to them"
            )
        )
    return row


def balance(customer_id: int) -> int:
    # SUM(debit - credit) of the customer's entries, as text once (every post reads it: issue 18)
    row = database.execute_sql(
        'SELECT COALESCE(SUM("debit" - "credit"), 0) FROM "ledger_entry" WHERE "customer_id" = ?',
        (customer_id,),
    ).fetchone()
    return int(row[0])


def credit_check(customer: Customer, unpaid: int, balance_now: int) -> CreditCheck:
    """An order's advance was credited when taken, so it is already in `balance_now`: `unpaid`
    is the grand total less what is received now. A walk-in has no credit to check."""
    if customer.is_cash:
        return CreditCheck(0, False, "")
    return check_credit(
        balance=balance_now,
        unpaid=unpaid,
        credit_limit=customer.credit_limit,
        check_limit=customer.check_credit_limit,
        stop_sales=customer.stop_sales,
    )
