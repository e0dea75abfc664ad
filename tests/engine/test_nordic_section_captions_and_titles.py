"""Nordic, Baltic and Central European party captions, titles and dates.

A section caption alone over the buyer's block is no name: sv "Kund", fi "Vastaanottaja"
(beside the number's caption), no/da "Mottaker", "Køber"; a Norwegian "v/ ..." attention line
is no part of the address. Lithuania's long date "2025 m. spalio 3 d." under the title; the
number under a bilingual title ("INVOICE / RĒĶINS" over "No. ..."); a Czech account number
("Číslo účtu") is no invoice number; the Czech corrective tax document is a credit note; the
buyer's "IČO | DIČ" row closing its block a blank line down is the buyer's.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical
from facturist.engine.parse.dates import parse_date

from .conftest import make_sized_pages

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

Row = tuple[float, float, str]
# A row in its own font size: a small caption over a block.
SizedRow = tuple[float, float, str, float]

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


def _pdf(rows: list[Row] | list[Row | SizedRow]) -> bytes:
    """A page in a font with every Baltic and Czech letter, so the text layer keeps them."""
    return make_sized_pages(rows, size=9, font=_FONT)


def _fields(rows: list[Row] | list[Row | SizedRow]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(_pdf(rows), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_swedish_customer_caption_over_the_buyers_block_is_no_name() -> None:
    fields = _fields(
        [
            (40, 40, "KREDITFAKTURA", 18),
            (400, 40, "Bergkvist Snickeri"),
            (400, 56, "Verkstadsgatan 2"),
            (40, 66, "Kreditfakturanr"),
            (130, 66, "K-3391"),
            (400, 66, "582 73 Linköping"),
            (40, 80, "Datum"),
            (130, 80, "2025-04-11"),
            (40, 94, "Kundnr"),
            (130, 94, "5120"),
            (330, 126, "Kund", 6),
            (330, 138, "Café Lindgården HB", 10),
            (40, 150, "Orsak: Felleverans, fel kulör på beställda lister"),
            (330, 150, "Ågatan 14"),
            (330, 162, "753 20 Uppsala"),
            (330, 174, "Momsreg.nr SE969712345601"),
            *_ITEMS,
            (50, 780, "Bergkvist Snickeri AB"),
            (250, 780, "Momsreg.nr SE556677889901"),
        ]
    )
    assert fields["buyer_name"] == "Café Lindgården HB"
    assert fields["buyer_address"] == "Ågatan 14, 753 20 Uppsala"


def test_finnish_recipient_caption_beside_the_number_caption_is_no_name() -> None:
    fields = _fields(
        [
            (50, 40, "LASKU"),
            (350, 40, "Kuusela Tekniikka"),
            (350, 52, "Teollisuustie 8"),
            (350, 64, "33100 Tampere"),
            (50, 110, "Vastaanottaja"),
            (300, 110, "Laskun nro"),
            (420, 110, "40517"),
            (50, 122, "Pirkkalan Uimahalli"),
            (300, 122, "Päivämäärä"),
            (420, 122, "14.03.2025"),
            (50, 134, "Uimalantie 3"),
            (50, 146, "33960 Pirkkala"),
            *_ITEMS,
        ]
    )
    assert fields["buyer_name"] == "Pirkkalan Uimahalli"
    assert fields["invoice_number"] == "40517"


def test_norwegian_attention_line_is_no_part_of_the_address() -> None:
    fields = _fields(
        [
            (50, 40, "Solberg Maling"),
            (400, 40, "FAKTURA"),
            (50, 52, "Industriveien 12"),
            (50, 64, "7080 Heimdal"),
            (50, 140, "Borettslaget Lerkendal Hage"),
            (50, 152, "v/ daglig leder Ola Brekke"),
            (50, 164, "Postboks 118"),
            (50, 176, "7401 Trondheim"),
            (330, 130, "Fakturanr.:"),
            (430, 130, "77310"),
            (330, 142, "Fakturadato:"),
            (430, 142, "03.03.2025"),
            *_ITEMS,
        ]
    )
    assert fields["buyer_address"] == "Postboks 118, 7401 Trondheim"


def test_lithuanian_long_date_parses_with_its_day_mark() -> None:
    parsed = parse_date("2024 m. spalio 3 d.")
    assert parsed is not None and parsed.value.isoformat() == "2024-10-03"
    latvian = parse_date("2024. gada 3. oktobris")
    assert latvian is not None and latvian.value.isoformat() == "2024-10-03"


def test_lithuanian_long_date_under_the_title_is_the_issue_date() -> None:
    fields = _fields(
        [
            (230, 40, "PVM SĄSKAITA FAKTŪRA"),
            (250, 56, "Serija KLP Nr. 002231"),
            (250, 70, "2024 m. spalio 3 d."),
            (50, 110, "Pardavėjas"),
            (300, 110, "Pirkėjas"),
            (50, 122, "UAB Medžio Darbai"),
            (300, 122, "UAB Klaipėdos Langai"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_date"] == "2024-10-03"


def test_number_under_a_bilingual_title() -> None:
    fields = _fields(
        [
            (50, 40, "DAUGAVA PACK"),
            (380, 40, "INVOICE / RĒĶINS"),
            (50, 56, "corrugated boxes"),
            (400, 56, "No. DPK-24/0318"),
            (50, 120, "Invoice date"),
            (150, 120, "12.09.2024"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_number"] == "DPK-24/0318"


def test_czech_account_number_is_no_invoice_number() -> None:
    fields = _fields(
        [
            (40, 30, "Faktura – daňový doklad"),
            (440, 30, "č. 2024000512"),
            (40, 150, "Bankovní spojení: Fio banka"),
            (40, 162, "Číslo účtu: 27-1234567890/2010"),
            (300, 150, "Datum vystavení:"),
            (400, 150, "05.06.2024"),
            *_ITEMS,
        ]
    )
    assert fields["invoice_number"] == "2024000512"


def test_czech_corrective_tax_document_is_a_credit_note() -> None:
    fields = _fields(
        [
            (50, 30, "Pivovar Tesař"),
            (350, 30, "OPRAVNÝ DAŇOVÝ DOKLAD"),
            (350, 44, "Číslo dokladu: 2024-D0007"),
            (350, 70, "Datum vystavení"),
            (450, 70, "02.05.2024"),
            *_ITEMS,
        ]
    )
    assert fields["document_type"] == "credit_note"


def test_buyers_id_row_a_blank_line_under_its_block() -> None:
    fields = _fields(
        [
            (40, 30, "Faktura – daňový doklad"),
            (440, 30, "č. 2024000777"),
            (40, 62, "Dodavatel:"),
            (300, 62, "Odběratel:"),
            (40, 75, "Novák stavby s.r.o."),
            (310, 82, "Mlékárna Hostivař a.s."),
            (40, 87, "Vinohradská 12"),
            (40, 96, "120 00 Praha 2"),
            (310, 96, "Kutnohorská 40"),
            (40, 108, "IČO: 25596641"),
            (310, 108, "109 00 Praha 10"),
            (40, 120, "DIČ: CZ25596641"),
            (40, 133, "Zapsáno v OR u MS v Praze, C 55501"),
            (310, 133, "IČO: 60193913"),
            (390, 133, "DIČ: CZ60193913"),
            (300, 160, "Datum vystavení:"),
            (400, 160, "05.06.2024"),
            *_ITEMS,
        ]
    )
    assert fields["seller_vat_id"] == "CZ25596641"
    assert fields["buyer_vat_id"] == "CZ60193913"
