"""A shop's name too long for the roll: its own words large on the first row, the row with
the business form under them saying only what the shop does (receipt_tradewords.py)."""

from __future__ import annotations

import pytest

from .test_receipt_names import TIGHT, Row, name_of


@pytest.mark.parametrize(
    ("brand", "company", "name"),
    [
        ("CAHAYA MATA", "OPTOMETRY SDN BHD (1187733-K)", "CAHAYA MATA OPTOMETRY SDN BHD"),
        # The round "O" of a thermal print read as a zero is still the trade word.
        ("CAHAYA MATA", "0PTOMETRY SDN BHD (1187733-K)", "CAHAYA MATA OPTOMETRY SDN BHD"),
        ("EKOR & BULU", "PET SUPPLIES ENTERPRISE", "EKOR & BULU PET SUPPLIES ENTERPRISE"),
        ("SIKAT EMAS", "HAIR STUDIO ENTERPRISE", "SIKAT EMAS HAIR STUDIO ENTERPRISE"),
    ],
)
def test_a_company_row_of_trade_words_ends_the_larger_name_above(
    brand: str, company: str, name: str
) -> None:
    rows = [Row(brand, 1.4), Row(company, gap=TIGHT)]
    if "(" not in company:
        rows.append(Row("(003318842-W)"))
    assert name_of(rows) == name


def test_a_brand_over_a_company_with_its_own_name_stays_out() -> None:
    # The company row names a business by itself ("JY" is no trade word): the brand above,
    # however tight and large, is the outlet's sign.
    rows = [Row("KOPI & ROTI BAKAR", 1.6), Row("JY MAKMUR SUPPLIES ENTERPRISE", gap=TIGHT)]
    assert name_of([*rows, Row("(003318842-W)")]) == "JY MAKMUR SUPPLIES ENTERPRISE"
    rows = [Row("TERATAI CAFE", 1.4), Row("HAIR STUDIO ENTERPRISE", gap=14)]
    assert name_of([*rows, Row("(003318842-W)")]) == "HAIR STUDIO ENTERPRISE"
