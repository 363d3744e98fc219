"""The audit log workbook: the Audit screen's filtered entries, through the generic exporter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from vyapar_lite.exports import workbook
from vyapar_lite.exports.report_workbook import Kind, Progress, ReportColumn, ReportSheet
from vyapar_lite.exports.shop_heading import shop_heading
from vyapar_lite.services.audit_list import AuditFilter, count, iter_entries

REPORT = "Audit trail (edit log)"
COLUMNS = (
    ReportColumn("Entry", Kind.COUNT, 8),
    ReportColumn("When", Kind.DATE, 17),
    ReportColumn("Action", Kind.TEXT, 10),
    ReportColumn("Record type", Kind.TEXT, 14),
    ReportColumn("Record", Kind.TEXT, 22),
    ReportColumn("Customer code", Kind.TEXT, 12),
    ReportColumn("Customer name", Kind.TEXT, 24),
    ReportColumn("Changes", Kind.TEXT, 60),
    ReportColumn("Note", Kind.TEXT, 30),
    ReportColumn("Counter", Kind.TEXT, 14),  # who made the change (several counters, issue 18)
    # the values as stored (paise, basis points, thousandths, ISO dates), for a verifier
    ReportColumn("Before (stored)", Kind.TEXT, 40, hidden=True),
    ReportColumn("After (stored)", Kind.TEXT, 40, hidden=True),
)


def export_audit_log(path: Path, f: AuditFilter, *, progress: Progress | None = None) -> int:
    """Write the entries matching `f` (oldest first) to `path`; returns how many."""
    details = []
    if f.record_type:
        details.append(("Record type", f.record_type))
    if f.customer_code:
        details.append(("Customer", f.customer_code.strip().upper()))
    heading = shop_heading(REPORT, start=f.start, end=f.end or date.today(), details=tuple(details))
    with workbook.writing(path) as wb:
        sheet = ReportSheet(wb, "Audit trail", heading, COLUMNS, landscape=True)
        sheet.rows(
            (
                [
                    r.entry_id,
                    r.at,
                    r.action,
                    r.record_type,
                    r.record_label,
                    r.customer_code,
                    r.customer_name,
                    r.changes,
                    r.note,
                    r.counter,
                    r.before_json,
                    r.after_json,
                ]
                for r in iter_entries(f)
            ),
            progress=progress,
            expected=count(f),
            text="Audit trail",
        )
        sheet.finish()
        return sheet.count
