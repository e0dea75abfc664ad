"""A correction's own number beside its "Rectifica a: Factura ..." reference, numbers under or
beside a title with no caption, an airline ticket's number and IATA date, a VAT ID under a
payee's "Pay To" caption, a due date whose caption wraps, and a direct debit's IBAN
(ownnumber.py, labels.py, parse/dates.py, idread.py, seller_vat.py, duewrap.py, fields.py)."""

from __future__ import annotations

import datetime
from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.fields import find_candidates
from facturist.engine.model import Value
from facturist.engine.parse.dates import parse_date
from facturist.engine.seller_vat import seller_vat_id

from .conftest import Page, header_values, make_aligned_pdf, spaced_lines


def test_rectifying_invoice_keeps_its_own_number_not_the_corrected_one() -> None:
    fields = header_values(
        [
            (50, 60, "Electricidad Prieto S.L."),
            (50, 200, "FACTURA RECTIFICATIVA"),
            (50, 220, "Número ....: R-2025/007"),
            (50, 232, "Fecha .....: 22/02/2025"),
            (50, 244, "Rectifica a: Factura F-2025/118 de 09/02/2025"),
        ]
    )
    assert fields["invoice_number"] == "R-2025/007"
    assert fields["invoice_date"] == datetime.date(2025, 2, 22)


def test_portuguese_credit_note_number_after_n_dot_ordinal() -> None:
    fields = header_values(
        [
            (50, 60, "Lusa Software Lda."),
            (50, 200, "NOTA DE CRÉDITO"),
            (50, 220, "N.º NC 2025/42"),
            (50, 232, "Data: 05/04/2025"),
            (50, 244, "Documento de origem: Fatura FT 2025/310 de 15/01/2025"),
        ]
    )
    assert fields["invoice_number"] == "NC 2025/42"


def test_number_sign_under_a_title_may_look_like_a_date() -> None:
    # Polish templates number by month: "nr 7/04/2025" under "Faktura" is no date.
    fields = header_values(
        [
            (50, 60, "Faktura"),
            (350, 60, "Data wystawienia: 02.04.2025"),
            (50, 74, "nr 7/04/2025"),
            (350, 74, "Metoda płatności: przelew"),
        ]
    )
    assert fields["invoice_number"] == "7/04/2025"


def test_title_number_skips_a_line_of_another_column() -> None:
    fields = header_values(
        [
            (50, 200, "NOTA DE CRÉDITO"),
            (350, 200, "Cliente"),
            (350, 210, "Clínica Sorriso, Lda."),
            (350, 220, "Rua Morais Soares, 79"),
            (50, 230, "NC 2025/42"),
        ]
    )
    assert fields["invoice_number"] == "NC 2025/42"


def test_credit_note_title_then_a_structured_number() -> None:
    fields = header_values(
        [(50, 60, "Vogt Laborbedarf GmbH"), (50, 200, "Gutschrift RINV/2025/00007")]
    )
    assert fields["invoice_number"] == "RINV/2025/00007"


def test_title_then_a_naming_series_in_the_next_cell() -> None:
    fields = header_values(
        [(50, 60, "Kessler GmbH"), (50, 200, "SALES INVOICE"), (400, 200, "ACC-SINV-2025-00042")]
    )
    assert fields["invoice_number"] == "ACC-SINV-2025-00042"


def test_iata_date_runs_day_month_and_year_together() -> None:
    parsed = parse_date("14JUN23")
    assert parsed is not None and parsed.value == datetime.date(2023, 6, 14)
    assert parse_date("1 set 10") is None  # a quantity, as before


def test_e_ticket_receipt_number_and_issue_date() -> None:
    # Courier's glyph boxes make one space between the ticket's groups look like a cell gap.
    texts: list[tuple[float, float, str, float]] = [
        (40, 40, "ELECTRONIC TICKET", 9),
        (40, 100, "PASSENGER NAME      : KOWALSKI/ANNA MS", 9),
        (40, 112, "ETKT NUMBER         : 724 2318845502", 9),
        (40, 124, "DATE OF ISSUE       : 14JUN23", 9),
        (40, 300, "TOTAL               : CHF 483.15", 9),
    ]
    result: dict[str, Any] = extract_canonical(
        make_aligned_pdf(texts, font="Courier"), use_einvoice=False
    )
    fields = result["fields"]
    assert str(fields["invoice_number"]).replace(" ", "") == "7242318845502"
    assert fields["invoice_date"] == "2023-06-14"


def test_vat_id_under_pay_to_is_the_sellers_whoever_the_name_was_taken_for() -> None:
    lines = spaced_lines(
        [
            (50, 150, "Invoiced To"),
            (300, 150, "Pay To"),
            (50, 162, "Marsh Architects Ltd"),
            (300, 162, "Greyfield Hosting Ltd"),
            (50, 174, "41 Gloucester Road"),
            (300, 174, "Unit 4, Brindley Court"),
            (50, 186, "Bristol, BS7 8AE"),
            (300, 186, "United Kingdom"),
            (300, 198, "VAT Number: GB 186 9934 93"),
        ]
    )
    candidates = find_candidates(lines)
    best = next(c for c in candidates if c.key == "seller_vat_id")
    # The buyer's name misread in the payee's column ("United Kingdom" over the ID).
    country = next(w for line in lines for w in line.words if w.text == "United")
    found = seller_vat_id(candidates, best, Value("United Kingdom", "", (country.box,)), lines)
    assert found is not None and found.value == "GB186993493"


def test_due_date_whose_caption_wraps_in_the_amount_box() -> None:
    fields = header_values(
        [
            (50, 60, "Volta Energies SA"),
            (350, 100, "Facture n° 30012884571"),
            (350, 114, "du 18/02/2025"),
            (50, 220, "Montant à payer"),
            (50, 232, "avant le 05/03/2025 par prélèvement"),
            (400, 232, "142,32 €"),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 3, 5)


def test_iban_of_the_account_to_be_debited_is_no_payee_account() -> None:
    page: Page = [
        (50, 60, "Stadtwerke Rheinau GmbH"),
        (350, 100, "Rechnungsnummer: JA-2025-118804"),
        (50, 400, "Mandatsreferenz: SWR-2100884731-01"),
        (50, 412, "Gläubiger-ID: DE47ZZZ00001234567"),
        (50, 424, "IBAN des zu belastenden Kontos: DE27 9448 3548 8281 6339 00"),
    ]
    assert "iban" not in header_values(page)
