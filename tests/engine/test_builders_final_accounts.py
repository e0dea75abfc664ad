"""Builders' and tradesmen's invoices (German, Austrian): a net before and after a negotiated
discount, a bill of quantities' "OZ | Kurztext | Menge | ME | EP | GB" table, a side note
sharing the totals' lines, a discount row the printed net takes in, and a progress invoice's
table of works ("Auftragssumme | Fertigstellung | Leistungsstand")."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_invoice_pdf

Page = list[tuple[float, float, str]]

_HEAD: Page = [
    (50, 60, "Hollersbach Bau GmbH"),
    (50, 74, "Gewerbepark 3, 5730 Mittersill"),
    (350, 130, "Rechnung Nr.:"),
    (450, 130, "24-SR-007"),
    (350, 144, "Datum:"),
    (450, 144, "22.05.2024"),
]


def _read(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return result


def _row(y: float, *cells: tuple[float, str]) -> Page:
    return [(x, y, text) for x, text in cells]


def test_the_net_after_a_discount_wins_over_the_sum_before_it() -> None:
    # Reverse charge: no tax, so both nets add up with the zero tax to a total.
    page = [
        *_HEAD,
        *_row(220, (60, "Pos."), (100, "Bezeichnung"), (490, "Betrag")),
        *_row(240, (60, "1"), (100, "Baumeisterarbeiten lt. Aufmass"), (490, "10.000,00")),
        *_row(300, (60, "Gesamtsumme netto"), (490, "10.000,00")),
        *_row(316, (60, "abzüglich 2 % Nachlass lt. Auftragsschreiben"), (480, "- 200,00")),
        *_row(332, (60, "Gesamtpreis netto nach Nachlass"), (490, "9.800,00")),
        *_row(348, (60, "0 % USt."), (490, "0,00")),
        *_row(364, (60, "Gesamtpreis (Schlussrechnungssumme)"), (490, "9.800,00")),
    ]
    fields = _read(page)["fields"]
    assert fields["net_amount"] == 9800.0
    assert fields["total_amount"] == 9800.0


def test_a_side_note_beside_the_net_caption_is_no_item() -> None:
    # Small print: the note's "2" stands under "Menge", its "3:" by the text column, a count
    # and a text beside the net caption and its figure.
    texts: list[SizedText] = [
        (50, 60, "Elektro Brandl GmbH", 9),
        (350, 130, "Rechnungs-Nr.", 9),
        (450, 130, "2024-0417", 9),
        (350, 144, "Datum", 9),
        (450, 144, "12.03.2024", 9),
    ]
    rows = [
        ("Pos.", "Menge", "Einheit", "Bezeichnung", ">EP €", ">GP €"),
        ("1", "1", "psch.", "Baustelleneinrichtung", ">85,00", ">85,00"),
        ("2", "24,50", "Std.", "Elektroinstallation Monteur", ">58,50", ">1.433,25"),
        ("3", "6", "Std.", "Helfer / Auszubildender", ">42,00", ">252,00"),
    ]
    columns = (61, 103, 137, 180, 465, 545)
    for y, row in zip((382, 400, 417, 434), rows, strict=True):
        texts += [(x, y, text, 7.5) for x, text in zip(columns, row, strict=True)]
    texts += [
        (72, 470, "Stundennachweis zu Pos. 2 und 3:", 7),
        (341, 470, "Nettobetrag", 7.5),
        (545, 470, ">1.770,25 €", 7.5),
        (61, 483, "Datum", 6.5),
        (117, 483, "Mitarbeiter", 6.5),
        (207, 483, "Monteur", 6.5),
        (255, 483, "Helfer", 6.5),
        (340, 483, "zzgl. 19 % MwSt.", 7.5),
        (545, 483, ">336,35 €", 7.5),
        (341, 500, "Rechnungsbetrag", 8.5),
        (545, 500, ">2.106,60 €", 8.5),
    ]
    result = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    assert [i["description"] for i in result["line_items"]] == [
        "Baustelleneinrichtung",
        "Elektroinstallation Monteur",
        "Helfer / Auszubildender",
    ]


def test_a_bill_of_quantities_header_names_its_columns() -> None:
    page = [
        *_HEAD,
        *_row(
            220,
            (60, "OZ"),
            (110, "Kurztext"),
            (330, "Menge"),
            (380, "ME"),
            (420, "EP"),
            (490, "GB"),
        ),
        *_row(236, (110, "LG 07 Beton- und Stahlbetonarbeiten")),
        *_row(
            252,
            (60, "07.0205"),
            (110, "Stahlbetonwände C25/30"),
            (330, "142,75"),
            (380, "m³"),
            (420, "214,00"),
            (490, "30.548,50"),
        ),
        *_row(
            268,
            (60, "07.0310"),
            (110, "Stahlbetondecken C25/30"),
            (330, "118,30"),
            (380, "m³"),
            (420, "196,00"),
            (490, "23.186,80"),
        ),
        *_row(284, (110, "Summe LG 07"), (490, "53.735,30")),
        *_row(320, (60, "Gesamtsumme netto"), (490, "53.735,30")),
    ]
    items = _read(page)["line_items"]
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("Stahlbetonwände C25/30", 142.75, 30548.5),
        ("Stahlbetondecken C25/30", 118.3, 23186.8),
    ]


def test_an_unnumbered_discount_the_net_takes_in_stays_a_row() -> None:
    page = [
        *_HEAD,
        *_row(220, (60, "Pos"), (90, "Leistung"), (330, "Menge"), (400, "EP €"), (490, "Betrag €")),
        *_row(
            240,
            (60, "1"),
            (90, "Hainbuchenhecke liefern und pflanzen"),
            (330, "72 Stk."),
            (400, "14,90"),
            (490, "1.072,80"),
        ),
        *_row(
            256,
            (60, "2"),
            (90, "Fertigrasen verlegen"),
            (330, "86 m²"),
            (400, "11,40"),
            (490, "980,40"),
        ),
        *_row(272, (90, "Nachlass lt. Angebot 5 % auf Pflanzen (Pos. 1)"), (490, "-53,64")),
        *_row(292, (370, "Summe netto"), (490, "1.999,56")),
        *_row(306, (370, "zzgl. 20 % USt."), (490, "399,91")),
        *_row(320, (370, "Rechnungsbetrag"), (490, "2.399,47")),
    ]
    items = _read(page)["line_items"]
    assert [i["amount"] for i in items] == [1072.8, 980.4, -53.64]


def test_a_progress_table_bills_the_work_done() -> None:
    page = [
        *_HEAD,
        *_row(
            220,
            (60, "Titel"),
            (100, "Bezeichnung"),
            (300, "Auftragssumme"),
            (380, "Fertig"),
            (460, "Leistungsstand"),
        ),
        *_row(231, (300, "netto €"), (380, "stellung"), (460, "netto €")),
        *_row(
            248,
            (60, "01"),
            (100, "Baustelleneinrichtung"),
            (300, "1.850,00"),
            (380, "100 %"),
            (470, "1.850,00"),
        ),
        *_row(
            264,
            (60, "02"),
            (100, "Trinkwasserinstallation"),
            (300, "11.380,00"),
            (380, "80 %"),
            (470, "9.104,00"),
        ),
        *_row(290, (300, "Summe Leistungsstand netto"), (470, "10.954,00")),
    ]
    items = _read(page)["line_items"]
    assert [(i["description"], i["amount"]) for i in items] == [
        ("Baustelleneinrichtung", 1850.0),
        ("Trinkwasserinstallation", 9104.0),
    ]
