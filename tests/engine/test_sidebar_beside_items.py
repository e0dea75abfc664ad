"""A narrow sidebar left of the items (the seller's address, bank, tax numbers, register),
its lines running far above and below the table: its captions ("STEUER" under the header)
name no column of the table, and its text on an item's line is no part of the item."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_sidebar_left_of_table_is_no_column_nor_item_text() -> None:
    texts: list[SizedText] = [
        (24, 40, "Atelier Nordlicht GmbH · Hafenweg 12 · 20457 Hamburg", 7),
        (200, 90, "Fischhaus Petersen OHG", 10),
        (200, 104, "Elbchaussee 201", 10),
        (200, 118, "22605 Hamburg", 10),
        (24, 90, "ANSCHRIFT", 6),
        (24, 100, "Atelier Nordlicht GmbH", 7),
        (24, 110, "Hafenweg 12", 7),
        (24, 120, "20457 Hamburg", 7),
        (24, 140, "KONTAKT", 6),
        (24, 150, "+49 40 555 123 0", 7),
        (200, 160, "Rechnung", 16),
        (200, 185, "Rechnungsnummer", 9),
        (320, 185, "AN-2024-118", 9),
        (200, 199, "Rechnungsdatum", 9),
        (320, 199, "12.06.2024", 9),
        (24, 190, "BANKVERBINDUNG", 6),
        (24, 200, "Hamburger Sparkasse", 7),
        (24, 210, "IBAN", 7),
        (24, 220, "DE12 2005 0550 1234 5678 90", 7),
        (24, 230, "BIC HASPDEHHXXX", 7),
        (200, 240, "Leistung", 9),
        (395, 240, "Anzahl", 9),
        (460, 240, "Einzel", 9),
        (520, 240, "Summe", 9),
        (24, 252, "STEUER", 6),
        (24, 262, "USt-IdNr.", 7),
        (200, 262, "Konzeptworkshop mit Team", 9),
        (420, 262, "1", 9),
        (450, 262, "1.200,00", 9),
        (514, 262, "1.200,00", 9),
        (24, 272, "DE123456788", 7),
        (200, 284, "Illustrationen Speisekarte", 9),
        (420, 284, "6", 9),
        (457, 284, "150,00", 9),
        (520, 284, "900,00", 9),
        (24, 296, "REGISTER", 6),
        (24, 306, "Amtsgericht Hamburg", 7),
        (200, 306, "Fotografie Gerichte", 9),
        (420, 306, "2", 9),
        (457, 306, "400,00", 9),
        (520, 306, "800,00", 9),
        (24, 316, "HRB 123456", 7),
        (24, 330, "Geschäftsführung:", 7),
        (24, 340, "Mara Holm", 7),
        (370, 360, "Nettobetrag", 9),
        (505, 360, "2.900,00 €", 9),
        (370, 374, "Umsatzsteuer 19 %", 9),
        (505, 374, "551,00 €", 9),
        (370, 388, "Rechnungsbetrag", 9),
        (505, 388, "3.451,00 €", 9),
    ]
    result = extract_canonical(make_sized_pdf(texts), use_einvoice=False)
    names = [line["description"] for line in result["line_items"]]
    assert names == [
        "Konzeptworkshop mit Team",
        "Illustrationen Speisekarte",
        "Fotografie Gerichte",
    ]
    assert [line["amount"] for line in result["line_items"]] == [1200.0, 900.0, 800.0]
