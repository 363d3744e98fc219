"""A customer's file: notes, feedback and follow-ups, each write audited, newest first."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from factories import make_customer
from vyapar_lite.db.models import AuditEntry, Customer, CustomerNote
from vyapar_lite.domain.errors import ValidationError
from vyapar_lite.services import customer_file, customers
from vyapar_lite.services.customer_file import FileEntry

TODAY = date.today()
D1, D2, D3 = (TODAY - timedelta(days=n) for n in (30, 20, 10))


@pytest.fixture
def asha(shop_file: Path) -> str:
    return make_customer("Asha Sharma").code


def _audit_rows() -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.record_type == "customer_note"))


def _customer_id(code: str) -> int:
    return int(Customer.get(Customer.code == code).id)


def test_a_note_is_saved_and_audited(asha: str) -> None:
    entry = customer_file.add_note(asha, "  Prefers delivery after 6 pm  ", entry_date=D1)

    assert entry == FileEntry(
        id=entry.id,
        customer_code=asha,
        customer_name="Asha Sharma",
        entry_date=D1,
        kind="note",
        text="Prefers delivery after 6 pm",
        feedback_type="",
        status="",
        due_date=None,
        created_at=entry.created_at,
    )
    assert entry.kind_label == "Note"
    [row] = _audit_rows()
    assert (row.action, row.record_id, row.record_label) == ("create", entry.id, "C0001 note")
    assert row.customer_id == _customer_id(asha)
    assert json.loads(row.after_json) == {
        "date": D1.isoformat(),
        "kind": "note",
        "text": "Prefers delivery after 6 pm",
    }


def test_entries_are_newest_first_and_only_the_customers_own(asha: str) -> None:
    other = make_customer("Ravi Kumar").code
    first = customer_file.add_note(asha, "first", entry_date=D1)
    third = customer_file.add_note(asha, "third", entry_date=D3)
    second_a = customer_file.add_note(asha, "second a", entry_date=D2)
    second_b = customer_file.add_note(asha, "second b", entry_date=D2)
    customer_file.add_note(other, "not Asha's", entry_date=D3)

    listed = customer_file.entries(asha)

    assert [e.id for e in listed] == [third.id, second_b.id, second_a.id, first.id]
    assert [e.id for e in customer_file.entries(asha, limit=2)] == [third.id, second_b.id]
    assert [e.text for e in customer_file.entries(other)] == ["not Asha's"]


def test_entries_search_the_text_ignoring_case(asha: str) -> None:
    customer_file.add_note(asha, "Wants the DIWALI catalogue", entry_date=D1)
    customer_file.add_note(asha, "Paid 50% in advance", entry_date=D2)
    customer_file.add_note(asha, "Prefers cash_on_delivery", entry_date=D3)

    def found(text: str) -> list[str]:
        return [e.text for e in customer_file.entries(asha, search=text)]

    assert found("diwali") == ["Wants the DIWALI catalogue"]
    assert found("  cata  ") == ["Wants the DIWALI catalogue"]
    assert found("%") == ["Paid 50% in advance"]  # wildcards are plain characters
    assert found("_on_") == ["Prefers cash_on_delivery"]
    assert found("d_l") == []  # "_" would match the "e" of "delivery" as a wildcard
    assert len(found("")) == 3


def test_a_complaint_stays_open_until_resolved(asha: str) -> None:
    complaint = customer_file.add_feedback(asha, "Rice was damp", "complaint", entry_date=D2)
    assert (complaint.kind, complaint.feedback_type, complaint.status) == (
        "feedback",
        "complaint",
        "open",
    )
    assert complaint.kind_label == "Complaint"

    resolved = customer_file.resolve_feedback(complaint.id)

    assert resolved.status == "resolved"
    assert customer_file.entries(asha)[0].status == "resolved"
    _create, resolve = _audit_rows()
    assert (resolve.action, resolve.record_id) == ("resolve", complaint.id)
    assert resolve.customer_id == _customer_id(asha)
    assert json.loads(resolve.before_json) == {"status": "open"}
    assert json.loads(resolve.after_json) == {"status": "resolved"}

    with pytest.raises(ValidationError, match="already resolved"):
        customer_file.resolve_feedback(complaint.id)
    assert len(_audit_rows()) == 2


def test_a_compliment_or_note_has_nothing_to_resolve(asha: str) -> None:
    compliment = customer_file.add_feedback(asha, "Quick delivery", "compliment", entry_date=D1)
    note = customer_file.add_note(asha, "x", entry_date=D1)
    assert (compliment.status, compliment.kind_label) == ("", "Compliment")

    for entry in (compliment, note):
        with pytest.raises(ValidationError, match="Only a complaint"):
            customer_file.resolve_feedback(entry.id)
        with pytest.raises(ValidationError, match="Only a follow-up"):
            customer_file.complete_follow_up(entry.id)


def test_bad_feedback_type_saves_nothing(asha: str) -> None:
    with pytest.raises(ValidationError) as exc:
        customer_file.add_feedback(asha, "x", "praise", entry_date=D1)
    assert exc.value.for_field("feedback_type") == "Choose Compliment or Complaint"
    assert CustomerNote.select().count() == 0
    assert _audit_rows() == []


def test_a_follow_up_is_open_until_done(asha: str) -> None:
    due = TODAY + timedelta(days=3)
    follow_up = customer_file.add_follow_up(asha, "Ask about the order", due, entry_date=D3)
    assert (follow_up.kind, follow_up.status, follow_up.due_date) == ("follow_up", "open", due)
    assert follow_up.kind_label == "Follow-up"

    done = customer_file.complete_follow_up(follow_up.id)

    assert done.status == "done"
    assert [r.action for r in _audit_rows()] == ["create", "complete"]
    with pytest.raises(ValidationError, match="already done"):
        customer_file.complete_follow_up(follow_up.id)
    with pytest.raises(ValidationError, match="Only a complaint"):
        customer_file.resolve_feedback(follow_up.id)


def test_a_follow_up_due_before_its_date_is_refused(asha: str) -> None:
    with pytest.raises(ValidationError) as exc:
        customer_file.add_follow_up(asha, "x", D1, entry_date=D2)
    assert "cannot be before" in (exc.value.for_field("due_date") or "")
    assert CustomerNote.select().count() == 0
    assert _audit_rows() == []


def test_empty_text_and_future_dates_are_refused(asha: str) -> None:
    with pytest.raises(ValidationError) as exc:
        customer_file.add_note(asha, "   ", entry_date=TODAY + timedelta(days=1))
    assert {e.field for e in exc.value.errors} == {"text", "entry_date"}
    assert CustomerNote.select().count() == 0


def test_close_entry_resolves_or_completes(asha: str) -> None:
    complaint = customer_file.add_feedback(asha, "Late", "complaint", entry_date=D1)
    follow_up = customer_file.add_follow_up(asha, "Call", TODAY, entry_date=D1)
    note = customer_file.add_note(asha, "x", entry_date=D1)

    assert customer_file.close_entry(complaint.id).status == "resolved"
    assert customer_file.close_entry(follow_up.id).status == "done"
    with pytest.raises(ValidationError):
        customer_file.close_entry(note.id)


def test_open_follow_ups_across_customers_most_overdue_first(asha: str) -> None:
    ravi = make_customer("Ravi Kumar").code
    late = customer_file.add_follow_up(ravi, "Collect the cheque", D2, entry_date=D1)
    today = customer_file.add_follow_up(asha, "Deliver the order", TODAY, entry_date=D1)
    later = customer_file.add_follow_up(asha, "Diwali offer", TODAY + timedelta(7), entry_date=D1)
    made = customer_file.add_follow_up(ravi, "Already made", D3, entry_date=D1)
    customer_file.complete_follow_up(made.id)
    customer_file.add_feedback(asha, "Open complaint", "complaint", entry_date=D1)

    due = customer_file.open_follow_ups(TODAY)

    assert [(e.id, e.customer_code, e.customer_name) for e in due] == [
        (late.id, ravi, "Ravi Kumar"),
        (today.id, asha, "Asha Sharma"),
    ]
    assert [e.id for e in customer_file.open_follow_ups(TODAY + timedelta(30))] == [
        late.id,
        today.id,
        later.id,
    ]
    assert customer_file.open_follow_ups(D1) == []


def test_entries_of_a_deactivated_customer_can_still_be_added(asha: str) -> None:
    customers.set_active(asha, False)
    customer_file.add_feedback(asha, "Came back to complain", "complaint", entry_date=D3)
    assert len(customer_file.entries(asha)) == 1


def test_unknown_customer_or_entry(asha: str) -> None:
    with pytest.raises(ValidationError) as exc:
        customer_file.add_note("C9999", "x", entry_date=D1)
    assert exc.value.for_field("code") == "There is no customer with code C9999"
    with pytest.raises(ValidationError) as exc:
        customer_file.entries("C9999")
    with pytest.raises(ValidationError) as exc:
        customer_file.resolve_feedback(12345)
    assert exc.value.for_field("note_id") == "That entry is not in any customer's file"


def test_customer_codes_are_matched_as_typed(asha: str) -> None:
    customer_file.add_note(" c0001 ", "lower case code", entry_date=D1)
    assert [e.text for e in customer_file.entries("c0001")] == ["lower case code"]
