"""A credit note's own "Ref." number over the plain "Rechnung :" caption of the invoice it
credits, supplies outside VAT ("unterliegen nicht der Umsatzsteuer") as a zero tax, and an OCR'd
IBAN that lost one digit of a repeated run (creditedinvoice.py, totals.py, ibanrepair.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.ibanrepair import repaired_iban
from facturist.engine.model import Box, Word

from .conftest import header_values, make_invoice_pdf


def test_credit_note_keeps_its_ref_number_not_the_credited_invoice() -> None:
    fields = header_values(
        [
            (50, 60, "Muster Messebau GmbH"),
            (400, 40, "Gutschrift"),
            (400, 60, "Ref. : GS2504-0017"),
            (400, 72, "Datum : 11.04.2025"),
            (400, 84, "Kunden-Nr. : K-00412"),
            (400, 96, "Rechnung : RE2503-0231"),
        ]
    )
    assert fields["invoice_number"] == "GS2504-0017"


def test_french_credit_note_keeps_its_ref_number() -> None:
    fields = header_values(
        [
            (50, 60, "Atelier Dupuis SARL"),
            (400, 40, "Avoir"),
            (400, 60, "Réf. : AV2504-0009"),
            (400, 72, "Date : 11/04/2025"),
            (400, 84, "Facture : FA2503-0144"),
        ]
    )
    assert fields["invoice_number"] == "AV2504-0009"


def test_invoice_keeps_its_plain_invoice_caption_over_a_ref() -> None:
    # On an invoice "Ref." is as often the buyer's reference: the invoice caption stays.
    fields = header_values(
        [
            (50, 60, "Muster Messebau GmbH"),
            (400, 60, "Ref. : PO-77120"),
            (400, 72, "Datum : 11.04.2025"),
            (400, 96, "Rechnung : RE2503-0231"),
        ]
    )
    assert fields["invoice_number"] == "RE2503-0231"


def _extract(rows: list[tuple[float, float, str]]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return result


@pytest.mark.parametrize(
    "clause",
    [
        "Die Beiträge unterliegen nicht der Umsatzsteuer.",
        "Cotisations non soumises à la TVA.",
        "Membership fees are not subject to VAT.",
        "Operazione fuori campo IVA.",
    ],
)
def test_supply_outside_vat_means_no_tax(clause: str) -> None:
    fields = _extract(
        [
            (50, 60, "Ruderverein Nord e.V."),
            (50, 120, "Rechnung Nr. 2025/0011"),
            (300, 500, "Summe: 391,00 €"),
            (50, 540, clause),
        ]
    )["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        391.0,
        0.0,
        391.0,
    )


def _words(text: str, confidence: float) -> list[Word]:
    out, x = [], 100.0
    for token in text.split():
        out.append(Word(token, Box(1, x, 700, x + 6 * len(token), 708), confidence))
        x += 6 * len(token) + 4
    return out


def test_ocr_iban_short_of_one_repeated_digit_is_restored() -> None:
    # FR33 1027 8073 0000 0203 3140 155 read with one "0" of "0000" lost.
    value = repaired_iban(_words("FR33 1027 8073 000 0203 3140 155", 0.91))
    assert value is not None
    assert value.value == "FR3310278073000002033140155"


def test_text_layer_iban_is_never_repaired() -> None:
    assert repaired_iban(_words("FR33 1027 8073 000 0203 3140 155", 1.0)) is None
