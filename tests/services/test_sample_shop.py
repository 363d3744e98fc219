"""The sample shop: fixed data that obeys every rule, and never poured into a real shop."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_customer
from vyapar_lite.db.models import AuditEntry, Customer, LedgerEntry
from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.shop import clean_shop_profile
from vyapar_lite.services import customers, health, sample_shop, shop

PEOPLE = sample_shop._PEOPLE


def _signed_opening(amount: int, side: str) -> int:
    return amount if side == "R" else -amount


def test_the_sample_shop_fills_an_empty_file(data_file: Path) -> None:
    made = sample_shop.fill_sample_shop()

    assert made == len(PEOPLE) == 25
    assert shop.get_profile() == sample_shop.SHOP
    codes = [c.code for c in Customer.select().order_by(Customer.id)]
    assert codes == ["CASH", *(f"C{n:04d}" for n in range(1, 26))]
    names = [customers.get_customer(f"C{n:04d}").details.name for n in range(1, 26)]
    assert names == [p[0] for p in PEOPLE]
    assert customers.get_customer("CASH").is_cash
    assert health.check().ok


def test_every_sample_gstin_is_valid_and_matches_its_state(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    with_gstin = Customer.select().where(Customer.gstin != "")
    assert with_gstin.count() == sum(1 for p in PEOPLE if p[7])
    for row in with_gstin:
        assert gst.validate_gstin(row.gstin) == row.gstin
        assert row.gstin[:2] == row.state_code, row.name
        assert row.gstin[2:12] == row.pan, row.name
    assert gst.validate_gstin(sample_shop.SHOP.gstin) == sample_shop.SHOP.gstin


def test_sample_balances_equal_their_ledger_entries(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    for row in Customer.select():
        entries = LedgerEntry.select().where(LedgerEntry.customer == row.id)
        from_entries = sum(e.debit - e.credit for e in entries)
        assert customers.get_customer(row.code).balance == from_entries, row.code
    expected = {f"C{n:04d}": _signed_opening(p[8], p[9]) for n, p in enumerate(PEOPLE, start=1)}
    openings = LedgerEntry.select().where(LedgerEntry.kind == "opening")
    by_code = {e.customer.code: e.debit - e.credit for e in openings}
    assert by_code == {code: amount for code, amount in expected.items() if amount}
    assert openings.count() == sum(1 for p in PEOPLE if p[8])


def test_every_sample_customer_is_audited(data_file: Path) -> None:
    sample_shop.fill_sample_shop()

    created = AuditEntry.select().where(
        (AuditEntry.record_type == "customer") & (AuditEntry.action == "create")
    )
    assert created.count() == len(PEOPLE) + 1  # and CASH, from the migration
    assert AuditEntry.select().where(AuditEntry.record_type == "shop").count() == 1


def test_running_twice_is_refused(data_file: Path) -> None:
    sample_shop.fill_sample_shop()
    counts = (Customer.select().count(), LedgerEntry.select().count(), AuditEntry.select().count())

    with pytest.raises(ValidationError) as caught:
        sample_shop.fill_sample_shop()

    assert caught.value.for_field("file") is not None
    after = (Customer.select().count(), LedgerEntry.select().count(), AuditEntry.select().count())
    assert after == counts


def test_a_real_shop_profile_is_never_overwritten(shop_file: Path) -> None:
    real = shop.get_profile()
    assert real is not None and real != sample_shop.SHOP

    with pytest.raises(ValidationError, match="new, empty file"):
        sample_shop.fill_sample_shop()

    assert shop.get_profile() == real
    assert Customer.select().count() == 1


def test_a_file_with_customers_but_no_profile_is_refused(data_file: Path) -> None:
    make_customer("Real Customer")

    with pytest.raises(ValidationError, match="new, empty file"):
        sample_shop.fill_sample_shop()

    assert shop.get_profile() is None
    assert Customer.select().count() == 2


def test_the_sample_profile_is_already_clean() -> None:
    assert clean_shop_profile(sample_shop.SHOP) == sample_shop.SHOP
