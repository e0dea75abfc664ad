"""A bold item name with a regular description line a point and a half smaller under it
(invoicing apps print the product's description so): the bold line alone names the item,
the description line being prose or not."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_sized_pdf

_HEAD = [
    (50, 60, "Acme Werbetechnik e.U.", 10.0),
    (350, 130, "Rechnungsnummer:", 10.0),
    (450, 130, "RE-0042", 10.0),
    (350, 144, "Rechnungsdatum:", 10.0),
    (450, 144, "03.06.2024", 10.0),
]


def test_a_clearly_smaller_prose_line_under_a_bold_name_is_no_part_of_it() -> None:
    lines = [
        (50, 220, "Artikel", 9.0),
        (340, 220, "Menge", 9.0),
        (430, 220, "Preis", 9.0),
        (515, 220, "Betrag", 9.0),
        (50, 240, "Fahrzeugbeschriftung Transporter", 9.0),
        (363, 240, "2", 9.0),
        (420, 240, "640,00", 9.0),
        (505, 240, "1.280,00", 9.0),
        (50, 252, "Folienplot zwei Seiten und Heck, inklusive Montage", 7.5),
        (50, 272, "Leuchtkasten einseitig", 9.0),
        (363, 272, "1", 9.0),
        (420, 272, "1.180,00", 9.0),
        (505, 272, "1.180,00", 9.0),
        (50, 284, "Acrylfront bedruckt, beleuchtet", 7.5),
        (400, 320, "Zwischensumme:", 9.0),
        (505, 320, "2.460,00", 9.0),
    ]
    bold = frozenset({"Fahrzeugbeschriftung Transporter", "Leuchtkasten einseitig"})
    result = extract_canonical(make_sized_pdf(_HEAD + lines, bold), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Fahrzeugbeschriftung Transporter",
        "Leuchtkasten einseitig",
    ]
