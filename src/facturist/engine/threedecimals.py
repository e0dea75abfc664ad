"""Dinars and rials counted in thousandths: "430.090" is 430 dinars 90 fils, not 430 090.

Bahrain, Kuwait, Oman, Jordan, Libya and Tunisia divide their currency into a thousand fils,
baisa or millimes, and their invoices print three decimals throughout ("13.875", "1,826.000").
The three-digit-group rule reads a lone mark before three digits as a thousands mark; on such
a document it is the decimal mark. Which mark that is the figures tell where one proves it
("1.234,567" in Tunisia), else the point (Gulf print). Any other currency keeps the rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from facturist.engine.model import PageText
from facturist.engine.parse.amounts import document_decimal_mark, format_decimal_hint
from facturist.engine.parsing import detect_currency

# ISO 4217 currencies of three minor digits that invoices print with all three.
THREE_DECIMAL_CURRENCIES = frozenset({"BHD", "JOD", "KWD", "LYD", "OMR", "TND"})


def three_decimal_mark(texts: list[PageText]) -> str | None:
    """The decimal mark of a document whose currency counts thousandths; None for any other."""
    lines = [" ".join(word.text for word in text.words) for text in texts]
    if detect_currency("\n".join(lines)) not in THREE_DECIMAL_CURRENCIES:
        return None
    return format_decimal_hint(lines) or "."


@contextmanager
def three_decimal_amounts(texts: list[PageText]) -> Iterator[None]:
    """Amounts read within the block take the document's three-decimal mark, if it has one."""
    with document_decimal_mark(three_decimal_mark(texts)):
        yield
