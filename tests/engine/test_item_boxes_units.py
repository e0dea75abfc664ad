"""Position boxes whose captions carry their business-term reference in brackets
("Menge (BT-129):") and whose figures carry a unit or currency ("8 Stück", "9,50 EUR")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _box(top: float, number: int, rows: list[tuple[str, str]]) -> list[tuple[float, float, str]]:
    out = [(57.0, top, f"Position {number}")]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(57.0, top + 12 * offset, caption), (241.0, top + 12 * offset, value)]
    return out


def test_position_boxes_with_bracketed_references_and_units() -> None:
    head = [
        (57.0, 40.0, "Rechnung"),
        (57.0, 60.0, "Rechnungsnummer (BT-1):"),
        (241.0, 60.0, "RIG-2025-004471"),
        (57.0, 72.0, "Rechnungsdatum (BT-2):"),
        (241.0, 72.0, "07.03.2025"),
        (57.0, 120.0, "Rechnungspositionen"),
    ]
    first = _box(
        140,
        1,
        [
            ("Artikelname (BT-153):", "Flaschenmiete 50-l-Flasche"),
            ("Menge (BT-129):", "8 Stück"),
            ("Preis pro Einheit netto (BT-146):", "9,50 EUR"),
            ("Umsatzsteuersatz (BT-152):", "19 %"),
            ("Gesamtpreis netto (BT-131):", "76,00 EUR"),
        ],
    )
    second = _box(
        220,
        2,
        [
            ("Artikelname (BT-153):", "Gefahrgutzuschlag Zustellung"),
            ("Menge (BT-129):", "1 Pauschale"),
            ("Preis pro Einheit netto (BT-146):", "24,90 EUR"),
            ("Gesamtpreis netto (BT-131):", "24,90 EUR"),
        ],
    )
    result = extract_canonical(make_invoice_pdf([head + first + second]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        ("Flaschenmiete 50-l-Flasche", 8.0, 9.5, 76.0),
        ("Gefahrgutzuschlag Zustellung", 1.0, 24.9, 24.9),
    ]
