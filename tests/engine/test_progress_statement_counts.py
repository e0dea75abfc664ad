"""A progress statement (Belgian "vorderingsstaat") prints each post's contract count, unit
price, the counts of earlier statements, of this one and to date, and this statement's
amount: "1.500,00 | 12,40 | 0,00 | 300,00 | 300,00 | 3.720,00". A previous count of 0,00
read as the quantity must not make the amount 0 (no net of 0 carries a gross); the count
that times the price gives the amount is the one billed."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_HEAD: list[SizedText] = [
    (40, 40, "Schrijnwerkerij Vermeulen BV", 13),
    (40, 56, "Molenstraat 12, 3500 Hasselt", 8),
    (40, 66, "BTW BE 0612.345.987", 8),
    (400, 90, "Factuurnummer: V24-0088", 9),
    (400, 102, "Factuurdatum: 31/10/2024", 9),
    (40, 90, "Aannemingen Wouters NV", 9),
    (40, 102, "Kerkplein 3", 9),
    (40, 114, "3600 Genk", 9),
    (370, 150, "hoeveelheid", 7),
    (415, 150, "hoeveelheid", 7),
    (460, 150, "hoeveelheid", 7),
    (510, 150, "deze staat, EUR", 7),
    (40, 159, "Post", 7),
    (80, 159, "Omschrijving", 7),
    (235, 159, "Eenh.", 7),
    (262, 159, "Hoev. bestek", 7),
    (315, 159, "Eenh.prijs", 7),
    (370, 159, "Vorige staten", 7),
    (415, 159, "Deze staat", 7),
    (460, 159, "Tot heden", 7),
    (525, 159, "Bedrag", 7),
]

_ROWS = [
    (
        "1.1",
        "Binnendeuren vlak, geschilderd",
        "st",
        "40,00",
        "410,00",
        "12,00",
        "10,00",
        "22,00",
        "4.100,00",
    ),
    (
        "2.1",
        "Vloerplinten MDF 90 mm",
        "lm",
        "1.500,00",
        "12,40",
        "0,00",
        "300,00",
        "300,00",
        "3.720,00",
    ),
]


def _page() -> list[SizedText]:
    texts = list(_HEAD)
    for index, row in enumerate(_ROWS):
        post, name, unit, contract, price, before, now, to_date, amount = row
        y = 180 + 18 * index
        texts += [
            (40, y, post, 7),
            (80, y, name, 7),
            (235, y, unit, 7),
            (305, y, ">" + contract, 7),
            (355, y, ">" + price, 7),
            (405, y, ">" + before, 7),
            (450, y, ">" + now, 7),
            (495, y, ">" + to_date, 7),
            (555, y, ">" + amount, 7),
        ]
    texts += [
        (330, 240, "Totaal vorderingsstaat (excl. btw)", 8),
        (555, 240, ">€ 7.820,00", 8),
        (330, 252, "Btw 21%", 8),
        (555, 252, ">€ 1.642,20", 8),
        (330, 264, "Te betalen", 8),
        (555, 264, ">€ 9.462,20", 8),
    ]
    return texts


def test_the_count_billed_gives_the_amount() -> None:
    pdf = make_aligned_pdf(_page())
    items = extract_canonical(pdf, use_einvoice=False)["line_items"]
    figures = [(item["quantity"], item["unit_price"], item["amount"]) for item in items]
    assert figures == [(10.0, 410.0, 4100.0), (300.0, 12.4, 3720.0)]
