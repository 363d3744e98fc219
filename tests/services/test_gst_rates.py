"""The shop's GST rates: the default list, adding, deactivating (never the last), all audited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factories import make_item
from vyapar_lite.db.models import AuditEntry
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.item import DEFAULT_GST_RATES_BP
from vyapar_lite.services import gst_rates


def test_a_new_shop_has_the_default_rates(shop_file: Path) -> None:
    assert gst_rates.active_rates() == list(DEFAULT_GST_RATES_BP)
    assert [r.label for r in gst_rates.list_rates()] == [
        "0%", "0.25%", "3%", "5%", "12%", "18%", "28%", "40%",
    ]  # fmt: skip


def test_rates_count_their_items(shop_file: Path) -> None:
    make_item("Soap", gst_rate_bp=500)
    make_item("Oil", gst_rate_bp=500)
    make_item("Pen", gst_rate_bp=1800)
    counts = {r.rate_bp: r.items for r in gst_rates.list_rates()}
    assert (counts[500], counts[1800], counts[0]) == (2, 1, 0)


def test_add_a_rate_and_refuse_one_already_there(shop_file: Path) -> None:
    added = gst_rates.add_rate(150)

    assert (added.rate_bp, added.is_active, added.label) == (150, True, "1.5%")
    assert 150 in gst_rates.active_rates()
    entry = AuditEntry.get(AuditEntry.record_type == "gst_rate")
    assert (entry.action, entry.record_id, entry.record_label) == ("create", 150, "1.5%")
    with pytest.raises(ValidationError, match="18% is already in the list"):
        gst_rates.add_rate(1800)
    with pytest.raises(ValidationError, match="0% to 100%"):
        gst_rates.add_rate(10001)


def test_deactivate_hides_a_rate_and_adding_it_again_reactivates(shop_file: Path) -> None:
    make_item("Namkeen", gst_rate_bp=1200)

    off = gst_rates.set_rate_active(1200, False)

    assert (off.is_active, off.items) == (False, 1)
    assert 1200 not in gst_rates.active_rates()
    assert [r.rate_bp for r in gst_rates.list_rates(include_inactive=True)].count(1200) == 1
    assert gst_rates.add_rate(1200).is_active
    actions = [
        (a.action, json.loads(a.after_json))
        for a in AuditEntry.select().where(AuditEntry.record_type == "gst_rate")
    ]
    assert actions == [("deactivate", {"is_active": False}), ("reactivate", {"is_active": True})]


def test_the_last_active_rate_stays(shop_file: Path) -> None:
    for rate in DEFAULT_GST_RATES_BP[1:]:
        gst_rates.set_rate_active(rate, False)

    with pytest.raises(ValidationError, match="Keep at least one GST rate"):
        gst_rates.set_rate_active(0, False)
    assert gst_rates.active_rates() == [0]
    with pytest.raises(ValidationError, match="not in the list"):
        gst_rates.set_rate_active(999, True)
