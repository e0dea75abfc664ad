"""Which of the recogniser's characters the engine scores (both OCR runtimes)."""

from __future__ import annotations

from collections.abc import Callable

# Recognised characters from U+2E80 on (CJK radicals, kana, ideographs, fullwidth forms,
# emoji) are not scored: invoices in the scripts the engine reads (Latin and
# Greek letters, which is all the model has besides CJK, with currency signs and symbols) never
# need the ~16,000 of them, and without them the recogniser's output is 10x smaller (18,710 ->
# 1,750 classes).
LAST_KEPT_CODE_POINT = 0x2E80


def kept_character(character: str) -> bool:
    """Whether the recogniser should keep scoring this character."""
    return all(ord(c) < LAST_KEPT_CODE_POINT for c in character)


def kept_classes(
    characters: list[str], keep: Callable[[str], bool] = kept_character
) -> tuple[list[int], list[str]]:
    """The recogniser's output classes to keep, and the characters they stand for.

    rapidocr's CTC layout: class 0 is the blank, classes 1..n the model's characters (its
    metadata list, in order), n+1 the space. The blank and the space are always kept.
    """
    kept = [i for i, char in enumerate(characters) if keep(char)]
    return [0, *(i + 1 for i in kept), len(characters) + 1], [characters[i] for i in kept]
