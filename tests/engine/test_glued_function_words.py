"""A caption OCR glued to the small word after it: "Zahlbetragdieser Rechnung" on a scan."""

from __future__ import annotations

from facturist.engine.extraction import analyse
from facturist.engine.gluedfunctionwords import unglued_function_words
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

HEIGHT = 10.0
CHAR = 5.0


def _page(rows: list[list[tuple[str, float]]], source: str) -> PageText:
    """Rows of (text, x0) words, 20 pt apart; every word as wide as its characters."""
    words = []
    for number, row in enumerate(rows):
        top = 100.0 + 20.0 * number
        for text, x0 in row:
            words.append(Word(text, Box(1, x0, top, x0 + CHAR * len(text), top + HEIGHT)))
    return PageText(1, 595, 842, words, source=source)


def _amount_due(caption: str, source: str) -> object:
    rows = [
        [("Rechnung", 60.0)],
        [("Rechnungsnummer:", 60.0), ("RE-24-0912", 200.0)],
        [("Datum:", 60.0), ("15.08.2024", 200.0)],
        [("Summe", 60.0), ("netto", 92.0), ("1.000,00", 420.0), ("€", 465.0)],
        [("zzgl.", 60.0), ("19", 90.0), ("%", 102.0), ("MwSt.", 110.0), ("190,00", 430.0)],
        [("Summe", 60.0), ("brutto", 92.0), ("1.190,00", 420.0), ("€", 465.0)],
        [("abzgl.", 60.0), ("Abschlagszahlung", 95.0), ("-", 400.0), ("500,00", 430.0)],
        [
            *((word, 60.0 + 60.0 * i) for i, word in enumerate(caption.split())),
            ("690,00", 430.0),
            ("€", 465.0),
        ],
    ]
    invoice = analyse([_page(rows, source)])[0]
    field = invoice.fields.get("amount_due")
    return field.value if field is not None else None


def test_a_scanned_caption_glued_to_the_word_after_it_reads_the_amount_due() -> None:
    assert _amount_due("Zahlbetragdieser Rechnung", "ocr") == _amount_due(
        "Zahlbetrag dieser Rechnung", "ocr"
    )
    assert float(str(_amount_due("Zahlbetragdieser Rechnung", "ocr"))) == 690.0


def test_only_whole_captions_before_a_small_word_are_split() -> None:
    box = Box(1, 60.0, 200.0, 160.0, 207.0)
    words = [
        Word("Zahlbetragdieser", box),
        Word("Rechnungsnummerder", box),
        Word("Kalender", box),  # "Kalen" is no caption
        Word("Zahlbetrag", box),
        Word("Periode", box),
    ]
    assert [w.text for w in unglued_function_words(words)] == [
        "Zahlbetrag",
        "dieser",
        "Rechnungsnummer",
        "der",
        "Kalender",
        "Zahlbetrag",
        "Periode",
    ]
    first, second = unglued_function_words(words)[:2]
    assert first.box.x1 == second.box.x0 == 60.0 + 100.0 * 10 / 16


def test_a_page_with_a_text_layer_keeps_its_words() -> None:
    rows = [[("Zahlbetragdieser", 60.0), ("Rechnung", 150.0)]]
    lines = build_lines(_page(rows, "text"))
    assert [w.text for w in lines[0].words] == ["Zahlbetragdieser", "Rechnung"]
