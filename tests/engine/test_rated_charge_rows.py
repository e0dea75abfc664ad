"""Telecom bills list charges with no count and no price, each row's VAT rate in a last
column right of its amount ("Désignation | Montant HT | TVA" over "... | 33,29 € | 20 %")."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _letterhead() -> list[Text]:
    return [
        (50, 40, "Orvane Télécom SAS", False),
        (50, 52, "4 quai des Brumes, 44000 Nantes", False),
        (380, 90, "Facture n° F-2211-0042", False),
        (380, 102, "Date 18/03/2024", False),
    ]


def _french(rate: str) -> list[Text]:
    texts = _letterhead()
    texts += [(50, 170, "Désignation", False), (380, 170, "Montant HT", True)]
    texts.append((470, 170, "TVA", True))
    rows = [
        ("Abonnement Fibre Max", "33,29 €"),
        ("Option Bouquet TV", "4,99 €"),
        ("Location décodeur", "2,50 €"),
        ("Remise fidélité 12 mois", "-4,17 €"),
    ]
    for at, (name, amount) in enumerate(rows):
        y = 188 + 18 * at
        texts += [(50, y, name, False), (380, y, amount, True), (470, y, rate, True)]
    texts += [(330, 270, "Total HT", False), (470, 270, "36,61 €", True)]
    texts += [(330, 286, "TVA 20 %", False), (470, 286, "7,32 €", True)]
    texts += [(330, 302, "Total TTC", False), (470, 302, "43,93 €", True)]
    return texts


def test_amount_rows_with_a_rate_column_are_items() -> None:
    invoice = _invoice(_french("20 %"))
    assert [item["amount"].value for item in invoice.items] == [33.29, 4.99, 2.5, -4.17]
    assert invoice.items[0]["description"].value == "Abonnement Fibre Max"
    assert "quantity" not in invoice.items[0]


def test_bare_rates_under_a_rate_caption_beside_a_period() -> None:
    texts = _letterhead()
    texts += [(50, 170, "Descrizione", False), (250, 170, "Periodo", False)]
    texts += [(450, 170, "Importo", True), (520, 170, "IVA %", True)]
    rows = [
        ("Canone Fibra 1 Giga", "01/06/2024 - 30/06/2024", "39,90"),
        ("Opzione IP statico", "01/06/2024 - 30/06/2024", "5,00"),
        ("Sconto promozione", "01/06/2024 - 30/06/2024", "-10,00"),
    ]
    for at, (name, period, amount) in enumerate(rows):
        y = 186 + 16 * at
        texts += [(50, y, name, False), (250, y, period, False)]
        texts += [(450, y, amount, True), (520, y, "22", True)]
    texts += [(380, 250, "Imponibile", False), (520, 250, "€ 34,90", True)]
    texts += [(380, 264, "Totale documento", False), (520, 264, "€ 42,58", True)]
    invoice = _invoice(texts)
    assert [item["amount"].value for item in invoice.items] == [39.9, 5.0, -10.0]
    assert invoice.items[1]["description"].value == "Opzione IP statico"


def test_tax_amounts_under_a_bare_tax_caption_make_no_table() -> None:
    # "TVA" heading tax amounts, not rates: the rows print money there, no rate.
    texts = _letterhead()
    texts += [(50, 170, "Désignation", False), (380, 170, "Montant HT", True)]
    texts.append((470, 170, "TVA", True))
    texts += [(50, 188, "Abonnement Fibre Max", False), (380, 188, "33,29 €", True)]
    texts.append((470, 188, "6,66 €", True))
    texts += [(50, 206, "Option Bouquet TV", False), (380, 206, "4,99 €", True)]
    texts.append((470, 206, "1,00 €", True))
    invoice = _invoice(texts)
    assert invoice.items == [] or all(item["amount"].value != 6.66 for item in invoice.items)


def _consulting(caption: str) -> list[Text]:
    texts = _letterhead()
    texts += [(50, 170, "Service", False), (100, 170, "Description", False)]
    texts += [(420, 170, "Hours", True), (470, 170, "Rate", True), (540, 170, "Amount", True)]
    rows = [
        ("ANL", "Discovery workshops with finance leads", "14.5 hrs", "185.00", "2,682.50"),
        ("PM", "Project management and status reporting", "8 hrs", "150.00", "1,200.00"),
    ]
    for at, (code, name, hours, rate, amount) in enumerate(rows):
        y = 188 + 16 * at
        texts += [(50, y, code, False), (100, y, name, False), (420, y, hours, True)]
        texts += [(470, y, rate, True), (540, y, amount, True)]
    note = f"{caption} Hours are rounded to the nearest quarter hour. Timesheets are in the portal."
    texts += [(50, 218, note, False), (50, 229, "Expenses will be billed separately.", False)]
    texts += [(400, 260, "Subtotal", False), (540, 260, "3,882.50", True)]
    texts += [(400, 274, "Total", False), (540, 274, "$3,882.50", True)]
    return texts


def test_a_note_spanning_the_table_is_no_item_text() -> None:
    for caption in ("Notes:", "Note:", "Hinweis:"):
        invoice = _invoice(_consulting(caption))
        assert [item["amount"].value for item in invoice.items] == [2682.5, 1200.0]
        last = invoice.items[-1]["description"].value
        assert last == "Project management and status reporting", caption


def test_a_printers_run_and_product_captions_head_a_table() -> None:
    # "Pos. | Auflage | Druckprodukt | Preis/Einh. | Summe": the print run is the count.
    texts = _letterhead()
    texts += [(50, 170, "Pos.", False), (80, 170, "Auflage", False)]
    texts += [(150, 170, "Druckprodukt", False), (470, 170, "Preis/Einh.", True)]
    texts.append((540, 170, "Summe", True))
    texts.append((150, 186, "Drucksachen", False))
    rows = [
        ("1", "5.000 Stk", "Flyer DIN lang, 4/4-farbig", "0,048", "240,00"),
        ("2", "250 Stk", "Plakat DIN A1, gerollt", "1,36", "340,00"),
    ]
    for at, (pos, run, name, price, amount) in enumerate(rows):
        y = 200 + 14 * at
        texts += [(50, y, pos, False), (80, y, run, False), (150, y, name, False)]
        texts += [(470, y, price, True), (540, y, amount, True)]
    texts += [(150, 228, "Verpackung und Versand", False), (540, 228, "29,70", True)]
    texts += [(150, 242, "Zwischensumme Drucksachen", False), (540, 242, "609,70", True)]
    texts += [(400, 270, "Nettosumme", False), (540, 270, "609,70", True)]
    invoice = _invoice(texts)
    assert [item["amount"].value for item in invoice.items] == [240.0, 340.0, 29.7]
    assert [item.get("quantity") and item["quantity"].value for item in invoice.items[:2]] == [
        5000.0,
        250.0,
    ]
    assert invoice.items[0]["unit_price"].value == 0.048
    assert invoice.items[0]["description"].value == "Flyer DIN lang, 4/4-farbig"
