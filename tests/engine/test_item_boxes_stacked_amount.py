"""Position boxes whose net amount caption ends a row and its figure stands under it on the
row below: XRechnung visualisations that print the position's number as the box's first row
("Position (BT-126) | 1 | Nettobetrag (BT-131)") and the amount on the item name's row."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Row = tuple[float, float, str]


def _items(rows: list[Row]) -> list[tuple[object, ...]]:
    result = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    return [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ]


def _tagged_box(top: float, number: int, name: str, figures: tuple[str, str, str]) -> list[Row]:
    quantity, price, amount = figures
    return [
        (49, top, "Position (BT-126)"),
        (171, top, str(number)),
        (469, top, "Nettobetrag (BT-131)"),
        (48, top + 12, "Artikelname (BT-153)"),
        (171, top + 12, name),
        (494, top + 12, amount),
        (49, top + 24, "Menge (BT-129)"),
        (171, top + 24, quantity),
        (49, top + 36, "Nettopreis (BT-146)"),
        (171, top + 36, price),
    ]


def test_amount_under_the_caption_beside_the_position_number() -> None:
    rows: list[Row] = [
        (40, 60, "Rechnungsnummer (BT-1)"),
        (200, 60, "LO-2025-0007"),
        (40, 73, "Rechnungsdatum (BT-2)"),
        (200, 73, "10.06.2025"),
        (40, 120, "Rechnungspositionen"),
        *_tagged_box(
            145, 1, "Tachymeter Leihgerät, 2 Wochen", ("2 Woche", "420,00 EUR", "840,00 EUR")
        ),
        *_tagged_box(210, 2, "Nivellierlatte 5 m", ("3 Stk", "118,50 EUR", "355,50 EUR")),
        (315, 280, "Summe Nettobeträge (BT-106)"),
        (495, 280, "1.195,50"),
        (348, 293, "Zahlbetrag (BT-115)"),
        (491, 293, "1.422,65"),
    ]
    assert _items(rows) == [
        ("Tachymeter Leihgerät, 2 Wochen", 2.0, 420.0, 840.0),
        ("Nivellierlatte 5 m", 3.0, 118.5, 355.5),
    ]


def test_amount_caption_ending_a_row_inside_the_box() -> None:
    """A French box: the amount caption ends the description's row, and the item is named by
    its description where the box prints no name row."""
    rows: list[Row] = [
        (40, 60, "Facture n° FA-2025-0113"),
        (40, 73, "Date de facture : 12/05/2025"),
        (40, 120, "Lignes de facture"),
    ]
    for top, number, name, quantity, price, amount in (
        (145, 1, "Vis inox A2 M6", "400 H87", "0,25 €", "100,00 €"),
        (205, 2, "Rondelles plates M6", "200 H87", "0,10 €", "20,00 €"),
    ):
        rows += [
            (50, top, f"Ligne {number}"),
            (50, top + 12, "Description de l'article"),
            (200, top + 12, name),
            (450, top + 12, "Montant net"),
            (50, top + 24, "Quantité facturée"),
            (200, top + 24, quantity),
            (455, top + 24, amount),
            (50, top + 36, "Prix net"),
            (200, top + 36, price),
        ]
    rows += [(300, 280, "Total HT"), (455, 280, "120,00 €")]
    assert _items(rows) == [
        ("Vis inox A2 M6", 400.0, 0.25, 100.0),
        ("Rondelles plates M6", 200.0, 0.1, 20.0),
    ]
