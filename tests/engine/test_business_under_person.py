"""A business with no legal form named under the addressed person, the street under it
("Ms Niamh Walsh" / "Walsh Physiotherapy Clinic" / "14 Grand Parade"): the business is the
buyer; a person's own block, a role or a house's name under the person is none
(personovercompany.py)."""

from __future__ import annotations

import pytest

from .conftest import header_values

_HEAD = [
    (50, 40, "KINSALE ELECTRICAL SERVICES LTD"),
    (50, 54, "Unit 4, Kinsale Road Business Park"),
    (50, 68, "Cork T12 X8C4, Ireland"),
    (50, 82, "VAT No. IE6388047V"),
]
_TAIL = [
    (50, 230, "12 March 2026"),
    (50, 250, "Invoice no. INV-3391"),
    (50, 280, "Dear Sir or Madam,"),
    (50, 300, "Repairs carried out at your premises  €1,450.00"),
    (50, 320, "Subtotal  €1,450.00"),
    (50, 334, "VAT @ 13.5%  €195.75"),
    (50, 348, "Total due  €1,645.75"),
]


def _buyer(block: list[str]) -> object:
    items = [*_HEAD, *((50, 130 + 14 * i, text) for i, text in enumerate(block)), *_TAIL]
    return header_values(items).get("buyer_name")


@pytest.mark.parametrize(
    ("block", "business"),
    [
        (
            ["Ms Aoife Brennan", "Brennan Dental Practice", "14 Grand Parade", "Cork T12 HK53"],
            "Brennan Dental Practice",
        ),
        (
            ["De heer P. Jansen", "Eetcafé Het Anker", "Havenstraat 12", "1011 AB Amsterdam"],
            "Eetcafé Het Anker",
        ),
        (
            [
                "Exmo. Senhor",
                "Eng. Rui Costa",
                "Farmácia Boavista",
                "Rua do Carmo, 18",
                "4050-164 Porto",
            ],
            "Farmácia Boavista",
        ),
    ],
)
def test_business_under_the_person_is_the_buyer(block: list[str], business: str) -> None:
    assert _buyer(block) == business


@pytest.mark.parametrize(
    ("block", "person"),
    [
        (["Ms Aoife Brennan", "14 Grand Parade", "Cork T12 HK53"], "Ms Aoife Brennan"),
        (["Mr John Byrne", "Rose Cottage", "12 Mill Lane", "Kinsale P17 XY22"], "Mr John Byrne"),
        (
            ["Ms Aoife Brennan", "Finance Director", "14 Grand Parade", "Cork T12 HK53"],
            "Ms Aoife Brennan",
        ),
        (
            ["Ms Aoife Brennan", "Accounts Department", "14 Grand Parade", "Cork T12 HK53"],
            "Ms Aoife Brennan",
        ),
    ],
)
def test_a_persons_own_block_keeps_the_person(block: list[str], person: str) -> None:
    assert _buyer(block) == person
