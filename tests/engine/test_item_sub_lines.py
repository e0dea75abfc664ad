"""An item's second line, printed a point smaller under its name (web-service invoices set
the period or the basis in 8 points under a 9-point name), is part of the description; a
line clearly smaller (7 under 8.5 points) stays a detail."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_sized_pdf

_HEAD = [
    (50, 60, "Acme Hosting SAS", 10.0),
    (350, 130, "Invoice number:", 10.0),
    (450, 130, "INV-7", 10.0),
    (350, 144, "Invoice date:", 10.0),
    (450, 144, "05.03.2024", 10.0),
]


def test_a_second_line_one_point_smaller_belongs_to_the_name() -> None:
    lines = [
        (41, 220, "Description", 9.0),
        (351, 220, "Quantité", 9.0),
        (400, 220, "Prix unitaire HT", 9.0),
        (517, 220, "Total HT", 9.0),
        (41, 240, "Sauvegarde automatisée VPS", 9.0),
        (386, 240, "1", 9.0),
        (445, 240, "3,00 €", 9.0),
        (530, 240, "3,00 €", 9.0),
        (41, 252, "vps-3f2a81c7.hxc.net – du 03/03/2025 au 02/04/2025", 8.0),
        (41, 265, "Nom de domaine atelier-vervoort.fr", 9.0),
        (386, 265, "1", 9.0),
        (445, 265, "7,99 €", 9.0),
        (530, 265, "7,99 €", 9.0),
        (41, 277, "Renouvellement 1 an – jusqu'au 05/03/2026", 8.0),
        (432, 310, "Total HT", 9.0),
        (522, 310, "10,99 €", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(_HEAD + lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Sauvegarde automatisée VPS vps-3f2a81c7.hxc.net – du 03/03/2025 au 02/04/2025",
        "Nom de domaine atelier-vervoort.fr Renouvellement 1 an – jusqu'au 05/03/2026",
    ]


def test_a_listed_name_s_second_line_a_point_smaller_belongs_to_it() -> None:
    # No column captions: a list of names and amounts that adds up to the net.
    lines = [
        (40, 216, "Commission on stayed reservations", 9.0),
        (503, 216, "EUR 2,763.00", 9.0),
        (41, 228, "Room sales EUR 18,420.00 at 15%", 8.0),
        (40, 244, "Commission corrections", 9.0),
        (512, 244, "EUR -37.80", 9.0),
        (40, 256, "Cancelled reservation 4418203957 (no-show waived)", 8.0),
        (396, 290, "Subtotal", 9.0),
        (496, 290, "EUR 2,725.20", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(_HEAD + lines), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Commission on stayed reservations Room sales EUR 18,420.00 at 15%",
        "Commission corrections Cancelled reservation 4418203957 (no-show waived)",
    ]


def test_a_count_with_its_times_sign_and_a_currency_sign_set_apart() -> None:
    # Web shop: "1x" under "Aantal", "€ 849,00" with the sign apart, a free delivery row.
    lines = [
        (40, 220, "Aantal", 9.0),
        (76, 220, "Product", 9.0),
        (422, 220, "Prijs", 9.0),
        (530, 220, "Totaal", 9.0),
        (41, 240, "1x", 9.0),
        (75, 240, "Zentro ThinkBook 14 G6", 9.0),
        (407, 240, "€ 849,00", 9.0),
        (522, 240, "€ 849,00", 9.0),
        (40, 254, "2x", 9.0),
        (76, 254, "USB-C dockingstation 7-in-1", 9.0),
        (412, 254, "€ 44,95", 9.0),
        (527, 254, "€ 89,90", 9.0),
        (41, 268, "1x", 9.0),
        (76, 268, "Bezorging", 9.0),
        (416, 268, "€ 0,00", 9.0),
        (532, 268, "€ 0,00", 9.0),
        (374, 300, "Totaal excl. btw", 9.0),
        (518, 300, "€ 938,90", 9.0),
    ]
    result = extract_canonical(make_sized_pdf(_HEAD + lines), use_einvoice=False)
    assert [(i["description"], i["quantity"]) for i in result["line_items"]] == [
        ("Zentro ThinkBook 14 G6", 1.0),
        ("USB-C dockingstation 7-in-1", 2.0),
        ("Bezorging", 1.0),
    ]
