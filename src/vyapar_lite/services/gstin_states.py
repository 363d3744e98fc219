"""Customers whose GSTIN and state disagree, for `check`.

The GSTIN decides the state (its first two digits; `domain.customer` fills a blank state from it
and refuses a different one). Customers saved before that keep what they had: no migration
rewrites them, because every change to a customer is an audited change (and `check` replays the
audit trail against the record, `master_check`). A blank state is harmless: a sale reads the
GSTIN's state (`supply_rules.place_of_supply`), and the next save of the customer fills it. A
state that disagrees with the GSTIN is named here, because either could be the mistake and a sale
would be taxed by the state: the shopkeeper corrects the one that is wrong.
"""

from __future__ import annotations

from typing import Any

from vyapar_lite.db.models import Customer
from vyapar_lite.domain import gst
from vyapar_lite.domain.errors import ValidationError


def problems() -> list[str]:
    query: Any = (
        Customer.select(Customer.code, Customer.gstin, Customer.state_code)
        .where(Customer.gstin != "")
        .order_by(Customer.code)
        .tuples()
    )
    found = []
    for code, gstin, state in query:
        try:
            registered = gst.fill_from_gstin(gstin)[0]
        except ValidationError:
            found.append(f"customer {code}: GSTIN {gstin} is not a valid GSTIN")
            continue
        if state and gst.LEGACY_SUCCESSORS.get(state, state) != registered:
            found.append(
                f"customer {code}: GSTIN {gstin} is registered in state {registered} but the "
                f"customer's state is {state}; correct the one that is wrong"
            )
    return found
