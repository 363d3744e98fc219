"""The title block's shop lines (name and GSTIN) for every report, from the shop profile."""

from __future__ import annotations

from datetime import date

from vyapar_lite.exports.report_workbook import Heading
from vyapar_lite.services import shop


def shop_heading(
    report: str,
    *,
    end: date,
    start: date | None = None,
    details: tuple[tuple[str, str], ...] = (),
) -> Heading:
    """A heading for `report` over start..end (an "as of end" report when start is None)."""
    profile = shop.get_profile()
    name = profile.name if profile else "(shop not set up yet)"
    gstin = profile.gstin if profile else ""
    return Heading(name, gstin, report, start, end, details=details)
