"""Reminder templates and the links that send them (phone numbers, percent-encoding)."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from vyapar_lite.domain import reminder

FACTS = reminder.ReminderFacts(
    "Asha Verma", 12400050, date(2026, 10, 1), "Test Traders", "9822000000"
)


def test_payment_message_in_english_and_hindi() -> None:
    english = reminder.message("payment", "en", FACTS)
    assert english.startswith("Dear Asha Verma,\n")
    assert "₹1,24,000.50 is due on your account (oldest bill due on 01-10-2026)" in english
    assert english.endswith("Thank you,\nTest Traders\n9822000000")
    hindi = reminder.message("payment", "hi", FACTS)
    assert hindi.startswith("प्रिय Asha Verma जी,\n")
    assert "आपके खाते में ₹1,24,000.50 बकाया है (सबसे पुराना बिल 01-10-2026 को देय था)" in hindi
    win_back = reminder.message("win_back", "hi", FACTS)
    assert "हमें 9822000000 पर कॉल करें" in win_back and "{" not in win_back


def test_fill_leaves_unknown_braces_and_says_today_without_a_date() -> None:
    facts = reminder.ReminderFacts("Ravi", 0, None, "Shop", "1")
    assert reminder.fill("{customer} {due_date} {unknown}", facts, "hi") == "Ravi आज {unknown}"


@pytest.mark.parametrize(
    ("phone", "number"),
    [
        ("9822012345", "919822012345"),
        ("98220 12345", "919822012345"),
        ("098220-12345", "919822012345"),
        ("+91 98220 12345", "919822012345"),
        ("919822012345", "919822012345"),
        ("+971 50 123 4567", "971501234567"),
        ("00971501234567", "971501234567"),
    ],
)
def test_whatsapp_numbers(phone: str, number: str) -> None:
    assert reminder.whatsapp_number(phone) == (number, "")


@pytest.mark.parametrize(
    ("phone", "why"),
    [
        ("", "no phone number"),
        ("020-24567890", "020-24567890 is not a mobile number"),
        ("12345", "12345 is not a mobile number"),
        ("+91 20 2456 7890", "+91 20 2456 7890 is not a mobile number"),
        ("call Ravi", "call Ravi is not a phone number"),
    ],
)
def test_no_whatsapp_number(phone: str, why: str) -> None:
    assert reminder.whatsapp_number(phone) == ("", why)


def test_whatsapp_link_percent_encodes_hindi_as_utf8() -> None:
    link = reminder.whatsapp_link("919822012345", "नमस्ते Asha & co\n₹100")
    assert link == (
        "https://wa.me/919822012345?text="
        "%E0%A4%A8%E0%A4%AE%E0%A4%B8%E0%A5%8D%E0%A4%A4%E0%A5%87%20Asha%20%26%20co%0A%E2%82%B9100"
    )
    assert unquote(urlsplit(link).query.removeprefix("text=")) == "नमस्ते Asha & co\n₹100"


def test_email_link() -> None:
    link = reminder.email_link("asha@example.in", "Payment reminder", "Dear Asha,\nPay ₹5?")
    assert link == (
        "mailto:asha@example.in?subject=Payment%20reminder"
        "&body=Dear%20Asha%2C%0D%0APay%20%E2%82%B95%3F"
    )
    query = parse_qs(urlsplit(link).query)
    assert query["body"] == ["Dear Asha,\r\nPay ₹5?"]
