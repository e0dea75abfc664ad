"""The currency of a page that prints none: the seller's country's, told by its VAT ID and
its IBAN.

An Italian e-invoice's courtesy copy ("copia di cortesia") prints its figures bare
("557,40", "613,14") and no code or sign anywhere; so do many letter-style invoices. The
seller's VAT ID ("IT02911870372") and the account it is paid into ("IT22Y02008...") name the
country, and a domestic invoice is billed in the country's money. Where the VAT ID and the
IBAN name two countries of different money, neither is trusted."""

from __future__ import annotations

from facturist.engine.model import Value


def _prefixes(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The money of each country by the prefix of its VAT ID and its IBAN (Greece's VAT IDs
# start "EL", its IBANs "GR"; Switzerland's VAT IDs "CHE").
_EURO_AREA = _prefixes("AT BE CY DE EE EL ES FI FR GR HR IE IT LT LU LV MT NL PT SI SK MC SM")
_MONEY = {
    **dict.fromkeys(_EURO_AREA, "EUR"),
    "GB": "GBP",
    "CH": "CHF",
    "LI": "CHF",
    "PL": "PLN",
    "CZ": "CZK",
    "HU": "HUF",
    "SE": "SEK",
    "DK": "DKK",
    "NO": "NOK",
    "RO": "RON",
    "BG": "BGN",
    # African IBANs (parse/ids.py): North Africa's, and the CFA franc zones' banks, West
    # (BCEAO) and Central (BEAC).
    "MA": "MAD",
    "TN": "TND",
    "DZ": "DZD",
    "EG": "EGP",
    **dict.fromkeys(_prefixes("BJ BF CI GW ML NE SN TG"), "XOF"),
    **dict.fromkeys(_prefixes("CM CF CG GA GQ TD"), "XAF"),
}


def country_currency(fields: dict[str, Value]) -> str | None:
    """The money of the seller's country, where its VAT ID or its IBAN names one and neither
    names another."""
    found: set[str] = set()
    for key in ("seller_vat_id", "iban"):
        value = fields.get(key)
        if value is None or not isinstance(value.value, str):
            continue
        prefix = value.value.replace(" ", "").upper()[:2]
        if prefix.isalpha() and prefix in _MONEY:
            found.add(_MONEY[prefix])
    return found.pop() if len(found) == 1 else None
