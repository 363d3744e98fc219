"""The cash book, the bank book and the day book, read from the money entries.

- `account_book(account_id, start, end)`: an account's opening balance (every entry before
  `start`, its opening included), each movement in the period in posting order with the
  document and the running balance, and the closing balance. The cash book is this for a cash
  account, the bank book for a bank.
- `day_book(start, end)`: every document dated in the period, all kinds (invoices, notes,
  orders, receipts, write-offs, payments out, purchase bills, contras, expenses, contra
  vouchers), plus documents dated earlier whose money moved in it (a cheque that cleared);
  each with the money it moved in the period in and out. Its totals of money in and out are
  the period's movements of every cash and bank book together, by construction: both read
  the same `money_entry` rows.

Sums are worked out in SQL over indexed integer columns; rows come back as plain tuples.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vyapar_lite.db import database
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP
from vyapar_lite.services import entry_words, money_accounts
from vyapar_lite.services.money_accounts import Account
from vyapar_lite.services.report_rows import day

# a day book row's kind, marked for the screens (context "doc_words"); the workbook keeps English
DOC_WORDS = {
    "invoice": QT_TRANSLATE_NOOP("doc_words", "Invoice"),
    "credit_note": QT_TRANSLATE_NOOP("doc_words", "Credit note"),
    "debit_note": QT_TRANSLATE_NOOP("doc_words", "Debit note"),
    "debit_memo": QT_TRANSLATE_NOOP("doc_words", "Debit memo"),
    "financial_note": QT_TRANSLATE_NOOP("doc_words", "Financial credit note"),
    "opening_bill": QT_TRANSLATE_NOOP("doc_words", "Opening bill"),
    "order": QT_TRANSLATE_NOOP("doc_words", "Sale order"),
    "receipt": QT_TRANSLATE_NOOP("doc_words", "Receipt"),
    "write_off": QT_TRANSLATE_NOOP("doc_words", "Write-off"),
    "contra": QT_TRANSLATE_NOOP("doc_words", "Contra settlement"),
    "opening": QT_TRANSLATE_NOOP("doc_words", "Opening credit"),
    "refund": QT_TRANSLATE_NOOP("doc_words", "Refund"),
    "supplier": QT_TRANSLATE_NOOP("doc_words", "Payment to supplier"),
    "purchase_bill": QT_TRANSLATE_NOOP("doc_words", "Purchase bill"),
    "expense": QT_TRANSLATE_NOOP("doc_words", "Expense"),
    "contra_voucher": QT_TRANSLATE_NOOP("doc_words", "Contra voucher"),
    "money_account": QT_TRANSLATE_NOOP("doc_words", "Opening balance"),
}


@dataclass(frozen=True)
class BookRow:
    entry_date: date
    doc_number: str
    kind: str
    description: str
    money_in: int
    money_out: int
    balance: int


@dataclass(frozen=True)
class AccountBook:
    account: Account
    start: date
    end: date
    opening: int
    rows: list[BookRow]
    total_in: int
    total_out: int
    closing: int

    @property
    def count(self) -> int:
        return len(self.rows)


def account_book(account_id: int, start: date, end: date) -> AccountBook:
    """One account's book for the period (see the module docstring)."""
    account = money_accounts.get_account(account_id)
    opening = int(
        database.execute_sql(
            "SELECT COALESCE(SUM(amount), 0) FROM money_entry "
            "WHERE account_id = ? AND entry_date < ?",
            (account_id, start.isoformat()),
        ).fetchone()[0]
    )
    cursor = database.execute_sql(
        "SELECT entry_date, doc_number, kind, description, amount FROM money_entry "
        "WHERE account_id = ? AND entry_date >= ? AND entry_date <= ? ORDER BY entry_date, id",
        (account_id, start.isoformat(), end.isoformat()),
    )
    rows = []
    running = opening
    total_in = total_out = 0
    for on, number, kind, description, amount in cursor.fetchall():
        running += amount
        money_in, money_out = max(amount, 0), max(-amount, 0)
        total_in += money_in
        total_out += money_out
        rows.append(BookRow(day(on), number, kind, description, money_in, money_out, running))
    return AccountBook(account, start, end, opening, rows, total_in, total_out, running)


@dataclass(frozen=True)
class DayBookRow:
    doc_date: date
    kind: str  # words: "Invoice", "Receipt", ...
    number: str
    party: str  # the party as issued, an expense's head, a contra's accounts
    amount: int  # the document's own amount (0 for one dated outside the period)
    money_in: int  # what it moved into the shop's accounts in the period
    money_out: int
    status: str


@dataclass(frozen=True)
class DayBook:
    start: date
    end: date
    rows: list[DayBookRow]
    total_in: int
    total_out: int

    @property
    def count(self) -> int:
        return len(self.rows)


_DOCUMENTS = """
SELECT 'sales_doc', d.id, d.doc_date, d.kind, d.number, COALESCE(p.party_name, ''),
       d.grand_total, d.status
  FROM sales_doc d
  LEFT JOIN document_party p ON p.doc_type = 'sales_doc' AND p.doc_id = d.id
 WHERE d.doc_date >= :start AND d.doc_date <= :end
UNION ALL
SELECT 'sale_order', o.id, o.order_date, 'order', o.number, COALESCE(p.party_name, ''), 0,
       o.status
  FROM sale_order o
  LEFT JOIN document_party p ON p.doc_type = 'sale_order' AND p.doc_id = o.id
 WHERE o.order_date >= :start AND o.order_date <= :end
UNION ALL
SELECT 'receipt', r.id, r.receipt_date,
       CASE WHEN r.origin IN ('write_off', 'contra', 'opening') THEN r.origin ELSE 'receipt' END,
       r.number, COALESCE(p.party_name, ''), r.amount, r.status
  FROM receipt r
  LEFT JOIN document_party p ON p.doc_type = 'receipt' AND p.doc_id = r.id
 WHERE r.receipt_date >= :start AND r.receipt_date <= :end
UNION ALL
SELECT 'payment_out', o.id, o.pay_date, o.purpose, o.number, COALESCE(p.party_name, ''),
       o.amount, o.status
  FROM payment_out o
  LEFT JOIN document_party p ON p.doc_type = 'payment_out' AND p.doc_id = o.id
 WHERE o.pay_date >= :start AND o.pay_date <= :end AND o.purpose <> 'contra'
UNION ALL
SELECT 'purchase_bill', b.id, b.bill_date, 'purchase_bill', b.number,
       COALESCE(p.party_name, ''), b.total, b.status
  FROM purchase_bill b
  LEFT JOIN document_party p ON p.doc_type = 'purchase_bill' AND p.doc_id = b.id
 WHERE b.bill_date >= :start AND b.bill_date <= :end
UNION ALL
SELECT 'contra', c.id, c.contra_date, 'contra', c.number, COALESCE(p.party_name, ''),
       c.amount, c.status
  FROM contra c
  LEFT JOIN document_party p ON p.doc_type = 'contra' AND p.doc_id = c.id
 WHERE c.contra_date >= :start AND c.contra_date <= :end
UNION ALL
SELECT 'expense', e.id, e.expense_date, 'expense', e.number, h.name, e.amount, e.status
  FROM expense e JOIN expense_head h ON h.id = e.head_id
 WHERE e.expense_date >= :start AND e.expense_date <= :end
UNION ALL
SELECT 'contra_voucher', v.id, v.voucher_date, 'contra_voucher', v.number,
       a.name || ' to ' || b.name, v.amount, v.status
  FROM contra_voucher v
  JOIN money_account a ON a.id = v.from_account_id
  JOIN money_account b ON b.id = v.to_account_id
 WHERE v.voucher_date >= :start AND v.voucher_date <= :end
"""

_MONEY = """
SELECT doc_type, doc_id, MIN(entry_date), MIN(kind), MIN(doc_number),
       SUM(CASE WHEN amount > 0 THEN amount ELSE 0 END),
       SUM(CASE WHEN amount < 0 THEN -amount ELSE 0 END)
  FROM money_entry
 WHERE entry_date >= :start AND entry_date <= :end
 GROUP BY doc_type, doc_id
"""


def day_book(start: date, end: date | None = None) -> DayBook:
    """Every document of the day (or period), with the money each moved in it."""
    end = end or start
    params = {"start": start.isoformat(), "end": end.isoformat()}
    money: dict[tuple[str, int], tuple[object, ...]] = {
        (row[0], row[1]): row for row in database.execute_sql(_MONEY, params).fetchall()
    }
    rows = []
    contras: dict[int, str] | None = None  # read when the period has a contra voucher
    for doc_type, doc_id, on, kind, number, party, amount, status in database.execute_sql(
        _DOCUMENTS, params
    ).fetchall():
        moved = money.pop((doc_type, doc_id), None)
        money_in = int(moved[5]) if moved else 0  # type: ignore[call-overload]
        money_out = int(moved[6]) if moved else 0  # type: ignore[call-overload]
        words = DOC_WORDS.get(kind, kind)
        if doc_type == "contra_voucher":
            if contras is None:
                contras = _contra_parties(params)
            shown = contras.get(doc_id, party)  # the same English, as a Message
        else:
            shown = party
        rows.append(DayBookRow(day(on), words, number, shown, amount, money_in, money_out, status))
    for (doc_type, _doc_id), moved in money.items():  # money of documents dated earlier
        kind = str(moved[3])
        words = (
            QT_TRANSLATE_NOOP("doc_words", "Cheque cleared")
            if kind == "cheque_cleared"
            else DOC_WORDS.get(doc_type, kind)
        )
        if kind == "bounce":
            words = QT_TRANSLATE_NOOP("doc_words", "Cheque bounced")
        rows.append(
            DayBookRow(
                day(moved[2]),
                words,
                str(moved[4]),
                "",
                0,
                int(moved[5]),  # type: ignore[call-overload]
                int(moved[6]),  # type: ignore[call-overload]
                "",
            )
        )
    rows.sort(key=lambda r: (r.doc_date, r.kind, r.number))
    return DayBook(
        start,
        end,
        rows,
        sum(r.money_in for r in rows),
        sum(r.money_out for r in rows),
    )


_ACCOUNTS = """
SELECT v.id, a.name, b.name
  FROM contra_voucher v
  JOIN money_account a ON a.id = v.from_account_id
  JOIN money_account b ON b.id = v.to_account_id
 WHERE v.voucher_date >= :start AND v.voucher_date <= :end
"""


def _contra_parties(params: dict[str, str]) -> dict[int, str]:
    """The period's contra vouchers' "Cash to SBI" composed from their two accounts' names
    (`entry_words.between_accounts`), so the screens show it in their language."""
    return {
        int(voucher_id): entry_words.between_accounts(str(source), str(target))
        for voucher_id, source, target in database.execute_sql(_ACCOUNTS, params).fetchall()
    }


def movements_total(start: date, end: date) -> tuple[int, int]:
    """(money in, money out) of every account's book in the period, summed per book."""
    total_in = total_out = 0
    for account in money_accounts.accounts(include_closed=True):
        book = account_book(account.id, start, end)
        total_in += book.total_in
        total_out += book.total_out
    return total_in, total_out
