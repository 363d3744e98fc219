"""Where the money is: money accounts (Cash, banks) and the money each document moves.

The model (migration 24, `db.money_models`):

- `money_account`: Cash (one, or one per counter; kind 'cash') and bank accounts (kind 'bank':
  name, the account number's last digits, IFSC, opening date). "Bank (not yet set)" is the
  `placeholder` bank that holds what documents made before money accounts moved by any mode but
  cash, until the shopkeeper re-assigns it (`money_setup.reassign`).
- `mode_account`: the account each payment mode's money reaches: cash the Cash account, UPI and
  card their settlement bank, a bank transfer and a cheque a bank (`account_for_mode`).
- `money_entry`: one row per movement, signed paise (+ money in, - money out), dated the day
  the money moved, pointing to its document (`doc_type`, `doc_id`, `doc_number`). An account's
  balance IS the sum of its entries; its opening balance is an entry of kind 'opening'
  (doc_type 'money_account'). Nothing else is kept, so nothing can disagree.

How to post (inside the document's own `database.atomic()`, never on its own):

    money_accounts.post(account_id, on, +amount, kind="receipt", doc_type="receipt",
                        doc_id=r.id, doc_number=r.number, description="...")
    money_accounts.reverse("receipt", r.id, on, description="RCT/.. cancelled: ...")

`post` refuses a zero amount, an inactive account, or a cash entry dated on a day closed at the
daily closing (`closed_days`: unless the owner's password was given); `reverse` (which checks
closed days too) posts the negation of what the document has moved so far (per account), so
a cancelled or bounced document nets to zero.
Documents that move money and what they post (kind):

- receipt (any mode but cheque), also one taken with an invoice or as an order's advance: + on
  its date to the drawer chosen, else `account_for_mode(mode)` ('receipt'; `chosen_account`);
- cheque receipt: nothing when received or deposited (`deposit_account_id` records the bank);
  + to that bank when it clears ('cheque_cleared'); bounced after clearing, - ('bounce');
- refund / payment to a supplier: - on its date ('refund' / 'supplier');
- expense: - from the account it was paid from ('expense'); contra voucher: - from one
  account, + to the other ('contra'); cancelling any of them: `reverse` ('cancel').

How to read: `accounts()`, `balance(account_id, on=...)`, `balances(on=...)`,
`cash_account()`, `entries_for(doc_type, doc_id)`; the books (cash book, bank book, day book)
are in `money_books`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

import peewee as pw

from vyapar_lite.db import bulk, database, ready
from vyapar_lite.db.money_models import ModeAccount, MoneyAccount, MoneyEntry
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message
from vyapar_lite.services import closed_days

KINDS = ("cash", "bank")
MODE_WORDS = {
    "cash": "Cash",
    "upi": "UPI",
    "card": "Card",
    "bank": "Bank transfer",
    "cheque": "Cheque",
}


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    kind: str  # 'cash' | 'bank'
    account_digits: str
    ifsc: str
    opening_date: date | None
    placeholder: bool
    active: bool

    @property
    def label(self) -> str:
        if self.kind == "bank" and self.account_digits:
            return f"{self.name} (…{self.account_digits})"
        return self.name


@dataclass(frozen=True)
class AccountBalance:
    account: Account
    balance: int


def _require_transaction() -> None:
    if not database.in_transaction():
        raise RuntimeError("money entries are posted inside the document's transaction")


def post(
    account_id: int,
    on: date,
    amount: int,
    *,
    kind: str,
    doc_type: str,
    doc_id: int | None,
    doc_number: str = "",
    description: str = "",
) -> int:
    """Post one movement of money (signed paise: + in, - out); returns the entry's id.

    Call inside the document's transaction. Refuses a zero amount, an unknown or inactive
    account (a ValidationError naming 'account')."""
    row = checked_entry(
        usable(account_id),
        on,
        amount,
        kind=kind,
        doc_type=doc_type,
        doc_id=doc_id,
        doc_number=doc_number,
        description=description,
    )
    return bulk.insert_row(MoneyEntry, row)


def checked_entry(
    account: MoneyAccount,
    on: date,
    amount: int,
    *,
    kind: str,
    doc_type: str,
    doc_id: int | None,
    doc_number: str,
    description: str,
    closed: date | Literal["unread"] | None = "unread",
) -> dict[str, Any]:
    """A money entry's row as `post` inserts it, into `account` (its row, `usable`), after
    `post`'s refusals: outside a transaction, an amount that is not whole non-zero paise
    (ValueError: a caller's mistake), a day the cash drawer has closed (`closed_days`;
    `closed`: its last closed day when read already, `money_receiving`)."""
    _require_transaction()
    if not isinstance(amount, int) or isinstance(amount, bool) or amount == 0:
        raise ValueError(f"a money entry needs a non-zero amount in paise, not {amount!r}")
    closed_days.check_open(
        account.id, on, doc_type=doc_type, doc_number=doc_number, account=account, closed=closed
    )
    return {
        "account": account.id,
        "entry_date": on,
        "amount": amount,
        "kind": kind,
        "doc_type": doc_type,
        "doc_id": doc_id,
        "doc_number": doc_number,
        "description": description,
        "created_at": datetime.now(),
    }


def usable(account_id: int) -> MoneyAccount:
    """The account's row; a ValidationError naming 'account' when it is unknown or closed
    (`post`'s refusal)."""
    account = ready.row_where(MoneyAccount, "id", account_id)
    if account is None:
        raise ValidationError(
            FieldError(
                "account",
                Message(QT_TRANSLATE_NOOP("messages", "Choose a money account that exists")),
            )
        )
    if not account.active:
        raise ValidationError(
            FieldError(
                "account",
                Message(
                    QT_TRANSLATE_NOOP("messages", "{name} is closed; choose an account in use"),
                    name=account.name,
                ),
            )
        )
    return account


def reverse(doc_type: str, doc_id: int, on: date, *, description: str, kind: str = "cancel") -> int:
    """Post the negation of what a document has moved so far, per account, dated `on`;
    returns how many entries were posted (0 when it moved no money). In its transaction."""
    _require_transaction()
    net: Any = (
        MoneyEntry.select(MoneyEntry.account_id, pw.fn.SUM(MoneyEntry.amount).alias("net"))
        .where((MoneyEntry.doc_type == doc_type) & (MoneyEntry.doc_id == doc_id))
        .group_by(MoneyEntry.account_id)
        .tuples()
    )
    number_row = (
        MoneyEntry.select(MoneyEntry.doc_number)
        .where((MoneyEntry.doc_type == doc_type) & (MoneyEntry.doc_id == doc_id))
        .first()
    )
    doc_number = number_row.doc_number if number_row else ""
    posted = 0
    for account_id, total in list(net):
        if total:
            closed_days.check_open(account_id, on, doc_type=doc_type, doc_number=doc_number)
            MoneyEntry.create(
                account=account_id,
                entry_date=on,
                amount=-int(total),
                kind=kind,
                doc_type=doc_type,
                doc_id=doc_id,
                doc_number=doc_number,
                description=description,
                created_at=datetime.now(),
            )
            posted += 1
    return posted


def chosen_account(mode: str, account_id: int | None) -> int:
    """The account a document's money goes to or comes from: the one the user chose (a cash
    drawer, where the shop keeps one per counter) or, when None, the mode's account.

    A chosen account must exist, be in use and be a cash account for cash (a bank account
    for any other mode): a ValidationError naming 'account' otherwise. Every document that
    takes or pays money by a mode comes here (receipts, refunds, payments out, an invoice's
    payment, an order's advance), so they refuse a drawer alike."""
    if account_id is None:
        return account_for_mode(mode)
    account = ready.row_where(MoneyAccount, "id", account_id)
    if account is None:
        raise ValidationError(
            FieldError(
                "account",
                Message(QT_TRANSLATE_NOOP("messages", "Choose a money account that exists")),
            )
        )
    if not account.active:
        closed = QT_TRANSLATE_NOOP("messages", "{account} is closed; choose an account in use")
        raise ValidationError(FieldError("account", Message(closed, account=account.name)))
    if mode == "cash" and account.kind != "cash":
        not_cash = QT_TRANSLATE_NOOP(
            "messages",
            "{account} is not a cash account (drawer); cash money needs a cash account (drawer)",
        )
        raise ValidationError(FieldError("account", Message(not_cash, account=account.name)))
    if mode != "cash" and account.kind == "cash":
        not_bank = QT_TRANSLATE_NOOP(
            "messages", "{account} is not a bank account; {mode} money needs a bank account"
        )
        raise ValidationError(
            FieldError(
                "account", Message(not_bank, account=account.name, mode=MODE_WORDS.get(mode, mode))
            )
        )
    return int(account.id)


def chosen_account_errors(mode: str, account_id: int | None) -> list[FieldError]:
    """`chosen_account`'s refusal as a draft's check, before its transaction (the invoice's
    and the receipt's previews say it as they are typed; an order checks it before numbering):
    nothing wrong with no choice, or for a cheque, whose money moves to a bank only when it
    clears (`cheques`)."""
    if account_id is None or mode == "cheque":
        return []
    try:
        chosen_account(mode, account_id)
    except ValidationError as exc:
        return list(exc.errors)
    return []


def account_for_mode(mode: str) -> int:
    """The account a payment mode's money reaches (Settings: `money_setup.set_mode_account`)."""
    row = ready.row_where(ModeAccount, "mode", mode)
    if row is not None:
        return int(row.account_id)
    if mode == "cash":
        return cash_account().id
    raise ValidationError(
        FieldError(
            "mode",
            Message(
                QT_TRANSLATE_NOOP("messages", "No money account is set for {mode!r} payments"),
                mode=mode,
            ),
        )
    )


def receive(
    mode: str,
    on: date,
    amount: int,
    *,
    doc_type: str,
    doc_id: int,
    doc_number: str,
    description: str,
    account_id: int | None = None,
) -> None:
    """Money received by `mode` (a receipt): + to `account_id` (the drawer chosen; None: the
    mode's account, `chosen_account`); a cheque moves nothing until it clears
    (`cheques.mark_cleared` posts it). Inside the document's transaction."""
    if mode == "cheque":
        return
    post(
        chosen_account(mode, account_id),
        on,
        amount,
        kind="receipt",
        doc_type=doc_type,
        doc_id=doc_id,
        doc_number=doc_number,
        description=description,
    )


def pay(
    mode: str,
    on: date,
    amount: int,
    *,
    kind: str,
    doc_type: str,
    doc_id: int,
    doc_number: str,
    description: str,
    account_id: int | None = None,
) -> None:
    """Money paid out by `mode` (a refund, a payment to a supplier): - from `account_id` (the
    drawer chosen; None: the mode's account, `chosen_account`)."""
    post(
        chosen_account(mode, account_id),
        on,
        -amount,
        kind=kind,
        doc_type=doc_type,
        doc_id=doc_id,
        doc_number=doc_number,
        description=description,
    )


@dataclass(frozen=True)
class Moved:
    """One document's money for `post_many`: signed paise by a payment mode."""

    mode: str
    on: date
    amount: int
    kind: str
    doc_type: str
    doc_id: int
    doc_number: str
    description: str


def post_many(moved: list[Moved]) -> int:
    """Bulk imports (the history sheet): each document's money in one prepared insert, as
    `receive`/`pay` would post it one by one (cheques move nothing until they clear); returns
    how many entries. Inside the import's transaction."""
    _require_transaction()
    now = datetime.now()
    accounts_by_mode: dict[str, int] = {}
    rows = []
    for m in moved:
        if m.amount == 0 or (m.mode == "cheque" and m.amount > 0):
            continue
        if m.mode not in accounts_by_mode:
            accounts_by_mode[m.mode] = account_for_mode(m.mode)
        rows.append({
            "account": accounts_by_mode[m.mode],
            "entry_date": m.on,
            "amount": m.amount,
            "kind": m.kind,
            "doc_type": m.doc_type,
            "doc_id": m.doc_id,
            "doc_number": m.doc_number,
            "description": m.description,
            "created_at": now,
        })  # fmt: skip
    earliest: dict[int, date] = {}
    for m in moved:  # a closed cash day takes no imported cash either (`closed_days`)
        if m.mode in accounts_by_mode and m.amount:
            account_id = accounts_by_mode[m.mode]
            earliest[account_id] = min(earliest.get(account_id, m.on), m.on)
    for account_id, on in earliest.items():
        closed_days.check_open(account_id, on, doc_type="import")
    return bulk.insert_rows(MoneyEntry, rows)


def _account(row: Any) -> Account:
    return Account(
        id=int(row.id),
        name=row.name,
        kind=row.kind,
        account_digits=row.account_digits,
        ifsc=row.ifsc,
        opening_date=row.opening_date,
        placeholder=bool(row.placeholder),
        active=bool(row.active),
    )


def accounts(*, kind: str | None = None, include_closed: bool = False) -> list[Account]:
    """Money accounts, cash first, then by name."""
    query = MoneyAccount.select()
    if kind is not None:
        query = query.where(MoneyAccount.kind == kind)
    if not include_closed:
        query = query.where(MoneyAccount.active == True)  # noqa: E712
    rows = [_account(r) for r in query]
    return sorted(rows, key=lambda a: (a.kind != "cash", a.placeholder, a.name.lower()))


def get_account(account_id: int) -> Account:
    row = MoneyAccount.get_or_none(MoneyAccount.id == account_id)
    if row is None:
        raise ValidationError(
            FieldError(
                "account",
                Message(QT_TRANSLATE_NOOP("messages", "Choose a money account that exists")),
            )
        )
    return _account(row)


def find_account(name: str) -> Account:
    """An account by its name (any case), for the CLI's `--account NAME`."""
    wanted = name.strip().lower()
    for account in accounts(include_closed=True):
        if account.name.lower() == wanted:
            return account
    known = ", ".join(a.name for a in accounts(include_closed=True))
    raise ValidationError(
        FieldError(
            "account",
            Message(
                QT_TRANSLATE_NOOP("messages", "No money account {name!r}; there are: {known}"),
                name=name,
                known=known,
            ),
        )
    )


def cash_account() -> Account:
    """The Cash account documents paid in cash use (the first active cash account)."""
    row = ModeAccount.get_or_none(ModeAccount.mode == "cash")
    if row is not None:
        return get_account(int(row.account_id))
    cash = accounts(kind="cash")
    if not cash:
        raise ValidationError(
            FieldError(
                "account", Message(QT_TRANSLATE_NOOP("messages", "The shop has no Cash account"))
            )
        )
    return cash[0]


def balance(account_id: int, *, on: date | None = None) -> int:
    """The account's balance (paise) at the end of `on` (None: everything posted)."""
    query = MoneyEntry.select(pw.fn.COALESCE(pw.fn.SUM(MoneyEntry.amount), 0)).where(
        MoneyEntry.account_id == account_id
    )
    if on is not None:
        query = query.where(MoneyEntry.entry_date <= on)
    return int(query.scalar() or 0)


def balances(*, on: date | None = None, kind: str | None = None) -> list[AccountBalance]:
    """Every active account's balance at the end of `on` (None: everything), in one query."""
    query: Any = MoneyEntry.select(MoneyEntry.account_id, pw.fn.SUM(MoneyEntry.amount))
    if on is not None:
        query = query.where(MoneyEntry.entry_date <= on)
    sums = {int(a): int(s) for a, s in query.group_by(MoneyEntry.account_id).tuples()}
    return [AccountBalance(a, sums.get(a.id, 0)) for a in accounts(kind=kind)]


@dataclass(frozen=True)
class Movement:
    id: int
    account_id: int
    entry_date: date
    amount: int
    kind: str
    doc_type: str
    doc_id: int | None
    doc_number: str
    description: str


def entries_for(doc_type: str, doc_id: int) -> list[Movement]:
    """What one document has moved, in posting order."""
    query = (
        MoneyEntry.select()
        .where((MoneyEntry.doc_type == doc_type) & (MoneyEntry.doc_id == doc_id))
        .order_by(MoneyEntry.id)
    )
    return [
        Movement(
            e.id,
            e.account_id,
            e.entry_date,
            e.amount,
            e.kind,
            e.doc_type,
            e.doc_id,
            e.doc_number,
            e.description,
        )
        for e in query
    ]
