"""A German invoicing program's prints: a final invoice deducting its instalment invoices as an
unsigned grid (deductedgrid.py), "Offener Rechnungsbetrag" as the sum to pay, cash-discount
tiers printed as a table (skontotable.py), a letter's "place, date" over a sentence restating
the service date (servicedate.py)."""

from __future__ import annotations

from datetime import date

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _fields(invoice: CanonicalInvoice, *keys: str) -> dict[str, object]:
    return {key: invoice.fields[key].value if key in invoice.fields else None for key in keys}


_AMOUNTS = ("net_amount", "tax_amount", "total_amount", "amount_due")


def _final(title: str, left: str = "3.224,90 €") -> list[Text]:
    return [
        (50, 40, "Brückner & Haas Medienagentur GmbH", False),
        (50, 52, "Schillerstraße 42, 04109 Leipzig", False),
        (360, 90, "Rechnungsnr.", False),
        (540, 90, "RE1187", True),
        (360, 102, "Datum", False),
        (540, 102, "14.03.2024", True),
        (50, 150, "Schlussrechnung Nr. RE1187", False),
        (50, 180, "Pos.", False),
        (80, 180, "Bezeichnung", False),
        (540, 180, "Gesamtpreis", True),
        (50, 196, "1", False),
        (80, 196, "Corporate Design Relaunch", False),
        (540, 196, "2.830,00 €", True),
        (50, 210, "2", False),
        (80, 210, "Bildbearbeitung Produktfotos", False),
        (540, 210, "1.380,00 €", True),
        (340, 236, "Gesamtbetrag netto", False),
        (540, 236, "4.210,00 €", True),
        (340, 250, "zzgl. Umsatzsteuer 19 %", False),
        (540, 250, "799,90 €", True),
        (340, 264, "Gesamtbetrag brutto", False),
        (540, 264, "5.009,90 €", True),
        (50, 290, title, False),
        (370, 304, "netto", True),
        (450, 304, "USt.", True),
        (540, 304, "brutto", True),
        (50, 318, "Abschlagsrechnung AR0042 vom 15.01.2024", False),
        (370, 318, "1.500,00 €", True),
        (450, 318, "285,00 €", True),
        (540, 318, "1.785,00 €", True),
        (300, 340, "Offener Rechnungsbetrag", False),
        (540, 340, left, True),
    ]


_FINAL = {
    "net_amount": 4210.0,
    "tax_amount": 799.9,
    "total_amount": 5009.9,
    "amount_due": 3224.9,
}


def test_instalment_grid_under_a_deduction_title_is_deducted() -> None:
    title = "Abzüglich bereits gestellter Abschlagsrechnungen"
    assert _fields(_invoice(_final(title)), *_AMOUNTS) == _FINAL
    # The title alone marks the grid, whatever is left below it.
    invoice = _invoice(_final(title, "3.000,00 €"))
    assert _fields(invoice, *_AMOUNTS) == {**_FINAL, "amount_due": 3000.0}


def test_instalment_grid_leaving_the_sum_below_is_deducted() -> None:
    invoice = _invoice(_final("Bisherige Rechnungen"))
    assert _fields(invoice, *_AMOUNTS) == _FINAL


def _tiers(net_row: str) -> list[Text]:
    return [
        (50, 40, "Hofmann Industrietechnik GmbH", False),
        (50, 52, "Robert-Bosch-Straße 12, 73037 Göppingen", False),
        (360, 90, "Rechnung Nr.", False),
        (540, 90, "240417", True),
        (360, 102, "Datum", False),
        (540, 102, "14.04.24", True),
        (50, 150, "RECHNUNG", False),
        (50, 180, "Pos", False),
        (80, 180, "Bezeichnung", False),
        (540, 180, "Betrag EUR", True),
        (50, 196, "1", False),
        (80, 196, "Linearführung LF-20", False),
        (540, 196, "2.342,62", True),
        (340, 220, "Nettobetrag", False),
        (540, 220, "2.342,62", True),
        (340, 234, "USt 19 %", False),
        (540, 234, "445,10", True),
        (340, 248, "Endbetrag EUR", False),
        (540, 248, "2.787,72", True),
        (50, 280, "Zahlungsbedingungen:", False),
        (50, 296, "zahlbar bis", False),
        (150, 296, "Skonto %", False),
        (230, 296, "Skontobetrag", False),
        (330, 296, "Zahlbetrag EUR", False),
        (50, 310, "24.04.24", False),
        (190, 310, "2,00", True),
        (280, 310, "55,75", True),
        (390, 310, "2.731,97", True),
        (50, 324, "14.05.24", False),
        (150, 324, net_row, False),
        (390, 324, "2.787,72", True),
    ]


def test_discount_table_net_row_is_due() -> None:
    invoice = _invoice(_tiers("netto"))
    assert _fields(invoice, "due_date", "amount_due") == {
        "due_date": date(2024, 5, 14),
        "amount_due": 2787.72,
    }


def test_discount_table_without_a_net_row_is_left_alone() -> None:
    invoice = _invoice(_tiers("1,00"))
    assert _fields(invoice, "due_date")["due_date"] is None


def _letter(sentence: str) -> list[Text]:
    return [
        (380, 40, "Klavierhaus Rosenthal GmbH", False),
        (380, 52, "Pfarrgasse 8, 04109 Leipzig", False),
        (50, 120, "Herrn", False),
        (50, 132, "Markus Stein", False),
        (50, 144, "Gohliser Straße 22", False),
        (50, 156, "04155 Leipzig", False),
        (540, 200, "Leipzig, 11.04.2024", True),
        (50, 220, "Rechnung Nr. 2024/0061", False),
        (50, 260, "Menge", False),
        (90, 260, "Bezeichnung", False),
        (540, 260, "Gesamtpreis", True),
        (50, 276, "1", False),
        (90, 276, "Klavierstimmung Flügel", False),
        (540, 276, "145,00 €", True),
        (400, 300, "Netto", False),
        (540, 300, "145,00 €", True),
        (400, 314, "MwSt. 19%", False),
        (540, 314, "27,55 €", True),
        (400, 328, "Brutto", False),
        (540, 328, "172,55 €", True),
        (50, 360, sentence, False),
    ]


def test_letter_date_beats_a_sentence_restating_the_service_date() -> None:
    invoice = _invoice(_letter("Leistungsdatum entspricht dem Datum der Arbeiten (09.04.2024)."))
    assert invoice.fields["invoice_date"].value == date(2024, 4, 11)
