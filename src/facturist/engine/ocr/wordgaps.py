"""Words the recogniser read whole, kept whole where its decoder would split them.

RapidOCR's decoder (`get_word_info`) starts a new word at a space the recogniser reads, and
also wherever two letters' decoding columns stand more than 5 apart, to part words whose
space it missed ("IKEACheras" -> "IKEA" "Cheras", 8 columns). But a wide letter before
a narrow one stands 6 columns apart in print set large: "Kremer" came back as "Krem" "er",
"TWO" as "TW" "O". A missed space leaves 7 columns or more; 6 without a space read is one
word. (On scanned invoices and receipts, every split at 6 columns was inside a word; those
at 7 and more were missed spaces.) A run of digits and a run of letters meeting there are
two words all the same: a postcode and its town ("53300 KL"), a count and its unit.
"""

from __future__ import annotations

from typing import TypeVar

# Columns between two letters of one word that the recogniser read without a space between
# them, up to which they stay one word.
MAX_WORD_GAP = 6

T = TypeVar("T")


def rejoined(
    text: str, words: list[list[str]], columns: list[list[int]], kinds: list[T]
) -> tuple[list[list[str]], list[list[int]], list[T]]:
    """The decoder's words (their letters, columns and kinds) with those it parted at a gap
    of at most MAX_WORD_GAP columns and no space in `text` joined again."""
    if len(words) < 2 or len(words) <= len(text.split()):
        return words, columns, kinds  # every split is at a space the recogniser read
    spaced = _space_before(text, words)
    out_words, out_columns, out_kinds = [list(words[0])], [list(columns[0])], [kinds[0]]
    for index in range(1, len(words)):
        gap = columns[index][0] - out_columns[-1][-1] if columns[index] else MAX_WORD_GAP + 1
        if (
            spaced[index]
            or kinds[index] != out_kinds[-1]
            or gap > MAX_WORD_GAP
            or _digits_meet_letters(out_words[-1], words[index])
        ):
            out_words.append(list(words[index]))
            out_columns.append(list(columns[index]))
            out_kinds.append(kinds[index])
        else:
            out_words[-1].extend(words[index])
            out_columns[-1].extend(columns[index])
    return out_words, out_columns, out_kinds


def _space_before(text: str, words: list[list[str]]) -> list[bool]:
    """For each word, whether the text has a space before it (the words are its letters in
    order, spaces left out)."""
    flags: list[bool] = []
    at = 0
    for word in words:
        start = at
        while at < len(text) and text[at].isspace():
            at += 1
        flags.append(at > start)
        at += len(word)
    return flags


def _digits_meet_letters(before: list[str], after: list[str]) -> bool:
    """A digit run ends where a letter run starts, or the other way round ("53300" "KL")."""
    if not before or not after or not before[-1] or not after[0]:
        return False
    last, first = before[-1][-1], after[0][0]
    return (last.isdigit() and first.isalpha()) or (last.isalpha() and first.isdigit())
