"""Advance and partial invoices bill a share of a base: "Pos | Bezeichnung | Anteil | Basis
netto | Betrag netto" over "1 | Anzahlung ... | 30 % | 18.500,00 | 5.550,00". The header
names only the text and the amount; the row proves the table, its share of the base being
its amount."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf


def _invoice(texts: list[tuple[float, float, str, bool]]) -> CanonicalInvoice:
    """Texts as (x, y from the top, text, right-aligned at x)."""
    return analysed(make_placed_pdf(texts, 9))


def _document(
    captions: tuple[str, str, str, str, str], share: str
) -> list[tuple[float, float, str, bool]]:
    texts: list[tuple[float, float, str, bool]] = [
        (60, 50, "Holzbau Gruber GmbH", False),
        (60, 62, "Seestraße 14, 6020 Innsbruck", False),
        (60, 120, "Familie Hofer", False),
        (60, 132, "Dorfweg 3", False),
        (60, 144, "6060 Hall in Tirol", False),
        (360, 120, "Rechnung Nr. AZ-5521", False),
        (360, 132, "Datum 14.04.2025", False),
        (60, 190, "TEILRECHNUNG", False),
    ]
    top = 230.0
    for (x, right), caption in zip(
        ((60, False), (90, False), (380, True), (455, True), (535, True)), captions, strict=True
    ):
        texts.append((x, top, caption, right))
    texts += [
        (60, top + 20, "1", False),
        (90, top + 20, "Anzahlung Dachstuhl laut Angebot AN-771", False),
        (380, top + 20, share, True),
        (455, top + 20, "18.500,00", True),
        (535, top + 20, "5.550,00", True),
        (330, 290, "Auftragssumme netto", False),
        (535, 290, "EUR 18.500,00", True),
        (330, 305, "Teilbetrag netto", False),
        (535, 305, "EUR 5.550,00", True),
        (330, 320, "zuzüglich 20 % USt.", False),
        (535, 320, "EUR 1.110,00", True),
        (330, 335, "Rechnungsbetrag", False),
        (535, 335, "EUR 6.660,00", True),
    ]
    return texts


def test_share_of_a_base_is_an_item() -> None:
    texts = _document(("Pos.", "Bezeichnung", "Anteil", "Basis netto", "Betrag netto"), "30 %")
    items = _invoice(texts).items
    assert len(items) == 1
    assert items[0]["amount"].value == 5550.0
    assert items[0]["description"].value == "Anzahlung Dachstuhl laut Angebot AN-771"


def test_share_of_a_base_in_english() -> None:
    texts = _document(("No.", "Description", "Share", "Base", "Amount"), "30%")
    items = _invoice(texts).items
    assert [item["amount"].value for item in items] == [5550.0]
