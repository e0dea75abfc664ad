"""Items printed as numbered position blocks with "caption: value" sub-lines and the net
amount at the right (compact e-invoice viewers)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _block(
    top: float, number: int, name: list[str], amount: str, rows: list[str]
) -> list[tuple[float, float, str]]:
    out = [(52.0, top, f"{number}. {name[0]}"), (474.0, top, "Gesamtbetrag netto")]
    subs = name[1:] + rows
    for offset, text in enumerate(subs, start=1):
        out.append((66.0, top + 11 * offset, text))
    out.append((499.0, top + 11, amount))
    return out


_HEAD = [
    (52.0, 40.0, "Rechnung"),
    (52.0, 60.0, "Rechnungsnummer: RE-2025-0815"),
    (52.0, 72.0, "Rechnungsdatum: 07.03.2025"),
    (52.0, 110.0, "Positionen"),
]


def test_numbered_position_blocks() -> None:
    blocks = _block(
        130,
        1,
        ["2023 Riesling Kabinett feinherb, Graacher Himmelreich", "0,75 l"],
        "301,32 €",
        [
            "Artikelnummer: W-2103",
            "Menge: 36,0000 XBO",
            "Preis netto: 8,3700 €",
            "USt-Satz: 19,00 % (S)",
        ],
    ) + _block(
        210,
        2,
        ["Schweißarbeiten Reparatur Kellertür"],
        "186,00 €",
        ["Artikelnummer: RE-SCHW", "Menge: 3,0000 HUR", "Preis netto: 62,0000 €"],
    )
    tail = [(51.0, 290.0, "Summe Positionen netto"), (496.0, 290.0, "487,32 €")]
    result = extract_canonical(make_invoice_pdf([_HEAD + blocks + tail]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        ("2023 Riesling Kabinett feinherb, Graacher Himmelreich 0,75 l", 36.0, 8.37, 301.32),
        ("Schweißarbeiten Reparatur Kellertür", 3.0, 62.0, 186.0),
    ]


def test_numbered_terms_are_no_positions() -> None:
    terms = [
        (52.0, 130.0, "1. Zahlung innerhalb von 14 Tagen"),
        (66.0, 141.0, "Hinweis: Skonto 2 %"),
        (52.0, 160.0, "2. Gerichtsstand ist Berlin"),
    ]
    result = extract_canonical(make_invoice_pdf([_HEAD + terms]), use_einvoice=False)
    assert result["line_items"] == []
