"""Currency detection: ISO 4217 codes and the symbols invoices print instead of them."""

from __future__ import annotations

import re
from collections import Counter

from facturist.engine.parse.cfafranc import CFA_SIGNS, cfa_franc
from facturist.engine.parse.dollarcountry import dollar_country
from facturist.engine.parse.euroword import euro_beside_sums
from facturist.engine.parse.latamcurrency import peso_of_page, sol_figures
from facturist.engine.parse.namecodes import opens_a_name
from facturist.engine.parse.unitcodes import counted_unit, glued_dollars, measure_after

# Active ISO 4217 alphabetic codes (2024 list, funds and precious metals left out).


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


CURRENCY_CODES: frozenset[str] = _word_set(
    """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY
    KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP
    MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR
    RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB TJS
    TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR
    ZMW ZWL
    """
)

# Codes that are also everyday words; they count only when written in capitals next to
# a number, never in lower case.
_WORDLIKE_CODES = frozenset({"ALL", "TOP", "TRY", "CUP", "MOP", "BAM", "GEL", "PEN", "SOS"})

# Codes common on invoices: these are also accepted in lower case ("usd", "eur").
_COMMON_CODES = _word_set(
    "EUR USD GBP CHF PLN CZK HUF SEK NOK DKK JPY CNY INR MYR SGD AUD CAD NZD HKD BRL "
    "ZAR RON BGN TRY RUB MXN"
)

# Symbols and local abbreviations, longest first so that "US$" wins over "$".
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "HK$": "HKD",
    "NZ$": "NZD",
    "CA$": "CAD",
    "AU$": "AUD",
    "SFr.": "CHF",
    "R$": "BRL",
    "A$": "AUD",
    "C$": "CAD",
    "S$": "SGD",
    "zł": "PLN",
    "Kč": "CZK",
    "Ft": "HUF",
    # Romania's leu after its figure ("11.538,24 lei"); Moldova's leu is told by the country.
    "lei": "RON",
    "Lei": "RON",
    "LEI": "RON",
    # Croatia's kuna, billed until 2023 ("1.250,00 kn").
    "kn": "HRK",
    # The Bulgarian lev: "лв." beside figures.
    "лв.": "BGN",
    "лв": "BGN",
    "TL": "TRY",  # "1.234,56 TL": the Turkish lira as Turkish invoices print it
    "RM": "MYR",
    "Rs.": "INR",
    "Rs": "INR",
    "kr.": "SEK",
    "kr": "SEK",
    "Fr.": "CHF",
    "€": "EUR",
    "£": "GBP",
    "$": "USD",
    "¥": "JPY",
    "₹": "INR",
    "₽": "RUB",
    "₺": "TRY",
    "₩": "KRW",
    "₪": "ILS",
    "₫": "VND",
    "฿": "THB",
    "₱": "PHP",
    "₦": "NGN",
    "₴": "UAH",
    # Morocco's dirham after its figures ("76 710,00 DH", "P.U. HT (DH)").
    "DH": "MAD",
    # The CFA francs ("9 982 000 FCFA", "(F CFA)"): West Africa's unless the page says
    # Central Africa (cfafranc.py).
    **dict.fromkeys(CFA_SIGNS, "XOF"),
}

_SYMBOL_ALTERNATION = "|".join(
    re.escape(symbol) for symbol in sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
)
# A currency token as it appears beside an amount: a code or a symbol.
CURRENCY_TOKEN_PATTERN = (
    r"(?:(?<![A-Za-z])(?:[A-Z]{3}|[a-z]{3})(?![A-Za-z])|" + _SYMBOL_ALTERNATION + ")"
)

# Letters of any script bound a code: "plnění" (Czech) holds no "PLN".
_CODE_RE = re.compile(r"(?<![^\W\d_])([A-Za-z]{3})(?![^\W\d_])")
# Letter symbols must stand alone ("RM 12", not "FORM"); sign symbols may touch digits.
_SYMBOL_RE = re.compile(r"(?<![A-Za-z])(" + _SYMBOL_ALTERNATION + r")(?![A-Za-zÀ-ɏ])")
# Codes that are also product designations: "Parmigiano Reggiano DOP" (Denominazione di
# Origine Protetta) names no Dominican peso; they yield to any currency symbol on the page.
_DESIGNATION_CODES = frozenset({"DOP"})
# A currency's name in an amount written in words ("Словом: ... лева и 60 стотинки",
# "azaz ... forint"): as strong as a code beside a figure.
# ... and a note that states the amounts' currency in words, where no figure carries one
# ("Beträge in Euro", "Alle Preise in Euro", "amounts in euros", "montants en euros").
# Other currencies so named: "ALL PRICES IN CANADIAN DOLLARS", "Beträge in Schweizer Franken",
# "montants en francs suisses", "amounts in pounds sterling".
_NOTE_NAMES = {
    "canadian dollars": "CAD",
    "dollars canadiens": "CAD",
    "australian dollars": "AUD",
    "dollars australiens": "AUD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "hong kong dollars": "HKD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "dollars américains": "USD",
    "dollars americains": "USD",
    "swiss francs": "CHF",
    "francs suisses": "CHF",
    "schweizer franken": "CHF",
    "franchi svizzeri": "CHF",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
}
_NAMED_IN_WORDS = re.compile(
    r"(?<!\w)(лева|стотинки|forint|francs?\s+CFA)(?!\w)"
    r"|(?<!\w)(?:in|en)\s+(euros?|"
    + "|".join(re.escape(name).replace(r"\ ", r"\s+") for name in _NOTE_NAMES)
    + r")(?![\w-])",
    re.IGNORECASE,
)
_NAMED_CODES = {
    "лева": "BGN",
    "стотинки": "BGN",
    "forint": "HUF",
    "euro": "EUR",
    "euros": "EUR",
    **_NOTE_NAMES,
}
# "R 159 275.00": the rand sign, read only on a South African page.
# South Africa writes both "R 159 275.00" and "R 20 997,50" (space groups, decimal comma).
_RAND = re.compile(
    r"(?<![A-Za-z])R[ \u00a0]?\d{1,3}(?:[ ,\u00a0\u202f]\d{3})*\.\d{2}\b"
    r"|(?<![A-Za-z])R[ \u00a0]?\d{1,3}(?:[ .\u00a0\u202f]\d{3})*,\d{2}\b"
)
# A South African company's "(Pty) Ltd", printed in capitals too ("(PTY) LTD").
_SOUTH_AFRICA = re.compile(r"\((?:Pty|PTY)\)|\.co\.za\b|\bSouth Africa\b|\bSARS\b")


def south_african(text: str) -> bool:
    """Whether a page's text names South Africa: a "(Pty) Ltd", a ".co.za" address, the
    country or its revenue service (the rand sign's page: randsign.py)."""
    return _SOUTH_AFRICA.search(text) is not None


# Iceland's króna, printed "kr." as in Scandinavia: its VAT (VSK), kennitala, the capital.
_ICELANDIC_HINT = re.compile(r"\b(?:VSK|vsk|kennitala|Reykjav[íi]k|ISK)\b|\bIS\d{24}\b")
_NORWEGIAN_HINT = re.compile(r"\b(?:mva|MVA|foretaksregisteret|NOK)\b")
_DANISH_HINT = re.compile(r"\b(?:CVR|cvr|moms\w*|DKK)\b")
# The payee's IBAN, or else the first Nordic VAT ID, names the krona's country: Swedish
# invoices say "moms" as Danish ones do ("exkl. moms").
_NORDIC_IBAN = re.compile(r"\b(SE|DK|NO|IS|FO)\d{2}(?:[ \u00a0]?[0-9]{3,4}){3,6}\b")
_NORDIC_VAT = re.compile(r"\b(?:(SE)\d{10}01|(DK)\d{8}|(NO)\d{9}\s?MVA)\b")
_KRONA = {"SE": "SEK", "DK": "DKK", "NO": "NOK", "IS": "ISK", "FO": "DKK"}
# Moldova prints its leu "lei" as Romania does: the country, its IBAN or its company ID.
_MOLDOVAN_HINT = re.compile(
    r"\bMoldova\b|\bChi[șş]in[ăa]u\b|\bIDNO\b|\bMD\d{2}[A-Z]{2}[A-Z0-9]{18}\b"
)
# Words printed after their figure only: "LEI 5299009N55YRQC69CN08" is a Legal Entity
# Identifier.
_AFTER_FIGURE_ONLY = frozenset({"lei", "Lei", "LEI"})
# Bosnia's convertible mark, "KM" after an amount with its decimals ("1.319,18 KM") and no
# figure after it: "260 KM" is a distance, Estonian "KM 22%" its VAT. Kept out of the
# symbols, so that "5KM" in a description is never a figure.
_CONVERTIBLE_MARKS = re.compile(r"\d[.,]\d{2}[ \u00a0]?KM(?![^\W\d_])(?![ \u00a0]*[-\u2212(]?\d)")


def _named_code(name: str, context: str) -> str:
    """The code of a currency's name as a note writes it ("CANADIAN  DOLLARS"); the CFA
    franc's ("francs CFA" in an amount in words) by the page's country (cfafranc.py)."""
    if name[:1] in "fF" and name.upper().endswith("CFA"):
        return cfa_franc(context)
    return _NAMED_CODES[" ".join(name.lower().split())]


def currency_from_token(token: str) -> str | None:
    """ISO code for one currency token ("€", "eur", "R$"), or None."""
    stripped = token.strip()
    upper = stripped.upper()
    if upper in CURRENCY_CODES and (stripped.isupper() or upper in _COMMON_CODES):
        return upper
    if stripped in CURRENCY_SYMBOLS:
        return _resolve_symbol(stripped, "")
    return None


def _resolve_symbol(symbol: str, context: str) -> str:
    code = CURRENCY_SYMBOLS[symbol]
    if code == "XOF":
        return cfa_franc(context)
    if symbol == "$":
        country_code = dollar_country(context)  # dollarcountry.py: the page's country
        if country_code is not None:
            return country_code
        # Mexico's, Chile's, Argentina's or Colombia's peso (latamcurrency.py).
        peso = peso_of_page(context) if context else None
        if peso is not None:
            return peso
    if symbol in _AFTER_FIGURE_ONLY and _MOLDOVAN_HINT.search(context):
        return "MDL"
    if symbol in ("kr", "kr."):
        nordic = _NORDIC_IBAN.search(context) or _NORDIC_VAT.search(context)
        if nordic is not None:
            return _KRONA[next(group for group in nordic.groups() if group)]
        if _ICELANDIC_HINT.search(context):
            return "ISK"
        if _NORWEGIAN_HINT.search(context):
            return "NOK"
        if _DANISH_HINT.search(context):
            return "DKK"
    return code


def detect_currency(text: str) -> str | None:
    """The ISO 4217 currency a text names: explicit codes first, then symbols."""
    codes: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    beside_figures = False
    for match in _CODE_RE.finditer(text):
        word = match.group(1)
        upper = word.upper()
        if upper not in CURRENCY_CODES:
            continue
        if not _counts_as_code(word, text, match.start(), match.end()):
            continue
        # A code beside an amount ("Total (EUR) 524,18", "EUR 12.400,00") outweighs one in
        # prose, where a registry's initials may look like a code ("CRC Porto").
        if _touches_number(text, match.start(), match.end()):
            codes[upper] += 4 + _settling_bonus(text, match.start())
            beside_figures = True
        else:
            codes[upper] += 1 if _COMPOUND.match(text, match.end()) else 2
        first_seen.setdefault(upper, match.start())
    for match in _NAMED_IN_WORDS.finditer(text):
        named = _named_code(match.group(1) or match.group(2), text)
        codes[named] += 4
        beside_figures = True
        first_seen.setdefault(named, match.start())
    for start in euro_beside_sums(text):  # euroword.py: "TOTALE FATTURA EURO 1.091,00"
        codes["EUR"] += 4
        beside_figures = True
        first_seen.setdefault("EUR", start)
    plain = [code for code in codes if code not in _DESIGNATION_CODES]
    if plain and not beside_figures:
        # Codes only in prose ("CAD-Konstrukteur", "CRC Porto") yield to the sign the
        # amounts print ("1.768,00 €").
        signed = _signed_figures(text)
        if signed is not None:
            return signed
    if plain or (codes and not _SYMBOL_RE.search(text)):
        return max(plain or codes, key=lambda code: (codes[code], -first_seen[code]))
    symbols: Counter[str] = Counter()
    for match in _SYMBOL_RE.finditer(text):
        symbol = match.group(1)
        if (
            _has_letter(symbol)
            and not _touches_number(text, match.start(), match.end())
            and not _amount_caption_before(text, match.start())
        ):
            continue
        if symbol in _AFTER_FIGURE_ONLY and not _figure_before(text, match.start()):
            continue
        code = _resolve_symbol(symbol, text)
        symbols[code] += 1
        first_seen.setdefault(code, match.start())
    glued = glued_dollars(text)  # "TOTAL CREDIT$1,033.70" (unitcodes.py)
    if glued:
        code = _resolve_symbol("$", text)
        symbols[code] += glued
        first_seen.setdefault(code, text.find("$"))
    marks = _CONVERTIBLE_MARKS.findall(text)
    if marks:
        symbols["BAM"] += len(marks)
        first_seen.setdefault("BAM", text.find(marks[0]))
    sols = sol_figures(text)  # Peru's "S/ 14,801.00", "Soles" (latamcurrency.py)
    if sols:
        symbols["PEN"] += sols
        first_seen.setdefault("PEN", text.find("S/") % (len(text) + 1))
    if symbols:
        return max(symbols, key=lambda code: (symbols[code], -first_seen[code]))
    if _RAND.search(text) and _SOUTH_AFRICA.search(text):
        return "ZAR"
    return None


# Signs that name one currency only: "$" and "¥" leave the country open, which a code in
# the text may settle.
_ONE_CURRENCY_SIGN = re.compile(r"[€£₹₽₺₩₪₫฿₱₦₴]")


# The caption of the sum the document settles ("Amount due: 1 080,00 EUR", "Razem / Total
# (EUR)", "Do zapłaty"): its code is the invoice's currency. Another code beside figures may
# only convert it, as Polish law asks of foreign-currency invoices ("Net value in PLN").
_SETTLING_CAPTION = re.compile(
    r"(?:\btotal|amount due|balance due|to pay|do zapłaty|razem|zu zahlen|gesamtbetrag"
    r"|à payer|net à payer|totale|da pagare|te betalen|a pagar|k úhradě|fizetendő)"
    r"[^A-Za-z]{0,16}$",
    re.IGNORECASE,
)


def _settling_bonus(text: str, start: int) -> int:
    """Weight a code gains from the caption of the settled sum just before it."""
    window = text[max(0, start - 40) : start]
    return 4 if _SETTLING_CAPTION.search(window) else 0


def _signed_figures(text: str) -> str | None:
    """The currency of a sign printed beside two or more figures, if one sign is."""
    signs: Counter[str] = Counter()
    for match in _ONE_CURRENCY_SIGN.finditer(text):
        if _touches_number(text, match.start(), match.end()):
            signs[CURRENCY_SYMBOLS[match.group()]] += 1
    if len(signs) != 1:
        return None
    code, count = signs.most_common(1)[0]
    return code if count >= 2 else None


# Whole digits glued to a code ("KES001", "GBP12A", "Account No. CAD123"): a customer or
# account number; "EUR12,00" and "USD1,200" are money, and so is a bare "EUR100".
_GLUED_DIGITS = re.compile(r"\d+(?!\d)(?![.,'\u00a0]\d)")
_ID_CAPTION = re.compile(
    r"(?:\bno|\bnr|#|\bcode|\bref|\baccount|\bkonto|\bid)\W{0,3}$", re.IGNORECASE
)


# Whole digits glued to a code that make it an article's or account's code, however read.
_CODE_DIGITS = 5


def _glued_id(text: str, start: int, end: int) -> bool:
    """Whether a code and the whole digits glued to it make an identifier: the digits start
    with 0, run on into letters, or the pair follows an ID's caption."""
    glued = _GLUED_DIGITS.match(text, end)
    if glued is None:
        return False
    if glued.group().startswith("0") or text[glued.end() : glued.end() + 1].isalpha():
        return True
    if len(glued.group()) >= _CODE_DIGITS:
        return True  # "SCR126510": a product code; money this large groups its thousands
    return _ID_CAPTION.search(text[max(0, start - 20) : start].rstrip()) is not None


# Two or three whole digits glued to a code, then a word: a product grade ("RON95 ZR",
# "RON 97" fuel), never money, which is written "EUR100" or "RON 95,00".
_PRODUCT_DIGITS = re.compile(r"\d{2,3}[ \u00a0]+[A-Z]{2}")
# A capitalised word after a rare code: a name goes on ("SOS TOMATO KIMBALL", "SVC CHG");
# money's own captions ("AED VAT 5%", "SAR TOTAL") do not make it a name.
_MONEY_WORDS = (
    r"(?:VAT|TAX|GST|TOTAL|SUBTOTAL|AMOUNT|NET|GROSS|DUE|INCL|EXCL|ONLY|BALANCE|PAYABLE"
    r"|PRICE|SUM|IN|PAID|CASH|CHANGE|RATE|VALUE)\b"
)
_NAME_WORD = re.compile(r"[ \u00a0]+(?!" + _MONEY_WORDS + r")[A-Z]{2,}\b")
# ... and one before it: "DYNAMO POWER GEL 9.90" is a gel, "TOTAL GEL 9.90" lari.
# ... and a whole number then such a word after it: a part's brand and number in an item row
# ("CRC 05089 BRAKE CLEANER"), where money would carry its decimals ("CRC 5.089,00").
_PART_NUMBER = re.compile(r"[ \u00a0]+\d+(?![\d.,'\u00a0])" + _NAME_WORD.pattern)
_NAME_BEFORE = re.compile(r"(?<![A-Za-z])(?!" + _MONEY_WORDS + r")[A-Z]{3,}[ \u00a0]+$")
_CURRENCY_CAPTION = re.compile(
    r"(?:currency|w[äa]hrung|devise|valuta|moneda|moeda|waluta)\W{0,3}$", re.IGNORECASE
)


# A hyphen and a word in lower-case letters after a code: a compound word. "EUR-Konto"
# hints at the euro, "CAD-Konstrukteur" (computer-aided design) names no Canadian dollar: it
# counts least of all mentions.
_COMPOUND = re.compile(r"-[^\W\d_][^\W\d_A-Z]+(?![\w-]*\d)")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A code among capitalised words of a name, unless a currency caption precedes it."""
    if _CURRENCY_CAPTION.search(text[max(0, start - 14) : start]):
        return False
    return bool(
        _NAME_WORD.match(text, end)
        or _PART_NUMBER.match(text, end)
        or _NAME_BEFORE.search(text[max(0, start - 20) : start])
        or opens_a_name(text, start, end)  # "AMD Arbeitsmedizin GmbH" (namecodes.py)
    )


# A whole count of a few digits before a lower-case "sek": Danish and Norwegian abbreviate
# seconds so ("30 sek.", "15 sek spot"); money is signed "SEK" or "kr" with its decimals.
_SECONDS = re.compile(r"(?<![\d.,])\d{1,3}[ \u00a0]?$")


def _counts_as_code(word: str, text: str, start: int, end: int) -> bool:
    upper = word.upper()
    if upper == "BHD" and re.search(r"S\w?N\.?\s*$", text[max(0, start - 6) : start], re.I):
        return False  # "SDN. BHD." (OCR "SON BHD"): a Malaysian company's suffix, not dinars
    if _PRODUCT_DIGITS.match(text, end):
        return False  # "PETROL RON95 ZR": a grade glued to its digits, then a word
    if upper not in _COMMON_CODES and _in_a_name(text, start, end):
        return False  # "1 SOS TOMATO", "SVC CHG 10%", "POWER GEL": a word in a name
    if upper not in _COMMON_CODES and counted_unit(text, start, end):
        return False  # "THHN wire 12 AWG black": a gauge, a unit (unitcodes.py)
    if re.match(r"[\-/_]\w*\d", text[end : end + 6]) or (start > 0 and text[start - 1] in "-/_#"):
        return False  # "NPR-2025-017", "INV/EUR/12": a document number's prefix
    if re.match(r"-[A-Z0-9]+(?![^\W\d_])", text[end:]):
        return False  # "PEN-HB", "CUP-XL": an item code, letters joined by a hyphen
    if _glued_id(text, start, end):
        return False  # "Account No. KES001": a code glued to whole digits is an identifier
    if word == "sek" and _SECONDS.search(text[max(0, start - 8) : start]):
        return False  # "Videoredigering 30 sek. spot": da/no seconds, no Swedish krona

    if word.isupper():
        # "INSULIN PEN 3ML": an everyday word before a pack size touches no amount.
        return upper not in _WORDLIKE_CODES or (
            _touches_number(text, start, end) and not measure_after(text, end)
        )
    # Lower case only for codes that are no everyday word: "we try to deliver" names no lira.
    if word.islower():
        return upper in _COMMON_CODES and upper not in _WORDLIKE_CODES
    # "Eur 57 ct", "Kaina, Eur" (Lithuania): a capitalised common code beside a figure or
    # closing a column caption after its comma.
    return (
        word.istitle()
        and upper in _COMMON_CODES
        and upper not in _WORDLIKE_CODES
        and (_touches_number(text, start, end) or text[max(0, start - 2) : start] == ", ")
    )


def _touches_number(text: str, start: int, end: int) -> bool:
    """Whether an amount's digit sits within two characters before `start` or after `end`.

    Only a figure counts, not a code that holds digits: "CUP D41B24000120004" (an Italian
    project code) names no Cuban peso, "EUR 12,00" and "12,00 EUR" name the euro."""
    before = text[max(0, start - 3) : start].rstrip(" \u00a0(")
    after = text[end : end + 4].lstrip(" \u00a0)").lstrip("-\u2212(")
    return before[-1:].isdigit() or after[:1].isdigit()


# An amount column's caption naming its currency ("Beløb kr.", "Belopp kr", "Betrag Kč",
# "Pris (kr)"): the figures under it are in that currency, as if each carried the sign.
_AMOUNT_CAPTION_BEFORE = re.compile(
    r"(?:\b(?:bel[øo]b|bel[øo]pp?|betrag|amount|a?[- ]?pris|price|summa|sum|i alt|totalt?"
    r"|kwota|warto[śs][ćc]|cena|[čc][áa]stka|celkem|[öo]sszeg|[ée]rt[ée]k)"
    r"|(?<=[a-zø])(?:bel[øo]b|bel[øo]pp?|pris|betrag|summa|sum))[ \u00a0]*[(\[]?$",
    re.IGNORECASE,
)


def _amount_caption_before(text: str, start: int) -> bool:
    """Whether an amount column's caption ends just before a currency sign at `start`."""
    return _AMOUNT_CAPTION_BEFORE.search(text[max(0, start - 16) : start]) is not None


def _figure_before(text: str, start: int) -> bool:
    """Whether an amount's digit ends within two characters before `start`."""
    return text[max(0, start - 3) : start].rstrip(" \u00a0")[-1:].isdigit()


def _has_letter(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


_SYMBOLS_LONGEST_FIRST = sorted(CURRENCY_SYMBOLS, key=len, reverse=True)
# The same symbols (longest first still) by their first and by their last character:
# `without_currency` runs for most words of every table, and a word can only start (end)
# with a symbol that starts (ends) with its own first (last) character.
_SYMBOLS_BY_FIRST: dict[str, list[str]] = {}
_SYMBOLS_BY_LAST: dict[str, list[str]] = {}
for _symbol in _SYMBOLS_LONGEST_FIRST:
    _SYMBOLS_BY_FIRST.setdefault(_symbol[0], []).append(_symbol)
    _SYMBOLS_BY_LAST.setdefault(_symbol[-1], []).append(_symbol)


def _code_at(text: str, start: int) -> bool:
    code = text[start : start + 3]
    return len(code) == 3 and code.isupper() and code in CURRENCY_CODES


def without_currency(text: str) -> str:
    """A figure's text less the currency glued to it: "CA$1,200.00", "₹1,15,500", "12,00zł",
    "-€12", "EUR12" give "1,200.00", "1,15,500", "12,00", "-12", "12". A sign or an opening
    bracket before the symbol stays; a word that is not a figure is returned as it was."""
    sign = text[:1] if text[:1] in "-\u2212(" else ""
    rest = text[len(sign) :]
    for symbol in _SYMBOLS_BY_FIRST.get(rest[:1], ()):
        if rest.startswith(symbol) and rest[len(symbol) : len(symbol) + 1].isdigit():
            rest = rest[len(symbol) :]
            break
    else:
        if _code_at(rest, 0) and rest[3:4].isdigit():
            rest = rest[3:]
    for symbol in _SYMBOLS_BY_LAST.get(rest[-1:], ()):
        if rest.endswith(symbol) and rest[: -len(symbol)][-1:].isdigit():
            rest = rest[: -len(symbol)]
            break
    else:
        if _code_at(rest, len(rest) - 3) and rest[-4:-3].isdigit():
            rest = rest[:-3]
    return sign + rest


# Signs several currencies print: the page's code tells which of them a figure's sign is
# ("$" on a Canadian invoice saying "All amounts in CAD"); any other sign names one.
_DOLLAR_SIGNED = _word_set(
    "USD CAD AUD NZD SGD HKD TWD MXN CLP ARS COP UYU DOP CUP BBD BSD BZD BMD BND FJD GYD JMD"
    " KYD LRD NAD SBD SRD TTD XCD ZWL BRL NIO"
)
_NORDIC_KRONA = _word_set("SEK NOK DKK ISK")
_SHARED_SIGNS: dict[str, frozenset[str]] = {
    "$": _DOLLAR_SIGNED,
    "kr": _NORDIC_KRONA,
    "kr.": _NORDIC_KRONA,
    "¥": _word_set("JPY CNY"),
    "Rs": _word_set("INR PKR LKR NPR MUR SCR"),
    "Rs.": _word_set("INR PKR LKR NPR MUR SCR"),
}


def sign_currency(text: str, page: str) -> str | None:
    """The currency of the one sign printed beside a figure in `text` (a total's line, "45
    283,00 Kč", "$16,541.25"), read on its `page`: a sign several currencies share is the
    page's code where that is one of them. Whatever code an item's description holds ("EUR
    pallet", "12 AWG" wire), the total is paid in the currency its own figure is signed in."""
    signs = {
        match.group(1)
        for match in _SYMBOL_RE.finditer(text)
        if _touches_number(text, match.start(), match.end())
        and (match.group(1) not in _AFTER_FIGURE_ONLY or _figure_before(text, match.start()))
    }
    if len(signs) != 1:
        return None
    sign = signs.pop()
    shared = _SHARED_SIGNS.get(sign)
    if shared is not None:
        code = detect_currency(page)
        if code in shared:
            return code
    return _resolve_symbol(sign, page)
