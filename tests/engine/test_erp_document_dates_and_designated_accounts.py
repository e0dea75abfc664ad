"""ERP printouts: a document date over a posting date, a print stamp in the page's corner, a
German net due date compound, the account a sentence designates for this invoice among the
footer's banks, and a buyer's VAT caption with "intracom." abridged (labels.py, dateread.py,
duecaptions.py, designatedaccount.py, captionplace.py)."""

from __future__ import annotations

import datetime

from .conftest import header_values


def test_dutch_document_date_over_posting_date_dates_the_invoice() -> None:
    fields = header_values(
        [
            (50, 40, "Verkoopfactuur 204417"),
            (300, 60, "Bakker Koeltechniek B.V."),
            (300, 72, "Btw-nr. NL001234567B01"),
            (50, 200, "Klantnr."),
            (140, 200, "K01234"),
            (300, 200, "Factuurnr."),
            (400, 200, "204417"),
            (300, 212, "Documentdatum"),
            (400, 212, "04-06-2025"),
            (300, 224, "Boekingsdatum"),
            (400, 224, "05-06-2025"),
            (300, 236, "Vervaldatum"),
            (400, 236, "04-07-2025"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 6, 4)


def test_french_document_date_caption_dates_the_invoice() -> None:
    fields = header_values(
        [
            (50, 40, "FACTURE FV-2025-0311"),
            (300, 200, "Date du document"),
            (420, 200, "17/06/2025"),
            (300, 212, "Date de comptabilisation"),
            (420, 212, "18/06/2025"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 6, 17)


def test_print_stamp_in_the_corner_is_not_the_invoice_date() -> None:
    fields = header_values(
        [
            (330, 30, "Data stampa 21/05/2025 08:15"),
            (470, 30, "Utente"),
            (510, 30, "ROSSI"),
            (50, 60, "Tessiture Ferraresi S.r.l."),
            (50, 140, "FATTURA"),
            (50, 152, "N."),
            (80, 152, "25/A/000417"),
            (50, 164, "del"),
            (80, 164, "20/05/2025"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 5, 20)


def test_german_net_due_date_compound_under_discount_terms() -> None:
    fields = header_values(
        [
            (50, 40, "Rechnung 500731"),
            (300, 60, "Belegdatum"),
            (400, 60, "02.06.2025"),
            (50, 400, "Zahlungskondition: 10 Tage 2 % Skonto, 45 Tage netto"),
            (50, 412, "Skontofähiger Betrag: 3.570,00 EUR"),
            (50, 424, "Bei Zahlung bis 12.06.2025: abzgl. 2 % Skonto 71,40 EUR"),
            (50, 436, "Nettofälligkeit: 17.07.2025"),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 7, 17)


def test_account_a_sentence_designates_for_this_invoice_beats_the_first_bank() -> None:
    # Two house banks at the top right; the sentence names the second for this invoice.
    fields = header_values(
        [
            (50, 40, "FACTURE FV25-00412"),
            (330, 40, "Crédit Lyonnais Lyon"),
            (330, 52, "IBAN FR39 3000 4001 2300 0012 3456 789"),
            (330, 64, "Banque Rhône-Alpes"),
            (330, 76, "IBAN FR87 1027 8060 4100 0204 5870 112"),
            (50, 500, "Compte de règlement à utiliser pour cette facture : Banque Rhône-Alpes"),
            (50, 512, "IBAN FR87 1027 8060 4100 0204 5870 112 - BIC BRHAFRPP"),
        ]
    )
    assert fields["iban"] == "FR8710278060410002045870112"


def test_english_account_for_this_invoice_on_its_own_line() -> None:
    fields = header_values(
        [
            (50, 40, "INVOICE 88120"),
            (330, 40, "IBAN GB29 NWBK 6016 1331 9268 19"),
            (330, 52, "IBAN GB60 BARC 2000 0055 7799 11"),
            (50, 500, "Account for payment of this invoice: GB60 BARC 2000 0055 7799 11"),
        ]
    )
    assert fields["iban"] == "GB60BARC20000055779911"


def test_debited_account_named_for_this_invoice_stays_the_payers() -> None:
    fields = header_values(
        [
            (50, 40, "Rechnung 7781"),
            (330, 40, "IBAN DE89 3704 0044 0532 0130 00"),
            (
                50,
                500,
                "Diese Rechnung wird von Ihrem Konto DE44 5001 0517 5407 3249 31 abgebucht.",
            ),
        ]
    )
    assert fields["iban"] == "DE89370400440532013000"


def test_buyers_vat_caption_with_intracom_abridged_is_not_the_sellers() -> None:
    fields = header_values(
        [
            (50, 40, "GIRARDOT"),
            (330, 40, "FACTURE"),
            (330, 52, "Numéro FA01187"),
            (50, 200, "N° TVA intracom. client : FR40303265045"),
            (50, 780, "Girardot Fournitures SARL - TVA intracommunautaire FR83404833048"),
        ]
    )
    assert fields["seller_vat_id"] == "FR83404833048"
