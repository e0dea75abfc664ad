"""A letter pair read as one letter ("rn" as "m") is put right where the page spells it."""

from __future__ import annotations

from facturist.engine.model import Box, Word
from facturist.engine.ocr.mergedletters import unmerge_letters


def _words(*texts: str) -> list[Word]:
    return [Word(t, Box(1, 10.0 * i, 0, 10.0 * i + 8, 10), 0.99) for i, t in enumerate(texts)]


def test_a_town_misread_in_the_sender_line_and_footer_takes_the_spelling_printed_elsewhere() -> (
    None
):
    words = _words(
        "Hallplatz", "7", "90402", "Nümberg", "90402", "Nürnberg", "Sparkasse", "Nümberg,"
    )
    assert [w.text for w in unmerge_letters(words)] == [
        "Hallplatz", "7", "90402", "Nürnberg", "90402", "Nürnberg", "Sparkasse", "Nürnberg,",
    ]  # fmt: skip


def test_words_without_the_split_spelling_on_the_page_are_left_alone() -> None:
    words = _words("Nümberg", "Hamburg", "modem", "corn", "com", "Stemweg", "Farmer")
    assert [w.text for w in unmerge_letters(words)] == [w.text for w in words]


def test_short_and_lower_case_words_are_not_compared() -> None:
    words = _words("Mam", "Marn", "warn", "wam", "burner", "bumer")
    assert [w.text for w in unmerge_letters(words)] == [w.text for w in words]
