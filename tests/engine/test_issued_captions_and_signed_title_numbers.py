"""Header captions that read a date or a number in the shape templates print them: "Issued"
over its date in a right sidebar, or before it in one cell ("Issued 2025-02-27" beside "Due
2025-03-29"); a banner title with its number sign in a cell of its own, the number lettered
("INVOICE | No. WL-00482/25"); and a German payment sentence "Fällig zum 15.07.2024."."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, font size, text); x < 0 sets the text flush right at -x.
Text = tuple[float, float, float, str]


def _invoice(texts: list[Text], font: str = "Helvetica") -> CanonicalInvoice:
    """A text at a negative x ends at -x."""
    return analysed(
        make_pdf(
            Drawn(abs(x), y, text, font, size, "right" if x < 0 else "left")
            for x, y, size, text in texts
        )
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _sidebar() -> list[Text]:
    """A freelancer's invoice: name and title top left, a right sidebar of small-caps
    captions each over its value, the client's block left under the title."""
    return [
        (40, 48, 18, "Dana Whitfield"),
        (300, 48, 18, "INVOICE"),
        (440, 78, 7, "NUMBER"),
        (440, 88, 10, "2025-0107"),
        (40, 81, 9, "Illustration · Lettering · Book covers"),
        (440, 107, 7, "ISSUED"),
        (440, 117, 10, "March 12, 2025"),
        (40, 135, 7, "BILLED TO"),
        (440, 135, 7, "PAYMENT DUE"),
        (40, 146, 10, "Harbor Press LLC"),
        (440, 146, 10, "April 11, 2025"),
        (40, 160, 10, "88 Wharf Street"),
        (40, 173, 10, "Portland, ME 04101"),
        (40, 234, 9, "Service"),
        (330, 234, 9, "Qty"),
        (400, 234, 9, "Rate"),
        (480, 234, 9, "Total"),
        (40, 258, 9, "Cover illustration, hardback edition"),
        (330, 258, 9, "1"),
        (400, 258, 9, "$1,800.00"),
        (480, 258, 9, "$1,800.00"),
        (40, 282, 9, "Hand lettering, title and spine"),
        (330, 282, 9, "1"),
        (400, 282, 9, "$450.00"),
        (480, 282, 9, "$450.00"),
        (250, 320, 10, "TOTAL DUE"),
        (480, 320, 10, "$2,250.00"),
        (40, 380, 9, "Thank you! Payment is due within 30 days."),
    ]


def test_issued_caption_over_a_date_is_the_issue_date() -> None:
    invoice = _invoice(_sidebar())
    assert str(_value(invoice, "invoice_date")) == "2025-03-12"
    assert str(_value(invoice, "due_date")) == "2025-04-11"


def _banner() -> list[Text]:
    """A Factur-X print: the title left in a banner, its number sign and number flush right
    on the same line; "Issued" and "Due" each before its date in one right-aligned cell."""
    return [
        (42, 29, 16, "INVOICE"),
        (-555, 29, 12, "No. HK-01733/25"),
        (-555, 47, 9, "Issued 2025-04-08"),
        (41, 58, 9, "Factur-X / EN 16931 (COMFORT)"),
        (-555, 58, 9, "Due 2025-05-08"),
        (41, 104, 8, "FROM (Seller)"),
        (300, 104, 8, "BILL TO (Buyer)"),
        (41, 116, 9, "Elbkontor Spedition GmbH"),
        (300, 116, 9, "Baumarkt Stade GmbH"),
        (41, 130, 9, "Kaiserkai 12"),
        (300, 130, 9, "Hansestraße 4"),
        (41, 142, 9, "20457 Hamburg"),
        (300, 142, 9, "21680 Stade"),
        (41, 220, 8, "Description"),
        (250, 220, 8, "Quantity"),
        (330, 220, 8, "Net price"),
        (410, 220, 8, "VAT"),
        (480, 220, 8, "Line total"),
        (41, 238, 8, "Lagerfläche Halle 2"),
        (250, 238, 8, "40.00"),
        (330, 238, 8, "10.00"),
        (410, 238, 8, "19%"),
        (480, 238, 8, "400.00"),
        (330, 315, 9, "Tax basis total"),
        (480, 315, 9, "EUR 400.00"),
        (330, 329, 9, "VAT 19%"),
        (480, 329, 9, "EUR 76.00"),
        (330, 343, 9, "Grand total"),
        (480, 343, 9, "EUR 476.00"),
    ]


def test_title_with_a_signed_lettered_number_beside_it() -> None:
    invoice = _invoice(_banner())
    assert _value(invoice, "invoice_number") == "HK-01733/25"


def test_issued_before_its_date_in_one_cell_is_the_issue_date() -> None:
    invoice = _invoice(_banner())
    assert str(_value(invoice, "invoice_date")) == "2025-04-08"
    assert str(_value(invoice, "due_date")) == "2025-05-08"


def _courier() -> list[Text]:
    """A Courier printout: the details right of the window, the totals, then one payment
    sentence naming the due day."""
    return [
        (71, 47, 14, "S T A H L B A U   K R O N E"),
        (71, 125, 7, "Stahlbau Krone GmbH · Werkstr. 9 · 44147 Dortmund"),
        (71, 139, 10, "Autohaus Pieper KG"),
        (340, 139, 10, "Rechnung-Nr.: 2024 0815"),
        (71, 152, 10, "Westfalendamm 40"),
        (340, 152, 10, "Datum      : 03.09.2024"),
        (71, 165, 10, "44141 Dortmund"),
        (71, 270, 12, "R E C H N U N G"),
        (71, 345, 10, "Pos Bezeichnung                    Menge  ME    Preis     Betrag"),
        (71, 369, 10, "1   Geländer verzinkt               6,00  m    120,00     720,00"),
        (71, 434, 10, "                              Summe netto               720,00"),
        (71, 447, 10, "                              MwSt 19,00 %              136,80"),
        (71, 473, 10, "                              Rechnungsbetrag EUR       856,80"),
        (71, 497, 10, "Fällig zum 17.09.2024. Bitte ohne Abzug auf unten stehendes Konto."),
    ]


def test_faellig_zum_in_a_payment_sentence_is_the_due_date() -> None:
    invoice = _invoice(_courier(), font="Courier")
    assert str(_value(invoice, "due_date")) == "2024-09-17"
