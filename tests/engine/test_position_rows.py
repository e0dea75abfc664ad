"""A numbered row whose text opens with a label and a count ("Benutzerverwaltung: 3
Austritte") is an item of its own, not a price detail of the item above."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (56, 60, "Nordcode IT GmbH"),
    (350, 130, "Rechnungsnummer:"),
    (460, 130, "RE-2025-117"),
    (350, 144, "Rechnungsdatum:"),
    (460, 144, "28.02.2025"),
]


def test_a_numbered_row_with_a_label_and_a_count_is_an_item() -> None:
    rows = [
        (56, 300, "Pos."),
        (81, 300, "Datum"),
        (149, 300, "Leistung"),
        (389, 300, "Menge"),
        (440, 300, "Einzelpreis"),
        (510, 300, "Gesamt"),
        (56, 316, "7"),
        (81, 316, "07.02.2025"),
        (149, 316, "Backup-Restore Testlauf Fileserver"),
        (401, 316, "2 Std."),
        (448, 316, "135,00"),
        (510, 316, "270,00"),
        (56, 331, "8"),
        (81, 331, "10.02.2025"),
        (149, 331, "Benutzerverwaltung: 3 Austritte, 2 Eintritte"),
        (389, 331, "1,25 Std."),
        (448, 331, "115,00"),
        (510, 331, "143,75"),
        (56, 346, "9"),
        (81, 346, "11.02.2025"),
        (149, 346, "WLAN-Ausleuchtung Halle 2 vor Ort"),
        (401, 346, "4 Std."),
        (448, 346, "115,00"),
        (510, 346, "460,00"),
        (380, 375, "Summe netto"),
        (505, 375, "873,75"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + rows]), use_einvoice=False)
    assert [(i["amount"], i["quantity"]) for i in result["line_items"]] == [
        (270.0, 2.0),
        (143.75, 1.25),
        (460.0, 4.0),
    ]
