"""A folio's "Datum | Beschreibung | Belastung | Gutschrift" header types no credit note
(creditcolumn.py); a cost centre's compound ("Reisekostenstelle 12") and an attention line
inside the buyer's block keep its street (readerlines.py); "Ltd trading as ..." names the
company (tradingas.py); a tip is no part of the total and the sum charged with it is due
(tips.py, tipcharged.py); a group subtotal in a table of text and amount columns is followed
by more rows (tableends.py)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.model import Value
from facturist.engine.sellersownaddress import unless_sellers

from .conftest import make_invoice_pdf


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """The text right-aligned at x1, as a figure in its column."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _folio() -> list[tuple[float, float, str]]:
    return [
        (360, 50, "GASTHOF AM WEIHER"),
        (60, 100, "Gasthof am Weiher · Seestraße 4 · 82319 Starnberg"),
        (60, 118, "Rechnung an:"),
        (350, 118, "Rechnung Nr."),
        (450, 118, "R-77120"),
        (60, 132, "Orbeco Analysen GmbH"),
        (350, 132, "Rechnungsdatum"),
        (450, 132, "21.02.2025"),
        (60, 146, "Reisekostenstelle 2291"),
        (60, 160, "z. Hd. Frau Dr. Maren Kolb"),
        (60, 174, "Heilbronner Straße 58"),
        (60, 188, "70191 Stuttgart"),
        (60, 230, "RECHNUNG"),
        (60, 260, "Datum"),
        (130, 260, "Beschreibung"),
        (400, 260, "Belastung"),
        (480, 260, "Gutschrift"),
        (60, 278, "19.02.2025"),
        (130, 278, "Übernachtung Einzelzimmer"),
        _right(450, 278, "118,00"),
        (60, 292, "20.02.2025"),
        (130, 292, "Übernachtung Einzelzimmer"),
        _right(450, 292, "118,00"),
        (60, 306, "21.02.2025"),
        (130, 306, "Mastercard ****7702"),
        _right(530, 306, "236,00"),
        (130, 330, "Summe"),
        _right(450, 330, "236,00"),
        _right(530, 330, "236,00"),
        (130, 344, "Saldo"),
        _right(530, 344, "0,00 EUR"),
        (60, 380, "Im Rechnungsbetrag von 236,00 EUR sind 7 % MwSt. = 15,44 EUR enthalten."),
        (60, 780, "Weiher Gastronomie GmbH · Seestraße 4 · 82319 Starnberg"),
        (60, 792, "USt-IdNr.: DE287700415"),
    ]


def test_a_ledger_header_with_a_credit_column_types_no_credit_note() -> None:
    result = extract_canonical(make_invoice_pdf([_folio()]), use_einvoice=False)
    assert result["fields"]["document_type"] == "invoice"


def test_a_cost_centre_compound_and_attention_line_keep_the_buyers_street() -> None:
    result = extract_canonical(make_invoice_pdf([_folio()]), use_einvoice=False)
    assert result["fields"]["buyer_address"] == "Heilbronner Straße 58, 70191 Stuttgart"


def _value(text: str) -> Value:
    return Value(text, text, (), 1.0)


def test_the_return_line_with_the_senders_name_is_the_sellers_address() -> None:
    found = unless_sellers(
        _value("Gasthof am Weiher, Seestraße 4, 82319 Starnberg"),
        _value("Seestraße 4, 82319 Starnberg"),
        _value("Orbeco Analysen GmbH"),
        _value("Weiher Gastronomie GmbH"),
    )
    assert found is None


def test_a_company_trading_as_a_brand_is_named_by_its_legal_name() -> None:
    page = [
        (60, 50, "THE HARBOUR VIEW"),
        (60, 64, "INN · GALWAY"),
        (60, 110, "BILL TO"),
        (60, 124, "Corrib Data Services Ltd"),
        (60, 138, "12 Dock Road"),
        (60, 152, "Galway, H91 T2Y8"),
        (350, 124, "Invoice No."),
        (450, 124, "HV-20931"),
        (350, 138, "Invoice Date"),
        (450, 138, "3 June 2025"),
        (60, 220, "Description"),
        (450, 220, "Amount"),
        (60, 236, "Accommodation, 2 nights"),
        _right(500, 236, "280.00"),
        (350, 270, "Total excl. VAT"),
        _right(500, 270, "246.70"),
        (350, 284, "VAT 13.5%"),
        _right(500, 284, "33.30"),
        (350, 298, "Total incl. VAT"),
        _right(500, 298, "280.00"),
        (
            60,
            790,
            "Harbour View Hospitality Limited trading as The Harbour View Inn · "
            "Registered in Ireland No. 512870",
        ),
        (60, 802, "VAT Reg. No. IE6388511T"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    assert result["fields"]["seller_name"] == "Harbour View Hospitality Limited"


def _narrow_pdf(rows: list[tuple[float, float, str]]) -> bytes:
    """A till slip's narrow page holding the given (x, y-from-top, text) strings."""
    return make_invoice_pdf([rows], size=8, pagesize=(230.0, 620.0))


def _slip_right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 8), y, text)


def _bill_with_tip() -> list[tuple[float, float, str]]:
    return [
        (50, 30, "Gasthaus Zur Alten Mühle"),
        (60, 42, "Mühlweg 3"),
        (60, 54, "93047 Regensburg"),
        (80, 80, "RECHNUNG"),
        (15, 100, "Rechnung Nr.: 0012-55310"),
        (15, 112, "Datum: 14.06.2025 19:42"),
        (15, 124, "Tisch: 7   Bedienung: Lena"),
        (15, 150, "Anz Artikel"),
        _slip_right(160, 150, "Preis"),
        _slip_right(215, 150, "Summe"),
        (15, 164, "4 Tagesgericht"),
        _slip_right(160, 164, "14,50"),
        _slip_right(215, 164, "58,00 A"),
        (15, 178, "4 Weißbier 0,5l"),
        _slip_right(160, 178, "5,50"),
        _slip_right(215, 178, "22,00 A"),
        (15, 200, "SUMME EUR"),
        _slip_right(215, 200, "80,00"),
        (15, 220, "MwSt"),
        (70, 220, "Netto"),
        (120, 220, "MwSt"),
        _slip_right(215, 220, "Brutto"),
        (15, 232, "A 19%"),
        _slip_right(100, 232, "67,23"),
        _slip_right(150, 232, "12,77"),
        _slip_right(215, 232, "80,00"),
        (15, 256, "Trinkgeld"),
        _slip_right(215, 256, "8,00"),
        (15, 268, "Gesamt inkl. Trinkgeld"),
        _slip_right(215, 268, "88,00"),
        (15, 280, "Gegeben EC-Karte"),
        _slip_right(215, 280, "88,00"),
        (15, 292, "Rückgeld"),
        _slip_right(215, 292, "0,00"),
        (15, 310, "Terminal 77120044   Beleg 3311"),
        (15, 322, "ZAHLUNG ERFOLGT"),
        (40, 360, "Alte Mühle Gastro GmbH"),
        (40, 372, "HRB 99120 AG Regensburg"),
        (40, 384, "USt-IdNr. DE301188274"),
        (40, 404, "TSE-Signatur: 9Kd2Lm0xQ"),
        (40, 416, "Vielen Dank für Ihren Besuch!"),
    ]


def test_a_tip_is_no_part_of_the_total() -> None:
    fields = extract_canonical(_narrow_pdf(_bill_with_tip()), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 80.0


def test_a_payment_done_with_a_tip_leaves_the_sum_charged_due() -> None:
    # The sum the card paid with the tip is the receipt's amount due (tipcharged.py).
    fields = extract_canonical(_narrow_pdf(_bill_with_tip()), use_einvoice=False)["fields"]
    assert fields["amount_due"] == 88.0


def test_rows_after_a_group_subtotal_of_a_text_and_amount_table() -> None:
    page = [
        (60, 50, "StadtParken Rheinland GmbH"),
        (60, 64, "Domstraße 2, 50667 Köln"),
        (350, 110, "Rechnungsnummer"),
        (460, 110, "SP-88120"),
        (350, 124, "Rechnungsdatum"),
        (460, 124, "02.05.2025"),
        (60, 180, "Datum"),
        (130, 180, "Beschreibung"),
        (330, 180, "Kennzeichen"),
        (420, 180, "Dauer"),
        (480, 180, "Betrag"),
        (60, 196, "03.04.2025"),
        (130, 196, "Parken Domgarage"),
        (330, 196, "K-AB 123"),
        (420, 196, "3h10"),
        _right(530, 196, "€ 12,00"),
        (60, 210, "09.04.2025"),
        (130, 210, "Parken Rheinufer"),
        (330, 210, "K-AB 123"),
        (420, 210, "1h05"),
        _right(530, 210, "€ 4,50"),
        (60, 224, "15.04.2025"),
        (130, 224, "Parken Domgarage"),
        (330, 224, "K-AB 123"),
        (420, 224, "8h40"),
        _right(530, 224, "€ 20,00"),
        (130, 240, "Zwischensumme Parkvorgänge (3)"),
        _right(530, 240, "€ 36,50"),
        (60, 256, "30.04.2025"),
        (130, 256, "Dauerparkkarte April 2025"),
        _right(530, 256, "€ 80,00"),
        (60, 270, "11.04.2025"),
        (130, 270, "Ersatzkarte Nr. 55120"),
        _right(530, 270, "€ 5,00"),
        (350, 300, "Summe netto"),
        _right(530, 300, "€ 101,26"),
        (350, 314, "MwSt. 19 %"),
        _right(530, 314, "€ 19,24"),
        (350, 328, "Gesamtbetrag"),
        _right(530, 328, "€ 121,50"),
        (60, 790, "USt-IdNr. DE277410662"),
    ]
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    amounts = [item.get("amount") for item in result["line_items"]]
    assert amounts == [12.0, 4.5, 20.0, 80.0, 5.0]
