"""Due dates in payment sentences and under short captions, issue dates in a letter's
"place, date" line, a credit note's own date beside the referenced invoice's, and a credit
note's number in its titled box (netdue.py, dateread.py, ownnumber.py, labels.py)."""

from __future__ import annotations

import datetime

from .conftest import Page, header_values

_HEAD: Page = [
    (50, 60, "Kraus Software GmbH"),
    (350, 120, "Rechnung Nr. 2025-0387"),
    (350, 134, "Datum 06.06.2025"),
]


def test_business_account_is_no_cash_discount() -> None:
    # "Geschäftskonto" holds the letters of "skonto": no discount offer in the sentence.
    fields = header_values(
        [
            *_HEAD,
            (50, 400, "Bitte überweisen Sie den Gesamtbetrag bis spätestens 20.06.2025 unter"),
            (50, 411, "Angabe der Rechnungsnummer auf unser Geschäftskonto."),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 6, 20)


def test_net_terms_misread_by_ocr_are_due() -> None:
    # OCR reads "Zahlbar" as "Zahibar": "ohne Abzug bis" still names the net date.
    fields = header_values([*_HEAD, (50, 400, "Zahibar ohne Abzug bis 28.04.2025.")])
    assert fields["due_date"] == datetime.date(2025, 4, 28)


def test_italian_payment_sentence_with_entro_il() -> None:
    fields = header_values(
        [
            (50, 60, "Studio Lunaria"),
            (350, 120, "Numero: 07/2025"),
            (350, 134, "Data: 28/02/2025"),
            (180, 400, "Pagamento tramite bonifico bancario entro il 30/03/2025."),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 3, 30)


def test_due_becomes_date_in_sentence() -> None:
    fields = header_values(
        [
            *_HEAD,
            (
                50,
                400,
                "Die Nachzahlung wird am 25.03.2025 fällig. Bitte überweisen Sie den Betrag.",
            ),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 3, 25)


def test_short_due_caption_with_day_month_year() -> None:
    fields = header_values(
        [
            (50, 60, "Hollis & Grange"),
            (370, 120, "Invoice No."),
            (490, 120, "HG-INV-004821"),
            (370, 134, "Date"),
            (505, 134, "17 Feb 2025"),
            (370, 148, "Terms"),
            (460, 148, "Balance due in 14 days"),
            (370, 162, "Due"),
            (505, 162, "3 Mar 2025"),
            (440, 200, "Due: 30 March 2025"),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 3, 3)


def test_payable_by_caption_takes_a_date_only() -> None:
    fields = header_values(
        [
            (50, 60, "Nameforge AG"),
            (50, 120, "Invoice no."),
            (150, 120, "2025-118274"),
            (50, 134, "Invoice date"),
            (150, 134, "07.03.2025"),
            (50, 148, "Payable by"),
            (150, 148, "06.04.2025"),
            (20, 600, "Payable by"),
            (340, 600, "Invoice 2025-118274"),
            (20, 614, "Lindqvist Bau GmbH"),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 4, 6)


def test_payment_deadline_caption_is_no_issue_date() -> None:
    fields = header_values(
        [
            (50, 60, "Fibrea"),
            (50, 104, "N° de facture"),
            (150, 104, "2503-884120973"),
            (50, 233, "Date limite de paiement : 15 mars 2025 (prélèvement automatique)"),
        ]
    )
    assert "invoice_date" not in fields or fields["invoice_date"] != datetime.date(2025, 3, 15)
    assert fields["due_date"] == datetime.date(2025, 3, 15)


def test_place_and_date_opening_a_line_under_the_title() -> None:
    fields = header_values(
        [
            (440, 40, "Nordlicht Werbeagentur GmbH"),
            (40, 125, "Fahrradwerk Lüneburg GmbH"),
            (40, 210, "Rechnung 25-0097"),
            (40, 230, "Hamburg, 21.02.2025 · Leistungszeitraum Januar 2025 · Projekt FWL"),
            (40, 477, "Bitte überweisen Sie den Gesamtbetrag bis zum 07.03.2025."),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 2, 21)


def test_date_column_of_a_table_is_no_issue_date() -> None:
    fields = header_values(
        [
            (150, 45, "SPEDITION BRANDT"),
            (430, 254, "Duisburg, den 07.03.2025"),
            (57, 274, "Frachtrechnung Nr. 25/01873"),
            (60, 306, "Datum"),
            (122, 306, "Sendung"),
            (185, 306, "Relation"),
            (470, 306, "Fracht"),
            (60, 335, "03.02.2025"),
            (122, 335, "SB-558120"),
            (185, 335, "Bielefeld - Duisburg"),
            (470, 335, "312,00"),
            (60, 350, "05.02.2025"),
            (122, 350, "SB-558341"),
            (185, 350, "Bielefeld - Lyon"),
            (464, 350, "1.284,00"),
            (60, 366, "10.02.2025"),
            (122, 366, "SB-558702"),
            (185, 366, "Bielefeld - München"),
            (470, 366, "268,50"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 3, 7)


def test_due_caption_over_a_schedule_of_instalments() -> None:
    fields = header_values(
        [
            *_HEAD,
            (63, 405, "Die Nachzahlung wird am 25.03.2025 fällig."),
            (52, 531, "Ihre neuen Abschläge"),
            (56, 549, "Fälligkeit"),
            (233, 549, "Betrag"),
            (55, 565, "ab 15.04.2025 monatlich"),
            (227, 565, "168,00 €"),
            (56, 580, "11 Abschläge bis 15.02.2026"),
            (220, 580, "1.848,00 €"),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 3, 25)


def test_credit_note_date_beside_the_original_invoice_date() -> None:
    # Each word its own cell, as a monospaced text layer prints it.
    def spaced(x: float, y: float, text: str) -> Page:
        out = []
        for token in text.split(" "):
            out.append((x, y, token))
            x += 5.0 * len(token) + 14
        return out

    fields = header_values(
        [
            (50, 47, "PENNINE FREIGHT"),
            (408, 57, "CREDIT NOTE"),
            *spaced(320, 124, "Credit Note No:"),
            (440, 124, "CN-00412"),
            (320, 136, "Date:"),
            (441, 136, "21/10/2025"),
            *spaced(320, 158, "Original Invoice:"),
            (441, 158, "INV-10877"),
            *spaced(320, 172, "Invoice Date:"),
            (441, 172, "30/09/2025"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 10, 21)


def test_credit_note_number_in_its_titled_box() -> None:
    fields = header_values(
        [
            (160, 60, "Brasserie du Pont-Levis"),
            (160, 100, "Taverne Le Comptoir"),
            (400, 100, "NOTE DE CRÉDIT"),
            (160, 112, "Place d'Armes 4"),
            (160, 124, "5000 Namur"),
            (380, 124, "Numéro"),
            (480, 124, "NC-2025-0019"),
            (380, 136, "Date"),
            (480, 136, "15/04/2025"),
            (380, 148, "Facture d'origine"),
            (470, 148, "F-2025-0412 du 02/04/2025"),
            (160, 200, "Motif : rectification de la facture F-2025-0412."),
        ]
    )
    assert fields["invoice_number"] == "NC-2025-0019"
    assert fields["document_type"] == "credit_note"


def test_invoice_caption_misread_by_ocr() -> None:
    fields = header_values(
        [
            (200, 40, "NORTHGATE PLUMBING SUPPLIES LTD"),
            (50, 160, "INVOICE TO:"),
            (320, 160, "Involce No:"),
            (411, 160, "058214"),
            (320, 175, "Date/Tax Point:"),
            (411, 175, "09/06/2025"),
        ]
    )
    assert fields["invoice_number"] == "058214"


def test_discount_deadline_in_a_payment_sentence_is_not_due() -> None:
    fr = header_values(
        [
            (50, 60, "Hydro Rhône SARL"),
            (350, 120, "Facture n° F-2025-041"),
            (350, 134, "Date : 10/04/2025"),
            (50, 400, "Escompte de 2 % pour règlement avant le 20/04/2025."),
        ]
    )
    it = header_values(
        [
            (50, 60, "Studio Lunaria"),
            (350, 120, "Numero: 07/2025"),
            (50, 400, "Sconto 2% per pagamento entro il 10/03/2025."),
        ]
    )
    assert fr.get("due_date") is None
    assert it.get("due_date") is None


def test_more_payment_deadline_wordings() -> None:
    for sentence in (
        "Zahlungsfrist: bis zum 20.06.2025",
        "Pay by: 20 Jun 2025",
        "Gelieve te betalen uiterlijk 20-06-2025.",
        "Forma de pago: transferencia antes del 20/06/2025.",
    ):
        fields = header_values([*_HEAD, (50, 400, sentence)])
        assert fields["due_date"] == datetime.date(2025, 6, 20), sentence
    assert "due_date" not in header_values([*_HEAD, (50, 400, "Zahlungsfrist: 14 Tage")])


def test_credit_note_date_caption() -> None:
    fields = header_values(
        [
            (50, 60, "Nordwind Handel GmbH"),
            (350, 100, "Gutschrift"),
            (350, 120, "Gutschrift Nr. GS-2025-004"),
            (350, 134, "Gutschriftsdatum: 21.10.2025"),
            (350, 148, "Rechnungsdatum der Ursprungsrechnung: 30.09.2025"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 10, 21)


def test_deadline_captions_name_the_due_date_not_the_issue_date() -> None:
    for caption in (
        "Fecha límite de pago:",
        "Data limite di pagamento:",
        "Date limite de règlement :",
        "Payment deadline:",
    ):
        fields = header_values(
            [
                (50, 60, "Nordwind Handel GmbH"),
                (350, 120, "Factura Nº 2025-117"),
                (50, 400, caption),
                (250, 400, "20/06/2025"),
            ]
        )
        assert fields["due_date"] == datetime.date(2025, 6, 20), caption
        assert fields.get("invoice_date") != datetime.date(2025, 6, 20), caption


def test_transfer_request_with_a_plain_bis() -> None:
    fields = header_values([*_HEAD, (50, 400, "Bitte überweisen Sie den Betrag bis 20.06.2025.")])
    assert fields["due_date"] == datetime.date(2025, 6, 20)
