"""A small trader's list of work: item, count with its unit ("1 ks"), line price with the
currency after it ("14 800,00 CZK"), captions naming no amount column over it. The count is
the quantity, no part of the name, and the captions are no paragraph of the first item."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_count_cells_and_captions_over_a_listed_table() -> None:
    page = [
        (50, 60, "Jan Example - truhlarstvi"),
        (50, 100, "FAKTURA c. 24-018"),
        (50, 114, "Datum vystaveni: 4.4.2024"),
        (50, 200, "Item"),
        (380, 200, "Quantity"),
        (500, 200, "Price"),
        (50, 212, "Vyroba a montaz vestavene skrine do predsine, dub masiv, 240x260 cm"),
        (405, 212, "1 ks"),
        (460, 212, "14 800,00 CZK"),
        (50, 228, "Montazni material (kovani, panty, uchytky)"),
        (405, 228, "2 ks"),
        (465, 228, "2 350,00 CZK"),
        (300, 260, "Celkem k uhrade:"),
        (460, 260, "17 150,00 CZK"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [
        (i["description"], i["quantity"], i["unit_price"], i["amount"])
        for i in result["line_items"]
    ] == [
        (
            "Vyroba a montaz vestavene skrine do predsine, dub masiv, 240x260 cm",
            1.0,
            14800.0,
            14800.0,
        ),
        ("Montazni material (kovani, panty, uchytky)", 2.0, 1175.0, 2350.0),
    ]
