"""Telecom bills' charge lists with a column of their own for the billed period.

Conventions:
- A broadband bill prints "Description | Period | Amount (ex VAT)" over its charges, the
  period in words ("9 Apr - 8 May 2024", "dispatched 27 Mar 2024") in its own column. No
  count or price is captioned, so the charges are read as a list that adds up (itemlist.py);
  the period names no charge, a detail of it as a date column is: "Loyalty credit", not
  "Loyalty credit 9 Apr - 8 May 2024".
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (50, 60, "Larchwood Telecom Limited", 10.0),
    (360, 100, "Bill number LW-5512034", 9.0),
    (360, 114, "Bill date 9 April 2024", 9.0),
]
_Text = tuple[float, float, str, float]


def _descriptions(texts: list[_Text]) -> list[tuple[object, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [(item.get("description"), item.get("amount")) for item in result["line_items"]]


def test_period_column_of_a_charge_list_is_no_part_of_the_names() -> None:
    texts: list[_Text] = [
        (50, 200, "Description", 9.0),
        (322, 200, "Period", 9.0),
        (462, 200, "Amount (ex VAT)", 9.0),
    ]
    rows = [
        ("Fibre 500 Broadband & Home Phone", "9 Apr - 8 May 2024", "£30.80"),
        ("Calls outside your plan", "9 Mar - 8 Apr 2024", "£3.42"),
        ("Wi-Fi Pod (one-off charge)", "dispatched 27 Mar 2024", "£20.00"),
        ("Loyalty credit", "9 Apr - 8 May 2024", "-£4.00"),
    ]
    y = 218.0
    for name, period, amount in rows:
        texts += [(50, y, name, 9.0), (321, y, period, 9.0), (546, y, f">{amount}", 9.0)]
        y += 18
    texts += [
        (340, y + 4, "Total charges (ex VAT)", 9.0),
        (549, y + 4, ">£50.22", 9.0),
        (340, y + 20, "VAT at 20%", 9.0),
        (549, y + 20, ">£10.04", 9.0),
        (340, y + 36, "Total charges (inc VAT)", 9.0),
        (549, y + 36, ">£60.26", 9.0),
    ]
    assert _descriptions(texts) == [
        ("Fibre 500 Broadband & Home Phone", 30.8),
        ("Calls outside your plan", 3.42),
        ("Wi-Fi Pod (one-off charge)", 20.0),
        ("Loyalty credit", -4.0),
    ]
