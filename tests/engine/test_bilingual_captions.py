"""Captions printed in two languages (engine/bilingualcaptions.py): stacked one over the other
with the value between or beside the first, a grid's header row over its translation, a row
closed by the caption's second language, a month named in both."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pages


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_sized_pages(texts))
    return dict(result["fields"])


_LETTERHEAD: list[SizedText] = [
    (300, 50, "Schmit & Hoffmann S.à r.l.", 11),
    (300, 64, "12, rue de l'Industrie · L-8399 Windhof", 8),
]


def test_totals_captions_stacked_in_two_languages_read_the_figure_between() -> None:
    # Luxembourg: French over German in each totals caption, the figure centred between.
    fields = _fields(
        [
            *_LETTERHEAD,
            (350, 120, "Facture n° 2025-0231", 9),
            (350, 134, "Date 28.03.2025", 9),
            (60, 200, "Câble NYM-J 5x2,5 mm²", 9),
            (480, 200, "3 324,50", 9),
            (312, 250, "Total HTVA", 8),
            (487, 255, "3 324,50 €", 9),
            (312, 260.5, "Summe netto", 8),
            (312, 274, "TVA 17 %", 8),
            (496, 279, "565,17 €", 9),
            (312, 284.5, "MwSt. 17 %", 8),
            (312, 298, "Total TTC", 8),
            (483, 303, "3 889,67 €", 9),
            (312, 308.5, "Gesamtbetrag brutto", 8),
        ]
    )
    assert fields["net_amount"] == pytest.approx(3324.50)
    assert fields["tax_amount"] == pytest.approx(565.17)
    assert fields["total_amount"] == pytest.approx(3889.67)


def test_known_caption_under_an_unknown_language_reads_the_value_beside_the_pair() -> None:
    # Irish over English: the number on the Irish caption's line, the due date between.
    fields = _fields(
        [
            (40, 30, "Ionad Oiliúna Mara Teo.", 14),
            (40, 50, "Cé na Ceathrún Rua, Co. na Gaillimhe, H91 X7K2", 8),
            (398, 106, "Uimhir Sonraisc", 8),
            (490, 106, "SON-2025-00417", 9),
            (397, 117.5, "Invoice No.", 8),
            (398, 131.5, "Dáta", 8),
            (500, 136.5, "22/04/2025", 9),
            (397, 143, "Date", 8),
            (398, 156.5, "Dáta Dlite", 8),
            (500, 162, "22/05/2025", 9),
            (397, 168.5, "Due Date", 8),
            (389, 384, "Glan", 8),
            (500, 388, "€5,608.00", 9),
            (389, 395.5, "Net", 8),
            (389, 409.5, "CBL", 8),
            (500, 413.5, "€1,167.48", 9),
            (389, 421, "VAT", 8),
            (389, 434.5, "Iomlán le híoc", 8),
            (496, 437.5, "€6,775.48", 9),
            (389, 446, "Total Due", 8),
        ]
    )
    assert fields["invoice_number"] == "SON-2025-00417"
    assert fields["due_date"] == "2025-05-22"
    assert fields["net_amount"] == pytest.approx(5608.00)
    assert fields["tax_amount"] == pytest.approx(1167.48)
    assert fields["total_amount"] == pytest.approx(6775.48)


def test_tax_grid_header_over_its_translation_reads_the_row_under_both() -> None:
    # South Tyrol: the German header row over the Italian one, the figures under both.
    fields = _fields(
        [
            (60, 50, "Holzbau Pichler GmbH", 12),
            (60, 64, "Industriezone 14, 39031 Bruneck/Brunico (BZ)", 8),
            (350, 110, "Rechnung Nr. 85/2025 vom 03.03.2025", 9),
            (56, 466, "MwSt.-Satz", 8),
            (179, 466, "Steuerpflichtiger Betrag", 8),
            (302, 466, "Steuer", 8),
            (426, 466, "Steuerfälligkeit", 8),
            (55, 475, "Aliquota IVA", 8),
            (179, 475, "Imponibile", 8),
            (302, 475, "Imposta", 8),
            (425, 475, "Esigibilità IVA", 8),
            (150, 486.5, "22 %", 9),
            (253, 486.5, "26.326,00", 9),
            (381, 486.5, "5.791,72", 9),
            (455, 486.5, "I (sofort / immediata)", 9),
            (324, 511.5, "Gesamtbetrag Rechnung", 8),
            (467, 517, "32.117,72 €", 10),
            (323, 523.5, "Totale documento", 8),
        ]
    )
    assert fields["net_amount"] == pytest.approx(26326.00)
    assert fields["tax_amount"] == pytest.approx(5791.72)
    assert fields["total_amount"] == pytest.approx(32117.72)


def test_row_closed_by_the_captions_second_language_reads_the_value_between() -> None:
    # Wales: "Welsh caption | value | English caption", the month named in both languages.
    fields = _fields(
        [
            (214, 107, "Cyfieithu Teifi Cyf.", 14),
            (87, 143, "Uned 5, Stad Ddiwydiannol Glanyrafon, Aberystwyth, SY23 3JQ", 8),
            (58, 214, "Rhif anfoneb", 9),
            (270, 214, "CT-25-0093", 9),
            (469, 214, "Invoice number", 9),
            (58, 232, "Dyddiad", 9),
            (241, 232, "14 Mawrth / March 2025", 9),
            (517, 232, "Date", 9),
        ]
    )
    assert fields["invoice_number"] == "CT-25-0093"
    assert fields["invoice_date"] == "2025-03-14"
