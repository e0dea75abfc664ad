"""Medical and care bills: a page's subtotal carried over as "Zwischensumme / Übertrag" under
an exempt total, and other practice and clinic layouts."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import ONE_ITEM_AND_TOTALS, make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(*pages: Page) -> dict[str, Any]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_a_subtotal_carried_over_with_a_slash_is_no_net() -> None:
    first: Page = [
        (50, 50, "Dr. med. Anna Vogt · Privatpraxis"),
        (50, 64, "Ringstraße 4 · 50667 Köln"),
        (50, 120, "Herrn Peter Kalb"),
        (50, 134, "Gartenweg 3"),
        (50, 148, "50999 Köln"),
        (350, 120, "Rechnungsnummer: PV-2026-118"),
        (350, 134, "Rechnungsdatum: 14.10.2026"),
        (50, 220, "Datum"),
        (110, 220, "Leistung"),
        (420, 220, "Anz."),
        (480, 220, "Betrag €"),
        (50, 240, "16.09.2026"),
        (110, 240, "Beratung"),
        (420, 240, "1"),
        (480, 240, "20,11"),
        (50, 256, "16.09.2026"),
        (110, 256, "Untersuchung"),
        (420, 256, "1"),
        (480, 256, "21,45"),
        (300, 290, "Zwischensumme / Übertrag"),
        (480, 290, "41,56"),
    ]
    second: Page = [
        (50, 50, "Dr. med. Anna Vogt · Privatpraxis"),
        (300, 100, "Übertrag von Seite 1"),
        (480, 100, "41,56"),
        (50, 120, "Datum"),
        (110, 120, "Leistung"),
        (420, 120, "Anz."),
        (480, 120, "Betrag €"),
        (50, 140, "07.10.2026"),
        (110, 140, "Ultraschall"),
        (420, 140, "1"),
        (480, 140, "20,98"),
        (300, 170, "Rechnungsbetrag"),
        (480, 170, "62,54 €"),
        (50, 190, "Ärztliche Heilbehandlungen sind gemäß § 4 Nr. 14 UStG von der Umsatzsteuer"),
        (50, 202, "befreit."),
    ]
    fields = _fields(first, second)
    assert fields["total_amount"] == 62.54
    assert fields["net_amount"] == 62.54
    assert fields["tax_amount"] == 0.0


def _fee_note(caption: str) -> Page:
    return [
        (50, 50, "Lisa Berger"),
        (50, 64, "Physiotherapeutin · Hauptstraße 4 · 1060 Wien"),
        (50, 120, "Herrn"),
        (50, 134, "Florian Maier"),
        (50, 148, "Gasse 3"),
        (50, 162, "1070 Wien"),
        (350, 190, "Wien, am 28. November 2026"),
        (50, 210, "HONORARNOTE Nr. 2026/143"),
        (50, 240, "Datum"),
        (120, 240, "Leistung"),
        (480, 240, "Honorar"),
        (50, 258, "07.10.2026"),
        (120, 258, "Physiotherapie Einzelbehandlung, 45 Min."),
        (480, 258, "€ 85,00"),
        (50, 274, "14.10.2026"),
        (120, 274, "Physiotherapie + Manuelle Lymphdrainage, 60 Min."),
        (480, 274, "€ 110,00"),
        (50, 300, caption),
        (480, 300, "€ 195,00"),
        (50, 320, "Umsatzsteuerfrei gemäß § 6 Abs. 1 Z 19 UStG 1994."),
    ]


def test_a_fee_notes_whole_fee_is_its_total() -> None:
    fields = _fields(_fee_note("Gesamthonorar"))
    assert fields["total_amount"] == 195.0
    assert fields["net_amount"] == 195.0
    assert fields["tax_amount"] == 0.0
    assert fields["amount_due"] == 195.0


def test_an_article_number_in_a_vat_exemption_is_no_tax() -> None:
    page: Page = [
        (50, 42, "Fysiotherapie De Linde"),
        (50, 64, "Lindelaan 23 · 3705 KB Zeist"),
        (50, 124, "Dhr. P.J. van der Wal"),
        (50, 138, "Prinses Irenelaan 7"),
        (50, 152, "3701 AB Zeist"),
        (340, 124, "Notanummer"),
        (430, 124, ": 2026-0877"),
        (340, 138, "Notadatum"),
        (430, 138, ": 18-11-2026"),
        (55, 264, "Datum"),
        (170, 264, "Omschrijving"),
        (512, 264, "Bedrag"),
        (55, 286, "02-10-2026"),
        (170, 286, "Intake en onderzoek na verwijzing"),
        (512, 286, "€ 58,00"),
        (55, 305, "09-10-2026"),
        (170, 305, "Reguliere zitting fysiotherapie"),
        (512, 305, "€ 42,50"),
        (330, 340, "Totaal te betalen"),
        (504, 340, "€ 100,50"),
        (50, 380, "U heeft een aanvullende verzekering. Deze nota kunt u zelf indienen."),
        (50, 393, "Vrijgesteld van btw op grond van art. 11 lid 1 onderdeel g Wet OB 1968."),
    ]
    fields = _fields(page)
    assert fields["total_amount"] == 100.5
    assert fields["net_amount"] == 100.5
    assert fields["tax_amount"] == 0.0


def _items(*pages: Page) -> list[dict[str, Any]]:
    result = extract_canonical(make_invoice_pdf(list(pages)), use_einvoice=False)
    items: list[dict[str, Any]] = result["line_items"]
    return items


def test_a_care_homes_billed_days_at_a_day_rate() -> None:
    page: Page = [
        (400, 40, "Haus Lindenhof"),
        (50, 122, "Haus Lindenhof gGmbH · Am Lindenhof 3 · 34117 Kassel"),
        (50, 140, "Herrn"),
        (50, 152, "Stefan Grebe"),
        (50, 176, "Allee 301"),
        (50, 188, "34131 Kassel"),
        (360, 164, "Kassel, 03.11.2026"),
        (50, 236, "Heimkostenabrechnung November 2026"),
        (50, 256, "Rechnungs-Nr.: HK-2611-0214"),
        (54, 312, "Leistung"),
        (315, 312, "Berechnungstage"),
        (410, 312, "Tagessatz €"),
        (506, 312, "Betrag €"),
        (54, 331, "Pflegebedingter Aufwand Pflegegrad 4"),
        (382, 331, "30"),
        (439, 331, "98,74"),
        (506, 331, "2.962,20"),
        (54, 349, "Unterkunft"),
        (382, 349, "30"),
        (439, 349, "24,18"),
        (514, 349, "725,40"),
        (54, 367, "Verpflegung"),
        (382, 367, "30"),
        (439, 367, "16,92"),
        (514, 367, "507,60"),
        (50, 390, "Heimentgelt gesamt"),
        (505, 390, "4.195,20"),
        (50, 420, "Die Leistungen sind gemäß § 4 Nr. 16 UStG von der Umsatzsteuer befreit."),
    ]
    items = _items(page)
    assert [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"]) for i in items
    ] == [
        ("Pflegebedingter Aufwand Pflegegrad 4", 30.0, 98.74, 2962.2),
        ("Unterkunft", 30.0, 24.18, 725.4),
        ("Verpflegung", 30.0, 16.92, 507.6),
    ]


def test_a_vets_counts_with_units_beside_a_fee_rate_column() -> None:
    page: Page = [
        (92, 42, "Tierklinik am Stadtwald"),
        (40, 113, "Tierklinik am Stadtwald · Stadtwaldgürtel 61 · 50935 Köln"),
        (41, 127, "Frau"),
        (41, 139, "Dr. Annika Wessel"),
        (41, 151, "Dürener Straße 210"),
        (41, 163, "50931 Köln"),
        (334, 127, "Rechnungs-Nr."),
        (493, 127, "TK-2026-18822"),
        (334, 143, "Rechnungsdatum"),
        (509, 143, "15.11.2026"),
        (41, 257, "RECHNUNG"),
        (43, 282, "Datum"),
        (91, 282, "GOT"),
        (121, 282, "Leistung / Artikel"),
        (344, 282, "Satz"),
        (381, 282, "Menge"),
        (417, 282, "Einzelpreis"),
        (488, 282, "Netto €"),
        (530, 282, "MwSt"),
        (44, 298, "14.11.2026"),
        (91, 298, "§ 3a"),
        (122, 298, "Notdienstgebühr (Sonntag)"),
        (404, 298, "1"),
        (441, 298, "50,00"),
        (497, 298, "50,00"),
        (534, 298, "19 %"),
        (44, 314, "14.11.2026"),
        (92, 314, "10"),
        (121, 314, "Allgemeine Untersuchung, Hund"),
        (351, 314, "2,0"),
        (404, 314, "2"),
        (441, 314, "47,24"),
        (497, 314, "94,48"),
        (534, 314, "19 %"),
        (44, 330, "14.11.2026"),
        (122, 330, "Ringer-Laktat-Lösung 500 ml"),
        (393, 330, "2 Fl."),
        (446, 330, "4,10"),
        (502, 330, "8,20"),
        (534, 330, "19 %"),
        (44, 346, "14.11.2026"),
        (121, 346, "Cerenia 10 mg/ml Injektionslösung"),
        (385, 346, "1,6 ml"),
        (446, 346, "6,12"),
        (502, 346, "9,79"),
        (534, 346, "19 %"),
        (301, 380, "Nettobetrag 19 %"),
        (520, 380, "162,47 €"),
        (301, 393, "MwSt 19 %"),
        (525, 393, "30,87 €"),
        (300, 406, "Gesamtbetrag brutto"),
        (516, 406, "193,34 €"),
    ]
    items = _items(page)
    assert [(i.get("quantity"), i.get("unit_price"), i["amount"]) for i in items] == [
        (1.0, 50.0, 50.0),
        (2.0, 47.24, 94.48),
        (2.0, 4.1, 8.2),
        (1.6, 6.12, 9.79),
    ]


def test_a_patient_in_the_header_grid_is_not_the_addressed_practice() -> None:
    page: Page = [
        (41, 10, "DENTALTECHNIK WENDLER"),
        (41, 41, "Dentaltechnik Wendler GmbH · Fabrikstraße 22 · 73728 Esslingen am Neckar"),
        (326, 95, "Rechnung Nr."),
        (443, 95, "Datum"),
        (326, 106, "26-11873"),
        (443, 106, "21.10.2026"),
        (40, 122, "Zahnarztpraxis"),
        (325, 122, "Auftrag"),
        (443, 122, "Kunden-Nr."),
        (41, 135, "Dr. med. dent. Tobias Reuter-Lindqvist"),
        (325, 135, "A-4471"),
        (443, 135, "20318"),
        (41, 148, "Schillerplatz 7"),
        (326, 155, "Patient"),
        (443, 155, "Eingliederung"),
        (41, 162, "70173 Stuttgart"),
        (325, 166, "Carola Weiß"),
        (442, 166, "04.11.2026"),
        *ONE_ITEM_AND_TOTALS,
    ]
    # The practice's line over the dentist's name may or may not join it.
    assert _fields(page)["buyer_name"].endswith("Dr. med. dent. Tobias Reuter-Lindqvist")


def test_values_over_small_captions_beside_the_addressee_block() -> None:
    page: Page = [
        (46, 42, "Dr. med. dent. Tobias Reuter-Lindqvist"),
        (46, 74, "Zahnarzt · Implantologie"),
        (45, 122, "Zahnarztpraxis Dr. Reuter-Lindqvist · Schillerplatz 7 · 70173 Stuttgart"),
        (318, 133, "Z-2026-1184"),
        (442, 133, "09.12.2026"),
        (46, 138, "Frau"),
        (46, 150, "Carola Weiß"),
        (319, 150, "Rechnungsnummer"),
        (443, 150, "Rechnungsdatum"),
        (46, 164, "Hölderlinstraße 38"),
        (46, 177, "70193 Stuttgart"),
        (46, 228, "Liquidation nach GOZ/GOÄ"),
        (49, 271, "Datum"),
        (181, 271, "Leistungsbeschreibung"),
        (409, 271, "Anz."),
        (509, 271, "Betrag €"),
        (49, 287, "09.10.2026"),
        (181, 287, "Eingehende Untersuchung"),
        (424, 287, "1"),
        (525, 287, "12,94"),
        (49, 303, "04.11.2026"),
        (181, 303, "Laborkosten Fremdlabor, Rechnung 26-11873 vom 21.10.2026"),
        (424, 303, "1"),
        (513, 303, "1.366,64"),
        (339, 330, "Rechnungsbetrag"),
        (465, 330, "1.379,58 EUR"),
    ]
    fields = _fields(page)
    assert fields["invoice_number"] == "Z-2026-1184"
    assert fields["invoice_date"] == "2026-12-09"
