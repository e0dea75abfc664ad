"""Totals worded the way accounting programs and web shops print them: VAT keys with their
base in the caption, ERP tax lines, cash-discount sentences, statements that nothing is left
to pay, legal references and charges outside a VAT breakdown (engine/totals.py, charges.py,
amountcaptions.py, amountread.py, labels.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (50, 74, "Hafenstrasse 3, 20457 Hamburg"),
    (350, 120, "Rechnung Nr. 2024-117"),
    (350, 134, "Datum: 05.03.2024"),
]

_KEYS = ("net_amount", "tax_amount", "total_amount", "amount_due")


def _amounts(totals: Page, head: Page = _HEAD) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([head + totals]))
    fields: dict[str, Any] = result["fields"]
    return {key: fields.get(key) for key in _KEYS}


_VAT_KEYS: Page = [
    (280, 300, "Warenwert netto"),
    (500, 300, "3.121,14"),
    (280, 314, "A = 7,00 % USt. aus 1.707,74"),
    (500, 314, "119,54"),
    (280, 328, "B = 19,00 % USt. aus 1.413,40"),
    (500, 328, "268,55"),
    (280, 342, "Rechnungsbetrag EUR"),
    (500, 342, "3.509,23"),
]


def test_vat_keys_with_their_base_in_the_caption() -> None:
    # "A = 7,00 % USt. aus <base> | <tax>": the base stands inside the caption's cell, the
    # tax in the next column; each line's tax is read, not its base.
    data = make_invoice_pdf([_HEAD + _VAT_KEYS])
    lines = [line for text in read_for_canonical(data).texts for line in build_lines(text)]
    taxes = [c.value.value for c in find_candidates(lines) if c.key == "tax_amount"]
    assert taxes == [pytest.approx(119.54), pytest.approx(268.55)]
    fields = _amounts(_VAT_KEYS)
    assert fields["net_amount"] == pytest.approx(3121.14)
    assert fields["tax_amount"] == pytest.approx(388.09)
    assert fields["total_amount"] == pytest.approx(3509.23)


def test_the_goods_value_a_cash_discount_sentence_names_is_no_net() -> None:
    # The sentence of the discount offer runs on into the next line's "Warenwert = ...".
    fields = _amounts(
        [
            (330, 300, "MwSt 19%"),
            (480, 300, "19,00"),
            (330, 314, "Rechnungsbetrag EUR"),
            (480, 314, "119,00"),
            (50, 350, "Bei Zahlung innerhalb 7 Tagen (bis 18.04.2018) 3 % Skonto auf den"),
            (50, 364, "Warenwert = 3,00 EUR."),
        ]
    )
    assert fields["net_amount"] == pytest.approx(100.0)
    assert fields["tax_amount"] == pytest.approx(19.0)


def test_erp_tax_line_with_its_assessment_base() -> None:
    # "Steuer 19% (Bemessung 441,64)": the bare word names the tax before its rate.
    fields = _amounts(
        [
            (330, 300, "Summe vor Rabatt"),
            (480, 300, "441,64 EUR"),
            (330, 314, "Steuer 19% (Bemessung 441,64)"),
            (480, 314, "83,91 EUR"),
            (330, 328, "Gutschriftsbetrag"),
            (480, 328, "525,55 EUR"),
        ]
    )
    assert fields["net_amount"] == pytest.approx(441.64)
    assert fields["tax_amount"] == pytest.approx(83.91)
    assert fields["total_amount"] == pytest.approx(525.55)


_TOTALS: Page = [
    (330, 300, "Nettobetrag"),
    (480, 300, "94,00"),
    (330, 314, "MwSt 19%"),
    (480, 314, "17,86"),
    (330, 328, "Gesamtbetrag"),
    (480, 328, "111,86"),
]


@pytest.mark.parametrize(
    "statement",
    [
        [
            "Der Rechnungsbetrag von 111,86 EUR wurde am 01.03.2023 von Ihrer Kreditkarte",
            "(Mastercard endend auf 5521) abgebucht. Bitte ueberweisen Sie nichts.",
        ],
        ["Pagamento ricevuto il 19/09/2023. Nulla è dovuto."],
        ["Le montant de 111,86 EUR a été débité le 02/05/2023 sur votre carte bancaire."],
        ["The amount of EUR 111.86 has been charged to your card ending 4417."],
    ],
)
def test_a_sum_already_collected_leaves_nothing_due(statement: list[str]) -> None:
    notes = [(50, 380 + 14 * row, text) for row, text in enumerate(statement)]
    fields = _amounts(_TOTALS + notes)
    assert fields["total_amount"] == pytest.approx(111.86)
    assert fields["amount_due"] == pytest.approx(0.0)


def test_a_card_charge_still_to_come_leaves_the_total_due() -> None:
    # "wird ... abgebucht": collected later, the amount is still due.
    notes = [(50, 380, "Der Rechnungsbetrag wird am 01.03.2023 von Ihrer Kreditkarte abgebucht.")]
    fields = _amounts(_TOTALS + notes)
    assert fields["amount_due"] == pytest.approx(111.86)


def test_a_legal_reference_names_no_tax() -> None:
    # "exempt from Swiss VAT (Art. 23 para. 2 no. 8 MWSTG)": an article's numbers, no money.
    fields = _amounts(
        [
            (50, 300, "FARE : CHF 312.00"),
            (50, 314, "TOTAL : CHF 483.15"),
            (50, 350, "International transportation is exempt from Swiss VAT"),
            (315, 350, "(Art. 23 para. 2 no. 8 MWSTG)."),
        ]
    )
    assert fields["total_amount"] == pytest.approx(483.15)
    assert fields["tax_amount"] is None


# (top, [(word, left, right)]): a scanned hotel bill's closing rows, as OCR boxes them.
_FOLIO_END = [
    (416, [("Total", 121, 144), ("877.10", 401, 432), ("877.10", 507, 536)]),
    (432, [("Balance", 121, 152), ("0.00", 401, 420)]),
    (466, [("VAT", 60, 75), ("included", 78, 110)]),
    (480, [("Rate", 60, 78), ("Net", 188, 202), ("VAT", 265, 282), ("Gross", 338, 361)]),
    (492, [("3.8", 60, 71), ("%", 75, 79), ("Accommodation", 84, 139), ("708.09", 176, 200)]),
    (492, [("26.91", 260, 280), ("735.00", 336, 361)]),
    (504, [("8.1", 60, 72), ("%", 74, 79), ("Food", 84, 101), ("&", 104, 109)]),
    (504, [("Beverage", 112, 146), ("119.80", 175, 201), ("9.70", 266, 280)]),
    (504, [("129.50", 336, 360)]),
    (516, [("City", 61, 74), ("Tax", 78, 88), ("not", 92, 105), ("subject", 106, 130)]),
    (516, [("to", 133, 139), ("VAT:", 143, 160), ("12.60", 163, 183)]),
]


def test_a_charge_outside_the_vat_breakdown_stays_in_the_printed_total() -> None:
    # The "VAT included" table adds up to 864.50 without the city tax, which bears no VAT:
    # the printed total stands, the tax is the table's.
    words = [Word(text, Box(1, x0, y, x1, y + 11)) for y, row in _FOLIO_END for text, x0, x1 in row]
    lines = build_lines(PageText(1, 595, 842, words))
    fields = {key: value.value for key, value in header_fields(lines).items()}
    assert fields["total_amount"] == pytest.approx(877.10)
    assert fields["tax_amount"] == pytest.approx(36.61)
    assert fields["net_amount"] == pytest.approx(840.49)
