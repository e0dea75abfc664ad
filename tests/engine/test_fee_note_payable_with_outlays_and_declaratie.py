"""Fee notes: a payable sum that holds outlays printed after the VAT, with no total of its own
("Total honoraires HT / TVA 20 % / Débours / NET À PAYER TTC": outlaysdue.py), and the number
and date captions of a Dutch lawyer's "Declaratie", an Italian "Parcella" and a Spanish
"Minuta" (numbercaptions.py, labels.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page], marks=True))
    fields: dict[str, Any] = result["fields"]
    return fields


def _fee_note(outlay_caption: str, payable_caption: str) -> Page:
    return [
        (50, 50, "Cabinet Vernier Conseil SAS"),
        (50, 64, "18 rue des Archives"),
        (50, 78, "75004 Paris"),
        (330, 100, "Client"),
        (330, 114, "Société Aubrac Industries"),
        (330, 128, "4 avenue du Rhône"),
        (330, 142, "69007 Lyon"),
        (50, 170, "FACTURE"),
        (50, 190, "Numéro"),
        (150, 190, "F-2025-0311"),
        (50, 204, "Date d'émission"),
        (150, 204, "02/06/2025"),
        (50, 250, "Désignation"),
        (300, 250, "Qté"),
        (460, 250, ">P.U. HT"),
        (540, 250, ">Montant HT"),
        (50, 270, "Audit organisationnel, phase 1"),
        (300, 270, "4"),
        (460, 270, ">1 200,00"),
        (540, 270, ">4 800,00"),
        (50, 290, "Billets de train Paris–Lyon (débours)"),
        (300, 290, "1"),
        (460, 290, ">186,50"),
        (540, 290, ">186,50"),
        (330, 330, "Total honoraires HT"),
        (540, 330, ">4 800,00 €"),
        (330, 344, "TVA 20 % (sur honoraires)"),
        (540, 344, ">960,00 €"),
        (330, 358, outlay_caption),
        (540, 358, ">186,50 €"),
        (330, 378, payable_caption),
        (540, 378, ">5 946,50 €"),
    ]


@pytest.mark.parametrize(
    ("outlay", "payable"),
    [
        ("Débours (non soumis à TVA)", "NET À PAYER TTC"),
        ("Frais et débours", "Montant à payer"),
    ],
)
def test_a_payable_sum_holding_outlays_after_the_vat_is_the_total(
    outlay: str, payable: str
) -> None:
    fields = _fields(_fee_note(outlay, payable))
    assert fields["tax_amount"] == 960.0
    assert fields["total_amount"] == 5946.5
    assert fields["amount_due"] == 5946.5
    assert fields["net_amount"] == 4986.5


def test_a_payable_sum_with_no_outlay_printed_between_stays_apart() -> None:
    page = [item for item in _fee_note("Débours", "NET À PAYER TTC") if item[1] != 358]
    fields = _fields(page)
    assert fields["net_amount"] == 4800.0
    assert fields["tax_amount"] == 960.0


def _declaration(caption: str, date_caption: str) -> Page:
    return [
        (50, 40, "Van der Meulen Advocaten"),
        (380, 40, "Stationsplein 4"),
        (380, 54, "3511 ED Utrecht"),
        (50, 110, "Bouwbedrijf Kramer B.V."),
        (50, 124, "Havenweg 18"),
        (50, 138, "3542 AD Utrecht"),
        (50, 190, "DECLARATIE"),
        (50, 210, caption),
        (160, 210, "25-0187"),
        (50, 224, date_caption),
        (160, 224, "12-05-2025"),
        (50, 270, "Omschrijving"),
        (540, 270, ">Bedrag"),
        (50, 290, "Werkzaamheden april 2025 inzake huurgeschil"),
        (540, 290, ">1.250,00"),
        (330, 330, "Honorarium"),
        (540, 330, ">€ 1.250,00"),
        (330, 344, "Btw 21%"),
        (540, 344, ">€ 262,50"),
        (330, 358, "Totaal te betalen"),
        (540, 358, ">€ 1.512,50"),
    ]


@pytest.mark.parametrize(
    ("caption", "date_caption"),
    [("Declaratienummer", "Datum"), ("Declaratienr.", "Declaratiedatum")],
)
def test_a_dutch_declaratie_numbers_and_dates_itself(caption: str, date_caption: str) -> None:
    fields = _fields(_declaration(caption, date_caption))
    assert fields["invoice_number"] == "25-0187"
    assert fields["invoice_date"] == "2025-05-12"


@pytest.mark.parametrize(
    ("title", "caption"),
    [
        ("Studio Legale Ferri", "Parcella n."),
        ("Despacho Ortega Abogados", "Minuta n.º"),
    ],
)
def test_italian_and_spanish_fee_notes_number_themselves(title: str, caption: str) -> None:
    page = _declaration(caption, "Data")
    page[0] = (50, 40, title)
    fields = _fields(page)
    assert fields["invoice_number"] == "25-0187"
