"""The "o" of "Sp. z o.o." and "s.r.o." read as a zero is put back."""

from __future__ import annotations

from facturist.engine.model import Box, Word
from facturist.engine.ocr.legalforms import restore_legal_forms


def _texts(*texts: str) -> list[str]:
    words = [Word(t, Box(1, 10.0 * i, 0, 10.0 * i + 8, 10), 0.99) for i, t in enumerate(texts)]
    return [w.text for w in restore_legal_forms(words)]


def test_polish_limited_company_suffix_read_with_zeros() -> None:
    assert _texts("Drukarnia", "Wisła", "Sp.", "z", "0.0.") == [
        "Drukarnia", "Wisła", "Sp.", "z", "o.o.",
    ]  # fmt: skip
    assert _texts("Sp.", "z", "0.o.")[-1] == "o.o."


def test_czech_and_slovak_suffix_read_with_a_zero() -> None:
    assert _texts("Tiskárna", "Novák", "s.r.0.") == ["Tiskárna", "Novák", "s.r.o."]


def test_zeros_elsewhere_stay() -> None:
    assert _texts("z", "0.0.", "Sp.", "z", "10.0") == ["z", "0.0.", "Sp.", "z", "10.0"]
