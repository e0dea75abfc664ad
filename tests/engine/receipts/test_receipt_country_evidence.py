"""Receipts read by their country's evidence: a Thai Buddhist-era year, the Philippines'
month-first dates, a Thai branch code over the address, an Indonesian till's header and its
cash less change telling a wide scan for a receipt; a hawker's name over two centred rows."""

from __future__ import annotations

from datetime import date

from facturist.engine.countrydates import buddhist_era_date, month_first, thai_page
from facturist.engine.dateorder import document_day_first
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.receipts import looks_like_receipt, receipt_fields

from .pages import rows_page as page_of

THAI = [
    "SIAM FUEL STATION",
    "CO., LTD.",
    "BRANCH || 00031",
    "77 SUKHUMVIT ROAD",
    "KHLONG TOEI, BANGKOK 10110",
    "TAX ID 0105548012346",
    "Date 14/02/2563 || Time 09:40",
    "DIESEL B7 || 800.00",
    "TOTAL || 800.00",
    "CASH || 1,000.00",
    "CHANGE || 200.00",
]

PHILIPPINE = [
    "BAYANIHAN GRILL CORP.",
    "G/F Harbor Point Mall",
    "Rizal Highway, Subic Bay || 2222",
    "VAT REG TIN: 004-772-915-00000",
    "OFFICIAL RECEIPT",
    "04/09/2021 12:10:05 PM || Server: Ana",
    "Sinigang na Baboy || 420.00",
    "TOTAL DUE || 420.00",
    "CASH || 500.00",
    "CHANGE || 80.00",
]

INDONESIAN = [
    "PT SUMBER MAKMUR ABADI",
    "JL. DIPONEGORO NO.17",
    "MENTENG, JAKARTA PUSAT",
    "NPWP: 01.234.567.8-012.000",
    "07.08.21-10:02 1.3.07 0031/KSR02/03",
    "GULA PASIR 1KG",
    "2 || 14.500 || 29.000",
    "MINYAK GORENG 2L",
    "1 || 36.000 || 36.000",
    "TOTAL || 65.000",
    "TUNAI || 70.000",
    "KEMBALI || 5.000",
    "LAYANAN KONSUMEN",
]


def fields_of(rows: list[str], width: float = 260.0) -> dict[str, object]:
    return {k: v.value for k, v in receipt_fields(build_lines(page_of(rows, width=width))).items()}


def test_a_buddhist_era_year_on_a_thai_receipt() -> None:
    fields = fields_of(THAI)
    assert str(fields["invoice_date"]) == "2020-02-14"


def test_a_buddhist_era_year_needs_thai_evidence() -> None:
    # The tax id's check digit holds; a wrong digit, no Bangkok: no Thai page, no date.
    assert thai_page(["TAX ID 0105548012346"])
    assert not thai_page(["TAX ID 0105548012345"])
    rows = [r.replace("BANGKOK", "PORT TOWN").replace("12346", "12345") for r in THAI]
    assert "invoice_date" not in fields_of(rows)
    assert buddhist_era_date("Date 05/11/2562") == date(2019, 11, 5)


def test_a_branch_code_line_is_no_address() -> None:
    assert fields_of(THAI)["seller_address"] == "77 SUKHUMVIT ROAD KHLONG TOEI, BANGKOK 10110"
    rows = [*THAI[:2], "(HEAD OFFICE)", *THAI[3:]]
    assert fields_of(rows)["seller_address"] == "77 SUKHUMVIT ROAD KHLONG TOEI, BANGKOK 10110"


def test_a_philippine_receipt_writes_the_month_first() -> None:
    assert str(fields_of(PHILIPPINE)["invoice_date"]) == "2021-04-09"
    assert month_first("04/09/2021", date(2021, 9, 4)) == date(2021, 4, 9)
    # An unambiguous day-first date on the page keeps the day first.
    rows = [*PHILIPPINE, "Valid until 25/09/2021"]
    assert str(fields_of(rows)["invoice_date"]) == "2021-09-04"


def test_a_malaysian_receipt_keeps_the_day_first() -> None:
    rows = [
        "KEDAI RUNCIT SINAR JAYA",
        "NO 12, JALAN MERANTI 3,",
        "43000 KAJANG, SELANGOR",
        "GST NO: 001234567890",
        "Date: 04/09/2021 || 14:03",
        "TOTAL || 10.95",
        "CASH || 50.00",
        "CHANGE || 39.05",
    ]
    assert str(fields_of(rows)["invoice_date"]) == "2021-09-04"


def test_philippine_evidence_settles_an_invoice_month_first() -> None:
    lines = build_lines(page_of([*PHILIPPINE[:5], "VATable Sales || 375.00"]))
    assert document_day_first(lines, "PHP") is False


def test_cash_less_change_makes_a_wide_scan_a_receipt() -> None:
    page = page_of(INDONESIAN, width=600.0)
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    # The same page without the till's change: no receipt by its sums.
    plain = page_of(INDONESIAN[:-2], width=600.0)
    assert not looks_like_receipt([plain], build_lines(plain))


def test_an_indonesian_header_address_ends_at_the_taxpayer_number() -> None:
    fields = fields_of(INDONESIAN)
    assert fields["seller_address"] == "JL. DIPONEGORO NO.17 MENTENG, JAKARTA PUSAT"
    assert str(fields["invoice_date"]) == "2021-08-07"


def centred_fields(rows: list[tuple[str, float]]) -> dict[str, object]:
    """Rows (text, height) centred on a 300-point roll, each right under the last."""
    words: list[Word] = []
    y = 20.0
    for text, height in rows:
        char = 0.55 * height
        x = 150.0 - len(text) * char / 2
        for token in text.split():
            words.append(Word(token, Box(1, x, y, x + len(token) * char, y + height), 0.95))
            x += (len(token) + 1) * char
        y += height * 1.05
    lines = build_lines(PageText(1, 300.0, y + 40, words, source="ocr"))
    return {k: v.value for k, v in receipt_fields(lines).items()}


HAWKER = [
    ("AH SENG HAINANESE", 14.0),
    ("CHICKEN RICE", 14.0),
    ("BLK 51 OLD AIRPORT ROAD", 12.0),
    ("SINGAPORE 390051", 12.0),
    ("Tel: 9123 4567", 12.0),
    ("03/02/2023 12:41PM", 12.0),
    ("TOTAL $23.60", 12.0),
    ("CASH $50.00", 12.0),
    ("CHANGE $26.40", 12.0),
]


def test_a_name_over_two_centred_rows_of_one_print() -> None:
    fields = centred_fields(HAWKER)
    assert fields["seller_name"] == "AH SENG HAINANESE CHICKEN RICE"
    assert fields["seller_address"] == "BLK 51 OLD AIRPORT ROAD SINGAPORE 390051"


def test_a_smaller_tagline_or_a_town_stays_out_of_the_name() -> None:
    tagline = [HAWKER[0], ("SINCE 1978 FAMILY RECIPE", 9.0), *HAWKER[2:]]
    assert centred_fields(tagline)["seller_name"] == "AH SENG HAINANESE"
    smaller = [HAWKER[0], ("CHICKEN RICE", 10.0), *HAWKER[2:]]
    assert centred_fields(smaller)["seller_name"] == "AH SENG HAINANESE"
    # No street right under the second row: a branch or a town, not the name.
    branch = [*HAWKER[:2], ("Tel: 9123 4567", 12.0), *HAWKER[5:]]
    assert centred_fields(branch)["seller_name"] == "AH SENG HAINANESE"
