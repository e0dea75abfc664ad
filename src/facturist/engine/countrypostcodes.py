"""Town lines whose postcode only its country tells: India's six-digit PIN and Israel's
seven-digit postcode, beside the town or state ("110020 Delhi", "Noida 201301", "Haifa
3303312", "Yokneam Illit 2069206, Israel", "6701101 Tel Aviv").

The page-wide postcode patterns (towns.py) read four or five digits before a town, and six
after one only with a state or the country named beside them: six or seven digits after a
word are as often an order's, an account's or a phone's number. Here the code is a postcode
when a state's name (India), a known town (Israel), or the country on the same line after the
code or alone on the next line vouches for it.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Cell, Line
from facturist.engine.towns import INDIAN_STATES

# Israel's larger towns and business parks, in their common Latin spellings: a seven-digit
# number beside one is its postcode without the country named.
_ISRAELI_TOWNS = (
    r"(?:Tel[ -]Aviv(?:[ -]Ya(?:ff|f)o)?|Jerusalem|Haifa|Rishon (?:Le|le-|Le-|LE)?\s?Zion"
    r"|Petah? Tik?q?vah?|Petach Tikvah?|Ashdod|Netanya|Be'?er[ -]?Sheva|Beersheba|Holon"
    r"|Bnei Brak|Ramat Gan|Ramat HaSharon|Rehovot|Ashkelon|Bat Yam|Herzliy?ah?(?: Pituach)?"
    r"|Kfar Saba|Hadera|Modi'?in(?:-Maccabim-Re'?ut)?|Ra'?anana|Lod|Ramla|Nazareth"
    r"|Rosh Ha'?Ayin|Hod Ha'?Sharon|Eilat|Yokneam(?: Illit)?|Caesarea|Airport City"
    r"|Or Yehuda|Givatayim|Nes Ziona|Kiryat Gat|Kiryat Ata|Kiryat Bialik|Kiryat Shmona"
    r"|Afula|Karmiel|Tiberias|Akko|Nahariya|Yavne|Migdal Ha'?Emek|Sderot|Dimona"
    r"|Kfar Yona|Even Yehuda|Rosh Pina|Beit Shemesh|Ma'?alot(?:-Tarshiha)?)"
)
# A town's words: capitalised, perhaps hyphened or with an apostrophe ("Tel Aviv-Yafo").
_WORD = r"[A-Z][a-z'’]+(?:-[A-Z]?[a-z'’]+)*"
_TOWN = rf"{_WORD}(?: {_WORD}){{0,2}}"
# Words that caption a number, which no town is: "Account 1234567", "Order 110020".
_CAPTION_WORD = re.compile(
    r"(?i:account|acc|konto|order|ref|reference|invoice|customer|client|no|nr|number|tel"
    r"|fax|phone|mobile|batch|lot|branch|box|code|id|po|pin|item|serial|receipt|voucher)"
)
_PIN = r"[1-9]\d{2} ?\d{3}"
_CODE7 = r"[1-9]\d{6}"
_INDIA = re.compile(r"\s*(?i:india|bharat)\.?\s*$")
_ISRAEL = re.compile(r"\s*(?i:israel)\.?\s*$")
# The PIN before or after a state's name, perhaps with the town before it ("110020 Delhi",
# "New Delhi 110020", "Gurugram, Haryana-122002": towns.py reads the dash with spaces only).
_STATE_PIN = re.compile(
    rf"(?<![\w.,\-/]){_PIN},? (?:{INDIAN_STATES})\b"
    rf"|\b(?:{_WORD} )*(?:{INDIAN_STATES}),? ?[-–]? ?{_PIN}\b(?![\d/.,]\d)"
)
_ISRAELI_TOWN_CODE = re.compile(
    rf"(?<![\w.,\-/]){_CODE7},? (?:{_ISRAELI_TOWNS})\b"
    rf"|\b(?:{_ISRAELI_TOWNS}),? ?[-–]? ?{_CODE7}\b(?![\d/.,]\d)"
)


def _town_code(code: str) -> re.Pattern[str]:
    """A town and its code either way round ("Noida 201301", "201301 Noida"), what follows
    them on the line captured."""
    return re.compile(
        rf"\b(?P<town>{_TOWN}),? ?[-–]? ?{code}\b(?=,? ?(?P<rest>.*)$)"
        rf"|(?<![\w.,\-/]){code},? (?P<after>{_TOWN})(?=,? ?(?P<tail>.*)$)"
    )


_PIN_TOWN = _town_code(_PIN)
_CODE7_TOWN = _town_code(_CODE7)


def _country_code(
    town_code: re.Pattern[str], country: re.Pattern[str], text: str, under: str
) -> re.Match[str] | None:
    """The town and code, when the country follows on the line (", India") or stands alone
    on the next."""
    for found in town_code.finditer(text):
        words = (found.group("town") or found.group("after")).split()
        if any(_CAPTION_WORD.fullmatch(w.rstrip(".:")) for w in words):
            continue
        rest = found.group("rest") if found.group("town") else found.group("tail")
        if country.match(rest or "") or (not (rest or "").strip() and country.match(under)):
            return found
    return None


def country_postcode_town(text: str, under: str = "") -> re.Match[str] | None:
    """Where the line names a town by India's PIN or Israel's seven-digit postcode: beside a
    state's name or a known Israeli town, or with the country after it or on the line
    ``under`` it; else None."""
    return (
        _STATE_PIN.search(text)
        or _ISRAELI_TOWN_CODE.search(text)
        or _country_code(_PIN_TOWN, _INDIA, text, under)
        or _country_code(_CODE7_TOWN, _ISRAEL, text, under)
    )


def country_under(under: Line, cell: Cell) -> str:
    """The text set flush under a town line's cell on the next line (its country, where a
    caption column's rows share that line), or ''."""
    return next((c.text for c in under.cells if abs(c.x0 - cell.x0) < 3), "")
