"""Whether a line of text under an item goes on with the item's name (a wrapped name, a
name carried over a page break) or stands apart from it: a detail ("Bruttopreis : 4,00"), the
item's own VAT rate, the period it bills, a group's heading at the margin, a note a
paragraph's gap below."""

from __future__ import annotations

import re

from facturist.engine.acrossfigures import across_figures
from facturist.engine.dashlines import component_line, dash_continuation, dash_ended
from facturist.engine.datelists import date_list
from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.optionalpositions import optional_note
from facturist.engine.parse.dates import find_dates
from facturist.engine.tableheader import Columns
from facturist.engine.tablerows import (
    POSITION,
    reference_line,
    smaller_print,
)
from facturist.engine.tablewraps import (
    capital_heading,
    discount_detail,
    identifier_line,
    price_note,
    underscore_joined,
)

# Blank space, in line heights, beyond the table's own wrap leading that puts a line of text
# on a row of its own rather than under its item's name.
ROW_APART = 0.55
# The characters a masked card or account number is printed with ("**** 5120", "•••• 4412"):
# a line of them alone is no part of a name, unlike a wrapped name's "%)" or "-".
MASK = frozenset("*•●")
# "Période du ... au ...", "periode 01/04/2024 - 30/04/2024", "Zeitraum: ...": a subscription's
# billing period captioned as such, under its name.
PERIOD_WORDS = re.compile(
    r"\b(?:du|au|from|to|until|vom|bis|del|al|dal|periode|period|période|periodo|zeitraum"
    r"|leistungszeitraum|abrechnungszeitraum)\b",
    re.IGNORECASE,
)
# A colon between digits is a ratio or a time ("Sortiment 3:1", "10:30"), no label's.
CONTINUATION_NOISE = re.compile(r"^\W*[\w\-. ]{2,30}\s*(?:(?<!\d):|:(?!\d))\s*\S|^[•·]")
# "Tax: 0.2%" under an item: the item's rate, no sum, so no end of the table.
RATE_DETAIL = re.compile(r"^\W*[\w\-. ]{2,30}:\s*[-+]?\d{1,3}(?:[.,]\d{1,3})?\s*%$")
# "USt. 7 %", "USt S 19 %", "VAT 0 % (Z)" under an item: e-invoice viewers print each line's
# VAT category and rate under its name; with no figure beside it, no sum of the table.
ITEM_RATE = re.compile(
    r"^(?:ust|mwst|vat|tax|steuer|iva|btw|tva)\.?\s*(?:[A-Z]{1,2}\s+)?\d{1,2}(?:[.,]\d{1,2})?\s?%"
    r"(?:\s*\([A-Z]{1,2}\))?$",
    re.IGNORECASE,
)

# A name's last word that never closes a phrase: a preposition, a conjunction, an article or
# "according to" (de "gem.", "lt."): the line under it goes on with the name, even where it
# reads as a "label: value" detail ("... gem." over "§ 6 Abs. 2 Rahmenvertrag: 50 % von").
OPEN_END = re.compile(
    r"^(?:gem\.|gemäß|lt\.|laut|zzgl\.|inkl\.|bzw\.|für|von|vom|zum|zur|mit|und|oder|nach|der|die"
    r"|das|des|dem|den|of|for|and|per|with|pursuant|the|de|du|des|pour|selon|et|avec|aux|van"
    r"|voor|volgens|en|met|het|di|del|della|secondo|con|según|para|y)$",
    re.IGNORECASE,
)


def open_ended(name: list[Word]) -> bool:
    """A name whose line ends on a word no phrase ends with ("Vermittlungshonorar gem.")."""
    return bool(name) and OPEN_END.match(name[-1].text) is not None


# A line opening with one lower-case word and a colon ("launch: landing page, three ...").
_TAIL_LABEL = re.compile(r"^[^\W\d_]+:\s+\S")
# What closes a name's line: a stop, a comma or a colon, a bracket, a dash.
_CLOSED = (".", ",", ";", ":", "!", "?", ")", "]", "-", "–", "—")


def phrase_tail(name: list[Word], line: list[Word]) -> bool:
    """The next line's one lower-case word before its colon ends the phrase the name's line
    left open ("Website copy for the product" / "launch: landing page, ..."): a detail's
    caption starts a line of its own with a capital ("Farbe: rot", "Size: M")."""
    if not name or not line or name[-1].text.endswith(_CLOSED):
        return False
    first = line[0].text
    return first[:1].islower() and _TAIL_LABEL.match(" ".join(w.text for w in line)) is not None


def continue_row(
    row: ItemRow, line: Line, columns: Columns, description: list[Word], carried: bool
) -> bool:
    """Add a wrapped line of text to the item above, unless it is a detail of the item.

    An item cut by a page break goes on at the top of the next page (`carried`): its first
    described line there continues it, the table having no other text in between. True
    where the line stands apart from the item, a paragraph's gap under it.
    """
    if row.closed or underscore_joined(row.description, description):
        return False
    if all(ch in MASK for w in description for ch in w.text):
        return False  # "****" of a masked card number printed apart: no words of the name
    if component_line(description):
        row.closed = True  # dashlines.py: a kit's part under it ("– 2 x Spare fuses")
        return False
    # dashlines.py: "— phase 1 of 2: logo concepts" wraps the name at its dash.
    dashed = dash_continuation(row.description, line, description)
    dashed = dashed or optional_note(row, description)  # optionalpositions.py: "Alternativ: ..."
    if (
        # datelists.py: "Termine: 05.06., 12.06.2024", the days the item's count covers.
        (
            is_detail(line, columns, description)
            and not dashed
            and not date_list(description)
            # A name cut mid-phrase goes on, whatever colon its next line holds.
            and (
                position_number(line, columns)
                or not (open_ended(row.description) or phrase_tail(row.description, description))
            )
        )
        or (
            not dash_ended(row.description)  # dashlines.py: "systemu –" over its second half
            and (
                smaller_print(row.description, description)
                or reference_line(row.description, description)
            )
        )
        or period_only(description)
        or capital_heading(row.description, description)
        or identifier_line(description)
        or discount_detail(description)
        or price_note(description)  # tablewraps.py: "Alle Preise inkl. der gesetzlichen MwSt."
        or rate_detail(line, columns)
        # acrossfigures.py: a note running on under the figures, no wrap of the priced name
        or ("amount" in row.numbers and across_figures(row.description, description, line, columns))
    ):
        row.closed = True
        return False
    if row.page == line.page and outdented(row, line, columns, description):
        # "Gas (meter G4A 002931)" at the margin over the next rows indented under it: the
        # group's heading. A name wraps under its own first word or indented, never left of it.
        row.closed = True
        return False
    if row.page == line.page:
        # A name wraps at line spacing; text a paragraph's gap under a named item is a note
        # or a heading ("Our Olive Oil is delivered in ..."). Figures printed apart from
        # their name (centred cells) leave more room to the first line of text.
        named = max((w.box.y1 - w.box.y0 for w in row.description), default=0.0)
        reach = 1.1 * max(named, line.height) if named else 2.2 * line.height
        gap = line.y0 - row.last_y
        worded = any(ch.isalpha() for w in description for ch in w.text)
        if gap >= reach or (named and worded and row_apart(gap, max(named, line.height), columns)):
            return True
        if named:
            columns.wrap_gap = gap if columns.wrap_gap is None else min(gap, columns.wrap_gap)
    elif row.page + 1 != line.page or not carried:
        return False
    elif row.description and description[0].box.x0 < row.description[0].box.x0 - line.height:
        return False  # the next page's running head at the margin, left of the item's text
    row.description.extend(description)
    row.last_y, row.page = line.y1, line.page
    row.continued += 1
    # Under a stacked header the item's name is on its last header line; the rest is detail.
    row.closed = bool(columns.stacked) and row.continued >= columns.stacked
    return False


def row_apart(gap: float, height: float, columns: Columns) -> bool:
    """Text a row's spacing under an item whose table wraps names at a tighter leading: its
    own row without figures ("The work was carried out from ... to ..."), no wrap of the name.
    `height`: the print's height, the item's name's or the line's, the larger."""
    wrapped = columns.wrap_gap
    return wrapped is not None and gap - max(wrapped, 0.0) > ROW_APART * height


def outdented(row: ItemRow, line: Line, columns: Columns, description: list[Word]) -> bool:
    """A line of text starting clearly left of the item's own text, at the start of the
    table's text column: statements print a group's heading there and its rows indented.
    (Text further left, under another column's caption, is the item's, its cell being wide.)"""
    if not row.description or not description:
        return False
    x0 = description[0].box.x0
    return columns.description[0] - line.height <= x0 < row.description[0].box.x0 - line.height


def rate_detail(line: Line, columns: Columns) -> bool:
    """An item's own VAT rate under it ("Tax: 0.2%", "USt. 7 %" in the description column)."""
    if RATE_DETAIL.match(line.text):
        return True
    left = line.words[0].box.x0 if line.words else 0.0
    inside = columns.description[0] - line.height <= left < columns.description[1]
    return inside and ITEM_RATE.match(line.text) is not None


def is_detail(line: Line, columns: Columns, description: list[Word]) -> bool:
    """ "Bruttopreis : 4,00", "• Herkunftsland: DE", "01 Montage": a detail, not the name."""
    return is_label_value(line, columns, description) or position_number(line, columns)


def period_only(description: list[Word]) -> bool:
    """ "01/03/2025 - 31/03/2025" alone under an item: the period it bills, no part of its name."""
    text = " ".join(w.text for w in description)
    dates = find_dates(text)
    if len(dates) != 2:
        return False
    rest = text[: dates[0][1]] + text[dates[0][2] : dates[1][1]] + text[dates[1][2] :]
    # "Du 14/03/2024 au 13/04/2024", "from ... to ...", "vom ... bis ...": the same period.
    return not PERIOD_WORDS.sub("", rest).strip(" -–—/:")


def is_label_value(line: Line, columns: Columns, description: list[Word]) -> bool:
    """A "label: value" line or a bullet point under an item."""
    text = " ".join(w.text for w in description)
    # The label may stand in the description and its value right of it ("Bruttopreis | : 4").
    rest = from_description(line, columns)
    return bool(CONTINUATION_NOISE.match(text) or CONTINUATION_NOISE.match(rest))


def from_description(line: Line, columns: Columns, sep: str = " ") -> str:
    """The line's text from the description column on (without Pos and Art-Nr columns)."""
    cells = [c for c in line.cells if c.x1 > columns.description[0]]
    return sep.join(
        " ".join(w.text for w in c.words if w.box.x1 > columns.description[0]) for c in cells
    )


def position_number(line: Line, columns: Columns) -> bool:
    """Whether the line opens with a (sub-)position number left of the description."""
    first = line.words[0] if line.words else None
    return (
        first is not None
        and first.box.x1 < columns.description[0]
        and POSITION.match(first.text) is not None
    )
