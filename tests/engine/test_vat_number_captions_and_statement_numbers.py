"""Conventions: Italy's VAT number is captioned "P. IVA" / "P.IVA" / "Partita IVA" (the word
IVA there names the number, no tax); a company's legal footer states its share capital
("Capitale sociale € 50.000.000 i.v.", "Stammkapital", "share capital"), never a document
amount; utilities bill on statements whose own number is "Statement no." / "Kontoauszug Nr."."""

from __future__ import annotations

from facturist.engine.fields import find_candidates

from .conftest import Page, header_values, spaced_lines

_BILL: Page = [
    (50, 60, "Lucenergia S.p.A."),
    (350, 100, "Numero fattura 004123987651"),
    (350, 114, "Data emissione 12/03/2024"),
    (50, 380, "Totale imponibile"),
    (400, 380, "€ 116,84"),
    (50, 396, "IVA 10% su imponibile"),
    (400, 396, "€ 11,68"),
    (50, 412, "Totale bolletta"),
    (400, 412, "€ 128,52"),
]


def test_partita_iva_and_share_capital_in_footer_give_no_tax() -> None:
    page = [
        *_BILL,
        (
            60,
            780,
            "Lucenergia S.p.A. - Via Tiburtina 1072, 00156 Roma - P. IVA 09182736455"
            " - Capitale sociale € 50.000.000 i.v.",
        ),
    ]
    taxes = [c.value.value for c in find_candidates(spaced_lines(page)) if c.key == "tax_amount"]
    assert 50000000.0 not in taxes
    assert header_values(page)["tax_amount"] == 11.68


def test_share_capital_after_a_caption_is_no_amount() -> None:
    page = [*_BILL, (60, 780, "Totale capitale sociale € 1.000.000,00 i.v.")]
    totals = [c.value.value for c in find_candidates(spaced_lines(page))]
    assert 1000000.0 not in totals


def test_statement_number_is_the_documents_number() -> None:
    values = header_values(
        [
            (50, 45, "tidal energy"),
            (350, 45, "Statement no. 20418873"),
            (350, 66, "Statement date 4 April 2024"),
            (50, 460, "Charges before VAT"),
            (400, 460, "£200.94"),
            (50, 478, "VAT at 5%"),
            (400, 478, "£10.05"),
            (50, 494, "Total charges this period"),
            (400, 494, "£210.99"),
        ]
    )
    assert values["invoice_number"] == "20418873"


def test_kontoauszug_number_is_the_documents_number() -> None:
    values = header_values(
        [
            (50, 45, "Stadtwerke Nordheim GmbH"),
            (350, 45, "Rechnungs-/Kontoauszug Nr. 7700123"),
            (350, 66, "Datum 04.04.2024"),
            (50, 494, "Gesamtbetrag"),
            (400, 494, "210,99 EUR"),
        ]
    )
    assert values["invoice_number"] == "7700123"
