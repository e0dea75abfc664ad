"""Item tables of workshops and service contracts.

Conventions:
- Workshops' software groups an order's items ("Arbeitslohn", "Ersatzteile") and closes each
  group with its sum as one sentence in the text column ("Summe Arbeitslohn: 940,80 €"), the
  figure right after the label instead of under the amounts. Adding up the group's amounts,
  it closes the group, not the table: the next group's title and rows follow.
- A contract's or subscription's charge names under it the contract and the period it bills
  ("Vertragsnr. WV-2231, Zeitraum 02/2024"): what the item is, no delivery-note reference kept
  for the buyer's records.
"""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import make_aligned_pdf

_HEAD = [
    (60, 60, "Kfz-Meisterbetrieb Muster GmbH", 10.0),
    (350, 100, "Rechnungs-Nr. W-2024-0331", 9.0),
    (350, 114, "Rechnungsdatum 19.09.2024", 9.0),
]


def _items(
    texts: list[tuple[float, float, str, float]], font: str = "Helvetica"
) -> list[dict[str, object]]:
    result = extract_canonical(make_aligned_pdf(_HEAD + texts, font=font), use_einvoice=False)
    return [
        {k: item.get(k) for k in ("description", "quantity", "unit_price", "amount")}
        for item in result["line_items"]
    ]


_Text = tuple[float, float, str, float]


def _row(
    y: float, pos: str, name: str, qty: str, unit: str, price: str, amount: str
) -> list[_Text]:
    return [
        (66, y, pos, 8.5),
        (168, y, name, 8.5),
        (368, y, f">{qty}", 8.5),
        (374, y, unit, 8.5),
        (453, y, f">{price}", 8.5),
        (541, y, f">{amount}", 8.5),
    ]


def test_group_sum_in_the_text_column_closes_the_group_only() -> None:
    texts: list[_Text] = [
        (66, 220, "Pos.", 8.5),
        (168, 220, "Bezeichnung", 8.5),
        (340, 220, "Menge Einh.", 8.5),
        (410, 220, "Einzelpreis", 8.5),
        (515, 220, "Gesamt", 8.5),
        (168, 240, "Arbeitslohn", 8.5),
    ]
    rows = [
        ("1", "Inspektion inkl. Ölwechsel", "14", "AW", "11,20", "156,80"),
        ("2", "Bremsscheiben vorne erneuert", "12", "AW", "11,20", "134,40"),
        ("3", "Fehlerspeicher auslesen", "4", "AW", "11,20", "44,80"),
    ]
    y = 252.0
    for row in rows:
        texts += _row(y, *row)
        y += 12.5
    texts += [(168, y, "Summe Arbeitslohn: 336,00 €", 8.5), (168, y + 12.5, "Ersatzteile", 8.5)]
    y += 25
    parts = [
        ("4", "Motoröl 5W-30", "4,5", "l", "16,90", "76,05"),
        ("5", "Ölfilter", "1", "Stk", "14,80", "14,80"),
    ]
    for row in parts:
        texts += _row(y, *row)
        y += 12.5
    texts += [
        (168, y, "Summe Ersatzteile: 90,85 €", 8.5),
        (326, y + 30, "Summe netto", 9.0),
        (541, y + 30, ">426,85", 9.0),
        (326, y + 44, "MwSt. 19 %", 9.0),
        (541, y + 44, ">81,10", 9.0),
        (326, y + 58, "Rechnungsbetrag EUR", 9.0),
        (541, y + 58, ">507,95", 9.0),
    ]
    assert [i["amount"] for i in _items(texts)] == [156.8, 134.4, 44.8, 76.05, 14.8]


def test_contract_and_billed_period_under_the_last_item_stay_in_its_name() -> None:
    texts = [
        (66, 290, "Pos.", 8.5),
        (97, 290, "Bezeichnung", 8.5),
        (330, 290, "Menge", 8.5),
        (370, 290, "Einheit", 8.5),
        (430, 290, "Einzelpreis", 8.5),
        (510, 290, "Gesamt", 8.5),
        (66, 312, "1", 8.5),
        (97, 312, "Datenmigration Altsystem", 8.5),
        (350, 312, ">1", 8.5),
        (370, 312, "pauschal", 8.5),
        (470, 312, ">1.650,00", 8.5),
        (540, 312, ">1.650,00", 8.5),
        (97, 323.5, "Artikelstamm, Lagerorte, Bestände", 7.5),
        (66, 335, "2", 8.5),
        (97, 335, "Wartungsvertrag Standard", 8.5),
        (350, 335, ">1", 8.5),
        (370, 335, "Monat", 8.5),
        (470, 335, ">312,50", 8.5),
        (540, 335, ">312,50", 8.5),
        (97, 346.5, "Vertragsnr. WV-2231, Zeitraum 02/2024", 7.5),
        (284, 370, "Summe netto", 9.0),
        (540, 370, ">1.962,50", 9.0),
    ]
    assert [i["description"] for i in _items(texts)] == [
        "Datenmigration Altsystem Artikelstamm, Lagerorte, Bestände",
        "Wartungsvertrag Standard Vertragsnr. WV-2231, Zeitraum 02/2024",
    ]


def test_timesheet_text_columns_left_of_the_hours_all_name_the_item() -> None:
    """A staffing agency's "Woche | Mitarbeiter/in | Stundenart | Stunden | Satz | Betrag"."""
    texts: list[_Text] = [
        (61, 272, "Woche", 8.5),
        (107, 272, "Mitarbeiter/in", 8.5),
        (226, 272, "Stundenart", 8.5),
        (349, 272, "Stunden", 8.5),
        (409, 272, "Satz EUR", 8.5),
        (483, 272, "Betrag EUR", 8.5),
    ]
    rows = [
        ("KW 09", "Gruber, Stefan", "Normalstunden", "38,50", "36,80", "1.416,80"),
        ("KW 09", "Gruber, Stefan", "Überstunden 50 %", "4,00", "55,20", "220,80"),
        ("KW 09", "Hofer, Lisa", "Normalstunden", "30,00", "31,20", "936,00"),
    ]
    y = 293.0
    for week, worker, kind, hours, rate, amount in rows:
        texts += [
            (61, y, week, 8.5),
            (107, y, worker, 8.5),
            (226, y, kind, 8.5),
            (386, y, f">{hours}", 8.5),
            (449, y, f">{rate}", 8.5),
            (534, y, f">{amount}", 8.5),
        ]
        y += 16
    texts += [(355, y + 12, "Summe netto", 9.0), (534, y + 12, ">2.573,60", 9.0)]
    assert [i["description"] for i in _items(texts)] == [
        "KW 09 Gruber, Stefan Normalstunden",
        "KW 09 Gruber, Stefan Überstunden 50 %",
        "KW 09 Hofer, Lisa Normalstunden",
    ]


@pytest.mark.parametrize("font", ["Helvetica", "Courier"])
def test_freight_rate_per_hundred_kilos_bills_the_weight(font: str) -> None:
    """A carrier's "Relation / Packstuecke | Gew. kg | je 100kg | EUR": the weight is the
    billed quantity, the rate is quoted per 100 kg (its base printed in the caption, so the
    rate stays as printed), the currency alone captions the amounts. In Courier, each word of
    a caption stands apart by the font's wide spaces: the caption goes on all the same."""
    texts: list[_Text] = [
        (59, 242, "Datum", 9.0),
        (115, 242, "Auftrag", 9.0),
        (178, 242, "Relation / Packstuecke", 9.0),
        (365, 242, "Gew. kg", 9.0),
        (418, 242, "je 100kg", 9.0),
        (521, 242, "EUR", 9.0),
    ]
    rows = [
        ("05.02.24", "A-24-0831", "Rosenheim - Bruneck (IT), 4 Pal.", "1.840", "11,60", "213,44"),
        ("09.02.24", "A-24-0902", "Rosenheim - Kufstein (AT), 2 Pal.", "760", "9,80", "74,48"),
    ]
    y = 263.0
    for day, order, route, weight, rate, amount in rows:
        texts += [
            (59, y, day, 9.0),
            (115, y, order, 9.0),
            (178, y, route, 9.0),
            (400, y, f">{weight}", 9.0),
            (456, y, f">{rate}", 9.0),
            (536, y, f">{amount}", 9.0),
        ]
        y += 15
    texts += [
        (178, y, "Ausfuhrabfertigung EX-A (CH)", 9.0),
        (400, y, ">1", 9.0),
        (456, y, ">45,00", 9.0),
        (536, y, ">45,00", 9.0),
        (317, y + 20, "Nettobetrag", 9.0),
        (536, y + 20, ">332,92", 9.0),
    ]
    assert _items(texts, font) == [
        {
            "description": "Rosenheim - Bruneck (IT), 4 Pal.",
            "quantity": 1840.0,
            "unit_price": 11.6,
            "amount": 213.44,
        },
        {
            "description": "Rosenheim - Kufstein (AT), 2 Pal.",
            "quantity": 760.0,
            "unit_price": 9.8,
            "amount": 74.48,
        },
        {
            "description": "Ausfuhrabfertigung EX-A (CH)",
            "quantity": 1.0,
            "unit_price": 45.0,
            "amount": 45.0,
        },
    ]


def test_fee_note_paragraphs_quote_rates_and_tax_treatment_in_brackets() -> None:
    """An accountant's fee note: each fee a paragraph, its amount on the last line. A rate
    quoted in brackets ("(3 months @ £65.00 per month)") is the fee's basis, no column; a
    disbursement's tax treatment in brackets ("(outside the scope of VAT)") no VAT caption."""
    texts: list[_Text] = [
        (71, 276, "To professional services rendered:", 9.0),
        (71, 302, "Preparation of the statutory accounts of the company for the year ended", 9.0),
        (71, 316, "31 October 2023, from books and records supplied, and filing.", 9.0),
        (524, 316, ">£1,250.00", 9.0),
        (71, 344, "Payroll bureau services for November 2023 to January 2024", 9.0),
        (71, 358, "(3 months @ £65.00 per month), including RTI submissions.", 9.0),
        (524, 358, ">£195.00", 9.0),
        (71, 386, "Disbursements:", 9.0),
        (71, 406, "Companies House filing fee (outside the scope of VAT)", 9.0),
        (524, 406, ">£34.00", 9.0),
        (359, 440, "Total net", 9.0),
        (524, 440, ">£1,479.00", 9.0),
        (286, 457, "VAT at 20% on £1,445.00", 9.0),
        (524, 457, ">£289.00", 9.0),
        (350, 479, "Total due", 9.0),
        (524, 479, ">£1,768.00", 9.0),
    ]
    assert [i["amount"] for i in _items(texts)] == [1250.0, 195.0, 34.0]


def test_period_in_words_between_name_and_amount_is_a_column() -> None:
    """A telecom bill without captions: "Forfait Fibre | du 01/06/2024 au 30/06/2024 |
    29,99 €": the period the charge covers stands in a column of its own."""
    texts: list[_Text] = [
        (57, 268, "Détail de votre facture", 11.0),
        (530, 299, ">Montant TTC", 8.5),
        (57, 311, "Votre offre Fibre - ligne 03 20 57 18 42", 9.0),
        (69, 328, "Forfait Ondalys Fibre Pop", 8.5),
        (300, 328, "du 01/06/2024 au 30/06/2024", 8.5),
        (530, 328, ">29,99 €", 8.5),
        (69, 342, "Option Ciné+ Essentiel", 8.5),
        (300, 342, "du 01/06/2024 au 30/06/2024", 8.5),
        (530, 342, ">5,99 €", 8.5),
        (340, 372, "Total de la facture TTC", 9.0),
        (530, 372, ">35,98 €", 9.0),
    ]
    assert [i["description"] for i in _items(texts)] == [
        "Forfait Ondalys Fibre Pop",
        "Option Ciné+ Essentiel",
    ]


def test_whole_amounts_with_a_dash_for_the_cents() -> None:
    """Dutch and German web shops print whole amounts "€ 899,-": 899 euros, no cents."""
    texts: list[_Text] = [
        (57, 288, "Product", 9.0),
        (340, 288, "Aantal", 9.0),
        (420, 288, "Prijs", 9.0),
        (510, 288, "Totaal", 9.0),
        (57, 314, "Tessel Book Air 14 - 16 GB/512 GB", 9.0),
        (352, 314, ">1", 9.0),
        (446, 314, ">€ 899,-", 9.0),
        (539, 314, ">€ 899,-", 9.0),
        (57, 340, "Laptophoes 14 inch grijs", 9.0),
        (352, 340, ">2", 9.0),
        (446, 340, ">€ 14,99", 9.0),
        (539, 340, ">€ 29,98", 9.0),
        (340, 380, "Totaal excl. btw", 9.0),
        (539, 380, ">€ 928,98", 9.0),
    ]
    assert [(i["unit_price"], i["amount"]) for i in _items(texts)] == [
        (899.0, 899.0),
        (14.99, 29.98),
    ]


def test_captioned_billing_period_under_a_subscription_is_no_part_of_its_name() -> None:
    """ "periode 01/04/2024 - 30/04/2024" under a telecom bill's charge: the period it
    bills, as a bare period is, though the bill names it a period."""
    texts: list[_Text] = [
        (57, 254, "Omschrijving", 9.0),
        (340, 254, "Aantal", 9.0),
        (420, 254, "Eenheidsprijs", 9.0),
        (510, 254, "Bedrag", 9.0),
        (57, 277, "Huur tv-decoder", 9.0),
        (352, 277, ">1", 9.0),
        (470, 277, ">€ 7,00", 9.0),
        (539, 277, ">€ 7,00", 9.0),
        (57, 289, "periode 01/04/2024 - 30/04/2024", 8.0),
        (57, 305, "Telkano Mobile 20 GB", 9.0),
        (352, 305, ">2", 9.0),
        (470, 305, ">€ 20,00", 9.0),
        (539, 305, ">€ 40,00", 9.0),
        (317, 340, "Totaal excl. btw", 9.0),
        (539, 340, ">€ 47,00", 9.0),
    ]
    assert [i["description"] for i in _items(texts)] == ["Huur tv-decoder", "Telkano Mobile 20 GB"]
