"""Identifiers and amounts printed in pieces: a UK VAT number in Courier groups or read by
OCR with a stray accent and dash, an IBAN broken over two sidebar lines, a signed round-off
between the tax and the total, an ISO code glued to a customer's account number."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates
from facturist.engine.layout import build_lines
from facturist.engine.model import Value
from facturist.engine.seller_vat import seller_vat_id

from .conftest import Drawn, make_pdf

# (x, y from the top, text, font)
Text = tuple[float, float, str, str]


def _pdf(texts: list[Text]) -> bytes:
    return make_pdf(Drawn(x, y, text, font, 9) for x, y, text, font in texts)


def _fields(texts: list[Text]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_H = "Helvetica"
_UK_HEAD: list[Text] = [
    (50, 50, "Pennine Freight Services Ltd", _H),
    (50, 64, "Unit 3, Stourton Link, Leeds LS10 1RS", _H),
    (50, 120, "CUSTOMER:", _H),
    (50, 132, "Aire Valley Textiles Ltd", _H),
    (50, 144, "Canal Mills, Armley Road", _H),
    (350, 120, "Invoice No: 10877", _H),
    (350, 132, "Date: 21/10/2025", _H),
    (330, 300, "NET", _H),
    (500, 300, "309.60", _H),
    (330, 314, "VAT @ 20%", _H),
    (500, 314, "61.92", _H),
    (330, 328, "TOTAL GBP", _H),
    (500, 328, "371.52", _H),
]


@pytest.mark.parametrize(
    "vat_line",
    [
        # Courier: each digit group is a cell of its own.
        (50, 76, "VAT Reg No. 661 3048 55", "Courier"),
        # A fax read by OCR: an accent on the "No", a dash glued to the last group.
        (50, 780, "VAT Reg N\u00f3: 661 3048 55\u2013 Company Reg No: 04418827", _H),
    ],
)
def test_uk_vat_number_without_gb_in_pieces(vat_line: Text) -> None:
    assert _fields([*_UK_HEAD, vat_line]).get("seller_vat_id") == "GB661304855"


def test_round_off_with_a_plus_sign_keeps_the_printed_taxable_value() -> None:
    fields = _fields(
        [
            (46, 43, "DECCAN ROADWAYS PVT. LTD.", _H),
            (36, 109, "Bill No. DRL/GTA/2425/1142", _H),
            (330, 258, "Taxable Value", _H),
            (493, 258, "Rs. 4,72,062.96", _H),
            (331, 272, "IGST @ 12%", _H),
            (502, 272, "Rs. 56,647.56", _H),
            (331, 286, "Round Off", _H),
            (537, 286, "+0.48", _H),
            (330, 300, "Grand Total", _H),
            (485, 300, "Rs. 5,28,711.00", _H),
        ]
    )
    assert (fields.get("net_amount"), fields.get("tax_amount"), fields.get("total_amount")) == (
        472062.96,
        56647.56,
        528711.0,
    )


def test_iso_code_glued_to_an_account_number_is_no_currency() -> None:
    fields = _fields(
        [
            (50, 50, "Harbour Lane Print Ltd", _H),
            (400, 160, "Invoice No.", _H),
            (500, 160, "INV-20417", _H),
            (400, 200, "Account No.", _H),
            (500, 200, "KES001", _H),
            (50, 280, "Description", _H),
            (500, 280, "Net \u00a3", _H),
            (50, 300, "Business cards", _H),
            (500, 300, "72.00", _H),
            (360, 414, "Subtotal", _H),
            (500, 414, "72.00", _H),
            (360, 428, "VAT @ 20%", _H),
            (500, 428, "14.40", _H),
            (360, 442, "TOTAL \u00a3", _H),
            (500, 442, "86.40", _H),
        ]
    )
    assert fields.get("currency") == "GBP"


def test_iban_in_groups_broken_over_two_sidebar_lines() -> None:
    fields = _fields(
        [
            (20, 35, "lunaria", _H),
            (181, 43, "Fattura", _H),
            (181, 78, "Numero: 07/2025", _H),
            (20, 285, "COORDINATE BANCARIE", _H),
            (20, 293, "BPER Banca", _H),
            (331, 293, "IVA 22%", _H),
            (500, 293, "687,72", _H),
            (20, 306, "IBAN", _H),
            (331, 309, "Totale fattura", _H),
            (500, 309, "3.813,72", _H),
            (20, 316, "IT35 F020 0802 4350", _H),
            (20, 325, "0010 4988 321", _H),
            (331, 325, "Netto a pagare", _H),
            (500, 325, "3.813,72", _H),
        ]
    )
    assert fields.get("iban") == "IT35F0200802435000104988321"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # German compound caption for the grand total, under a mixed taxable/exempt summary.
        (
            [
                ("Summe Fracht und Nebenleistungen netto", "4.138,84"),
                ("davon steuerpflichtig 19 %", "876,35"),
                ("davon steuerfrei gem. \u00a7 4 Nr. 3a UStG", "3.262,49"),
                ("Umsatzsteuer 19 %", "166,51"),
                ("Rechnungsendbetrag EUR", "4.305,35"),
            ],
            (4138.84, 166.51, 4305.35),
        ),
    ],
)
def test_summary_captions(rows: list[tuple[str, str]], expected: tuple[float, ...]) -> None:
    texts: list[Text] = [(57, 45, "Spedition Brandt GmbH", _H), (57, 274, "Rechnung Nr. 25/1", _H)]
    for index, (caption, figure) in enumerate(rows):
        texts += [(260, 478 + 13 * index, caption, _H), (504, 478 + 13 * index, figure, _H)]
    fields = _fields(texts)
    found = tuple(fields.get(k) for k in ("net_amount", "tax_amount", "total_amount"))
    assert found == expected


def test_amount_column_of_a_tax_summary_is_the_net() -> None:
    fields = _fields(
        [
            (56, 44, "SENG HENG HARDWARE TRADING SDN BHD", _H),
            (28, 162, "INV NO : CS00048213", _H),
            (29, 463, "TOTAL SALES (EXCL GST)", _H),
            (274, 463, "58.30", _H),
            (29, 477, "GST @ 6%", _H),
            (282, 477, "3.50", _H),
            (29, 508, "TOTAL (INCL GST)", _H),
            (272, 508, "61.80", _H),
            (29, 523, "CASH", _H),
            (269, 523, "100.00", _H),
            (30, 571, "GST SUMMARY", _H),
            (128, 571, "AMOUNT(RM)", _H),
            (212, 571, "TAX(RM)", _H),
            (30, 585, "SR @ 6%", _H),
            (154, 585, "58.30", _H),
            (222, 585, "3.50", _H),
        ]
    )
    found = tuple(fields.get(k) for k in ("net_amount", "tax_amount", "total_amount", "amount_due"))
    assert found == (58.3, 3.5, 61.8, 61.8)


def test_vat_id_in_the_sellers_listing_stays_the_sellers() -> None:
    rows = [
        ("Name (BT-44):", "Halvorsen & Kraus GmbH"),
        ("Straße (BT-50):", "Industriestraße 14"),
        ("PLZ / Ort (BT-53/52):", "33602 Bielefeld"),
        ("USt-IdNr. (BT-48):", "DE814723357"),
        ("Verkäufer", ""),
        ("Firmenname (BT-27):", "Rheinland Industriegase GmbH"),
        ("Straße (BT-35):", "Hansaring 61"),
        ("PLZ / Ort (BT-38/37):", "50670 Köln"),
        ("Umsatzsteuer-ID (BT-31):", "DE228604158"),
        ("Rechnungsinformationen", ""),
        ("Rechnungsnummer (BT-1):", "RIG-2025-004471"),
        ("Rechnungsdatum (BT-2):", "31.03.2025"),
    ]
    texts: list[Text] = [(52, 40, "Rechnung", _H), (57, 78, "Käufer", _H)]
    for index, (caption, value) in enumerate(rows):
        texts.append((57, 95 + 12 * index, caption, _H))
        if value:
            texts.append((242, 95 + 12 * index, value, _H))
    lines = build_lines(read_for_canonical(_pdf(texts)).texts[0])
    candidates = find_candidates(lines)
    best = min((c for c in candidates if c.key == "seller_vat_id"), key=lambda c: c.order)
    # Even with the seller's name taken for the buyer's, the section caption decides.
    name = next(w for ln in lines for w in ln.words if w.text.startswith("Rheinland"))
    wrong_buyer = Value("Rheinland Industriegase GmbH", name.text, (name.box,))
    found = seller_vat_id(candidates, best, wrong_buyer, lines)
    assert found is not None and found.value == "DE228604158"
