"""Small wording helpers for what the app says: "1 customer", "2 customers", never "1 customers"."""

from __future__ import annotations

_IRREGULAR = {"entry": "entries", "category": "categories", "match": "matches"}


def counted(n: int, noun: str, plural: str = "") -> str:
    """`counted(1, "customer")` -> "1 customer"; `counted(1200, "entry")` -> "1,200 entries"."""
    if n == 1:
        return f"1 {noun}"
    return f"{n:,} {plural or _IRREGULAR.get(noun) or noun + 's'}"
