"""Condition lines under an ERP's item row (a surcharge, a rebate) and the position's net
value under them: one item per position, its amount the net value."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _position(
    top: float, number: str, name: str, conditions: list[tuple[str, str]]
) -> list[tuple[float, float, str]]:
    rows = [
        (57.0, top, number),
        (171.0, top, name),
        (329.0, top, "400 ST"),
        (399.0, top, "10,00 / 100 ST"),
        (516.0, top, "40,00"),
    ]
    for offset, (caption, amount) in enumerate(conditions, start=1):
        rows += [(171.0, top + 12 * offset, caption), (519.0, top + 12 * offset, amount)]
    return rows


def test_conditions_merge_into_the_position_net_value() -> None:
    page = [
        (57.0, 40.0, "Muster Verbindungstechnik GmbH"),
        (57.0, 80.0, "Rechnung 9100234871 vom 12.03.2024"),
        (57.0, 120.0, "Pos."),
        (171.0, 120.0, "Bezeichnung"),
        (340.0, 120.0, "Menge"),
        (436.0, 120.0, "Preis"),
        (507.0, 120.0, "Wert EUR"),
    ]
    page += _position(
        136.0,
        "000010",
        "Sechskantschraube M10",
        [
            ("Legierungszuschlag", "10,00"),
            ("Positionsrabatt 5,00 %", "-2,50"),
            ("Positionswert netto", "47,50"),
        ],
    )
    page += _position(200.0, "000020", "Sechskantmutter M10", [("Positionswert netto", "40,00")])
    page += [
        (341.0, 250.0, "Nettowert"),
        (507.0, 250.0, "87,50"),
        (341.0, 262.0, "MwSt 19,00 %"),
        (516.0, 262.0, "16,63"),
        (341.0, 274.0, "Endbetrag EUR"),
        (507.0, 274.0, "104,13"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Sechskantschraube M10", 47.5),
        ("Sechskantmutter M10", 40.0),
    ]
