"""The audit chain's row hash: canonical, and sensitive to every field and to the previous hash."""

from __future__ import annotations

import hashlib

import pytest

from vyapar_lite.domain.audit_hash import FIRST_COLUMNS, GENESIS, HASHED_COLUMNS, row_hash

ROW = (7, "2026-05-10 10:00:00.123456", "post", "sales_doc", 3, "INV/1", 2, None, '{"a": 1}', "")
WITH_COUNTER = (*ROW, "Counter 1")


def test_the_hash_is_sha256_of_a_fixed_serialisation() -> None:
    canonical = (
        '["' + GENESIS + '",7,"2026-05-10 10:00:00.123456","post","sales_doc",3,"INV/1",2,'
        'null,"{\\"a\\": 1}",""]'
    )
    assert row_hash(GENESIS, ROW) == hashlib.sha256(canonical.encode()).hexdigest()


@pytest.mark.parametrize("index", range(len(HASHED_COLUMNS)))
def test_every_field_counts(index: int) -> None:
    changed = list(WITH_COUNTER)
    changed[index] = "x" if changed[index] != "x" else "y"
    assert row_hash(GENESIS, changed) != row_hash(GENESIS, WITH_COUNTER)


def test_a_row_with_no_counter_hashes_as_before_the_counter_column() -> None:
    """Rows from before migration 26 keep their hashes; naming a counter on one (or removing the
    name from a row that had one) changes the hash, so `check` finds it."""
    assert len(FIRST_COLUMNS) == len(ROW) and HASHED_COLUMNS[-1] == "counter"
    assert row_hash(GENESIS, (*ROW, None)) == row_hash(GENESIS, ROW)
    assert row_hash(GENESIS, WITH_COUNTER) != row_hash(GENESIS, ROW)
    assert row_hash(GENESIS, (*ROW, "Counter 2")) != row_hash(GENESIS, WITH_COUNTER)


def test_the_previous_hash_counts_and_text_is_not_a_number() -> None:
    assert row_hash("1" * 64, ROW) != row_hash(GENESIS, ROW)
    as_text = list(ROW)
    as_text[0] = "7"
    assert row_hash(GENESIS, as_text) != row_hash(GENESIS, ROW)
    with pytest.raises(ValueError, match="expected 10 or 11 values"):
        row_hash(GENESIS, ROW[:-1])
