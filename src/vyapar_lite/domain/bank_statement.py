"""A bank statement read from a sheet: the header row found, each transaction as paise.

Pure and standard-library only. Indian banks' downloads differ in their headers ("Txn Date" or
"Value Date", "Withdrawal Amt." / "Deposit Amt.", "Debit" / "Credit", "Dr" / "Cr", or one
"Amount" with a "Dr/Cr" column), in their dates (dd/mm/yyyy, dd-mm-yy, dd-MMM-yy, dd MMM yyyy,
a date cell) and in the lines above the table (account details) and below it (a summary). The
header row is looked for in the first `HEADER_SEARCH_ROWS` rows; rows before the first
transaction that carry no date are skipped (HDFC's row of asterisks), and the table ends at the
first row after it whose date cell holds something that is not a date (the summary). A row with
no date and no amounts continues the narration above it (wrapped text).

`read_statement` raises ValidationError naming the row and column of every bad cell, or, when no
row has the columns a statement needs, naming what it expected: nothing is imported from such a
file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from vyapar_lite.domain import sheet
from vyapar_lite.domain.errors import FieldError, ValidationError
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message

HEADER_SEARCH_ROWS = 40
MAX_LINES = 20_000

# Header texts are compared as their letters only, lower case, without a currency word:
# "Withdrawal Amt." -> "withdrawalamt", "Deposit Amount (INR )" -> "depositamount".
_IGNORED_WORDS = frozenset({"inr", "rs", "rupees", "in"})
ALIASES: dict[str, frozenset[str]] = {
    "date": frozenset(
        {
            "date",
            "txndate",
            "transactiondate",
            "trandate",
            "transdate",
            "trndate",
            "txndt",
            "postingdate",
            "postdate",
            "bookingdate",
        }
    ),
    "value_date": frozenset({"valuedate", "valuedt", "valdate"}),
    "narration": frozenset(
        {
            "narration",
            "description",
            "particulars",
            "remarks",
            "transactionremarks",
            "details",
            "transactiondetails",
            "transactiondescription",
            "transactionparticulars",
        }
    ),
    "reference": frozenset(
        {
            "chqrefno",
            "chqno",
            "refno",
            "reference",
            "referenceno",
            "refnumber",
            "referencenumber",
            "chequeno",
            "chequenumber",
            "chqnumber",
            "refnochequeno",
            "chequerefno",
            "chqrefnumber",
            "refchqno",
            "instrumentno",
            "instrumentid",
            "utr",
            "utrno",
            "transactionid",
            "tranid",
            "txnid",
        }
    ),
    "debit": frozenset(
        {
            "debit",
            "debits",
            "debitamt",
            "debitamount",
            "withdrawal",
            "withdrawals",
            "withdrawalamt",
            "withdrawalamount",
            "dr",
            "dramount",
            "paidout",
        }
    ),
    "credit": frozenset(
        {
            "credit",
            "credits",
            "creditamt",
            "creditamount",
            "deposit",
            "deposits",
            "depositamt",
            "depositamount",
            "cr",
            "cramount",
            "paidin",
        }
    ),
    "balance": frozenset(
        {
            "balance",
            "bal",
            "closingbalance",
            "runningbalance",
            "availablebalance",
            "balanceamt",
            "balanceamount",
        }
    ),
    "amount": frozenset({"amount", "amt", "txnamount", "transactionamount", "tranamount"}),
    "dr_cr": frozenset(
        {
            "drcr",
            "crdr",
            "type",
            "txntype",
            "trantype",
            "transactiontype",
            "debitcredit",
            "creditdebit",
            "drcrindicator",
        }
    ),
}

EXPECTED = (
    "a date (Date, Txn Date, Transaction Date or Value Date), a narration (Narration, "
    "Description, Particulars or Remarks), and the amounts as Withdrawal Amt. and Deposit Amt. "
    "(or Debit and Credit, or Dr and Cr, or one Amount with a Dr/Cr column); Balance and "
    "Chq./Ref. No. are read when present"
)

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )
}
_NUMERIC_DATE = re.compile(r"([0-9]{1,2})[-/. ]([0-9]{1,2})[-/. ]([0-9]{2}|[0-9]{4})")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
_MONTH_NAME_DATE = re.compile(r"([0-9]{1,2})[-/. ]?([a-z]{3})[a-z]*[-/., ]*([0-9]{2}|[0-9]{4})")
_TIME = re.compile(r"\s+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?\s*(am|pm)?$")
_SIDE_SUFFIX = re.compile(r"\s*\(?(cr|dr)\.?\)?\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class StatementLine:
    """One transaction as the bank shows it: `debit` is money out of the account, `credit`
    money in (paise, one of them 0); `balance` after it when the statement has that column."""

    row_number: int
    on: date
    narration: str
    reference: str
    debit: int
    credit: int
    balance: int | None = None

    @property
    def amount(self) -> int:
        """Signed: money in is positive, money out negative."""
        return self.credit - self.debit


@dataclass(frozen=True)
class Statement:
    header_row: int
    columns: dict[str, str]  # role -> the header as the file spells it
    lines: tuple[StatementLine, ...]


def header_key(text: object) -> str:
    words = re.findall(r"[a-z]+", str(text or "").lower())
    return "".join(w for w in words if w not in _IGNORED_WORDS)


def _roles(row: sheet.Row) -> dict[str, int]:
    """The column index of each role a header row names (the first column that names it)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        if not isinstance(cell, str):
            continue
        key = header_key(cell)
        for role, names in ALIASES.items():
            if key in names and role not in found:
                found[role] = index
    if "date" not in found and "value_date" in found:
        found["date"] = found["value_date"]
    return found


def _complete(roles: dict[str, int]) -> bool:
    amounts = {"debit", "credit"} <= roles.keys() or "amount" in roles
    return "date" in roles and "narration" in roles and amounts


def _missing(roles: dict[str, int]) -> list[str]:
    missing = []
    if "date" not in roles:
        missing.append("a date column")
    if "narration" not in roles:
        missing.append("a narration column")
    if not ({"debit", "credit"} <= roles.keys() or "amount" in roles):
        missing.append("withdrawal and deposit (debit and credit) columns")
    return missing


def read_statement(rows: Sequence[sheet.Row]) -> Statement:
    """The statement's transactions (see the module docstring); ValidationError when the file
    has no statement header or any transaction row is bad."""
    header_row, roles = _find_header(rows)
    header = rows[header_row - 1]
    columns = {role: str(header[index]).strip() for role, index in roles.items()}
    lines: list[StatementLine] = []
    errors: list[FieldError] = []
    for number in range(header_row + 1, len(rows) + 1):
        row = rows[number - 1]
        if sheet.is_blank_row(row):
            continue
        cell = _cell(row, roles["date"])
        if sheet.is_blank(cell) and not _has_amount(row, roles):
            if lines and (more := _text(row, roles.get("narration"))):
                lines[-1] = replace(lines[-1], narration=f"{lines[-1].narration} {more}".strip())
            continue
        on = _date(cell)
        if on is None:
            if not _has_amount(row, roles):
                if lines or errors:
                    break  # the summary under the table
                continue  # a separator or a note above the first transaction
            errors.append(_row_error(number, columns["date"], _date_message(cell)))
            continue
        try:
            lines.append(_line(number, on, row, roles, columns))
        except ValidationError as exc:
            errors.extend(exc.errors)
        if len(lines) > MAX_LINES:
            raise ValidationError(
                FieldError(
                    "file",
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "The statement has more than {MAX_LINES:,} transactions; "
                            "import a shorter period",
                        ),
                        MAX_LINES=MAX_LINES,
                    ),
                )
            )
    if errors:
        raise ValidationError(errors)
    if not lines:
        raise ValidationError(
            FieldError(
                "file",
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The statement has a header in row {header_row} but no "
                        "transactions under it",
                    ),
                    header_row=header_row,
                ),
            )
        )
    return Statement(header_row, columns, tuple(lines))


def _find_header(rows: Sequence[sheet.Row]) -> tuple[int, dict[str, int]]:
    best: tuple[int, dict[str, int]] = (0, {})
    for number, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        roles = _roles(row)
        if _complete(roles):
            return number, roles
        if len(roles) > len(best[1]):
            best = (number, roles)
    number, roles = best
    if len(roles) >= 2:
        header = rows[number - 1]
        seen = ", ".join(f'"{str(header[i]).strip()}"' for i in sorted(roles.values()))
        message = (
            f"Row {number} looks like the statement's header ({seen}) but has no "
            f"{' and no '.join(_missing(roles))}. Expected {EXPECTED}"
        )
    else:
        message = (
            f"No row in the first {HEADER_SEARCH_ROWS} has the columns of a bank statement. "
            f"Expected {EXPECTED}"
        )
    raise ValidationError(FieldError("file", message))


def _cell(row: sheet.Row, index: int | None) -> object:
    if index is None or index >= len(row):
        return None
    return row[index]


def _text(row: sheet.Row, index: int | None) -> str:
    value = _cell(row, index)
    return " ".join(sheet.read_text(value, column="").split()) if not sheet.is_blank(value) else ""


def _has_amount(row: sheet.Row, roles: dict[str, int]) -> bool:
    """True when a withdrawal, deposit or amount cell holds a figure other than nought."""
    for role in ("debit", "credit", "amount"):
        value = _cell(row, roles.get(role))
        if sheet.is_number(value) and value != 0:
            return True
        if isinstance(value, str) and re.search(r"[1-9]", value):
            return True
    return False


def _date(value: object) -> date | None:
    """A date from a date cell or the usual texts; None when the cell is not a date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = _TIME.sub("", value.strip().lower())
    try:
        if m := _ISO_DATE.fullmatch(text[:10]):
            return date(int(m[1]), int(m[2]), int(m[3]))
        if m := _NUMERIC_DATE.fullmatch(text):
            return date(_year(m[3]), int(m[2]), int(m[1]))
        if (m := _MONTH_NAME_DATE.fullmatch(text)) and m[2] in _MONTHS:
            return date(_year(m[3]), _MONTHS[m[2]], int(m[1]))
    except ValueError:
        return None
    return None


def _year(text: str) -> int:
    return 2000 + int(text) if len(text) == 2 else int(text)


def _date_message(value: object) -> str:
    shown = sheet.read_text(value, column="date") if not sheet.is_blank(value) else "blank"
    return (
        f"'{shown}' is not a date; expected dd/mm/yyyy, dd-mm-yy or dd-MMM-yy "
        "(for example 05/04/2026 or 05-Apr-26)"
    )


def _row_error(number: int, column: str, message: str) -> FieldError:
    return FieldError(
        column,
        Message(
            QT_TRANSLATE_NOOP("messages", "row {number}, {column}: {message}"),
            number=number,
            column=column,
            message=message,
        ),
    )


def _money(value: object, column: str, number: int) -> int:
    """Paise from an amount cell; '-' is nothing; a trailing Cr/Dr is read as the side."""
    if isinstance(value, str):
        text = value.strip()
        if text in {"", "-"}:
            return 0
        side = _SIDE_SUFFIX.search(text)
        if side and re.search(r"[0-9]", text[: side.start()]):
            paise = _money(text[: side.start()], column, number)
            return -paise if side.group(1).lower() == "dr" else paise
    try:
        return sheet.read_money(value, column=column)
    except ValidationError as exc:
        raise ValidationError(_row_error(number, column, exc.errors[0].message)) from None


def _line(
    number: int, on: date, row: sheet.Row, roles: dict[str, int], columns: dict[str, str]
) -> StatementLine:
    if "debit" in roles and "credit" in roles:
        debit = _money(_cell(row, roles["debit"]), columns["debit"], number)
        credit = _money(_cell(row, roles["credit"]), columns["credit"], number)
        for side, paise in (("debit", debit), ("credit", credit)):
            if paise < 0:
                raise ValidationError(
                    _row_error(number, columns[side], "an amount here cannot be negative")
                )
        if debit and credit:
            raise ValidationError(
                _row_error(
                    number,
                    columns["debit"],
                    f"a transaction is either a withdrawal or a deposit, not both "
                    f"({columns['debit']} and {columns['credit']} both have an amount)",
                )
            )
    else:
        amount = _money(_cell(row, roles["amount"]), columns["amount"], number)
        side = _text(row, roles.get("dr_cr")).lower().rstrip(".")
        if side in {"dr", "d", "debit", "withdrawal"}:
            amount = -abs(amount)
        elif side in {"cr", "c", "credit", "deposit"}:
            amount = abs(amount)
        elif "dr_cr" in roles:
            raise ValidationError(
                _row_error(number, columns["dr_cr"], f"'{side}' is neither Dr nor Cr")
            )
        debit, credit = max(-amount, 0), max(amount, 0)
    if not debit and not credit:
        column = columns.get("debit", columns.get("amount", ""))
        raise ValidationError(_row_error(number, column, "there is no amount on this row"))
    balance = None
    if "balance" in roles and not sheet.is_blank(_cell(row, roles["balance"])):
        balance = _money(_cell(row, roles["balance"]), columns["balance"], number)
    return StatementLine(
        row_number=number,
        on=on,
        narration=_text(row, roles["narration"]),
        reference=_text(row, roles.get("reference")),
        debit=debit,
        credit=credit,
        balance=balance,
    )
