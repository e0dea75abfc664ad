"""A receipt's empty customer caption ("NOM DU CLIENT:", left for the rider to fill in) over
the closing greeting ("MERCI ET BON VOYAGE") names no buyer: a greeting is nobody's name.
The receipt's "RECU N. 004512" is its own number."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.closinggreeting import is_closing_greeting

from .conftest import make_invoice_pdf


def _slip(caption: str, greeting: str) -> list[tuple[float, float, str]]:
    return [
        (60, 60, "SAS TRANSPORTS LUMIERE"),
        (60, 74, "8 AVENUE FOCH"),
        (60, 88, "69006 LYON"),
        (60, 102, "TVA FR55123456789"),
        (60, 130, "RECU N. 004512"),
        (60, 144, "DATE 02/04/2025"),
        (60, 172, "COURSE LYON - AEROPORT 48,00"),
        (60, 200, "TOTAL TTC 48,00 EUR"),
        (60, 214, "DONT TVA 10% 4,36"),
        (60, 228, "MONTANT HT 43,64"),
        (60, 256, "REGLEMENT CB"),
        (60, 280, caption),
        (70, 298, greeting),
        (70, 312, "RECLAMATIONS: MAIRIE CENTRALE"),
        (70, 326, "1 PLACE DE LA COMEDIE 69001 LYON"),
    ]


@pytest.mark.parametrize(
    ("caption", "greeting"),
    [("NOM DU CLIENT:", "MERCI ET BON VOYAGE"), ("CUSTOMER:", "THANK YOU AND COME AGAIN")],
)
def test_a_closing_greeting_under_an_empty_customer_caption_is_no_buyer(
    caption: str, greeting: str
) -> None:
    fields = extract_canonical(make_invoice_pdf([_slip(caption, greeting)]))["fields"]
    assert fields.get("seller_name") == "SAS TRANSPORTS LUMIERE"
    assert "buyer_name" not in fields
    assert "buyer_address" not in fields
    assert fields.get("invoice_number") == "004512"  # "RECU N. 004512": the receipt's own


@pytest.mark.parametrize(
    ("text", "greeting"),
    [
        ("MERCI ET BON VOYAGE", True),
        ("Vielen Dank für Ihren Besuch", True),
        ("Grazie e arrivederci", True),
        ("Thank you!", True),
        ("Bon Voyage Reisen GmbH", False),
        ("Merci Conseil SARL", False),
    ],
)
def test_is_closing_greeting(text: str, greeting: bool) -> None:
    assert is_closing_greeting(text) is greeting
