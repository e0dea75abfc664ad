"""Discount and surcharge sub-rows under an item of an ERP print ("Rabatt | -4,00 % | -12,80",
"Metallzuschlag 0,90 EUR/KG | 27,00", "Remise 10 % | 31,20" under a credit note's item): part
of the item above, which keeps the amount on its own row; never an item of their own, nor the
end of the table."""

from __future__ import annotations

from dataclasses import dataclass

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # from the top
    text: str
    right: bool = False  # x is the right edge


def _invoice(texts: list[_Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf([(t.x, t.y, t.text, t.right) for t in texts], 8.5))


def _head() -> list[_Text]:
    return [
        _Text(60, 50, "Weserland Maschinenteile GmbH"),
        _Text(60, 62, "Hafenallee 7, 28197 Bremen"),
        _Text(60, 120, "Kranbau Emsland KG"),
        _Text(60, 132, "Industriestraße 30"),
        _Text(60, 144, "49716 Meppen"),
        _Text(380, 120, "Rechnung 7710452"),
        _Text(380, 132, "Datum 02.06.2025"),
        _Text(60, 200, "Pos."),
        _Text(90, 200, "Material"),
        _Text(170, 200, "Bezeichnung"),
        _Text(372, 200, "Menge ME", right=True),
        _Text(420, 200, "Preis", right=True),
        _Text(428, 200, "PE"),
        _Text(520, 200, "Wert EUR", right=True),
    ]


# (position, material, name, count, price, price unit, amount, [(caption, rate, sum)])
_Item = tuple[str, str, str, str, str, str, str, list[tuple[str, str, str]]]


def _table(items: list[_Item], sign: str = "") -> tuple[list[_Text], float]:
    texts: list[_Text] = []
    y = 216.0
    for pos, material, name, count, price, unit, amount, subrows in items:
        texts += [
            _Text(60, y, pos),
            _Text(90, y, material),
            _Text(170, y, name),
            _Text(372, y, count, right=True),
            _Text(420, y, price, right=True),
            _Text(424, y, unit),
            _Text(520, y, amount + sign, right=True),
            _Text(170, y + 10, "Liefertermin: 28.05.2025"),
        ]
        y += 10
        for caption, rate, figure in subrows:
            y += 10
            texts.append(_Text(186, y, caption))
            if rate:
                texts.append(_Text(372, y, rate, right=True))
            texts.append(_Text(520, y, figure, right=True))
        y += 16
    return texts, y


def _totals(y: float, net: str) -> list[_Text]:
    return [
        _Text(330, y + 10, "Summe Positionen"),
        _Text(520, y + 10, net, right=True),
        _Text(330, y + 23, "Endbetrag EUR"),
        _Text(520, y + 23, "999,00", right=True),
    ]


def _rows(invoice: CanonicalInvoice) -> list[tuple[object, ...]]:
    return [
        (item["description"].value, item["quantity"].value, item["amount"].value)
        for item in invoice.items
    ]


def test_discount_and_surcharge_sub_rows_stay_with_their_item() -> None:
    texts, y = _table(
        [
            (
                "10",
                "ZK-2210",
                "Zahnkranz Modul 3, 42 Zähne",
                "4 ST",
                "80,00",
                "1 ST",
                "320,00",
                [("Rabatt", "-4,00 %", "-12,80")],
            ),
            (
                "20",
                "SR-0812",
                "Sicherungsring DIN 471 A 30",
                "600 ST",
                "19,50",
                "100 ST",
                "117,00",
                [],
            ),
            (
                "30",
                "RS-4471",
                "Rundstahl C45 Ø 40 mm, blank",
                "30 KG",
                "6,10",
                "1 KG",
                "183,00",
                [("Metallzuschlag 0,90 EUR/KG", "", "27,00")],
            ),
            (
                "40",
                "LG-6205",
                "Rillenkugellager 6205-2RS",
                "10 ST",
                "7,40",
                "1 ST",
                "74,00",
                [("Korting 5%", "", "-3,70")],
            ),
            ("50", "PR-31", "Prüfbescheinigung 3.1", "1 ST", "30,00", "1 ST", "30,00", []),
        ]
    )
    invoice = _invoice(_head() + texts + _totals(y, "735,50"))
    assert _rows(invoice) == [
        ("Zahnkranz Modul 3, 42 Zähne", 4.0, 320.0),
        ("Sicherungsring DIN 471 A 30", 600.0, 117.0),
        ("Rundstahl C45 Ø 40 mm, blank", 30.0, 183.0),
        ("Rillenkugellager 6205-2RS", 10.0, 74.0),
        ("Prüfbescheinigung 3.1", 1.0, 30.0),
    ]


def test_unsigned_discount_under_a_credit_notes_item_is_no_item() -> None:
    texts, y = _table(
        [
            (
                "10",
                "GM-0450",
                "Getriebemotor 0,55 kW",
                "2 ST",
                "156,00",
                "1 ST",
                "312,00",
                [("Rabatt 10,00 %", "", "31,20")],
            ),
            ("20", "FL-0450", "Flanschadapter B14", "2 ST", "18,00", "1 ST", "36,00", []),
        ],
        sign="-",
    )
    invoice = _invoice(_head() + texts + _totals(y, "316,80-"))
    assert [(d, q, abs(a)) for d, q, a in _rows(invoice)] == [  # type: ignore[arg-type]
        ("Getriebemotor 0,55 kW", 2.0, 312.0),
        ("Flanschadapter B14", 2.0, 36.0),
    ]
