"""A wholesaler's item table with a list price, a discount and a net price, its header on
two lines ("Prix brut | Rem. | Prix net | Montant" over "HT | % | HT | HT € | TVA") and a tax
code closing each row: the amount is the one captioned "Montant", the unit price the net one
(tableheader.py, netprices.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _rows(texts: list[SizedText]) -> list[tuple[Any, ...]]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def _table(rows: list[tuple[str, str, str, str, str, str, str]]) -> list[SizedText]:
    texts: list[SizedText] = [
        (42, 40, "Quincaillerie Dauphinoise", 12),
        (42, 56, "22 rue des Alliés - 38100 Grenoble", 8),
        (42, 100, "FACTURE", 12),
        (320, 100, "Bricolage Perrin SARL", 9),
        (42, 116, "N° facture :", 8),
        (110, 116, "FQ-77120", 8),
        (320, 116, "5 place Grenette", 9),
        (42, 128, "Date :", 8),
        (110, 128, "14/03/2025", 8),
        (320, 128, "38000 Grenoble", 9),
        (339, 200, "Prix brut", 7),
        (379, 200, "Rem.", 7),
        (418, 200, "Prix net", 7),
        (503, 200, "Montant", 7),
        (42, 205, "Référence", 7),
        (108, 205, "Désignation", 7),
        (296, 205, "Qté", 7),
        (313, 205, "U", 7),
        (359, 208, "HT", 7),
        (390, 208, "%", 7),
        (435, 208, "HT", 7),
        (515, 208, "HT €", 7),
        (538, 205, "TVA", 7),
    ]
    y = 230
    for ref, text, qty, gross, disc, net, amount in rows:
        texts += [
            (42, y, ref, 7),
            (108, y, text, 7),
            (308, y, ">" + qty, 7),
            (313, y, "P", 7),
            (368, y, ">" + gross, 7),
            (396, y, ">" + disc, 7),
            (444, y, ">" + net, 7),
            (530, y, ">" + amount, 7),
            (543, y, "1", 7),
        ]
        y += 13
    texts += [
        (360, y + 20, "Total HT", 9),
        (500, y + 20, "131,10 €", 9),
        (360, y + 34, "Total TVA", 9),
        (500, y + 34, "26,22 €", 9),
        (360, y + 48, "Total TTC", 9),
        (500, y + 48, "157,32 €", 9),
    ]
    return texts


def test_net_price_and_montant_column_beside_a_tax_code() -> None:
    texts = _table(
        [
            ("VIS-4040", "Vis bois fraisée 4x40", "6", "12,40", "25", "9,30", "55,80"),
            ("CHE-0812", "Cheville nylon 8x40, sachet de 100", "10", "9,50", "20", "7,60", "76,00"),
        ]
    )
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    # The tax code "1" under "TVA" is no rate of 1 %.
    assert [i.get("vat_rate") for i in result["line_items"]] == [None, None]
    assert _rows(texts) == [
        ("Vis bois fraisée 4x40", 6.0, 9.3, 55.8),
        ("Cheville nylon 8x40, sachet de 100", 10.0, 7.6, 76.0),
    ]
