"""Builders' progress and final invoices: a retention taken off the gross before the payout
("Auszahlungsbetrag"), a positions' sum a discount takes down to the captioned net, a
caption ending in ":" beside the seller's e-mail over the billing window, a three-column
head whose middle column holds captioned dates, and the UK's "Final date for payment"."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Holzbau Weigand GmbH"),
    (50, 74, "Sägewerkstraße 9, 79585 Steinen"),
    (350, 130, "Rechnung Nr.:"),
    (450, 130, "SR-2024-088"),
    (350, 144, "Datum:"),
    (450, 144, "07.10.2024"),
]


def _read(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return result


def _row(y: float, *cells: tuple[float, str]) -> Page:
    return [(x, y, text) for x, text in cells]


def test_the_payout_after_a_retention_is_the_amount_due() -> None:
    page = [
        *_HEAD,
        *_row(220, (60, "Pos."), (100, "Bezeichnung"), (490, "Betrag")),
        *_row(240, (60, "1"), (100, "Zimmererarbeiten Dachstuhl"), (490, "5.000,00")),
        *_row(300, (100, "Abschlagsbetrag netto"), (490, "5.000,00 €")),
        *_row(316, (100, "zzgl. 19 % Umsatzsteuer"), (490, "950,00 €")),
        *_row(332, (100, "Abschlagsbetrag brutto"), (490, "5.950,00 €")),
        *_row(348, (100, "abzgl. 5 % Sicherheitseinbehalt (vom Bruttobetrag)"), (490, "-297,50 €")),
        *_row(364, (100, "Auszahlungsbetrag"), (490, "5.652,50 €")),
    ]
    fields = _read(page)["fields"]
    assert fields["total_amount"] == 5950.0
    assert fields["amount_due"] == 5652.5


def test_a_positions_sum_before_a_discount_is_neither_net_nor_total() -> None:
    page = [
        *_HEAD,
        *_row(220, (60, "Pos."), (100, "Bezeichnung"), (490, "Betrag")),
        *_row(240, (60, "1"), (100, "Fassadenverkleidung Lärche"), (490, "8.000,00")),
        *_row(300, (100, "Summe der Positionen"), (490, "8.000,00 EUR")),
        *_row(316, (100, "abzüglich 3 % Nachlass gem. Auftrag"), (480, "– 240,00 EUR")),
        *_row(332, (100, "Schlussrechnungsbetrag netto"), (490, "7.760,00 EUR")),
        *_row(348, (100, "Umsatzsteuer (§ 13b UStG)"), (490, "0,00 EUR")),
        *_row(364, (100, "Schlussrechnungsbetrag"), (490, "7.760,00 EUR")),
    ]
    fields = _read(page)["fields"]
    assert fields["net_amount"] == 7760.0
    assert fields["total_amount"] == 7760.0


def test_a_caption_ending_in_a_colon_is_no_part_of_the_buyers_name() -> None:
    texts: list[SizedText] = [
        (120, 45, "ATELIER BOISSEAU", 18),
        (120, 66, "Escaliers · Charpente · Agencement", 9),
        (50, 92, "7 chemin des Scieries", 9),
        (50, 102, "38500 Voiron", 9),
        (50, 112, "Tél. 04 76 05 22 81", 9),
        (50, 122, "atelier@boisseau-bois.fr", 9),
        (320, 122, "Maître d'ouvrage – adresse de facturation :", 8),
        (320, 137, "SCI Le Clos des Vignes", 10),
        (320, 150, "c/o Gestion Alpes Immobilier", 10),
        (320, 163, "12 rue Lesdiguières", 10),
        (320, 176, "38000 Grenoble", 10),
        (50, 210, "Facture n° FA-24-0193", 10),
        (50, 224, "Date : 15/10/2024", 10),
        (50, 260, "Désignation", 9),
        (480, 260, "Montant HT", 9),
        (50, 276, "Escalier chêne massif, pose comprise", 9),
        (480, 276, "4 200,00", 9),
        (350, 320, "Total HT", 9),
        (480, 320, "4 200,00 €", 9),
        (350, 334, "TVA 20 %", 9),
        (480, 334, "840,00 €", 9),
        (350, 348, "Total TTC", 9),
        (480, 348, "5 040,00 €", 9),
        (90, 780, "Atelier Boisseau SARL – 7 chemin des Scieries, 38500 Voiron – RCS Grenoble", 7),
        (120, 790, "SIRET 52184736900018 – N° TVA intracommunautaire FR33521847369", 7),
    ]
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    assert result["fields"]["buyer_name"] == "SCI Le Clos des Vignes"


def test_a_captioned_date_in_the_middle_column_is_no_sellers_address_line() -> None:
    texts: list[SizedText] = [
        (40, 40, "VERMEULEN", 14),
        (400, 48, "Klant", 8),
        (40, 60, "schrijnwerk · trappen", 8),
        (210, 60, "Factuurnummer: V24-0311", 8),
        (400, 60, "Bouwbedrijf Maes BV", 8),
        (210, 74, "Factuurdatum: 14/10/2024", 8),
        (400, 74, "Industrieweg 22", 8),
        (40, 86, "Schrijnwerkerij Vermeulen BV", 8),
        (210, 86, "Vervaldag: 13/11/2024", 8),
        (400, 86, "3500 Hasselt", 8),
        (40, 96, "Molenstraat 5", 8),
        (210, 100, "Periode: 01/09/2024 – 30/09/2024", 8),
        (400, 100, "BTW BE 0455.987.123", 8),
        (40, 106, "2300 Turnhout", 8),
        (40, 116, "BTW BE 0712.345.678", 8),
        (40, 170, "Omschrijving", 8),
        (480, 170, "Bedrag", 8),
        (40, 186, "Binnentrap beuken, geplaatst", 8),
        (480, 186, "3.600,00", 8),
        (350, 230, "Totaal excl. btw", 8),
        (480, 230, "€ 3.600,00", 8),
        (350, 244, "Btw 21%", 8),
        (480, 244, "€ 756,00", 8),
        (350, 258, "Totaal factuur", 8),
        (480, 258, "€ 4.356,00", 8),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Schrijnwerkerij Vermeulen BV"
    assert fields["seller_address"] == "Molenstraat 5, 2300 Turnhout"


def test_the_final_date_for_payment_is_the_due_date() -> None:
    page = [
        (50, 60, "Hartley Groundworks Ltd"),
        (50, 74, "Unit 4, Mill Lane, Leeds LS12 6AB"),
        (350, 130, "Invoice No:"),
        (450, 130, "HG-2024-057"),
        (350, 144, "Date:"),
        (450, 144, "01/10/2024"),
        (350, 158, "Final date for payment"),
        (470, 158, "29/10/2024"),
        *_row(220, (60, "Description"), (490, "Amount")),
        *_row(240, (60, "Drainage works, valuation 3"), (490, "6,000.00")),
        *_row(300, (350, "Net"), (490, "6,000.00")),
        *_row(316, (350, "VAT 20%"), (490, "1,200.00")),
        *_row(332, (350, "Total"), (490, "7,200.00")),
    ]
    fields = _read(page)["fields"]
    assert fields["due_date"] == "2024-10-29"
