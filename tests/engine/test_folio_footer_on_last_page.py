"""A hotel's folio over two pages: page one prints the hotel's letterhead (no legal form), the
billed company's block and the guest's line ("Gast: Ing. ..."); only the last page closes on
the legal line naming the hotel's company ("Alpenhotel ... GmbH & Co KG · FN ...").

Conventions:
- The footer read for the issuer is page one's, else the last page's: a folio's legal line
  may close only its last page.
- The company block the footer does not name is the buyer (the company billed for its
  employee's stay), not the guest; the seller is the hotel, by its footer's full name.
"""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf


def _folio() -> CanonicalInvoice:
    first = [
        Drawn(57, 51, "Berghotel Silvretta", size=17),
        Drawn(57, 67, "Dorfstraße 12  ·  A-6563 Galtür  ·  Tirol", size=8.5),
        Drawn(539, 51, "Seite 1 von 2", size=8, align="right"),
        Drawn(57, 113, "Brunner Anlagenbau GmbH", size=10),
        Drawn(57, 127, "Buchhaltung", size=10),
        Drawn(57, 141, "Industriestraße 4", size=10),
        Drawn(57, 154, "4600 Wels", size=10),
        *(
            drawn
            for row, (caption, value) in enumerate(
                [
                    ("Rechnung Nr.:", "25/00412"),
                    ("Datum:", "07.03.2025"),
                    ("Zimmer:", "12"),
                    ("Gast:", "Ing. Stefan Moser"),
                    ("Anreise:", "03.03.2025"),
                ]
            )
            for drawn in (
                Drawn(354, 108 + 13 * row, caption, size=8.5),
                Drawn(425, 108 + 13 * row, value, size=8.5),
            )
        ),
        Drawn(50, 220, "Datum", size=9),
        Drawn(110, 220, "Text", size=9),
        Drawn(480, 220, "Betrag €", size=9),
        Drawn(50, 236, "03.03.2025", size=9),
        Drawn(110, 236, "Logis Einzelzimmer inkl. Frühstück", size=9),
        Drawn(480, 236, "132,00", size=9),
        Drawn(50, 252, "04.03.2025", size=9),
        Drawn(110, 252, "Logis Einzelzimmer inkl. Frühstück", size=9),
        Drawn(480, 252, "132,00", size=9),
        Drawn(110, 280, "Übertrag", size=9),
        Drawn(480, 280, "264,00", size=9),
    ]
    last = [
        Drawn(50, 60, "Rechnung Nr. 25/00412 · Seite 2", size=8),
        Drawn(50, 100, "05.03.2025", size=9),
        Drawn(110, 100, "Logis Einzelzimmer inkl. Frühstück", size=9),
        Drawn(480, 100, "132,00", size=9),
        Drawn(300, 140, "Gesamtbetrag netto", size=9),
        Drawn(480, 140, "360,00", size=9),
        Drawn(300, 154, "USt 10 %", size=9),
        Drawn(480, 154, "36,00", size=9),
        Drawn(300, 168, "Rechnungsbetrag EUR", size=9),
        Drawn(480, 168, "396,00", size=9),
        Drawn(
            50,
            790,
            "Berghotel Silvretta Walser GmbH & Co KG · FN 123456 a, Landesgericht Innsbruck",
            size=7,
        ),
    ]
    return analysed(make_pdf(first, last))


def test_the_last_pages_footer_names_the_hotel_and_the_block_is_billed() -> None:
    invoice = _folio()
    assert invoice.fields["buyer_name"].value == "Brunner Anlagenbau GmbH"
    assert invoice.fields["seller_name"].value == "Berghotel Silvretta Walser GmbH & Co KG"
