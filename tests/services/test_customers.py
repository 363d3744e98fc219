"""Customer accounts: codes, the CASH customer, audited edits, duplicates and opening balances."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime
from pathlib import Path

import peewee
import pytest

from factories import make_customer
from vyapar_lite.db import database
from vyapar_lite.db.models import AuditEntry, Customer, LedgerEntry
from vyapar_lite.domain.customer import CustomerDetails, OpeningBalance, OpeningKind
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import audit, customers, sequences

GSTIN_27 = "27AAPFU0939F1ZV"  # Maharashtra, PAN AAPFU0939F


def _customer_count() -> int:
    return Customer.select().count()


def _audit_count() -> int:
    return AuditEntry.select().count()


def _id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)


def _field_message(exc: pytest.ExceptionInfo[ValidationError], field: str) -> str:
    message = exc.value.for_field(field)
    assert message is not None, exc.value.errors
    return message


# --- codes --------------------------------------------------------------------------------------


def test_codes_come_from_the_series(shop_file: Path) -> None:
    first = make_customer("Asha Verma")
    second = make_customer("Ravi Kumar")

    assert (first.code, second.code) == ("C0001", "C0002")
    assert sequences.peek("customer") == ("C", 3, 4)
    assert customers.get_customer("c0002").details.name == "Ravi Kumar"


def test_a_typed_code_is_kept_and_the_series_skips_it(shop_file: Path) -> None:
    typed = make_customer("Typed", code=" c0002 ")
    first = make_customer("First")
    third = make_customer("Third")

    assert typed.code == "C0002"
    assert (first.code, third.code) == ("C0001", "C0003")
    assert sequences.peek("customer") == ("C", 4, 4)


def test_a_duplicate_code_is_refused(shop_file: Path) -> None:
    make_customer("Original", code="VIP-1")
    count, audits = _customer_count(), _audit_count()

    with pytest.raises(ValidationError) as caught:
        make_customer("Copy", code="vip-1")

    assert _field_message(caught, "code") == "Code VIP-1 is already used"
    assert (_customer_count(), _audit_count()) == (count, audits)


@pytest.mark.parametrize("code", ["CASH", " cash "])
def test_the_cash_code_is_refused(shop_file: Path, code: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make_customer("Another walk-in", code=code)

    assert "walk-in" in _field_message(caught, "code")
    assert _customer_count() == 1


def test_a_bad_code_is_refused(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        make_customer("Spaces", code="A B")

    assert "1-20 letters" in _field_message(caught, "code")


# --- the CASH customer --------------------------------------------------------------------------


def test_cash_customer_exists_and_cannot_be_deactivated(shop_file: Path) -> None:
    cash = customers.get_customer("CASH")
    assert cash.is_cash and cash.is_active
    audits = _audit_count()

    with pytest.raises(ValidationError) as caught:
        customers.set_active("CASH", False, reason="tidy up")

    assert "stays active" in _field_message(caught, "is_active")
    assert customers.get_customer("CASH").is_active
    assert _audit_count() == audits


@pytest.mark.parametrize(
    "changes",
    [{"credit_limit": 500000}, {"check_credit_limit": True}, {"payment_terms_days": 15}],
    ids=["credit-limit", "check-credit", "terms"],
)
def test_cash_customer_cannot_be_given_credit(shop_file: Path, changes: dict[str, object]) -> None:
    cash = customers.get_customer("CASH")
    audits = _audit_count()

    with pytest.raises(ValidationError) as caught:
        customers.update_customer("CASH", dataclasses.replace(cash.details, **changes))

    assert "no credit" in _field_message(caught, "credit_limit")
    assert customers.get_customer("CASH") == cash
    assert _audit_count() == audits


def test_cash_customer_has_no_opening_balance(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught, database.atomic():
        customers.post_opening(
            Customer.get(Customer.code == "CASH"),
            OpeningBalance(1000, OpeningKind.RECEIVABLE, date(2026, 4, 1)),
        )

    assert _field_message(caught, "opening_amount")
    assert LedgerEntry.select().count() == 0


def test_cash_customer_details_can_be_edited(shop_file: Path) -> None:
    cash = customers.get_customer("CASH")

    updated = customers.update_customer(
        "CASH", dataclasses.replace(cash.details, name="Walk-in customer")
    )

    assert updated.details.name == "Walk-in customer"
    assert updated.code == "CASH"


# --- deactivate, reactivate, update ------------------------------------------------------------


def test_deactivate_and_reactivate_are_audited_with_the_reason(shop_file: Path) -> None:
    customer = make_customer("Leaving Soon")

    off = customers.set_active(customer.code, False, reason="Moved to Nashik")
    again = customers.set_active(customer.code, False, reason="twice")  # no change, no row
    on = customers.set_active(customer.code, True, reason="Came back")

    assert (off.is_active, again.is_active, on.is_active) == (False, False, True)
    reactivate, deactivate, create = audit.history("customer", _id(customer.code))
    assert create.action == "create"
    assert (deactivate.action, deactivate.note) == ("deactivate", "Moved to Nashik")
    assert (deactivate.before, deactivate.after) == ({"is_active": True}, {"is_active": False})
    assert (reactivate.action, reactivate.note) == ("reactivate", "Came back")
    assert (reactivate.before, reactivate.after) == ({"is_active": False}, {"is_active": True})
    assert Customer.get(Customer.code == customer.code).is_active


def test_unknown_code_is_a_validation_error(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        customers.set_active("C9999", False)

    assert _field_message(caught, "code") == "There is no customer with code C9999"


def test_update_audits_only_the_changed_fields(shop_file: Path) -> None:
    customer = make_customer("Asha Verma", city="Pune", billing_address="12 MG Road")

    updated = customers.update_customer(
        customer.code,
        dataclasses.replace(customer.details, city="Mumbai", email="asha@example.in"),
    )

    assert (updated.details.city, updated.details.email) == ("Mumbai", "asha@example.in")
    change = audit.history("customer", _id(customer.code))[0]
    assert change.action == "update"
    assert change.record_label == customer.code
    assert change.before == {"city": "Pune", "email": ""}
    assert change.after == {"city": "Mumbai", "email": "asha@example.in"}


def test_an_unchanged_update_writes_nothing(shop_file: Path) -> None:
    customer = make_customer("Asha Verma", city="Pune")
    updated_at = Customer.get(Customer.code == customer.code).updated_at
    audits = _audit_count()

    customers.update_customer(customer.code, dataclasses.replace(customer.details, city=" Pune "))

    assert _audit_count() == audits
    assert Customer.get(Customer.code == customer.code).updated_at == updated_at


def test_the_code_cannot_change(shop_file: Path) -> None:
    customer = make_customer("Asha Verma")

    with pytest.raises(ValidationError) as caught:
        customers.update_customer(
            customer.code, dataclasses.replace(customer.details, code="NEW1", city="Goa")
        )

    assert _field_message(caught, "code") == "A customer's code cannot be changed"
    assert customers.get_customer(customer.code).details.city == ""
    assert not Customer.select().where(Customer.code == "NEW1").exists()


def test_a_blank_code_in_an_update_keeps_the_code(shop_file: Path) -> None:
    customer = make_customer("Asha Verma")

    updated = customers.update_customer(
        customer.code, dataclasses.replace(customer.details, code="", city="Goa")
    )

    assert updated.code == customer.code
    assert updated.details.city == "Goa"


# --- possible duplicates ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "first", "typed", "label"),
    [
        ("phone", "9876543210", "+91 98765 43210", "phone number"),
        ("email", "asha@example.in", " asha@example.in ", "e-mail"),
        ("gstin", GSTIN_27, GSTIN_27.lower(), "GSTIN"),
    ],
)
def test_a_possible_duplicate_needs_confirmation(
    shop_file: Path, field: str, first: str, typed: str, label: str
) -> None:
    extra = {"state_code": "27"} if field == "gstin" else {}
    original = make_customer("Asha Verma", **{field: first}, **extra)
    count = _customer_count()
    details = CustomerDetails(name="Asha V.", **{field: typed}, **extra)  # type: ignore[arg-type]

    with pytest.raises(customers.DuplicateCustomer) as caught:
        customers.create_customer(details)

    assert caught.value.matches == [customers.PossibleDuplicate(original.code, "Asha Verma", field)]
    assert str(caught.value) == f"{original.code} Asha Verma has the same {label}"
    assert _customer_count() == count

    confirmed = customers.create_customer(details, confirmed=True)

    assert confirmed.code != original.code
    assert getattr(confirmed.details, field) == first
    assert _customer_count() == count + 1


def test_updating_to_another_customers_phone_needs_confirmation(shop_file: Path) -> None:
    asha = make_customer("Asha", phone="9876543210")
    ravi = make_customer("Ravi", phone="9876500000")

    customers.update_customer(asha.code, dataclasses.replace(asha.details, city="Pune"))  # own
    with pytest.raises(customers.DuplicateCustomer, match=f"{asha.code} Asha"):
        customers.update_customer(ravi.code, dataclasses.replace(ravi.details, phone="9876543210"))
    assert customers.get_customer(ravi.code).details.phone == "9876500000"

    customers.update_customer(
        ravi.code, dataclasses.replace(ravi.details, phone="9876543210"), confirmed=True
    )
    assert customers.get_customer(ravi.code).details.phone == "9876543210"


def test_find_duplicates_leaves_out_the_customer_being_edited(shop_file: Path) -> None:
    asha = make_customer("Asha", phone="9876543210")

    assert customers.find_duplicates(asha.details, exclude_code=asha.code) == []
    assert customers.find_duplicates(CustomerDetails(name="x", phone="9876543210")) == [
        customers.PossibleDuplicate(asha.code, "Asha", "phone")
    ]


# --- opening balances and the ledger ------------------------------------------------------------


def test_opening_receivable_is_owed_to_the_shop(shop_file: Path) -> None:
    customer = make_customer("Owes Us", opening=125050)

    assert customer.balance == 125050
    (entry,) = LedgerEntry.select().where(LedgerEntry.customer == _id(customer.code))
    assert (entry.kind, entry.debit, entry.credit) == ("opening", 125050, 0)
    assert entry.entry_date == date(2026, 4, 1)
    assert entry.description == f"Opening bill OB/{customer.code}"  # one bill: only a total
    assert entry.doc_type == "sales_doc"
    post = audit.history("sales_doc", entry.doc_id)[0]
    assert post.action == "post"
    assert post.after == {
        "opening": "bill",
        "date": "2026-04-01",
        "due_date": "2026-04-01",
        "amount": 125050,
    }


def test_opening_advance_is_negative(shop_file: Path) -> None:
    customer = make_customer("Paid Ahead", opening=20000, opening_kind=OpeningKind.ADVANCE)

    assert customer.balance == -20000
    assert customers.balance(customer.code) == -20000
    (entry,) = LedgerEntry.select().where(LedgerEntry.customer == _id(customer.code))
    assert (entry.kind, entry.debit, entry.credit) == ("opening", 0, 20000)


def test_no_opening_means_no_ledger_entry(shop_file: Path) -> None:
    customer = make_customer("New Account")

    assert customer.balance == 0
    assert LedgerEntry.select().count() == 0


def test_a_failed_opening_posting_undoes_the_customer_and_gives_the_code_back(
    shop_file: Path,
) -> None:
    audits = _audit_count()
    bad = OpeningBalance(-500, OpeningKind.RECEIVABLE, date(2026, 4, 1))  # breaks grand_total >= 0

    with pytest.raises(
        (peewee.IntegrityError, sqlite3.IntegrityError), match=r"(?i)check constraint"
    ):
        customers.create_customer(CustomerDetails(name="Half Saved"), opening=bad)

    assert not Customer.select().where(Customer.name == "Half Saved").exists()
    assert _audit_count() == audits
    assert sequences.peek("customer") == ("C", 1, 4)
    assert make_customer("Next").code == "C0001"


def test_balance_as_of_a_date(shop_file: Path) -> None:
    customer = make_customer("Dated", opening=100000)
    with database.atomic():
        LedgerEntry.create(
            customer=_id(customer.code),
            entry_date=date(2026, 5, 10),
            kind="invoice",
            debit=50000,
            created_at=datetime.now(),
        )
        LedgerEntry.create(
            customer=_id(customer.code),
            entry_date=date(2026, 6, 1),
            kind="payment",
            credit=30000,
            created_at=datetime.now(),
        )

    assert customers.balance(customer.code, as_of=date(2026, 3, 31)) == 0
    assert customers.balance(customer.code, as_of=date(2026, 4, 1)) == 100000
    assert customers.balance(customer.code, as_of=date(2026, 5, 9)) == 100000
    assert customers.balance(customer.code, as_of=date(2026, 5, 10)) == 150000
    assert customers.balance(customer.code, as_of=date(2026, 5, 31)) == 150000
    assert customers.balance(customer.code) == 120000
    assert customers.balance("CASH") == 0


# --- tax identity and validation ----------------------------------------------------------------


def test_gstin_fills_the_pan(shop_file: Path) -> None:
    customer = make_customer("GST Dealer", gstin=" 27aapfu0939f1zv", state_code="27")

    assert customer.details.gstin == GSTIN_27
    assert customer.details.pan == "AAPFU0939F"


def test_gstin_from_another_state_is_refused(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        make_customer("Wrong State", gstin=GSTIN_27, state_code="29")

    message = _field_message(caught, "gstin")
    assert "Maharashtra (27)" in message
    assert "Karnataka (29)" in message
    assert _customer_count() == 1


def test_invalid_details_save_nothing(shop_file: Path) -> None:
    audits = _audit_count()

    with pytest.raises(ValidationError) as caught:
        customers.create_customer(
            CustomerDetails(
                name="  ",
                phone="12345",
                email="not-an-email",
                pin_code="0123",
                customer_type="VIP",
                credit_limit=-1,
                payment_terms_days=400,
            ),
            opening=OpeningBalance(1000, OpeningKind.RECEIVABLE, date(2026, 4, 1)),
        )

    assert {e.field for e in caught.value.errors} == {
        "name",
        "phone",
        "email",
        "pin_code",
        "customer_type",
        "credit_limit",
        "payment_terms_days",
    }
    assert _customer_count() == 1
    assert _audit_count() == audits
    assert LedgerEntry.select().count() == 0
    assert sequences.peek("customer") == ("C", 1, 4)


def test_details_are_saved_cleaned(shop_file: Path) -> None:
    customer = customers.create_customer(
        CustomerDetails(
            name="  Priya   Deshmukh ",
            phone="098901 23402",
            billing_address=" 4 FC Road ",
            shipping_address="ignored while same as billing",
            category=" Regular  Customers ",
            credit_limit=1000000,
            check_credit_limit=True,
            payment_terms_days=30,
        )
    )

    details = customer.details
    assert details.name == "Priya Deshmukh"
    assert details.phone == "9890123402"
    assert details.billing_address == details.shipping_address == "4 FC Road"
    assert details.category == "Regular Customers"
    assert (details.credit_limit, details.check_credit_limit, details.payment_terms_days) == (
        1000000,
        True,
        30,
    )
    assert customers.categories() == ["Regular Customers"]
    assert customer.is_active and not customer.is_cash


def test_duplicate_check_compares_cleaned_values(shop_file: Path) -> None:
    from vyapar_lite.services.customers import find_duplicates

    make_customer("Asha Verma", phone="9822012345", email="asha@example.in")
    typed = CustomerDetails(name="Asha V", phone="98220 12345", email="Asha@Example.in")
    found = {(m.code, m.field) for m in find_duplicates(typed)}
    assert found == {("C0001", "phone"), ("C0001", "email")}
    with pytest.raises(customers.DuplicateCustomer):
        customers.create_customer(CustomerDetails(name="Asha V", email="ASHA@example.in"))
