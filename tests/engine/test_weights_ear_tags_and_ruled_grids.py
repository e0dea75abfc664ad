"""A feed merchant's weights, a livestock dealer's ear tags and a butcher's ruled grid.

The quantity column's "28.540" beside the unit column's "kg" reads "28.540 kg", a weight, never
a company named by Germany's form "KG" (spacedform.py, unit_after_figure).
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_quantity_beside_its_unit_names_no_seller() -> None:
    page = [
        (359, 53, "Limfjord Foderstof"),
        (59, 70, "Faktura"),
        (387, 70, "Foder · Korn · Gødning"),
        (502, 70, "LF"),
        (57, 135, "Nørgaard Svineproduktion ApS"),
        (355, 135, "Fakturanr."),
        (509, 135, "881204"),
        (57, 147, "Att.: Mads Nørgaard"),
        (355, 147, "Fakturadato"),
        (494, 147, "28.06.2024"),
        (57, 160, "Bjergevej 22"),
        (355, 160, "Forfaldsdato"),
        (494, 160, "31.07.2024"),
        (57, 172, "7870 Roslev"),
        (57, 275, "Varenr."),
        (102, 275, "Tekst"),
        (341, 275, "Antal"),
        (372, 275, "Enhed"),
        (436, 275, "Á-pris"),
        (514, 275, "Beløb"),
        (57, 300, "20115"),
        (102, 300, "Slagtesvinefoder Optima, løs"),
        (336, 300, "28.540"),
        (372, 300, "kg"),
        (440, 300, "2,845"),
        (499, 300, "81.196,30"),
        (57, 314, "20330"),
        (102, 314, "Smågrisefoder Start 2"),
        (353, 314, "40"),
        (372, 314, "sæk"),
        (435, 314, "189,50"),
        (504, 314, "7.580,00"),
        (426, 340, "Subtotal"),
        (494, 340, "88.776,30"),
        (426, 354, "Moms 25 %"),
        (499, 354, "22.194,08"),
        (426, 368, "I alt DKK"),
        (489, 368, "110.970,38"),
        (57, 770, "Limfjord Foderstof A/S · Havnevej 14 · 7800 Skive · CVR-nr. 29183740"),
        (57, 780, "IBAN DK75 9070 0001 2044 17 · SWIFT SKIVDK22"),
    ]
    result = extract_canonical(make_invoice_pdf([page], size=7), use_einvoice=False)
    fields = result["fields"]
    assert fields.get("seller_name") == "Limfjord Foderstof A/S"
    assert fields.get("seller_address") == "Havnevej 14, 7800 Skive"
    assert fields.get("buyer_name") == "Nørgaard Svineproduktion ApS"


def test_livestock_rows_under_a_slaughter_weight_caption() -> None:
    """A compound weight caption ("Schlachtgew. kg", slaughter weight) heads the count; the
    columns left of the figures ("Ohrmarke | Kategorie / Rasse") name the animal together,
    the position's number ("Pos") no part of it (textcolumn.py)."""
    page = [
        (99, 52, "Viehhandel Pichler GmbH & Co KG"),
        (430, 52, "4880 St. Georgen im Attergau"),
        (458, 87, "UID-Nr.: ATU64128358"),
        (53, 143, "RECHNUNG"),
        (344, 165, "Fleischerei Wimmer OG"),
        (52, 172, "Rechnungsnummer:"),
        (157, 172, "24/0917"),
        (344, 178, "Stadtplatz 17"),
        (52, 185, "Rechnungsdatum:"),
        (156, 185, "09.09.2024"),
        (344, 190, "4840 Vöcklabruck"),
        (55, 277, "Pos"),
        (83, 277, "Ohrmarke"),
        (162, 277, "Kategorie / Rasse"),
        (259, 277, "Klasse"),
        (304, 277, "Schlachtgew. kg"),
        (394, 277, "Preis €/kg"),
        (451, 277, "USt"),
        (505, 277, "Betrag €"),
        (55, 299, "1"),
        (82, 299, "AT 512 387 614"),
        (161, 299, "Jungstier Fleckvieh"),
        (259, 299, "U3"),
        (351, 299, "412,6"),
        (419, 299, "4,95"),
        (452, 299, "13 %"),
        (506, 299, "2.042,37"),
        (55, 316, "2"),
        (82, 316, "AT 601 445 227"),
        (162, 316, "Kuh Holstein"),
        (259, 316, "P2"),
        (352, 316, "298,5"),
        (419, 316, "3,40"),
        (452, 316, "13 %"),
        (506, 316, "1.014,90"),
        (55, 333, "3"),
        (82, 333, "AMA-Gütesiegel-Zuschlag"),
        (354, 333, "2 Stk"),
        (414, 333, "12,00"),
        (452, 333, "13 %"),
        (519, 333, "24,00"),
        (82, 350, "Summe Schlachtgewicht (2 Tiere)"),
        (342, 350, "711,1"),
        (327, 380, "Nettobetrag"),
        (500, 380, "3.081,27"),
        (327, 397, "USt 13 %"),
        (501, 397, "400,57"),
        (326, 414, "Gesamtbetrag brutto"),
        (491, 414, "3.481,84"),
        (52, 786, "Raiffeisenbank Attergau · IBAN AT21 3440 4000 0147 0233"),
    ]
    result = extract_canonical(make_invoice_pdf([page], size=7), use_einvoice=False)
    items = result["line_items"]
    assert [item["description"].replace("\xa0", " ") for item in items] == [
        "AT 512 387 614 Jungstier Fleckvieh",
        "AT 601 445 227 Kuh Holstein",
        "AMA-Gütesiegel-Zuschlag",
    ]
    assert [item["quantity"] for item in items] == [412.6, 298.5, 2.0]
    assert [item["unit_price"] for item in items] == [4.95, 3.4, 12.0]


def test_ruled_pad_prints_figures_at_its_right_rules() -> None:
    """ "Menge | Artikel | €/kg bzw. Stk | Betrag €" printed at each ruled cell's left, the
    figures at its right rule: "€/kg bzw. Stk" is the unit price's caption (a price per
    kilo or per piece), the amount far right of "Betrag €" the row's (faramount.py)."""
    page = [
        (150, 40, "Metzgerei Bräunling"),
        (150, 54, "Marktstraße 12 · 83646 Bad Tölz"),
        (40, 90, "An"),
        (300, 90, "LIEFERSCHEIN / RECHNUNG"),
        (40, 104, "Gasthof Zur Post"),
        (300, 104, "Nr.: 2406-112"),
        (40, 116, "Hauptstraße 3"),
        (300, 116, "Datum: 12.06.2024"),
        (40, 128, "83661 Lenggries"),
        (40, 170, "Menge"),
        (100, 170, "Artikel"),
        (290, 170, "€/kg bzw. Stk"),
        (380, 170, "Betrag €"),
        (90, 190, ">4,215 kg"),
        (100, 190, "Schweinebraten o. Schwarte"),
        (350, 190, ">9,80"),
        (540, 190, ">41,31"),
        (90, 206, ">60 Stk"),
        (100, 206, "Weißwürste"),
        (350, 206, ">0,95"),
        (540, 206, ">57,00"),
        (90, 222, ">3,000 kg"),
        (100, 222, "Leberkäse roh (Brät)"),
        (350, 222, ">7,90"),
        (540, 222, ">23,70"),
        (300, 300, "Summe netto"),
        (540, 300, ">122,01"),
        (300, 314, "+ 7 % MwSt."),
        (540, 314, ">8,54"),
        (300, 328, "Rechnungsbetrag"),
        (540, 328, ">130,55"),
        (60, 780, "IBAN DE50 7016 9598 0000 4177 25"),
    ]
    result = extract_canonical(make_invoice_pdf([page], marks=True), use_einvoice=False)
    items = result["line_items"]
    assert [item["description"] for item in items] == [
        "Schweinebraten o. Schwarte",
        "Weißwürste",
        "Leberkäse roh (Brät)",
    ]
    assert [item["quantity"] for item in items] == [4.215, 60.0, 3.0]
    assert [item["unit_price"] for item in items] == [9.8, 0.95, 7.9]
    assert [item["amount"] for item in items] == [41.31, 57.0, 23.7]
