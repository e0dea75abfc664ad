"""E-invoice viewer prints with the parties side by side, one term a row ("Verkäufer |
Käufer" over "BT-27 name | BT-44 name", the postcode and the town on rows of their own, the
IDs bare), and the pieces of a block that are no part of its postal address: a department
before the reader ("Technik / Herr ..."), a degree before a name ("Dipl.-Ing. ..."), a sole
trader's owner or the firm's own name opening a one-line letterhead address."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.letterheadtagline import tagline_pieces_off
from facturist.engine.model import Value
from facturist.engine.namepiece import name_piece_off
from facturist.engine.readerlines import reader_line

from .conftest import make_invoice_pdf

Text = tuple[float, float, str]


def _viewer_page() -> list[Text]:
    texts: list[Text] = [(60, 40, "E-Rechnung · Rechnung (380)")]
    head = [("Belegnummer", "BT-1", "WF-25-0731"), ("Belegdatum", "BT-2", "03.06.2025")]
    head += [("Währung", "BT-5", "EUR")]
    y = 70.0
    for caption, ref, value in head:
        texts += [(57, y, caption), (204, y, ref), (255, y, value)]
        y += 13
    y += 12
    parties = [
        ("Verkäufer", 57, ["Wellenfeld Akustik GmbH", "Talstraße 14", "07743", "Jena", "DE"]),
        ("Käufer", 303, ["Kornblum Logistik AG", "Uferweg 3", "18055", "Rostock", "DE"]),
    ]
    ids = {"Verkäufer": "DE135792460", "Käufer": "DE246813573"}
    refs = ["BT-27", "BT-35", "BT-38", "BT-37", "BT-40"]
    for title, x, rows in parties:
        texts.append((x, y, title))
        for offset, (ref, value) in enumerate(
            zip([*refs, "BT-31"], [*rows, ids[title]], strict=True), 1
        ):
            texts += [(x, y + 13 * offset, ref), (x + 37, y + 13 * offset, value)]
    y += 13 * 8
    texts += [(57, y, "Positionen"), (300, y + 20, "Gesamt netto"), (480, y + 20, "100,00 EUR")]
    texts += [(300, y + 34, "Umsatzsteuer 19 %"), (480, y + 34, "19,00 EUR")]
    texts += [(300, y + 48, "Gesamt brutto"), (480, y + 48, "119,00 EUR")]
    return texts


def test_side_by_side_tagged_blocks_keep_their_headings_and_addresses() -> None:
    fields = extract_canonical(make_invoice_pdf([_viewer_page()]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Wellenfeld Akustik GmbH"
    assert fields["buyer_name"] == "Kornblum Logistik AG"
    # The postcode alone over the town alone: one town line.
    assert fields["seller_address"] == "Talstraße 14, 07743 Jena, DE"
    assert fields["buyer_address"] == "Uferweg 3, 18055 Rostock, DE"
    # The buyer's ID, bare in its block.
    assert fields["seller_vat_id"] == "DE135792460"
    assert fields["buyer_vat_id"] == "DE246813573"


def test_department_and_titled_person_lines_are_readers() -> None:
    assert reader_line("Technik / Herr Pätzold")
    assert reader_line("Dipl.-Ing. Jan Ostermann")
    assert reader_line("Prof. Dr.-Ing. Klaus Weber")
    assert reader_line("Dr. med. Anna Kessler")
    assert not reader_line("Dr. Klein GmbH")
    assert not reader_line("Dr.-Ing. Müller Straße 5")


def _one_line(text: str) -> Value:
    return Value(text, text, ())


def test_owner_piece_opening_a_letterhead_line_goes() -> None:
    found = tagline_pieces_off(_one_line("Inh. Greta Vollmer, Lindenallee 9, 79098 Freiburg"))
    assert found is not None
    assert found.value == "Lindenallee 9, 79098 Freiburg"


def test_firm_name_opening_a_letterhead_line_goes() -> None:
    found = name_piece_off(
        _one_line("Moorbach Baustoff-Handel, Kanalweg 40, 26122 Oldenburg"),
        "Moorbach Baustoff-Handel GmbH & Co. KG",
    )
    assert found is not None
    assert found.value == "Kanalweg 40, 26122 Oldenburg"
    # A piece that shares only the brand word is kept.
    kept = name_piece_off(_one_line("Moorbach Hof, Kanalweg 40, 26122 Oldenburg"), "Moorbach GmbH")
    assert kept is not None
    assert kept.value == "Moorbach Hof, Kanalweg 40, 26122 Oldenburg"
