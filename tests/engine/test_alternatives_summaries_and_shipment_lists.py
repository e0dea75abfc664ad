"""Item tables whose printed rows are not all items, or not all on one line: alternative
positions priced in brackets for information only, a recap of the groups' sums under the
table, names wrapping over figures printed on the name's last line, the page footer under a
sum carried to the next page, and a bill's rows whose working (factors multiplied, a rate of
a base) stands between the name and the amount."""

from __future__ import annotations

from typing import Any

from reportlab.lib.pagesizes import A4, LETTER

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

# (x, y from the top, text); a text starting with ">" is set right-aligned, ending at x.
Text = tuple[float, float, str]


def _pdf(pages: list[list[Text]], size: float = 9, page_size: tuple[float, float] = A4) -> bytes:
    return make_invoice_pdf(pages, size=size, pagesize=page_size, marks=True)


def _items(
    pages: list[list[Text]], size: float = 9, page_size: tuple[float, float] = A4
) -> list[dict[str, Any]]:
    found = extract_canonical(_pdf(pages, size, page_size), use_einvoice=False)["line_items"]
    items: list[dict[str, Any]] = found
    return items


_GERMAN_HEAD: list[Text] = [
    (50, 50, "Malerbetrieb Kornblum GmbH"),
    (50, 62, "Lindenallee 17, 04109 Leipzig"),
    (50, 120, "Hausverwaltung Saalebogen GmbH"),
    (350, 120, "Rechnungs-Nr.:"),
    (450, 120, "SR-7731"),
    (350, 133, "Rechnungsdatum:"),
    (450, 133, "02.02.2026"),
]

_POSITIONS_HEADER: list[Text] = [
    (42, 220, "Pos."),
    (62, 220, "Menge"),
    (94, 220, "Einh."),
    (125, 220, "Leistungsbeschreibung"),
    (462, 220, "EP €"),
    (534, 220, "GP €"),
]


def _position(y: float, pos: str, qty: str, unit: str, name: str, price: str, amount: str):
    return [
        (42, y, pos),
        (88, y, ">" + qty),
        (94, y, unit),
        (125, y, name),
        (480, y, ">" + price),
        (553, y, ">" + amount),
    ]


def _group(y: float, number: str, title: str) -> list[Text]:
    return [(42, y, number), (125, y, title)]


def _sum(y: float, caption: str, amount: str) -> list[Text]:
    return [(408, y, caption), (553, y, ">" + amount)]


def _titled_positions() -> list[Text]:
    """A craftsman's final invoice: numbered groups, each closed by its sum, an alternative
    position priced for information only, and a recap of the groups' sums under them."""
    return [
        *_GERMAN_HEAD,
        *_POSITIONS_HEADER,
        *_group(238, "01", "Vorarbeiten"),
        *_position(
            252, "01.01", "85", "m²", "Untergrund reinigen und grundieren", "3,20", "272,00"
        ),
        *_position(265, "01.02", "40", "m", "Abdeckarbeiten Fensterbänke", "2,10", "84,00"),
        *_sum(281, "Summe Titel 01", "356,00"),
        *_group(300, "02", "Anstricharbeiten"),
        *_position(
            314, "02.01", "85", "m²", "Dispersionsanstrich zweifach, weiß", "6,40", "544,00"
        ),
        *_position(
            327,
            "02.02",
            "85",
            "m²",
            "Alternativ zu 02.01: Silikatfarbe zweifach",
            "8,90",
            "(756,50)",
        ),
        (125, 338, "Alternativposition – nicht beauftragt, GP nur informativ"),
        *_position(352, "02.03", "12", "Stk", "Heizkörper lackieren", "38,00", "456,00"),
        *_sum(368, "Summe Titel 02", "1.000,00"),
        *_group(387, "03", "Stundenlohnarbeiten"),
        *_position(401, "03.01", "6", "Std", "Malergeselle", "52,00", "312,00"),
        *_position(414, "03.02", "2", "Std", "Malermeister", "64,00", "128,00"),
        *_sum(430, "Summe Titel 03", "440,00"),
        (40, 452, "Zusammenstellung"),
        (60, 466, "Titel 01 Vorarbeiten"),
        (553, 466, ">356,00"),
        (60, 478, "Titel 02 Anstricharbeiten"),
        (553, 478, ">1.000,00"),
        (60, 490, "Titel 03 Stundenlohnarbeiten"),
        (553, 490, ">440,00"),
        (430, 504, "Nettosumme"),
        (553, 504, ">1.796,00"),
        (430, 517, "zzgl. 19 % Umsatzsteuer"),
        (553, 517, ">341,24"),
        (430, 530, "Rechnungsbetrag"),
        (553, 530, ">2.137,24"),
    ]


def test_alternative_position_priced_in_brackets_is_no_item() -> None:
    names = [item["description"] for item in _items([_titled_positions()], 8)]
    assert not any("Silikatfarbe" in name for name in names)
    assert any(name.startswith("Heizkörper") for name in names)


def test_recap_of_the_groups_sums_is_no_item() -> None:
    items = _items([_titled_positions()], 8)
    assert [item["amount"] for item in items] == [272.0, 84.0, 544.0, 456.0, 312.0, 128.0]


def test_wrapped_name_over_figures_on_its_last_line() -> None:
    """US distributors print a long name over two or three lines, its code, count, price and
    amount on the last: the lines above belong to the item, not to the one before."""
    head: list[Text] = [
        (40, 40, "Ridgeline Supply Co."),
        (40, 52, "880 Harbor Way, Tacoma, WA 98402"),
        (400, 60, "Invoice #"),
        (480, 60, "55120"),
        (400, 72, "Invoice Date"),
        (480, 72, "04/02/2026"),
        (40, 130, "Bill To"),
        (40, 142, "Cedar Flats School District"),
    ]
    header: list[Text] = [
        (40, 220, "Item"),
        (120, 220, "Description"),
        (360, 220, "Qty"),
        (420, 220, "Unit Price"),
        (520, 220, "Amount"),
    ]

    def row(y: float, code: str, lines: list[str], qty: str, price: str, amount: str):
        texts: list[Text] = [(120, y + 10.5 * i, text) for i, text in enumerate(lines)]
        last = y + 10.5 * (len(lines) - 1)
        return [
            *texts,
            (40, last, code),
            (375, last, ">" + qty),
            (470, last, ">" + price),
            (560, last, ">" + amount),
        ]

    page = [
        *head,
        *header,
        *row(
            240,
            "WS-400",
            ["Wall-mounted soap dispenser,", "stainless, 1 L"],
            "10",
            "$18.50",
            "$185.00",
        ),
        *row(
            276,
            "PT-120",
            ["Paper towel roll, 8 in x 600 ft,", "kraft, case of 6"],
            "4",
            "$41.00",
            "$164.00",
        ),
        *row(
            312,
            "HS-BR2",
            ["Hand sanitizer refill bags,", "1200 mL, foam,", "case of 2"],
            "5",
            "$33.20",
            "$166.00",
        ),
        (40, 360, "Subtotal"),
        (560, 360, ">$515.00"),
        (40, 374, "Total"),
        (560, 374, ">$515.00"),
    ]
    items = _items([page], 8, LETTER)
    assert [item["description"] for item in items] == [
        "Wall-mounted soap dispenser, stainless, 1 L",
        "Paper towel roll, 8 in x 600 ft, kraft, case of 6",
        "Hand sanitizer refill bags, 1200 mL, foam, case of 2",
    ]


def test_footer_under_a_carried_sum_is_no_item() -> None:
    """A page closing its rows with the sum carried over ("Übertrag") prints its footer
    below: the register number in it ("HRA 4417") is no amount of an item."""
    header: list[Text] = [
        (50, 200, "Pos"),
        (80, 200, "Bezeichnung"),
        (330, 200, "Menge"),
        (420, 200, "E-Preis"),
        (500, 200, "Gesamt EUR"),
    ]

    def row(y: float, pos: str, name: str, qty: str, price: str, amount: str) -> list[Text]:
        return [
            (50, y, pos),
            (80, y, name),
            (330, y, qty),
            (460, y, ">" + price),
            (545, y, ">" + amount),
        ]

    footer: list[Text] = [
        (50, 770, "Gartenbau Fehrmann e.K."),
        (180, 770, "Tel. 0345 2291 07"),
        (290, 770, "Saalesparkasse"),
        (400, 770, "Amtsgericht Halle HRA 4417"),
        (50, 779, "Inh. Jonas Fehrmann"),
        (180, 779, "Fax 0345 2291 08"),
        (290, 779, "BIC NOLADE21HAL"),
        (400, 779, "St.-Nr. 110/245/03318"),
    ]
    first = [
        (50, 50, "Gartenbau Fehrmann e.K."),
        (50, 62, "Merseburger Str. 40, 06110 Halle"),
        (350, 120, "Rechnung Nr."),
        (450, 120, "2026-0288"),
        (350, 133, "Datum"),
        (450, 133, "11.02.2026"),
        *header,
        *[
            text
            for index in range(30)
            for text in row(
                218 + 15 * index,
                str(index + 1),
                f"Pflanzkübel Modell {index + 1}",
                "2 Stk.",
                "40,00",
                "80,00",
            )
        ],
        (400, 700, "Übertrag"),
        (545, 700, ">2.400,00"),
        *footer,
    ]
    second = [
        (50, 50, "Gartenbau Fehrmann e.K."),
        *[(x, y - 60, text) for x, y, text in header],
        (400, 160, "Übertrag"),
        (545, 160, ">2.400,00"),
        *row(180, "31", "Rindenmulch 50 l", "4 Stk.", "9,50", "38,00"),
        *row(195, "32", "Lieferung und Aufbau", "1 Stk.", "120,00", "120,00"),
        (400, 225, "Summe netto"),
        (545, 225, ">2.558,00"),
        (400, 240, "zzgl. 19 % MwSt."),
        (545, 240, ">486,02"),
        (400, 255, "Rechnungsbetrag"),
        (545, 255, ">3.044,02"),
        *footer,
    ]
    items = _items([first, second])
    assert len(items) == 32
    assert [item["amount"] for item in items[-2:]] == [38.0, 120.0]


def test_bill_rows_with_their_working_between_name_and_amount() -> None:
    """An electricity bill lists its charges under no header, each with its working in a
    cell of its own: factors multiplied ("3,450 kW x 31 días x 0,073000 €/kW día"), a count
    times a price, a rate of a base ("5,11269632 % s/ 40,00 €"). The working is no part of
    the name, and a figure quoted as a rate's base is no column of a table."""
    page: list[Text] = [
        (40, 40, "Suministros Levante Energía, S.L."),
        (40, 52, "Avenida del Puerto 212, 46023 Valencia"),
        (40, 100, "Nº factura:"),
        (140, 100, "LV-2026-88104"),
        (40, 112, "Fecha de emisión:"),
        (140, 112, "05/03/2026"),
        (40, 200, "DETALLE DE LA FACTURA"),
        (40, 222, "Término de potencia"),
        (50, 236, "Potencia P1 (punta)"),
        (200, 236, "3,450 kW x 31 días x 0,073000 €/kW día"),
        (540, 236, ">7,81 €"),
        (50, 249, "Potencia P2 (valle)"),
        (200, 249, "3,450 kW x 31 días x 0,004000 €/kW día"),
        (540, 249, ">0,43 €"),
        (50, 262, "Total potencia"),
        (540, 262, ">8,24 €"),
        (40, 284, "Término de energía"),
        (50, 298, "Energía P1 (punta)"),
        (200, 298, "80 kWh x 0,200000 €/kWh"),
        (540, 298, ">16,00 €"),
        (50, 311, "Energía P2 (valle)"),
        (200, 311, "100 kWh x 0,157600 €/kWh"),
        (540, 311, ">15,76 €"),
        (50, 324, "Total energía"),
        (540, 324, ">31,76 €"),
        (40, 346, "Impuesto eléctrico"),
        (200, 346, "5,11269632 % s/ 40,00 €"),
        (540, 346, ">2,05 €"),
        (40, 362, "Alquiler de equipos de medida"),
        (200, 362, "31 días x 0,026630 €/día"),
        (540, 362, ">0,83 €"),
        (50, 390, "Base imponible"),
        (540, 390, ">42,88 €"),
        (50, 404, "IVA 21 % s/ 42,88 €"),
        (540, 404, ">9,00 €"),
        (50, 428, "TOTAL IMPORTE FACTURA"),
        (540, 428, ">51,88 €"),
    ]
    items = _items([page])
    assert [(item["description"], item["amount"]) for item in items] == [
        ("Potencia P1 (punta)", 7.81),
        ("Potencia P2 (valle)", 0.43),
        ("Energía P1 (punta)", 16.0),
        ("Energía P2 (valle)", 15.76),
        ("Impuesto eléctrico", 2.05),
        ("Alquiler de equipos de medida", 0.83),
    ]
    assert (items[5]["quantity"], items[5]["unit_price"]) == (31.0, 0.02663)


def test_parcel_statement_rows_under_consignment_kg_and_charge_captions() -> None:
    """A carrier's statement: one row per consignment, "Items | Kg | Charge £" on the right.
    The consignment's text columns (its number, service and postcode) name the row, "Charge"
    heads its amount, the items and a bare "Kg" are the parcel's count and weight
    (information, no billed quantity); the summary box under the rows is no item."""
    head: list[Text] = [
        (50, 40, "Northway Couriers Ltd"),
        (50, 52, "4 Dock Lane, Hull HU1 2AB"),
        (360, 40, "Invoice number"),
        (460, 40, "NC-55102"),
        (360, 52, "Invoice date"),
        (460, 52, "09/03/2026"),
        (50, 100, "Tamsin Weaving Co"),
        (40, 160, "Date"),
        (95, 160, "Consignment"),
        (180, 160, "Service"),
        (270, 160, "Postcode"),
        (340, 160, "Items"),
        (385, 160, "Kg"),
        (450, 160, "Charge £"),
    ]
    shipments = [
        ("02/03/2026", "NW4418820031", "Next Day", "YO1 7HH", "1", "3", "12.40"),
        ("02/03/2026", "NW4418820047", "48 Hour", "LS2 9JT", "2", "11", "9.85"),
        ("03/03/2026", "NW4418820102", "Saturday", "S1 2BJ", "1", "1", "16.10"),
        ("04/03/2026", "NW4418820160", "48 Hour", "M1 4BT", "3", "19", "14.75"),
    ]
    rows: list[Text] = []
    for i, (date, number, service, postcode, count, kg, charge) in enumerate(shipments):
        y = 176 + 13 * i
        rows += [
            (40, y, date),
            (95, y, number),
            (180, y, service),
            (270, y, postcode),
            (350, y, count),
            (395, y, kg),
            (490, y, ">" + charge),
        ]
    totals: list[Text] = [
        (300, 260, "Carriage charges"),
        (490, 260, ">53.10"),
        (300, 273, "VAT 20%"),
        (490, 273, ">10.62"),
        (300, 286, "Total due"),
        (490, 286, ">63.72"),
    ]
    items = _items([head + rows + totals])
    assert [item.get("amount") for item in items] == [12.40, 9.85, 16.10, 14.75]
    # shipmentlist.py: the shipment's text columns right of its date name it.
    assert [item.get("description") for item in items] == [
        f"{s[1]} {s[2]} {s[3]}" for s in shipments
    ]
    # The weight is no billed quantity.
    assert [item.get("quantity") for item in items] == [None] * 4
