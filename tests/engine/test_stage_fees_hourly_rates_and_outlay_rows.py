"""Architects' and surveyors' fee notes.

- A fee claim by stages prints each stage's name, its share of the fee, the stage's fee, how
  far it is done and the fee earned ("Teilleistung | Anteil | Honorar € | Leistungsstand |
  kumuliert €"), under captions the reader mostly does not know. A row done in part (45 % of
  103.149,00 is 46.417,05) proves the table: the rightmost column is the amount, no count nor
  price is billed.
- "Rate £/hr" is one price caption (its currency per hour), and a section's title over the
  header ("Time charged" over "Grade | Hours | ...") is no caption of it.
- Outlays listed in the items' columns under a heading of their own ("Débours (non soumis à
  TVA)") below the fees' taxed total are items too.
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_Page = list[tuple[float, float, str]]


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """Text ending at x1, as right-aligned figures are printed."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _rows(page: _Page) -> list[tuple[Any, ...]]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def _stage(y: float, name: str, share: str, fee: str, done: str, earned: str) -> _Page:
    return [
        (60, y, name),
        _right(300, y, share),
        _right(380, y, fee),
        _right(455, y, done),
        _right(535, y, earned),
    ]


def test_stage_fee_table_under_unknown_captions_bills_the_fee_earned() -> None:
    page = [
        (57, 50, "Hollerer ZT GmbH · Schmiedgasse 31 · 8010 Graz"),
        (57, 110, "Murtal Wohnbau GmbH"),
        (57, 124, "Hauptplatz 9, 8750 Judenburg"),
        (57, 170, "TEILRECHNUNG Nr. 2"),
        (57, 190, "Rechnungsnummer 2024-0157"),
        (60, 230, "Teilleistung"),
        (275, 230, "Anteil"),
        (330, 230, "Honorar €"),
        (384, 230, "Leistungsstand"),
        (480, 230, "kumuliert €"),
        *_stage(250, "Vorentwurf", "12 %", "41.259,60", "100 %", "41.259,60"),
        *_stage(265, "Ausführungsplanung", "30 %", "103.149,00", "45 %", "46.417,05"),
        *_stage(280, "Technische Oberleitung", "12 %", "41.259,60", "0 %", "0,00"),
        (250, 310, "Summe Teilleistungen kumuliert"),
        _right(535, 310, "87.676,65"),
        (250, 325, "abzüglich Teilrechnung Nr. 1"),
        _right(535, 325, "-40.000,00"),
        (250, 340, "Honorar dieser Teilrechnung"),
        _right(535, 340, "47.676,65"),
        (250, 355, "Nebenkosten pauschal 5 %"),
        _right(535, 355, "2.383,83"),
        (250, 370, "Summe netto"),
        _right(535, 370, "50.060,48"),
        (250, 385, "zuzüglich 20 % USt."),
        _right(535, 385, "10.012,10"),
        (250, 400, "Rechnungsbetrag"),
        _right(535, 400, "60.072,58"),
    ]
    assert _rows(page) == [
        ("Vorentwurf", None, None, 41259.6),
        ("Ausführungsplanung", None, None, 46417.05),
        ("Technische Oberleitung", None, None, 0.0),
    ]


def test_numbered_stages_read_their_name_under_its_own_caption() -> None:
    page = [
        (57, 50, "Harrow Lisle Architects LLP · 14 Cowcross Street · London EC1M 6DR"),
        (57, 110, "Bramley Homes Ltd"),
        (57, 124, "1 Mill Lane, Towcester NN12 6PF"),
        (57, 170, "Fee Account 6"),
        (57, 190, "Invoice No. HLA-2024-118"),
        (58, 230, "Stage"),
        (96, 230, "Plan of Work"),
        (250, 230, "Fee split"),
        (330, 230, "Stage fee £"),
        (400, 230, "% complete"),
        (478, 230, "Fee to date £"),
        (68, 250, "1"),
        *_stage(250, "Concept Design", "15%", "64,815.00", "100%", "64,815.00")[1:],
        (96, 250, "Concept Design"),
        (68, 265, "2"),
        *_stage(265, "Manufacturing", "35%", "151,235.00", "20%", "30,247.00")[1:],
        (96, 265, "Manufacturing and Construction"),
        (284, 295, "Fees earned to date"),
        _right(535, 295, "95,062.00"),
        (284, 310, "VAT @ 20%"),
        _right(535, 310, "19,012.40"),
        (284, 325, "Total amount due"),
        _right(535, 325, "114,074.40"),
    ]
    assert _rows(page) == [
        ("Concept Design", None, None, 64815.0),
        ("Manufacturing and Construction", None, None, 30247.0),
    ]


def test_tax_summary_of_rates_is_no_stage_table() -> None:
    page = [
        (57, 50, "Muster GmbH · Hauptstraße 1 · 10115 Berlin"),
        (57, 170, "Rechnung Nr. 4711"),
        (60, 230, "Steuer"),
        (275, 230, "Steuersatz"),
        (330, 230, "Netto €"),
        (480, 230, "Steuer €"),
        (60, 250, "Umsatzsteuer"),
        _right(300, 250, "19 %"),
        _right(380, 250, "1.000,00"),
        _right(455, 250, "19 %"),
        _right(535, 250, "190,00"),
        (60, 265, "Umsatzsteuer ermäßigt"),
        _right(300, 265, "7 %"),
        _right(380, 265, "200,00"),
        _right(455, 265, "7 %"),
        _right(535, 265, "14,00"),
    ]
    assert _rows(page) == []


def test_rate_per_hour_caption_under_a_section_title() -> None:
    page = [
        (57, 50, "Pennard Whitlock LLP · 3 Queen Square · Bristol BS1 4JE"),
        (57, 110, "Harbourside Estates Ltd"),
        (57, 124, "Bristol BS1 5UH"),
        (57, 170, "FEE NOTE FN/24/0772"),
        (57, 220, "Time charged"),
        (62, 240, "Grade"),
        (291, 240, "Hours"),
        (360, 240, "Rate £/hr"),
        (486, 240, "£"),
        (62, 258, "Partner"),
        _right(321, 258, "4.50"),
        _right(406, 258, "260.00"),
        _right(491, 258, "1,170.00"),
        (62, 273, "Senior Surveyor"),
        _right(321, 273, "17.50"),
        _right(406, 273, "145.00"),
        _right(491, 273, "2,537.50"),
        (213, 300, "Fees"),
        _right(491, 300, "3,707.50"),
        (213, 315, "VAT at 20%"),
        _right(491, 315, "741.50"),
        (213, 330, "BALANCE NOW DUE"),
        _right(491, 330, "4,449.00"),
    ]
    assert _rows(page) == [
        ("Partner", 4.5, 260.0, 1170.0),
        ("Senior Surveyor", 17.5, 145.0, 2537.5),
    ]


def test_outlay_rows_under_their_heading_below_the_taxed_total() -> None:
    page = [
        (57, 50, "ROUVIÈRE & ASSOCIÉS · 5 place de la Liberté · 24200 Sarlat"),
        (330, 110, "Bernard LACOSTE"),
        (330, 124, "24200 Proissans"),
        (57, 170, "NOTE D'HONORAIRES N° NH-2024-0893"),
        (181, 220, "Désignation"),
        (393, 220, "Qté"),
        (429, 220, "P.U. HT"),
        (476, 220, "Montant HT"),
        (181, 238, "Bornage contradictoire"),
        _right(409, 238, "1"),
        _right(463, 238, "980,00"),
        _right(531, 238, "980,00"),
        (181, 253, "Frais de déplacement"),
        _right(409, 253, "2"),
        _right(463, 253, "35,00"),
        _right(531, 253, "70,00"),
        (298, 275, "Total honoraires HT"),
        _right(531, 275, "1 050,00"),
        (298, 290, "TVA 20 %"),
        _right(531, 290, "210,00"),
        (298, 305, "Total honoraires TTC"),
        _right(531, 305, "1 260,00"),
        (177, 330, "Débours (non soumis à TVA)"),
        (181, 348, "Lettres recommandées avec AR"),
        _right(409, 348, "3"),
        _right(463, 348, "5,36"),
        _right(531, 348, "16,08"),
        (298, 370, "Total débours"),
        _right(531, 370, "16,08"),
        (298, 385, "TOTAL NOTE"),
        _right(531, 385, "1 276,08"),
    ]
    assert _rows(page) == [
        ("Bornage contradictoire", 1.0, 980.0, 980.0),
        ("Frais de déplacement", 2.0, 35.0, 70.0),
        ("Lettres recommandées avec AR", 3.0, 5.36, 16.08),
    ]
