"""Reminders: the message and links for a customer, and the log of reminders sent."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from segment_builders import customer, receive, sale
from vyapar_lite.db.models import AuditEntry, Reminder
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import customer_data, reminders


def test_prepare_a_payment_reminder(shop_file: Path) -> None:
    code = customer("Asha Verma", phone="98220 12345", email="asha@example.in",
                    payment_terms_days=15)  # fmt: skip
    sale(code, 250000, date(2026, 5, 1))
    sale(code, 100000, date(2026, 6, 1))
    draft = reminders.prepare(code, "payment", "en", today=date(2026, 7, 1))
    assert (draft.amount_due, draft.oldest_due) == (350000, date(2026, 5, 16))
    assert "₹3,500.00 is due on your account (oldest bill due on 16-05-2026)" in draft.message
    assert "Test Traders\n9822000000" in draft.message
    assert draft.links.whatsapp.startswith(
        "https://wa.me/919822012345?text=Dear%20Asha%20Verma%2C%0A"
    )
    assert draft.links.email.startswith("mailto:asha@example.in?subject=Payment%20reminder%20from")
    assert (draft.links.whatsapp_problem, draft.links.email_problem) == ("", "")


def test_no_links_without_a_mobile_or_an_email(shop_file: Path) -> None:
    code = customer("Walk-in Wali", phone="")
    draft = reminders.prepare(code, "win_back", "hi")
    assert draft.links.whatsapp == "" and draft.links.email == ""
    assert draft.links.whatsapp_problem == "no phone number"
    assert draft.links.email_problem == "no e-mail address"
    with pytest.raises(ValidationError) as bad:
        reminders.prepare("CASH", "payment", "en")
    assert bad.value.errors[0].field == "customer"


def test_record_sent_logs_a_row_and_an_audit_entry(shop_file: Path) -> None:
    code = customer("Asha Verma")
    sent = reminders.record_sent(
        code, kind="payment", channel="whatsapp", language="hi", message=" नमस्ते ",
        amount_due=12345, sent_on=date(2026, 11, 23),
    )  # fmt: skip
    row = Reminder.get_by_id(sent.id)
    assert (row.kind, row.channel, row.language, row.amount_due, row.message) == (
        "payment", "whatsapp", "hi", 12345, "नमस्ते",
    )  # fmt: skip
    assert row.sent_on == date(2026, 11, 23)
    assert sent.summary == "Payment reminder sent by WhatsApp on 23-11-2026"
    entry = AuditEntry.select().order_by(AuditEntry.id.desc()).get()
    assert (entry.action, entry.record_type, entry.record_id) == ("create", "reminder", sent.id)
    assert entry.customer_id == row.customer_id
    assert json.loads(entry.after_json)["channel"] == "whatsapp"
    assert [r.summary for r in reminders.reminders_of(code)] == [sent.summary]
    data = customer_data.customer_data(code)
    assert [len(t.rows) for t in data.tables if t.title == "Reminders"] == [1]


def test_record_sent_refuses_bad_input_and_saves_nothing(shop_file: Path) -> None:
    code = customer("Asha Verma")
    before = AuditEntry.select().count()
    with pytest.raises(ValidationError) as bad:
        reminders.record_sent(code, kind="thanks", channel="sms", language="fr", message=" ",
                              amount_due=-1)  # fmt: skip
    assert {e.field for e in bad.value.errors} == {
        "kind", "channel", "language", "message", "amount_due",
    }  # fmt: skip
    assert Reminder.select().count() == 0 and AuditEntry.select().count() == before


def test_a_payment_reminder_counts_the_opening_bill_and_its_due_date(shop_file: Path) -> None:
    # issue 14's shop: ₹23,400 owed from before the app (opening bill dated 1 April, due after
    # the 15 days' terms), ₹1,935 bought on 1 May, ₹5,000 paid on 6 May onto the opening bill
    code = customer("Old Oswal", phone="98220 12345", payment_terms_days=15, opening=2340000)
    sale(code, 193500, date(2026, 5, 1))
    receive(code, 500000, date(2026, 5, 6))

    draft = reminders.prepare(code, "payment", "en", today=date(2026, 7, 1))

    assert (draft.amount_due, draft.oldest_due) == (2033500, date(2026, 4, 16))
    assert "₹20,335.00 is due on your account (oldest bill due on 16-04-2026)" in draft.message
    hindi = reminders.prepare(code, "payment", "hi", today=date(2026, 7, 1))
    assert "20,335.00" in hindi.message and "16-04-2026" in hindi.message
