"""Polish accounts printed without "PL" under a caption or beside the bank's name, a due date
closing a Dutch payment sentence, a credit note's own number beside another column or after
"N° d'avoir", a Swiss letter's "place, date" beside the terms, a bare "Due" over an ISO date,
a written-out date under a caption wider than the reach below it, and a receipt number's
series letter set apart (accountread.py, fields.py, labels.py, ownnumber.py, dateread.py,
labelvalues.py, receipt_numbers.py)."""

from __future__ import annotations

import datetime

from .conftest import header_values
from .receipts.test_receipt_captions import BODY, HEAD, fields_of

SELLER = (50, 40, "Softwerk Jan Kowalczyk")


def test_nrb_on_the_line_under_an_account_caption_beside_the_bank() -> None:
    # "Rachunek: mBank S.A." over the NRB: the number runs far right of the caption.
    fields = header_values(
        [
            SELLER,
            (50, 60, "Faktura nr 4/2026"),
            (50, 300, "Rachunek:"),
            (130, 300, "mBank S.A."),
            (50, 312, "87 1140 2004 0000 3302 7813 9457"),
        ]
    )
    assert fields["iban"] == "PL87114020040000330278139457"


def test_uncaptioned_nrb_after_the_banks_name() -> None:
    fields = header_values(
        [
            SELLER,
            (50, 60, "Faktura nr 4/2026"),
            (50, 90, "Pekao S.A. 03 1240 3028 8111 0000 3456 0192"),
        ]
    )
    assert fields["iban"] == "PL03124030288111000034560192"


def test_uncaptioned_digit_run_failing_the_check_is_no_account() -> None:
    fields = header_values(
        [
            SELLER,
            (50, 60, "Faktura nr 4/2026"),
            (50, 90, "Pekao S.A. 04 1240 3028 8111 0000 3456 0192"),
        ]
    )
    assert "iban" not in fields


def test_dutch_due_date_closing_a_sentence_about_the_amount() -> None:
    fields = header_values(
        [
            (50, 40, "studio kade"),
            (50, 80, "Factuur 2026-0057"),
            (
                50,
                300,
                "Graag ontvangen wij het openstaande bedrag uiterlijk op 26-03-2026 (vervaldatum)",
            ),
            (50, 312, "op NL10 INGB 0007 3951 20 ten name van Studio Kade"),
        ]
    )
    assert fields["due_date"] == datetime.date(2026, 3, 26)


def test_credit_note_number_under_its_title_beside_the_clients_block() -> None:
    fields = header_values(
        [
            (50, 40, "Ferragens Almeida & Sousa, Lda."),
            (50, 80, "NOTA DE CRÉDITO"),
            (320, 80, "Cliente:"),
            (320, 95, "Construções Barata & Vieira, Lda."),
            (50, 105, "N.º NC 2026/9"),
            (320, 105, "Estrada de Benfica, 604"),
            (50, 150, "Data de emissão: 3 de junho de 2026"),
        ]
    )
    assert fields["invoice_number"] == "NC 2026/9"


def test_french_credit_note_number_after_n_d_avoir() -> None:
    fields = header_values(
        [
            (50, 40, "Hébergix"),
            (400, 40, "AVOIR"),
            (400, 78, "N° d'avoir :"),
            (470, 78, "AV-2024-00219"),
            (400, 90, "Date :"),
            (470, 90, "12 mars 2024"),
            (50, 100, "2 rue des Arts"),
            (300, 100, "Facture F-2024-01877 d'origine :"),
            (470, 100, "du 01/01/2024"),
        ]
    )
    assert fields["invoice_number"] == "AV-2024-00219"


def test_swiss_place_and_date_beside_the_payment_terms() -> None:
    fields = header_values(
        [
            (50, 40, "Kollektiv Werkraum GmbH"),
            (50, 200, "Rechnung 2024-11-0342"),
            (50, 220, "Zürich, 1. November 2024"),
            (340, 220, "Zahlbar bis: 30.11.2024"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2024, 11, 1)
    assert fields["due_date"] == datetime.date(2024, 11, 30)


def test_bare_due_caption_before_an_iso_date() -> None:
    fields = header_values(
        [
            (50, 40, "Planbord B.V."),
            (400, 100, "Invoice no."),
            (480, 100, "PB-24-03391"),
            (400, 112, "Issued"),
            (480, 112, "2024-08-01"),
            (400, 124, "Due"),
            (480, 124, "2024-08-15"),
        ]
    )
    assert fields["due_date"] == datetime.date(2024, 8, 15)


def test_written_out_date_under_its_caption_runs_past_the_reach_below() -> None:
    fields = header_values(
        [
            (50, 40, "Talleres Ortega Hermanos S.L."),
            (50, 100, "Nº FACTURA"),
            (450, 40, "Tel. 954 223 810"),
            (200, 100, "FECHA"),
            (50, 114, "T-25-0642"),
            (206, 114, "20 de noviembre de 2025"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 11, 20)


def test_a_receipts_series_letter_set_one_space_before_its_digits() -> None:
    # "Receipt: T 020045": a till's series letter, then its counter.
    assert fields_of([*HEAD, "Receipt: T 020045", *BODY])["invoice_number"].value == "T 020045"


def test_a_currency_after_a_bill_caption_is_no_series_letter() -> None:
    assert fields_of([*HEAD, "Bill: RM 1250", *BODY]).get("invoice_number") is None
