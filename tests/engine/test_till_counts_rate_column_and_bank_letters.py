"""Phone photos of till slips and letters (round 28, photos259): a DIY store's "2 Stk x 8,99"
under its item and an article's size "750g" that is no count (receipt_items.py, itemlist.py);
an Italian "documento commerciale" with its counts over the items, its VAT-rate column and
its settling lines (receipt_tillwords.py, receipt_ratecolumn.py); an Italian IBAN whose check
letter OCR read as "1" (ibanletters.py); a letter's seller whose footer block wraps its name
over the street (namecopies.py); a French bistro's "SAS Brasserie ..." under its sign
(receipt_signname.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import analyse
from facturist.engine.ibanrepair import repaired_iban
from facturist.engine.model import Box, PageText, Word

from .conftest import Drawn, analysed, make_pdf
from .receipts.pages import rows_page


def _items(page: PageText) -> list[tuple[Any, ...]]:
    found = analyse([page])[0]
    return [
        tuple(item[k].value for k in ("description", "quantity", "unit_price", "amount"))
        for item in found.items
    ]


def _fields(page: PageText) -> dict[str, Any]:
    return {key: value.value for key, value in analyse([page])[0].fields.items()}


_DIY = [
    "Kessler Baumarkt GmbH",
    "Gewerbepark Süd 4",
    "93055 Regensburg",
    "Beleg-Nr. 0418-2291 || Kasse 04",
    "23.10.2024 14:37",
    "Spax Universalschr. 4x40 || 17,98 A",
    "  2 Stk x 8,99",
    "Holzleim D3 || 750g || 7,49 A",
    "Blumenerde 40L || 14,97 B",
    "  3 Stk x 4,99",
    "Arbeitshandschuhe Gr. 9 || 3,49 A",
    "SUMME || 43,93",
    "girocard || 43,93",
    "TSE-Transaktion: 183302",
]


def test_counts_with_their_unit_under_the_item_and_a_size_in_the_name() -> None:
    assert _items(rows_page(_DIY, width=260.0)) == [
        ("Spax Universalschr. 4x40", 2.0, 8.99, 17.98),
        ("Holzleim D3 750g", 1.0, 7.49, 7.49),
        ("Blumenerde 40L", 3.0, 4.99, 14.97),
        ("Arbeitshandschuhe Gr. 9", 1.0, 3.49, 3.49),
    ]


def _words_page(rows: list[list[tuple[float, str]]], width: float) -> PageText:
    """An OCR page of rows 24 points apart, each a list of (x, text) cells, 6 points a
    letter."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * 24.0
        for x, text in row:
            for token in text.split():
                words.append(Word(token, Box(1, x, y, x + len(token) * 6.0, y + 12.0), 0.95))
                x += (len(token) + 1) * 6.0
    return PageText(1, width, 40.0 + len(rows) * 24.0, words, source="ocr")


# A "documento commerciale" photographed whole: the page is not narrow; the counts stand
# over their items, the VAT rate in a column before the amount.
_DOCUMENTO = [
    [(60, "Ferramenta Colombo S.n.c.")],
    [(60, "Via Milano 77")],
    [(60, "20811 Cesano Maderno (MB)")],
    [(60, "P.IVA 04621890153")],
    [(60, "DOCUMENTO COMMERCIALE")],
    [(60, "di vendita o prestazione")],
    [(10, "DESCRIZIONE"), (300, "IVA Prezzo(€)")],
    [(10, "NASTRO AMERICANO 50M"), (300, "22%"), (400, "4,90")],
    [(10, "2 x 3,20")],
    [(10, "TASSELLI NYLON 8MM"), (300, "22%"), (400, "6,40")],
    [(10, "3 x 2,10")],
    [(10, "PUNTA HSS 6MM"), (300, "22%"), (400, "6,30")],
    [(10, "TOTALE COMPLESSIVO"), (400, "17,60")],
    [(10, "di cui IVA"), (400, "3,17")],
    [(10, "Pagamento elettronico"), (400, "17,60")],
    [(10, "Importo pagato"), (400, "17,60")],
    [(10, "14-11-2024 10:22")],
    [(10, "DOCUMENTO N. 0087-0142")],
]


def test_italian_documento_commerciale_counts_over_items_and_rate_column() -> None:
    page = _words_page(_DOCUMENTO, width=480.0)
    assert _items(page) == [
        ("NASTRO AMERICANO 50M", 1.0, 4.9, 4.9),
        ("TASSELLI NYLON 8MM", 2.0, 3.2, 6.4),
        ("PUNTA HSS 6MM", 3.0, 2.1, 6.3),
    ]


def test_italian_documento_commerciale_number_and_amount_due() -> None:
    fields = _fields(_words_page(_DOCUMENTO, width=480.0))
    assert fields["invoice_number"] == "0087-0142"
    assert fields["total_amount"] == 17.6
    assert fields["amount_due"] == 17.6  # paid at the till: a receipt's due is its total


def _ocr_words(text: str) -> list[Word]:
    return [
        Word(token, Box(1, 10.0 + 40 * i, 10.0, 48.0 + 40 * i, 20.0), 0.9)
        for i, token in enumerate(text.split())
    ]


def test_italian_check_letter_read_as_a_digit_is_restored() -> None:
    value = repaired_iban(_ocr_words("IT67 1054 1810 9000 0000 0127 345"))
    assert value is not None and value.value == "IT67I0541810900000000127345"


def test_british_bank_letters_read_as_digits_are_restored() -> None:
    value = repaired_iban(_ocr_words("GB29 NW8K 6016 1331 9268 19"))
    assert value is not None and value.value == "GB29NWBK60161331926819"


def test_a_text_layer_iban_keeps_its_digits() -> None:
    words = [Word(w.text, w.box, 1.0) for w in _ocr_words("IT67 1054 1810 9000 0000 0127 345")]
    assert repaired_iban(words) is None


def test_seller_address_under_the_footer_name_wrapped_over_two_lines() -> None:
    page = [
        Drawn(50, 60, "Reinholz Sanitär- und Heizungstechnik GmbH", size=16),
        Drawn(380, 90, "Bad · Heizung · Solar", size=9),
        Drawn(50, 150, "Hausverwaltung Obermeier GmbH"),
        Drawn(50, 163, "Friedrich-Ebert-Straße 58"),
        Drawn(50, 176, "34117 Kassel"),
        Drawn(380, 150, "Rechnungs-Nr. 2024-0917"),
        Drawn(380, 163, "Rechnungsdatum 16.09.2024"),
        Drawn(50, 240, "Rechnung 2024-0917", size=13),
        Drawn(50, 290, "Demontage Altbad"),
        Drawn(520, 290, "1.000,00", align="right"),
        Drawn(380, 330, "Nettobetrag"),
        Drawn(520, 330, "1.000,00", align="right"),
        Drawn(380, 345, "zzgl. 19 % USt."),
        Drawn(520, 345, "190,00", align="right"),
        Drawn(380, 360, "Rechnungsbetrag"),
        Drawn(520, 360, "1.190,00", align="right"),
        Drawn(50, 760, "Reinholz Sanitär- und", size=8),
        Drawn(50, 770, "Heizungstechnik GmbH", size=8),
        Drawn(50, 780, "Kasseler Straße 112", size=8),
        Drawn(50, 790, "34289 Zierenberg", size=8),
        Drawn(230, 760, "Geschäftsführer: Thomas Reinholz", size=8),
        Drawn(230, 770, "Amtsgericht Kassel HRB 17245", size=8),
        Drawn(400, 760, "Kreissparkasse Warmetal", size=8),
        Drawn(400, 770, "USt-IdNr. DE284173051", size=8),
    ]
    fields = {k: v.value for k, v in analysed(make_pdf(page)).fields.items()}
    assert fields["seller_name"] == "Reinholz Sanitär- und Heizungstechnik GmbH"
    assert fields["seller_address"] == "Kasseler Straße 112, 34289 Zierenberg"


def test_french_company_with_its_form_first_under_the_bistros_sign() -> None:
    page = rows_page(
        [
            "LE GAMBETTA",
            "Brasserie - Bar - Terrasse",
            "18 place Gambetta",
            "33000 Bordeaux",
            "Note n° 004817 || Table 12",
            "19/10/2024 21:46 || Couverts 3",
            "2 Menu du jour || 39,00 A",
            "1 Entrecôte frites || 24,00 A",
            "TOTAL TTC EUR || 63,00",
            "CB || 63,00",
            "Merci de votre visite !",
            "SAS Brasserie Le Gambetta",
            "SIRET 80431629700014 - NAF 5610A",
        ],
        width=260.0,
    )
    assert _fields(page)["seller_name"] == "SAS Brasserie Le Gambetta"
