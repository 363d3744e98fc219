"""The audit log's hash chain: each row's hash covers its own fields and the previous row's hash.

Changing, deleting or inserting a row outside the app breaks the chain at that row (or at the row
after it), so `services.audit_chain.verify()` can say where the log was edited. The serialisation
is canonical: the row's stored values, in a fixed order, as compact JSON (text as stored, integers
as integers, NULL as null), so the same row always hashes the same on every machine.

The counter that wrote a row (migration 26, issue 18) is covered too, so a counter's name cannot
be changed afterwards without `check` noticing. A row with no counter (every row written before
migration 26, and rows written while no counter was named) hashes exactly as before, over
`FIRST_COLUMNS` alone: the chains of older shops stay valid.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

# The columns a row hash covers, in this order (all of audit_entry's, except the hashes).
# Rows with no counter hash the first ten alone (FIRST_COLUMNS), as before the counter existed.
HASHED_COLUMNS: tuple[str, ...] = (
    "id",
    "at",
    "action",
    "record_type",
    "record_id",
    "record_label",
    "customer_id",
    "before_json",
    "after_json",
    "note",
    "counter",
)
FIRST_COLUMNS = HASHED_COLUMNS[:-1]  # audit_entry's columns before migration 26

# The "previous hash" of the first row.
GENESIS = "0" * 64

Value = str | int | None


def row_hash(prev_hash: str, values: Sequence[Value]) -> str:
    """SHA-256 (hex) of the previous row's hash and this row's `HASHED_COLUMNS` values (or its
    `FIRST_COLUMNS` values: a row from before the counter column). A NULL counter is left out,
    so such a row hashes as it did before migration 26."""
    if len(values) not in (len(FIRST_COLUMNS), len(HASHED_COLUMNS)):
        raise ValueError(
            f"expected {len(FIRST_COLUMNS)} or {len(HASHED_COLUMNS)} values, got {len(values)}"
        )
    if len(values) == len(HASHED_COLUMNS) and values[-1] is None:
        values = values[:-1]
    canonical = _ENCODER.encode([prev_hash, *(_plain(v) for v in values)])
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


# one encoder, made once (json.dumps with options builds a new one on every call)
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _plain(value: object) -> Value:
    if value is None or type(value) is str or type(value) is int:
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    if isinstance(value, bytes):
        return value.hex()
    return str(value)
