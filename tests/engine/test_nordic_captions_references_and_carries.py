"""Nordic invoices: "Til" / "Till" alone over the buyer's block; a Finnish bank-transfer
slip's two-language captions ("Saaja" over "Mottagare", "Maksajan nimi ja" / "osoite")
name no one but the payer's row; a payment reference's grouped digits ("viitenumeroa
612 33017") are no amount; brought-forward rows and VAT summaries end or skip the items;
"I alt kr." heads the line's total; Norway's "NO 923 456 783 MVA" in a later page's footer.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical
from facturist.engine.carrylines import CARRIED
from facturist.engine.column_captions import classify_text
from facturist.engine.labels import BUYER_SECTION
from facturist.engine.parse.ids import find_vat_ids
from facturist.engine.tableends import TABLE_STOP

from .conftest import make_sized_pages

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# (x, y from the top, text[, font size])
Row = tuple[float, float, str] | tuple[float, float, str, float]


def _extract(*pages: list[Row]) -> dict[str, Any]:
    pdf = make_sized_pages(*pages, size=9, font=_FONT)
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return result


def _items(top: float) -> list[Row]:
    return [
        (57, top, "Beskrivelse"),
        (330, top, "Antall"),
        (400, top, "Pris"),
        (500, top, "Sum"),
        (57, top + 18, "Montering av hyller"),
        (340, top + 18, "4"),
        (400, top + 18, "1 200,00"),
        (500, top + 18, "4 800,00"),
        (57, top + 32, "Kjøring"),
        (340, top + 32, "1"),
        (400, top + 32, "650,00"),
        (500, top + 32, "650,00"),
        (330, top + 60, "Netto"),
        (480, top + 60, "5 450,00"),
        (330, top + 74, "MVA 25 %"),
        (480, top + 74, "1 362,50"),
        (330, top + 88, "Å betale"),
        (480, top + 88, "6 812,50"),
    ]


def test_til_alone_over_the_buyers_block_is_a_caption() -> None:
    assert BUYER_SECTION.match("Til") and BUYER_SECTION.match("Till")
    assert not BUYER_SECTION.match("Til betaling")
    rows: list[Row] = [
        (57, 56, "Nordkapp Snekkeri AS", 14),
        (57, 74, "Havnegata 3, 9750 Honningsvåg"),
        (57, 112, "Faktura 4471", 13),
        (57, 144, "Til", 7),
        (57, 157, "Varanger Hytteutleie AS"),
        (340, 157, "Fakturadato"),
        (450, 157, "03.02.2025"),
        (57, 170, "Strandveien 41"),
        (340, 170, "Forfallsdato"),
        (450, 170, "17.02.2025"),
        (57, 183, "9800 Vadsø"),
        *_items(250),
    ]
    fields = _extract(rows)["fields"]
    assert fields["buyer_name"] == "Varanger Hytteutleie AS"
    assert fields["buyer_address"] == "Strandveien 41, 9800 Vadsø"


def _giro_invoice(reference_sentence: str) -> list[Row]:
    return [
        (57, 46, "Kuopion Lumityö Oy", 12),
        (57, 64, "Satamakatu 4"),
        (57, 73, "70100 Kuopio"),
        (335, 73, "Laskun numero"),
        (450, 73, "8831"),
        (335, 85, "Laskun päivämäärä"),
        (450, 85, "2.4.2025"),
        (335, 97, "Eräpäivä"),
        (450, 97, "16.4.2025"),
        (57, 140, "Asunto Oy Kallaveden Helmi"),
        (57, 153, "Puijonkatu 18"),
        (57, 166, "70110 Kuopio"),
        (57, 254, "Kuvaus"),
        (330, 254, "Määrä"),
        (400, 254, "à-hinta"),
        (500, 254, "Yhteensä"),
        (57, 274, "Lumenluonti huhtikuu"),
        (340, 274, "1"),
        (400, 274, "480,00"),
        (500, 274, "480,00"),
        (57, 288, "Hiekoitus"),
        (340, 288, "2"),
        (400, 288, "120,00"),
        (500, 288, "240,00"),
        (354, 330, "Veroton yhteensä"),
        (480, 330, "720,00"),
        (354, 344, "ALV 25,5 %"),
        (480, 344, "183,60"),
        (354, 358, "Yhteensä"),
        (480, 358, "903,60"),
        (57, 390, reference_sentence),
        (34, 654, "Saaja", 7),
        (92, 654, "Kuopion Lumityö Oy"),
        (34, 663, "Mottagare", 7),
        (34, 705, "Maksajan nimi ja", 7),
        (92, 705, "Asunto Oy Kallaveden Helmi"),
        (34, 714, "osoite", 7),
        (92, 714, "Puijonkatu 18"),
        (92, 724, "70110 Kuopio"),
    ]


def test_slip_captions_name_no_buyer_the_window_does() -> None:
    fields = _extract(_giro_invoice("Kiitos tilauksesta."))["fields"]
    assert fields["buyer_name"] == "Asunto Oy Kallaveden Helmi"


def test_reference_number_groups_are_no_amount() -> None:
    sentence = "Maksettava 903,60 EUR viimeistään 16.4.2025. Käytäthän viitenumeroa 612 33017."
    fields = _extract(_giro_invoice(sentence))["fields"]
    assert fields["amount_due"] == 903.6


def test_nordic_brought_forward_rows_and_vat_summaries() -> None:
    for text in (
        "Overført fra side 1 12 345,00",
        "Overført fra forrige side 12 345,00",
        "Til overføring 12 345,00",
        "Siirto edelliseltä sivulta 12 345,00",
        "Överfört från föregående sida 12 345,00",
    ):
        assert CARRIED.match(text), text
    assert TABLE_STOP.match("MVA-grunnlag MVA Sum eks. MVA 9 000,00")
    assert TABLE_STOP.match("Momsgrundlag 4 000,00")


def test_crowns_after_a_column_caption() -> None:
    assert classify_text("I alt kr.") == "amount"
    assert classify_text("Beløb DKK") == "amount"


def test_norwegian_vat_id_grouped_with_no_break_spaces() -> None:
    assert find_vat_ids("GATA 1 NO 923\u00a0456\u00a0783 MVA IBAN NO93 8601 1117 947") == [
        "NO923456783MVA"
    ]


def test_seller_address_in_a_later_pages_footer() -> None:
    first: list[Row] = [
        (57, 45, "TINDE BYGG", 16),
        (57, 65, "Tinde Byggvarer Nord AS"),
        (330, 65, "Fakturanr. 2025-118"),
        (57, 120, "Senja Hotelldrift AS"),
        (340, 120, "Fakturadato"),
        (450, 120, "10.03.2025"),
        (57, 133, "Storgata 9"),
        (340, 133, "Forfallsdato"),
        (450, 133, "24.03.2025"),
        (57, 146, "9300 Finnsnes"),
        *_items(220),
    ]
    second: list[Row] = [
        (57, 45, "TINDE BYGG", 16),
        (57, 200, "Takk for handelen."),
        (57, 774, "Tinde Byggvarer Nord AS", 7),
        (220, 774, "Foretaksregisteret", 7),
        (400, 774, "Bankkonto 8601.11.17947", 7),
        (57, 783, "Sjøgata 22", 7),
        (220, 783, "NO 923 456 783 MVA", 7),
        (400, 783, "IBAN NO93 8601 1117 947", 7),
        (57, 792, "9008 Tromsø", 7),
    ]
    fields = _extract(first, second)["fields"]
    assert fields["seller_address"] == "Sjøgata 22, 9008 Tromsø"
    assert fields["seller_vat_id"] == "NO923456783MVA"
