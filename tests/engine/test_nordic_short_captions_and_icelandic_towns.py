"""Nordic short captions: the Finnish amount column "Yht. €" (short for "yhteensä"), and
Icelandic three-digit postcodes with the payer caption "Greiðandi"."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.column_captions import classify_text
from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.towns import POSTCODE_TOWN

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]

_HEAD: list[Row] = [
    (50, 60, "Saariston Kala Oy"),
    (350, 130, "Laskun nro"),
    (460, 130, "4411"),
    (350, 144, "Päiväys"),
    (460, 144, "12.3.2026"),
]


def _figures(rows: list[Row]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


@pytest.mark.parametrize("caption", ["Yht. €", "Yht.", "Yht", "Hinta yht.", "Rivi yht."])
def test_finnish_short_amount_captions(caption: str) -> None:
    assert classify_text(caption) == "amount"


def test_finnish_item_table_with_a_short_total_caption() -> None:
    rows: list[Row] = [
        (50, 240, "Tuote / Produkt"),
        (300, 240, "Kpl / St"),
        (360, 240, "à €"),
        (420, 240, "ALV %"),
        (480, 240, "Yht. €"),
        (50, 260, "Savulohi 1 kg"),
        (310, 260, "10"),
        (360, 260, "24,50"),
        (425, 260, "14"),
        (480, 260, "245,00"),
        (50, 276, "Silakkafilee"),
        (310, 276, "5"),
        (360, 276, "12,00"),
        (425, 276, "14"),
        (480, 276, "60,00"),
        (350, 310, "Veroton"),
        (480, 310, "305,00"),
        (350, 324, "ALV 14 %"),
        (480, 324, "42,70"),
        (350, 338, "Yhteensä"),
        (480, 338, "347,70"),
    ]
    assert _figures(rows) == [
        ("Savulohi 1 kg", 10.0, 24.5, 245.0),
        ("Silakkafilee", 5.0, 12.0, 60.0),
    ]


@pytest.mark.parametrize(
    "text",
    ["105 Reykjavík", "230 Reykjanesbæ", "220 Hafnarfirði", "600 Akureyri", "100 Tórshavn"],
)
def test_icelandic_three_digit_postcodes(text: str) -> None:
    assert POSTCODE_TOWN.search(text) is not None


@pytest.mark.parametrize("text", ["120 Stück", "250 Blatt Papier", "300 Æbler", "Sími 511 4420"])
def test_three_digits_before_a_word_elsewhere_are_no_postcode(text: str) -> None:
    assert POSTCODE_TOWN.search(text) is None


@pytest.mark.parametrize("caption", ["Greiðandi", "Kaupandi", "Viðtakandi", "Viðskiptavinur"])
def test_icelandic_buyer_captions(caption: str) -> None:
    assert BUYER_SECTION.match(caption) is not None


@pytest.mark.parametrize("caption", ["Seljandi", "Útgefandi"])
def test_icelandic_seller_captions(caption: str) -> None:
    assert SELLER_SECTION.match(caption) is not None


def test_icelandic_invoice_with_three_digit_postcodes_and_a_payer_caption() -> None:
    page: list[Row] = [
        (380, 45, "Fjallalind Verkfræði ehf."),
        (380, 57, "Skipholti 14"),
        (380, 69, "108 Reykjavík"),
        (380, 81, "Kennitala 470815-0330"),
        (380, 93, "VSK-nr. 123456"),
        (50, 120, "REIKNINGUR"),
        (50, 170, "Greiðandi"),
        (330, 170, "Reikningur nr."),
        (440, 170, "2207"),
        (50, 184, "Útgerðarfélag Norðurlands hf."),
        (330, 184, "Dagsetning"),
        (440, 184, "05.03.2026"),
        (50, 198, "Strandgötu 31"),
        (330, 198, "Gjalddagi"),
        (440, 198, "15.03.2026"),
        (50, 212, "220 Hafnarfirði"),
        (50, 226, "VSK-nr. 654321"),
        (50, 300, "Lýsing"),
        (300, 300, "Magn"),
        (360, 300, "Einingaverð"),
        (470, 300, "Upphæð"),
        (50, 316, "Ráðgjöf, mars"),
        (310, 316, "10"),
        (370, 316, "20.000"),
        (470, 316, "200.000"),
        (330, 360, "Samtals án VSK"),
        (470, 360, "200.000 kr."),
        (330, 374, "VSK 24%"),
        (470, 374, "48.000 kr."),
        (330, 388, "Samtals með VSK"),
        (470, 388, "248.000 kr."),
        (50, 440, "IBAN: IS26 0133 2601 2345 5403 1212 50"),
    ]
    fields = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)["fields"]
    assert fields.get("seller_address") == "Skipholti 14, 108 Reykjavík"
    assert fields.get("buyer_name") == "Útgerðarfélag Norðurlands hf."
    assert fields.get("buyer_address") == "Strandgötu 31, 220 Hafnarfirði"


def test_a_sidebar_iban_on_the_header_line_is_no_column() -> None:
    rows: list[Row] = [
        (460, 200, "Pankki / Bank"),
        (460, 214, "Nordea"),
        (50, 240, "Tuote / Produkt"),
        (280, 240, "Kpl"),
        (320, 240, "à €"),
        (360, 240, "ALV %"),
        (400, 240, "Yht. €"),
        (460, 240, "FI64 5000 0120"),
        (460, 250, "4097 34"),
        (50, 256, "Savulohi 1 kg"),
        (285, 256, "10"),
        (320, 256, "24,50"),
        (365, 256, "14"),
        (400, 256, "245,00"),
        (460, 262, "BIC NDEAFIHH"),
        (50, 272, "Silakkafilee"),
        (285, 272, "5"),
        (320, 272, "12,00"),
        (365, 272, "14"),
        (400, 272, "60,00"),
        (300, 310, "Veroton"),
        (400, 310, "305,00"),
        (300, 324, "ALV 14 %"),
        (400, 324, "42,70"),
        (300, 338, "Yhteensä"),
        (400, 338, "347,70"),
    ]
    assert _figures(rows) == [
        ("Savulohi 1 kg", 10.0, 24.5, 245.0),
        ("Silakkafilee", 5.0, 12.0, 60.0),
    ]


def test_stacked_date_captions_beside_a_total_box_keep_their_own_values() -> None:
    page: list[Row] = [
        (50, 60, "Nordlys Software ApS"),
        (50, 120, "FAKTURA"),
        (400, 150, "At betale"),
        (50, 165, "Faktureres til"),
        (230, 165, "Fakturanr."),
        (50, 178, "Fjordhuset A/S"),
        (230, 178, "NS-26-00099"),
        (400, 178, "DKK 12.500,00"),
        (50, 191, "Havnegade 12"),
        (230, 191, "Fakturadato"),
        (50, 204, "5000 Odense C"),
        (230, 204, "5. marts 2026"),
        (400, 204, "senest 4. april 2026"),
        (50, 217, "Danmark"),
        (230, 217, "Forfaldsdato"),
        (50, 230, "CVR 12345678"),
        (230, 230, "4. april 2026"),
        (50, 300, "Beskrivelse"),
        (330, 300, "Antal"),
        (400, 300, "Pris"),
        (480, 300, "Beløb"),
        (50, 316, "Licens"),
        (340, 316, "1"),
        (400, 316, "10.000,00"),
        (480, 316, "10.000,00"),
        (380, 360, "Subtotal"),
        (480, 360, "10.000,00"),
        (380, 374, "Moms 25 %"),
        (480, 374, "2.500,00"),
        (380, 388, "Total DKK"),
        (480, 388, "12.500,00"),
    ]
    fields = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)["fields"]
    assert fields.get("invoice_date") == "2026-03-05"
    assert fields.get("due_date") == "2026-04-04"
