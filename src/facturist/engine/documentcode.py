"""A Portuguese certified document number keeps its document type's code.

Portugal's certified billing software numbers each document as its type's code, a space,
the series and the count: "FT 2025/0098" (fatura), "FR ..." (fatura-recibo), "FS ..."
(fatura simplificada), "NC ..." / "ND ..." (credit and debit notes). Some layouts print the
code in a cell of its own before the series ("FS | A2025/8817"), and the number read from
the series on loses it: the word right before the number, on its line, is put back."""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Value

_CODE = re.compile(r"FT|FR|FS|NC|ND")
# A series and its count: "A2025/8817", "2025/0098", "ATSIRE01FR/37".
_SERIES_COUNT = re.compile(r"[A-Z0-9]*\d[A-Z0-9]*/\d+")


def with_document_code(lines: list[Line], number: Value) -> Value:
    """The number with the type's code printed right before it on its line, if any."""
    text = str(number.value)
    if not number.boxes or not _SERIES_COUNT.fullmatch(text):
        return number
    first = number.boxes[0]
    for line in lines:
        at = next((i for i, w in enumerate(line.words) if w.box == first), None)
        if at is None:
            continue
        if at == 0 or not _CODE.fullmatch(line.words[at - 1].text):
            return number
        code = line.words[at - 1]
        return Value(
            f"{code.text} {text}", number.text, (code.box, *number.boxes), number.confidence
        )
    return number
