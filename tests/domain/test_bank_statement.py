"""Bank statements as Indian banks write them: headers, dates and amounts read into paise."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from vyapar_lite.domain.bank_statement import read_statement
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.domain.passbook_match import BookEntry, PassbookLine, pair


def test_an_hdfc_style_statement_with_details_above_and_a_summary_below() -> None:
    rows = [
        ("HDFC BANK Ltd.", None, None, None, None, None, None),
        ("Account No : 50100012345678", None, None, None, None, None, None),
        (None, None, None, None, None, None, None),
        (
            "Date",
            "Narration",
            "Chq./Ref.No.",
            "Value Dt",
            "Withdrawal Amt.",
            "Deposit Amt.",
            "Closing Balance",
        ),
        ("********", "********", "********", "********", "********", "********", "********"),
        (
            "01/04/26",
            "UPI-RAMESH KUMAR-OKAXIS",
            "000612345678",
            "01/04/26",
            None,
            "1,180.00",
            "11,180.00",
        ),
        ("02/04/26", "CHQ PAID-SHARMA", "000123", "02/04/26", "500.50", None, "10,679.50"),
        (None, "ELECTRICITY MSEB", None, None, None, None, None),
        ("STATEMENT SUMMARY :-", None, None, None, None, None, None),
        ("Opening Balance", "Dr Count", None, None, None, None, None),
        ("10000.00", "1", None, None, None, None, None),
    ]
    statement = read_statement(rows)
    assert statement.header_row == 4
    assert statement.columns["debit"] == "Withdrawal Amt."
    assert [(x.row_number, x.on, x.debit, x.credit, x.balance) for x in statement.lines] == [
        (6, date(2026, 4, 1), 0, 118000, 1118000),
        (7, date(2026, 4, 2), 50050, 0, 1067950),
    ]
    assert statement.lines[1].narration == "CHQ PAID-SHARMA ELECTRICITY MSEB"
    assert statement.lines[0].reference == "000612345678"


def test_an_sbi_style_statement_with_month_names_and_debit_credit_columns() -> None:
    rows = [
        [
            "Txn Date",
            "Value Date",
            "Description",
            "Ref No./Cheque No.",
            "Debit",
            "Credit",
            "Balance",
        ],
        ["5 Apr 2026", "5 Apr 2026", "BY TRANSFER-NEFT", "UTR123456", "", "2,500.00", "12,500.00"],
        ["06-Apr-26", "06-Apr-26", "ATM WDL", "", 1000, "", "11,500.00"],
        [datetime(2026, 4, 7, 0, 0), None, "CASH DEPOSIT", "", None, 5000.5, "16,500.50 Cr"],
    ]
    lines = read_statement(rows).lines
    assert [(x.on, x.amount, x.balance) for x in lines] == [
        (date(2026, 4, 5), 250000, 1250000),
        (date(2026, 4, 6), -100000, 1150000),
        (date(2026, 4, 7), 500050, 1650050),
    ]


def test_one_amount_column_with_dr_cr() -> None:
    rows = [
        ("Transaction Date", "Particulars", "Amount (INR)", "Dr/Cr", "Balance (INR)"),
        ("10-04-2026 10:15:00", "POS SETTLEMENT", "999.00", "CR", "999.00"),
        ("11-04-2026", "RENT", "400.00", "DR", "599.00"),
    ]
    assert [x.amount for x in read_statement(rows).lines] == [99900, -40000]


def test_a_file_with_unknown_columns_is_refused_naming_what_was_expected() -> None:
    rows = [("Name", "Phone", "City"), ("Ramesh", "9822012345", "Pune")]
    with pytest.raises(ValidationError) as caught:
        read_statement(rows)
    message = str(caught.value)
    assert "No row in the first 40 has the columns of a bank statement" in message
    assert "Withdrawal Amt." in message and "Txn Date" in message


def test_a_header_without_amounts_says_what_is_missing() -> None:
    rows = [("Date", "Narration", "Balance"), ("01/04/2026", "x", "10")]
    with pytest.raises(ValidationError) as caught:
        read_statement(rows)
    assert 'Row 1 looks like the statement\'s header ("Date", "Narration", "Balance")' in str(
        caught.value
    )
    assert "no withdrawal and deposit (debit and credit) columns" in str(caught.value)


def test_bad_rows_are_named_by_row_and_column() -> None:
    rows = [
        ("Date", "Narration", "Debit", "Credit"),
        ("01/04/2026", "ok", "10", ""),
        ("02/04/2026", "both", "10", "20"),
        ("03/04/2026", "word", "ten", ""),
        ("31/02/2026", "not a day", "1", ""),
    ]
    with pytest.raises(ValidationError) as caught:
        read_statement(rows)
    messages = [e.message for e in caught.value.errors]
    assert messages[0].startswith("row 3, Debit: a transaction is either a withdrawal or a deposit")
    assert messages[1].startswith("row 4, Debit:")
    assert messages[2].startswith("row 5, Date: '31/02/2026' is not a date")


def test_pairing_prefers_the_reference_then_the_nearest_date() -> None:
    lines = [
        PassbookLine(2, date(2026, 4, 3), 50000, "CLG CHQ 000777 SHARMA"),
        PassbookLine(3, date(2026, 4, 3), 50000, "UPI"),
        PassbookLine(4, date(2026, 4, 20), 70000, "late"),
    ]
    entries = [
        BookEntry(10, date(2026, 4, 2), 50000, ""),
        BookEntry(11, date(2026, 4, 1), 50000, "000777"),
        BookEntry(12, date(2026, 4, 2), -50000, ""),
        BookEntry(13, date(2026, 4, 1), 70000, ""),
    ]
    got = pair(lines, entries)
    assert got.pairs == ((2, 11), (3, 10))
    assert got.unmatched_rows == (4,)
    assert got.unmatched_entries == (12, 13)
