"""A wholesaler's rows printing list price, discount and net unit price ("Listenpreis | Rab.% |
Netto-EP | Betrag"): the unit price is the net one, count times it giving the amount, also
on a credit note whose amounts are printed negative."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf


def _invoice(texts: list[tuple[float, float, str, bool]]) -> CanonicalInvoice:
    """Texts as (x, y from the top, text, right-aligned at x)."""
    return analysed(make_placed_pdf(texts, 8.5))


def _document(sign: str, title: str) -> list[tuple[float, float, str, bool]]:
    texts: list[tuple[float, float, str, bool]] = [
        (60, 50, "Sanitär-Großhandel Pichler GmbH", False),
        (60, 62, "Industriestraße 8, 4600 Wels", False),
        (60, 120, "Installateur Moser KG", False),
        (60, 132, "Hauptplatz 4", False),
        (60, 144, "4020 Linz", False),
        (360, 120, "Beleg-Nr. B-4471", False),
        (360, 132, "Datum 12.03.2025", False),
        (60, 190, title, False),
    ]
    top = 230.0
    for x, caption, right in (
        (60, "Art.-Nr.", False),
        (110, "Bezeichnung", False),
        (320, "Menge", True),
        (375, "Listenpreis", True),
        (410, "Rab.%", True),
        (460, "Netto-EP", True),
        (535, "Betrag", True),
    ):
        texts.append((x, top, caption, right))
    rows = [
        ("880231", "Eckventil 1/2 Zoll verchromt", "12,00", "14,50", "30", "10,15", "121,80"),
        ("880977", "Siphon Kunststoff weiß", "5,00", "22,00", "25", "16,50", "82,50"),
    ]
    for index, (code, name, qty, listed, rate, net, amount) in enumerate(rows):
        y = top + 18 + 16 * index
        texts += [
            (60, y, code, False),
            (110, y, name, False),
            (320, y, qty, True),
            (375, y, listed, True),
            (410, y, rate, True),
            (460, y, net, True),
            (535, y, sign + amount, True),
        ]
    texts += [
        (400, 300, "Nettobetrag", False),
        (535, 300, sign + "204,30", True),
        (400, 313, "USt 20 %", False),
        (535, 313, sign + "40,86", True),
        (400, 326, "Gesamtbetrag EUR", False),
        (535, 326, sign + "245,16", True),
    ]
    return texts


def test_net_unit_price_beside_list_price_and_discount() -> None:
    items = _invoice(_document("", "RECHNUNG")).items
    assert [item["unit_price"].value for item in items] == [10.15, 16.5]
    assert [item["quantity"].value for item in items] == [12.0, 5.0]


def test_net_unit_price_on_a_credit_note_with_negative_amounts() -> None:
    items = _invoice(_document("-", "GUTSCHRIFT")).items
    assert [item["unit_price"].value for item in items] == [10.15, 16.5]
    assert [abs(float(item["amount"].value)) for item in items] == [121.8, 82.5]
