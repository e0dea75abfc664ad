"""A footer line listing the issuer's details, then the bank its account is held at ("UID-Nr.
ATU... · Gewerbebehörde ... · Volksbank Wien AG"): the bank, the only legal-form name on the
page, is no seller; the letterhead's name is (footerbank.py)."""

from __future__ import annotations

from .conftest import header_values


def test_the_bank_closing_a_footer_line_is_no_seller() -> None:
    fields = header_values(
        [
            (50, 40, "Mag. Verena Aigner"),
            (50, 54, "Unternehmensberatung"),
            (50, 68, "Lindengasse 12/4"),
            (50, 82, "1070 Wien, Österreich"),
            (50, 130, "Schlosserei Brandl GesmbH"),
            (50, 144, "Industriestraße 9"),
            (50, 158, "4600 Wels"),
            (350, 190, "Wien, am 24. Februar 2026"),
            (50, 210, "Honorarnote Nr. VA-2026-009"),
            (50, 300, "Beratungsleistungen Jänner 2026 € 1.470,00"),
            (50, 320, "Summe netto € 1.470,00"),
            (50, 334, "zuzüglich 20 % USt € 294,00"),
            (50, 348, "Gesamtbetrag brutto € 1.764,00"),
            (50, 380, "Bitte überweisen Sie den Betrag auf mein Konto bei der Volksbank,"),
            (50, 394, "IBAN AT72 2011 1284 1037 2906."),
            (50, 780, "UID-Nr. ATU64128759 · Gewerbebehörde Bezirksamt 7 · Volksbank Wien AG"),
        ]
    )
    assert fields.get("seller_name") == "Mag. Verena Aigner"
