"""Account summaries quoting an earlier bill, a title dated on the line under it, and a
letterhead named by the page's legal details over the customer's legal-form block."""

from __future__ import annotations

import datetime

from facturist.engine.capitalpiece import capital_piece_off
from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf, spaced_lines


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _bill_rows(summary: list[Drawn]) -> list[Drawn]:
    return [
        *summary,
        Drawn(60, 420, "Désignation"),
        Drawn(330, 420, "Quantité"),
        Drawn(420, 420, "Prix unitaire"),
        Drawn(530, 420, "Montant", align="right"),
        Drawn(60, 436, "Abonnement"),
        Drawn(330, 436, "1"),
        Drawn(420, 436, "100,00"),
        Drawn(530, 436, "100,00", align="right"),
        Drawn(380, 470, "Total HT"),
        Drawn(530, 470, "100,00", align="right"),
        Drawn(380, 486, "TVA 20 %"),
        Drawn(530, 486, "20,00", align="right"),
        Drawn(380, 502, "Total TTC"),
        Drawn(530, 502, "120,00", align="right"),
    ]


def test_previous_bill_date_in_the_summary_is_not_the_issue_date() -> None:
    # "Facture de gaz" over "du 05/03/2024", the summary's "précédente facture du 04/01/2024".
    page = _bill_rows(
        [
            Drawn(550, 40, "Facture de gaz", size=14, align="right", bold=True),
            Drawn(60, 50, "gazéo", size=18, bold=True),
            Drawn(550, 62, "du 05/03/2024", align="right"),
            Drawn(60, 110, "N° de facture"),
            Drawn(60, 124, "FG-2024-000871"),
            Drawn(330, 110, "Monsieur Paul Girard"),
            Drawn(330, 124, "12 rue des Lilas"),
            Drawn(330, 138, "31000 Toulouse"),
            Drawn(60, 300, "Solde de votre précédente facture du 04/01/2024"),
            Drawn(530, 300, "80,00 €", align="right"),
            Drawn(60, 316, "Paiement reçu le 20/01/2024"),
            Drawn(530, 316, "-80,00 €", align="right"),
        ]
    )
    invoice = analysed(make_pdf(page))
    assert _value(invoice, "invoice_date") == datetime.date(2024, 3, 5)


def test_unpaid_earlier_invoice_quoted_with_its_date_yields() -> None:
    # "Importo non pagato fattura X del 06/03/2024" over the header's "Fattura n. ... del".
    page = _bill_rows(
        [
            Drawn(60, 40, "TeleNord S.p.A.", size=16, bold=True),
            Drawn(60, 58, "Via Roma 1 - 20121 Milano"),
            Drawn(330, 110, "Mario Bianchi"),
            Drawn(330, 124, "Via Verdi 3"),
            Drawn(330, 138, "20100 Milano MI"),
            Drawn(60, 250, "Importo non pagato fattura B7/2024/0001234 del 06/03/2024"),
            Drawn(530, 250, "€ 24,10", align="right"),
            Drawn(60, 266, "Totale da pagare"),
            Drawn(530, 266, "€ 144,10", align="right"),
        ]
    )
    page.append(Drawn(60, 560, "Fattura n. B7/2024/0004567 del 06/05/2024"))
    invoice = analysed(make_pdf(page))
    assert _value(invoice, "invoice_date") == datetime.date(2024, 5, 6)
    assert _value(invoice, "invoice_number") == "B7/2024/0004567"


def test_heading_named_by_the_footer_register_line_is_the_seller() -> None:
    # "LUMIRA CONSEIL" over its capital line, the customer's "Boulangerie Roux SARL" block.
    page = _bill_rows(
        [
            Drawn(297, 50, "LUMIRA CONSEIL", size=18, align="centre", bold=True),
            Drawn(
                297,
                68,
                "SAS au capital de 20 000 € - 5 rue Kléber, 67000 Strasbourg - SIRET 812345678",
                size=7,
                align="centre",
            ),
            Drawn(60, 110, "FACTURE N° LC-2024-0117"),
            Drawn(340, 125, "Boulangerie Roux SARL"),
            Drawn(60, 140, "Date : 12/04/2024"),
            Drawn(340, 140, "9 quai des Bateliers"),
            Drawn(340, 155, "67000 Strasbourg"),
            Drawn(340, 170, "N° TVA : FR40303265045"),
            Drawn(
                297,
                800,
                "Lumira Conseil - RCS Strasbourg 812345678 - TVA intracommunautaire FR83812345678",
                size=7,
                align="centre",
            ),
        ]
    )
    invoice = analysed(make_pdf(page))
    assert str(_value(invoice, "seller_name")).casefold() == "lumira conseil"
    assert _value(invoice, "buyer_name") == "Boulangerie Roux SARL"


def test_capital_piece_off_with_a_dash_glued_to_the_currency() -> None:
    # A scan reads "150 000 €- 8 allée des Pins": the street starts after the glued dash.
    lines = spaced_lines([(40, 60, "SAS au capital de 150 000 €- 8 allée des Pins, 44300 Nantes")])
    assert capital_piece_off(lines[0].cells[0]).text == "8 allée des Pins, 44300 Nantes"


def test_heading_over_its_own_legal_name_keeps_that_name_the_sellers() -> None:
    # "NORDWERK" over its subtitle "Energievertrieb GmbH"; the footer prints the two as one
    # name, "Nordwerk - Energievertrieb GmbH · ...": the subtitle is no customer's block.
    page = _bill_rows(
        [
            Drawn(60, 50, "NORDWERK", size=18, bold=True),
            Drawn(60, 70, "Energievertrieb GmbH", size=8),
            Drawn(60, 110, "FACTURE N° NW-2024-0117"),
            Drawn(340, 125, "Boulangerie Roux SARL"),
            Drawn(60, 140, "Date : 12/04/2024"),
            Drawn(340, 140, "9 quai des Bateliers"),
            Drawn(340, 155, "67000 Strasbourg"),
            Drawn(
                60,
                800,
                "Nordwerk - Energievertrieb GmbH · Hafenstraße 3, 28217 Bremen · "
                "USt-IdNr. DE129273398 · Stammkapital 25.000 EUR",
                size=7,
            ),
        ]
    )
    invoice = analysed(make_pdf(page))
    assert _value(invoice, "buyer_name") == "Boulangerie Roux SARL"
    assert "energievertrieb" in str(_value(invoice, "seller_name")).casefold()
