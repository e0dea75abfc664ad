"""E-invoice viewer prints (XRechnung / ZUGFeRD / Peppol visualisations) as label/value rows.

Conventions:
- A viewer heads each position's box "Position 1" and prints the line identifier (EN 16931
  BT-126) as the box's first row under the same word, "Position | 1": the row repeats the
  heading, it opens no second box.
- Viewers tag each row with its business term in any notation: "(BT-27)" / "[BT-27]" /
  "BT-27:" in a column of their own or after the caption, "BT-27 Seller name" before it (the
  EN 16931 renderings). The tag is never part of the caption or the value.
- A two-column grid box prints two "caption | value" pairs on one row ("Artikelname | Abbund
  | Menge | 18,4"); a monospace print splits a caption into words ("Preis | pro | Einheit |
  (netto) | 2.480,00 EUR").
- A bilingual viewer prints both languages' captions and headings: "Artikelname / Item name",
  "Position / Line 1", "Name / Seller name", "Straße / Address line 1".
- EN 16931 renderings print their captions without colons in a label column sized for the
  longest label ("Seller name | Datenwerk GmbH" over "Address line 1 | Hafenstraße 48"): the
  rows under the name are the party's address rows.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.itemboxes import boxed_items
from facturist.engine.positionblocks import block_items
from facturist.engine.termrefs import without_term_refs

from .conftest import make_invoice_pdf, spaced_lines

Row = tuple[float, float, str]


def _positions(heading: str, id_caption: str, rows: list[tuple[str, list[str]]]) -> list[Row]:
    out: list[Row] = []
    top = 100.0
    for number, (name, (count, price, amount)) in enumerate(rows, start=1):
        out.append((50.0, top, f"{heading} {number}"))
        pairs = [
            (id_caption, str(number)),
            ("Artikelname", name),
            ("Menge", count),
            ("Einheit", "H87"),
            ("Preis pro Einheit (netto)", price),
            ("Umsatzsteuersatz", "19,00 %"),
            ("Gesamtpreis (netto)", amount),
        ]
        for offset, (caption, value) in enumerate(pairs, start=1):
            out += [(55.0, top + 14 * offset, caption), (240.0, top + 14 * offset, value)]
        top += 14 * (len(pairs) + 2)
    return out


_TWO = [
    ("Schreibblock A4", ["20,00", "1,45", "29,00"]),
    ("Ordner blau", ["40,00", "2,49", "99,60"]),
]


def _read(page: list[Row]) -> list[tuple[object, ...]]:
    lines = spaced_lines(page)
    items = boxed_items(lines) or block_items(lines)
    return [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in items
    ]


def test_an_identifier_row_under_the_heading_word_repeats_the_heading() -> None:
    assert _read(_positions("Position", "Position", _TWO)) == [
        ("Schreibblock A4", 20.0, 1.45, 29.0),
        ("Ordner blau", 40.0, 2.49, 99.6),
    ]


def _texts(page: list[Row]) -> list[str]:
    return [
        " | ".join(c.text for c in line.cells) for line in without_term_refs(spaced_lines(page))
    ]


def test_every_notation_of_a_term_tag_leaves_the_caption() -> None:
    page: list[Row] = [
        (50, 100, "Name"),
        (120, 100, "(BT-27)"),
        (200, 100, "Brauerei Kesselring GmbH"),
        (50, 114, "Straße (BT-35)"),
        (200, 114, "Mühlgasse 2-6"),
        (50, 128, "BT-38 Post code"),
        (200, 128, "96047"),
        (50, 142, "Ort [BT-37]"),
        (200, 142, "Bamberg"),
    ]
    assert _texts(page) == [
        "Name | Brauerei Kesselring GmbH",
        "Straße | Mühlgasse 2-6",
        "Post code | 96047",
        "Ort | Bamberg",
    ]


def test_a_leading_reference_stays_where_the_page_tags_no_rows() -> None:
    page: list[Row] = [(50, 100, "BT-100 Bluetooth Lautsprecher"), (300, 100, "49,90")]
    assert _texts(page) == ["BT-100 Bluetooth Lautsprecher | 49,90"]


def test_two_column_grid_rows_and_tagged_captions() -> None:
    page: list[Row] = [(50, 100, "Position 1.1")]
    rows = [
        ("Artikelname (BT-153)", "Abbund und Aufrichten", "Menge (BT-129)", "18,4"),
        ("Einheit (BT-130)", "Kubikmeter (MTQ)", "Preis pro Einheit (netto) (BT-146)", "612,00 €"),
        ("Umsatzsteuer (BT-151)", "S", "Umsatzsteuersatz (BT-152)", "19,00 %"),
    ]
    for offset, (c1, v1, c2, v2) in enumerate(rows, start=1):
        top = 100 + 14 * offset
        page += [(52, top, c1), (170, top, v1), (300, top, c2), (460, top, v2)]
    page += [(52, 156, "Gesamtpreis (netto) (BT-131)"), (170, 156, "11.260,80 €")]
    items = boxed_items(without_term_refs(spaced_lines(page)))
    assert [
        (i["description"].value, i["quantity"].value, i["unit_price"].value) for i in items
    ] == [("Abbund und Aufrichten", 18.4, 612.0)]


def test_monospace_caption_words_before_the_figure() -> None:
    page: list[Row] = [(50, 100, "Position 1")]
    rows = [
        ["Artikelname", "Empfangstresen", "Eiche"],
        ["Menge", "2"],
        ["Preis", "pro", "Einheit", "(netto)", "185,00 EUR"],
        ["Gesamtpreis", "(netto)", "370,00 EUR"],
    ]
    for offset, cells in enumerate(rows, start=1):
        page += [(52 + 70 * k, 100 + 14 * offset, text) for k, text in enumerate(cells)]
    assert _read(page) == [("Empfangstresen Eiche", 2.0, 185.0, 370.0)]


def test_bilingual_headings_and_captions() -> None:
    page: list[Row] = [(50, 100, "Position / Line 1")]
    rows = [
        ("Position / Invoice line identifier", "1"),
        ("Artikelname / Item name", "PV-Modul Glas-Glas 435 Wp"),
        ("Menge / Invoiced quantity", "24.0000"),
        ("Preis pro Einheit (netto) / Item net price", "168.0000"),
        ("Gesamtpreis (netto) / Invoice line net amount", "4032.00"),
    ]
    for offset, (caption, value) in enumerate(rows, start=1):
        page += [(52, 100 + 14 * offset, caption), (300, 100 + 14 * offset, value)]
    assert _read(page) == [("PV-Modul Glas-Glas 435 Wp", 24.0, 168.0, 4032.0)]


def _party_page(captions: list[str], values_x: float) -> list[Row]:
    seller = ["Datenwerk Systems GmbH", "Hafenstraße 48", "48153", "Münster", "DE"]
    buyer = ["Van Houten Logistiek B.V.", "Waalhaven 112", "3087 BM", "Rotterdam", "NL"]
    page: list[Row] = [
        (50, 40, "Commercial invoice"),
        (52, 60, "Invoice number"),
        (values_x, 60, "DWS-2025-00341"),
        (52, 74, "Invoice issue date"),
        (values_x, 74, "2025-03-31"),
    ]
    for top, heading, values, role in (
        (110, "SELLER", seller, "Seller"),
        (210, "BUYER", buyer, "Buyer"),
    ):
        page.append((50, top, heading))
        for offset, (caption, value) in enumerate(zip(captions, values, strict=True), start=1):
            page += [
                (52, top + 14 * offset, caption.replace("ROLE", role)),
                (values_x, top + 14 * offset, value),
            ]
    page += [
        (300, 400, "Invoice total amount without VAT"),
        (480, 400, "100.00"),
        (300, 414, "Invoice total VAT amount"),
        (480, 414, "0.00"),
        (300, 428, "Amount due for payment"),
        (480, 428, "100.00"),
    ]
    return page


def test_colonless_label_column_far_from_its_values_gives_the_address() -> None:
    captions = ["ROLE name", "Address line 1", "Post code", "City", "Country code"]
    fields = extract_canonical(make_invoice_pdf([_party_page(captions, 250)]), use_einvoice=False)
    assert fields["fields"]["seller_address"] == "Hafenstraße 48, 48153 Münster, DE"


def test_bilingual_party_captions() -> None:
    captions = [
        "Name / ROLE name",
        "Straße / Address line 1",
        "PLZ / Post code",
        "Ort / City",
        "Ländercode / Country code",
    ]
    fields = extract_canonical(make_invoice_pdf([_party_page(captions, 250)]), use_einvoice=False)
    assert fields["fields"]["seller_name"] == "Datenwerk Systems GmbH"
    assert fields["fields"]["buyer_name"] == "Van Houten Logistiek B.V."
    assert fields["fields"]["seller_address"] == "Hafenstraße 48, 48153 Münster, DE"
