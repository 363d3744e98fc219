"""Settings › Sales: each document series' prefix, and which document dates need confirming.

Stored as `setting` rows: `series.prefix.<kind>` (e.g. `series.prefix.invoice` = `INV`) and
`dates.future_days` (default 7). A prefix is checked so the year's longest number still fits 16
characters (Rule 46(b) CGST Rules, `domain.doc_numbers`) and differs from every other series'
(invoices and notes share one table of numbers). A changed prefix is used by series that start
after the change: this year's, if no document of that kind has been numbered yet, else the next
financial year's, so issued numbers and a running year's series never change.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Setting
from vyapar_lite.domain import doc_numbers
from vyapar_lite.domain.document_dates import DEFAULT_FUTURE_DAYS, MAX_FUTURE_DAYS
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message, Word
from vyapar_lite.services import audit

DEFAULT_PREFIXES = {
    "invoice": "INV",
    "credit_note": "CN",
    "debit_note": "DN",
    "debit_memo": "DM",  # non-GST: a bounced cheque's bank charge (`non_gst`)
    "financial_note": "FCN",  # non-GST: a financial credit note (`non_gst`)
    "order": "SO",
    "receipt": "RCT",
    "write_off": "WO",
    "payment_out": "PAY",
    "purchase_bill": "PB",
    "contra": "CON",
    "expense": "EXP",
    "contra_voucher": "CV",
}
# the series' names, marked for the screens (context "numbering_settings")
SERIES_LABELS = {
    "invoice": QT_TRANSLATE_NOOP("numbering_settings", "Invoices"),
    "credit_note": QT_TRANSLATE_NOOP("numbering_settings", "Credit notes"),
    "debit_note": QT_TRANSLATE_NOOP("numbering_settings", "Debit notes"),
    "debit_memo": QT_TRANSLATE_NOOP("numbering_settings", "Debit memos (non-GST)"),
    "financial_note": QT_TRANSLATE_NOOP("numbering_settings", "Financial credit notes (non-GST)"),
    "order": QT_TRANSLATE_NOOP("numbering_settings", "Sale orders"),
    "receipt": QT_TRANSLATE_NOOP("numbering_settings", "Receipts"),
    "write_off": QT_TRANSLATE_NOOP("numbering_settings", "Write-offs"),
    "payment_out": QT_TRANSLATE_NOOP("numbering_settings", "Payments out"),
    "purchase_bill": QT_TRANSLATE_NOOP("numbering_settings", "Purchase bills"),
    "contra": QT_TRANSLATE_NOOP("numbering_settings", "Contra settlements"),
    "expense": QT_TRANSLATE_NOOP("numbering_settings", "Expenses"),
    "contra_voucher": QT_TRANSLATE_NOOP(
        "numbering_settings", "Contra vouchers (money between accounts)"
    ),
}
_PREFIX_KEY = "series.prefix."
FUTURE_DAYS = "dates.future_days"


@dataclass(frozen=True)
class NumberingSettings:
    prefixes: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_PREFIXES))
    future_days: int = DEFAULT_FUTURE_DAYS  # a date further ahead than this needs confirming


def _stored() -> dict[str, str]:
    query: Any = Setting.select(Setting.key, Setting.value).where(
        Setting.key.startswith(_PREFIX_KEY) | (Setting.key == FUTURE_DAYS)
    )
    return {str(key): str(value) for key, value in query.tuples()}


def get() -> NumberingSettings:
    stored = _stored()
    prefixes = {
        kind: stored.get(_PREFIX_KEY + kind, default) for kind, default in DEFAULT_PREFIXES.items()
    }
    return NumberingSettings(prefixes, int(stored.get(FUTURE_DAYS, DEFAULT_FUTURE_DAYS)))


def prefix(kind: str) -> str:
    """The prefix a new series of `kind` starts with."""
    row = Setting.get_or_none(Setting.key == _PREFIX_KEY + kind)
    return str(row.value) if row is not None else DEFAULT_PREFIXES[kind]


def future_days() -> int:
    row = Setting.get_or_none(Setting.key == FUTURE_DAYS)
    return int(row.value) if row is not None else DEFAULT_FUTURE_DAYS


def clean(settings: NumberingSettings) -> NumberingSettings:
    """Every prefix checked (field `prefix.<kind>`) and unique; the days 0..MAX_FUTURE_DAYS."""
    errors: list[FieldError] = []
    prefixes: dict[str, str] = {}
    seen: dict[str, Word] = {}
    for kind, default in DEFAULT_PREFIXES.items():
        name = f"prefix.{kind}"
        label = Word("numbering_settings", SERIES_LABELS[kind])
        try:
            value = doc_numbers.clean_prefix(settings.prefixes.get(kind, default), field=name)
        except ValidationError as exc:
            errors.extend(
                FieldError(
                    e.field,
                    Message(
                        QT_TRANSLATE_NOOP("messages", "{label} prefix: {message}"),
                        label=label,
                        message=e.message,
                    ),
                )
                for e in exc.errors
            )
            continue
        if value in seen:
            errors.append(
                FieldError(
                    name,
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "{label} prefix: {value} is already the {other} prefix"
                        ),
                        label=label,
                        value=value,
                        other=seen[value],
                    ),
                )
            )
        seen[value] = Word("numbering_settings", SERIES_LABELS[kind], lower=True)
        prefixes[kind] = value
    if not 0 <= settings.future_days <= MAX_FUTURE_DAYS:
        errors.append(
            FieldError(
                "future_days",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Days ahead a document may be dated without asking: 0 to {MAX_FUTURE_DAYS}",
                    ),
                    MAX_FUTURE_DAYS=MAX_FUTURE_DAYS,
                ),
            )
        )
    raise_if_any(errors)
    return NumberingSettings(prefixes, settings.future_days)


def save(settings: NumberingSettings) -> NumberingSettings:
    """Validate and save (one audited transaction); raises ValidationError naming the field."""
    wanted = clean(settings)
    with database.atomic():
        before = get()
        if before == wanted:
            return wanted
        rows = {_PREFIX_KEY + kind: value for kind, value in wanted.prefixes.items()}
        rows[FUTURE_DAYS] = str(wanted.future_days)
        for key, text in rows.items():
            Setting.insert(key=key, value=text).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        audit.record(
            "update",
            "setting",
            None,
            label="numbering and dates",
            before=asdict(before),
            after=asdict(wanted),
        )
    return wanted
