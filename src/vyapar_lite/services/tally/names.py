"""The Tally ledger names the export uses: a settings group with sensible defaults.

Each name is kept as the `setting` row `tally.<field>`; an unset row means the default. Sales
ledgers by rate are a pattern with `{rate}` (the GST rate, `18` or `0.25`), so one setting names
them all. A customer's ledger is `<name> (<code>)`: Tally needs ledger names unique, and two
customers may share a name.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields

from vyapar_lite.db import database
from vyapar_lite.db.models import Setting
from vyapar_lite.domain.errors import FieldError, raise_if_any
from vyapar_lite.services import audit
from vyapar_lite.services.report_rows import rows_of

PREFIX = "tally."
MAX_NAME = 80  # Tally's own limit on a name is larger; longer than this is a typing mistake


@dataclass(frozen=True)
class TallyNames:
    company: str = ""  # the company in Tally to import into ("" = the one open in Tally)
    sales_by_rate: str = "Sales GST {rate}%"
    sales_zero_rated: str = "Sales zero-rated (export, SEZ)"
    sales_nil: str = "Sales nil-rated"
    sales_exempt: str = "Sales exempt"
    sales_non_gst: str = "Sales non-GST"
    sales_unsplit: str = "Sales (imported, rate not recorded)"
    cgst: str = "Output CGST"
    sgst: str = "Output SGST"
    igst: str = "Output IGST"
    rcm_billed: str = "GST billed on reverse charge supplies"
    round_off: str = "Round off"
    discount: str = "Discount allowed"
    cash: str = "Cash"
    bank: str = "Bank"
    write_off: str = "Bad debts written off"
    cheque_charges: str = "Cheque return charges recovered"
    purchases: str = "Purchases"
    input_gst: str = "Input GST (not split by head)"
    input_cgst: str = "Input CGST"
    input_sgst: str = "Input SGST"
    input_igst: str = "Input IGST"
    no_document: str = "Old ledger entries (no document)"
    supplier_suffix: str = " - payable"

    def sales_at(self, rate_bp: int) -> str:
        """The sales ledger for a GST rate in basis points (1800 -> 'Sales GST 18%')."""
        whole, part = divmod(rate_bp, 100)
        rate = f"{whole}" if not part else f"{whole}.{part:02d}".rstrip("0")
        return self.sales_by_rate.replace("{rate}", rate)

    def supplier(self, party: str) -> str:
        """The payable ledger (Sundry Creditors) of a customer who is also a supplier."""
        return party + self.supplier_suffix


FIELDS = tuple(f.name for f in fields(TallyNames))
DEFAULTS = TallyNames()


def party_ledger(name: str, code: str) -> str:
    """A customer's ledger name: unique, as Tally requires, and readable."""
    return f"{' '.join(name.split())} ({code})"


def tally_names() -> TallyNames:
    query = Setting.select(Setting.key, Setting.value).where(Setting.key.startswith(PREFIX))
    rows: dict[str, str] = {str(k): str(v) for k, v in rows_of(query)}
    values = {f: str(rows.get(PREFIX + f, getattr(DEFAULTS, f))) for f in FIELDS}
    return TallyNames(**values)


def check(names: TallyNames) -> list[FieldError]:
    """Every ledger name set, short enough, and no two ledgers with the same name."""
    errors = []
    seen: dict[str, str] = {}
    for field in FIELDS:
        value = getattr(names, field)
        if field == "company":
            if len(value) > MAX_NAME:
                errors.append(FieldError(field, f"At most {MAX_NAME} characters"))
            continue
        if field == "supplier_suffix":
            if not value.strip():
                errors.append(FieldError(field, "Give the ending of a payable ledger's name"))
            continue
        if not value.strip():
            errors.append(FieldError(field, "Give the ledger a name"))
        elif len(value) > MAX_NAME:
            errors.append(FieldError(field, f"At most {MAX_NAME} characters"))
        elif field == "sales_by_rate" and "{rate}" not in value:
            errors.append(FieldError(field, "Put {rate} where the GST rate goes"))
        key = value.strip().casefold()
        if key and key in seen:
            errors.append(FieldError(field, f"The same name as the {seen[key]} ledger"))
        seen.setdefault(key, field.replace("_", " "))
    return errors


def save_tally_names(names: TallyNames) -> TallyNames:
    """Validate and save (one transaction, audited); names trimmed of outer spaces."""
    names = TallyNames(
        **{f: v if f == "supplier_suffix" else v.strip() for f, v in asdict(names).items()}
    )
    raise_if_any(check(names))
    with database.atomic():
        before = tally_names()
        if before == names:
            return names
        for field in FIELDS:
            Setting.insert(key=PREFIX + field, value=getattr(names, field)).on_conflict(
                conflict_target=[Setting.key], preserve=[Setting.value]
            ).execute()
        changed = [f for f in FIELDS if getattr(before, f) != getattr(names, f)]
        audit.record(
            "update",
            "setting",
            None,
            label="Tally ledger names",
            before={f: getattr(before, f) for f in changed},
            after={f: getattr(names, f) for f in changed},
        )
    return names
