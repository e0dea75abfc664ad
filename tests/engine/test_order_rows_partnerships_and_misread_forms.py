"""A reader's order row in the details grid ("Ihre Bestellung | BV Kita Lehe / Grün") names no
party; a limited partnership's name keeps both forms ("... GmbH & Co. KG"); OCR's misread
legal forms ("S.r.1.", "1td") still name companies; a table's header ends at the first line
that names no column (a wrapped name's tail "beurten)" under the first row is no caption)."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.legalname import with_legal_form
from facturist.engine.model import Box, PageText, Value, Word
from facturist.engine.ocrforms import read_misread_forms
from facturist.engine.parties import party_names
from facturist.engine.partynames import names_by_form, spaced_name
from facturist.engine.referencerows import reference_value
from facturist.engine.tables import line_items

from .conftest import ONE_ITEM_AND_TOTALS, spaced_lines


def test_the_value_of_an_order_caption_is_no_party() -> None:
    lines = spaced_lines([(349, 192, "Ihre Bestellung"), (470, 192, "BV Kita Lehe / Grün")])
    cells = lines[0].cells
    assert len(cells) == 2 and reference_value(cells, 1)
    lines = spaced_lines([(349, 192, "Your order"), (470, 192, "Acme BV")])
    assert reference_value(lines[0].cells, 1)


def test_the_order_row_beside_the_window_is_not_the_seller() -> None:
    lines = spaced_lines(
        [
            (57, 115, "Hansa Haustechnik · Am Güterbahnhof 7 · 28197 Bremen"),
            (57, 134, "Sanitär Meyer GmbH"),
            (349, 134, "Rechnungsnummer"),
            (470, 134, "4100238815"),
            (57, 147, "Zum Deich 22"),
            (349, 147, "Rechnungsdatum"),
            (470, 147, "27.02.2025"),
            (57, 160, "27568 Bremerhaven"),
            (349, 173, "Ihre Bestellung"),
            (470, 173, "BV Kita Lehe / Grün"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    seller, _buyer = party_names(lines)
    assert seller is None or "Kita" not in str(seller.value)


def test_a_limited_partnership_keeps_both_forms() -> None:
    lines = spaced_lines(
        [
            (57, 115, "Hansa Haustechnik · Am Güterbahnhof 7 · 28197 Bremen"),
            (52, 790, "Hansa Haustechnik Großhandel GmbH & Co. KG"),
        ]
    )
    name = Value("Hansa Haustechnik", "Hansa Haustechnik", ())
    full = with_legal_form(name, lines)
    assert full.value == "Hansa Haustechnik Großhandel GmbH & Co. KG"
    lines = spaced_lines([(52, 790, "Ostwind Logistik GmbH, Hafenweg 2, 26382 Wilhelmshaven")])
    name = Value("Ostwind Logistik", "Ostwind Logistik", ())
    assert with_legal_form(name, lines).value == "Ostwind Logistik GmbH"


def test_misread_legal_forms_name_companies() -> None:
    assert names_by_form("TESSUTI BELLANDI S.r.1.")
    assert spaced_name("TESSUTI BELLANDI S.r.1.") == "TESSUTI BELLANDI S.r.l."
    assert read_misread_forms("Harbour Tools 1td.") == "Harbour Tools Ltd."
    assert read_misread_forms("Kessler GrnbH") == "Kessler GmbH"
    # Polish "itd." (etc.) and an acronym in capitals stay as printed.
    assert read_misread_forms("farby, lakiery itd.") == "farby, lakiery itd."
    assert read_misread_forms("ITD Consulting") == "ITD Consulting"
    assert not names_by_form("Rury, kształtki itd.")


def _scan(rows: list[tuple[float, float, str, float]]) -> PageText:
    """An OCR page in pixels: (x, y, text, word height)."""
    words: list[Word] = []
    for x, y, text, height in rows:
        char = 0.55 * height
        for token in text.split():
            x1 = x + len(token) * char
            words.append(Word(token, Box(1, x, y, x1, y + height), 0.95))
            x = x1 + char
    return PageText(1, 1241, 1754, words, source="ocr")


def test_a_wrapped_tail_under_the_first_row_does_not_join_the_header() -> None:
    lines = build_lines(
        _scan(
            [
                (165, 725, "Aantal", 34),
                (247, 725, "Omschrijving", 34),
                (877, 725, "Prijs", 34),
                (1037, 725, "Totaal", 34),
                (203, 767, "16", 31),
                (245, 767, "Kantoorschoonmaak februari (16", 31),
                (852, 767, "€ 62,50", 31),
                (997, 767, "€ 1.000,00", 31),
                (246, 799, "beurten)", 31),
                (215, 839, "1", 30),
                (251, 839, "Glasbewassing binnen en buiten", 30),
                (840, 839, "€ 185,00", 30),
                (1017, 839, "€ 185,00", 30),
                (620, 975, "Totaal excl. BTW", 36),
                (997, 975, "€ 1.185,00", 36),
            ]
        )
    )
    items = line_items(lines)
    assert [item["amount"].value for item in items] == [1000.0, 185.0]
    assert items[0]["quantity"].value == 16.0
    assert str(items[0]["description"].value) == "Kantoorschoonmaak februari (16 beurten)"
