"""Item tables of hauliers, brokers and Eastern European statutory forms.

Conventions:
- Hauliers bill one row per trip and caption its text by the route ("Trasa", "Strecke",
  "Traject", "Route"), beside the trip's date, order and consignment-note (CMR) columns and
  its weight ("Waga kg", "Gewicht"), which is information, no count.
- A row printing no count and no price (a fuel surcharge, a flat fee) under "Množství | Cena
  | Bez DPH | DPH % | DPH | Celkem" prints its net under the net caption: the line amount, as
  on the rows above, not a price; the gross beside it is no line amount.
- Totals under the table start under its figure captions, right of where the items' names
  start; a tax key inside the total's caption ("Leistungen Kz. 1 netto") is part of it.
- Romanian and other Eastern European forms number their columns on a row under the captions
  ("0 | 1 | 2 | 3 | 4 | 5 (3x4) | 6"): no item. They caption the line value and its tax alike
  ("Valoarea (fără TVA)" and "Valoarea TVA"): the tax's column is no line amount.
- Czech and Slovak invoices caption the item "Položka", the rate "Sazba", the line's value
  without VAT "Základ"; Danish ones the line total "I alt", and a credit note's counts print
  negative ("-4"): a count all the same.
- Polish, Croatian and Maltese stroked letters ("ł", "đ", "ħ") reach as high as "l", "d", "h":
  words with them measure a line's print size like any other.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.model import Box, Word
from facturist.engine.printsize import word_class

from .conftest import make_aligned_pdf

_HEAD = [
    (40, 60, "Spedycja Transport Sp. z o.o.", 10.0),
    (350, 100, "Faktura nr 118/03/2024", 9.0),
    (350, 114, "Data wystawienia: 29.03.2024", 9.0),
]


def _items(texts: list[tuple[float, float, str, float]]) -> list[dict[str, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


def test_route_caption_heads_a_haulier_table() -> None:
    lines = [
        (44, 196, "Data", 7.5),
        (93, 196, "Zlecenie", 7.5),
        (148, 196, "Trasa / dokument", 7.5),
        (295, 196, "Waga kg", 7.5),
        (336, 196, "Palety", 7.5),
        (383, 196, "Netto", 7.5),
        (424, 196, "VAT", 7.5),
        (460, 196, "Kwota", 7.5),
        (500, 196, "Brutto", 7.5),
        (460, 205, "VAT", 7.5),
    ]
    trips = [("11.03.2024", "ZL/24/0455", "Poznan - Berlin (DE)", "8 420", "22", "690,00")]
    trips += [("12.03.2024", "ZL/24/0461", "Poznan - Hamburg (DE)", "12 100", "33", "1 150,00")]
    for at, (day, order, route, weight, pallets, net) in enumerate(trips):
        y = 220 + 23 * at
        lines += [
            (44, y, day, 8.0),
            (93, y, order, 8.0),
            (148, y, route, 8.0),
            (326, y, ">" + weight, 8.0),
            (356, y, ">" + pallets, 8.0),
            (413, y, ">" + net, 8.0),
            (438, y, ">0%", 8.0),
            (488, y, ">0,00", 8.0),
            (530, y, ">" + net, 8.0),
            (148, y + 10, f"CMR 24031{at}-01", 6.5),
        ]
    lines += [(330, 280, "Razem netto", 9.0), (530, 280, ">1 840,00 EUR", 9.0)]
    items = _items(lines)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Poznan - Berlin (DE)", 690.0),
        ("Poznan - Hamburg (DE)", 1150.0),
    ]
    assert all(i["quantity"] is None for i in items)  # the weight is no count


def test_flat_fee_row_prints_its_net_under_the_net_caption() -> None:
    lines = [
        (43, 228, "Polozka", 7.5),
        (242, 228, "Mnozstvi", 7.5),
        (311, 228, "Cena za MJ", 7.5),
        (377, 228, "Bez DPH", 7.5),
        (417, 228, "DPH %", 7.5),
        (470, 228, "DPH", 7.5),
        (521, 228, "Celkem", 7.5),
        (43, 243, "Preprava Ostrava - Hamburg", 8.0),
        (280, 243, ">1,00", 8.0),
        (356, 243, ">1 350,00", 8.0),
        (411, 243, ">1 350,00", 8.0),
        (438, 243, ">21", 8.0),
        (490, 243, ">283,50", 8.0),
        (551, 243, ">1 633,50", 8.0),
        (43, 257, "Palivovy priplatek 14,5 %", 8.0),
        (411, 257, ">195,75", 8.0),
        (438, 257, ">21", 8.0),
        (490, 257, ">41,11", 8.0),
        (551, 257, ">236,86", 8.0),
        (340, 290, "Celkem bez DPH", 9.0),
        (551, 290, ">1 545,75 EUR", 9.0),
    ]
    assert _items(lines)[1] == {
        "description": "Palivovy priplatek 14,5 %",
        "quantity": None,
        "unit_price": None,
        "amount": 195.75,
    }


def test_totals_under_a_footnote_with_a_tax_key_are_no_items() -> None:
    lines = [
        (44, 207, "Code", 7.5),
        (76, 207, "Leistung", 7.5),
        (344, 207, "Anz.", 7.5),
        (378, 207, "Einzelpreis", 7.5),
        (458, 207, "Betrag", 7.5),
        (506, 207, "Kz.", 7.5),
        (44, 222, "E1", 8.0),
        (76, 222, "Einfuhranmeldung ATLAS", 8.0),
        (362, 222, ">1", 8.0),
        (425, 222, ">85,00", 8.0),
        (495, 222, ">85,00", 8.0),
        (512, 222, "1", 8.0),
        (44, 238, "A1", 8.0),
        (76, 238, "Zoll (verauslagt)", 8.0),
        (362, 238, ">1", 8.0),
        (425, 238, ">1.843,20", 8.0),
        (495, 238, ">1.843,20", 8.0),
        (512, 238, "0", 8.0),
        (41, 254, "Kz. 1 = steuerpflichtig 19 %", 7.0),
        (200, 254, "Kz. 0 = durchlaufender Posten, nicht steuerbar", 7.0),
        (301, 276, "Leistungen Kz. 1 netto", 8.5),
        (495, 276, ">85,00 EUR", 8.5),
        (301, 289, "Durchlaufende Posten Kz. 0", 8.5),
        (495, 289, ">1.843,20 EUR", 8.5),
        (301, 302, "Summe netto", 8.5),
        (495, 302, ">1.928,20 EUR", 8.5),
    ]
    assert [i["description"] for i in _items(lines)] == [
        "Einfuhranmeldung ATLAS",
        "Zoll (verauslagt)",
    ]


def test_column_numbers_and_tax_value_column_of_a_romanian_form() -> None:
    lines = [
        (65, 238, "Nr.", 7.0),
        (90, 238, "Denumirea produselor", 7.0),
        (315, 238, "Cant.", 7.0),
        (354, 238, "Pret unitar", 7.0),
        (430, 238, "Valoarea", 7.0),
        (498, 238, "Valoarea", 7.0),
        (64, 247, "crt.", 7.0),
        (90, 247, "sau a serviciilor", 7.0),
        (430, 247, "(fara TVA)", 7.0),
        (518, 247, "TVA", 7.0),
        (69, 292, "0", 7.0),
        (130, 292, "1", 7.0),
        (325, 292, "2", 7.0),
        (375, 292, "3", 7.0),
        (436, 292, "4 (2x3)", 7.0),
        (515, 292, "5", 7.0),
        (69, 309, "1", 8.0),
        (90, 309, "Transport marfa Cluj - Constanta", 8.0),
        (335, 309, ">2", 8.0),
        (398, 309, ">3.850,00", 8.0),
        (466, 309, ">7.700,00", 8.0),
        (534, 309, ">1.463,00", 8.0),
        (69, 326, "2", 8.0),
        (90, 326, "Manipulare paleti", 8.0),
        (335, 326, ">36", 8.0),
        (398, 326, ">18,50", 8.0),
        (466, 326, ">666,00", 8.0),
        (534, 326, ">126,54", 8.0),
        (71, 365, "Semnatura si stampila furnizorului", 8.0),
        (380, 365, "Total", 8.0),
        (466, 365, ">8.366,00", 8.0),
        (534, 365, ">1.589,54", 8.0),
    ]
    assert _items(lines) == [
        {
            "description": "Transport marfa Cluj - Constanta",
            "quantity": 2.0,
            "unit_price": 3850.0,
            "amount": 7700.0,
        },
        {"description": "Manipulare paleti", "quantity": 36.0, "unit_price": 18.5, "amount": 666.0},
    ]


def test_a_gross_caption_naming_the_tax_it_includes_is_the_line_amount() -> None:
    # "Totale IVA incl." over "(IVA incl.)": a web shop's line total with the tax in it, no
    # tax's column, however the tax's name stands under it.
    lines = [
        (44, 224, "Descrizione", 7.0),
        (250, 224, "Q.tà", 7.0),
        (290, 224, "Prezzo unit.", 7.0),
        (350, 224, "IVA", 7.0),
        (395, 224, "Prezzo unitario", 7.0),
        (470, 224, "Totale IVA incl.", 7.0),
        (290, 233, "netto", 7.0),
        (395, 233, "(IVA incl.)", 7.0),
        (44, 252, "Corso di formazione", 8.0),
        (260, 252, ">6", 8.0),
        (325, 252, ">82,57", 8.0),
        (370, 252, ">22%", 8.0),
        (440, 252, ">100,74", 8.0),
        (520, 252, ">604,41", 8.0),
        (44, 267, "Monitor 27 pollici", 8.0),
        (260, 267, ">1", 8.0),
        (325, 267, ">583,89", 8.0),
        (370, 267, ">22%", 8.0),
        (440, 267, ">712,35", 8.0),
        (520, 267, ">712,35", 8.0),
    ]
    assert [item["description"] for item in _items(lines)] == [
        "Corso di formazione",
        "Monitor 27 pollici",
    ]


def test_danish_credit_note_total_column_with_negative_counts() -> None:
    lines = [
        (61, 248, "Varetekst", 8.0),
        (330, 248, "Antal", 8.0),
        (400, 248, "Stk.pris", 8.0),
        (500, 248, "I alt", 8.0),
        (61, 272, "Espressobonner Brasil Santos, 1 kg", 8.5),
        (355, 272, ">-4", 8.5),
        (440, 272, ">189,00", 8.5),
        (530, 272, ">-756,00", 8.5),
        (61, 292, "Filterkaffe Colombia Huila, 500 g", 8.5),
        (355, 292, ">-6", 8.5),
        (440, 292, ">79,50", 8.5),
        (530, 292, ">-477,00", 8.5),
        (355, 320, "Varer i alt ekskl. moms", 8.5),
        (530, 320, ">-1.233,00", 8.5),
    ]
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in _items(lines)] == [
        (-4.0, 189.0, -756.0),
        (-6.0, 79.5, -477.0),
    ]


def test_czech_item_rate_and_base_captions() -> None:
    lines = [
        (137, 516, "Polozka", 8.0),
        (330, 516, "Mnoz. MJ", 8.0),
        (400, 516, "Cena/MJ", 8.0),
        (460, 516, "Sazba", 8.0),
        (520, 516, "Zaklad", 8.0),
        (137, 540, "Ubytovani - dvoulozkovy pokoj", 8.5),
        (345, 540, ">14", 8.5),
        (350, 540, "noc", 8.5),
        (440, 540, ">1 850,00", 8.5),
        (485, 540, ">12 %", 8.5),
        (550, 540, ">25 900,00", 8.5),
        (137, 560, "Snidane formou bufetu", 8.5),
        (345, 560, ">28", 8.5),
        (350, 560, "os.", 8.5),
        (440, 560, ">180,00", 8.5),
        (485, 560, ">12 %", 8.5),
        (550, 560, ">5 040,00", 8.5),
        (400, 600, "Celkem bez DPH", 8.5),
        (550, 600, ">30 940,00", 8.5),
    ]
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in _items(lines)] == [
        (14.0, 1850.0, 25900.0),
        (28.0, 180.0, 5040.0),
    ]


def _word(text: str, x0: float, height: float) -> Word:
    return Word(text, Box(1, x0, 100.0, x0 + 6.0 * len(text), 100.0 + height))


def test_stroked_letters_measure_a_name_against_its_reference_line() -> None:
    """ "Usługa układania płytek" over "dot. zlecenia ZL/24/031 z dnia 11.03.2024" in smaller
    print: the reference line is no part of the name."""
    from facturist.engine.tablerows import reference_line

    assert word_class(_word("układania", 0, 5.8)) == "tall"
    assert word_class(_word("płytek", 0, 7.4)) == "full"
    name = [_word("Usługa", 80, 7.4), _word("układania", 130, 5.8), _word("płytek", 200, 7.4)]
    line = [_word("dot.", 80, 5.0), _word("ZL/24/031", 120, 5.0), _word("11.03.2024", 200, 5.0)]
    assert reference_line(name, line)
