"""Round 18 item rules: a table carried to the next page by a running sum and no repeated
header, kits listing their components under them, a bill's charges in one block per
subscriber line, and a name going on under it after a dash."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_pdf, marked

# (x, y from the top, text, font size, font); a text starting with ">" ends at x.
Text = tuple[float, float, str, float, str]
_ROMAN = "Helvetica"
_ITALIC = "Helvetica-Oblique"


def _pdf(*pages: list[Text]) -> bytes:
    return make_pdf(
        *([marked(x, y, text, font, size) for x, y, text, size, font in p] for p in pages)
    )


def _read(*pages: list[Text]) -> list[dict[str, Any]]:
    result = extract_canonical(_pdf(*pages), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def _t(x: float, y: float, text: str, size: float = 9, font: str = _ROMAN) -> Text:
    return (x, y, text, size, font)


def _row(y: float, code: str, name: str, qty: str, price: str, amount: str) -> list[Text]:
    return [
        _t(40, y, code, 8.5),
        _t(100, y, name),
        _t(380, y, ">" + qty),
        _t(460, y, ">" + price),
        _t(550, y, ">" + amount),
    ]


_HEADER = [
    _t(40, 190, "Código"),
    _t(100, 190, "Descripción"),
    _t(380, 190, ">Cantidad"),
    _t(460, 190, ">Precio"),
    _t(550, 190, ">Importe"),
]


def _letterhead(page: str) -> list[Text]:
    return [
        _t(40, 40, "Ferretería Nueva Alcazaba S.L.", 12),
        _t(380, 40, f"Factura FA-2291 · Página {page} de 2", 8),
    ]


@pytest.mark.parametrize(
    ("foot", "head"),
    [
        ("Suma y sigue", "Suma anterior"),
        ("Übertrag", "Übertrag"),
        ("Summe Übertrag", "Vortrag"),
        ("Carried forward", "Brought forward"),
        ("À reporter", "Report"),
        ("A riportare", "Riporto"),
        ("Transport", "Transport"),
    ],
)
def test_a_running_sum_carries_the_rows_to_a_page_without_a_header(foot: str, head: str) -> None:
    # Page 1 closes with "Suma y sigue" and its sum, page 2 opens with "Suma anterior" and
    # the same sum, the rows going on in the same columns under no repeated header.
    names = [f"Tornillo hexagonal M{n} (caja 100)" for n in range(4, 14)]
    first = [
        *_letterhead("1"),
        _t(40, 70, "Calle del Olmo 14, 18010 Granada"),
        _t(380, 110, "Fecha: 03/03/2026"),
        *_HEADER,
    ]
    y = 210.0
    for n, name in enumerate(names[:7]):
        first += _row(y, f"70{n}1", name, "2,00", "5,00", "10,00")
        y += 17
    first += [
        _t(380, y + 10, foot),
        _t(550, y + 10, ">70,00"),
        _t(240, y + 50, "Continúa en la página siguiente", 7, _ITALIC),
        _t(40, 800, "Ferretería Nueva Alcazaba S.L. – Registro Mercantil de Granada", 7),
    ]
    second = [*_letterhead("2"), _t(380, 70, head), _t(550, 70, ">70,00")]
    y = 90.0
    for n, name in enumerate(names[7:]):
        second += _row(y, f"80{n}2", name, "2,00", "5,00", "10,00")
        y += 17
    second += [
        _t(380, y + 20, "Base imponible"),
        _t(550, y + 20, ">100,00 €"),
        _t(380, y + 34, "IVA 21 %"),
        _t(550, y + 34, ">21,00 €"),
        _t(380, y + 48, "Total factura"),
        _t(550, y + 48, ">121,00 €"),
    ]
    items = _read(first, second)
    assert [i["description"] for i in items] == names


_SHOP = [
    _t(40, 40, "Werkzeughandel Lindner KG", 12),
    _t(40, 56, "Gewerbering 7, 87435 Kempten"),
    _t(380, 100, "Rechnung Nr. WL-5531"),
    _t(380, 114, "Datum: 11.03.2026"),
    _t(40, 190, "Art.-Nr."),
    _t(100, 190, "Bezeichnung"),
    _t(380, 190, ">Menge"),
    _t(460, 190, ">Preis"),
    _t(550, 190, ">Betrag"),
]


def test_a_kits_components_listed_under_it_are_no_part_of_its_name() -> None:
    # "– 2 x Schraubendreher ..." indented under the kit in smaller italics: what the kit
    # holds, priced with it; the next row's wrapped name still goes on.
    texts = [
        *_SHOP,
        *_row(210, "ST-12", "Werkstattkoffer Elektro komplett", "1", "189,00", "189,00"),
        _t(114, 222, "– 1 x Kunststoffkoffer mit Einsatz", 8, _ITALIC),
        _t(114, 232, "– 2 x Schraubendreher VDE isoliert", 8, _ITALIC),
        _t(114, 242, "– 1 x Abisolierzange 0,2–6 mm²", 8, _ITALIC),
        *_row(260, "MS-40", "Multimeter digital True RMS", "2", "64,50", "129,00"),
        _t(100, 271, "mit Messleitungen und Tasche"),
        *_row(290, "KB-03", "Kabelbinder schwarz 200 mm (Beutel)", "5", "3,20", "16,00"),
        _t(380, 330, "Summe netto"),
        _t(550, 330, ">334,00"),
        _t(380, 344, "MwSt. 19 %"),
        _t(550, 344, ">63,46"),
        _t(380, 358, "Rechnungsbetrag"),
        _t(550, 358, ">397,46"),
    ]
    items = _read(texts)
    assert [i["description"] for i in items] == [
        "Werkstattkoffer Elektro komplett",
        "Multimeter digital True RMS mit Messleitungen und Tasche",
        "Kabelbinder schwarz 200 mm (Beutel)",
    ]


def test_a_name_going_on_after_a_dash_under_it_stays_the_items() -> None:
    # "— phase 1 of 2: ..." at the name's margin, in its print, no figures: the name's second
    # half, wrapped at the dash; a "label: value" detail would not start with the dash.
    texts = [
        _t(40, 40, "Kookaburra Creative Pty Ltd", 12),
        _t(380, 100, "Invoice INV-2207"),
        _t(380, 114, "Date: 4 Mar 2026"),
        _t(40, 190, "Description"),
        _t(380, 190, ">Quantity"),
        _t(460, 190, ">Unit Price"),
        _t(550, 190, ">Amount"),
        _t(40, 210, "Brand identity refresh"),
        _t(380, 210, ">1.00"),
        _t(460, 210, ">3,200.00"),
        _t(550, 210, ">3,200.00"),
        _t(40, 221, "— phase 1 of 2: discovery workshop and logo concepts"),
        _t(40, 240, "Stationery print design (hours)"),
        _t(380, 240, ">6.00"),
        _t(460, 240, ">120.00"),
        _t(550, 240, ">720.00"),
        _t(380, 280, "Subtotal"),
        _t(550, 280, ">3,920.00"),
        _t(380, 294, "GST 10%"),
        _t(550, 294, ">392.00"),
        _t(380, 308, "Total AUD"),
        _t(550, 308, ">4,312.00"),
    ]
    items = _read(texts)
    assert [i["description"] for i in items] == [
        "Brand identity refresh — phase 1 of 2: discovery workshop and logo concepts",
        "Stationery print design (hours)",
    ]


def _charges(
    top: float, number: str, rows: list[tuple[str, str]], subtotal: str, period: str
) -> list[Text]:
    """One subscriber line's block: its heading, its charges with their period, its sum."""
    texts = [_t(57, top, f"Rufnummer {number}", 10), _t(540, top, ">Betrag netto", 8)]
    y = top + 22
    for name, amount in rows:
        texts += [_t(63, y, name), _t(330, y, period, 8), _t(540, y, f">{amount} €")]
        y += 16
    return [*texts, _t(370, y + 4, "Zwischensumme Rufnummer"), _t(540, y + 4, f">{subtotal} €")]


def test_charges_in_one_block_per_subscriber_line_are_all_items() -> None:
    # Each block closes with its sum; the call details under them sum one charge again.
    summary = [
        _t(57, 40, "Funkwelle Mobil GmbH", 14),
        _t(57, 60, "Rechnung vom 04.03.2026"),
        _t(350, 118, "Rechnungsnummer"),
        _t(470, 118, "R-2603-77120"),
        _t(57, 200, "Ihre Rechnung im Überblick", 11),
        _t(370, 230, "Summe netto"),
        _t(540, 230, ">36,54 €"),
        _t(370, 246, "USt 19 %"),
        _t(540, 246, ">6,94 €"),
        _t(370, 262, "Rechnungsbetrag"),
        _t(540, 262, ">43,48 €"),
        _t(57, 780, "Funkwelle Mobil GmbH · Hafenstraße 3 · 20457 Hamburg · Seite 1/2", 7),
    ]
    detail = [
        _t(57, 40, "Rechnung R-2603-77120 – Einzelheiten", 10),
        *_charges(
            100,
            "0171 2345678",
            [("Tarif Business L 50 GB", "24,99"), ("Verbindungen außerhalb", "2,10")],
            "27,09",
            "01.03. – 31.03.",
        ),
        *_charges(
            200,
            "0171 8765432",
            [("Tarif Business S 10 GB", "12,45"), ("Partnerkarten-Rabatt", "-3,00")],
            "9,45",
            "01.03. bis 31.03.",  # the period in a cell of its own: no part of the name
        ),
        _t(57, 300, "Einzelverbindungen außerhalb – Rufnummer 0171 2345678", 10),
        _t(57, 318, "Datum", 8),
        _t(110, 318, "Uhrzeit", 8),
        _t(170, 318, "Ziel", 8),
        _t(540, 318, ">Betrag netto", 8),
    ]
    for n, (day, clock, goal, amount) in enumerate(
        [
            ("03.02.", "09:14", "Sonderrufnummer 0900", "1,50"),
            ("17.02.", "18:02", "Ausland", "0,60"),
        ]
    ):
        y = 332 + 13 * n
        detail += [
            _t(57, y, day, 8),
            _t(110, y, clock, 8),
            _t(170, y, goal, 8),
            _t(540, y, ">" + amount, 8),
        ]
    items = _read(summary, detail)
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Tarif Business L 50 GB", 24.99),
        ("Verbindungen außerhalb", 2.10),
        ("Tarif Business S 10 GB", 12.45),
        ("Partnerkarten-Rabatt", -3.00),
    ]
