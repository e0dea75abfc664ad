"""Pure text parsers for the values invoices carry: amounts, dates, identifiers, currencies.

Every function here takes plain strings and returns plain values; none does I/O, so they are
cheap enough to run on every word of every page.
"""

from facturist.engine.parse.amounts import (
    find_amounts,
    format_decimal_hint,
    parse_amount,
    parse_percent,
)
from facturist.engine.parse.currency import CURRENCY_CODES, detect_currency
from facturist.engine.parse.dates import ParsedDate, find_dates, infer_day_first, parse_date
from facturist.engine.parse.ids import (
    find_bics,
    find_ibans,
    find_vat_ids,
    is_valid_bic,
    is_valid_iban,
    is_valid_vat_id,
    normalize_iban,
    normalize_vat_id,
)

__all__ = [
    "CURRENCY_CODES",
    "ParsedDate",
    "detect_currency",
    "find_amounts",
    "find_bics",
    "find_dates",
    "find_ibans",
    "find_vat_ids",
    "format_decimal_hint",
    "infer_day_first",
    "is_valid_bic",
    "is_valid_iban",
    "is_valid_vat_id",
    "normalize_iban",
    "normalize_vat_id",
    "parse_amount",
    "parse_date",
    "parse_percent",
]
