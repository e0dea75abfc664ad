"""Deadlines stated in sentences ("Payable dans les 30 jours net, au plus tard le ...", "wird
zum ... per Lastschrift eingezogen"), a "da pagare" box whose figure stands at its right, issue
dates beside other documents' and viewers' dates, and VAT IDs in side-by-side party blocks."""

from __future__ import annotations

from datetime import date

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_sized_pdf

# (x, y from the top, text, font size)
Text = tuple[float, float, str, float]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_sized_pdf(texts))


def _pdf(texts: list[Text]) -> bytes:
    return make_sized_pdf(texts)


def _head(title: str, number: str, issued: str) -> list[Text]:
    return [
        (50, 40, "Atelier Brunnhalde GmbH", 10),
        (50, 53, "Talstrasse 9, 8200 Schaffhausen", 9),
        (50, 110, title, 14),
        (50, 135, number, 9),
        (50, 148, issued, 9),
        (60, 200, "Beratung und Montage", 9),
        (480, 200, "640,00", 9),
        (60, 230, "Total", 9),
        (480, 230, "640,00", 9),
    ]


def test_payable_within_days_then_at_the_latest_on_a_date() -> None:
    invoice = _invoice(
        [
            *_head("Facture", "Facture n° 2026-0412", "Date: 02.03.2026"),
            (50, 270, "Payable dans les 30 jours net, au plus tard le 01.04.2026.", 9),
        ]
    )
    assert invoice.fields["due_date"].value == date(2026, 4, 1)


def test_amount_collected_by_direct_debit_zum_date() -> None:
    invoice = _invoice(
        [
            *_head("Rechnung", "Rechnung Nr. 2026-0412", "Rechnungsdatum: 02.03.2026"),
            (50, 270, "Der Rechnungsbetrag wird zum 17.03.2026 per Lastschrift eingezogen.", 9),
        ]
    )
    assert invoice.fields["due_date"].value == date(2026, 3, 17)


def test_replaced_proforma_date_is_not_the_issue_date() -> None:
    invoice = _invoice(
        [
            (50, 40, "SHANGHAI EASTLAKE LAMPS CO., LTD.", 11),
            (200, 80, "COMMERCIAL INVOICE", 13),
            (130, 98, "(replaces Proforma Invoice No. EL-PF-1103 dated NOV. 3, 2025)", 9),
            (50, 120, "SOLD TO:", 9),
            (320, 120, "INVOICE NO.:", 9),
            (400, 120, "EL-CI-0120", 9),
            (50, 131, "NORDLICHT HANDEL GMBH", 9),
            (320, 131, "DATE:", 9),
            (400, 131, "JAN. 20, 2026", 9),
            (60, 200, "Desk lamp, brass", 9),
            (480, 200, "1,200.00", 9),
            (60, 230, "TOTAL:", 9),
            (480, 230, "USD 1,200.00", 9),
        ]
    )
    assert invoice.fields["invoice_date"].value == date(2026, 1, 20)


def test_deadline_under_pay_box_caption_with_figure_at_right() -> None:
    invoice = _invoice(
        [
            *_head("Fattura", "Fattura n. B-2025-7781", "Data emissione 05/11/2025"),
            (70, 290, "Totale da pagare", 11),
            (460, 300, "€ 86,20", 14),
            (70, 306, "entro il 27/11/2025", 7),
        ]
    )
    assert invoice.fields["due_date"].value == date(2025, 11, 27)


def test_viewer_print_stamp_is_not_the_issue_date() -> None:
    invoice = _invoice(
        [
            (50, 30, "E-Invoice Viewer", 9),
            (200, 30, "rendering of structured invoice data", 8),
            (430, 30, "printed 2025-11-06 14:30", 8),
            (50, 60, "Commercial invoice (380)", 11),
            (198, 60, "No. KV-25-07731", 11),
            (302, 60, "of 2025-11-02", 11),
            (60, 200, "Consulting", 9),
            (480, 200, "640.00", 9),
            (60, 230, "Total", 9),
            (480, 230, "640.00", 9),
        ]
    )
    assert invoice.fields["invoice_date"].value == date(2025, 11, 2)


def test_english_org_no_with_mva_is_the_vat_id() -> None:
    invoice = _invoice(
        [
            *_head("Invoice", "Invoice No. 5521", "Issue date: 2026-03-02"),
            (50, 66, "Org. no.", 9),
            (110, 66, "921 458 738 MVA", 9),
        ]
    )
    assert invoice.fields["seller_vat_id"].value in ("NO921458738MVA", "921458738")


def test_spanish_fecha_de_expedicion_is_the_issue_date() -> None:
    invoice = _invoice(
        [
            (50, 40, "Factura electrónica", 12),
            (50, 72, "Número de factura:", 8),
            (150, 72, "00412", 8),
            (300, 72, "Fecha de expedición:", 8),
            (400, 72, "16/02/2026", 8),
            (50, 83, "Serie:", 8),
            (150, 83, "B-2026/", 8),
            (300, 83, "Lugar de expedición:", 8),
            (400, 83, "Sevilla", 8),
            (60, 200, "Servicio", 9),
            (480, 200, "640,00", 9),
            (60, 230, "Total factura", 9),
            (480, 230, "640,00 €", 9),
        ]
    )
    assert invoice.fields["invoice_date"].value == date(2026, 2, 16)


def test_vat_id_set_off_under_the_buyers_window_is_the_buyers() -> None:
    invoice = _invoice(
        [
            (50, 98, "Landmeters Verhoeven BV", 8),
            (50, 108, "Boomsesteenweg 12", 8),
            (50, 118, "2610 Wilrijk", 8),
            (320, 144, "Bouwbedrijf De Smet NV", 10),
            (320, 157, "Industrieweg 8", 10),
            (320, 170, "9000 Gent", 10),
            (320, 196, "BTW BE 0778.123.409", 8),
            (50, 230, "FACTUUR", 14),
            (50, 262, "Factuurnr.: F26/0311", 9),
            (50, 275, "Factuurdatum: 10/03/2026", 9),
            (60, 320, "Opmeting perceel", 9),
            (480, 320, "640,00", 9),
            (60, 350, "Totaal", 9),
            (480, 350, "774,40", 9),
            (50, 780, "Landmeters Verhoeven BV · BTW BE 0693.145.271 · RPR Antwerpen", 7),
        ]
    )
    assert invoice.fields["seller_vat_id"].value == "BE0693145271"


def test_side_by_side_parties_buyers_vat_row_beside_sellers_tax_row() -> None:
    invoice = _invoice(
        [
            (50, 25, "Faktúra   Císlo faktúry: 2026/0311", 12),
            (41, 65, "Dodávatel", 8),
            (310, 65, "Odberatel", 8),
            (41, 79, "Stolárstvo Kysuce s.r.o.", 9),
            (311, 79, "Nábytok Dunaj s.r.o.", 9),
            (41, 90, "Hlavná 14", 9),
            (311, 90, "Racianska 55", 9),
            (41, 102, "022 01 Cadca", 8),
            (311, 102, "831 02 Bratislava", 8),
            (41, 114, "Slovenská republika", 9),
            (311, 122, "ICO:", 8),
            (359, 122, "51234567", 8),
            (41, 134, "ICO:", 8),
            (89, 134, "47654321", 8),
            (311, 134, "DIC:", 8),
            (359, 134, "2107654329", 8),
            (41, 146, "DIC:", 8),
            (89, 146, "2023456787", 8),
            (311, 146, "IC DPH:", 8),
            (359, 146, "SK2107654329", 8),
            (41, 158, "IC DPH:", 8),
            (89, 158, "SK2023456787", 8),
            (41, 200, "Dátum vystavenia: 10.03.2026", 8),
            (60, 260, "Stôl dubový", 9),
            (480, 260, "640,00", 9),
            (60, 290, "Suma na úhradu:", 9),
            (480, 290, "787,20 €", 9),
        ]
    )
    assert invoice.fields["seller_vat_id"].value == "SK2023456787"
