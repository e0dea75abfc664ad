"""A metered price quoted per a thousand units in its own cell ("0,42 € / 1 000"): the price
is the figure before the slash, the divisor no figure of the row."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _page(price: str) -> Page:
    return [
        (50, 50, "Cumulo Cloud SAS"),
        (50, 64, "3 rue Neuve, 31000 Toulouse"),
        (400, 50, "FACTURE"),
        (60, 110, "N° FC-2291"),
        (60, 122, "Date : 02/06/2025"),
        (60, 170, "Client :"),
        (60, 182, "Boulangerie Marot SARL"),
        (50, 240, "Désignation"),
        (300, 240, "Qté"),
        (380, 240, "P.U. HT"),
        (500, 240, "Montant HT"),
        (50, 256, "Abonnement Pro"),
        (300, 256, "1"),
        (388, 256, "50,00 €"),
        (500, 256, "50,00 €"),
        (50, 272, "Requêtes API"),
        (300, 272, "250 000"),
        (355, 272, price),  # its divisor under the caption, the price left of it
        (500, 272, "100,00 €"),
        (380, 320, "Total HT"),
        (500, 320, "150,00 €"),
        (380, 334, "TVA 20 %"),
        (500, 334, "30,00 €"),
        (380, 348, "Total TTC"),
        (500, 348, "180,00 €"),
    ]


def _rows(price: str) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf([_page(price)]), use_einvoice=False)
    rows: list[dict[str, Any]] = result["line_items"]
    return rows


def test_price_per_thousand_after_a_slash() -> None:
    rows = _rows("0,40 € / 1 000")
    assert [(r["quantity"], r["unit_price"], r["amount"]) for r in rows] == [
        (1.0, 50.0, 50.0),
        (250000.0, 0.4, 100.0),
    ]


def test_price_per_thousand_after_per() -> None:
    rows = _rows("0,40 € per 1.000")
    assert rows[1]["unit_price"] == 0.4
