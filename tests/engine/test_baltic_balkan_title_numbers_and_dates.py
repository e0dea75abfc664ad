"""Baltic and ex-Yugoslav headers: the number a title carries ("FAKTURA broj:", "RAČUN" over
"št. …", "Račun 2025-00031", "RAČUN R1 br. …", "RĒĶINS / INVOICE" over "Nr. / No. | … |
number"), not a delivery note's or the credited invoice's number; "Valuta plaćanja" as the
due date's caption; a date in words under a title that carries its number or over a number
line in cells (numbercaptions.py, labels.py, duecaptions.py, ownnumber.py, titledate.py)."""

from __future__ import annotations

import datetime

from .conftest import header_values


def test_faktura_broj_captions_the_invoice_number() -> None:
    fields = header_values(
        [
            (50, 40, "Dunavski Papir d.o.o."),
            (50, 120, "FAKTURA broj: 41/25"),
            (50, 140, "Datum fakture: 07.04.2025."),
        ]
    )
    assert fields["invoice_number"] == "41/25"


def test_delivery_note_number_is_not_the_invoice_number() -> None:
    fields = header_values(
        [
            (50, 40, "Savski Alat d.o.o."),
            (200, 120, "FAKTURA BROJ: 218/25"),
            (50, 150, "Broj otpremnice: DN-0077/25"),
        ]
    )
    assert fields["invoice_number"] == "218/25"
    alone = header_values(
        [
            (50, 40, "Savski Alat d.o.o."),
            (50, 150, "Broj otpremnice: DN-0077/25"),
        ]
    )
    assert alone.get("invoice_number") != "DN-0077/25"


def test_valuta_placanja_captions_the_due_date() -> None:
    fields = header_values(
        [
            (50, 40, "Savski Alat d.o.o."),
            (50, 120, "FAKTURA BROJ: 219/25"),
            (50, 140, "Datum izdavanja: 07.04.2025."),
            (50, 155, "Valuta plaćanja: 22.04.2025."),
        ]
    )
    assert fields["due_date"] == datetime.date(2025, 4, 22)


def test_credit_notes_reference_to_the_original_invoice_is_not_its_number() -> None:
    fields = header_values(
        [
            (50, 30, "Lääne Puidukaubandus OÜ"),
            (430, 30, "KREEDITARVE"),
            (430, 45, "nr KA-2025-0007"),
            (50, 200, "Dokumendi kuupäev"),
            (150, 200, "14.04.2025"),
            (300, 200, "Viide algdokumendile"),
            (420, 200, "Arve nr 2025-0412 (01.04.2025)"),
        ]
    )
    assert fields["invoice_number"] == "KA-2025-0007"


def test_racun_title_over_its_signed_number() -> None:
    fields = header_values(
        [
            (50, 40, "Bohinjska Pekarna d.o.o."),
            (50, 100, "Kupec:"),
            (330, 100, "RAČUN"),
            (50, 112, "Gostilna Ob Potoku d.o.o."),
            (330, 112, "št. 25-100-000042"),
        ]
    )
    assert fields["invoice_number"] == "25-100-000042"


def test_title_with_its_number_in_one_cell() -> None:
    fields = header_values(
        [
            (50, 40, "Studio Lipa s.p."),
            (50, 110, "Prejemnik"),
            (330, 110, "Račun 2025-00031"),
        ]
    )
    assert fields["invoice_number"] == "2025-00031"
    kind = header_values(
        [
            (350, 40, "Istra Oprema d.o.o."),
            (50, 110, "Kupac:"),
            (330, 110, "RAČUN R1 br. 77-1-1"),
        ]
    )
    assert kind["invoice_number"] == "77-1-1"


def test_bank_account_beside_racun_is_no_invoice_number() -> None:
    fields = header_values(
        [
            (50, 40, "Istra Oprema d.o.o."),
            (50, 60, "Žiro račun br. 2340009-1110012345"),
            (50, 75, "Tekući račun 160-0000045718902-12"),
        ]
    )
    assert "invoice_number" not in fields


def test_bilingual_sign_under_a_title_with_its_number_far_right() -> None:
    fields = header_values(
        [
            (210, 55, "RĒĶINS / INVOICE"),
            (210, 75, "Nr. / No."),
            (480, 75, "AB-2025-014"),
            (210, 90, "Datums / Date"),
            (480, 90, "07.04.2025"),
        ]
    )
    assert fields["invoice_number"] == "AB-2025-014"


def test_date_in_words_under_a_title_with_its_number() -> None:
    fields = header_values(
        [
            (100, 40, 'SIA "Kalna Druka"'),
            (430, 40, "Tel. +371 6700 0000"),
            (150, 95, "PVN RĒĶINS Nr. KD-25/0101"),
            (160, 110, "2025. gada 7. aprīlis"),
            (50, 150, "Apmaksas termiņš: 2025. gada 7. maijs"),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 4, 7)


def test_date_in_words_under_a_number_line_in_cells() -> None:
    fields = header_values(
        [
            (430, 20, "Tel. +370 5200 0000"),
            (150, 40, "PVM SĄSKAITA FAKTŪRA / VAT INVOICE"),
            (170, 55, "Serija AB"),
            (240, 55, "Nr. 0001234"),
            (175, 70, "2025 m. balandžio 7 d."),
            (50, 150, "Apmokėti iki: 2025 m. gegužės 7 d."),
        ]
    )
    assert fields["invoice_date"] == datetime.date(2025, 4, 7)


def test_baltic_genitive_captions_of_the_invoice_number() -> None:
    latvian = header_values(
        [
            (50, 40, 'SIA "Kalna Druka"'),
            (50, 100, "Rēķina numurs: KD-25/0102"),
        ]
    )
    assert latvian["invoice_number"] == "KD-25/0102"
    lithuanian = header_values(
        [
            (50, 40, "UAB Medžio Takas"),
            (50, 100, "Sąskaitos Nr. MT-000417"),
        ]
    )
    assert lithuanian["invoice_number"] == "MT-000417"
