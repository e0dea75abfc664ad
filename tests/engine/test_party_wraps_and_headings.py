"""Party names real vendors' templates print around the usual cues: captions with a comma or
"Name" after them, a seller's reply address and section headings beside the window, a contact
over the company, names a narrow window or value column wraps, and centred letterheads."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with "=" is centred on x.
Text = tuple[float, float, str, float]

_TABLE: list[Text] = [
    (57, 330, "Description", 9),
    (340, 330, "Qty", 9),
    (420, 330, "Price", 9),
    (500, 330, "Amount", 9),
    (57, 348, "Consulting services", 9),
    (345, 348, "1", 9),
    (420, 348, "500.00", 9),
    (500, 348, "500.00", 9),
    (250, 810, "Page 1 / 1", 8),
]


def _names(texts: list[Text]) -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    return tuple(None if v is None else str(v.value) for v in (seller, buyer))  # type: ignore[return-value]


def test_pay_to_and_invoiced_to_captions_head_their_blocks() -> None:
    # WHMCS: "Invoiced To" over the customer, "Pay To" over the issuer, side by side.
    seller, buyer = _names(
        [
            (41, 44, "GREYFIELD", 20),
            (51, 104, "Invoice #118204", 12),
            (41, 158, "Invoiced To", 10),
            (321, 158, "Pay To", 10),
            (41, 172, "Marsh & Ives Architects Ltd", 9),
            (321, 172, "Greyfield Hosting Ltd", 9),
            (41, 184, "ATTN: Hannah Ives", 9),
            (321, 184, "Unit 4, Brindley Court", 9),
            (41, 196, "41 Gloucester Road", 9),
            (321, 196, "Stoke-on-Trent, ST1 5QN", 9),
            (41, 208, "Bristol, BS7 8AE", 9),
            (321, 208, "United Kingdom", 9),
            (41, 220, "United Kingdom", 9),
            *_TABLE,
        ]
    )
    assert (seller, buyer) == ("Greyfield Hosting Ltd", "Marsh & Ives Architects Ltd")


@pytest.mark.parametrize(
    ("caption", "name"),
    [
        ("Datos de facturación", "Lucía Moreno Pérez"),  # a Spanish web shop's block caption
        ("Empfänger", "Naturkost Oberweser eG"),  # Dolibarr's "Absender | Empfänger"
        ("Bill To,", "Mr & Mrs Okonkwo"),  # Crater closes its captions with a comma
    ],
)
def test_a_block_caption_alone_over_the_buyer(caption: str, name: str) -> None:
    _, buyer = _names(
        [
            (245, 60, "MERCALUZ SL", 18),
            (331, 128, caption, 10),
            (331, 142, name, 10),
            (331, 154, "Calle Feria 45", 10),
            (331, 166, "41003 Sevilla", 10),
            *_TABLE,
        ]
    )
    assert buyer == name


def test_a_customer_name_row_names_the_value_beside_it() -> None:
    # ERPNext's grid: "Customer Name | ...", then "Customer Address | <street>".
    _, buyer = _names(
        [
            (64, 40, "KESSLER Antriebstechnik GmbH", 14),
            (43, 158, "Customer Name", 9),
            (148, 158, "Hofmann Kältetechnik GmbH", 9),
            (43, 173, "Customer Address", 9),
            (148, 173, "Pragstraße 140", 9),
            (148, 189, "70376 Stuttgart", 9),
            *_TABLE,
        ]
    )
    assert buyer == "Hofmann Kältetechnik GmbH"


def test_the_sellers_reply_address_and_a_heading_are_no_buyer() -> None:
    # A telecom's customer-service reply address beside the window, a section heading
    # addressing the reader: the recipient is the block under them.
    _, buyer = _names(
        [
            (87, 47, "ondea", 24),
            (40, 145, "Ondea Mobile - Service Clients", 7),
            (40, 155, "TSA 40021", 7),
            (40, 165, "75377 Paris Cedex 08", 7),
            (40, 180, "Votre contrat", 10),
            (40, 192, "Offre Fixe Vert", 9),
            (40, 204, "7 impasse des Glycines, 33600 Pessac", 9),
            (321, 193, "Madame Claire Vasseur", 10),
            (321, 206, "14 allée des Tilleuls", 10),
            (321, 219, "69003 LYON", 10),
            *_TABLE,
            (150, 780, "Ondea Mobile SAS · 12 rue de la Paix · 75002 Paris · RCS Paris 123", 7),
        ]
    )
    assert buyer == "Madame Claire Vasseur"


def test_a_contact_over_the_company_in_a_caption_less_block() -> None:
    _, buyer = _names(
        [
            (203, 36, "HOTEL SEEBLICK", 20),
            (163, 76, "Hotel Seeblick Luzern AG · Haldenstrasse 33 · 6006 Luzern", 8),
            (63, 129, "Mr. David Harper", 9),
            (63, 141, "Northwind Consulting Ltd", 9),
            (63, 153, "17 Clerkenwell Close", 9),
            (63, 165, "London EC1R 0AA", 9),
            *_TABLE,
        ]
    )
    assert buyer == "Northwind Consulting Ltd"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Niedersächsische Staats- und", "Universitätsbibliothek Göttingen"),
        ("Steuerberatungsgesellschaft", "Claussen & Partner mbB"),
        ("Comunidad de Propietarios", "Residencial Los Almendros"),
    ],
)
def test_a_name_the_window_wraps_runs_on(first: str, second: str) -> None:
    _, buyer = _names(
        [
            (422, 62, "NORDLICHT", 20),
            (57, 128, "Nordlicht GmbH · Holtenauer Straße 155 · 24105 Kiel", 6),
            (57, 142, first, 10),
            (57, 154, second, 10),
            (57, 166, "Erwerbungsabteilung", 10),
            (57, 178, "Platz der Sieben 1", 10),
            (57, 190, "37073 Göttingen", 10),
            *_TABLE,
        ]
    )
    assert buyer == f"{first} {second}"


def test_a_value_column_wraps_a_name_over_several_lines() -> None:
    # An e-invoice viewer's narrow value column: "Name: | Landratsamt" / "Tübingen" /
    # "Zentrale" / "Vergabestelle", then the next caption row.
    _, buyer = _names(
        [
            (42, 23, "XRechnung Visualisierung", 10),
            (48, 80, "Käufer", 10),
            (78, 98, "Käuferreferenz:", 8),
            (190, 98, "08416000-ZV-0031", 8),
            (78, 111, "Name:", 8),
            (190, 111, "Landratsamt", 8),
            (190, 121, "Tübingen", 8),
            (190, 131, "Zentrale", 8),
            (190, 141, "Vergabestelle", 8),
            (78, 154, "Straße / Hausnr.:", 8),
            (190, 154, "Wilhelm-Keil-Straße 50", 8),
            (78, 166, "PLZ:", 8),
            (190, 166, "72072", 8),
            *_TABLE,
        ]
    )
    assert buyer == "Landratsamt Tübingen Zentrale Vergabestelle"


def test_a_floor_in_a_subject_line_is_no_legal_form() -> None:
    # "2. OG" is the second floor, no Austrian OG: the subject line names no seller.
    seller, _ = _names(
        [
            (185, 55, "Malerbetrieb Sonnleitner", 20),
            (72, 132, "Malerbetrieb Sonnleitner - Innstraße 41 - 94032 Passau", 6),
            (72, 147, "Herrn", 10),
            (72, 159, "Thomas Gebhardt", 10),
            (72, 171, "Innstraße 8", 10),
            (72, 183, "94032 Passau", 10),
            (72, 269, "Rechnung", 12),
            (72, 286, "Bauvorhaben: Renovierung Wohnung 2. OG, Innstraße 8, Passau", 10),
            *_TABLE,
        ]
    )
    assert seller == "Malerbetrieb Sonnleitner"


def test_a_centred_letterhead_with_a_trade_list_under_the_name() -> None:
    # "STUDIO TECNICO" (small) over the name, a line's gap apart; the trade list under the
    # name stands right over the address but is no name.
    seller, _ = _names(
        [
            (298, 70, "=STUDIO TECNICO", 9),
            (298, 93, "=Ing. Marco Bellandi", 18),
            (298, 110, "=Ingegneria strutturale · Collaudi · Sicurezza cantieri", 11),
            (298, 128, "=Via dei Servi, 38 – 50122 Firenze · tel. 055 2398174", 8),
            (298, 141, "=P.IVA 75156520365", 8),
            (326, 186, "Spett.le", 10),
            (326, 199, "EDILNOVA S.R.L.", 10),
            (326, 213, "Via Pratese, 211", 10),
            (326, 227, "50145 Firenze (FI)", 10),
            *_TABLE,
        ]
    )
    assert seller == "Ing. Marco Bellandi"
