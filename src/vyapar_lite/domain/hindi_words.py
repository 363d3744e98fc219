"""Amounts in Hindi words for printed documents: 193500 -> "एक हज़ार नौ सौ पैंतीस रुपये मात्र".

Hindi names every number below a hundred with its own word (पैंतीस, not "तीस पाँच"), so they are
listed whole; above that the Indian scale (सौ, हज़ार, लाख, करोड़) as in the English words of
`money.amount_in_words`. Digits elsewhere on a bill stay Western (₹1,24,000.00), as Indian bills
print them.
"""

from __future__ import annotations

from vyapar_lite.domain.money import Paise

BELOW_HUNDRED = tuple(
    (  # noqa: SIM905 - ten words a line reads like a number chart
        "शून्य एक दो तीन चार पाँच छह सात आठ नौ "
        "दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस "
        "बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस "
        "तीस इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस "
        "चालीस इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास "
        "पचास इक्यावन बावन तिरपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ "
        "साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर "
        "सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी "
        "अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी "
        "नब्बे इक्यानवे बानवे तिरानवे चौरानवे पचानवे छियानवे सत्तानवे अट्ठानवे निन्यानवे"
    ).split(" ")
)
_CRORE = 10**7
_LAKH = 10**5


def number_words(n: int) -> list[str]:
    """Words for a whole number 1 or more: 1935 -> ["एक", "हज़ार", "नौ", "सौ", "पैंतीस"];
    crore counts above 99 recurse ("एक सौ करोड़")."""
    crores, n = divmod(n, _CRORE)
    lakhs, n = divmod(n, _LAKH)
    thousands, n = divmod(n, 1000)
    hundreds, n = divmod(n, 100)
    words = [*number_words(crores), "करोड़"] if crores else []
    for count, scale in ((lakhs, "लाख"), (thousands, "हज़ार"), (hundreds, "सौ")):
        if count:
            words += [BELOW_HUNDRED[count], scale]
    if n:
        words.append(BELOW_HUNDRED[n])
    return words


def amount_in_hindi_words(paise: Paise) -> str:
    """193500 -> "एक हज़ार नौ सौ पैंतीस रुपये मात्र"; 100 -> "एक रुपया मात्र"; 12400050 ->
    "एक लाख चौबीस हज़ार रुपये और पचास पैसे मात्र"; 5 -> "पाँच पैसे मात्र"; 1 -> "एक पैसा मात्र";
    negatives start with "ऋण"."""
    rupees, rest = divmod(abs(paise), 100)
    parts: list[str] = []
    if rupees or not rest:
        unit = "रुपया" if rupees == 1 else "रुपये"
        parts.append(" ".join([*(number_words(rupees) or ["शून्य"]), unit]))
    if rest:
        parts.append(f"{BELOW_HUNDRED[rest]} {'पैसा' if rest == 1 else 'पैसे'}")
    text = " और ".join(parts) + " मात्र"
    return f"ऋण {text}" if paise < 0 else text
