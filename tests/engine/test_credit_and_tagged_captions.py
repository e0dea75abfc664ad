"""Item table headers a credit note or an e-invoice viewer prints:

* "Item | Qty | Price | Credit (ex VAT)": a credit note captions its line amounts by what is
  credited, beside a bare "Price";
* "Menge | Einh. Preis (BT-146) | Netto (BT-131)": a viewer tags each caption with its business
  term, which the reader drops, the figures standing right-aligned under the whole tag.
"""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _items(invoice: CanonicalInvoice) -> list[tuple[object, ...]]:
    return [
        tuple(
            item[key].value if item.get(key) is not None else None
            for key in ("quantity", "unit_price", "amount")
        )
        for item in invoice.items
    ]


def _credit_note() -> list[Text]:
    texts: list[Text] = [
        (50, 40, "Moorside Hardware Ltd", False),
        (50, 52, "3 Canal Wharf, Leeds LS1 4AB", False),
        (50, 64, "VAT Reg. No. 284 7716 20", False),
        (380, 90, "Credit Note No. CN-4410", False),
        (380, 102, "Date 12/02/2025", False),
        (50, 150, "CREDIT NOTE", False),
        (50, 180, "Item", False),
        (380, 180, "Qty", True),
        (455, 180, "Price", True),
        (545, 180, "Credit (ex VAT)", True),
    ]
    rows = [
        ("Returned: cordless jigsaw, unopened", "1", "84.17", "84.17"),
        ("Damaged in transit: hole saw kit", "3", "12.50", "37.50"),
        ("Carriage refund", "1", "6.95", "6.95"),
    ]
    for n, (name, count, price, amount) in enumerate(rows):
        y = 196 + 14 * n
        texts += [(50, y, name, False), (380, y, count, True)]
        texts += [(455, y, price, True), (545, y, amount, True)]
    texts += [(400, 260, "Total credit ex VAT", False), (545, 260, "128.62", True)]
    texts += [(400, 272, "VAT @ 20%", False), (545, 272, "25.72", True)]
    texts += [(400, 284, "Total credit", False), (545, 284, "154.34", True)]
    return texts


def test_credit_caption_heads_the_amounts_beside_count_and_price() -> None:
    invoice = _invoice(_credit_note())
    assert _items(invoice) == [(1.0, 84.17, 84.17), (3.0, 12.5, 37.5), (1.0, 6.95, 6.95)]


def _viewer_invoice() -> list[Text]:
    texts: list[Text] = [
        (50, 40, "Rechnung", False),
        (50, 60, "Rechnungsnummer 2025-0815", False),
        (50, 72, "Rechnungsdatum 03.03.2025", False),
        (50, 150, "Rechnungspositionen", False),
        (47, 168, "Pos.", False),
        (73, 168, "Bezeichnung (BT-153)", False),
        (327, 168, "Menge", False),
        (386, 168, "Einh. Preis (BT-146)", False),
        (487, 168, "Netto (BT-131)", False),
    ]
    rows = [
        ("Schraube DIN 912 M6 x 20", "2", "H87", "5,85", "11,70"),
        ("Mutter DIN 934 M8 (100er VE)", "9", "VE", "4,50", "40,50"),
        ("Unterlegscheibe DIN 125 M10", "3", "VE", "4,01", "12,03"),
    ]
    for n, (name, count, unit, price, amount) in enumerate(rows):
        y = 184 + 14 * n
        texts += [(47, y, str(n + 1), False), (73, y, name, False), (354, y, count, True)]
        texts += [(386, y, unit, False), (469, y, price, True), (549, y, amount, True)]
    texts += [(380, 240, "Summe netto", False), (549, 240, "64,23", True)]
    texts += [(380, 252, "Umsatzsteuer 19 %", False), (549, 252, "12,20", True)]
    texts += [(380, 264, "Gesamtbetrag", False), (549, 264, "76,43", True)]
    return texts


def test_tagged_captions_span_their_dropped_business_terms() -> None:
    invoice = _invoice(_viewer_invoice())
    assert _items(invoice) == [(2.0, 5.85, 11.7), (9.0, 4.5, 40.5), (3.0, 4.01, 12.03)]
