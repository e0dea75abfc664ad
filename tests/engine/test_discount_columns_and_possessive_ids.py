"""A discount-percent column between the price and the amount: the row's count and unit price
stay as printed, q × price × (1 − discount) being the amount (a count under an abridged or
unknown caption, a price under a caption run together with the count's); and the buyer's VAT
ID after a Nordic possessive or recipient caption ("Jeres CVR", "Tilaajan Y-tunnus")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import header_values, make_invoice_pdf

_HEAD = [
    (50, 60, "Havbris Skipsutstyr AS"),
    (350, 130, "Fakturanr."),
    (450, 130, "71234"),
    (350, 144, "Fakturadato"),
    (450, 144, "03.02.2025"),
]


def _items(rows: list[tuple[float, float, str]]) -> list[tuple[object, object, object]]:
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    return [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in result["line_items"]]


def test_count_under_an_abridged_caption_beside_a_discount_column() -> None:
    rows = [
        (50, 220, "Beskrivelse"),
        (250, 220, "Ant."),
        (280, 220, "Enh."),
        (320, 220, "Pris"),
        (380, 220, "Rab.%"),
        (420, 220, "MVA %"),
        (490, 220, "Beløp"),
        (50, 240, "Fortøyningstau 20 mm"),
        (255, 240, "4"),
        (280, 240, "rull"),
        (315, 240, "2 150,00"),
        (385, 240, "10"),
        (425, 240, "25"),
        (485, 240, "7 740,00"),
        (50, 254, "Sjakkel 12 mm"),
        (255, 254, "20"),
        (280, 254, "stk"),
        (320, 254, "65,00"),
        (425, 254, "25"),
        (485, 254, "1 300,00"),
        (380, 290, "Sum eks. mva"),
        (485, 290, "9 040,00"),
    ]
    assert _items(rows) == [(4.0, 2150.0, 7740.0), (20.0, 65.0, 1300.0)]


def test_count_under_an_unknown_caption_beside_a_discount_column() -> None:
    rows = [
        (50, 220, "Beskrivelse"),
        (250, 220, "Kolli"),
        (320, 220, "Pris"),
        (380, 220, "Rab.%"),
        (490, 220, "Beløp"),
        (50, 240, "Fortøyningstau 20 mm"),
        (255, 240, "4"),
        (315, 240, "2 150,00"),
        (385, 240, "10"),
        (485, 240, "7 740,00"),
        (50, 254, "Sjakkel 12 mm"),
        (255, 254, "20"),
        (320, 254, "65,00"),
        (485, 254, "1 300,00"),
        (380, 290, "Sum eks. mva"),
        (485, 290, "9 040,00"),
    ]
    assert _items(rows) == [(4.0, 2150.0, 7740.0), (20.0, 65.0, 1300.0)]


def test_printed_price_under_a_caption_run_together_with_the_counts() -> None:
    rows = [
        (40, 220, "Lp."),
        (70, 220, "Nazwa"),
        (290, 220, "Ilosc J.m.Cena jedn. netto"),
        (420, 220, "Rabat"),
        (460, 220, "Wartosc netto"),
        (40, 240, "1"),
        (70, 240, "Licencja roczna, 10 stanowisk"),
        (300, 240, "10"),
        (330, 240, "szt."),
        (370, 240, "150,00"),
        (425, 240, "10%"),
        (470, 240, "1 350,00"),
        (40, 254, "2"),
        (70, 254, "Wdrozenie systemu"),
        (300, 254, "1"),
        (330, 254, "usl."),
        (365, 254, "2 000,00"),
        (425, 254, "–"),
        (470, 254, "2 000,00"),
        (380, 290, "Razem netto"),
        (470, 290, "3 350,00"),
    ]
    assert _items(rows) == [(10.0, 150.0, 1350.0), (1.0, 2000.0, 2000.0)]


_TOTALS = [
    (50, 300, "Tekst"),
    (330, 300, "Antal"),
    (400, 300, "Stk.pris"),
    (480, 300, "Beløb"),
    (50, 315, "Kopipapir A4"),
    (330, 315, "10"),
    (400, 315, "40,00"),
    (480, 315, "400,00"),
    (380, 340, "Subtotal"),
    (480, 340, "400,00"),
    (380, 355, "Moms 25 %"),
    (480, 355, "100,00"),
    (380, 370, "I alt DKK"),
    (480, 370, "500,00"),
]


def test_danish_your_cvr_caption_in_the_number_block_is_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Nørrebro Papir ApS"),
            (50, 52, "CVR-nr. 29401781"),
            (50, 100, "Fjordhus Maskiner A/S"),
            (50, 112, "Kajgade 4"),
            (50, 124, "6700 Esbjerg"),
            (330, 100, "Fakturanr."),
            (430, 100, "88120"),
            (330, 112, "Fakturadato"),
            (430, 112, "03.02.2025"),
            (330, 124, "Jeres CVR"),
            (430, 124, "35512268"),
            *_TOTALS,
            (50, 780, "Nørrebro Papir ApS · CVR 29401781"),
        ]
    )
    assert fields["buyer_vat_id"] == "35512268"


def test_finnish_orderers_business_id_is_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Pirkan Konepaja Oy"),
            (50, 100, "Kymen Satama Oy"),
            (50, 112, "Satamakatu 2"),
            (50, 124, "48100 Kotka"),
            (330, 100, "Laskun numero"),
            (430, 100, "40112"),
            (330, 112, "Laskun päivä"),
            (430, 112, "3.2.2025"),
            (330, 124, "Tilaajan Y-tunnus"),
            (430, 124, "2331972-7"),
            *_TOTALS,
            (50, 780, "Pirkan Konepaja Oy · Y-tunnus 1572860-0 · ALV-rek. FI15728600"),
        ]
    )
    assert fields["buyer_vat_id"] == "2331972-7"
