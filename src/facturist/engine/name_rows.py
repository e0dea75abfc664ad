"""How the rows of a shop's name sit on each other, and when a company line needs the row above.

A name set over two header rows is printed as one block: the rows touch (a logo box above
keeps its margin), are centred on each other (or share the left edge), and repeat no word.
A legal-form line whose name part is only trade nouns ("PHARMACY SDN BHD", "SERVICES SDN
BHD") names no company on its own: the distinctive words are on the row above.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.model import Word

# Words that say what a business does, not which one it is.
_TRADE_NOUN = re.compile(
    r"(?:PHARMACY|FARMASI|SERVICES?|STATIONERY|TRADING|ENTERPRISES?|HARDWARE|BAKERY|"
    r"RESTAURANT|RESTORAN|CAFE|SEAFOOD|FOODS?|MARKETING|HOLDINGS|INDUSTRIES|INDUSTRY|"
    r"ENGINEERING|CONSTRUCTION|DEVELOPMENT|MANAGEMENT|SUPPLY|SUPPLIES|SUPERMARKET|"
    r"HYPERMARKET|MINIMARKET|MART|STORES?|BOOKS?|BOOKSTORE|PETROLEUM|MOTORS?|AUTO|"
    r"ELECTRICAL|FURNITURE|PRINTING|TRANSPORT|LOGISTICS|TRAVEL|TOURS|CATERING|TEXTILES?|"
    r"JEWELLERY|OPTICAL|CLINIC|MEDICAL|HEALTHCARE|CORPORATION|INTERNATIONAL|GLOBAL|"
    r"RESOURCES|AGENCY|SOLUTIONS|TECHNOLOGY|CENTRE|CENTER|&|AND|\(M\))",
    re.IGNORECASE,
)


def width(line: Line) -> float:
    return max(w.box.x1 for w in line.words) - min(w.box.x0 for w in line.words)


def centre(line: Line) -> float:
    """The line's horizontal middle, from its first word's left to its last word's right."""
    return (min(w.box.x0 for w in line.words) + max(w.box.x1 for w in line.words)) / 2


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d]{2,}", text.upper()))


def stacked(upper: Line, lower: Line) -> bool:
    """`upper` runs on into `lower`: no gap between them, centred on each other or on one
    left edge, no figures above, no word in common."""
    if any(ch.isdigit() for ch in upper.text):
        return False
    if lower.y0 - upper.y1 > 0.3 * min(upper.height, lower.height):
        return False
    if _words(upper.text) & _words(lower.text):
        return False
    wide = max(width(upper), width(lower))
    left = abs(min(w.box.x0 for w in upper.words) - min(w.box.x0 for w in lower.words))
    return abs(centre(upper) - centre(lower)) <= 0.08 * wide or left <= 0.04 * wide


def larger_under(upper: Line, lower: Line, *, trade_line: bool = True) -> bool:
    """`lower` is printed larger right under `upper`, centred: taller or double width
    under a trade line ("PUSAT FOTOSTAT & PERCETAKAN"), double width under any other."""
    taller = trade_line and lower.height >= 1.25 * upper.height
    wider = _pitch(lower) >= 1.5 * _pitch(upper)
    close = lower.y0 - upper.y1 < 0.5 * lower.height
    return (taller or wider) and close and abs(centre(upper) - centre(lower)) <= 0.1 * width(upper)


def _pitch(line: Line) -> float:
    """Width per printed character: a double-width line has twice a normal line's."""
    return width(line) / max(sum(not ch.isspace() for ch in line.text), 1)


def generic_name(text: str) -> bool:
    """The name part of a company line is trade nouns only ("PHARMACY", "SERVICES")."""
    tokens = text.split()
    return bool(tokens) and all(_TRADE_NOUN.fullmatch(token.strip(".,")) for token in tokens)


# A business form ending a name row: a sole proprietor's or a company's.
_BUSINESS_FORM = re.compile(
    r"\s(?:ENTERPRISES?|TRADING|SDN\.?\s*BHD\.?|BHD\.?|BERHAD|PLT|PTE\.?\s*LTD\.?)\s*$",
    re.IGNORECASE,
)


def names_itself(text: str) -> bool:
    """The row ends in a business form after a distinctive name ("KEMBARA JAYA PETROLEUM
    ENTERPRISE"): a whole name, which a station or branch row above it does not begin."""
    form = _BUSINESS_FORM.search(text)
    if form is None:
        return False
    before = text[: form.start()]
    return len(_words(before)) >= 2 and not generic_name(before)


def without_debris(line: Line) -> list[Word]:
    """The row's words without the specks a logo box beside it leaves in front ("V O N" from
    a white-on-black logo): leading cells of single letters, set well apart from the name."""
    cells = line.cells
    if len(cells) >= 2 and _initials_of(cells[0].text, cells[1].text):
        return [word for cell in cells[1:] for word in cell.words]
    first = next((i for i, cell in enumerate(cells) if re.search(r"[^\W\d]{2,}", cell.text)), 0)
    if first == 0:
        return list(line.words)
    named = cells[first].words[0].box
    if named.x0 - cells[first - 1].words[-1].box.x1 < 2 * (named.y1 - named.y0):
        return list(line.words)
    return [word for cell in cells[first:] for word in cell.words]


def _initials_of(logo: str, name: str) -> bool:
    """`logo` is a monogram of the name beside it: "JTU" before "SYARIKAT JENTERA TANI
    UTARA SDN BHD", its letters the initials of the name's words, in order."""
    if not re.fullmatch(r"[A-Z]{2,5}", logo.strip()):
        return False
    initials = "".join(word[0] for word in re.findall(r"[^\W\d]+", name.upper()))
    return bool(re.search(".*".join(logo.strip()), initials))
