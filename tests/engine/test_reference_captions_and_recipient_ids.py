"""A French "Référence de la facture" and a bilingual Polish "nr / no." under "Faktura VAT /
VAT Invoice" (labels.py, ownnumber.py), the recipient's UID after its caption and a French
customer's intra-community VAT number (fields.py), "spätestens am" closing payment terms
(labels.py) and a Dutch paid statement (charges.py)."""

from __future__ import annotations

import datetime

from .conftest import header_values


def test_reference_of_the_invoice_is_its_number() -> None:
    fields = header_values(
        [
            (50, 60, "Hébergeur SAS"),
            (300, 100, "Facture"),
            (300, 114, "Référence de la facture : FR58214479"),
            (300, 128, "Référence de commande : 118804213"),
        ]
    )
    assert fields["invoice_number"] == "FR58214479"


def test_bilingual_title_carries_its_double_signed_number() -> None:
    fields = header_values(
        [
            (300, 40, "Faktura VAT / VAT Invoice"),
            (110, 52, "chmurka"),
            (300, 56, "nr / no. FV/2024/03/0457"),
            (300, 74, "Data wystawienia / Issue date:"),
            (480, 74, "31.03.2024"),
        ]
    )
    assert fields["invoice_number"] == "FV/2024/03/0457"


def test_recipients_uid_after_its_caption_is_no_seller_vat_id() -> None:
    fields = header_values(
        [
            (50, 60, "Displaybau Nord GmbH"),
            (50, 140, "Einkauf GmbH"),
            (50, 152, "Innsbrucker Bundesstraße 126"),
            (50, 164, "5020 Salzburg"),
            (50, 190, "UID-Nr. des Leistungsempfängers: ATU 34370098"),
            (50, 780, "USt-IdNr. DE136695976 · Steuernummer 131/124/50892"),
        ]
    )
    assert fields["seller_vat_id"] == "DE136695976"


def test_a_client_after_a_whole_vat_caption_word_owns_the_number() -> None:
    # The caption pattern ends inside "intracommunautaire"; the customer's word comes after.
    fields = header_values(
        [
            (50, 60, "Congrès Horizon SARL"),
            (300, 140, "N° TVA intracommunautaire client : DE284948102"),
            (50, 780, "N° TVA : FR75727341620"),
        ]
    )
    assert fields["seller_vat_id"] == "FR75727341620"


def test_latest_day_in_payment_terms_is_due() -> None:
    fields = header_values(
        [
            (50, 60, "Bürobedarf GmbH"),
            (350, 120, "Rechnung Nr. 2015-117"),
            (350, 134, "Rechnungsdatum: 21.04.2015"),
            (50, 400, "Zahlbar innerhalb von 14 Tagen ohne Abzug, spätestens am 05.05.2015."),
        ]
    )
    assert fields["due_date"] == datetime.date(2015, 5, 5)


def test_dutch_nothing_left_to_pay_leaves_no_amount_due() -> None:
    fields = header_values(
        [
            (50, 60, "Bezorgdienst B.V."),
            (350, 120, "Factuur: 24-1187"),
            (350, 300, "Totaal"),
            (480, 300, "€ 62,58"),
            (50, 400, "Betaald met iDEAL op 3 april 2024 – er hoeft niets meer betaald te worden."),
        ]
    )
    assert fields["total_amount"] == 62.58
    assert fields["amount_due"] == 0.0
