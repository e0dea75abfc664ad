"""Fixed-width printouts whose header names the text columns on one line ("Pos  Art.-Nr.
Bezeichnung") over the figure columns on the next ("Menge Einh  Preis  Rab%  Netto
Betrag"): each item prints its position line over an indented figures line, perhaps a
reference line under those, and the items stand in groups under a caption line."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_invoice_pdf

# (x, y from the top, text)
Text = tuple[float, float, str]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_invoice_pdf([texts], font="Courier", size=8))


def _figures(count: str, unit: str, price: str, rebate: str, net: str, amount: str) -> str:
    """The figures line, each figure right-aligned in its fixed-width column."""
    return f"{count:>8} {unit:<3}{price:>14}{rebate:>8}{net:>12}{amount:>15}"


_HEAD: list[Text] = [
    (45, 40, "Hofer Landtechnik Handels GmbH"),
    (45, 52, "Gewerbepark 7, 8020 Graz"),
    (330, 110, "Rechnungsnr.  7731-00458"),
    (330, 121, "Datum         14.05.2024"),
    (45, 200, "Pos  Art.-Nr." + " " * 13 + "Bezeichnung"),
    (198, 209, "Menge Einh   Listenpreis  Rab%    Nettopreis     Betrag EUR"),
    (45, 217, "=" * 92),
]

_ITEMS = [
    # (number, code, name lines, figures, lines under the figures)
    (
        "1",
        "KR-2210.4",
        ["Keilriemen XPZ 1250 Lw"],
        ("2,000", "ST", "31,20", "20,0", "24,96", "49,92"),
        ["Ref.-Nr. 7H4 903 119 / Lager B-12-3"],
    ),
    (
        "2",
        "HY-0087",
        ["Hydraulikschlauch DN 10 Pressarmatur 1,5 m"],
        ("1,000", "ST", "56,80", "15,0", "48,28", "48,28"),
        [],
    ),
    (
        "3",
        "LG-118.22",
        ["Rillenkugellager 6205 2RS C3"],
        ("4,000", "ST", "9,40", "25,0", "7,05", "28,20"),
        ["Ref.-Nr. 2K9 311 604 / Lager A-02-7"],
    ),
    (
        "4",
        "GS-5590",
        ["Rücknahme Gelenkwelle Serie W 2300", "neuwertig"],
        ("-1,000", "ST", "212,00", "10,0", "190,80", "-190,80"),
        [],
    ),
    (
        "5",
        "FL-0031",
        ["Fett Mehrzweck EP 2 Kartusche 400 g"],
        ("6,000", "ST", "6,90", "10,0", "6,21", "37,26"),
        ["Charge 2404-117 / Lager C-01-1"],
    ),
    (
        "6",
        "ZH-776",
        ["Zinken federnd 8,5 mm Heuwender"],
        ("12,000", "ST", "14,50", "20,0", "11,60", "139,20"),
        [],
    ),
]


def _table() -> list[Text]:
    texts = list(_HEAD)
    y = 230.0
    for n, (number, code, names, figures, under) in enumerate(_ITEMS):
        if n in (0, 3):
            group = "0051" if n == 0 else "0063"
            # The caption's "1.8 DCI" falls under the amount column.
            caption = (
                f"*** Lieferschein {group} vom 06.05.2024 - Auftrag 8812 / Traktor 1.8 DCI ***"
            )
            texts.append((45, y, caption))
            y += 12.4
        texts.append((57 - 4.8 * len(number), y, number))
        texts.append((68, y, code))
        texts.append((169.8, y, names[0]))
        for name in names[1:]:
            y += 9.6
            texts.append((169.8, y, name))
        y += 9.7
        texts.append((198, y, _figures(*figures)))
        for text in under:
            y += 9.3
            texts.append((162, y, text))
        y += 11.3
    y += 4
    texts += [
        (45, y, "=" * 92),
        (330, y + 10, "Summe netto             112,06"),
        (330, y + 20, "20 % USt                 22,41"),
        (330, y + 30, "RECHNUNGSBETRAG EUR     134,47"),
    ]
    return texts


def test_each_item_is_its_position_line_over_its_figures_line() -> None:
    invoice = _invoice(_table())
    read = [
        (str(i["description"].value), i["quantity"].value, i["amount"].value) for i in invoice.items
    ]
    assert read == [
        ("Keilriemen XPZ 1250 Lw", 2.0, 49.92),
        ("Hydraulikschlauch DN 10 Pressarmatur 1,5 m", 1.0, 48.28),
        ("Rillenkugellager 6205 2RS C3", 4.0, 28.2),
        ("Rücknahme Gelenkwelle Serie W 2300 neuwertig", -1.0, -190.8),
        ("Fett Mehrzweck EP 2 Kartusche 400 g", 6.0, 37.26),
        ("Zinken federnd 8,5 mm Heuwender", 12.0, 139.2),
    ]
