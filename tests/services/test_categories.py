"""Customer categories: listed with counts, unique in any case, renamed, deactivated, audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import make_customer
from vyapar_lite.db.models import AuditEntry, CustomerCategory
from vyapar_lite.domain.customer import CustomerDetails
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import categories, customer_list, customers
from vyapar_lite.services.categories import Category


def _audit(record_type: str = "customer_category") -> list[tuple[str, str]]:
    rows = AuditEntry.select().where(AuditEntry.record_type == record_type).order_by(AuditEntry.id)
    return [(r.action, r.record_label) for r in rows]


def test_a_new_shop_has_no_categories(shop_file: Path) -> None:
    assert categories.list_categories(include_inactive=True) == []


def test_add_and_list_with_customer_counts(shop_file: Path) -> None:
    assert categories.add_category("  Kirana   stores ") == Category("Kirana stores", True, 0)
    categories.add_category("school")
    make_customer("Asha", category="School")  # same name in another case: the same category
    make_customer("Ravi", category="school")
    customers.set_active(make_customer("Old", category="Kirana stores").code, False)

    assert categories.list_categories() == [
        Category("Kirana stores", True, 1),  # inactive customers count too
        Category("school", True, 2),
    ]
    assert CustomerCategory.select().count() == 2
    assert _audit() == [("create", "Kirana stores"), ("create", "school")]


def test_names_are_unique_whatever_their_case(shop_file: Path) -> None:
    categories.add_category("Kirana")
    for name in ("kirana", " KIRANA ", "Kirana"):
        with pytest.raises(ValidationError) as exc:
            categories.add_category(name)
        assert exc.value.for_field("name") == "There is already a category called Kirana"
    assert len(categories.list_categories()) == 1


@pytest.mark.parametrize(
    ("name", "message"), [("", "Enter the category's name"), ("x" * 101, "At most 100 characters")]
)
def test_bad_names_are_refused(shop_file: Path, name: str, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        categories.add_category(name)
    assert exc.value.for_field("name") == message
    assert categories.list_categories(include_inactive=True) == []
    assert _audit() == []


def test_rename_keeps_the_customers(shop_file: Path) -> None:
    code = make_customer("Asha", category="Kirana").code

    renamed = categories.rename_category("kirana", "Kirana & General")

    assert renamed == Category("Kirana & General", True, 1)
    assert customers.get_customer(code).details.category == "Kirana & General"
    [row] = customer_list.page(customer_list.CustomerFilter(category="Kirana & General"))
    assert row.code == code
    assert _audit()[-1] == ("update", "Kirana & General")
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert json.loads(last.before_json) == {"name": "Kirana"}


def test_rename_to_another_categorys_name_is_refused(shop_file: Path) -> None:
    categories.add_category("Kirana")
    categories.add_category("School")
    with pytest.raises(ValidationError, match="already a category called School"):
        categories.rename_category("Kirana", "SCHOOL")
    with pytest.raises(ValidationError, match="no category called Hotels"):
        categories.rename_category("Hotels", "Restaurants")


def test_rename_can_change_only_the_case(shop_file: Path) -> None:
    categories.add_category("kirana")
    assert categories.rename_category("Kirana", "Kirana").name == "Kirana"
    assert categories.rename_category("Kirana", "Kirana").name == "Kirana"  # no change
    assert [a for a, _ in _audit()] == ["create", "update"]


def test_deactivated_categories_leave_the_form_but_stay_on_customers(shop_file: Path) -> None:
    code = make_customer("Asha", category="Kirana").code
    categories.add_category("School")

    assert categories.set_category_active("KIRANA", False) == Category("Kirana", False, 1)

    assert [c.name for c in categories.list_categories()] == ["School"]
    assert [c.name for c in categories.list_categories(include_inactive=True)] == [
        "Kirana",
        "School",
    ]
    assert customers.categories() == ["School"]
    assert customers.get_customer(code).details.category == "Kirana"
    categories.set_category_active("Kirana", False)  # already inactive: nothing to record
    categories.set_category_active("Kirana", True)
    assert customers.categories() == ["Kirana", "School"]
    assert _audit() == [
        ("create", "Kirana"),
        ("create", "School"),
        ("deactivate", "Kirana"),
        ("reactivate", "Kirana"),
    ]


def test_a_category_typed_on_the_customer_form_is_created_and_audited(shop_file: Path) -> None:
    make_customer("Asha", category="Hotels")

    [(action, label)] = _audit()
    assert (action, label) == ("create", "Hotels")
    row = AuditEntry.get(AuditEntry.record_type == "customer_category")
    assert row.note == "typed in on a customer's form"

    # Reusing it (any case) on another customer, or on an edit, records nothing more.
    code = make_customer("Ravi", category="HOTELS").code
    details = customers.get_customer(code).details
    customers.update_customer(code, CustomerDetails(**{**details.__dict__, "phone": "9822000001"}))
    assert len(_audit()) == 1
    assert customers.get_customer(code).details.category == "Hotels"


def test_a_too_long_category_on_the_form_is_refused(shop_file: Path) -> None:
    with pytest.raises(ValidationError) as exc:
        make_customer("Asha", category="x" * 101)
    assert exc.value.for_field("category") == "At most 100 characters"
    assert categories.list_categories(include_inactive=True) == []
