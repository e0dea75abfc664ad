"""A number under a small capitals kicker title, a bare "Numéro" heading a caption column
beside the buyer's address, Poland's "VAT UE" buyer ID, a hotel folio's bare "Pendiente", a
department before an attention line or alone ("VERSAND / LOGISTIK"), "Rechnungsempfaenger"
spelled without its umlaut and a British town in capitals (ownnumber.py,
captioncolumnnumber.py, labels.py, readerlines.py, towns.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import header_values, make_aligned_pdf


def test_number_printed_larger_under_a_small_capitals_title() -> None:
    pdf = make_aligned_pdf(
        [
            (40, 30, "Werkstattbedarf Lindner GmbH", 16),
            (40, 90, "RECHNUNG", 8),
            (40, 104, "WL-RE-2026-04-0117", 12),
            (40, 150, "Kunde Alpha GmbH", 9),
            (300, 150, "Datum 02.04.2026", 9),
            (40, 162, "Hauptstraße 5", 9),
            (40, 174, "10115 Berlin", 9),
            (40, 230, "Leistung", 9),
            (300, 230, "Summe", 9),
            (40, 245, "Wartung", 9),
            (300, 245, "100,00", 9),
            (300, 270, "Gesamtbetrag 119,00", 9),
        ]
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "WL-RE-2026-04-0117"


def test_bare_number_caption_heading_a_column_beside_the_address() -> None:
    fields = header_values(
        [
            (40, 30, "hostweb."),
            (500, 30, "Facture"),
            (40, 100, "Atelier Rouge"),
            (320, 100, "Numéro"),
            (425, 100, "HW-5512093"),
            (40, 112, "Paul Martin"),
            (320, 112, "Date"),
            (425, 112, "21/03/2025"),
            (40, 124, "3 rue Haute"),
            (320, 124, "Identifiant client"),
            (425, 124, "pm3321-x"),
        ]
    )
    assert fields["invoice_number"] == "HW-5512093"


def test_polish_vat_ue_captions_the_buyer_vat_id() -> None:
    fields = header_values(
        [
            (40, 30, "FAKTURA VAT nr FV/12/04/2025"),
            (40, 100, "Sprzedawca:"),
            (300, 100, "Nabywca:"),
            (40, 112, "Firma Sp. z o.o."),
            (300, 112, "Kunde Beta GmbH"),
            (40, 124, "NIP: PL5842107362"),
            (300, 124, "VAT UE: DE318472608"),
        ]
    )
    assert fields["buyer_vat_id"] == "DE318472608"


def test_bare_pendiente_after_a_card_payment_is_the_amount_due() -> None:
    fields = header_values(
        [
            (40, 30, "Hotel Sol, S.L."),
            (40, 60, "Factura nº H-2025-0001"),
            (380, 300, "TOTAL 394,11 €"),
            (380, 312, "Pagado VISA 394,11 €"),
            (380, 324, "Pendiente 0,00 €"),
        ]
    )
    assert fields["amount_due"] == 0.0


def test_department_before_an_attention_line_stays_out_of_the_address() -> None:
    fields = header_values(
        [
            (40, 30, "Systemhaus Nord GmbH"),
            (40, 80, "RECHNUNG Nr. SN-2025-0012"),
            (40, 130, "Rechnungsempfänger"),
            (40, 142, "Kunde Gamma GmbH"),
            (40, 154, "Controlling, z. Hd. Herrn Krause"),
            (40, 166, "Lindenweg 7"),
            (40, 178, "70173 Stuttgart"),
            (350, 130, "Datum: 03.03.2025"),
        ]
    )
    assert fields["buyer_address"] == "Lindenweg 7, 70173 Stuttgart"


def test_uncaptioned_block_ending_in_a_british_town_in_capitals() -> None:
    # The buyer's block sits half a line off the meta column's rows beside it.
    pdf = make_aligned_pdf(
        [
            (40, 80, "Fleet Hire UK Ltd", 7),
            (40, 90, "12 Mill Lane", 7),
            (40, 100, "Leeds LS2 7AB", 7),
            (340, 136, "Invoice", 7),
            (440, 136, "FH-55120", 7),
            (340, 148, "Date", 7),
            (440, 148, "24/02/2025", 7),
            (340, 160, "Account", 7),
            (440, 160, "C0048", 7),
            (340, 172, "Terms", 7),
            (440, 172, "30 days", 7),
            (40, 176, "KESTREL TOOLING LTD", 7),
            (340, 184, "Out", 7),
            (440, 184, "17/02/2025", 7),
            (40, 188, "ACCOUNTS PAYABLE", 7),
            (340, 196, "In", 7),
            (440, 196, "22/02/2025", 7),
            (40, 200, "9 STATION ROAD", 7),
            (40, 212, "DERBY DE1 2QX", 7),
            (40, 260, "DESCRIPTION", 7),
            (400, 260, "NET", 7),
            (40, 274, "Van hire", 7),
            (400, 274, "100.00", 7),
            (380, 300, "TOTAL DUE GBP 120.00", 7),
            (40, 760, "Fleet Hire UK Ltd, Reg. in England 01234567", 6),
        ]
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "KESTREL TOOLING LTD"
    assert fields["buyer_address"] == "9 STATION ROAD, DERBY DE1 2QX"


def test_ascii_umlaut_caption_and_a_department_line_in_capitals() -> None:
    # A typewriter-style print spells "ä" as "ae": "Rechnungsempfaenger:".
    fields = header_values(
        [
            (40, 30, "NORDFRACHT SPEDITION GMBH"),
            (40, 42, "Kaiweg 4"),
            (40, 54, "28197 Bremen"),
            (40, 100, "Rechnungsempfaenger:"),
            (300, 100, "Rechnungsnummer : NF-0883154"),
            (40, 112, "KESSLER PUMPEN GMBH"),
            (40, 124, "VERSAND / LOGISTIK"),
            (40, 136, "GEWERBERING 9"),
            (40, 148, "72764 REUTLINGEN"),
        ]
    )
    assert fields["buyer_name"] == "KESSLER PUMPEN GMBH"
    assert fields["buyer_address"] == "GEWERBERING 9, 72764 REUTLINGEN"
