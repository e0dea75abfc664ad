"""Dates and numbers from captions and terms: net due dates beside a cash discount
(netdue.py), dates of other documents (dateread.py), a date under the number beside a logo,
a referenced number under the title (ownnumber.py) and the buyer's VAT ID under its section
caption (seller_vat.py)."""

from __future__ import annotations

import datetime

from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.seller_vat import seller_vat_id

from .conftest import Page, header_values, spaced_lines

_HEAD: Page = [
    (50, 60, "Nordwind Handel GmbH"),
    (350, 120, "Rechnung Nr. 2025-117"),
    (350, 134, "Rechnungsdatum: 02.06.2025"),
]


def test_net_date_after_the_discount_date_is_due() -> None:
    fields = header_values(
        [
            *_HEAD,
            (50, 400, "Zahlungsbedingungen: 2 % Skonto bei Zahlung bis 12.06.2025 (Skontobetrag"),
            (50, 411, "164,81 EUR), zahlbar ohne Abzug"),
            (50, 422, "bis 02.07.2025."),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 7, 2)


def test_net_date_after_oder_and_in_brackets_is_due() -> None:
    swiss = header_values(
        [
            *_HEAD,
            (50, 400, "Zahlbar innert 10 Tagen (bis 12.06.2025) mit 2 % Skonto = CHF 7'866.30,"),
            (50, 411, "oder innert 30 Tagen netto (bis 02.07.2025)."),
        ]
    )
    assert swiss["due_date"] == datetime.date(2025, 7, 2)
    first = header_values(
        [*_HEAD, (50, 400, "bis 12.06.2025 abzüglich 2 % Skonto, bis 02.07.2025 netto ohne Abzug.")]
    )
    assert first["due_date"] == datetime.date(2025, 7, 2)


def test_net_date_in_french_terms_is_due() -> None:
    fields = header_values(
        [
            (50, 60, "Atelier Brunet SARL"),
            (350, 120, "Facture n° FA-2025-119"),
            (350, 134, "Date : 02/06/2025"),
            (50, 400, "Escompte 2 % pour paiement avant le 12/06/2025, net sans escompte le"),
            (50, 411, "02/07/2025."),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 7, 2)


def test_a_discount_date_alone_is_no_due_date() -> None:
    fields = header_values(
        [*_HEAD, (50, 400, "Bei Zahlung bis 12.06.2025 gewähren wir 2 % Skonto.")]
    )
    assert "due_date" not in fields


def test_dates_of_an_order_or_delivery_note_are_not_the_invoice_date() -> None:
    grid = header_values(
        [
            (50, 60, "Distribuciones del Turia, S.L."),
            (50, 200, "Nº PEDIDO"),
            (130, 200, "FECHA ALBARÁN"),
            (230, 200, "Nº FACTURA"),
            (320, 200, "FECHA"),
            (50, 214, "PED-88213"),
            (130, 214, "27/03/2025"),
            (230, 214, "A-2025/0412"),
            (320, 214, "28/03/2025"),
        ]
    )
    assert grid["invoice_date"] == datetime.date(2025, 3, 28)
    listed = header_values(
        [
            (50, 60, "Acme Ltd"),
            (50, 100, "Order Date: 01.03.2025"),
            (50, 114, "Date: 05.03.2025"),
        ]
    )
    assert listed["invoice_date"] == datetime.date(2025, 3, 5)


def test_date_under_the_number_beside_a_logo() -> None:
    fields = header_values(
        [
            (443, 33, "Facture n° 888412377"),
            (51, 41, "libre"),
            (90, 41, "télécom"),
            (460, 41, "du 04/04/2024"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2024, 4, 4)


def test_reference_under_the_title_outranks_the_order_number() -> None:
    lines = spaced_lines(
        [
            (460, 32, "FACTURE"),
            (58, 50, "nuageo"),
            (430, 50, "Référence : FR48211937"),
            (430, 68, "Date : 14/03/2024"),
            (451, 82, "Commande n° 219448701"),
        ]
    )
    fields = header_fields(lines, find_candidates(lines))
    assert fields["invoice_number"].value == "FR48211937"


def _seller_vat(items: Page) -> object:
    """The seller's VAT ID as chosen with no buyer's name found (its block unknown)."""
    lines = spaced_lines(items)
    candidates = find_candidates(lines)
    best = min((c for c in candidates if c.key == "seller_vat_id"), key=lambda c: (c.rank, c.order))
    chosen = seller_vat_id(candidates, best, None, lines)
    return chosen.value if chosen is not None else None


def test_buyer_vat_id_under_its_section_caption_is_not_the_sellers() -> None:
    side_by_side = _seller_vat(
        [
            (49, 71, "Käufer"),
            (312, 71, "Verkäufer"),
            (49, 89, "Firmenname:"),
            (131, 89, "Naturkost Ebersberg GmbH"),
            (313, 89, "Firmenname:"),
            (395, 89, "Hofmolkerei Griesbach eG"),
            (49, 102, "USt-IdNr.:"),
            (131, 102, "DE277306412"),
            (312, 102, "USt-IdNr.:"),
            (395, 102, "DE139482079"),
        ]
    )
    assert side_by_side == "DE139482079"
    right_block = _seller_vat(
        [
            (43, 60, "Atelier Mécanique Rhodanien"),
            (43, 138, "Date de facture"),
            (150, 138, "03/04/2025"),
            (321, 138, "Client"),
            (321, 152, "Transports Berthollet SAS"),
            (321, 165, "38070 Saint-Quentin-Fallavier"),
            (321, 178, "N° TVA intracom. : FR89512408766"),
            (222, 800, "N° TVA intracommunautaire : FR69831729041"),
        ]
    )
    assert right_block == "FR69831729041"


def test_a_caption_value_row_is_no_section_caption() -> None:
    # "Kunde: | 4711" over the seller's own ID in an info block: no buyer's section.
    chosen = _seller_vat(
        [
            (350, 120, "Kunde:"),
            (430, 120, "4711"),
            (350, 134, "USt-IdNr.:"),
            (430, 134, "DE139482079"),
        ]
    )
    assert chosen == "DE139482079"
