"""A fee note lists its fees without a table, closes them with a subtotal, and prints the
VAT on it as a row of the same list ("19 % Umsatzsteuer Nr. 7008 VV RVG | 466,53 EUR"): a
rate and a VAT word make a summary row, never a further item, even where its own words
(a fee schedule's number) hide it from the tax caption."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def test_vat_row_under_a_list_subtotal_is_no_item() -> None:
    texts: list[SizedText] = [
        (50, 50, "Dr. Haller & Sohn Rechtsanwälte PartG mbB", 11),
        (50, 64, "Lindenstraße 4", 9),
        (50, 76, "50674 Köln", 9),
        (50, 120, "Bergmann Holzbau GmbH", 9),
        (50, 132, "Am Hafen 12", 9),
        (50, 144, "50996 Köln", 9),
        (400, 170, "Köln, 12.03.2025", 9),
        (50, 200, "Kostennote Nr. 25/0117", 11),
        (50, 240, "1,3 Geschäftsgebühr Nr. 2300 VV RVG", 9),
        (540, 240, ">800,80 EUR", 9),
        (50, 254, "Pauschale für Post und Telekommunikation Nr. 7002 VV RVG", 9),
        (540, 254, ">20,00 EUR", 9),
        (50, 268, "Zwischensumme netto", 9),
        (540, 268, ">820,80 EUR", 9),
        (50, 282, "19 % Umsatzsteuer Nr. 7008 VV RVG", 9),
        (540, 282, ">155,95 EUR", 9),
        (50, 296, "Gesamtbetrag", 9),
        (540, 296, ">976,75 EUR", 9),
    ]
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    amounts = [item["amount"] for item in result["line_items"]]
    assert amounts == [800.8, 20.0]
