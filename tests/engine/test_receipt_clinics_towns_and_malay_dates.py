"""Malaysian receipts: clinics' letterheads, names wrapped over their registration row, real
towns that OCR read right, Malay month names.

- A private clinic prints the registered medical practitioner ("Dr. ... MBBS (UM)", often
  after the clinic's registration number) under the clinic's own name ("KLINIK ...",
  "POLIKLINIK ..."): that row names a person, not the seller.
- A business registration number is one word ("SA0412233-W"): its letters are no legal form
  ("S.A.").
- A sole proprietor's legal name wraps with its business form and registration number on the
  second row ("DOBI BERSIH EXPRESS" / "ENTERPRISE (KT0198234-A)"): that row ends the name
  above it.
- Mending a one-letter OCR slip in a town word must leave a real town alone ("BAHAU", one
  letter off "BAHRU"); the state's "DARUL" is never abbreviated, so a full stop after it is a
  speck ("NEGERI SEMBILAN DARUL. KHUSUS").
- Malay dates print month names (Januari ... Disember; Mac, Ogos, Dis ...), under "Tarikh"
  (date); a tailor's "Tarikh Siap" is the ready date, not the bill's.
"""

from __future__ import annotations

from datetime import date

from facturist.engine.layout import build_lines
from facturist.engine.parse.dates import parse_date
from facturist.engine.receipt_dates import find_date
from facturist.engine.receipt_misreads import mended_address
from facturist.engine.receipts import receipt_fields

from .receipts.pages import Cell, cells_page
from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned

_TAIL: list[Run] = [
    (40.0, 140.0, "OFFICIAL RECEIPT", 12.0),
    (20.0, 160.0, "Date : 12-Jan-2019 10:47", 12.0),
    (20.0, 180.0, "Consultation 35.00", 12.0),
    (20.0, 200.0, "Total 96.50", 12.0),
]


def _fields(runs: list[Run]) -> dict[str, object]:
    return {k: v.value for k, v in receipt_fields(build_lines(scanned(runs))).items()}


def test_a_clinics_practitioner_row_under_its_name_is_not_the_seller() -> None:
    for practitioner in (
        "(SA0412233-W) Dr. Aminah Binti Yusof MBBS (UM)",
        "Dr. Aminah Binti Yusof MBBS (UM) (SA0412233-W)",
    ):
        runs: list[Run] = [
            (40.0, 20.0, "KLINIK PERUBATAN SEJAHTERA", 18.0),
            (30.0, 44.0, practitioner, 10.0),
            (40.0, 60.0, "NO. 7, JALAN BESTARI 1/2", 10.0),
            (40.0, 74.0, "TAMAN NUSA BESTARI", 10.0),
            (40.0, 88.0, "81300 SKUDAI, JOHOR", 10.0),
            (40.0, 102.0, "Tel: 07-511 4420", 10.0),
            *_TAIL,
        ]
        found = _fields(runs)
        assert found["seller_name"] == "KLINIK PERUBATAN SEJAHTERA", practitioner
        assert found["seller_address"] == (
            "NO. 7, JALAN BESTARI 1/2 TAMAN NUSA BESTARI 81300 SKUDAI, JOHOR"
        )


def test_a_legal_form_row_with_its_number_ends_the_name_above() -> None:
    rows: list[list[Cell]] = [
        [("Dobi Bersih", 300, 22)],
        [("DOBI BERSIH EXPRESS", 250, 14)],
        [("ENTERPRISE (KT0198234-A)", 240, 14)],
        [("NO. 21, JALAN MERANTI 3", 240, 14)],
        [("08000 SUNGAI PETANI", 250, 14)],
        [("KEDAH", 290, 14)],
        [("Tel: 04-421 9987", 260, 14)],
        [("ORDER RECEIPT", 270, 14)],
        [("Order Date: 15/12/2018 10:20", 200, 14)],
        [("TOTAL", 200, 14), ("95.40", 500, 14)],
    ]
    found = receipt_fields(build_lines(cells_page(rows)))
    assert found["seller_name"].value == "DOBI BERSIH EXPRESS ENTERPRISE"


def test_a_real_town_one_letter_off_another_is_kept() -> None:
    assert mended_address("NO. 102, JALAN BESAR 72100 BAHAU") == "NO. 102, JALAN BESAR 72100 BAHAU"
    # A misread that is no town is still mended.
    assert mended_address("81200 JOHOR BAHRO") == "81200 JOHOR BAHRU"


def test_a_state_line_with_a_speck_after_darul_ends_the_address() -> None:
    runs: list[Run] = [
        (40.0, 20.0, "KEDAI ELEKTRIK SENG HUAT SDN BHD", 12.0),
        (70.0, 34.0, "(445120-T)", 12.0),
        (50.0, 48.0, "NO. 102, JALAN BESAR", 12.0),
        (70.0, 62.0, "72100 BAHAU", 12.0),
        (30.0, 76.0, "NEGERI SEMBILAN DARUL. KHUSUS", 12.0),
        (50.0, 90.0, "TEL: 06-454 1288", 12.0),
        (50.0, 110.0, "CASH SALE INVOICE", 12.0),
        (20.0, 130.0, "Inv: CS-19-00087 19 JAN 2019", 12.0),
        (20.0, 150.0, "TOTAL 1,814.70", 12.0),
    ]
    assert _fields(runs)["seller_address"] == (
        "NO. 102, JALAN BESAR 72100 BAHAU NEGERI SEMBILAN DARUL KHUSUS"
    )


def test_malay_month_names_parse() -> None:
    cases = {
        "17 Ogos 2018": date(2018, 8, 17),
        "3 Mac 2019": date(2019, 3, 3),
        "25 Disember 2017": date(2017, 12, 25),
        "1 Julai 2018": date(2018, 7, 1),
        "9 Okt 2018": date(2018, 10, 9),
        "12 Dis 2018": date(2018, 12, 12),
        "5 Ogs 2018": date(2018, 8, 5),
        "14 Mei 2018": date(2018, 5, 14),
        "2 Februari 2019": date(2019, 2, 2),
    }
    for text, expected in cases.items():
        assert find_date(f"Tarikh : {text}") == expected, text
        parsed = parse_date(text, day_first=True)
        assert parsed is not None and parsed.value == expected, text


def test_the_bills_tarikh_not_the_ready_date() -> None:
    rows: list[list[Cell]] = [
        [("BUTIK JAHITAN AISYAH ENTERPRISE", 200, 16)],
        [("(002567812-M)", 300, 14)],
        [("NO. 45-G, JALAN MAHKOTA 3", 240, 14)],
        [("43200 CHERAS, SELANGOR", 240, 14)],
        [("BIL / INVOIS", 300, 14)],
        [("Pelanggan", 20, 14), (": Pn. Rosnah Ahmad", 120, 14)],
        [("Tarikh Siap", 20, 14), (": 30 Ogos 2018", 120, 14)],
        [("No. Bil", 20, 14), (": BJA-0862", 120, 14)],
        [("Tarikh", 20, 14), (": 17 Ogos 2018", 120, 14)],
        [("Jumlah", 200, 14), ("374.00", 500, 14)],
    ]
    found = receipt_fields(build_lines(cells_page(rows)))
    assert found["invoice_date"].value == date(2018, 8, 17)
