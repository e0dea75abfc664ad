"""Receipt-style invoices in Courier with dot leaders between each caption and its value
("Cliente ........ Hotel ...", "TOTAL BASES ...... 1.100,00") and item rows "name ....
count x price   amount A" closed by a tax-code letter; a totals block printed figure first,
its caption after it; a logo's seller whose address stands under its name written in full.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import Drawn, make_pdf

_LEFT = 85.0
# Courier at 10 points: 6 points a character, 76 characters a line.
_WIDTH = 76


def _courier(y: float, caption: str, value: str) -> Drawn:
    """A caption, its leader dots and its value closing the line at the right margin."""
    dots = "." * (_WIDTH - len(caption) - len(value) - 4)
    return Drawn(_LEFT, y, f"{caption} {dots}   {value}", "Courier", 10)


def _item(y: float, name: str, working: str, amount: str) -> Drawn:
    """An item's name, leader dots, its count times price and its amount with a tax code."""
    dots = "." * (51 - len(name))
    return Drawn(_LEFT, y, f"{name} {dots} {working:>10}{amount:>13}", "Courier", 10)


def _leader_receipt() -> bytes:
    drawn: list[Drawn] = [
        Drawn(300, 60, "FERRETERIA DEL SUR, S.L.", "Courier-Bold", 12, "centre"),
        Drawn(300, 76, "Calle Real 12 - 41001 Sevilla", "Courier", 10, "centre"),
        Drawn(300, 90, "CIF B41234567 - Tel. 954 11 22 33", "Courier", 10, "centre"),
        Drawn(300, 118, "FACTURA", "Courier-Bold", 12, "centre"),
        _courier(134, "Factura n.", "F-2025/0077"),
        _courier(146, "Fecha", "05/02/2025"),
        _courier(170, "Cliente", "Hotel Giralda Centro"),
        _courier(182, "CIF cliente", "B41987654"),
        Drawn(_LEFT, 202, "-" * 76, "Courier", 10),
        _item(218, "Bombilla LED E27 10 W", "12 x 3,50", "42,00 A"),
        _item(230, "Cinta americana gris 50 m", "6 x 7,25", "43,50 A"),
        _item(242, "Manual de mantenimiento", "2 x 18,00", "36,00 B"),
        Drawn(_LEFT, 262, "-" * 76, "Courier", 10),
        _courier(278, "Base imponible A (IVA 21%)", "85,50"),
        _courier(290, "Cuota IVA 21%", "17,96"),
        _courier(302, "Base imponible B (IVA 4%)", "36,00"),
        _courier(314, "Cuota IVA 4%", "1,44"),
        Drawn(_LEFT, 330, "-" * 76, "Courier", 10),
        _courier(346, "TOTAL BASES", "121,50"),
        _courier(358, "TOTAL IVA", "19,40"),
        _courier(370, "TOTAL FACTURA EUR", "140,90"),
        Drawn(_LEFT, 400, "A = IVA 21%   B = IVA 4%", "Courier", 10),
    ]
    return make_pdf(drawn)


def test_total_of_the_rates_bases_is_the_net() -> None:
    fields = extract_canonical(_leader_receipt(), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 121.5
    assert fields["tax_amount"] == 19.4
    assert fields["total_amount"] == 140.9


def test_customer_name_after_leader_dots() -> None:
    fields = extract_canonical(_leader_receipt(), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Hotel Giralda Centro"


def test_leader_rows_closed_by_a_tax_code_letter_are_items() -> None:
    items = extract_canonical(_leader_receipt(), use_einvoice=False)["line_items"]
    assert [
        (item["description"], item["quantity"], item["unit_price"], item["amount"])
        for item in items
    ] == [
        ("Bombilla LED E27 10 W", 12.0, 3.5, 42.0),
        ("Cinta americana gris 50 m", 6.0, 7.25, 43.5),
        ("Manual de mantenimiento", 2.0, 18.0, 36.0),
    ]


def test_totals_printed_figure_first() -> None:
    drawn: list[Drawn] = [
        Drawn(57, 60, "PLOMBERIE MARTIN SARL", size=14),
        Drawn(57, 80, "3 rue Victor Hugo", size=9),
        Drawn(57, 92, "37000 Tours", size=9),
        Drawn(330, 130, "M. Paul Lefèvre", size=9),
        Drawn(330, 142, "12 rue des Lilas", size=9),
        Drawn(330, 154, "37100 Tours", size=9),
        Drawn(57, 220, "FACTURE N° PM-2025-114", size=12),
        Drawn(57, 238, "Tours, le 4 février 2025", size=9),
        Drawn(132, 300, "Montant HT", size=9, align="right"),
        Drawn(148, 300, "Désignation", size=9),
        Drawn(132, 320, "420,00 €", size=9, align="right"),
        Drawn(148, 320, "Remplacement chauffe-eau 200 L", size=9),
        Drawn(132, 340, "180,00 €", size=9, align="right"),
        Drawn(148, 340, "Main d'oeuvre", size=9),
        Drawn(132, 380, "600,00 €", size=9, align="right"),
        Drawn(148, 380, "Total HT", size=9),
        Drawn(132, 396, "60,00 €", size=9, align="right"),
        Drawn(148, 396, "TVA 10 % (travaux)", size=9),
        Drawn(132, 412, "660,00 €", size=9, align="right"),
        Drawn(148, 412, "Total TTC", size=9),
        Drawn(132, 428, "- 200,00 €", size=9, align="right"),
        Drawn(148, 428, "Acompte versé le 10/01/2025", size=9),
        Drawn(132, 444, "460,00 €", size=9, align="right"),
        Drawn(148, 444, "NET À PAYER", size=9),
    ]
    fields = extract_canonical(make_pdf(drawn), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 600.0
    assert fields["tax_amount"] == 60.0
    assert fields["total_amount"] == 660.0
    assert fields["amount_due"] == 460.0


def test_logo_sellers_address_under_its_name_written_out() -> None:
    # A dark sidebar: the header's fields, then the customer's block "AN", then the
    # studio's own "VON" block under its full name, the item table in the right column.
    drawn: list[Drawn] = [
        Drawn(36, 70, "NORDLICHT", size=20, bold=True),
        Drawn(240, 84, "Projekt: Fotoproduktion Frühjahrskatalog", size=9),
        Drawn(36, 94, "Büro für Fotografie", size=8),
        Drawn(240, 110, "Sehr geehrter Herr Brandt, vielen Dank für Ihren Auftrag.", size=9),
        Drawn(240, 121, "Für die erbrachten Leistungen berechnen wir wie folgt:", size=9),
        Drawn(36, 146, "RECHNUNG", size=14, bold=True),
        Drawn(240, 165, "Leistung", size=8),
        Drawn(430, 165, "Menge", size=8, align="right"),
        Drawn(481, 165, "Satz €", size=8, align="right"),
        Drawn(551, 165, "Betrag €", size=8, align="right"),
        Drawn(36, 180, "Rechnungsnummer", size=7),
        Drawn(36, 190, "NL-2025-031", size=9),
        Drawn(240, 190, "Produktfotografie Studio", size=9),
        Drawn(430, 190, "2 Tage", size=9, align="right"),
        Drawn(481, 190, "900,00", size=9, align="right"),
        Drawn(551, 190, "1.800,00", size=9, align="right"),
        Drawn(36, 211, "Rechnungsdatum", size=7),
        Drawn(36, 221, "02.04.2025", size=9),
        Drawn(240, 221, "Bildbearbeitung", size=9),
        Drawn(430, 221, "12 Std.", size=9, align="right"),
        Drawn(481, 221, "65,00", size=9, align="right"),
        Drawn(551, 221, "780,00", size=9, align="right"),
        Drawn(36, 242, "Fällig am", size=7),
        Drawn(36, 252, "16.04.2025", size=9),
        Drawn(240, 252, "Nutzungsrechte Print", size=9),
        Drawn(430, 252, "1 Pausch.", size=9, align="right"),
        Drawn(481, 252, "420,00", size=9, align="right"),
        Drawn(551, 252, "420,00", size=9, align="right"),
        Drawn(36, 273, "Kundennummer", size=7),
        Drawn(36, 283, "K-2207", size=9),
        Drawn(240, 283, "Anfahrt und Technik", size=9),
        Drawn(430, 283, "1 Pausch.", size=9, align="right"),
        Drawn(481, 283, "150,00", size=9, align="right"),
        Drawn(551, 283, "150,00", size=9, align="right"),
        Drawn(36, 345, "AN", size=7),
        Drawn(36, 358, "Kaffeerösterei Elbe GmbH", size=9),
        Drawn(36, 370, "z. Hd. Herrn Jonas Brandt", size=9),
        Drawn(36, 382, "Hafenstraße 4", size=9),
        Drawn(36, 394, "20457 Hamburg", size=9),
        Drawn(346, 394, "Zwischensumme netto", size=9),
        Drawn(551, 394, "3.150,00 €", size=9, align="right"),
        Drawn(337, 412, "zzgl. 19 % Umsatzsteuer", size=9),
        Drawn(551, 412, "598,50 €", size=9, align="right"),
        Drawn(36, 425, "VON", size=7),
        Drawn(359, 430, "Rechnungsbetrag", size=9),
        Drawn(551, 430, "3.748,50 €", size=9, align="right"),
        Drawn(36, 438, "Atelier Nordlicht GmbH", size=9),
        Drawn(36, 450, "Schanzenstraße 27", size=9),
        Drawn(36, 462, "20357 Hamburg", size=9),
        Drawn(36, 476, "USt-IdNr.: DE298765431", size=8),
        Drawn(240, 476, "Bitte überweisen Sie den Rechnungsbetrag bis zum 16.04.2025", size=9),
        Drawn(36, 487, "HRB 154321, AG Hamburg", size=8),
        Drawn(240, 487, "auf das links genannte Konto.", size=9),
        Drawn(36, 528, "BANKVERBINDUNG", size=7),
        Drawn(36, 542, "Hamburger Sparkasse", size=8),
        Drawn(36, 554, "IBAN DE89 3704 0044 0532 0130 00", size=8),
    ]
    fields = extract_canonical(make_pdf(drawn), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Schanzenstraße 27, 20357 Hamburg"
