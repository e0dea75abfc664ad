"""Professional firms' fee notes: the legal name only in a footer sentence, a lower-case
wordmark, and fee tables billing stages by their progress.

Conventions:
- "Hartley & Co LLP is a limited liability partnership registered in ...": the footer's
  company is the name before "is a"; a letterhead printing its first words without the form
  is that company, and the legal-form name in the window is the addressee.
- A wordmark set in lower case over its smaller lower-case line ending in the legal form
  ("brandt + ohm" / "ingenieure partgmbb") is one name, the seller's.
- "Stage / item | Stage fee | Progress | Previously invoiced | This invoice": a stage table;
  each row bills "This invoice", its text from the start of the "Stage / item" caption.
- HOAI phases "LPh | Leistungsbild | Anteil | Honorar LPh € | Stand | erbracht €": each
  phase bills the fee earned ("erbracht"), its stage fee and progress being information.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, make_invoice_pdf, make_pdf

Page = list[tuple[float, float, str]]


def _read(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page], marks=True))
    return result


def test_letterhead_named_in_full_by_a_partnership_sentence_in_the_footer() -> None:
    page: Page = [
        (57, 50, "CARRICK BELLAMY"),
        (57, 66, "S O L I C I T O R S"),
        (420, 50, "9 Temple Street"),
        (420, 62, "Leeds LS2 7QT"),
        (57, 130, "PRIVATE & CONFIDENTIAL"),
        (57, 144, "Ms R. Ellery"),
        (57, 172, "Tolland Logistics Ltd"),
        (57, 186, "4 Canal Way"),
        (57, 200, "Selby YO8 4PR"),
        (340, 144, "Invoice No."),
        (450, 144, "CB-7731"),
        (340, 158, "Date"),
        (450, 158, "12/03/2024"),
        (57, 260, "Description"),
        (540, 260, ">Amount £"),
        (57, 276, "Advice on warehouse lease"),
        (540, 276, ">1,000.00"),
        (380, 320, "Net"),
        (540, 320, ">1,000.00"),
        (380, 334, "VAT at 20%"),
        (540, 334, ">200.00"),
        (380, 348, "Total"),
        (540, 348, ">1,200.00"),
        (
            57,
            790,
            "Carrick Bellamy LLP is a limited liability partnership registered in England"
            " and Wales (no. OC398812). Registered office: 9 Temple Street, Leeds LS2 7QT.",
        ),
    ]
    fields = _read(page)["fields"]
    assert fields["seller_name"] == "Carrick Bellamy LLP"
    assert fields["buyer_name"] == "Tolland Logistics Ltd"


def test_lower_case_wordmark_over_its_lower_case_legal_line() -> None:
    drawn = [
        Drawn(100, 50, "brandt + ohm", size=18),
        Drawn(100, 66, "ingenieure partgmbb", size=9),
        Drawn(57, 140, "Stadtwerke Kelheim GmbH", size=10),
        Drawn(57, 154, "Donaustraße 3", size=10),
        Drawn(57, 168, "93309 Kelheim", size=10),
        Drawn(360, 140, "Rechnungs-Nr.: BO-2024-17", size=10),
        Drawn(360, 154, "Datum: 04.06.2024", size=10),
        Drawn(57, 240, "Bezeichnung", size=10),
        Drawn(540, 240, "Betrag €", size=10, align="right"),
        Drawn(57, 256, "Tragwerksplanung Halle 2", size=10),
        Drawn(540, 256, "2.000,00", size=10, align="right"),
        Drawn(380, 300, "Summe netto", size=10),
        Drawn(540, 300, "2.000,00", size=10, align="right"),
        Drawn(380, 314, "19 % USt", size=10),
        Drawn(540, 314, "380,00", size=10, align="right"),
        Drawn(380, 328, "Gesamtbetrag", size=10),
        Drawn(540, 328, "2.380,00", size=10, align="right"),
    ]
    result: dict[str, Any] = extract_canonical(make_pdf(drawn))
    assert result["fields"]["seller_name"] == "brandt + ohm ingenieure partgmbb"


def test_stage_fee_table_bills_this_invoice_column() -> None:
    page: Page = [
        (57, 50, "Norrland Landscape Studio AB"),
        (57, 64, "Kungsgatan 4, 111 43 Stockholm"),
        (57, 120, "Client"),
        (57, 134, "Vasshamn Property AB"),
        (57, 148, "Hamngatan 2, 211 22 Malmö"),
        (340, 120, "Invoice no."),
        (450, 120, "NLS-118"),
        (340, 134, "Invoice date"),
        (450, 134, "02/09/2024"),
        (60, 220, "Stage / item"),
        (300, 220, ">Stage fee"),
        (350, 220, "Progress"),
        (460, 220, ">Previously"),
        (460, 230, ">invoiced"),
        (540, 220, ">This invoice"),
        (60, 250, "1 Survey and brief"),
        (300, 250, ">8,000.00"),
        (360, 250, "100%"),
        (460, 250, ">8,000.00"),
        (540, 250, ">0.00"),
        (60, 266, "2 Concept design"),
        (300, 266, ">20,000.00"),
        (360, 266, "50%"),
        (460, 266, ">4,000.00"),
        (540, 266, ">6,000.00"),
        (60, 282, "3 Detailed design"),
        (300, 282, ">30,000.00"),
        (360, 282, "10%"),
        (460, 282, ">0.00"),
        (540, 282, ">3,000.00"),
        (340, 320, "Net amount"),
        (540, 320, ">9,000.00"),
        (340, 334, "VAT 25%"),
        (540, 334, ">2,250.00"),
        (340, 348, "Total amount payable"),
        (540, 348, ">11,250.00"),
    ]
    items = _read(page)["line_items"]
    assert [item["amount"] for item in items] == [0.0, 6000.0, 3000.0]
    assert [item["description"] for item in items] == [
        "1 Survey and brief",
        "2 Concept design",
        "3 Detailed design",
    ]


def test_hoai_phases_bill_the_fee_earned() -> None:
    page: Page = [
        (57, 50, "Lindqvist Architekten GmbH"),
        (57, 64, "Am Markt 3, 79098 Freiburg"),
        (57, 120, "Wohnbau Dreisam eG"),
        (57, 134, "Talstraße 9"),
        (57, 148, "79102 Freiburg"),
        (360, 120, "Rechnungs-Nr.: LA-55-02"),
        (360, 134, "Datum: 10.07.2024"),
        (57, 200, "2. Abschlagsrechnung"),
        (60, 240, "LPh"),
        (90, 240, "Leistungsbild"),
        (225, 240, ">Anteil"),
        (298, 240, ">Honorar LPh €"),
        (341, 240, ">Stand"),
        (426, 240, ">erbracht €"),
        (66, 258, "1"),
        (90, 258, "Grundlagenermittlung"),
        (225, 258, ">2 %"),
        (298, 258, ">2.000,00"),
        (341, 258, ">100 %"),
        (426, 258, ">2.000,00"),
        (66, 274, "2"),
        (90, 274, "Vorplanung"),
        (225, 274, ">7 %"),
        (298, 274, ">7.000,00"),
        (341, 274, ">50 %"),
        (426, 274, ">3.500,00"),
        (340, 320, "Summe netto"),
        (426, 320, ">5.500,00 €"),
        (340, 334, "zzgl. 19 % USt"),
        (426, 334, ">1.045,00 €"),
        (340, 348, "Summe brutto"),
        (426, 348, ">6.545,00 €"),
    ]
    items = _read(page)["line_items"]
    assert [item["amount"] for item in items] == [2000.0, 3500.0]
    assert [item["description"] for item in items] == ["Grundlagenermittlung", "Vorplanung"]
