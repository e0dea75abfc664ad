"""A tradesman's details block naming the job's site ("Bauvorhaben: | Dach OG"), whose value
is never a party's name; and a till-style Courier printout, each word in a cell of its own:
"Torgauer | Straße | 233" under the firm's name is its street, not a street caption's row, and
"Kunde | 88 | 2041" is the customer's number, the row under it no buyer's name."""

from __future__ import annotations

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text)
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text], font: str) -> CanonicalInvoice:
    # Capitals alone: a banner, set bold.
    return analysed(
        make_pdf(
            Drawn(x, y, text, font, size, bold=text.isupper() and size > 10)
            for x, y, size, text in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _tradesman(caption: str, site: str) -> list[Text]:
    """A roofer's final invoice: the name set large top left, no legal form; the sender line
    over the window's addressee; the details block right, its values in a column 50 pt past
    the captions' start."""
    rows = [
        ("Rechnung Nr.:", "2025/0412"),
        ("Datum:", "14.11.2025"),
        ("Kunden-Nr.:", "5518"),
        (caption, site),
    ]
    return [
        (40, 40, 16, "Dachdeckerei Vollmer"),
        (470, 40, 8, "Lindenallee 7"),
        (470, 52, 8, "34117 Kassel"),
        (40, 60, 9, "Meisterbetrieb für Dach- und Fassadenarbeiten"),
        (470, 64, 8, "Tel. 0561 770341"),
        (40, 100, 6, "Dachdeckerei Vollmer, Inh. Jörg Vollmer, Lindenallee 7, 34117 Kassel"),
        (40, 115, 9, "Herrn"),
        (40, 127, 9, "Konrad Wiegand"),
        (40, 139, 9, "Am Mühlbach 12"),
        (40, 151, 9, "34131 Kassel"),
        *((370, 115 + 12 * i, 8, c) for i, (c, _) in enumerate(rows)),
        *((480, 115 + 12 * i, 8, v) for i, (_, v) in enumerate(rows)),
        (40, 200, 12, "Schlussrechnung"),
        (40, 230, 9, "Pos.   Leistung                      Menge   EP      GP"),
        (40, 245, 9, "1      Dachrinne erneuern            12 m    42,00   504,00"),
        (40, 280, 9, "Nettosumme                                           504,00 EUR"),
        (40, 292, 9, "zzgl. 19 % USt                                        95,76 EUR"),
        (40, 304, 9, "Gesamtbetrag                                         599,76 EUR"),
    ]


@pytest.mark.parametrize(
    ("caption", "site"),
    [
        ("Bauvorhaben:", "Dach OG"),  # Austria's "OG": here the upper floor
        ("Baustelle:", "Anbau KG"),  # "KG": the cellar floor, no limited partnership
        ("Objekt:", "Haus Nord AG"),
    ],
)
def test_a_site_captions_value_names_no_party(caption: str, site: str) -> None:
    invoice = _invoice(_tradesman(caption, site), "Helvetica")
    assert _value(invoice, "seller_name") == "Dachdeckerei Vollmer"
    assert "Konrad Wiegand" in str(_value(invoice, "buyer_name"))


def _right(x1: float, y: float, size: float, text: str) -> Text:
    """A Courier text set flush right at `x1`."""
    return (x1 - stringWidth(text, "Courier", size), y, size, text)


def _till_print() -> list[Text]:
    """A hardware store's invoice in Courier: a bold banner, the firm's name, street and town
    under it, the VAT ID and phone right; "Firma" over the customer's block, the meta block
    right ("Kunde | 88 2041", "Kasse/Bed. | 03 / HS")."""
    right = 330
    return [
        (40, 37, 13, "EISENWAREN BERGMANN"),
        _right(555, 37, 8.5, "USt-IdNr DE318274650"),
        _right(555, 48, 8.5, "Tel 0371 5520 140"),
        (40, 50, 8.5, "Eisenwaren Bergmann GmbH"),
        (40, 61, 8.5, "Annaberger Straße 118"),
        (40, 71, 8.5, "09125 Chemnitz"),
        (40, 100, 8, "Firma"),
        (right, 100, 8, "Rechnung      R 251104-0219"),
        (40, 112, 8, "Zimmerei Lindner"),
        (right, 112, 8, "Datum          04.11.2025"),
        (40, 124, 8, "Inh. Marko Lindner"),
        (right, 124, 8, "Kunde             71 3308"),
        (40, 136, 8, "Waldweg 4"),
        (right, 136, 8, "Kasse/Bed.         02 / KR"),
        (40, 148, 8, "09405 Zschopau"),
        (40, 195, 10, "RECHNUNG"),
        (40, 220, 7, "Art.Nr  Bezeichnung                 Menge  EP brutto  Gesamt brutto"),
        (40, 232, 7, "------------------------------------------------------------------"),
        (40, 244, 7, "200145  Kreissägeblatt 190 mm         1 St      34,90          34,90"),
        (40, 256, 7, "------------------------------------------------------------------"),
        (40, 270, 7, "Summe brutto   34,90 EUR"),
        (40, 282, 7, "Nettobetrag    29,33 EUR"),
        (40, 294, 7, "MwSt 19 %       5,57 EUR"),
    ]


def test_a_till_print_keeps_its_letterhead_street_and_customer_block() -> None:
    invoice = _invoice(_till_print(), "Courier")
    assert _value(invoice, "seller_name") == "Eisenwaren Bergmann GmbH"
    # "Annaberger | Straße | 118": a street in monospaced cells, no "Straße:" caption's row.
    assert _value(invoice, "seller_address") == "Annaberger Straße 118, 09125 Chemnitz"
    # "Kunde | 71 | 3308": the customer's number beside its caption; "Kasse/Bed." under it
    # is the next field's caption, the buyer's block is the one under "Firma".
    assert _value(invoice, "buyer_name") == "Zimmerei Lindner"
