"""Party blocks and head lines of round fixA: a Spanish co-owners' community named after its
street with no caption over its block, an Italian number's date wrapped under it past the
recipient block's interleaved line, a Dutch carry line naming the page in words after
"Transport", and a Courier return address sharing its line with the meta column's caption."""

from __future__ import annotations

import datetime
from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.carrylines import CARRIED
from facturist.engine.extraction import analyse, read_for_canonical
from facturist.engine.partyblocks import window_address

from .conftest import ONE_ITEM_AND_TOTALS, header_values, make_invoice_pdf, make_sized_pdf

Page = list[tuple[float, float, str]]


def test_uncaptioned_spanish_owners_community_named_after_its_street() -> None:
    # "Comunidad de Propietarios Arturo Soria 210": its building's street and number in the
    # name, the addressee's block all the same (as "Sameiet ...", "Condominio ...").
    fields = header_values(
        [
            (380, 40, "Elevadores Meseta, S.L."),
            (432, 56, "C/ Santa Engracia 141"),
            (481, 67, "28003 Madrid"),
            (475, 79, "CIF B86419371"),
            (50, 101, "Comunidad de Propietarios Arturo Soria 210"),
            (50, 113, "A/A: D. Fernando Gil"),
            (50, 125, "Administración de fincas"),
            (50, 137, "C/ Arturo Soria 210"),
            (50, 149, "28043 Madrid"),
            (50, 194, "FACTURA"),
            (50, 216, "Número 2024-A-00214"),
            (50, 228, "Fecha 02/04/2024"),
        ]
    )
    assert fields["buyer_name"] == "Comunidad de Propietarios Arturo Soria 210"


_ITALIAN_HEAD: Page = [
    (50, 45, "TERMOIDRAULICA"),
    (50, 91, "Rossi Impianti S.r.l."),
    (50, 102, "Via Emilia Est 402, 41126 Modena"),
    (320, 150, "Destinatario"),
    (320, 162, "Caseificio Sociale Val Panaro Soc. Coop. Agr."),
    (320, 174, "Via per Vignola 15"),
    (320, 186, "41058 Vignola (MO)"),
    (50, 162, "Fattura n. 2024/418"),
]


def test_number_date_under_it_past_the_recipient_blocks_interleaved_line() -> None:
    # "del 05/12/2024" under "Fattura n. 2024/418", set lower than the recipient block's
    # street beside it: the next line of the number's column is the date's.
    fields = header_values(
        [
            *_ITALIAN_HEAD,
            (50, 183, "del 05/12/2024"),
            (50, 202, "Rif. vs. ordine n. 77 del 18/11/2024"),
        ]
    )
    assert fields["invoice_number"] == "2024/418"
    assert fields["invoice_date"] == datetime.date(2024, 12, 5)


def test_an_order_date_under_the_number_stays_no_issue_date() -> None:
    fields = header_values([*_ITALIAN_HEAD, (50, 183, "Rif. vs. ordine n. 77 del 18/11/2024")])
    assert "invoice_date" not in fields


def _items(*pages: Page) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


_HEADER: Page = [(60, 220, "Omschrijving"), (300, 220, "Aantal"), (370, 220, "Prijs")]
_HEADER += [(470, 220, "Bedrag")]


def _rows(first: int, count: int, top: float) -> Page:
    rows: Page = []
    for n in range(first, first + count):
        y = top + 16 * (n - first)
        rows += [(60, y, f"Tegel {n}"), (300, y, "2"), (370, y, "5,00"), (470, y, "10,00")]
    return rows


def test_carry_captions_naming_the_page_in_words_after_transport() -> None:
    # The page named in Dutch words after the carry's caption ("van vorige pagina", "naar
    # volgende pagina"), as after "Übertrag" ("aus vorheriger Seite").
    for text in (
        "Transport van vorige pagina 9.239,90",
        "Transport naar volgende pagina 9.239,90",
    ):
        assert CARRIED.match(text) is not None, text


def test_dutch_transport_from_the_previous_page_named_in_words() -> None:
    # "Transport van vorige pagina 30,00" heads page two: the running sum, the rows go on.
    head: Page = [
        (50, 60, "De Groene Vlinder B.V."),
        (350, 130, "Factuurnummer:"),
        (450, 130, "2024-0419"),
        (350, 144, "Factuurdatum:"),
        (450, 144, "26-04-2024"),
    ]
    first = head + _HEADER + _rows(1, 3, 240) + [(300, 300, "Transport"), (470, 300, "30,00")]
    second = [
        *_HEADER,
        (340, 240, "Transport van vorige pagina"),
        (470, 240, "30,00"),
        *_rows(4, 2, 256),
        (350, 300, "Totaal excl. btw"),
        (470, 300, "50,00"),
    ]
    names = [i["description"] for i in _items(first, second)]
    assert names == [f"Tegel {n}" for n in range(1, 6)]


def test_courier_return_address_beside_the_meta_columns_caption() -> None:
    # Courier sets the return address's words apart in cells, and the meta column's first
    # caption ("Rechnung Nr.:") stands a little closer than a window's gap after its town:
    # the window's column still ends at the town, the recipient under it.
    texts = [
        (148, 39, "Rheinland Office Catering", 16),
        (50, 103, "Rheinland Office Catering e.K. · Deutzer Freiheit 71 · 50679 Köln", 6),
        (315, 103, "Rechnung Nr.:", 8),
        (440, 103, "2024-11-0457", 8),
        (315, 111, "Datum:", 8),
        (440, 111, "29.11.2024", 8),
        (50, 120, "Medienhaus Ehrenfeld GmbH", 9),
        (315, 127, "Kunden-Nr.:", 8),
        (440, 127, "4410", 8),
        (50, 131, "Empfang / Einkauf", 9),
        (50, 144, "Venloer Str. 389", 9),
        (50, 157, "50825 Köln", 9),
        *((x, y, text, 9) for x, y, text in ONE_ITEM_AND_TOTALS),
    ]
    pdf = make_sized_pdf(texts, font="Courier")
    buyer, _sender = window_address(analyse(read_for_canonical(pdf).texts)[0].lines)
    assert buyer is not None and buyer.value == "Medienhaus Ehrenfeld GmbH"
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Medienhaus Ehrenfeld GmbH"
