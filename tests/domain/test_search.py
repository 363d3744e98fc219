"""Search-box text turned into prefix words: never raises, phone numbers kept whole."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vyapar_lite.domain.search import MAX_WORD_LENGTH, MAX_WORDS, search_words


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", []),
        ("   ", []),
        ("sha", ["sha"]),
        ("  Asha   Sharma ", ["Asha", "Sharma"]),
        ("C0012", ["C0012"]),
        ("WS/001", ["WS/001"]),
        ("2024-001", ["2024-001"]),  # a code, not a phone number
        ("27AAPFU", ["27AAPFU"]),
        ("9822", ["9822"]),
        ("98220 12345", ["9822012345"]),
        ("98220-12345", ["9822012345"]),
        ("(020) 2445 1234", ["02024451234"]),
        ("+91 98220 12345", ["9822012345"]),
        ("+971 50 123", ["97150123"]),
        ("९८२२०", ["98220"]),  # Devanagari digits
        ('"', []),
        ("* ( ) - '", []),
        ("sha*", ["sha*"]),  # quoting for the index is the database's job
        ("a\x00b", ["a", "b"]),
        ("शर्मा स्टोर", ["शर्मा", "स्टोर"]),
    ],
)
def test_search_words(text: str, words: list[str]) -> None:
    assert search_words(text) == words


def test_words_and_their_length_are_capped() -> None:
    assert len(search_words("a " * 50)) == MAX_WORDS
    assert search_words("x" * 500) == ["x" * MAX_WORD_LENGTH]


@given(st.text())
def test_any_text_gives_usable_words(text: str) -> None:
    for word in search_words(text):
        assert word and not word.isspace()
        assert any(ch.isalnum() for ch in word)
        assert "\x00" not in word
        word.encode("utf-8")  # no lone surrogates
