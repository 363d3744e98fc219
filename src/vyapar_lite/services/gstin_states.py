"""Customers whose GSTIN and state disagree, for `check`.

The GSTIN decides the state (its first two digits; `domain.customer` fills a blank state from it
and refuses a different one). Migration 10 filled the blank states of customers saved before
that; a state that disagrees with the GSTIN was left as it was, because either could be the
mistake: `check` names each such customer so the shopkeeper corrects the one that is wrong.
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
        if gst.LEGACY_SUCCESSORS.get(state, state) != registered:
            found.append(
                f"customer {code}: GSTIN {gstin} is registered in state {registered} but the "
                f"customer's state is {state or 'blank'}; correct the one that is wrong"
            )
    return found
