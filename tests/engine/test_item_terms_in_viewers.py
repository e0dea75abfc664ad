"""An e-invoice viewer marks each row with its EN 16931 business term; rows marked with an
invoice line's terms (BT-126 to BT-161: price, VAT, line net) hold that line's figures, never
the document's totals (termrefs.py, amountcaptions.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _viewer_page() -> bytes:
    texts: list[SizedText] = [
        (50, 50, "Rechnung", 14),
        (50, 80, "Rechnungsnummer: AR-2500605", 9),
        (400, 80, "BT-1", 7),
        (50, 94, "Rechnungsdatum: 12.03.2025", 9),
        (400, 94, "BT-2", 7),
        (50, 130, "Gesamtbeträge der Rechnung", 11),
        (50, 150, "Gesamtsumme ohne Umsatzsteuer:", 9),
        (330, 150, ">11.000,94", 9),
        (400, 150, "BT-109", 7),
        (50, 164, "Summe Umsatzsteuer:", 9),
        (330, 164, ">2.090,18", 9),
        (400, 164, "BT-110", 7),
        (50, 178, "Gesamtsumme mit Umsatzsteuer:", 9),
        (330, 178, ">13.091,12", 9),
        (400, 178, "BT-112", 7),
    ]
    y = 230
    for number, (price, amount) in enumerate((("5,60", "2.128,00"), ("7,93", "285,48")), 1):
        texts += [
            (50, y, f"Position {number}", 11),
            (50, y + 18, "Artikelname: Einbaupanel", 9),
            (400, y + 18, "BT-153", 7),
            (50, y + 32, "Preis pro Einheit (netto):", 9),
            (330, y + 32, ">" + price, 9),
            (400, y + 32, "BT-146", 7),
            (50, y + 46, "Umsatzsteuer: S 19 %", 9),
            (400, y + 46, "BT-151/152", 7),
            (50, y + 60, "Gesamtpreis (netto):", 9),
            (330, y + 60, ">" + amount, 9),
            (400, y + 60, "BT-131", 7),
        ]
        y += 100
    return make_aligned_pdf(texts)


def test_rows_marked_with_line_terms_give_no_document_totals() -> None:
    result: dict[str, Any] = extract_canonical(_viewer_page(), use_einvoice=False)
    fields = result["fields"]
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        11000.94,
        2090.18,
        13091.12,
    )
