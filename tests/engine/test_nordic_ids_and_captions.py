"""Nordic registration numbers as the seller's VAT ID and Nordic number and date captions:
Norway's "Org.nr 918 273 646 MVA" without its "NO", Finland's "Y-tunnus 2750116-3" when no
ALV number is printed, Iceland's "VSK nr. 118402"; a Danish credit note's own number beside
the invoice it credits ("Vedr. faktura"); Iceland's "Reikningsnúmer", "Dagsetning", "Gjalddagi".
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.fields import find_candidates
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]

_ITEMS: list[Row] = [
    (50, 320, "Beskrivelse"),
    (300, 320, "Antall"),
    (360, 320, "Pris"),
    (480, 320, "Beløp"),
    (50, 338, "Konsulenttimer"),
    (300, 338, "2"),
    (360, 338, "500,00"),
    (480, 338, "1 000,00"),
    (360, 380, "Sum eks. MVA"),
    (480, 380, "1 000,00"),
    (360, 394, "MVA 25%"),
    (480, 394, "250,00"),
    (360, 408, "Å betale NOK"),
    (480, 408, "1 250,00"),
]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _norwegian(footer: str) -> list[Row]:
    return [
        (50, 50, "Fana Tømrer og Bygg AS"),
        (50, 64, "Nesttunbrekka 97"),
        (50, 78, "5221 Nesttun"),
        (400, 50, "FAKTURA"),
        (50, 150, "Sameiet Solheimsgaten 22"),
        (50, 164, "5058 Bergen"),
        (350, 150, "Fakturanr."),
        (450, 150, "10482"),
        (350, 164, "Fakturadato"),
        (450, 164, "14.10.2025"),
        *_ITEMS,
        (50, 780, "Fana Tømrer og Bygg AS"),
        (200, 780, footer),
    ]


def test_norwegian_org_number_with_mva_is_the_vat_id() -> None:
    fields = _fields(_norwegian("Org.nr 918 273 646 MVA"))
    assert fields["seller_vat_id"] == "NO918273646MVA"


def test_norwegian_org_number_without_mva_is_no_vat_id() -> None:
    # Only an organisation number registered for VAT carries "MVA".
    fields = _fields(_norwegian("Org.nr 918 273 646"))
    assert fields.get("seller_vat_id") is None


def test_norwegian_org_number_with_a_wrong_check_digit_is_no_vat_id() -> None:
    fields = _fields(_norwegian("Org.nr 918 273 647 MVA"))
    assert fields.get("seller_vat_id") is None


def _finnish(footer: list[Row]) -> list[Row]:
    return [
        (50, 50, "Aurajoen Siivous ja Kiinteistöhuolto Oy"),
        (50, 64, "Linnankatu 41"),
        (50, 78, "20100 Turku"),
        (400, 50, "LASKU"),
        (350, 150, "Laskun numero"),
        (450, 150, "8820"),
        (350, 164, "Päivämäärä"),
        (450, 164, "14.10.2025"),
        (50, 338, "Siivous syyskuu"),
        (480, 338, "1 488,00"),
        (360, 408, "Maksettava yhteensä EUR"),
        (480, 408, "1 488,00"),
        *footer,
    ]


def test_finnish_business_id_is_the_vat_id_when_no_alv_number_is_printed() -> None:
    fields = _fields(_finnish([(200, 780, "Y-tunnus 2750116-3")]))
    assert fields["seller_vat_id"] == "2750116-3"


def test_finnish_alv_number_outranks_the_business_id() -> None:
    footer = [(200, 780, "Y-tunnus 3104598-1"), (350, 780, "ALV-rek. FI31045981")]
    assert _fields(_finnish(footer))["seller_vat_id"] == "FI31045981"


def test_printed_vat_id_with_the_business_ids_digits_outranks_it() -> None:
    # The ALV number printed bare, without a caption: the same digits, the VAT ID's form.
    footer = [(200, 780, "Y-tunnus 3104598-1"), (200, 794, "FI31045981")]
    assert _fields(_finnish(footer))["seller_vat_id"] == "FI31045981"


def test_finnish_business_id_with_a_wrong_check_digit_is_no_vat_id() -> None:
    fields = _fields(_finnish([(200, 780, "Y-tunnus 2750116-4")]))
    assert fields.get("seller_vat_id") is None


def _icelandic() -> list[Row]:
    return [
        (50, 45, "Tölvulausnir Faxaflóa ehf."),
        (430, 45, "Reikningur"),
        (50, 68, "Borgartún 26"),
        (50, 78, "105 Reykjavík"),
        (360, 78, "Reikningsnúmer"),
        (505, 78, "2025-0877"),
        (50, 91, "Kt. 470912-2350"),
        (360, 91, "Dagsetning"),
        (505, 91, "12.09.2025"),
        (50, 102, "VSK nr. 118402"),
        (360, 104, "Gjalddagi"),
        (505, 104, "26.09.2025"),
        (360, 117, "Eindagi"),
        (505, 117, "10.10.2025"),
        (360, 130, "Viðskiptavinur nr."),
        (505, 130, "3301"),
        (50, 158, "Kaupandi:"),
        (50, 170, "Hótel Vesturgata ehf."),
        (50, 183, "Kt. 610308-4069"),
        (50, 195, "Vesturgötu 17"),
        (50, 207, "101 Reykjavík"),
    ]


def test_icelandic_captions_name_number_dates_and_vat_number() -> None:
    fields = _fields(_icelandic())
    assert fields["invoice_number"] == "2025-0877"
    assert fields["invoice_date"] == "2025-09-12"
    assert fields["due_date"] == "2025-09-26"
    assert fields["seller_vat_id"] == "118402"


def test_icelandic_final_due_date_is_read_when_no_gjalddagi_is_printed() -> None:
    rows = [r for r in _icelandic() if r[2] not in ("Gjalddagi", "26.09.2025")]
    assert _fields(rows)["due_date"] == "2025-10-10"


def test_danish_credit_note_number_not_the_credited_invoice() -> None:
    rows = [
        (100, 38, "bookly"),
        (420, 38, "Kreditnota"),
        (396, 73, "Kreditnotanr."),
        (493, 73, "KN-20250062"),
        (396, 87, "Dato"),
        (502, 87, "03.06.2025"),
        (395, 100, "Vedr. faktura"),
        (500, 100, "F-20251188"),
        (396, 113, "Kundenr."),
        (514, 113, "D-48821"),
        (46, 142, "Klinik for Fysioterapi Svendborg ApS"),
        (45, 156, "Torvet 3"),
        (46, 168, "5700 Svendborg"),
        (360, 380, "Beløb ekskl. moms"),
        (480, 380, "3.570,00"),
        (360, 394, "Moms 25%"),
        (480, 394, "892,50"),
        (360, 408, "Krediteret i alt DKK"),
        (480, 408, "4.462,50"),
        (41, 767, "Bookly Danmark A/S"),
        (212, 767, "CVR-nr. 38904175"),
    ]
    fields = _fields(rows)
    assert fields["invoice_number"] == "KN-20250062"
    assert fields["document_type"] == "credit_note"


def _line(*cells: tuple[float, str]) -> PageText:
    words: list[Word] = []
    for x, text in cells:
        for piece in text.split():
            words.append(Word(piece, Box(1, x, 100.0, x + 6.0 * len(piece), 110.0)))
            x += 6.0 * len(piece) + 3.0
    return PageText(1, 595.0, 842.0, words)


def test_invoice_a_credit_note_refers_to_is_no_number_candidate() -> None:
    # "Vedr. faktura", "Avser faktura", "Gjelder faktura": the credited invoice's number.
    for caption in ("Vedr. faktura", "Avser faktura", "Gjelder faktura", "Vedrørende faktura"):
        lines = build_lines(_line((50, caption), (200, "F-20251188")))
        numbers = [c for c in find_candidates(lines) if c.key == "invoice_number"]
        assert not numbers, caption


def test_the_customers_business_id_is_no_seller_vat_candidate() -> None:
    for text in ("Asiakkaan Y-tunnus 2750116-3", "Kundens org.nr 918 273 646 MVA"):
        lines = build_lines(_line((50, text)))
        assert not [c for c in find_candidates(lines) if c.key == "seller_vat_id"], text
