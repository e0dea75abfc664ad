"""Greek and Turkish invoices: their captions of the number, the dates, the tax number and the
totals (greekturkishcaptions.py), Greek capitals without their accents, Turkish dotted "İ",
and month names in Greek and Turkish."""

from __future__ import annotations

from datetime import date

from facturist.engine.extraction import analyse
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parse.dates import parse_date

from .conftest import header_values


def test_greek_invoice_header_and_totals() -> None:
    fields = header_values(
        [
            (50, 40, "ΕΝΔΕΙΚΤΙΚΗ ΕΤΑΙΡΕΙΑ Α.Ε."),
            (50, 52, "Οδός Παραδείγματος 10"),
            (50, 64, "ΑΦΜ: 801234560 ΔΟΥ: Χαλανδρίου"),
            (330, 40, "Αριθμός: 347"),
            (330, 52, "Ημερομηνία: 05/03/2026"),
            (330, 64, "Ημερομηνία λήξης: 04/04/2026"),
            (350, 400, "Σύνολο καθαρής αξίας 2.925,50"),
            (350, 412, "ΦΠΑ 24 % 702,12"),
            (350, 424, "ΣΥΝΟΛΟ 3.627,62"),
            (350, 436, "Πληρωτέο (€) 3.627,62"),
        ]
    )
    assert fields["invoice_number"] == "347"
    assert fields["invoice_date"] == date(2026, 3, 5)
    assert fields["due_date"] == date(2026, 4, 4)
    assert fields["seller_vat_id"] in ("801234560", "EL801234560")
    assert fields["net_amount"] == 2925.5
    assert fields["tax_amount"] == 702.12
    assert fields["total_amount"] == 3627.62
    assert fields["amount_due"] == 3627.62


def test_turkish_invoice_header_and_withholding() -> None:
    fields = header_values(
        [
            (40, 40, "ÖRNEK BAKIM HİZMETLERİ A.Ş."),
            (40, 52, "VKN: 3259071167"),
            (360, 40, "Sıra No 004512"),
            (360, 52, "FATURA TARİHİ: 05-03-2026"),
            (360, 64, "Vade Tarihi: 04.04.2026"),
            (340, 400, "Mal Hizmet Toplam Tutarı 25.000,00 TL"),
            (340, 412, "Hesaplanan KDV(%20) 5.000,00 TL"),
            (340, 424, "Hesaplanan KDV Tevkifat(%70) 3.500,00 TL"),
            (340, 436, "Vergiler Dahil Toplam Tutar 30.000,00 TL"),
            (340, 448, "Ödenecek Tutar 26.500,00 TL"),
        ]
    )
    assert fields["invoice_number"] == "004512"
    assert fields["invoice_date"] == date(2026, 3, 5)
    assert fields["due_date"] == date(2026, 4, 4)
    assert fields["net_amount"] == 25000.0
    assert fields["tax_amount"] == 5000.0
    assert fields["total_amount"] == 30000.0
    assert fields["amount_due"] == 26500.0


def _day(text: str) -> date | None:
    parsed = parse_date(text)
    return None if parsed is None else parsed.value


def test_greek_and_turkish_month_names() -> None:
    assert _day("5 Μαρτίου 2026") == date(2026, 3, 5)
    assert _day("4 ΑΠΡΙΛΙΟΥ 2026") == date(2026, 4, 4)
    assert _day("12 Ağustos 2025") == date(2025, 8, 12)
    assert _day("3 ARALIK 2025") == date(2025, 12, 3)


def test_turkish_street_with_its_flat_stays_in_the_buyers_address() -> None:
    words = []
    for x, y, text in [
        (40, 40, "ÖRNEK YAZILIM LTD. ŞTİ."),
        (40, 52, "Atatürk Blv. No: 12"),
        (40, 64, "06530 Çankaya / ANKARA"),
        (40, 110, "SAYIN"),
        (40, 122, "Mehmet Yılmaz"),
        (40, 134, "Bağdat Cad. No: 212 D: 5"),
        (40, 146, "34728 Kadıköy / İSTANBUL"),
        (360, 110, "Fatura No: AYT2026000000087"),
    ]:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 9)))
            x += width + 2.5
    fields = analyse([PageText(1, 595, 842, words)])[0].fields
    assert fields["buyer_name"].value == "Mehmet Yılmaz"
    assert fields["buyer_address"].value == "Bağdat Cad. No: 212 D: 5, 34728 Kadıköy / İSTANBUL"
