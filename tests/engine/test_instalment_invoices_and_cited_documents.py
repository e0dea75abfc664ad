"""Deposit, instalment and final invoices of building trades and suppliers: the deposit's own
"Anzahlungsbetrag (zahlbar)" under its net and VAT, an order's gross restated in a note below;
a final invoice's instalments deducted with their VAT (never a tax of this invoice); a credit
note or an advance invoice cited in a deduction row (never this invoice's number); the title's
number followed by a subject after a dash; a trade line ("Heizungs- und Sanitärtechnik") and an
owner line over the street; an instalment's ordinal title ("2. ABSCHLAGSRECHNUNG") beside the
billing address's caption."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _deposit_invoice() -> list[tuple[object, float, str, float]]:
    return [
        (350, 50, "Anzahlungsrechnung", 16),
        (350, 75, "Nr. AZ-2025-0113", 11),
        (40, 110, "Kessler Anlagenbau GmbH", 10),
        (40, 124, "Hafenstraße 12", 10),
        (40, 138, "28217 Bremen", 10),
        (200, 110, "Rechnungsempfänger", 9),
        (200, 124, "Nordsee Fischverarbeitung AG", 10),
        (200, 138, "Kaiserstraße 3", 10),
        (200, 152, "27570 Bremerhaven", 10),
        (400, 124, "Rechnungsdatum", 9),
        (520, 124, "14.02.2025", 9),
        (200, 230, "Pos.", 9),
        (230, 230, "Bezeichnung", 9),
        (">560", 230, "Gesamt €", 9),
        (200, 246, "1", 9),
        (230, 246, "25 % Anzahlung auf Auftrag 24-0915", 9),
        (">560", 246, "12.000,00", 9),
        (300, 290, "Nettobetrag", 9),
        (">560", 290, "12.000,00", 9),
        (300, 304, "zzgl. 19 % Umsatzsteuer", 9),
        (">560", 304, "2.280,00", 9),
        (300, 322, "Anzahlungsbetrag (zahlbar)", 9),
        (">560", 322, "14.280,00 €", 9),
        (200, 360, "Zahlungsplan Auftrag 24-0915 (zur Information)", 9),
        (200, 374, "Auftragswert netto 48.000,00 € / brutto 57.120,00 €. 25 % bei Auftrag,", 9),
        (200, 388, "50 % bei Lieferung, 25 % nach Abnahme.", 9),
    ]


def _aligned(texts: list[tuple[object, float, str, float]]) -> list[SizedText]:
    """Texts whose x is ">N" end at N (make_aligned_pdf's mark moved onto the text)."""
    out: list[SizedText] = []
    for x, y, text, size in texts:
        if isinstance(x, str):
            out.append((float(x[1:]), y, f">{text}", size))
        else:
            out.append((float(str(x)), y, text, size))
    return out


def test_the_deposits_payable_amount_is_its_total_not_the_orders_gross_in_a_note() -> None:
    fields = _fields(_aligned(_deposit_invoice()))
    assert fields["net_amount"] == 12000.0
    assert fields["tax_amount"] == 2280.0
    assert fields["total_amount"] == 14280.0
    assert fields["amount_due"] == 14280.0


def _final_invoice() -> list[tuple[object, float, str, float]]:
    return [
        (40, 50, "Haustechnik Brandl GmbH", 12),
        (40, 64, "Lindenweg 5, 93047 Regensburg", 9),
        (320, 100, "SCHLUSSRECHNUNG", 14),
        (320, 120, "Rechnungs-Nr.", 9),
        (480, 120, "SR-2025-0007", 9),
        (320, 132, "Rechnungsdatum", 9),
        (480, 132, "11.03.2025", 9),
        (40, 100, "Rechnungsanschrift", 9),
        (40, 114, "Stadtwerke Donautal GmbH", 9),
        (40, 126, "Am Hafen 1", 9),
        (40, 138, "93055 Regensburg", 9),
        (40, 200, "Titel", 9),
        (90, 200, "Bezeichnung", 9),
        (">560", 200, "Betrag netto EUR", 9),
        (40, 216, "01", 9),
        (90, 216, "Lüftungsanlage Halle 2", 9),
        (">560", 216, "40.000,00", 9),
        (40, 232, "02", 9),
        (90, 232, "Heizungsverteilung", 9),
        (">560", 232, "20.000,00", 9),
        (230, 270, "Schlussrechnungssumme netto", 9),
        (">560", 270, "60.000,00", 9),
        (230, 284, "Umsatzsteuer 19 %", 9),
        (">560", 284, "11.400,00", 9),
        (230, 298, "Schlussrechnungssumme brutto", 9),
        (">560", 298, "71.400,00", 9),
        (230, 318, "abzüglich geleisteter Abschlagszahlungen:", 9),
        (240, 332, "1. AZ Rg. 2024-201 v. 10.10.2024: netto 20.000,00 / USt", 8),
        (">560", 332, "-23.800,00", 9),
        (240, 341, "3.800,00", 8),
        (240, 355, "2. AZ Rg. 2024-260 v. 12.12.2024: netto 25.000,00 / USt", 8),
        (">560", 355, "-29.750,00", 9),
        (240, 364, "4.750,00", 8),
        (230, 380, "Restforderung brutto", 9),
        (">560", 380, "17.850,00", 9),
    ]


def test_instalments_deducted_with_their_vat_leave_the_final_invoices_own_tax() -> None:
    fields = _fields(_aligned(_final_invoice()))
    assert fields["net_amount"] == 60000.0
    assert fields["tax_amount"] == 11400.0
    assert fields["total_amount"] == 71400.0
    assert fields["amount_due"] == 17850.0


def _credited_invoice() -> list[tuple[object, float, str, float]]:
    return [
        (400, 50, "TAX INVOICE", 16),
        (420, 75, "INV-2025-00871", 11),
        (40, 110, "Shannon Catering Supplies Ltd", 10),
        (40, 124, "Dock Road, Limerick V94 K2W1", 9),
        (200, 140, "BILL TO", 9),
        (200, 154, "Harbour View Hotel Ltd", 9),
        (200, 166, "Quay Street, Galway H91 E2D8", 9),
        (400, 140, "Date", 9),
        (500, 140, "03/03/2025", 9),
        (200, 220, "Item", 9),
        (">560", 220, "Net €", 9),
        (200, 236, "Chafing dishes, set of 6", 9),
        (">560", 236, "600.00", 9),
        (300, 270, "Net total", 9),
        (">560", 270, "600.00", 9),
        (300, 284, "VAT 23%", 9),
        (">560", 284, "138.00", 9),
        (300, 298, "Invoice total", 9),
        (">560", 298, "€738.00", 9),
        (300, 312, "Less credit note CN-0077", 9),
        (">560", 312, "-61.50", 9),
        (300, 336, "Amount due", 9),
        (">560", 336, "€676.50", 9),
        (200, 370, "Credit note CN-0077 has been offset against this invoice as agreed.", 9),
    ]


def test_a_credit_note_deducted_in_the_totals_is_not_the_invoices_number() -> None:
    fields = _fields(_aligned(_credited_invoice()))
    assert fields["invoice_number"] == "INV-2025-00871"
    assert fields["amount_due"] == 676.5


def _final_factura() -> list[tuple[object, float, str, float]]:
    return [
        (100, 40, "Construcciones Turia S.L.", 10),
        (100, 54, "Calle Colón 14, 46004 Valencia", 9),
        (40, 110, "FACTURA", 16),
        (40, 132, "Nº 2025/0311 – Liquidación final de obra", 11),
        (40, 160, "CLIENTE", 9),
        (40, 172, "Óptica Mediterránea S.L.", 9),
        (40, 184, "Av. Blasco Ibáñez 55", 9),
        (40, 196, "46010 Valencia", 9),
        (340, 160, "Fecha de factura", 9),
        (500, 160, "28/02/2025", 9),
        (40, 240, "Concepto", 9),
        (">560", 240, "Importe €", 9),
        (40, 256, "Reforma integral del local", 9),
        (">560", 256, "8.000,00", 9),
        (260, 290, "Base imponible", 9),
        (">560", 290, "8.000,00", 9),
        (260, 304, "IVA 21 %", 9),
        (">560", 304, "1.680,00", 9),
        (260, 318, "TOTAL FACTURA", 9),
        (">560", 318, "9.680,00 €", 9),
        (260, 332, "A deducir: anticipo a cuenta, factura A-2025/004", 9),
        (">560", 332, "-2.420,00", 9),
        (260, 356, "TOTAL A PAGAR", 9),
        (">560", 356, "7.260,00 €", 9),
    ]


def test_the_titles_number_before_a_dash_and_a_subject_is_the_invoices() -> None:
    fields = _fields(_aligned(_final_factura()))
    assert fields["invoice_number"] == "2025/0311"


def _trade_letterhead(trade: list[str]) -> list[tuple[object, float, str, float]]:
    texts: list[tuple[object, float, str, float]] = [(420, 100, "Wagner Haustechnik GmbH", 11)]
    y = 115.0
    for line in [*trade, "Talstraße 19", "66119 Saarbrücken"]:
        texts.append((420, y, line, 9))
        y += 10.0
    return [
        *texts,
        (70, 140, "Wagner Haustechnik GmbH · Talstraße 19 · 66119 Saarbrücken", 6),
        (70, 156, "Immobilienverwaltung Kraus KG", 10),
        (70, 169, "Mainzer Straße 88", 10),
        (70, 182, "66121 Saarbrücken", 10),
        (360, 200, "Rechnungsdatum", 9),
        (490, 200, "12.03.2025", 9),
        (70, 260, "Rechnung Nr. 2025-0142", 12),
        (70, 300, "Pos", 9),
        (100, 300, "Leistung", 9),
        (">560", 300, "Betrag", 9),
        (70, 316, "1", 9),
        (100, 316, "Wartung Gasbrennwertkessel", 9),
        (">560", 316, "250,00 €", 9),
        (300, 350, "Summe netto", 9),
        (">560", 350, "250,00 €", 9),
        (300, 364, "19 % MwSt.", 9),
        (">560", 364, "47,50 €", 9),
        (300, 378, "Rechnungsbetrag", 9),
        (">560", 378, "297,50 €", 9),
    ]


def test_a_trade_line_of_elided_compounds_over_the_street_is_no_address_line() -> None:
    fields = _fields(_aligned(_trade_letterhead(["Heizungs- und Sanitärtechnik"])))
    assert fields["seller_address"] == "Talstraße 19, 66119 Saarbrücken"


def test_a_trade_line_and_the_owner_over_the_street_are_no_address_lines() -> None:
    lines = ["Heizungs-, Lüftungs- und Klimatechnik", "Inh. Peter Wagner"]
    fields = _fields(_aligned(_trade_letterhead(lines)))
    assert fields["seller_address"] == "Talstraße 19, 66119 Saarbrücken"


def test_an_instalments_ordinal_title_beside_the_billing_caption_is_no_buyer() -> None:
    texts: list[tuple[object, float, str, float]] = [
        (90, 46, "Gruber Zimmerei GmbH", 12),
        (90, 62, "Grazer Straße 40 · 8010 Graz, Österreich", 8),
        (50, 108, "RECHNUNGSADRESSE", 9),
        (310, 108, "2. ABSCHLAGSRECHNUNG", 12),
        (52, 123, "Alpenland Wohnbau GmbH", 10),
        (310, 128, "Rechnungsnummer", 9),
        (500, 128, "2025/044", 9),
        (52, 136, "Bauleitung DI Moser", 9),
        (310, 140, "Rechnungsdatum", 9),
        (500, 140, "28.02.2025", 9),
        (52, 148, "Bahnhofstraße 7", 9),
        (52, 160, "8700 Leoben", 9),
        (45, 230, "Pos", 9),
        (74, 230, "Leistungsbeschreibung", 9),
        (">560", 230, "GP EUR", 9),
        (45, 246, "01", 9),
        (74, 246, "Dachstuhl Abbund und Montage", 9),
        (">560", 246, "30.000,00", 9),
        (240, 280, "Summe Leistung netto", 9),
        (">560", 280, "30.000,00", 9),
        (240, 294, "+ 20 % USt", 9),
        (">560", 294, "6.000,00", 9),
        (240, 308, "Gesamtbetrag brutto", 9),
        (">560", 308, "36.000,00", 9),
    ]
    fields = _fields(_aligned(texts))
    assert fields["buyer_name"] == "Alpenland Wohnbau GmbH"
