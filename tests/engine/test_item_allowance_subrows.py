"""An item's line allowances and charges printed under it in grey sub-rows by e-invoice
viewers and wholesale software ("Bruttobetrag 60 × 7,90  474,00", "abzgl. Staffelrabatt
10 %  -47,40", "Nachlass: 10 % Aktionsrabatt  -44,28", "zzgl. Pfand  +3,60"): the workings of
the item's amount, which already holds them, no items of their own nor the table's end."""

from __future__ import annotations

from dataclasses import dataclass

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Align, Drawn, analysed, make_pdf

_BLACK = (0.0, 0.0, 0.0)
_GREY = (0.3, 0.3, 0.3)


@dataclass(frozen=True)
class _Text:
    x: float
    y: float  # from the top
    text: str
    size: float = 9.0
    bold: bool = False
    colour: tuple[float, float, float] = _BLACK
    right: bool = False  # x is the right edge


def _invoice(texts: list[_Text]) -> CanonicalInvoice:
    aligns: dict[bool, Align] = {False: "left", True: "right"}
    drawn = [
        Drawn(t.x, t.y, t.text, "Helvetica", t.size, aligns[t.right], t.colour, t.bold)
        for t in texts
    ]
    return analysed(make_pdf(drawn))


def _head() -> list[_Text]:
    return [
        _Text(60, 50, "Getränkehandel Moser GmbH", 14, bold=True),
        _Text(60, 66, "Kellerweg 4, 67098 Bad Dürkheim"),
        _Text(60, 120, "Gasthaus Zur Linde"),
        _Text(60, 132, "Hafenstraße 2"),
        _Text(60, 144, "55116 Mainz"),
        _Text(380, 120, "Rechnung Nr. 24-7712"),
        _Text(380, 132, "Datum: 19.09.2024"),
        _Text(60, 200, "Pos", bold=True),
        _Text(85, 200, "Artikel", bold=True),
        _Text(350, 200, "Menge", bold=True, right=True),
        _Text(420, 200, "Preis", bold=True, right=True),
        _Text(470, 200, "USt", bold=True, right=True),
        _Text(540, 200, "Betrag", bold=True, right=True),
    ]


# (name, count, price, amount, [(caption, sum)] of grey sub-rows under it)
_Item = tuple[str, str, str, str, list[tuple[str, str]]]


def _table(items: list[_Item]) -> tuple[list[_Text], float]:
    texts: list[_Text] = []
    y = 216.0
    for index, (name, count, price, amount, workings) in enumerate(items):
        texts += [
            _Text(60, y, str(index + 1)),
            _Text(85, y, name),
            _Text(350, y, count, right=True),
            _Text(420, y, price, right=True),
            _Text(470, y, "19 %", right=True),
            _Text(540, y, amount, right=True),
        ]
        for caption, figure in workings:
            y += 11
            texts.append(_Text(93, y, caption, 7.5, colour=_GREY))
            texts.append(_Text(540, y, figure, 7.5, colour=_GREY, right=True))
        y += 16
    return texts, y


def _totals(y: float, net: str) -> list[_Text]:
    return [
        _Text(380, y + 10, "Nettobetrag"),
        _Text(540, y + 10, net, right=True),
        _Text(380, y + 23, "Rechnungsbetrag", bold=True),
        _Text(540, y + 23, "999,00", bold=True, right=True),
    ]


def _amounts(invoice: CanonicalInvoice) -> list[object]:
    return [item["amount"].value for item in invoice.items]


def test_gross_allowance_and_charge_sub_rows_are_the_items_workings() -> None:
    texts, y = _table(
        [
            (
                "Riesling Kabinett trocken, 0,75 l",
                "60",
                "7,90",
                "426,60",
                [("Bruttobetrag 60 × 7,90", "474,00"), ("abzgl. Staffelrabatt 10 %", "-47,40")],
            ),
            (
                "Traubensaft rot, 1 l Mehrweg",
                "24",
                "3,20",
                "80,40",
                [("Bruttobetrag 24 × 3,20", "76,80"), ("zzgl. Pfandabwicklung", "+3,60")],
            ),
            ("Secco Rosé, 0,75 l", "24", "6,90", "165,60", []),
        ]
    )
    invoice = _invoice(_head() + texts + _totals(y, "672,60"))
    assert _amounts(invoice) == [426.6, 80.4, 165.6]
    assert [item["description"].value for item in invoice.items] == [
        "Riesling Kabinett trocken, 0,75 l",
        "Traubensaft rot, 1 l Mehrweg",
        "Secco Rosé, 0,75 l",
    ]


def test_captioned_allowance_under_the_first_item_does_not_end_the_table() -> None:
    texts, y = _table(
        [
            (
                "Matjesfilet nordische Art, 2 kg",
                "18",
                "24,60",
                "398,52",
                [("Nachlass: 10 % Aktionsrabatt", "-44,28")],
            ),
            ("Krabbenfleisch Nordsee, 1 kg", "12", "46,90", "562,80", []),
            (
                "Einwegschalen Zuckerrohr",
                "6",
                "38,00",
                "240,00",
                [("Zuschlag: Mindermengenzuschlag", "+12,00")],
            ),
            ("Kühlakkus Leihgebühr", "20", "0,80", "16,00", []),
        ]
    )
    invoice = _invoice(_head() + texts + _totals(y, "1.217,32"))
    assert _amounts(invoice) == [398.52, 562.8, 240.0, 16.0]
