from vyapar_lite.domain.hindi_words import BELOW_HUNDRED, amount_in_hindi_words
from vyapar_lite.domain.messages import QT_TRANSLATE_NOOP, Message


def test_the_issue_example() -> None:
    assert amount_in_hindi_words(193500) == "एक हज़ार नौ सौ पैंतीस रुपये मात्र"


def test_lakh_crore_and_paise() -> None:
    assert amount_in_hindi_words(12400050) == "एक लाख चौबीस हज़ार रुपये और पचास पैसे मात्र"
    assert amount_in_hindi_words(3_45_67_890_00) == (
        "तीन करोड़ पैंतालीस लाख सड़सठ हज़ार आठ सौ नब्बे रुपये मात्र"
    )
    assert amount_in_hindi_words(100 * 100 * 10**7) == "एक सौ करोड़ रुपये मात्र"


def test_one_rupee_one_paisa_zero_and_minus() -> None:
    assert amount_in_hindi_words(100) == "एक रुपया मात्र"
    assert amount_in_hindi_words(1) == "एक पैसा मात्र"
    assert amount_in_hindi_words(5) == "पाँच पैसे मात्र"
    assert amount_in_hindi_words(0) == "शून्य रुपये मात्र"
    assert amount_in_hindi_words(-250) == "ऋण दो रुपये और पचास पैसे मात्र"


def test_every_number_below_a_hundred_has_its_own_word() -> None:
    assert len(BELOW_HUNDRED) == 100
    assert len(set(BELOW_HUNDRED)) == 100
    assert (BELOW_HUNDRED[35], BELOW_HUNDRED[99]) == ("पैंतीस", "निन्यानवे")


def test_a_message_is_its_english_and_keeps_its_parameters() -> None:
    message = Message(QT_TRANSLATE_NOOP("messages", "Row {row}: enter a name"), row=7)
    assert message == "Row 7: enter a name"
    assert (message.template, message.params) == ("Row {row}: enter a name", {"row": 7})
    assert Message("Saved.") == "Saved." and Message("Saved.").params == {}
