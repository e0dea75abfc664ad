"""Faxed and scanned invoices: OCR's misread marks in figures and dates (a semicolon for a
decimal comma, "1 274;80"; a colon for one dot of a date, "14.05:2025"; a dot for the comma
of "Jun 9, 2025"), terms whose net date follows a cash discount's, and a workshop's note that
the bill was paid in cash (engine/misreadmarks.py, parse/dates.py, charges.py)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.misreadmarks import mended_marks
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parsing import parse_date

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _ocr_read(page: Page) -> dict[str, Any]:
    """The invoice on a page read as if OCR had read it (its text layer's words, OCR-marked)."""
    data = make_invoice_pdf([page])
    read = read_for_canonical(data)
    read = replace(read, texts=[replace(text, source="ocr") for text in read.texts])
    return extract_canonical(data, pre_read=read)


def _row(*texts: str) -> list[Word]:
    return [Word(t, Box(1, 20 + 60 * i, 100, 70 + 60 * i, 112)) for i, t in enumerate(texts)]


@pytest.mark.parametrize(
    ("word", "mended"),
    [
        ("274;80", "274,80"),
        ("1.274;80", "1.274,80"),
        ("1,274;80", "1,274.80"),
        ("14.05:2025", "14.05.2025"),
        ("14:05.2025", "14.05.2025"),
        ("\u00b7Montant", "Montant"),
    ],
)
def test_misread_marks_are_mended(word: str, mended: str) -> None:
    assert [w.text for w in mended_marks(_row("Total", word))] == ["Total", mended]


@pytest.mark.parametrize(
    "word", ["14:05", "3;4", "12;345", "a;50", "14:05:2025", "114.05:2025", "\u00b7", "\u00b712"]
)
def test_other_marks_stay(word: str) -> None:
    assert [w.text for w in mended_marks(_row("Total", word))] == ["Total", word]


@pytest.mark.parametrize(("word", "mended"), [("INV0ICE", "INVOICE"), ("DEP0SIT", "DEPOSIT")])
def test_zero_inside_a_capital_word_is_an_o(word: str, mended: str) -> None:
    # A scan's O read as a zero between capitals ("INV0ICE NO 7712-384905") hides a caption.
    assert [w.text for w in mended_marks(_row(word, "NO", "7712"))] == [mended, "NO", "7712"]


@pytest.mark.parametrize("word", ["R0-22871", "B0X", "AB0", "A0BC", "GB06BARC", "ABC0D1"])
def test_zero_in_a_code_stays(word: str) -> None:
    assert [w.text for w in mended_marks(_row("Ref", word))] == ["Ref", word]


def test_a_scanned_invoice_caption_with_a_zero_for_its_o_gives_the_number() -> None:
    fields = _ocr_read(
        [
            (50, 60, "TRI-COUNTY AUTO PARTS"),
            (50, 74, "Tri-County Auto Parts Inc. · 88 Worcester Road · Framingham, MA 01702"),
            (400, 60, "INVOICE"),
            (400, 80, "INV0ICE NO 7712-384905"),
            (400, 94, "DATE"),
            (460, 94, "03/11/2024"),
            (330, 300, "TOTAL"),
            (450, 300, "507.76"),
        ]
    )["fields"]
    assert fields.get("invoice_number") == "7712-384905"


def test_marks_mended_only_on_ocr_pages() -> None:
    words = _row("Net", "1", "274;80")
    assert "1 274,80" in build_lines(PageText(1, 600, 800, words, source="ocr"))[0].text
    assert "274;80" in build_lines(PageText(1, 600, 800, words, source="text"))[0].text


def test_month_name_date_whose_comma_became_a_dot() -> None:
    parsed = parse_date("Jun 9.2025")
    assert parsed is not None and parsed.value.isoformat() == "2025-06-09"
    assert parse_date("Jun 9.20251") is None


_HEAD: Page = [
    (50, 60, "Schreinerei Vogt GmbH"),
    (50, 74, "Bahnhofstraße 9, 79098 Freiburg"),
    (350, 120, "Rechnung Nr. 7781"),
    (350, 134, "Datum: 02.05.2025"),
    (50, 200, "Pos Bezeichnung Menge Preis Betrag"),
    (50, 220, "1 Regalbrett Eiche 4 25,00 100,00"),
]


def _cells(y: float, *texts: str) -> Page:
    return [(x, y, text) for x, text in zip((50, 300, 380, 480), texts, strict=False)]


def test_semicolon_decimal_comma_on_a_scan_keeps_the_net_and_the_items() -> None:
    result = _ocr_read(
        [
            *_HEAD[:4],
            *_cells(200, "Désignation", "Qté", "P.U. HT", "\u00b7Montant HT"),
            *_cells(220, "Regalbrett Eiche", "4", "25,00", "100,00"),
            *_cells(240, "Montage Küche", "2", "587,40", "1 174;80"),
            (330, 300, "Total HT"),
            (450, 300, "1 274;80 €"),
            (330, 314, "TVA 19 %"),
            (450, 314, "242,21 €"),
            (330, 328, "Total TTC"),
            (450, 328, "1 517,01 €"),
        ]
    )
    assert result["fields"]["net_amount"] == pytest.approx(1274.80)
    assert result["fields"]["tax_amount"] == pytest.approx(242.21)
    assert [item["amount"] for item in result["line_items"]] == [100.0, 1174.8]


def test_net_date_with_a_colon_for_a_dot_is_the_due_date() -> None:
    fields = _ocr_read(
        [
            *_HEAD,
            (330, 300, "Nettobetrag"),
            (450, 300, "100,00 €"),
            (330, 314, "MwSt. 19 %"),
            (450, 314, "19,00 €"),
            (330, 328, "Gesamtbetrag"),
            (450, 328, "119,00 €"),
            (50, 380, "Zahlbar bis 12.05.2025 abzüglich 3 % Skonto (EUR 3,57) oder"),
            (50, 392, "bis 01.06:2025 netto ohne Abzug. Bitte geben Sie die Rechnungs-Nr. an."),
        ]
    )
    assert fields["fields"]["due_date"] == "2025-06-01"


@pytest.mark.parametrize(
    "note",
    [
        "Rechnungsbetrag in bar dankend erhalten.",
        "Betrag bar dankend erhalten.",
        "Betrag dankend in bar erhalten",
    ],
)
def test_sum_received_in_cash_leaves_nothing_due(note: str) -> None:
    data = make_invoice_pdf(
        [
            [
                *_HEAD,
                (330, 300, "Nettobetrag"),
                (450, 300, "100,00"),
                (330, 314, "zzgl. 19 % MwSt."),
                (450, 314, "19,00"),
                (330, 328, "Rechnungsbetrag EUR"),
                (450, 328, "119,00"),
                (50, 380, "Zahlungsart: Bar / EC-Karte vor Ort"),
                (50, 394, note),
            ]
        ]
    )
    fields = extract_canonical(data)["fields"]
    assert fields["total_amount"] == pytest.approx(119.00)
    assert fields["amount_due"] == pytest.approx(0.0)
