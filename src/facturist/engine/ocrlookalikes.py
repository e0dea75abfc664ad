"""The letters OCR reads as digits: "O" and "D" as "0", "I" and "L" as "1", "Z" as "2", "S"
as "5", "G" as "6", "B" as "8". Where an identifier's format puts a letter and OCR gave a
digit, each letter the digit may stand for is tried, and a checksum chooses (ocrvatletters.py
for VAT IDs' check letters, ibanletters.py for IBANs' bank letters)."""

from __future__ import annotations

# Each digit and the letters OCR reads as it.
LETTERS_READ_AS: dict[str, str] = {"0": "OD", "1": "IL", "2": "Z", "5": "S", "6": "G", "8": "B"}
