"""Document numbers of at most 16 characters (Rule 46(b)) and prefixes that keep them so."""

from __future__ import annotations

import pytest

from vyapar_lite.domain import doc_numbers
from vyapar_lite.domain.errors import ValidationError


def test_the_10000th_invoice_of_a_year_fits_16_characters() -> None:
    number = doc_numbers.document_number("INV", "2026-27", 10_000)
    assert number == "INV/26-27/10000"
    assert len(number) <= 16
    assert len(doc_numbers.document_number("INV", "2026-27", 99_999)) == 15


def test_a_four_character_prefix_fits_the_years_longest_number() -> None:
    assert doc_numbers.clean_prefix(" bill ", field="prefix.invoice") == "BILL"
    assert doc_numbers.longest_number("BILL") == "BILL/26-27/99999"
    assert doc_numbers.clean_prefix("S-1", field="prefix.invoice") == "S-1"


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("INVOI", "would have 17 characters"),
        ("IN V", "only letters, digits"),
        ("INV#", "only letters, digits"),
        ("/INV", "starting with a letter or digit"),
        ("", "Enter a prefix"),
    ],
)
def test_a_bad_prefix_is_refused_naming_the_field(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as exc:
        doc_numbers.clean_prefix(typed, field="prefix.invoice")
    message = exc.value.for_field("prefix.invoice")
    assert message is not None and words in message


def test_an_old_series_keeps_its_long_year_while_it_fits_then_shortens() -> None:
    assert doc_numbers.fitting_number("INV", "2026-27", 9_999, 4, "long") == "INV/2026-27/9999"
    assert doc_numbers.fitting_number("INV", "2026-27", 10_000, 4, "long") == "INV/26-27/10000"


def test_a_number_that_cannot_fit_is_refused_not_issued() -> None:
    with pytest.raises(ValidationError, match="series is full"):
        doc_numbers.fitting_number("BILL", "2026-27", 100_000, 5, "short")
