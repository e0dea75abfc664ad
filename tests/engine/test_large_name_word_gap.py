"""A letterhead's name set large, read by OCR: its word gap comes out wider than the cell
rule allows for OCR boxes, which parts "Fiduciaire | Kremer S.à r.l.". A gap a text layer
would keep in one cell, before the legal-form cell, runs the name on; a caption there does
not. And the recogniser's own word split inside a word it read whole is undone (wordgaps)."""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.ocr.wordgaps import rejoined
from facturist.engine.parties import party_names


def _seller(first: str, gap: float) -> str | None:
    # A name line 18 pt tall (boxes of OCR), then body lines 14 pt tall under it.
    words = [Word(first, Box(1, 70.0, 53.0, 155.0, 71.0), 0.99)]
    x = 155.0 + gap
    for token in ("Kremer", "S.à", "r.l."):
        width = 8.0 * len(token)
        words.append(Word(token, Box(1, x, 53.0, x + width, 71.0), 0.99))
        x += width + 6.0
    for n, text in enumerate(("12, rue de la Gare", "L-9054 Ettelbruck", "Luxembourg")):
        x = 66.0
        for token in text.split():
            width = 5.5 * len(token)
            words.append(Word(token, Box(1, x, 75.0 + 13 * n, x + width, 89.0 + 13 * n), 0.99))
            x += width + 4.0
    seller, _ = party_names(build_lines(PageText(1, 595.0, 842.0, words, source="ocr")))
    return None if seller is None else str(seller.value)


def test_a_name_set_large_runs_on_over_a_wide_ocr_word_gap() -> None:
    assert _seller("Fiduciaire", 12.5) == "Fiduciaire Kremer S.à r.l."


def test_a_caption_before_the_name_is_not_joined() -> None:
    assert _seller("Lieferant", 12.5) == "Kremer S.à r.l."


def test_a_far_cell_before_the_name_is_not_joined() -> None:
    assert _seller("Fiduciaire", 40.0) == "Kremer S.à r.l."


def test_the_decoders_split_inside_a_word_read_whole_is_undone() -> None:
    text = "Fiduciaire Kremer S.à r.l."
    words = [list("Fiduciaire"), list("Krem"), list("er"), list("S.à"), list("r.l.")]
    columns = [[2, 4, 7], [14, 17], [23, 26], [31, 34], [39, 41]]
    joined, _, _ = rejoined(text, words, columns, ["en"] * 5)
    assert ["".join(w) for w in joined] == ["Fiduciaire", "Kremer", "S.à", "r.l."]


def test_a_missed_space_far_apart_still_parts_words() -> None:
    words = [list("IKEA"), list("Cheras")]
    joined, _, _ = rejoined("IKEACheras", words, [[1, 4, 8, 12], [20, 23]], ["en"] * 2)
    assert ["".join(w) for w in joined] == ["IKEA", "Cheras"]


def test_a_postcode_and_its_town_read_without_a_space_stay_two_words() -> None:
    # The recogniser read "53300KL" (no space), its decoder parted digits and letters 6
    # columns apart: a postcode and a town, not one word cut inside.
    words = [list("53300"), list("KL")]
    joined, _, _ = rejoined("53300KL", words, [[1, 3, 5, 7, 9], [15, 18]], ["en"] * 2)
    assert ["".join(w) for w in joined] == ["53300", "KL"]
