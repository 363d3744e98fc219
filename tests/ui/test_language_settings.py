"""Settings › Language: the choice is kept for the next start, and the screen says so."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from vyapar_lite.ui import language
from vyapar_lite.ui.settings.language_settings import LanguageSettings


def test_choosing_hindi_is_kept_for_the_next_start(qtbot: QtBot) -> None:
    page = LanguageSettings()
    qtbot.addWidget(page)
    assert page.choice.currentData() == "en"
    page.choice.setCurrentIndex(page.choice.findData("hi"))
    page.bilingual.setChecked(True)
    page.save_button.click()
    try:
        assert QSettings().value(language.LANGUAGE_SETTING) == "hi"
        assert language.chosen() == "hi" and language.bilingual_headings()
        assert language.current() == "en"  # this run stays in English until restarted
        assert "start the app again to see it in हिन्दी" in page.status.text()
        again = LanguageSettings()
        qtbot.addWidget(again)
        assert again.choice.currentData() == "hi" and again.bilingual.isChecked()
    finally:
        language.choose("en")
        language.set_flag(language.BILINGUAL_SETTING, False)


def test_an_unknown_stored_language_is_english(qtbot: QtBot) -> None:
    QSettings().setValue(language.LANGUAGE_SETTING, "xx")
    try:
        assert language.chosen() == "en"
        page = LanguageSettings()
        qtbot.addWidget(page)
        assert page.choice.currentData() == "en"
    finally:
        language.choose("en")
