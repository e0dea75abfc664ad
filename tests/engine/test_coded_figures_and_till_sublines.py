"""IT resellers: a currency code printed before each figure of the price and total columns
("EUR 749,00" under "Preis/Stk.") belongs to the figure, so the price column stays a price
column (chargetext.py); a till receipt's levy note under an item ("inkl. UrhG-Abgabe 2x
0,91") is part of that item's amount, its card tender ("EC-Karte (girocard)") no item, and
the sub-lines set in under an item (serial number, order reference) no part of the next
item's name (receipt_items.py)."""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_invoice_pdf


def _items(result: dict[str, Any]) -> list[tuple[Any, ...]]:
    items = result["line_items"] or []
    return [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items]


def test_currency_code_before_each_figure_keeps_the_price_column() -> None:
    def row(y: float, qty: str, code: str, name: str, price: str, total: str) -> list[SizedText]:
        return [
            (82, y, f">{qty}", 8),
            (96, y, code, 8),
            (182, y, name, 8),
            (459, y, f">EUR {price}", 8),
            (538, y, f">EUR {total}", 8),
        ]

    texts: list[SizedText] = [
        (56, 40, "Donaublick Computer GmbH", 14),
        (57, 62, "Praterstraße 12 · 1020 Wien · UID ATU12345675", 8),
        (312, 130, "Rechnungsempfänger", 8),
        (312, 143, "Bergblick Systeme OG", 9),
        (312, 157, "Hauptplatz 3", 9),
        (312, 170, "8010 Graz", 9),
        (62, 238, "Rechnung Nr.", 8),
        (62, 251, "RE 25-001234", 8),
        (159, 238, "Datum", 8),
        (159, 251, "03.03.2025", 8),
        (55, 283, "Menge", 9),
        (96, 283, "Art.-Nr.", 8),
        (182, 283, "Bezeichnung", 9),
        (459, 283, ">Preis/Stk.", 8),
        (538, 283, ">Summe", 8),
        *row(303, "3", "NB-14-512", "Notebook 14 Zoll, 16 GB / 512 GB", "699,00", "2.097,00"),
        (182, 316, "Seriennummern: AB12345, AB12346, AB12347", 7),
        *row(340, "3", "SMV", "Speichermedienvergütung – Notebook", "9,60", "28,80"),
        *row(358, "4", "USB-64", "USB-Stick 64 GB", "7,50", "30,00"),
        (182, 371, "EAN 4006381333931", 7),
        *row(386, "1", "LIC-AV-1", "Virenschutz 1 Platz, 1 Jahr", "8,90", "8,90"),
        (182, 399, "Lizenzschlüssel: 7QX2-LL4B-99AC", 7),
        (312, 432, "Nettobetrag", 9),
        (538, 432, ">EUR 2.164,70", 9),
        (312, 447, "zzgl. 20 % USt.", 9),
        (538, 447, ">EUR 432,94", 9),
        (312, 462, "Gesamtbetrag", 9),
        (538, 462, ">EUR 2.597,64", 9),
    ]
    items = _items(extract_canonical(make_aligned_pdf(texts), use_einvoice=False))
    assert [i[1:] for i in items] == [
        (3.0, 699.0, 2097.0),
        (3.0, 9.6, 28.8),
        (4.0, 7.5, 30.0),
        (1.0, 8.9, 8.9),
    ]
    assert items[0][0].startswith("Notebook 14 Zoll, 16 GB / 512 GB")
    assert items[1][0] == "Speichermedienvergütung – Notebook"


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 8), y, text)


def test_till_levy_note_tender_and_sub_lines_are_no_items() -> None:
    rows = [
        (60, 30, "PC-WERKSTATT MÜLLER"),
        (60, 42, "Marktstraße 5"),
        (60, 54, "66111 Saarbrücken"),
        (60, 66, "St.-Nr. 040/111/22222"),
        (15, 88, "Beleg-Nr.: 2025-0301-004"),
        (15, 100, "Datum: 01.03.2025 10:12"),
        (15, 120, "Funkmaus schwarz"),
        (25, 131, "1 × 19,99"),
        _right(205, 131, "19,99 A"),
        (15, 144, "USB-Stick 64GB"),
        (25, 155, "2 × 9,99"),
        _right(205, 155, "19,98 A"),
        (25, 166, "inkl. UrhG-Abgabe 2x 0,30"),
        (15, 179, "Akkutausch Notebook"),
        (25, 190, "1 × 89,00"),
        _right(205, 190, "89,00 A"),
        (25, 201, "S/N 5CD1234XYZ"),
        (25, 212, "Auftrag WS-25-0101"),
        (15, 225, "Arbeitszeit Werkstatt Std."),
        (25, 236, "0,5 × 60,00"),
        _right(205, 236, "30,00 A"),
        (15, 256, "SUMME EUR"),
        _right(215, 256, "158,97"),
        (15, 270, "EC-Karte (girocard)"),
        _right(205, 270, "158,97"),
        (15, 282, "Rückgeld"),
        _right(205, 282, "0,00"),
        (15, 300, "A 19 % Netto 133,59"),
        _right(205, 300, "MwSt 25,38"),
        (40, 330, "Vielen Dank für Ihren Einkauf!"),
    ]
    pdf = make_invoice_pdf([rows], size=8, pagesize=(230.0, 620.0))
    assert _items(extract_canonical(pdf, use_einvoice=False)) == [
        ("Funkmaus schwarz", 1.0, 19.99, 19.99),
        ("USB-Stick 64GB", 2.0, 9.99, 19.98),
        ("Akkutausch Notebook", 1.0, 89.0, 89.0),
        ("Arbeitszeit Werkstatt Std.", 0.5, 60.0, 30.0),
    ]
