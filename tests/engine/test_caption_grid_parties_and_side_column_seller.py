"""A party caption heading a form's caption | value rows (a service report's "Kunde", a
remittance's "Pay to"): its value beside it is the party, never the next row's caption
(captiongridrows.py); a narrow side column printing a legal-form name with its tax ID and
IBAN is the seller's letterhead, the main column's first block the buyer's
(sidecolumnseller.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_ITEMS: list[tuple[float, float, str]] = [
    (170, 300, "Omschrijving"),
    (400, 300, "Aantal"),
    (480, 300, "Bedrag"),
    (170, 318, "Adviesuren maart"),
    (400, 318, "10"),
    (480, 318, "1.000,00"),
    (380, 360, "Totaal excl. btw 1.000,00"),
    (380, 375, "Btw 21% 210,00"),
    (380, 390, "Totaal incl. btw 1.210,00"),
]


def _grid_report(caption: str) -> list[tuple[float, float, str]]:
    return [
        (50, 40, "Hellwig Gebäudetechnik GmbH · Am Kanal 7 · 28195 Bremen"),
        (50, 90, "SERVICEPROTOKOLL Nr. SP-4411"),
        (50, 130, caption),
        (160, 130, "Bäckerei Sommerfeld KG, Lindenweg 3, 28359 Bremen"),
        (50, 148, "Objekt"),
        (160, 148, "Backstube Halle 3, Ofenlinie 2"),
        (50, 166, "Auftragsart"),
        (160, 166, "Wartung / Störung"),
        (50, 184, "Gemeldet"),
        (160, 184, "03.02.2025, 07:10 Uhr"),
        (50, 202, "Befund"),
        (160, 202, "Brenner zündet nicht, Fehler 41"),
        (50, 780, "Hellwig Gebäudetechnik GmbH | USt-IdNr. DE287654321"),
    ]


def _invoice_page() -> list[tuple[float, float, str]]:
    return [
        (50, 40, "Hellwig Gebäudetechnik GmbH · Am Kanal 7 · 28195 Bremen"),
        (50, 130, "Bäckerei Sommerfeld KG"),
        (50, 143, "Inh. Jana Sommerfeld"),
        (50, 156, "Lindenweg 3"),
        (50, 169, "28359 Bremen"),
        (350, 130, "Rechnungsnummer: HG-2025-118"),
        (350, 143, "Rechnungsdatum: 07.02.2025"),
        (50, 250, "Rechnung"),
        (50, 300, "Pos."),
        (100, 300, "Bezeichnung"),
        (480, 300, "Betrag"),
        (50, 320, "1"),
        (100, 320, "Wartung Brenner"),
        (480, 320, "1.000,00"),
        (380, 360, "Nettobetrag: 1.000,00"),
        (380, 375, "USt 19%: 190,00"),
        (380, 390, "Gesamtbetrag: 1.190,00"),
        (50, 780, "Hellwig Gebäudetechnik GmbH | USt-IdNr. DE287654321"),
    ]


def test_a_customer_caption_in_a_report_grid_names_the_value_beside_it() -> None:
    pdf = make_invoice_pdf([_invoice_page(), _grid_report("Kunde")])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields.get("buyer_name") == "Bäckerei Sommerfeld KG"
    assert fields.get("buyer_address") == "Lindenweg 3, 28359 Bremen"


def test_a_payee_caption_over_bank_rows_names_the_payee_not_the_bank_caption() -> None:
    slip = [
        (50, 400, "PAYMENT DETAILS"),
        (50, 420, "Pay to"),
        (160, 420, "Hellwig Gebäudetechnik GmbH"),
        (50, 436, "Bank"),
        (160, 436, "Sparkasse Bremen"),
        (50, 452, "IBAN"),
        (160, 452, "DE89 2905 0101 0001 2345 67"),
        (50, 468, "BIC"),
        (160, 468, "SBREDE22XXX"),
        (50, 484, "Reference"),
        (160, 484, "HG-2025-118 / K-2231"),
    ]
    page = [t for t in _invoice_page() if t[1] < 700] + slip
    fields = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)["fields"]
    assert fields.get("seller_name") != "Bank"


def _side_column_letter() -> list[tuple[float, float, str]]:
    return [
        (25, 100, "kleiweg"),
        (35, 114, "advies"),
        (170, 100, "Gemeente Veldhoven B.V."),
        (170, 113, "Afdeling inkoop"),
        (170, 126, "Marktplein 12"),
        (170, 139, "5501 AB Veldhoven"),
        (170, 200, "Factuur"),
        (170, 220, "Factuurnummer KA-25-0331"),
        (170, 233, "Factuurdatum 12-03-2025"),
        *_ITEMS,
        (22, 660, "Kleiweg Advies B.V."),
        (22, 670, "Kerkstraat 9"),
        (22, 680, "5611 GH Eindhoven"),
        (22, 700, "KvK 80123456"),
        (22, 710, "Btw NL859123456B01"),
        (22, 720, "NL20 INGB 0001 2345 67"),
    ]


def test_a_side_column_with_legal_name_and_tax_id_is_the_sellers_letterhead() -> None:
    fields = extract_canonical(make_invoice_pdf([_side_column_letter()]), use_einvoice=False)[
        "fields"
    ]
    assert fields.get("seller_name") == "Kleiweg Advies B.V."
    assert fields.get("seller_address") == "Kerkstraat 9, 5611 GH Eindhoven"
    assert fields.get("buyer_name") == "Gemeente Veldhoven B.V."
