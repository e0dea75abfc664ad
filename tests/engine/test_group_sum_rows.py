"""Grouped item tables ("1 Los 1 …", its positions, "Summe Gruppe 1:", "2 Los 2 …"): a
group's sum line ends no table; the positions after the next group's title are read too."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_XS = (46.0, 76.0, 300.0, 385.0, 490.0)


def _row(top: float, cells: tuple[str, ...]) -> list[tuple[float, float, str]]:
    return [(x, top, text) for x, text in zip(_XS, cells, strict=True)]


def test_table_goes_on_after_a_group_sum() -> None:
    page = [
        (46.0, 40.0, "Rechnung"),
        (46.0, 60.0, "Rechnungsnummer: RE-2025-0418"),
        (46.0, 72.0, "Rechnungsdatum: 21.03.2025"),
        *_row(110.0, ("Pos.", "Bezeichnung", "Menge", "Einzelpreis", "Gesamt")),
        (46.0, 124.0, "1"),
        (55.0, 124.0, "Los 1 Pflegearbeiten"),
        *_row(136.0, ("1.1", "Rasen mähen", "10", "5,00", "50,00")),
        *_row(148.0, ("1.2", "Hecke schneiden", "2", "40,00", "80,00")),
        (401.0, 160.0, "Summe Gruppe 1:"),
        (490.0, 160.0, "130,00"),
        (46.0, 172.0, "2"),
        (55.0, 172.0, "Los 2 Winterdienst"),
        *_row(184.0, ("2.1", "Räumeinsatz Gehwege", "3", "60,00", "180,00")),
        (401.0, 196.0, "Summe Gruppe 2:"),
        (490.0, 196.0, "180,00"),
        (348.0, 220.0, "Gesamtbetrag netto"),
        (490.0, 220.0, "310,00"),
        (348.0, 232.0, "Umsatzsteuer 19 %"),
        (490.0, 232.0, "58,90"),
        (348.0, 244.0, "Gesamtbetrag brutto"),
        (490.0, 244.0, "368,90"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Rasen mähen", 50.0),
        ("Hecke schneiden", 80.0),
        ("Räumeinsatz Gehwege", 180.0),
    ]
