"""The customer code series: its prefix, the next code preview, and the audit of a change."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import make_customer
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import customers


def test_a_new_shop_starts_at_c0001(shop_file: Path) -> None:
    assert customers.code_series() == ("C", 1, 4)
    assert customers.next_code_preview() == "C0001"
    assert customers.next_code_preview() == "C0001"  # a preview takes nothing
    assert make_customer("Asha").code == "C0001"
    assert customers.next_code_preview() == "C0002"


def test_the_preview_skips_codes_typed_by_hand(shop_file: Path) -> None:
    make_customer("Typed", code="C0001")
    make_customer("Typed too", code="C0002")
    assert customers.next_code_preview() == "C0003"
    assert make_customer("Next").code == "C0003"


def test_a_new_prefix_keeps_the_running_number_and_is_audited(shop_file: Path) -> None:
    make_customer("Asha")

    assert customers.set_code_prefix(" pun ") == ("PUN", 2, 4)

    assert customers.next_code_preview() == "PUN0002"
    assert make_customer("Ravi").code == "PUN0002"
    assert customers.get_customer("C0001").details.name == "Asha"
    row = AuditEntry.get(AuditEntry.record_type == "sequence")
    assert (row.action, row.record_label) == ("update", "customer codes")
    assert (json.loads(row.before_json), json.loads(row.after_json)) == (
        {"prefix": "C"},
        {"prefix": "PUN"},
    )
    customers.set_code_prefix("PUN")  # unchanged: nothing to record
    assert AuditEntry.select().where(AuditEntry.record_type == "sequence").count() == 1


@pytest.mark.parametrize("prefix", ["", "TOOLONG", "C-", "C 1"])
def test_bad_prefixes_are_refused(shop_file: Path, prefix: str) -> None:
    with pytest.raises(ValidationError) as exc:
        customers.set_code_prefix(prefix)
    assert exc.value.for_field("prefix") == "The code prefix is 1 to 5 letters or digits (e.g. C)"
    assert customers.code_series() == ("C", 1, 4)
