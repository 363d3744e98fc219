"""Reminders to customers: a payment reminder (what they owe, since when) or a win-back message
(for a customer who has stopped buying), in English or Hindi, to copy, send by WhatsApp or
e-mail; and the log of reminders sent, kept on the customer's file.

`prepare()` only reads: the message from the template and the links for it. The shopkeeper may
edit the text; `links()` makes the links for the edited text. Each time a reminder goes out
(copied, opened in WhatsApp, e-mailed), `record_sent()` logs it (one audited transaction).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from vyapar_lite.db import database
from vyapar_lite.db.models import Customer, Reminder
from vyapar_lite.domain import reminder as text
from vyapar_lite.domain.errors import FieldError, ValidationError, raise_if_any
from vyapar_lite.services import audit, shop
from vyapar_lite.services.balances import balance_of
from vyapar_lite.services.outstanding import outstanding_page
from vyapar_lite.services.report_scope import CustomerScope

MAX_MESSAGE = 4000  # characters: WhatsApp and mail clients choke on longer links


@dataclass(frozen=True)
class ReminderLinks:
    whatsapp: str  # "" when there is no usable mobile number
    whatsapp_problem: str  # why there is no WhatsApp link ("" when there is one)
    email: str  # "" when there is no e-mail address
    email_problem: str


@dataclass(frozen=True)
class ReminderDraft:
    """A reminder ready to send: the customer, what they owe, and the message from the template."""

    customer_code: str
    customer_name: str
    phone: str
    email: str
    kind: str  # "payment" | "win_back"
    language: str  # "en" | "hi"
    amount_due: int  # paise (0 when the customer owes nothing)
    oldest_due: date | None
    subject: str
    message: str
    links: ReminderLinks


@dataclass(frozen=True)
class SentReminder:
    id: int
    customer_code: str
    sent_on: date
    kind: str
    channel: str
    language: str
    amount_due: int
    message: str

    @property
    def summary(self) -> str:
        """ "Payment reminder sent by WhatsApp on 23-11-2026"."""
        how = {"copy": "copied to send", "whatsapp": "sent by WhatsApp", "email": "sent by e-mail"}
        return f"{text.KIND_LABELS[self.kind]} {how[self.channel]} on {self.sent_on:%d-%m-%Y}"


def _check_choice(field: str, value: str, allowed: tuple[str, ...]) -> list[FieldError]:
    if value in allowed:
        return []
    return [FieldError(field, f"Choose one of {', '.join(allowed)}, not {value!r}")]


def _customer(code: str) -> Customer:
    row = Customer.get_or_none(Customer.code == code.strip().upper())
    if row is None:
        raise ValidationError(FieldError("customer", f"There is no customer with code {code}"))
    if row.is_cash:
        raise ValidationError(FieldError("customer", "Walk-in (CASH) sales have nobody to remind"))
    return row


def prepare(code: str, kind: str, language: str, *, today: date | None = None) -> ReminderDraft:
    """The reminder for one customer from the template (nothing is saved)."""
    raise_if_any(
        _check_choice("kind", kind, text.KINDS)
        + _check_choice("language", language, text.LANGUAGES)
    )
    today = today or date.today()
    row = _customer(code)
    amount = max(balance_of(row.id), 0)
    oldest = outstanding_page(today, CustomerScope(customer_code=row.code), limit=1)
    profile = shop.get_profile()
    facts = text.ReminderFacts(
        row.name,
        amount,
        oldest[0].due_date if oldest else None,
        profile.name if profile else "",
        profile.phone if profile else "",
    )
    subject = text.subject(kind, language, facts)
    message = text.message(kind, language, facts)
    return ReminderDraft(
        row.code,
        row.name,
        row.phone,
        row.email,
        kind,
        language,
        amount,
        facts.oldest_due,
        subject,
        message,
        links(row.phone, row.email, subject, message),
    )


def links(phone: str, email: str, subject: str, message: str) -> ReminderLinks:
    """The WhatsApp and e-mail links for a message (or why there is none)."""
    number, problem = text.whatsapp_number(phone)
    whatsapp = text.whatsapp_link(number, message) if number else ""
    if email.strip():
        return ReminderLinks(whatsapp, problem, text.email_link(email, subject, message), "")
    return ReminderLinks(whatsapp, problem, "", "no e-mail address")


def record_sent(
    code: str,
    *,
    kind: str,
    channel: str,
    language: str,
    message: str,
    amount_due: int,
    sent_on: date | None = None,
) -> SentReminder:
    """Log a reminder sent to a customer (one transaction with its audit row)."""
    message = message.strip()
    errors = (
        _check_choice("kind", kind, text.KINDS)
        + _check_choice("channel", channel, text.CHANNELS)
        + _check_choice("language", language, text.LANGUAGES)
    )
    if not message:
        errors.append(FieldError("message", "Write the message to send"))
    elif len(message) > MAX_MESSAGE:
        errors.append(FieldError("message", f"Keep the message under {MAX_MESSAGE} characters"))
    if amount_due < 0:
        errors.append(FieldError("amount_due", "The amount due cannot be below 0"))
    raise_if_any(errors)
    sent_on = sent_on or date.today()
    with database.atomic():
        row = _customer(code)
        saved = Reminder.create(
            customer=row.id,
            sent_on=sent_on,
            kind=kind,
            channel=channel,
            language=language,
            amount_due=amount_due,
            message=message,
            created_at=datetime.now(),
        )
        audit.record(
            "create",
            "reminder",
            saved.id,
            label=f"{row.code} {text.KIND_LABELS[kind].lower()}",
            after={
                "kind": kind,
                "channel": channel,
                "language": language,
                "sent_on": sent_on,
                "amount_due": amount_due,
                "message": message,
            },
            customer_id=row.id,
        )
    return SentReminder(saved.id, row.code, sent_on, kind, channel, language, amount_due, message)


def reminders_of(code: str) -> list[SentReminder]:
    """The reminders sent to a customer, newest first."""
    row = Customer.get_or_none(Customer.code == code.strip().upper())
    if row is None:
        return []
    query: Any = (
        Reminder.select(
            Reminder.id,
            Reminder.sent_on,
            Reminder.kind,
            Reminder.channel,
            Reminder.language,
            Reminder.amount_due,
            Reminder.message,
        )
        .where(Reminder.customer == row.id)
        .order_by(Reminder.sent_on.desc(), Reminder.id.desc())
        .tuples()
    )
    return [
        SentReminder(int(i), row.code, on, kind, channel, language, int(amount), message)
        for i, on, kind, channel, language, amount, message in query
    ]
