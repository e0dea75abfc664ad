"""A narrow sidebar's account run over two lines ("IBAN" / "IT60X0542811101" /
"000000123456") and its address one blank line under a two-line name set with wide leading;
a monospaced letterhead line whose pieces "*" parts ("Hafenstraße 61  *  39106 Magdeburg");
a remainder "bei Übergabe" / "à la livraison" under a deposit already deducted."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_invoice_pdf, make_pdf

WHITE = (1.0, 1.0, 1.0)


def _value(invoice: CanonicalInvoice, key: str) -> object:
    found = invoice.fields.get(key)
    return None if found is None else found.value


def _sidebar_page() -> list[Drawn]:
    """A dark left sidebar (white text) beside the header, the party and the item table."""
    side = [
        (136, "Gommista Rinaldi"),
        (148, "di Rinaldi Marco & C. S.a.s."),
        (172, "Via Bologna 112"),
        (184, "40013 Castel Maggiore (BO)"),
        (208, "P.IVA 03158420371"),
        (294, "Coordinate bancarie"),
        (306, "Banco BPM"),
        (318, "IBAN"),
        (330, "IT60X0542811101"),
        (342, "000000123456"),
    ]
    main = [
        (185, 60, "FATTURA"),
        (185, 108, "Numero"),
        (278, 108, "Data"),
        (185, 120, "88/2025"),
        (278, 120, "14/03/2025"),
        (185, 153, "Dati veicolo"),
        (397, 153, "Spett.le"),
        (185, 166, "Targa"),
        (256, 166, "GH 512 KL"),
        (397, 166, "Sig. Paolo Neri"),
        (185, 178, "Veicolo"),
        (256, 178, "Fiat Panda 1.2"),
        (397, 178, "Via Ferrarese 90"),
        (185, 191, "Km"),
        (256, 191, "81.400"),
        (397, 191, "40128 Bologna (BO)"),
        (185, 255, "Codice"),
        (250, 255, "Descrizione"),
        (436, 255, "Q.tà"),
        (471, 255, "Prezzo"),
        (528, 255, "Importo"),
        (185, 275, "PN-1"),
        (250, 275, "Pneumatico Pirelli Cinturato 175/65 R14"),
        (449, 275, "4"),
        (478, 275, "71,00"),
        (532, 275, "284,00"),
        (185, 303, "SERV-M"),
        (250, 303, "Montaggio ed equilibratura"),
        (449, 303, "4"),
        (478, 303, "11,00"),
        (536, 303, "44,00"),
        (352, 420, "Totale imponibile"),
        (532, 420, "328,00"),
        (382, 436, "Totale IVA"),
        (536, 436, "72,16"),
        (315, 452, "TOTALE DOCUMENTO €"),
        (529, 452, "400,16"),
    ]
    return [Drawn(23, y, text, size=7.5, colour=WHITE) for y, text in side] + [
        Drawn(x, y, text, size=8, colour=(0, 0, 0)) for x, y, text in main
    ]


def test_sidebar_iban_run_broken_over_two_lines_is_joined() -> None:
    invoice = analysed(make_pdf(_sidebar_page()))
    assert _value(invoice, "iban") == "IT60X0542811101000000123456"


def test_sidebar_address_one_blank_line_under_a_two_line_name() -> None:
    invoice = analysed(make_pdf(_sidebar_page()))
    assert _value(invoice, "seller_address") == "Via Bologna 112, 40013 Castel Maggiore (BO)"


def test_monospaced_letterhead_pieces_parted_by_asterisks() -> None:
    page = [
        Drawn(43, 45, "ELBTEILE KFZ-ZUBEHOER GMBH", "Courier", 10, bold=True),
        Drawn(43, 58, "Grosshandel fuer Kfz-Ersatzteile und Werkstattbedarf", "Courier", 8),
        Drawn(43, 70, "Elbuferstrasse 14  *  01067 Dresden  *  Tel. 0351 44 12 0", "Courier", 8),
        Drawn(43, 123, "Autohaus Lenz GmbH", "Courier", 9),
        Drawn(43, 135, "Meissner Strasse 80", "Courier", 9),
        Drawn(43, 147, "01445 Radebeul", "Courier", 9),
        Drawn(335, 123, "RECHNUNG NR. : RE-25-0412", "Courier", 9),
        Drawn(335, 135, "DATUM       : 05.05.2025", "Courier", 9),
        Drawn(43, 264, "POS BEZEICHNUNG                   MENGE  E-PREIS   BETRAG", "Courier", 9),
        Drawn(43, 288, "1   Bremsscheibe vorne               2    45,00    90,00", "Courier", 9),
        Drawn(43, 300, "2   Bremsbelagsatz vorne             1    38,00    38,00", "Courier", 9),
        Drawn(300, 340, "NETTO         :   128,00", "Courier", 9),
        Drawn(300, 352, "MWST 19%      :    24,32", "Courier", 9),
        Drawn(300, 364, "GESAMT EUR    :   152,32", "Courier", 9),
    ]
    invoice = analysed(make_pdf(page))
    assert _value(invoice, "seller_address") == "Elbuferstrasse 14, 01067 Dresden"


def _sale(rows: list[tuple[str, str]]) -> CanonicalInvoice:
    texts = [
        (57, 40, "Autohaus Weber GmbH"),
        (57, 52, "Ringstraße 4, 93053 Regensburg"),
        (57, 100, "Herrn Tim Roth"),
        (57, 112, "Bachgasse 3"),
        (57, 124, "93047 Regensburg"),
        (57, 160, "Rechnung Nr. FZ-2025-031"),
        (400, 160, "Datum: 03.03.2025"),
        (57, 200, "Pos."),
        (90, 200, "Bezeichnung"),
        (490, 200, "Betrag"),
        (57, 216, "1"),
        (90, 216, "Fahrzeug VW Golf 1.5 TSI"),
        (490, 216, "21.420,00"),
        (300, 250, "Nettobetrag"),
        (490, 250, "18.000,00"),
        (300, 264, "MwSt. 19 %"),
        (490, 264, "3.420,00"),
    ]
    texts += [(300, 278 + 14 * i, caption) for i, (caption, _) in enumerate(rows)]
    texts += [(490, 278 + 14 * i, figure) for i, (_, figure) in enumerate(rows)]
    return analysed(make_invoice_pdf([texts], size=9))


def test_remainder_at_handover_under_a_deducted_deposit_is_due() -> None:
    invoice = _sale(
        [
            ("Gesamtbetrag", "21.420,00"),
            ("abzgl. Anzahlung vom 10.02.2025", "-3.000,00"),
            ("Restbetrag bei Übergabe", "18.420,00"),
        ]
    )
    assert _value(invoice, "total_amount") == 21420.0
    assert _value(invoice, "amount_due") == 18420.0


def test_remainder_after_fitting_under_a_deposit_asked_for_is_not_due() -> None:
    # A deposit invoice: the deposit is what is paid now, the remainder waits for the fitting.
    invoice = _sale(
        [
            ("Gesamtbetrag", "21.420,00"),
            ("Anzahlung 30 %", "6.426,00"),
            ("Restbetrag nach Montage", "14.994,00"),
        ]
    )
    assert _value(invoice, "amount_due") != 14994.0
