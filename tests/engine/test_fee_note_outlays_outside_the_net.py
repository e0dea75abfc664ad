"""Fee notes whose total holds outlays passed on at cost without VAT (disbursements, débours,
verauslagte Gerichtskosten).

Conventions:
- The tax and the total are the figures printed; the net is the total less the tax (EN 16931
  BT-109): the fees' taxed base plus the outlays outside VAT.
- "Total subject to VAT" names the taxed base (a net caption), not the tax nor the invoice's
  total: the VAT printed below it is a rate of it, so outlays outside VAT follow.
- A line saying its figure bears no VAT ("Non-VATable disbursements", "durchlaufender Posten,
  ohne USt)") is a charge outside VAT: a labelled total below the taxed sum, larger by it,
  is the invoice's total.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page], marks=True))
    fields: dict[str, Any] = result["fields"]
    return fields


_SOLICITOR: Page = [
    (57, 50, "ASHGROVE KELLAWAY"),
    (57, 64, "Solicitors"),
    (400, 50, "4 Wharf Lane, Leeds LS1 4BR"),
    (57, 120, "Quenby Tooling Ltd"),
    (57, 134, "22 Mill Road"),
    (57, 148, "Wakefield WF1 2QX"),
    (340, 120, "Invoice No."),
    (460, 120, "AK-5521"),
    (340, 134, "Date"),
    (460, 134, "03/05/2024"),
    (57, 200, "Description"),
    (540, 200, ">Amount £"),
    (57, 218, "Advising on supply agreement dispute"),
    (540, 218, ">2,150.00"),
    (57, 232, "Courier to counsel"),
    (540, 232, ">24.00"),
    (57, 246, "Court issue fee"),
    (540, 246, ">115.00"),
    (320, 290, "Professional charges"),
    (540, 290, ">2,150.00"),
    (320, 304, "VATable disbursements"),
    (540, 304, ">24.00"),
    (320, 318, "Total subject to VAT"),
    (540, 318, ">2,174.00"),
    (320, 332, "VAT at 20%"),
    (540, 332, ">434.80"),
    (320, 346, "Non-VATable disbursements"),
    (540, 346, ">115.00"),
    (320, 360, "Total of this invoice"),
    (540, 360, ">2,723.80"),
]


def test_total_subject_to_vat_is_the_taxed_base_beside_non_vatable_disbursements() -> None:
    fields = _fields(_SOLICITOR)
    assert fields["tax_amount"] == 434.80
    assert fields["total_amount"] == 2723.80
    assert fields["net_amount"] == 2289.00  # 2,174.00 taxed + 115.00 outside VAT


def test_outlays_after_the_taxed_total_join_the_total_and_the_net() -> None:
    page: Page = [
        (57, 50, "SELARL Fontanel Avocats"),
        (57, 64, "9 quai Saint-Vincent, 69001 Lyon"),
        (330, 110, "SAS Berthier Menuiserie"),
        (330, 124, "14 rue des Forges, 42000 Saint-Étienne"),
        (57, 170, "NOTE D'HONORAIRES N° 2024-311"),
        (57, 184, "Date : 05/11/2024"),
        (57, 230, "Diligences"),
        (540, 230, ">Montant HT"),
        (57, 248, "Consultation et rédaction d'une mise en demeure"),
        (540, 248, ">1 200,00"),
        (330, 280, "Total honoraires HT"),
        (540, 280, ">1 200,00 €"),
        (330, 294, "TVA 20 %"),
        (540, 294, ">240,00 €"),
        (330, 308, "Total TTC"),
        (540, 308, ">1 440,00 €"),
        (57, 340, "Débours (non soumis à TVA)"),
        (57, 358, "Frais de greffe"),
        (540, 358, ">36,00"),
        (330, 376, "Total débours"),
        (540, 376, ">36,00 €"),
        (330, 394, "Total général"),
        (540, 394, ">1 476,00 €"),
    ]
    fields = _fields(page)
    assert fields["tax_amount"] == 240.0
    assert fields["total_amount"] == 1476.0
    assert fields["net_amount"] == 1236.0  # 1 200,00 fees + 36,00 débours


def test_a_court_fee_without_vat_after_the_taxed_sum_belongs_to_the_total() -> None:
    page: Page = [
        (57, 50, "Rechtsanwälte Kessler & Voigt PartG mbB"),
        (57, 64, "Marienplatz 8, 93047 Regensburg"),
        (57, 120, "Brunnhuber Metallbau GmbH"),
        (57, 134, "Industriestraße 4, 93055 Regensburg"),
        (360, 120, "Rechnungs-Nr.:"),
        (450, 120, "KV-2024-0412"),
        (360, 134, "Datum:"),
        (450, 134, "08.08.2024"),
        (57, 180, "Kostennote"),
        (57, 220, "Gebührentatbestand"),
        (540, 220, ">EUR"),
        (57, 238, "1,3 Verfahrensgebühr Nr. 3100 VV RVG"),
        (540, 238, ">1.040,00"),
        (57, 252, "Pauschale Nr. 7002 VV RVG"),
        (540, 252, ">20,00"),
        (57, 276, "Zwischensumme netto"),
        (540, 276, ">1.060,00"),
        (57, 290, "19 % Umsatzsteuer"),
        (540, 290, ">201,40"),
        (57, 304, "Summe Gebühren und Auslagen"),
        (540, 304, ">1.261,40"),
        (57, 318, "verauslagter Gerichtskostenvorschuss (durchlaufender Posten)"),
        (540, 318, ">438,00"),
        (57, 332, "Gesamtbetrag"),
        (540, 332, ">1.699,40"),
    ]
    fields = _fields(page)
    assert fields["tax_amount"] == 201.40
    assert fields["net_amount"] == 1498.0  # 1.060,00 taxed + 438,00 court fee
    assert fields["total_amount"] == 1699.40
