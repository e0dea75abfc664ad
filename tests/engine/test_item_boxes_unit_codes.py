"""Position boxes of e-invoice viewers whose quantities carry a UN/ECE unit code with digits
("6,0000 H87"), whose heading leads with the business group ("BG-25 Rechnungsposition 1") and
whose unit price is captioned "Nettopreis"."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _box(top: float, heading: str, rows: list[tuple[str, str]]) -> list[tuple[float, float, str]]:
    out = [(57.0, top, heading)]
    for offset, (caption, value) in enumerate(rows, start=1):
        out += [(57.0, top + 12 * offset, caption), (241.0, top + 12 * offset, value)]
    return out


_HEAD = [
    (57.0, 40.0, "Rechnung"),
    (57.0, 60.0, "Rechnungsnummer:"),
    (241.0, 60.0, "RE-2025-0815"),
    (57.0, 72.0, "Rechnungsdatum:"),
    (241.0, 72.0, "07.03.2025"),
    (57.0, 120.0, "Rechnungspositionen"),
]


def test_unit_codes_with_digits() -> None:
    boxes = _box(
        140,
        "Position 1",
        [
            ("Artikelnummer:", "BS-1140"),
            ("Bezeichnung:", "Bürodrehstuhl ergonomisch"),
            ("Menge:", "6,0000 H87"),
            ("Preis pro Einheit (netto):", "289,00"),
            ("Gesamtpreis (netto):", "1.734,00"),
        ],
    ) + _box(
        230,
        "Position 2",
        [
            ("Bezeichnung:", "Montage vor Ort"),
            ("Menge:", "4,5000 HUR"),
            ("Preis pro Einheit (netto):", "58,00"),
            ("Gesamtpreis (netto):", "261,00"),
        ],
    )
    result = extract_canonical(make_invoice_pdf([_HEAD + boxes]), use_einvoice=False)
    assert [(i["description"], i["quantity"], i["amount"]) for i in result["line_items"]] == [
        ("Bürodrehstuhl ergonomisch", 6.0, 1734.0),
        ("Montage vor Ort", 4.5, 261.0),
    ]


def test_business_group_heading_and_nettopreis() -> None:
    boxes = _box(
        140,
        "BG-25 Rechnungsposition 1",
        [
            ("Artikelname (BT-153)", "Brettschichtholz GL24h"),
            ("Menge (BT-129)", "18,6000"),
            ("Einheit (BT-130)", "MTQ"),
            ("Nettopreis (BT-146)", "742,00"),
            ("Nettobetrag (BT-131)", "13.801,20"),
        ],
    ) + _box(
        230,
        "BG-25 Rechnungsposition 2",
        [
            ("Artikelname (BT-153)", "Autokran 40 t"),
            ("Menge (BT-129)", "2,0000"),
            ("Nettopreis (BT-146)", "1.180,00"),
            ("Nettobetrag (BT-131)", "2.360,00"),
        ],
    )
    result = extract_canonical(make_invoice_pdf([_HEAD + boxes]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        ("Brettschichtholz GL24h", 18.6, 742.0, 13801.2),
        ("Autokran 40 t", 2.0, 1180.0, 2360.0),
    ]
