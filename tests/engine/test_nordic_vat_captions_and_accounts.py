"""Nordic and Baltic VAT captions, a bilingual title's date and Poland's grouped NRB.

Sweden's "VAT-nr" and the English "VAT code" of a Lithuanian invoice caption VAT IDs; side by
side under "Köpare | Säljare" each column's ID is its party's. Norway's letterhead prints the
registry's name before its number ("Foretaksregisteret NO 913 728 467 MVA"): the VAT ID. A
bilingual title ("PVM SĄSKAITA FAKTŪRA / VAT INVOICE") heads a centred block whose date is
the issue date. Poland's account number after "Nr konta:" printed in groups of four from its
first digit ("5110 5014 ... 67") is the IBAN without "PL".
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical

from .conftest import Drawn, make_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# x, y from the top, text; "R" at the end of a row's x draws it flush right at x.
Row = tuple[float, float, str]
RightRow = tuple[float, float, str, str]

_ITEMS: list[Row] = [
    (50, 320, "Beskrivning"),
    (300, 320, "Antal"),
    (360, 320, "Pris"),
    (480, 320, "Belopp"),
    (50, 338, "Konsulttimmar"),
    (300, 338, "4"),
    (360, 338, "250,00"),
    (480, 338, "1 000,00"),
    (360, 380, "Netto"),
    (480, 380, "1 000,00"),
    (360, 394, "Moms 25%"),
    (480, 394, "250,00"),
    (360, 408, "Summa"),
    (480, 408, "1 250,00"),
]


def _pdf(rows: list[Row | RightRow]) -> bytes:
    """A row with a fourth element ends at x."""
    return make_pdf(
        Drawn(row[0], row[1], row[2], _FONT, 9, "right" if len(row) == 4 else "left")
        for row in rows
    )


def _fields(rows: list[Row | RightRow]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(_pdf(rows), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_swedish_vat_nr_captions_side_by_side_belong_to_their_columns() -> None:
    fields = _fields(
        [
            (40, 30, "FAKTURA"),
            (360, 50, "Fakturanummer"),
            (450, 50, "F-2291"),
            (360, 62, "Fakturadatum"),
            (450, 62, "2025-03-04"),
            (40, 100, "Köpare"),
            (300, 100, "Säljare"),
            (40, 112, "Saimaan Kuljetus Oy"),
            (300, 112, "Lindqvist Konsult AB"),
            (40, 124, "Satamakatu 4"),
            (300, 124, "Storgatan 12"),
            (40, 136, "53100 Lappeenranta"),
            (300, 136, "411 38 Göteborg"),
            (40, 148, "VAT-nr FI19283741"),
            (300, 148, "VAT-nr SE556677880801"),
            *_ITEMS,
        ]
    )
    assert fields["seller_vat_id"] == "SE556677880801"
    assert fields["buyer_vat_id"] == "FI19283741"


def test_norwegian_registry_name_before_the_org_number_and_mva() -> None:
    fields = _fields(
        [
            (40, 30, "Fjordlys"),
            (555, 30, "Fjordlys Elektro AS", "R"),
            (555, 42, "Strandgaten 8", "R"),
            (555, 54, "5013 Bergen", "R"),
            (555, 66, "Foretaksregisteret NO 913 728 467 MVA", "R"),
            (40, 100, "FAKTURA"),
            (40, 130, "Fakturanr."),
            (130, 130, "10422"),
            (40, 142, "Dato"),
            (130, 142, "04.03.2025"),
            (300, 130, "Tromsø Havn KF"),
            (300, 142, "Kaiveien 1"),
            (300, 154, "9008 Tromsø"),
            *_ITEMS,
        ]
    )
    assert fields["seller_vat_id"] == "NO913728467MVA"


def test_english_vat_code_captions_of_a_baltic_invoice() -> None:
    fields = _fields(
        [
            (40, 30, "VAT INVOICE"),
            (360, 50, "Invoice No."),
            (450, 50, "KL-0093"),
            (360, 62, "Date"),
            (450, 62, "2025-03-04"),
            (40, 100, "Seller"),
            (300, 100, "Buyer"),
            (40, 112, "UAB Jūros Linija"),
            (300, 112, "UAB Vilniaus Prekyba"),
            (40, 124, "Taikos pr. 40"),
            (300, 124, "Ukmergės g. 12"),
            (40, 136, "LT-91123 Klaipėda"),
            (300, 136, "LT-09300 Vilnius"),
            (40, 148, "Company code 302918374"),
            (300, 148, "VAT code LT219384716"),
            (40, 160, "VAT code LT102938417"),
            *_ITEMS,
        ]
    )
    assert fields["seller_vat_id"] == "LT102938417"
    assert fields["buyer_vat_id"] == "LT219384716"


def test_date_under_a_bilingual_title_and_its_series() -> None:
    fields = _fields(
        [
            (180, 30, "PVM SĄSKAITA FAKTŪRA / VAT INVOICE"),
            (240, 46, "Serija JRL Nr. 000871"),
            (245, 60, "2025-03-04"),
            (40, 100, "Seller"),
            (300, 100, "Buyer"),
            (40, 112, "UAB Jūros Linija"),
            (300, 112, "UAB Vilniaus Prekyba"),
            (40, 136, "IBAN LT217300010112345678"),
            (300, 136, "Payment term: 30 days, due 2025-04-03"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_date"] == "2025-03-04"


def test_polish_account_grouped_in_fours_after_nr_konta() -> None:
    fields = _fields(
        [
            (40, 30, "Faktura VAT nr FV/2025/03/0017"),
            (360, 50, "Data wystawienia: 2025-03-04"),
            (40, 100, "Sprzedawca:"),
            (300, 100, "Nabywca:"),
            (40, 112, "Mazurskie Meble sp. z o.o."),
            (300, 112, "Kowalczyk Handel sp. z o.o."),
            (40, 124, "Bank: Bank Przykładowy S.A."),
            (40, 136, "Nr konta: 5110 5014 4510 0000 9031 2345 67"),
            *_ITEMS,
        ]
    )
    assert fields["iban"] == "PL51105014451000009031234567"
