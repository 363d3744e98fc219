"""GST unit quantity codes (UQC): the unit a return reports a quantity in.

GSTR-1's HSN summary and the e-invoice schema accept only the codes below (the GST portal's
list, CBIC's "UQC" master). A shop keeps its own word for the unit on the bill ("pcs", "kg",
"strip"); each item also carries the code that word stands for, chosen from this list, and an
invoice line stores the code it was issued with.
"""

from __future__ import annotations

from vyapar_lite.domain.errors import FieldError, ValidationError

OTHERS = "OTH"

UQC_NAMES: dict[str, str] = {
    "BAG": "Bags", "BAL": "Bale", "BDL": "Bundles", "BKL": "Buckles", "BOU": "Billion of units",
    "BOX": "Box", "BTL": "Bottles", "BUN": "Bunches", "CAN": "Cans", "CBM": "Cubic metres",
    "CCM": "Cubic centimetres", "CMS": "Centimetres", "CTN": "Cartons", "DOZ": "Dozens",
    "DRM": "Drums", "GGK": "Great gross", "GMS": "Grammes", "GRS": "Gross", "GYD": "Gross yards",
    "KGS": "Kilograms", "KLR": "Kilolitre", "KME": "Kilometre", "LTR": "Litres",
    "MLT": "Millilitre", "MTR": "Metres", "MTS": "Metric ton", "NOS": "Numbers", "OTH": "Others",
    "PAC": "Packs", "PCS": "Pieces", "PRS": "Pairs", "QTL": "Quintal", "ROL": "Rolls",
    "SET": "Sets", "SQF": "Square feet", "SQM": "Square metres", "SQY": "Square yards",
    "TBS": "Tablets", "TGM": "Ten gross", "THD": "Thousands", "TON": "Tonnes", "TUB": "Tubes",
    "UGS": "US gallons", "UNT": "Units", "YDS": "Yards",
}  # fmt: skip

# A shop's own unit words -> their code; anything else is OTH until the shopkeeper chooses.
_BY_UNIT: dict[str, str] = {
    **dict.fromkeys(("pcs", "pc", "piece", "pieces"), "PCS"),
    **dict.fromkeys(("nos", "no", "number", "numbers"), "NOS"),
    **dict.fromkeys(("kg", "kgs", "kilo", "kilogram", "kilograms"), "KGS"),
    **dict.fromkeys(("g", "gm", "gms", "gram", "grams"), "GMS"),
    **dict.fromkeys(("l", "lt", "ltr", "litre", "litres", "liter", "liters"), "LTR"),
    **dict.fromkeys(("ml", "mlt"), "MLT"),
    **dict.fromkeys(("m", "mtr", "metre", "metres", "meter", "meters"), "MTR"),
    **dict.fromkeys(("box", "boxes"), "BOX"),
    **dict.fromkeys(("bag", "bags"), "BAG"),
    **dict.fromkeys(("pack", "packs", "pkt", "packet", "packets", "pac"), "PAC"),
    **dict.fromkeys(("dozen", "doz", "dz"), "DOZ"),
    **dict.fromkeys(("pair", "pairs", "prs"), "PRS"),
    **dict.fromkeys(("set", "sets"), "SET"),
    **dict.fromkeys(("roll", "rolls"), "ROL"),
    **dict.fromkeys(("bottle", "bottles", "btl"), "BTL"),
    **dict.fromkeys(("can", "cans"), "CAN"),
    **dict.fromkeys(("carton", "cartons", "ctn"), "CTN"),
    **dict.fromkeys(("bundle", "bundles", "bdl"), "BDL"),
    **dict.fromkeys(("ton", "tons", "tonne", "tonnes"), "TON"),
    **dict.fromkeys(("quintal", "qtl"), "QTL"),
    **dict.fromkeys(("unit", "units"), "UNT"),
    **dict.fromkeys(("sqft",), "SQF"),
    **dict.fromkeys(("sqm",), "SQM"),
    **dict.fromkeys(("cm",), "CMS"),
    **dict.fromkeys(("tube", "tubes"), "TUB"),
    **dict.fromkeys(("tablet", "tablets", "tab"), "TBS"),
    **dict.fromkeys(("drum", "drums"), "DRM"),
}


def uqc_for_unit(unit: str) -> str:
    """The code a shop's unit word most likely means ("kg" -> KGS); OTH when it is not known."""
    return _BY_UNIT.get(unit.strip().lower(), OTHERS)


def clean_uqc(text: str, unit: str = "", *, field: str = "uqc") -> str:
    """A code from the official list (case ignored; "KGS - Kilograms" is read as KGS); blank
    takes the code for `unit`. Raises ValidationError naming `field` for anything else."""
    code = text.strip().upper().split(" ", 1)[0] if text.strip() else ""
    if not code:
        return uqc_for_unit(unit)
    if code not in UQC_NAMES:
        raise ValidationError(
            FieldError(
                field,
                f"'{text.strip()}' is not a GST unit code (UQC); choose one from the list, "
                "for example NOS, PCS, KGS, LTR, BOX or OTH",
            )
        )
    return code


def uqc_choices() -> list[tuple[str, str]]:
    """(code, "KGS - Kilograms") for a drop-down, in code order."""
    return [(code, f"{code} - {name}") for code, name in sorted(UQC_NAMES.items())]
