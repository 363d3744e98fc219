"""Reminder messages: payment and win-back templates in English and Hindi, and the links that
send them (WhatsApp's `wa.me`, e-mail's `mailto:`). Standard library only.

A template names its fields in braces: {customer}, {amount}, {due_date}, {shop}, {phone}.
Anything else in braces is left as typed (so an edited template can never fail to fill).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from vyapar_lite.domain import contact
from vyapar_lite.domain.money import format_money

KINDS = ("payment", "win_back")
LANGUAGES = ("en", "hi")
CHANNELS = ("copy", "whatsapp", "email")
KIND_LABELS = {"payment": "Payment reminder", "win_back": "Win-back reminder"}
LANGUAGE_LABELS = {"en": "English", "hi": "हिन्दी"}
CHANNEL_LABELS = {"copy": "copied", "whatsapp": "WhatsApp", "email": "e-mail"}
FIELDS = ("customer", "amount", "due_date", "shop", "phone")

TEMPLATES: dict[tuple[str, str], str] = {
    ("payment", "en"): (
        "Dear {customer},\n"
        "This is a gentle reminder from {shop}: {amount} is due on your account "
        "(oldest bill due on {due_date}). Kindly pay at your earliest convenience. "
        "If you have already paid, please ignore this message.\n"
        "Thank you,\n{shop}\n{phone}"
    ),
    ("payment", "hi"): (
        "प्रिय {customer} जी,\n"
        "{shop} की ओर से विनम्र स्मरण: आपके खाते में {amount} बकाया है "
        "(सबसे पुराना बिल {due_date} को देय था)। कृपया जल्द से जल्द भुगतान करें। "
        "यदि आप भुगतान कर चुके हैं, तो कृपया इस संदेश को अनदेखा करें।\n"
        "धन्यवाद,\n{shop}\n{phone}"
    ),
    ("win_back", "en"): (
        "Dear {customer},\n"
        "We have missed you at {shop}! It has been a while since your last visit. "
        "New stock has arrived and we would be glad to serve you again. "
        "Call us on {phone}.\n"
        "Thank you,\n{shop}"
    ),
    ("win_back", "hi"): (
        "प्रिय {customer} जी,\n"
        "{shop} में हमें आपकी कमी महसूस हो रही है! आपकी पिछली खरीदारी को काफ़ी समय हो गया है। "
        "नया माल आ गया है, हमें फिर से आपकी सेवा करके ख़ुशी होगी। "
        "हमें {phone} पर कॉल करें।\n"
        "धन्यवाद,\n{shop}"
    ),
}
SUBJECTS: dict[tuple[str, str], str] = {
    ("payment", "en"): "Payment reminder from {shop}",
    ("payment", "hi"): "{shop} की ओर से भुगतान स्मरण",
    ("win_back", "en"): "We miss you at {shop}",
    ("win_back", "hi"): "{shop} में आपका इंतज़ार है",
}
_TODAY = {"en": "today", "hi": "आज"}
_FIELD = re.compile(r"\{(" + "|".join(FIELDS) + r")\}")


@dataclass(frozen=True)
class ReminderFacts:
    """What a message says about the customer and the shop."""

    customer: str
    amount_due: int  # paise
    oldest_due: date | None  # the oldest unpaid bill's due date (None: none known)
    shop: str
    shop_phone: str


def fill(template: str, facts: ReminderFacts, language: str) -> str:
    """The template with its fields filled in (amount as ₹1,24,000.00, dates dd-mm-yyyy)."""
    values = {
        "customer": facts.customer,
        "amount": format_money(facts.amount_due),
        "due_date": facts.oldest_due.strftime("%d-%m-%Y")
        if facts.oldest_due
        else _TODAY.get(language, "today"),
        "shop": facts.shop,
        "phone": facts.shop_phone,
    }
    return _FIELD.sub(lambda match: values[match.group(1)], template)


def message(kind: str, language: str, facts: ReminderFacts) -> str:
    return fill(TEMPLATES[(kind, language)], facts, language)


def subject(kind: str, language: str, facts: ReminderFacts) -> str:
    return fill(SUBJECTS[(kind, language)], facts, language)


def whatsapp_number(phone: str) -> tuple[str, str]:
    """(the number as WhatsApp wants it, "") or ("", why there is none).

    International form, digits only, no +, spaces or leading zeros: an Indian 10-digit mobile
    gets 91 in front (`98220 12345`, `098220 12345`, `+91 98220 12345` all give 919822012345);
    a number given with + (or 00) and a country code keeps it. Only mobiles get a link: an
    Indian landline (`020-2445 1234`, told apart by `contact.read_phone`) or a short or garbled
    number gets none."""
    text = phone.strip()
    if not text:
        return "", "no phone number"
    if re.search(r"[^0-9+\s\-().]", text):
        return "", f"{text} is not a phone number"
    found = contact.read_phone(text)
    if found is None:
        international = text.startswith("+") or text.startswith("00")
        if international and not text.replace(" ", "").startswith(("+91", "0091")):
            return "", f"{text} is not a complete international number"
        return "", f"{text} is not a mobile number"
    if not found.mobile:
        return "", f"{text} is not a mobile number"
    return ("91" + found.stored if found.indian else found.stored.lstrip("+")), ""


def whatsapp_link(number: str, text: str) -> str:
    """`https://wa.me/<number>?text=<text, percent-encoded as UTF-8>`."""
    return f"https://wa.me/{number}?text={quote(text, safe='')}"


def email_link(address: str, subject_text: str, body: str) -> str:
    """`mailto:<address>?subject=...&body=...` (percent-encoded; line breaks as CRLF, as
    RFC 6068 asks)."""
    body = body.replace("\r\n", "\n").replace("\n", "\r\n")
    return (
        f"mailto:{quote(address.strip(), safe='@')}"
        f"?subject={quote(subject_text, safe='')}&body={quote(body, safe='')}"
    )
