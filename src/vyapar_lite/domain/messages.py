"""Messages that `domain` and `services` give the screens, translatable without importing Qt.

A message is kept as its key (the English template, in the "messages" context of the
translation files) and its parameters. `Message` is a `str` (the English, filled in), so the
CLI, logs and every caller that prints an error keep working unchanged; the screens translate
the template and fill in the same parameters (`ui/language.shown`), so the layer rule
(tests/test_architecture.py) holds.

    raise ValidationError(FieldError("row", Message(QT_TRANSLATE_NOOP(
        "messages", "Row {row}: enter the customer's name"), row=7)))

A parameter that is itself words (a series' name, a nested message) is a `Word` or a `Message`,
so the screens translate it too; numbers and codes are plain values and stay as they are.

`QT_TRANSLATE_NOOP` is the name `pyside6-lupdate` looks for: the English template written inside
it is what lands in resources/translations/*.ts (`dev.py translations`).
"""

from __future__ import annotations

CONTEXT = "messages"


# the name pyside6-lupdate looks for, hence not snake_case
def QT_TRANSLATE_NOOP(context: str, english: str) -> str:
    """Mark `english` for translation in `context`; returns it unchanged."""
    return english


class Message(str):
    """English text with its parameters: `str(m)` is the English filled in; `template` and
    `params` are what a screen translates and fills (numbers and codes stay as they are)."""

    template: str
    params: dict[str, object]

    def __new__(cls, template: str, **params: object) -> Message:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.params = params
        return self


class Word(str):
    """A word marked for translation elsewhere (its `context`), passed as a Message's parameter:
    `str(w)` is the English (lower-cased when `lowered`, as it reads mid-sentence), or `stored`
    when the text was kept as a code (a payment mode's "bank" for "Bank transfer"); a screen
    translates `english` in `context` (and lower-cases it the same way)."""

    context: str
    english: str
    lowered: bool

    def __new__(
        cls, context: str, english: str, *, lower: bool = False, stored: str | None = None
    ) -> Word:
        text = english.lower() if lower else english
        self = super().__new__(cls, text if stored is None else stored)
        self.context = context
        self.english = english
        self.lowered = lower
        return self
