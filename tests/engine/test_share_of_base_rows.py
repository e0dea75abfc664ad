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


def test_base_then_bare_rate_under_a_percent_caption() -> None:
    """A commission statement: "Omschrijving | Omzet | % | Bedrag" over "€ 86.420,00 | 3,5 |
    € 3.024,70", the base first and the rate bare under its "%" caption; the base's share is
    the amount, no count or price."""
    texts: list[tuple[float, float, str, bool]] = [
        (60, 50, "Brinkman Agency B.V.", False),
        (60, 62, "Kerkstraat 12, 3811 CV Amersfoort", False),
        (60, 120, "Feinkost Lehmann GmbH", False),
        (60, 132, "Billwerder Deich 7", False),
        (60, 144, "20539 Hamburg", False),
        (360, 120, "Factuurnummer 2024-0042", False),
        (360, 132, "Factuurdatum 08-04-2024", False),
        (60, 190, "PROVISIEFACTUUR", False),
        (60, 230, "Omschrijving", False),
        (380, 230, "Omzet", True),
        (455, 230, "%", True),
        (535, 230, "Bedrag", True),
    ]
    rows = [
        ("Provisie Q1 – Noord", "€ 86.420,00", "3,5", "€ 3.024,70"),
        ("Provisie Q1 – Zuid", "€ 31.905,60", "4,0", "€ 1.276,22"),
    ]
    for index, (text, base, rate, amount) in enumerate(rows):
        y = 250 + 14 * index
        texts += [(60, y, text, False), (380, y, base, True), (455, y, rate, True)]
        texts.append((535, y, amount, True))
    texts += [
        (60, 280, "Vaste vergoeding beursdeelname", False),
        (535, 280, "€ 750,00", True),
        (380, 310, "Subtotaal", False),
        (535, 310, "€ 5.050,92", True),
        (380, 325, "Totaal te betalen", False),
        (535, 325, "€ 5.050,92", True),
    ]
    items = _invoice(texts).items
    assert [item["amount"].value for item in items] == [3024.7, 1276.22, 750.0]
    assert items[0]["description"].value == "Provisie Q1 – Noord"
    assert all("quantity" not in item and "unit_price" not in item for item in items)
