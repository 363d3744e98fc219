"""The audit log's hash chain: each row's hash covers its own fields and the previous row's hash.

Changing, deleting or inserting a row outside the app breaks the chain at that row (or at the row
after it), so `services.audit_chain.verify()` can say where the log was edited. The serialisation
is canonical: the row's stored values, in a fixed order, as compact JSON (text as stored, integers
as integers, NULL as null), so the same row always hashes the same on every machine.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

# The columns a row hash covers, in this order (all of audit_entry's, except the hashes).
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
)

# The "previous hash" of the first row.
GENESIS = "0" * 64

Value = str | int | None


def row_hash(prev_hash: str, values: Sequence[Value]) -> str:
    """SHA-256 (hex) of the previous row's hash and this row's `HASHED_COLUMNS` values."""
    if len(values) != len(HASHED_COLUMNS):
        raise ValueError(f"expected {len(HASHED_COLUMNS)} values, got {len(values)}")
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
