"""A tip added at the card terminal: the bill's total stays the sum before it, the amount
due is the sum charged with it, and a guest check's suggested gratuities are never totals
(tips.py, tipcharged.py, receipt_total.py); a VAT table's numbered rate rows give the net and
the tax (receipt_raterows.py); a card slip's approval under its amount and the slip's details
leaves the receipt's total due (receipt_due.py), its counter loses to the receipt's own
"Quittungs-Nr." (receipt_eunumbers.py), and its masked card number names no buyer (parties.py)."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    return (x1 - stringWidth(text, "Helvetica", 8), y, text)


def _slip(rows: list[tuple[float, float, str]]) -> bytes:
    return make_invoice_pdf([rows], size=8, pagesize=(230.0, 620.0))


def _brasserie() -> list[tuple[float, float, str]]:
    return [
        (60, 30, "Brasserie du Vieux Port"),
        (60, 42, "SARL VIEUX PORT RESTAURATION"),
        (60, 54, "14 quai des Tanneurs"),
        (60, 66, "13002 MARSEILLE"),
        (60, 78, "N° TVA FR40487215963"),
        (15, 100, "Ticket n° 88214"),
        (15, 112, "Table 6   Couverts 2"),
        (140, 100, "09/05/2025 20:14"),
        (15, 124, "2 x Bouillabaisse"),
        _right(160, 124, "29,00"),
        _right(215, 124, "58,00"),
        (15, 136, "1 x Pichet rosé 50cl"),
        _right(160, 136, "14,00"),
        _right(215, 136, "14,00"),
        (15, 160, "TOTAL TTC"),
        _right(215, 160, "72,00 EUR"),
        (15, 180, "Code"),
        (45, 180, "Taux"),
        _right(130, 180, "HT"),
        _right(170, 180, "TVA"),
        _right(215, 180, "TTC"),
        (15, 192, "1"),
        (45, 192, "10,00%"),
        _right(130, 192, "52,73"),
        _right(170, 192, "5,27"),
        _right(215, 192, "58,00"),
        (15, 204, "2"),
        (45, 204, "20,00%"),
        _right(130, 204, "11,67"),
        _right(170, 204, "2,33"),
        _right(215, 204, "14,00"),
        (15, 216, "Total"),
        _right(130, 216, "64,40"),
        _right(170, 216, "7,60"),
        _right(215, 216, "72,00"),
        (15, 240, "Règlement CB"),
        _right(215, 240, "79,00"),
        (25, 252, "dont pourboire"),
        _right(215, 252, "7,00"),
        (15, 264, "Rendu"),
        _right(215, 264, "0,00"),
        (40, 290, "Merci de votre visite !"),
    ]


def test_a_tip_of_the_payment_leaves_the_sum_charged_due() -> None:
    fields = extract_canonical(_slip(_brasserie()), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 72.0
    assert fields["amount_due"] == 79.0


def test_a_vat_table_with_numbered_rate_rows_gives_net_and_tax() -> None:
    # "1 | 10,00% | 52,73 | 5,27 | 58,00": a till's VAT codes may be digits (receipt_raterows.py).
    unsummed = [item for item in _brasserie() if item[1] != 216]
    fields = extract_canonical(_slip(unsummed), use_einvoice=False)["fields"]
    assert (fields.get("net_amount"), fields.get("tax_amount")) == (64.4, 7.6)


def _guest_check() -> list[tuple[float, float, str]]:
    return [
        (60, 30, "HARBOR LANTERN"),
        (60, 42, "SEAFOOD KITCHEN"),
        (60, 54, "402 Pier Road"),
        (60, 66, "Portland, ME 04101"),
        (15, 90, "Server: Ray"),
        (140, 90, "Check #5521"),
        (15, 102, "11/02/2025 7:12 PM"),
        (15, 114, "Table: 9   Guests: 2"),
        (15, 126, "1 Lobster Roll"),
        _right(215, 126, "28.00"),
        (15, 138, "2 Clam Cakes"),
        _right(215, 138, "18.00"),
        (15, 150, "1 Iced Tea"),
        _right(215, 150, "4.00"),
        (15, 170, "Subtotal"),
        _right(215, 170, "50.00"),
        (15, 182, "Sales Tax 5.5%"),
        _right(215, 182, "2.75"),
        (15, 194, "Total"),
        _right(215, 194, "$52.75"),
        (15, 216, "Suggested Gratuity"),
        (15, 228, "15%"),
        (60, 228, "Tip $7.50"),
        _right(215, 228, "Total $60.25"),
        (15, 240, "20%"),
        (60, 240, "Tip $10.00"),
        _right(215, 240, "Total $62.75"),
        (15, 252, "25%"),
        (60, 252, "Tip $12.50"),
        _right(215, 252, "Total $65.25"),
        (15, 276, "MASTERCARD"),
        _right(215, 276, "XXXXXXXXXXXX7710"),
        (15, 288, "Auth Code:"),
        _right(215, 288, "55D120"),
        (15, 300, "Amount:"),
        _right(215, 300, "$52.75"),
        (15, 312, "Tip:"),
        _right(215, 312, "$10.00"),
        (15, 324, "TOTAL CHARGED:"),
        _right(215, 324, "$62.75"),
        (80, 344, "APPROVED"),
        (40, 360, "Thank you for dining with us!"),
    ]


def test_suggested_gratuities_are_no_total_and_the_sum_charged_is_due() -> None:
    fields = extract_canonical(_slip(_guest_check()), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 52.75
    assert fields["amount_due"] == 62.75


def _parking() -> list[tuple[float, float, str]]:
    return [
        (60, 30, "ParkWerk Oberrhein GmbH"),
        (60, 42, "Parkhaus Marktplatz"),
        (60, 54, "Marktstraße 9"),
        (60, 66, "76133 Karlsruhe"),
        (60, 78, "USt-IdNr.: DE811569869"),
        (80, 100, "QUITTUNG"),
        (15, 118, "Quittungs-Nr.:"),
        _right(215, 118, "552017"),
        (15, 130, "Kasse 3"),
        (15, 140, "Einfahrt:"),
        _right(215, 140, "12.05.2025 09:10"),
        (15, 150, "Bezahlt:"),
        _right(215, 150, "12.05.2025 13:40"),
        (15, 164, "Parkgebühr 4 Std."),
        _right(215, 164, "8,00"),
        (15, 184, "Betrag EUR"),
        _right(215, 184, "8,00"),
        (15, 196, "Netto"),
        _right(215, 196, "6,72"),
        (15, 208, "MwSt 19%"),
        _right(215, 208, "1,28"),
        (15, 228, "Zahlart:"),
        _right(215, 228, "Kreditkarte"),
        (15, 240, "Terminal-ID"),
        _right(215, 240, "70331298"),
        (15, 252, "Beleg-Nr."),
        _right(215, 252, "4471"),
        (15, 264, "Genehmigung"),
        _right(215, 264, "310952"),
        (15, 276, "Zahlung erfolgt"),
        (60, 300, "Gute Fahrt!"),
    ]


def test_a_card_slips_approval_under_its_details_leaves_the_total_due() -> None:
    fields = extract_canonical(_slip(_parking()), use_einvoice=False)["fields"]
    assert fields["amount_due"] == 8.0


def test_the_receipts_own_number_beats_the_card_slips_number() -> None:
    fields = extract_canonical(_slip(_parking()), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "552017"


def _hardware_store() -> list[tuple[float, float, str]]:
    return [
        (60, 30, "FERRETERIA COSTA BLANCA, S.L."),
        (60, 42, "NIF: B03912458"),
        (60, 54, "Calle del Pintor Sorolla, 18"),
        (60, 66, "03001 Alicante"),
        (60, 84, "FACTURA SIMPLIFICADA"),
        (15, 96, "Nº: T0218-25-001944"),
        (15, 108, "Fecha: 03/09/2025 11:05"),
        (15, 120, "Caja: 02   Cajero: 881"),
        (15, 140, "CINTA AISLANTE 19MM"),
        _right(215, 140, "3,20"),
        (15, 152, "BROCA MADERA 6MM"),
        _right(215, 152, "4,85"),
        (15, 172, "TOTAL EUR"),
        _right(215, 172, "8,05"),
        (15, 184, "TARJETA"),
        _right(215, 184, "8,05"),
        (15, 200, "TIPO"),
        (70, 200, "BASE"),
        (120, 200, "CUOTA"),
        _right(215, 200, "TOTAL"),
        (15, 212, "21,00%"),
        (70, 212, "6,65"),
        (120, 212, "1,40"),
        _right(215, 212, "8,05"),
        (15, 232, "COMPROBANTE"),
        (100, 232, "PARA EL"),
        (170, 232, "CLIENTE"),
        (15, 244, "COMERCIO"),
        _right(215, 244, "552190843"),
        (15, 256, "VISA"),
        (50, 256, "DEBIT"),
        _right(215, 256, "************7762"),
        (15, 268, "AUT."),
        _right(215, 268, "220914"),
        (40, 290, "GRACIAS POR SU VISITA"),
    ]


def test_a_masked_card_number_is_no_buyer() -> None:
    fields = extract_canonical(_slip(_hardware_store()), use_einvoice=False)["fields"]
    assert fields.get("buyer_name") is None
