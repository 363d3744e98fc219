"""The words the services stored in English, read back as a `Message` the screens translate.

A posted document's ledger, payable and money entries carry a description written when it was
posted ("Purchase bill G-77", "Cash deposited in SBI", "RCT/2026/0004 cancelled: wrong
customer"), and some audit rows a note ("created with the shop file"). Posted rows are never
rewritten, so a shop in Hindi would read them in English. `described(text)` reads a stored text
against the patterns the services write (`PATTERNS`, one list) and gives it back as a `Message`
whose template is that pattern (marked in the "messages" context) and whose parameters are the
parts: numbers, cheque numbers, banks and the reason a user typed stay as they are; a payment
mode and the app's own account names ("Cash") are `Word`s, translated with it. A text no
pattern reads (what a user typed, an old row in another shape) comes back as it is.

`str(described(text)) == text` always: a match that would not give back the same English is
refused, so English screens, exports and the CLI read exactly what was stored. The screens show
it with `ui.language.stored_text`; this module imports no Qt.
"""

from __future__ import annotations

import re
import string
from functools import lru_cache

from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message, Word
from vyapar_lite.services.expenses import DEFAULT_HEADS
from vyapar_lite.services.sales_postings import MODE_LABELS

# the app's own money accounts (db/money_backfill.py), shown translated; others as named
ACCOUNT_NAMES = ("Cash", "Bank (not yet set)")
_ANY = r".+?"
_OPTIONAL = r".*?"
_NUMBER = r"\S+"  # the shop's own document numbers have no spaces (domain/doc_numbers.py)
_MODE = "|".join(re.escape(label) for label in MODE_LABELS.values())
_MODE_CODE = "|".join(re.escape(code) for code in MODE_LABELS)
# how each parameter reads; a name not listed is any text
_PARTS = {
    "number": _NUMBER,
    "invoice": _NUMBER,
    "mode": _MODE,
    "mode_code": _MODE_CODE,
    "reason": _OPTIONAL,
    "description": _OPTIONAL,
    "head": "|".join(re.escape(head) for head in DEFAULT_HEADS),
}

PATTERNS = (
    # sales, receipts and their cancellations (services/sales.py, receipts.py, sales_cancel.py,
    # receipt_postings.py, sales_notes.py, sales_debit_notes.py, financial_notes.py)
    QT_TRANSLATE_NOOP("messages", "Invoice {number} cancelled: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Invoice {number}"),
    QT_TRANSLATE_NOOP("messages", "Received with invoice {number} ({mode})"),
    QT_TRANSLATE_NOOP("messages", "Receipt {number} cancelled with invoice {invoice}"),
    QT_TRANSLATE_NOOP("messages", "Receipt ({mode} {cheque}, {bank})"),
    QT_TRANSLATE_NOOP("messages", "Receipt ({mode} {reference})"),
    QT_TRANSLATE_NOOP("messages", "Receipt ({mode})"),
    QT_TRANSLATE_NOOP("messages", "Credit note {number} against {invoice}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Debit note {number} against {invoice}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Financial credit note {number} against {invoice}: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Written off: {reason}"),
    QT_TRANSLATE_NOOP("messages", "{number} cancelled: {reason}"),
    QT_TRANSLATE_NOOP("messages", "{number} bounced: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Advance for order {number}"),
    # opening bills and credits (services/opening_bills.py), an account's opening balance
    QT_TRANSLATE_NOOP("messages", "Opening bill {number}"),
    QT_TRANSLATE_NOOP("messages", "Opening credit {number}"),
    QT_TRANSLATE_NOOP("messages", "Opening balance"),
    # refunds and payments out (services/payments_out.py), the money backfill (migration 24)
    QT_TRANSLATE_NOOP("messages", "Refund paid ({mode} {reference})"),
    QT_TRANSLATE_NOOP("messages", "Refund paid ({mode})"),
    QT_TRANSLATE_NOOP("messages", "Payment ({mode} {reference})"),
    QT_TRANSLATE_NOOP("messages", "Payment ({mode})"),
    QT_TRANSLATE_NOOP("messages", "Receipt ({mode_code})"),
    QT_TRANSLATE_NOOP("messages", "Refund ({mode_code})"),
    QT_TRANSLATE_NOOP("messages", "Payment ({mode_code})"),
    QT_TRANSLATE_NOOP("messages", "Payment to supplier ({mode_code})"),
    # the history import (services/transaction_posting.py; domain/transaction_sheet.TYPES)
    QT_TRANSLATE_NOOP("messages", "Receipt ({mode_code}), imported"),
    QT_TRANSLATE_NOOP("messages", "Refund ({mode_code}), imported"),
    QT_TRANSLATE_NOOP("messages", "Invoice {number} (imported)"),
    QT_TRANSLATE_NOOP("messages", "Receipt {number} (imported)"),
    QT_TRANSLATE_NOOP("messages", "Credit note {number} (imported)"),
    QT_TRANSLATE_NOOP("messages", "Debit note {number} (imported)"),
    QT_TRANSLATE_NOOP("messages", "Refund {number} (imported)"),
    QT_TRANSLATE_NOOP("messages", "Opening bill {number} (imported)"),
    QT_TRANSLATE_NOOP("messages", "Opening credit {number} (imported)"),
    # the supplier side (services/purchases.py, contra.py)
    QT_TRANSLATE_NOOP("messages", "Purchase bill {their} cancelled: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Purchase bill {their}: {description}"),
    QT_TRANSLATE_NOOP("messages", "Purchase bill {their}"),
    QT_TRANSLATE_NOOP("messages", "Contra settlement {number}: set off against purchases"),
    QT_TRANSLATE_NOOP("messages", "Contra settlement {number}: set off against sales"),
    # cheques (services/cheques.py, the money backfill)
    QT_TRANSLATE_NOOP("messages", "Receipt (Cheque {cheque}, {bank}) cleared"),
    QT_TRANSLATE_NOOP("messages", "Cheque {cheque} ({bank}) cleared"),
    QT_TRANSLATE_NOOP("messages", "Cheque {cheque} bounced: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Cheque {cheque} bounced"),
    QT_TRANSLATE_NOOP("messages", "Cheque {cheque} cleared"),
    QT_TRANSLATE_NOOP("messages", "Cheque {cheque} cancelled"),
    QT_TRANSLATE_NOOP("messages", "Cheque return charges: cheque {cheque} ({number})"),
    QT_TRANSLATE_NOOP("messages", "Cheque return charges"),
    # the daily closing (services/daily_closing.py) and contra vouchers (contra_vouchers.py)
    QT_TRANSLATE_NOOP("messages", "Cash short at closing: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Cash excess at closing: {reason}"),
    QT_TRANSLATE_NOOP("messages", "Cash deposited in {account}"),
    QT_TRANSLATE_NOOP("messages", "Cash withdrawn from {account}"),
    # an expense's money entry (services/expenses.py): the app's own head, then what was typed
    QT_TRANSLATE_NOOP("messages", "{head}: {description}"),
    QT_TRANSLATE_NOOP("messages", "{head}"),
    # audit notes (db/migrations.py, services/imports, app_lock.py, categories.py, cheques.py,
    # closed_days.py, db/memo_numbers.py)
    QT_TRANSLATE_NOOP("messages", "created with the shop file"),
    # a stock move's record label (services/items.py: the item's code and domain.item's reason)
    QT_TRANSLATE_NOOP("messages", "{number} opening stock"),
    QT_TRANSLATE_NOOP("messages", "{number} stock correction"),
    QT_TRANSLATE_NOOP("messages", "imported from {file}"),
    QT_TRANSLATE_NOOP("messages", "app password set"),
    QT_TRANSLATE_NOOP("messages", "app password change"),
    QT_TRANSLATE_NOOP("messages", "app password remove"),
    QT_TRANSLATE_NOOP("messages", "typed in on a customer's form"),
    QT_TRANSLATE_NOOP("messages", "cut to what the invoices owed when the cheque cleared"),
    QT_TRANSLATE_NOOP("messages", "cash posted on a closed day with the owner's password"),
    QT_TRANSLATE_NOOP(
        "messages",
        "A bounced cheque's bank charge is not a supply (Circular 178/10/2022-GST): "
        "moved from the debit note series to the debit memo series",
    ),
)
# a contra voucher between two accounts neither of them cash-to-bank or bank-to-cash; read only
# for a contra voucher's entries (`contra=True`): "X to Y" is too common in typed text
BETWEEN_ACCOUNTS = QT_TRANSLATE_NOOP("messages", "{source} to {target}")


def _regex(template: str) -> re.Pattern[str]:
    pieces = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        pieces.append(re.escape(literal))
        if name is not None:
            pieces.append(f"(?P<{name}>{_PARTS.get(name, _ANY)})")
    return re.compile("".join(pieces) + r"\Z", re.DOTALL)


_READERS = tuple((template, _regex(template)) for template in PATTERNS)
_BETWEEN = _regex(BETWEEN_ACCOUNTS)


def account_word(name: str) -> str:
    """An account's name as a parameter: the app's own names translated, others as named."""
    return Word("account_names", name) if name in ACCOUNT_NAMES else name


def _part(name: str, value: str) -> str:
    if name == "mode":
        return Word("labels", value)
    if name == "mode_code":
        return Word("labels", MODE_LABELS[value], stored=value)
    if name in ("account", "source", "target"):
        return account_word(value)
    if name == "head":
        return Word("expense_heads", value)
    return value


def _message(template: str, found: re.Match[str]) -> Message:
    return Message(template, **{k: _part(k, v) for k, v in found.groupdict().items()})


@lru_cache(maxsize=4096)
def described(text: str, *, contra: bool = False) -> str:
    """`text` as stored, read as a Message when one of `PATTERNS` reads it (see the module
    docstring); `contra`: a contra voucher's entry, which may also read "X to Y"."""
    readers = _READERS + (((BETWEEN_ACCOUNTS, _BETWEEN),) if contra else ())
    for template, regex in readers:
        found = regex.match(text)
        if found is not None:
            message = _message(template, found)
            if str(message) == text:
                return message
    return text


def between_accounts(source: str, target: str) -> Message:
    """A contra voucher's two accounts, "Cash to SBI" (the day book's party column)."""
    return Message(BETWEEN_ACCOUNTS, source=account_word(source), target=account_word(target))


# a statement line's reference, worked out when the statement is read (services/statement.py,
# supplier_side.py): composed from its parts, the same English as before
PAID_BY = QT_TRANSLATE_NOOP("messages", "{mode} {reference}")
AGAINST = QT_TRANSLATE_NOOP("messages", "Against {number}")
THEIR_BILL = QT_TRANSLATE_NOOP("messages", "Their bill {number}")


def paid_by(mode: str, detail: str | None) -> str:
    """ "UPI 4521", "Cheque 000123", "Cash": the mode's words (translated) and its reference."""
    label = MODE_LABELS.get(mode, mode)
    text = f"{label} {detail or ''}".strip()
    if mode not in MODE_LABELS or not text.startswith(label):
        return text
    word = Word("labels", label)
    if text == label:
        return word
    return Message(PAID_BY, mode=word, reference=text[len(label) + 1 :])


def against(number: str) -> Message:
    """A note's reference: the invoice it is against."""
    return Message(AGAINST, number=number)


def their_bill(number: str) -> Message:
    """A purchase bill's reference: the supplier's own bill number."""
    return Message(THEIR_BILL, number=number)
