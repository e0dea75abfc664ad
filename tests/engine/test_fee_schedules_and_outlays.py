"""Fee notes and fee-schedule tables of the liberal professions.

Conventions:
- A French (or Belgian, Swiss) lawyer's note charges VAT on the fees only, prints "Total
  honoraires TTC", then the pass-through costs ("Débours", disbursements, outlays) and the
  note's total: the total is the last sum, holding the outlays; the tax stays the VAT.
- A German notary's or court's cost note ("Kostenberechnung", GNotKG) bills by the cost
  schedule's number ("KV-Nr."), names the fee's ground ("Gebührentatbestand"), prints the
  object value ("Geschäftswert") and the fee's rate ("Satz"): neither is a price of one.
  A working joined to a row's name by a comma ("…, 12 Seiten à 0,50 EUR") stays in the name.
- A private doctor's bill (GOÄ) prints "Datum | GOÄ | Leistungsbezeichnung | Punkte | Faktor
  | Anz. | EUR": the points and the factor are no part of the name, "Anz." is the count.
- An architect's fee-stage claim prints "Stage fee | % compl. | Fee to date | Prev. invoiced
  | This invoice": the row bills this invoice's column; "% compl." is no VAT rate. Expenses
  under a caption after the fees' sum are rows too.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_Page = list[tuple[float, float, str]]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """Text ending at x1, as right-aligned figures are printed."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _extract(page: _Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return result


def _rows(page: _Page) -> list[tuple[Any, ...]]:
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in _extract(page)["line_items"]
    ]


def test_lawyers_note_total_holds_the_outlays_after_the_taxed_fees() -> None:
    page = [
        (57, 50, "CABINET MARCHAND AVOCATS | 12, rue de la République"),
        (400, 64, "69002 Lyon"),
        (57, 120, "Lyon, le 3 mars 2025"),
        (330, 120, "SARL BOISSET"),
        (330, 134, "8, place Bellecour, 69002 Lyon"),
        (57, 180, "NOTE D'HONORAIRES N° 2025-041"),
        (60, 220, "Date"),
        (120, 220, "Diligences"),
        (480, 220, "Montant HT"),
        (60, 238, "10/02/2025"),
        (120, 238, "Consultation et analyse du contrat"),
        _right(530, 238, "900,00"),
        (60, 254, "18/02/2025"),
        (120, 254, "Rédaction des conclusions"),
        _right(530, 254, "1 300,00"),
        (330, 290, "Total honoraires HT"),
        _right(530, 290, "2 200,00"),
        (330, 304, "TVA 20 %"),
        _right(530, 304, "440,00"),
        (330, 318, "Total honoraires TTC"),
        _right(530, 318, "2 640,00"),
        (330, 332, "Débours"),
        _right(530, 332, "47,30"),
        (330, 346, "TOTAL DE LA NOTE"),
        _right(530, 346, "2 687,30"),
    ]
    fields = _extract(page)["fields"]
    assert fields["total_amount"] == 2687.30
    assert fields["tax_amount"] == 440.0


def test_notary_cost_schedule_rows_bill_the_fee_not_the_rate() -> None:
    page = [
        (57, 50, "Notar Dr. Otto Brenner · Domplatz 3 · 48143 Münster"),
        (57, 110, "Herrn Paul Kessler"),
        (57, 124, "Ludgeristraße 9, 48143 Münster"),
        (380, 110, "Münster, den 12. Mai 2025"),
        (57, 170, "Kostenberechnung Nr. 2025/118"),
        (60, 220, "KV-Nr."),
        (110, 220, "Gebührentatbestand"),
        (330, 220, "Geschäftswert"),
        (420, 220, "Satz"),
        (480, 220, "Betrag EUR"),
        (60, 238, "21200"),
        (110, 238, "Beurkundungsverfahren (Vollmacht)"),
        _right(400, 238, "80.000,00"),
        (420, 238, "1,0"),
        _right(530, 238, "219,00"),
        (60, 254, "32001"),
        (110, 254, "Dokumentenpauschale, 12 Seiten à 0,50 EUR"),
        _right(530, 254, "6,00"),
        (330, 284, "Summe Gebühren und Auslagen"),
        _right(530, 284, "225,00"),
        (330, 298, "Umsatzsteuer 19 %"),
        _right(530, 298, "42,75"),
        (330, 312, "Rechnungsbetrag"),
        _right(530, 312, "267,75"),
    ]
    rows = _rows(page)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Beurkundungsverfahren (Vollmacht)", None, 219.0),
        ("Dokumentenpauschale, 12 Seiten à 0,50 EUR", 0.5, 6.0),
    ]


def test_doctors_fee_schedule_count_column_is_the_quantity() -> None:
    page = [
        (57, 50, "Dr. med. Lena Vogt · Praxis für Allgemeinmedizin · Ringstraße 4 · 34117 Kassel"),
        (57, 110, "Frau Ines Roth"),
        (57, 124, "Gartenweg 7, 34119 Kassel"),
        (380, 110, "Rechnungs-Nr. 25-0310"),
        (380, 124, "Datum 02.06.2025"),
        (57, 170, "PRIVATÄRZTLICHE LIQUIDATION"),
        (60, 220, "Datum"),
        (112, 220, "GOÄ"),
        (145, 220, "Leistungsbezeichnung"),
        (370, 220, "Punkte"),
        (410, 220, "Faktor"),
        (450, 220, "Anz."),
        (500, 220, "EUR"),
        (60, 238, "12.05.2025"),
        (112, 238, "5"),
        (145, 238, "Symptombezogene Untersuchung"),
        _right(395, 238, "80"),
        (410, 238, "2,3"),
        (455, 238, "1"),
        _right(530, 238, "10,72"),
        (60, 254, "19.05.2025"),
        (112, 254, "1"),
        (145, 254, "Beratung"),
        _right(395, 254, "80"),
        (410, 254, "2,3"),
        (455, 254, "3"),
        _right(530, 254, "32,16"),
        (330, 284, "Rechnungsbetrag"),
        _right(530, 284, "42,88 EUR"),
    ]
    rows = _rows(page)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("Symptombezogene Untersuchung", 1.0, 10.72),
        ("Beratung", 3.0, 32.16),
    ]


def test_fee_stage_claim_bills_this_invoice_column_and_expenses() -> None:
    page = [
        (57, 50, "Harbour Design Architects Ltd · 4 Quay Street · Galway H91 X2K4"),
        (57, 110, "Tom Byrne"),
        (57, 124, "9 Sea Road, Galway H91 R3C2"),
        (380, 110, "Invoice No. HDA-0193"),
        (380, 124, "Date 14 May 2025"),
        (57, 170, "Tax Invoice"),
        (60, 220, "Stage"),
        (90, 220, "Description"),
        (250, 220, "Stage fee"),
        (300, 220, "% compl."),
        (350, 220, "Fee to date"),
        (410, 220, "Prev. invoiced"),
        (485, 220, "This invoice"),
        (62, 238, "1"),
        (90, 238, "Brief and sketch design"),
        _right(290, 238, "3,000.00"),
        (305, 238, "100%"),
        _right(397, 238, "3,000.00"),
        _right(465, 238, "1,500.00"),
        _right(536, 238, "1,500.00"),
        (62, 254, "2"),
        (90, 254, "Planning drawings"),
        _right(290, 254, "5,000.00"),
        (305, 254, "40%"),
        _right(397, 254, "2,000.00"),
        _right(465, 254, "0.00"),
        _right(536, 254, "2,000.00"),
        (400, 276, "Fees this claim"),
        _right(536, 276, "3,500.00"),
        (57, 296, "Expenses"),
        (59, 312, "Site survey prints"),
        _right(536, 312, "120.00"),
        (330, 340, "Net amount"),
        _right(536, 340, "3,620.00"),
        (330, 354, "VAT @ 23%"),
        _right(536, 354, "832.60"),
        (330, 368, "Total due (EUR)"),
        _right(536, 368, "4,452.60"),
    ]
    rows = _rows(page)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Brief and sketch design", None, 1500.0),
        ("Planning drawings", None, 2000.0),
        ("Site survey prints", None, 120.0),
    ]
