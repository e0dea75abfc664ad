"""Letters and digits OCR confuses on faint, low-resolution thermal print, mended where the
field's shape leaves one reading: a letter O inside a house number or postcode ("29O",
"5320O"), an S read as 5 after a receipt number's letter prefix ("C500098417" for
"CS00098417"), one letter off in a Malaysian town or state ("KUALA LOMPUR"), but never a real
town ("BAHAU").
"""

from __future__ import annotations

import re

# An O (or o) between digits or closing a digit run, in a word of digits otherwise:
# "29O,", "5320O", "1O2". A word that is all letters ("NO", "LOT") is left alone.
_DIGIT_WORD = re.compile(r"(?<![^\W\d_])(?=[\dOo]*\d)[\dOo]{2,}(?![^\W\d_])")

# A cash sale's "CS" prefix with its S read as 5, then a zero-padded counter: "C500098417".
# A counter runs on from zeros, so a 5 right before them is the prefix's second letter; only
# "C" is taken, since "CS" is the one two-letter prefix common enough to bet on.
_PREFIX_S = re.compile(r"^(C)5(00\d{4,})$")
# An O between the digits of a receipt number: "CS0O098417".
_O_IN_NUMBER = re.compile(r"(?<=\d)[Oo](?=\d)")

# Place and address words of Malaysian receipts, for one misread letter ("LOMPUR",
# "SELANG0R"). Five letters at least: shorter words have too many real neighbours.
_PLACE_WORDS = (
    "KUALA LUMPUR SELANGOR JOHOR BAHRU BHARU PULAU PINANG PENANG MELAKA NEGERI SEMBILAN "
    "SABAH SARAWAK TERENGGANU KELANTAN PAHANG PERLIS PUTRAJAYA LABUAN MALAYSIA DARUL EHSAN "
    "TAKZIM MAKMUR RIDZUAN AMAN PETALING SUBANG KLANG SHAH PUCHONG CHERAS KAJANG AMPANG "
    "SETAPAK KEPONG SERDANG SEREMBAN KUANTAN KUCHING KINABALU SENAWANG RAWANG SEMENYIH "
    "BANGI DAMANSARA SENTUL BANGSAR SKUDAI MASAI BUTTERWORTH SEBERANG GEORGETOWN "
    "JALAN TAMAN BANDAR KAMPUNG LORONG PERSIARAN KAWASAN PERINDUSTRIAN SEKSYEN"
)
# Real Malaysian towns (words of five letters or more), left as printed: read right, one may
# still be one letter off a place word above ("BAHAU", Negeri Sembilan, against "BAHRU").
_REAL_TOWN_WORDS = (
    "BAHAU KLUANG SEGAMAT PONTIAN MERSING KULAI TANGKAK LABIS PAGOH RENGIT NILAI REMBAU "
    "TAMPIN GEMAS JEMPOL ROMPIN MANTIN LUKUT JASIN MERLIMAU BANTING SEPANG DENGKIL SALAK "
    "KAPAR JERAM SERENDAH KUANG SELAYANG GOMBAK BULOH CYBERJAYA BALAKONG BERANANG "
    "TAIPING KAMPAR SITIAWAN LUMUT MANJONG KANGSAR BUNTAR SERAI TAPAH BIDOR SUNGKAI "
    "MALIM GERIK LENGGONG CHEMOR PULAI TRONOH TAWAR REMIS KAMUNTING SETAR KULIM "
    "LANGKAWI JITRA GURUN BALING PENDANG CHANGLUN LEPAS MERTAJAM TEBAL GELUGOR PERAI "
    "AMPAT BATAS TEMERLOH BENTONG MENTAKAB JERANTUT PEKAN LIPIS MARAN GAMBANG BRINCHANG "
    "KARAK TRIANG MUADZAM KEMAMAN CHUKAI DUNGUN MARANG BESUT JERTEH KERTEH SETIU MACHANG "
    "TUMPAT BACHOK KETEREH PUTEH MUSANG SANDAKAN TAWAU LAHAD KENINGAU SEMPORNA BEAUFORT "
    "PAPAR PENAMPANG RANAU KUDAT PUTATAN INANAM BINTULU LIMBANG SARIKEI KAPIT MUKAH "
    "SAMARAHAN SERIAN LAWAS BETONG SEGAMBUT BRICKFIELDS TEBRAU GUDANG TIRAM PATAH "
    "NUSAJAYA ISKANDAR SENAI KAJANG"
)
_PLACES = _PLACE_WORDS.split()
_BY_LENGTH: dict[int, list[str]] = {}
for _place in _PLACES:
    if len(_place) >= 5:
        _BY_LENGTH.setdefault(len(_place), []).append(_place)
_KNOWN = frozenset(_PLACES) | frozenset(_REAL_TOWN_WORDS.split())
_WORD = re.compile(r"[A-Za-z0-9]{5,}")


def _digit_word(match: re.Match[str]) -> str:
    return match.group(0).replace("O", "0").replace("o", "0")


def _one_off(word: str) -> str | None:
    """The one place word `word` differs from in exactly one letter, if just one."""
    upper = word.upper()
    if upper in _KNOWN or sum(ch.isdigit() for ch in upper) > 1:
        return None
    near = [
        place
        for place in _BY_LENGTH.get(len(upper), ())
        if sum(a != b for a, b in zip(place, upper, strict=True)) == 1
    ]
    return near[0] if len(near) == 1 else None


def _place_word(match: re.Match[str]) -> str:
    word = match.group(0)
    place = _one_off(word)
    if place is None or word.isdigit():
        return word
    if word.isupper() or not any(ch.isalpha() for ch in word[1:]):
        return place
    return place.title() if word[:1].isupper() else place.lower()


def mended_address(text: str) -> str:
    """`text` with Os in digit runs read as zeros and one-letter slips in place words mended."""
    text = _DIGIT_WORD.sub(_digit_word, text)
    # "Darul" (abode of) never ends a sentence nor is shortened: a dot after it is a speck.
    text = re.sub(r"\b(DARUL)\.(?=\s+[^\W\d])", r"\1", text, flags=re.IGNORECASE)
    return _WORD.sub(_place_word, text)


def mended_number(text: str) -> str:
    """A receipt number with the S of its "CS" prefix read as 5, and Os among its digits
    read back ("C500098417" -> "CS00098417")."""
    text = _O_IN_NUMBER.sub("0", text)
    return _PREFIX_S.sub(r"\1S\2", text)
