"""The Audit screen's list and its Excel export: filters by date, record type and customer."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from factories import make_customer, make_item
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.exports.audit_log import export_audit_log
from vyapar_lite.services import audit_list
from vyapar_lite.services.audit_list import AuditFilter


@pytest.fixture
def logged(shop_file: Path) -> str:
    asha = make_customer("Asha Verma", code="ASHA")
    make_customer("Ravi Kumar", code="RAVI")
    make_item("Soap", code="SOAP")
    return asha.code


def test_filters_by_record_type_and_customer(logged: str) -> None:
    everything = audit_list.count(AuditFilter())
    customers = audit_list.count(AuditFilter(record_type="customer"))
    items = audit_list.count(AuditFilter(record_type="item"))
    assert customers >= 2 and items >= 1 and everything >= customers + items
    assert {"customer", "item"} <= set(audit_list.record_types())

    asha = audit_list.page(AuditFilter(customer_code="asha"))
    assert asha and all(r.customer_code == "ASHA" for r in asha)
    assert asha[0].customer_name == "Asha Verma"
    assert "Asha Verma" in asha[0].changes


def test_filters_by_date(logged: str) -> None:
    today = date.today()
    assert audit_list.count(AuditFilter(today, today)) == audit_list.count(AuditFilter())
    yesterday = today - timedelta(days=1)
    assert audit_list.count(AuditFilter(yesterday, yesterday)) == 0
    with pytest.raises(ValidationError, match="start date is after"):
        audit_list.count(AuditFilter(today, yesterday))


def test_newest_first_and_paging(logged: str) -> None:
    rows = audit_list.page(AuditFilter(), limit=2)
    assert len(rows) == 2 and rows[0].entry_id > rows[1].entry_id
    oldest = audit_list.page(AuditFilter(), descending=False, limit=1)[0]
    assert oldest.entry_id == min(r.entry_id for r in audit_list.iter_entries(AuditFilter()))


def test_an_unknown_customer_is_named(logged: str) -> None:
    with pytest.raises(ValidationError, match="no customer with code NOBODY"):
        audit_list.count(AuditFilter(customer_code="NOBODY"))


def test_export_writes_the_filtered_entries(logged: str, tmp_path: Path) -> None:
    path = tmp_path / "audit.xlsx"
    f = AuditFilter(record_type="customer")

    written = export_audit_log(path, f)

    assert written == audit_list.count(f)
    sheet = load_workbook(path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    header = next(i for i, row in enumerate(values) if row[:2] == ["Entry", "When"])
    body = [row for row in values[header + 1 :] if row[0] is not None]
    assert len(body) == written
    assert {row[3] for row in body} == {"customer"}
    assert any(row[5] == "ASHA" for row in body)
