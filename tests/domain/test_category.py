"""Category names and the customer code prefix."""

from __future__ import annotations

import pytest

from vyapar_lite.domain.category import clean_category_name, find_name, same_name
from vyapar_lite.domain.customer_codes import clean_code_prefix
from vyapar_lite.domain.errors import ValidationError


def test_category_names_are_tidied() -> None:
    assert clean_category_name("  Kirana   stores ") == "Kirana stores"
    assert clean_category_name("x" * 100) == "x" * 100


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "Enter the category's name"), ("   ", "Enter the category's name"),
     ("x" * 101, "At most 100 characters")],
)  # fmt: skip
def test_bad_category_names(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_category_name(text)
    assert exc.value.for_field("name") == message


def test_category_names_match_whatever_their_case() -> None:
    assert same_name("Kirana", "KIRANA")
    assert same_name("Straße", "STRASSE")
    assert not same_name("Kirana", "Kiranas")
    assert find_name("school", ["Kirana", "School"]) == "School"
    assert find_name("Hotels", ["Kirana", "School"]) is None


@pytest.mark.parametrize(("text", "prefix"), [("C", "C"), (" pun ", "PUN"), ("ab12", "AB12")])
def test_code_prefixes(text: str, prefix: str) -> None:
    assert clean_code_prefix(text) == prefix


@pytest.mark.parametrize("text", ["", "  ", "TOOLON", "C-", "C 1", "C/", "क"])
def test_bad_code_prefixes(text: str) -> None:
    with pytest.raises(ValidationError) as exc:
        clean_code_prefix(text)
    assert exc.value.for_field("prefix") == "The code prefix is 1 to 5 letters or digits (e.g. C)"
