"""A receipt's money worked out before its number is taken, then posted (issue 18).

An invoice paid now takes its numbers late in its posting: on a server the number series' rows
are locked from the numbers to the commit, and counters posting at once take that stretch in
turn. So what `money_accounts.receive` reads (the account the money goes to, refused as
`money_accounts.post` refuses it, and a cash drawer's last closed day) is read before
(`ready_to_receive`), and only the closed day's refusal or the owner's override (audited with
the receipt's number) and the money entry are left for after (`receive_ready`). The rows written
are `receive`'s, column for column.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vyapar_lite.db import bulk
from vyapar_lite.db.money_models import MoneyAccount, MoneyEntry
from vyapar_lite.services import closed_days, money_accounts


@dataclass(frozen=True)
class Receiving:
    """Where a receipt's money goes, worked out before its number is taken
    (`ready_to_receive`): the account's row and, for a cash drawer, its last closed day."""

    account: MoneyAccount
    on: date
    closed: date | None


def ready_to_receive(mode: str, account_id: int | None, on: date) -> Receiving | None:
    """`receive`'s reads and refusals done now, inside the transaction but before the document
    is numbered (on a server the number series' lock is held from its number to the commit, so
    what can be read before it is: issue 18); None for a cheque (it moves nothing until it
    clears). Daily closings and accounts change only under the writers' turn taken exclusive
    (`db/locks.py`), so what is read here stays so until the commit."""
    if mode == "cheque":
        return None
    account = money_accounts.usable(money_accounts.chosen_account(mode, account_id))
    closed = closed_days.last_closed(account.id) if account.kind == "cash" else None
    return Receiving(account, on, closed)


def receive_ready(
    receiving: Receiving,
    amount: int,
    *,
    doc_type: str,
    doc_id: int,
    doc_number: str,
    description: str,
) -> None:
    """`receive` with its reads done before (`ready_to_receive`): the closed day's refusal (or
    the owner's override, audited with `doc_number`) and the money entry (not read back)."""
    row = money_accounts.checked_entry(
        receiving.account,
        receiving.on,
        amount,
        kind="receipt",
        doc_type=doc_type,
        doc_id=doc_id,
        doc_number=doc_number,
        description=description,
        closed=receiving.closed,
    )
    bulk.add_row(MoneyEntry, row)
