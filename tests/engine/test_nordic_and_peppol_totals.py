"""Totals captions: Icelandic krónur without decimals, Swedish VAT at two rates, a rounding
to whole kronor, and the EN 16931 viewer's "Tax exclusive / inclusive amount"."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_icelandic_kronur_without_decimals() -> None:
    fields = _fields(
        [
            (50, 60, "Norðurljós Hugbúnaður ehf."),
            (400, 60, "Reikningur"),
            (50, 74, "Laugavegur 12"),
            (50, 88, "101 Reykjavík"),
            (350, 88, "Reikningsnúmer 2025-0412"),
            (50, 200, "Lýsing"),
            (300, 200, "Magn"),
            (420, 200, "Upphæð"),
            (50, 216, "Ráðgjöf"),
            (300, 216, "10"),
            (420, 216, "250.000"),
            (330, 300, "Upphæð án VSK"),
            (470, 300, "250.000 kr."),
            (330, 316, "VSK 24%"),
            (470, 316, "60.000 kr."),
            (330, 332, "Samtals"),
            (470, 332, "310.000 kr."),
        ]
    )
    assert fields["currency"] == "ISK"
    assert fields["net_amount"] == 250000
    assert fields["tax_amount"] == 60000
    assert fields["total_amount"] == 310000


def test_swedish_second_vat_line_after_a_tax_table_row() -> None:
    # The VAT table's rows and the totals column share their lines.
    fields = _fields(
        [
            (50, 60, "Skånes Mat & Fest AB"),
            (400, 60, "Faktura 2025-118"),
            (50, 300, "Momsspecifikation"),
            (330, 300, "Netto"),
            (470, 300, "10 000,00"),
            (50, 316, "Moms %"),
            (110, 316, "Underlag"),
            (180, 316, "Moms"),
            (330, 316, "Moms 12%"),
            (470, 316, "720,00"),
            (50, 332, "12%"),
            (110, 332, "6 000,00"),
            (180, 332, "720,00"),
            (330, 332, "Moms 25%"),
            (470, 332, "1 000,00"),
            (50, 348, "25%"),
            (110, 348, "4 000,00"),
            (180, 348, "1 000,00"),
            (330, 348, "Att betala (SEK)"),
            (470, 348, "11 720,00"),
        ]
    )
    assert fields["tax_amount"] == 1720.0
    assert fields["total_amount"] == 11720.0


def test_summary_band_with_rounding_to_whole_kronor() -> None:
    fields = _fields(
        [
            (50, 60, "Västkustens Frakt AB"),
            (400, 60, "Faktura 7781"),
            # Captions over right-aligned figures.
            (218, 300, "Exkl. moms"),
            (315, 300, "Moms 25%"),
            (390, 300, "Öresavrundning"),
            (492, 300, "Att betala SEK"),
            (220, 316, "1 000,60"),
            (319, 316, "250,15"),
            (428, 316, "0,25"),
            (492, 316, "1 251,00"),
        ]
    )
    assert fields["net_amount"] == 1000.6
    assert fields["tax_amount"] == 250.15
    assert fields["total_amount"] == 1251.0


def test_peppol_viewer_document_totals_with_charges() -> None:
    rows = [
        ("Line extension amount", "1,000.00 EUR"),
        ("Allowance total amount", "20.00 EUR"),
        ("Charge total amount", "70.00 EUR"),
        ("Tax exclusive amount", "1,050.00 EUR"),
        ("Tax amount", "220.50 EUR"),
        ("Tax inclusive amount", "1,270.50 EUR"),
        ("Payable amount", "1,270.50 EUR"),
    ]
    page: Page = [(50, 60, "Harbour Parts B.V."), (400, 60, "Invoice INV-88")]
    page.append((300, 284, "Document totals"))
    page += [(300, 300 + 14 * i, label) for i, (label, _) in enumerate(rows)]
    page += [(470, 300 + 14 * i, value) for i, (_, value) in enumerate(rows)]
    fields = _fields(page)
    assert fields["net_amount"] == 1050.0
    assert fields["tax_amount"] == 220.5
    assert fields["total_amount"] == 1270.5


def test_reminder_prints_no_net() -> None:
    # The sum a reminder asks for holds an earlier invoice's VAT: no net to copy it into.
    fields = _fields(
        [
            (50, 60, "Lounais Kiinteistöpalvelu Oy"),
            (400, 60, "MAKSUMUISTUTUS"),
            (350, 80, "Laskun numero 7712"),
            (50, 200, "Lasku 7712 erääntynyt 30.9.2025"),
            (470, 200, "980,00"),
            (50, 216, "Muistutusmaksu"),
            (470, 216, "5,00"),
            (300, 240, "Maksettava yhteensä EUR"),
            (470, 240, "985,00"),
        ]
    )
    assert fields["total_amount"] == 985.0
    assert fields.get("net_amount") is None
