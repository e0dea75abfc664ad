"""A scanned VAT ID whose check letter OCR read as a digit ("IE63882140" for "IE6388214O").

Some countries' VAT IDs carry letters in fixed places: Ireland's check letter after seven
digits, Spain's control letter, the Netherlands' "B" before the last two digits. OCR reads
a letter there as the digit it looks like ("O" as "0", "I" as "1", "S" as "5", "B" as "8":
ocrlookalikes.py), and the ID then fails its format or its checksum. Where putting one such
letter back gives the one ID whose checksum holds, that is the printed ID; a country without
a published checksum, or two mended forms that both hold, leave the reading as it is.
"""

from __future__ import annotations

from dataclasses import replace

from facturist.engine.model import PageText, Value
from facturist.engine.ocrlookalikes import LETTERS_READ_AS
from facturist.engine.parse.ids import is_valid_vat_id

# The fields whose VAT IDs are mended.
_VAT_FIELDS = ("seller_vat_id", "buyer_vat_id")


def mended_vat_id(vat_id: str) -> str | None:
    """The VAT ID with one digit read back as the letter it was printed as, when that alone
    passes the checksum and the ID as read does not; else None."""
    if len(vat_id) < 4 or not vat_id[:2].isalpha() or is_valid_vat_id(vat_id) is not False:
        return None
    mended = []
    for index in range(2, len(vat_id)):
        for letter in LETTERS_READ_AS.get(vat_id[index], ""):
            candidate = vat_id[:index] + letter + vat_id[index + 1 :]
            # True only: the country's format puts a letter here and its checksum holds.
            if is_valid_vat_id(candidate) is True:
                mended.append(candidate)
    return mended[0] if len(mended) == 1 else None


def with_mended_vat_ids(pages: list[PageText], fields: dict[str, Value]) -> dict[str, Value]:
    """The fields with scanned VAT IDs mended (`mended_vat_id`); a text layer's ID is what
    the page prints, even a wrong one."""
    scanned = {page.page for page in pages if page.source == "ocr"}
    if not scanned:
        return fields
    for key in _VAT_FIELDS:
        value = fields.get(key)
        if value is None or not value.boxes or value.boxes[0].page not in scanned:
            continue
        mended = mended_vat_id(str(value.value))
        if mended is not None:
            fields = {**fields, key: replace(value, value=mended)}
    return fields
