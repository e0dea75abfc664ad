"""Staffing agencies' invoices: disbursements captioned "outside the scope of VAT" beside the
printed VAT (the printed tax stands, and the net is the total less it: BT-109 holds the
charge outside VAT, as on test_levy_beside_vat_summary.py); an item's name cut mid-phrase
("... gem.") going on over a line that reads as a "label: value" detail; a side column's
company name wrapped before its last word and form ("Talentbrücke" / "Personalberatung GmbH")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _agency_invoice() -> list[tuple[float, float, str]]:
    return [
        (60, 50, "NORTHGATE"),
        (380, 50, "INVOICE"),
        (330, 66, "Northgate Recruitment Ltd"),
        (360, 78, "4 Mill Lane, York YO1 6HQ"),
        (360, 90, "VAT No: 284 1163 40"),
        (60, 120, "Invoice to:"),
        (300, 120, "Invoice number"),
        (420, 120, "NR/40771"),
        (60, 132, "Ouse Valley Bakeries Ltd"),
        (300, 132, "Date"),
        (420, 132, "03/03/2025"),
        (60, 190, "Worker"),
        (150, 190, "Rate type"),
        (300, 190, "Units"),
        (360, 190, "Rate"),
        (470, 190, "Net"),
        (60, 206, "A. Lister"),
        (150, 206, "Standard"),
        (300, 206, "30.00"),
        (360, 206, "15.00"),
        (470, 206, "450.00"),
        (60, 222, "A. Lister"),
        (150, 222, "Train fare - disbursement"),
        (300, 222, "1.00"),
        (360, 222, "12.40"),
        (470, 222, "12.40"),
        (250, 260, "Net charges (standard rated)"),
        (470, 260, "450.00"),
        (250, 274, "VAT @ 20%"),
        (470, 274, "90.00"),
        (250, 288, "Disbursements (outside the scope of VAT)"),
        (470, 288, "12.40"),
        (250, 302, "INVOICE TOTAL GBP"),
        (470, 302, "552.40"),
    ]


def test_printed_vat_stands_beside_disbursements_outside_its_scope() -> None:
    fields = extract_canonical(make_invoice_pdf([_agency_invoice()]))["fields"]
    assert fields.get("total_amount") == 552.4
    assert fields.get("tax_amount") == 90.0
    assert fields.get("net_amount") == 462.4


def _credit_note(wrapped: list[str]) -> list[tuple[float, float, str]]:
    page = [
        (60, 50, "Kanzlei-Personal GmbH, Hofgarten 4, 80539 München"),
        (60, 62, "USt-IdNr. DE198765432"),
        (300, 100, "Korrektur-Nr."),
        (400, 100, "RK-2025-0007"),
        (300, 112, "Datum"),
        (400, 112, "14.03.2025"),
        (60, 100, "Alpenmaschinen AG"),
        (60, 112, "Seestraße 3, 82319 Starnberg"),
        (60, 170, "Pos."),
        (90, 170, "Beschreibung"),
        (330, 170, "Menge"),
        (380, 170, "Einzelpreis €"),
        (470, 170, "Gesamt €"),
        (60, 186, "1"),
        (90, 186, "Rückvergütung Vermittlungshonorar gem."),
        (340, 186, "1"),
        (390, 186, "-7.500,00"),
        (470, 186, "-7.500,00"),
    ]
    page += [(90, 197 + 11 * i, text) for i, text in enumerate(wrapped)]
    page += [
        (60, 260, "2"),
        (90, 260, "Storno Reisekosten"),
        (340, 260, "1"),
        (390, 260, "-180,00"),
        (470, 260, "-180,00"),
        (300, 290, "Summe netto"),
        (470, 290, "-7.680,00"),
        (300, 304, "Umsatzsteuer 19 %"),
        (470, 304, "-1.459,20"),
        (300, 318, "Gutschriftsbetrag"),
        (470, 318, "-9.139,20"),
    ]
    return page


def test_name_cut_mid_phrase_goes_on_over_a_colon() -> None:
    wrapped = ["§ 4 Abs. 3 Rahmenvertrag: 50 % von", "15.000,00 € (Position Leitung Einkauf)"]
    items = extract_canonical(make_invoice_pdf([_credit_note(wrapped)]))["line_items"]
    assert [item["amount"] for item in items] == [-7500.0, -180.0]
    assert items[0]["description"] == (
        "Rückvergütung Vermittlungshonorar gem. § 4 Abs. 3 Rahmenvertrag: 50 % von"
        " 15.000,00 € (Position Leitung Einkauf)"
    )


def _side_column_letter(first: str | None) -> list[tuple[float, float, str]]:
    page = [
        (25, 100, "werk"),
        (25, 114, "brücke"),
        (170, 100, "Gemeente Veldhoven B.V."),
        (170, 113, "Afdeling inkoop"),
        (170, 126, "Marktplein 12"),
        (170, 139, "5501 AB Veldhoven"),
        (170, 200, "Factuur"),
        (170, 220, "Factuurnummer KA-25-0331"),
        (170, 233, "Factuurdatum 12-03-2025"),
        (170, 246, "Klantnummer 4471"),
        (170, 259, "Periode maart 2025"),
        (170, 272, "Referentie WS-118"),
        (170, 300, "Omschrijving"),
        (400, 300, "Aantal"),
        (480, 300, "Bedrag"),
        (170, 318, "Werving en selectie"),
        (400, 318, "1"),
        (480, 318, "1.000,00"),
        (380, 360, "Totaal excl. btw 1.000,00"),
        (380, 375, "Btw 21% 210,00"),
        (380, 390, "Totaal incl. btw 1.210,00"),
        (22, 660, "ADRES"),
        (22, 670, "Personeelsdiensten B.V."),
        (22, 680, "Kerkstraat 9"),
        (22, 690, "5611 GH Eindhoven"),
        (22, 710, "KvK 80123456"),
        (22, 720, "Btw NL859123456B01"),
        (22, 730, "NL20 INGB 0001 2345 67"),
    ]
    if first is None:
        return page
    return [(x, y - 10 if y == 660 else y, t) for x, y, t in page] + [(22, 660, first)]


def test_side_column_name_wrapped_before_its_last_word_is_joined() -> None:
    page = _side_column_letter("Werkbrücke")
    fields = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)["fields"]
    assert fields.get("seller_name") == "Werkbrücke Personeelsdiensten B.V."
    assert fields.get("seller_address") == "Kerkstraat 9, 5611 GH Eindhoven"
    assert fields.get("buyer_name") == "Gemeente Veldhoven B.V."


def test_side_column_caption_over_the_name_stays_apart() -> None:
    page = _side_column_letter(None)
    fields = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)["fields"]
    assert fields.get("seller_name") == "Personeelsdiensten B.V."
