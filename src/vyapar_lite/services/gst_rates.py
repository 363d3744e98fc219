"""The GST rates the shop picks from: list, add, deactivate and reactivate, each audited.

Rates change by notification, so they are the shopkeeper's data, not constants in code. A rate is
never deleted: deactivating it only hides it from new items (items that have it keep it), and one
active rate at least always stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import peewee as pw

from vyapar_lite.db import database
from vyapar_lite.db.models import GstRate, Item
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.item import format_rate
from vyapar_lite.domain.money import BASIS_POINTS_PER_WHOLE
from vyapar_lite.services import audit


@dataclass(frozen=True)
class GstRateRow:
    rate_bp: int
    is_active: bool
    items: int  # items with this rate, active or not

    @property
    def label(self) -> str:
        return format_rate(self.rate_bp)


def active_rates() -> list[int]:
    """The rates an item may be given, lowest first."""
    query = GstRate.select(GstRate.rate_bp).where(GstRate.is_active).order_by(GstRate.rate_bp)
    return [int(row.rate_bp) for row in query]


def list_rates(include_inactive: bool = False) -> list[GstRateRow]:
    """Rates lowest first, each with how many items have it."""
    query: Any = (
        GstRate.select(GstRate.rate_bp, GstRate.is_active, pw.fn.COUNT(Item.id))
        .join(Item, pw.JOIN.LEFT_OUTER, on=(Item.gst_rate_bp == GstRate.rate_bp))
        .group_by(GstRate.rate_bp)
        .order_by(GstRate.rate_bp)
    )
    if not include_inactive:
        query = query.where(GstRate.is_active)
    return [GstRateRow(int(rate), bool(active), int(n)) for rate, active, n in query.tuples()]


def add_rate(rate_bp: int) -> GstRateRow:
    """Add a rate (18% = 1800); a rate that was deactivated is switched back on."""
    if not 0 <= rate_bp <= BASIS_POINTS_PER_WHOLE:
        raise ValidationError(FieldError("rate", "A GST rate is 0% to 100%"))
    with database.atomic():
        row = GstRate.get_or_none(GstRate.rate_bp == rate_bp)
        if row is not None and row.is_active:
            raise ValidationError(
                FieldError("rate", f"{format_rate(rate_bp)} is already in the list")
            )
        if row is not None:
            return set_rate_active(rate_bp, True)
        GstRate.create(rate_bp=rate_bp, is_active=True)
        audit.record(
            "create", "gst_rate", rate_bp, label=format_rate(rate_bp), after={"rate_bp": rate_bp}
        )
    return _rate(rate_bp)


def set_rate_active(rate_bp: int, active: bool) -> GstRateRow:
    """Deactivate (hide from new items) or reactivate a rate; the last active one stays."""
    with database.atomic():
        row = GstRate.get_or_none(GstRate.rate_bp == rate_bp)
        if row is None:
            raise ValidationError(
                FieldError("rate", f"{format_rate(rate_bp)} is not in the list of GST rates")
            )
        if row.is_active != active:
            if not active and active_rates() == [rate_bp]:
                raise ValidationError(
                    FieldError("rate", "Keep at least one GST rate for new items")
                )
            GstRate.update(is_active=active).where(GstRate.rate_bp == rate_bp).execute()
            audit.record(
                "reactivate" if active else "deactivate",
                "gst_rate",
                rate_bp,
                label=format_rate(rate_bp),
                before={"is_active": row.is_active},
                after={"is_active": active},
            )
    return _rate(rate_bp)


def _rate(rate_bp: int) -> GstRateRow:
    row = GstRate.get(GstRate.rate_bp == rate_bp)
    items = Item.select().where(Item.gst_rate_bp == rate_bp).count()
    return GstRateRow(rate_bp, bool(row.is_active), items)
