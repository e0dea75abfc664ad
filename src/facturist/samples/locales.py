"""Per-locale conventions: labels, month names, number, date and currency formats.

Every string here is printed with the Vera font that ships with reportlab, so letters Vera
lacks (most Polish diacritics) are folded by `printable` before they reach a page or a truth
file; truth and page then agree on every machine.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from facturist.samples.labels import LABELS


def _split(text: str, sep: str | None = None) -> list[str]:
    # Word lists are written as one string to keep the data compact and readable.
    return text.split(sep)


# Letters the Vera font has beyond Latin-1 that we keep as they are.
_VERA_EXTRA = set("łŁćĆóÓ€’–")


def printable(text: str) -> str:
    """Fold characters the embedded font cannot draw to their base letters."""
    out: list[str] = []
    for ch in text:
        if ord(ch) < 256 or ch in _VERA_EXTRA:
            out.append(ch)
        else:
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)) or "?")
    return "".join(out)


@dataclass(frozen=True)
class Locale:
    """How one country writes an invoice."""

    code: str
    language: str
    country: str
    currency: str
    currency_sign: str
    sign_before: bool
    group_sep: str
    decimal_sep: str
    date_numeric: str  # strftime-like pattern with %d %m %Y only
    months: tuple[str, ...]
    long_date: str  # "{d} {month} {y}" style pattern
    vat_rates: tuple[Decimal, ...]
    labels: dict[str, str] = field(default_factory=dict)
    sign_space: bool = False  # "€ 1.234,56" (Dutch, Italian) rather than "€1,234.56"

    def money(self, value: Decimal, *, sign: bool = True, code: bool = False) -> str:
        """Format an amount the local way, with the currency sign (or code) when asked."""
        number = self.number(value, 2)
        if not sign:
            return number
        symbol = self.currency if code else self.currency_sign
        if not self.sign_before:
            return f"{number} {symbol}"
        minus, digits = ("-", number[1:]) if number.startswith("-") else ("", number)
        gap = " " if self.sign_space or len(symbol) > 1 else ""
        return f"{minus}{symbol}{gap}{digits}"

    def number(self, value: Decimal, places: int) -> str:
        """Format a number with grouping and a fixed count of decimals."""
        quantum = Decimal(1).scaleb(-places)
        rounded = value.quantize(quantum, rounding=ROUND_HALF_UP)
        negative = rounded < 0
        whole, _, frac = f"{abs(rounded):f}".partition(".")
        groups: list[str] = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        groups.insert(0, whole)
        text = self.group_sep.join(groups)
        if places:
            text += self.decimal_sep + frac
        return ("-" if negative else "") + text

    def quantity(self, value: Decimal) -> str:
        """Format a quantity: no decimals when whole, else as few as needed."""
        if value == value.to_integral_value():
            return self.number(value, 0)
        return self.number(value, 1 if (value * 10) == (value * 10).to_integral_value() else 2)

    def percent(self, value: Decimal) -> str:
        """Format a VAT rate like '19 %' or '5,5%' as the locale writes it."""
        places = 0 if value == value.to_integral_value() else 1
        text = self.number(value, places)
        return f"{text} %" if self.language in ("de", "fr") else f"{text}%"

    def format_date(self, day: date, *, long: bool) -> str:
        """Format a date numerically or with the month name."""
        if long:
            return self.long_date.format(d=day.day, month=self.months[day.month - 1], y=day.year)
        return (
            self.date_numeric.replace("%d", f"{day.day:02d}")
            .replace("%m", f"{day.month:02d}")
            .replace("%Y", str(day.year))
        )


_EN_MONTHS = tuple(
    _split("January February March April May June July August September October November December")
)
_LOCALES: dict[str, Locale] = {}


def _register(loc: Locale) -> None:
    _LOCALES[loc.code] = loc


_register(
    Locale(
        "en-GB",
        "en",
        "GB",
        "GBP",
        "£",
        True,
        ",",
        ".",
        "%d/%m/%Y",
        _EN_MONTHS,
        "{d} {month} {y}",
        (Decimal(20), Decimal(5)),
        LABELS["en"],
    )
)
_register(
    Locale(
        "en-US",
        "en",
        "US",
        "USD",
        "$",
        True,
        ",",
        ".",
        "%m/%d/%Y",
        _EN_MONTHS,
        "{month} {d}, {y}",
        (Decimal("8.25"), Decimal(7)),
        {**LABELS["en"], "vat_rate": "Tax", "vat": "Sales Tax", "vat_id": "Tax ID"},
    )
)
_register(
    Locale(
        "en-IE",
        "en",
        "IE",
        "EUR",
        "€",
        True,
        ",",
        ".",
        "%d/%m/%Y",
        _EN_MONTHS,
        "{d} {month} {y}",
        (Decimal(23), Decimal("13.5")),
        LABELS["en"],
    )
)

_DE_MONTHS = tuple(
    _split("Januar Februar März April Mai Juni Juli August September Oktober November Dezember")
)
_register(
    Locale(
        "de-DE",
        "de",
        "DE",
        "EUR",
        "€",
        False,
        ".",
        ",",
        "%d.%m.%Y",
        _DE_MONTHS,
        "{d}. {month} {y}",
        (Decimal(19), Decimal(7)),
        LABELS["de"],
    )
)
_register(
    Locale(
        "de-AT",
        "de",
        "AT",
        "EUR",
        "€",
        True,
        ".",
        ",",
        "%d.%m.%Y",
        ("Jänner", *_DE_MONTHS[1:]),
        "{d}. {month} {y}",
        (Decimal(20), Decimal(10)),
        {**LABELS["de"], "vat_id": "UID-Nr."},
        sign_space=True,
    )
)
_register(
    Locale(
        "de-CH",
        "de",
        "CH",
        "CHF",
        "CHF",
        True,
        "'",
        ".",
        "%d.%m.%Y",
        _DE_MONTHS,
        "{d}. {month} {y}",
        (Decimal("8.1"), Decimal("2.6")),
        {**LABELS["de"], "vat_id": "MWST-Nr.", "vat": "MWST"},
    )
)

_FR_MONTHS = tuple(
    _split("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
)
_register(
    Locale(
        "fr-FR",
        "fr",
        "FR",
        "EUR",
        "€",
        False,
        " ",
        ",",
        "%d/%m/%Y",
        _FR_MONTHS,
        "{d} {month} {y}",
        (Decimal(20), Decimal(10), Decimal("5.5")),
        LABELS["fr"],
    )
)
_ES_MONTHS = tuple(
    _split(
        "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre"
    )
)
_register(
    Locale(
        "es-ES",
        "es",
        "ES",
        "EUR",
        "€",
        False,
        ".",
        ",",
        "%d/%m/%Y",
        _ES_MONTHS,
        "{d} de {month} de {y}",
        (Decimal(21), Decimal(10)),
        LABELS["es"],
    )
)
_IT_MONTHS = tuple(
    _split(
        "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre "
        "ottobre novembre dicembre"
    )
)
_register(
    Locale(
        "it-IT",
        "it",
        "IT",
        "EUR",
        "€",
        True,
        ".",
        ",",
        "%d/%m/%Y",
        _IT_MONTHS,
        "{d} {month} {y}",
        (Decimal(22), Decimal(10)),
        LABELS["it"],
        sign_space=True,
    )
)
_NL_MONTHS = tuple(
    _split(
        "januari februari maart april mei juni juli augustus september oktober november december"
    )
)
_register(
    Locale(
        "nl-NL",
        "nl",
        "NL",
        "EUR",
        "€",
        True,
        ".",
        ",",
        "%d-%m-%Y",
        _NL_MONTHS,
        "{d} {month} {y}",
        (Decimal(21), Decimal(9)),
        LABELS["nl"],
        sign_space=True,
    )
)
_PT_MONTHS = tuple(
    _split(
        "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro"
    )
)
_register(
    Locale(
        "pt-PT",
        "pt",
        "PT",
        "EUR",
        "€",
        False,
        " ",
        ",",
        "%d/%m/%Y",
        _PT_MONTHS,
        "{d} de {month} de {y}",
        (Decimal(23), Decimal(13)),
        LABELS["pt"],
    )
)
_PL_MONTHS = tuple(
    _split(
        "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października "
        "listopada grudnia"
    )
)
_register(
    Locale(
        "pl-PL",
        "pl",
        "PL",
        "PLN",
        "zł",
        False,
        " ",
        ",",
        "%d.%m.%Y",
        _PL_MONTHS,
        "{d} {month} {y}",
        (Decimal(23), Decimal(8)),
        LABELS["pl"],
    )
)

LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "es", "it", "nl", "pt", "pl")


def locales_for(language: str) -> list[Locale]:
    """All locales that write `language` (for example de-DE, de-AT and de-CH for 'de')."""
    found = [loc for loc in _LOCALES.values() if loc.language == language]
    if not found:
        raise ValueError(f"unknown language {language!r}; choose from {', '.join(LANGUAGES)}")
    return found


def get_locale(code: str) -> Locale:
    """The locale registered under `code`, such as 'de-CH'."""
    return _LOCALES[code]
