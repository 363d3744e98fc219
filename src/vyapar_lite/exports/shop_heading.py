"""The title block's shop lines (name and GSTIN) for every report: for a period, the shop as on
the period's last document (`document_parties.shop_for_period`); "as of" reports, the profile."""

from __future__ import annotations

from datetime import date

from vyapar_lite.exports.report_workbook import Heading
from vyapar_lite.services import document_parties


def shop_heading(
    report: str,
    *,
    end: date,
    start: date | None = None,
    details: tuple[tuple[str, str], ...] = (),
) -> Heading:
    """A heading for `report` over start..end (an "as of end" report when start is None)."""
    profile = document_parties.shop_for_period(start, end)
    name = profile.name if profile else "(shop not set up yet)"
    gstin = profile.gstin if profile else ""
    return Heading(name, gstin, report, start, end, details=details)
