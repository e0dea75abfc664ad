"""Dates as printed on invoices: numeric in any order, or with month names in many languages.

Central and Eastern Europe adds its own forms: a closing dot ("2025.03.04.", "03.04.2025."),
Bulgarian "04.03.2025 г.", Latvian "2025. gada 4. martā", Lithuanian "2025 m. kovo 4 d.".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_MONTH_WORDS: dict[int, str] = {
    1: "january jan januar janner janv janvier enero ene gennaio gen januari janeiro "
    "styczen stycznia sty",
    2: "february feb februar feber fevrier fevr fev febrero febbraio februari fevereiro "
    "luty lutego lut",
    3: "march mar marz mrz mars marzo maart mrt marco marzec marca",
    4: "april apr avril avr abril abr aprile kwiecien kwietnia kwi",
    5: "may mai mayo maggio mag mei maio maj maja",
    6: "june jun juni juin junio giugno giu junho czerwiec czerwca cze",
    7: "july jul juli juillet juil julio luglio lug julho lipiec lipca lip",
    8: "august aug aout agosto ago augustus sierpien sierpnia sie",
    9: "september sep sept septembre septiembre setiembre settembre set setembro "
    "wrzesien wrzesnia wrz",
    10: "october oct oktober okt octobre octubre ottobre ott outubro out "
    "pazdziernik pazdziernika paz",
    11: "november nov novembre noviembre novembro listopad listopada lis",
    12: "december dec dezember dez decembre diciembre dic dicembre dezembro grudzien grudnia gru",
}
# Central/Eastern European and Baltic month names, nominative and the cases dates use
# (genitive, locative), as printed; they are folded to ASCII like the text they are matched
# against. Croatian "listopad" (October) is left out: Polish and Czech use it for November.
_MONTH_WORDS_EAST: dict[int, str] = {
    1: "leden ledna január januára január ianuarie siječanj siječnja januar "
    "януари jaanuar janvāris janvārī sausis sausio",
    2: "únor února február februára február februarie veljača veljače "
    "февруари veebruar februāris februārī vasaris vasario",
    3: "březen března marec március martie ožujak ožujka март märts marts martā kovas kovo",
    4: "duben dubna apríl apríla április aprilie travanj travnja april "
    "април aprill aprīlis aprīlī balandis balandžio",
    5: "květen května máj mája május mai svibanj svibnja maj май mai maijs maijā gegužė gegužės",
    6: "červen června jún júna június iunie lipanj lipnja junij "
    "юни juuni jūnijs jūnijā birželis birželio",
    7: "červenec července júl júla július iulie srpanj srpnja julij "
    "юли juuli jūlijs jūlijā liepa liepos",
    8: "srpen srpna august augusta augusztus kolovoz kolovoza avgust "
    "август augusts augustā rugpjūtis rugpjūčio",
    9: "září september septembra szeptember septembrie rujan rujna "
    "септември septembris septembrī rugsėjis rugsėjo",
    10: "říjen října október októbra október octombrie oktober "
    "октомври oktoober oktobris oktobrī spalis spalio",
    11: "listopadu november novembra noiembrie studeni studenoga "
    "ноември novembris novembrī lapkritis lapkričio",
    12: "prosinec prosince december decembra decembrie prosinac prosinca "
    "декември detsember decembris decembrī gruodis gruodžio",
}

# Malay (Malaysian, Bruneian) month names and their abbreviations: "17 Ogos 2018", "3 Mac".
_MONTH_WORDS_MALAY: dict[int, str] = {
    1: "januari jan",
    2: "februari feb",
    3: "mac",
    4: "april apr",
    5: "mei",
    6: "jun",
    7: "julai jul",
    8: "ogos ogo ogs",
    9: "september sep",
    10: "oktober okt",
    11: "november nov",
    12: "disember dis",
}

# Catalan and Galician month names ("5 de març de 2026", "4 d'abril", "12 de xullo"); those
# shared with Spanish, Portuguese or French ("abril", "maio", "octubre", "novembre") are above.
_MONTH_WORDS_IBERIAN: dict[int, str] = {
    1: "gener xaneiro",
    2: "febrer febreiro",
    3: "març",
    5: "maig",
    6: "juny xuño",
    7: "juliol xullo",
    8: "agost",
    9: "setembre",
    10: "outubro",
    11: "novembro",
    12: "desembre decembro",
}

# Greek month names, nominative and genitive (dates use the genitive: "5 Μαρτίου 2026"), and
# their abbreviations; Turkish month names, with their dotless "ı" also as a plain "i"
# ("MAYIS" lowers to "mayis").
_MONTH_WORDS_GREEK_TURKISH: dict[int, str] = {
    1: "ιανουάριος ιανουαρίου ιαν ocak",
    2: "φεβρουάριος φεβρουαρίου φεβ şubat",
    3: "μάρτιος μαρτίου μαρ mart",
    4: "απρίλιος απριλίου απρ nisan",
    5: "μάιος μαΐου μαΐ mayıs mayis",
    6: "ιούνιος ιουνίου ιουν haziran",
    7: "ιούλιος ιουλίου ιουλ temmuz",
    8: "αύγουστος αυγούστου αυγ ağustos",
    9: "σεπτέμβριος σεπτεμβρίου σεπ eylül",
    10: "οκτώβριος οκτωβρίου οκτ ekim",
    11: "νοέμβριος νοεμβρίου νοε kasım kasim",
    12: "δεκέμβριος δεκεμβρίου δεκ aralık aralik",
}


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFKD", word.lower().rstrip("."))
    return "".join(ch for ch in folded if not unicodedata.combining(ch)).replace("ł", "l")


MONTHS: dict[str, int] = {
    word: month for month, words in _MONTH_WORDS.items() for word in words.split()
}
for _month, _words in (
    *_MONTH_WORDS_EAST.items(),
    *_MONTH_WORDS_MALAY.items(),
    *_MONTH_WORDS_IBERIAN.items(),
    *_MONTH_WORDS_GREEK_TURKISH.items(),
):
    for _word in _words.split():
        MONTHS.setdefault(_fold(_word), _month)

_YEAR_PIVOT = 70  # two-digit years 00-69 are 20xx, 70-99 are 19xx
_MIN_YEAR, _MAX_YEAR = 1900, 2099
_COMPACT_MIN_YEAR = 1990

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_WORD = r"(?P<month>[^\W\d_]{3,13})\.?"
_ORDINAL = r"(?:st|nd|rd|th|er|e|º|°)?\.?"

_DAY_MONTH_YEAR = re.compile(
    r"(?<![\w.,])(?P<day>\d{1,2})"
    + _ORDINAL
    # Catalan elides "de" before a vowel: "4 d'abril de 2026".
    + r"(?:\s*de|\s*d['\u2019])?[\s\-./]*"
    + _LETTER_BEFORE
    + _WORD
    + _LETTER_AFTER
    # A till's apostrophe for the century ("11SEP'17", "11 SEP '17"): Micros-style hotel
    # and restaurant point-of-sale bills.
    # "de 2026", Catalan and Spanish "del 2026".
    + r"(?:\s*del?)?[\s\-./,'\u2019]*(?P<year>\d{4}|\d{2})(?![\w]|[.,/-]\d)"
)
# A scan's comma before the year may read as a dot ("Mar 17.2025").
_MONTH_DAY_YEAR = re.compile(
    _LETTER_BEFORE + _WORD + r"[\s\-]*(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"(?:,\s*|\.\s*|\s+|-)(?P<year>\d{4})(?![\w]|[.,/-]\d)"
)
# An ISO date may carry its time ("2025-05-06T12:31:08", as e-invoice prints stamp it).
# Hungary's standard form spaces its dotted parts ("2026. 03. 28."): a space after each dot.
_YEAR_FIRST = re.compile(
    r"(?<![\w.,/-])(?P<year>\d{4})(?P<sep>[-./])(?P<space>(?<=\.) )?(?P<month>\d{1,2})"
    r"(?P=sep)(?(space) )(?P<day>\d{1,2})"
    r"(?:(?<=-\d\d)T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"(?![\w]|[.,/-]\d)"
)
# A dash may touch a dotted or slashed date ("01.05.2018-31.05.2018" is a period); the
# code below refuses it only next to dashed dates, where it would join two numbers.
_NUMERIC = re.compile(
    r"(?<![\w.,/])(?P<first>\d{1,2})(?P<sep>[-./])\s?(?P<second>\d{1,2})(?P=sep)\s?"
    r"(?P<year>\d{4}|\d{2})(?![\w]|[.,/]\d)"
)
# The year first, then the month's name and the day: Latvian "2025. gada 4. martā" (day
# before month), Lithuanian "2025 m. kovo 4 d.", Hungarian "2025. március 4.". The
# Lithuanian form ends in its day's "d." ("diena"): without it, "2025 m. kovo 4" would be a
# whole date and a reader joining words would leave the "d." behind.
_YEAR_WORD_DAY = re.compile(
    r"(?<![\w.,])(?P<year>\d{4})(?:\.|(?P<metai>\s*m\.))\s*"
    + _WORD
    + r"\s+(?P<day>\d{1,2})\.?(?(metai)\s*d\b\.?|(?:\s*d\b\.?)?)(?![\w]|[.,/-]?\d)"
)
_YEAR_GADA_DAY_WORD = re.compile(
    r"(?<![\w.,])(?P<year>\d{4})\.\s*gada\s+(?P<day>\d{1,2})\.\s*" + _WORD + _LETTER_AFTER
)
# What may follow a date and belongs to it: a closing dot ("2025.03.04.", "03.04.2025."),
# the year's abbreviation (Bulgarian "г.", Polish "r.", Croatian "god.").
_DATE_TAIL = re.compile(r"(?<=\d)(?:\.|\s*(?:г|r|god)\.?)$", re.IGNORECASE)
# The IATA date: day, three-letter month and year run together ("14JUN23").
_IATA_DATE = re.compile(r"\d{2}[A-Z]{3}\d{2}")
_COMPACT = re.compile(
    r"(?<![\w.,/-])(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})(?![\w]|[.,/-]\d)"
)


@dataclass(frozen=True)
class ParsedDate:
    """A date read from text; `alternative` is the day/month swap when the text allows both."""

    value: date
    ambiguous: bool = False
    alternative: date | None = None


def parse_date(text: str, *, day_first: bool | None = None) -> ParsedDate | None:
    """Read a text that is one date ("05.06.2018", "June 5, 2018") or return None."""
    stripped = _DATE_TAIL.sub("", text.strip().rstrip(",;"))
    if not stripped or len(stripped) > 40:
        return None
    for found, start, end in find_dates(stripped, day_first=day_first):
        if start == 0 and end == len(stripped):
            return found
    return None


def find_dates(text: str, *, day_first: bool | None = None) -> list[tuple[ParsedDate, int, int]]:
    """Every date in a text as (parsed date, start, end), left to right, without overlaps."""
    candidates: list[tuple[ParsedDate, int, int]] = []
    for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _YEAR_WORD_DAY, _YEAR_GADA_DAY_WORD):
        for match in pattern.finditer(text):
            month = _month_number(match.group("month"))
            if month is None:
                continue
            if len(match.group("year")) == 2 and _spaced_short_year(match):
                continue  # "1 set 10 pcs" is a quantity, not 1 September 2010
            value = _make_date(match.group("year"), month, int(match.group("day")))
            if value is not None:
                candidates.append((ParsedDate(value), match.start(), match.end()))
    for match in _YEAR_FIRST.finditer(text):
        value = _make_date(match.group("year"), int(match.group("month")), int(match.group("day")))
        if value is not None:
            candidates.append((ParsedDate(value), match.start(), match.end()))
    for match in _NUMERIC.finditer(text):
        if _dash_joined(match):
            continue
        numeric = _numeric_date(match, day_first)
        if numeric is not None:
            candidates.append((numeric, match.start(), match.end()))
    for match in _COMPACT.finditer(text):
        if int(match.group("year")) >= _COMPACT_MIN_YEAR:
            value = _make_date(
                match.group("year"), int(match.group("month")), int(match.group("day"))
            )
            if value is not None:
                candidates.append((ParsedDate(value), match.start(), match.end()))
    # Longest match first among overlapping ones, then left to right.
    candidates.sort(key=lambda item: (item[1], -(item[2] - item[1])))
    chosen: list[tuple[ParsedDate, int, int]] = []
    for candidate in candidates:
        if not chosen or candidate[1] >= chosen[-1][2]:
            chosen.append(candidate)
    return chosen


def infer_day_first(texts: Iterable[str]) -> bool | None:
    """Whether a document writes day before month, judged from its unambiguous numeric dates."""
    day_first_votes = month_first_votes = 0
    for text in texts:
        for match in _NUMERIC.finditer(text):
            first, second = int(match.group("first")), int(match.group("second"))
            if first > 12 >= second >= 1 and first <= 31:
                day_first_votes += 1
            elif second > 12 >= first >= 1 and second <= 31:
                month_first_votes += 1
    if day_first_votes == month_first_votes:
        return None
    return day_first_votes > month_first_votes


def _numeric_date(match: re.Match[str], day_first: bool | None) -> ParsedDate | None:
    first, second = int(match.group("first")), int(match.group("second"))
    year = match.group("year")
    as_day_month = _make_date(year, second, first)
    as_month_day = _make_date(year, first, second)
    if as_day_month is None or as_month_day is None:
        only = as_day_month or as_month_day
        return ParsedDate(only) if only is not None else None
    if as_day_month == as_month_day:
        return ParsedDate(as_day_month)
    # Most of the world, and every dotted date, puts the day first.
    prefer_day = day_first if day_first is not None else True
    if prefer_day:
        return ParsedDate(as_day_month, ambiguous=True, alternative=as_month_day)
    return ParsedDate(as_month_day, ambiguous=True, alternative=as_day_month)


def _dash_joined(match: re.Match[str]) -> bool:
    """Whether a dash links this numeric date to a neighbouring digit ("12-05-2018-3")."""
    text, start, end = match.string, match.start(), match.end()
    dash_before = text[start - 1 : start] == "-" and text[start - 2 : start - 1].isdigit()
    dash_after = text[end : end + 1] == "-" and text[end + 1 : end + 2].isdigit()
    if match.group("sep") == "-":
        return dash_before or dash_after
    return dash_before and not re.search(r"\d{4}-$", text[:start])


def _spaced_short_year(match: re.Match[str]) -> bool:
    between = match.string[match.end("month") : match.start("year")]
    if _IATA_DATE.fullmatch(match.group()):
        return False  # "14JUN23": airline and travel documents' date, all in one run
    return not any(ch in between for ch in "-/'\u2019")


def _month_number(word: str) -> int | None:
    return MONTHS.get(_fold(word))


def month_number(word: str) -> int | None:
    """The month a month name or its abbreviation names, in any language listed."""
    return _month_number(word)


def _make_date(year_text: str, month: int, day: int) -> date | None:
    year = int(year_text)
    if len(year_text) == 2:
        year += 2000 if year < _YEAR_PIVOT else 1900
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
