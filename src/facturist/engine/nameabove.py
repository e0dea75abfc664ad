"""A letterhead name set over two lines with its legal form on the second ("SUMINISTROS
HOSTELEROS" / "GUADALQUIVIR, S.L.", "Verdi Impianti" / "di Verdi Marco & C. S.n.c."): the
line above, in the same column, starts the name."""

from __future__ import annotations

import re

from facturist.engine.labels import BUYER_SECTION, SELLER_SECTION
from facturist.engine.layout import Cell, Line, print_height
from facturist.engine.legalfooter import is_sentence
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.model import Value
from facturist.engine.partynames import initials, not_a_name
from facturist.engine.printsize import smaller_by
from facturist.engine.receipt_legalform import form_opens_name
from facturist.engine.wordspace import phrase

# A name's second line that runs on from the first by a joining word.
_RUNS_ON = re.compile(r"^(?:di|de|del|della|des|du|van|von|der|&|und|e|et|y)\s", re.IGNORECASE)


def with_line_above(top: list[Line], index: int, position: int, name: Value) -> Value:
    """The name with the line over it when that line starts it: flush with it, close above,
    no digit and no legal form of its own; set in the same size and case, or the name's line
    runs on from it ("di ...")."""
    if index == 0 or not name.boxes:
        return name
    line = top[index]
    text = str(name.value)
    # The cell the name starts in: the legal form's own cell ("B.V." set apart by a wide
    # face's spacing) is joined to the words before it (parties._with_joined_start).
    starts = [c for c in line.cells[: position + 1] if text.startswith(c.text.strip(" ,●·|")[:6])]
    if not starts:
        return name
    cell = starts[-1]
    # The line above in the name's column: the next line up may stand in another column
    # (a letterhead's address flush right beside the logo).
    found = next(
        (
            (above, c)
            for above in reversed(top[max(0, index - 2) : index])
            if above.page == line.page
            for c in above.cells
            # Flush to a few points; a big name's first letter sits a side bearing right of
            # the edge (a scan's pixels: a fifth of its height).
            if abs(c.x0 - cell.x0) < max(4.0, 0.2 * print_height(c))
        ),
        None,
    )
    if found is None:
        return name
    above, up = found
    # "SPEDITION  GASTEIGER" over "GmbH & Co. KG": a logo's words set large, which a scan's
    # reading parts into cells at their wide spacing, are one line of the name.
    up = phrase(above, up)
    upper = up.text.strip()
    if (
        len(upper) < 3
        or any(ch.isdigit() for ch in upper)
        or upper.endswith((":", ".", ","))
        or LEGAL_FORM.search(upper)
        or initials(upper)
        or not_a_name(upper)
        or is_sentence(upper)
        # A marketplace's "Verkocht door partner" / "Sold by" over the partner seller's name:
        # a party's caption heads its block and is no line of the name.
        or SELLER_SECTION.match(upper)
        or BUYER_SECTION.match(upper)
        # "VAN HECKE ELEKTRO" over "Van Hecke Elektro NV": a wordmark repeating the name's
        # words is the logo, though the name opens with a particle that reads as joining.
        or _repeats(upper, text)
    ):
        return name
    gap = line.y0 - above.y1
    runs_on = _RUNS_ON.match(text) is not None
    head = LEGAL_FORM.split(text)[0].strip(" ,")
    if runs_on:
        fits = gap < 1.5 * print_height(up)
    elif not head and print_height(up) > print_height(cell) and not form_opens_name(text):
        # "Tipografia Bellini" set large over "S.r.l. - dal 1962": a legal form alone names
        # no one; it ends the bigger name over it. "SARL Tessier & Fils" under a brand
        # names the company whole (receipt_legalform.py).
        fits = gap < 0.8 * print_height(up)
    elif _logo_over_form(up, cell, text, head):
        # A logo word over its smaller second line that ends in the legal form ("Hollis &
        # Grange" / "CATERING SUPPLIES LTD", "BOREALIS" / "Software Inc.").
        fits = gap < 0.8 * print_height(up)
    else:
        # "Installation - Dépannage - Entretien" over "SARL Plomberie Chauffage Morel": a
        # name opening with its legal form is whole; the line over it is a tagline or a brand.
        fits = (
            (bool(head) or not form_opens_name(text))
            and gap < 0.8 * print_height(cell)
            and _same_size(up, cell)
            and len(head.split()) <= 2
            and upper.isupper() == head.isupper()
            and not _tagline_over_formed(upper, text, head)
        )
    if not fits:
        return name
    joined = f"{upper} {text}"
    name = Value(joined, joined, (*up.boxes, *name.boxes), name.confidence)
    # "European Association" / "for Adult Learning" / "Professionals AISBL": a line opening
    # in a lower-case word runs on from the line over it, the name's first.
    return _with_opening_line(top, top.index(above), up, name)


def _with_opening_line(top: list[Line], index: int, cell: Cell, name: Value) -> Value:
    """The name with the line over `cell` when `cell`'s line opens in a lower-case word: that
    line flush with it, close above, in the same size, no digit, no legal form, no caption."""
    if not cell.text[:1].islower() or index == 0:
        return name
    # The next line up may stand in another column (the title beside the letterhead).
    found = next(
        (
            (above, c)
            for above in reversed(top[max(0, index - 2) : index])
            if above.page == top[index].page
            for c in above.cells
            if abs(c.x0 - cell.x0) < 4.0
        ),
        None,
    )
    if found is None:
        return name
    above, up = found
    upper = up.text.strip()
    if (
        len(upper) < 3
        or not upper[:1].isupper()
        or any(ch.isdigit() for ch in upper)
        or upper.endswith((":", ".", ","))
        or LEGAL_FORM.search(upper)
        or not_a_name(upper)
        or is_sentence(upper)
        or SELLER_SECTION.match(upper)
        or BUYER_SECTION.match(upper)
        or top[index].y0 - above.y1 >= 0.8 * print_height(cell)
        or not _same_size(up, cell)
    ):
        return name
    joined = f"{upper} {name.value}"
    return Value(joined, joined, (*up.boxes, *name.boxes), name.confidence)


def _same_size(up: Cell, cell: Cell) -> bool:
    """Whether two lines are printed in one size: told from words of the same reach where
    both have some ("Learning" reaches below "Professionals"), else from their heights."""
    ratio = smaller_by(cell.words, up.words)
    if ratio is not None:
        return abs(ratio - 1.0) < 0.1
    return abs(print_height(up) - print_height(cell)) < 0.2 * print_height(cell)


# How much larger than the name's line a logo over it is set; a name's first line in the same
# bold capitals as its second may be set only a size larger.
_LOGO_RATIO = 1.4
_ONE_FACE_RATIO = 1.2


def _logo_over_form(up: Cell, cell: Cell, text: str, head: str) -> bool:
    """Whether a name line, a legal form ending it and no more than two words before that
    in capitals or capitalised ("Catering Supplies Ltd") or all in lower case like the logo,
    stands under a logo set larger
    that it does not repeat."""
    words = head.split()
    # ... or the whole wordmark set in lower case ("hollis & grange" / "catering ltd").
    styled = text.islower() and up.text.islower()
    # Both lines in capitals in one bold face ("NIEUWE WATERWEG" / "FORWARDING B.V."): the
    # name's two lines, the first a size larger, not a logo over a name of its own.
    one_face = (
        all(w.bold for w in (*up.words, *cell.words)) and up.text.isupper() and text.isupper()
    )
    larger = _ONE_FACE_RATIO if one_face else _LOGO_RATIO
    return (
        (all(w[:1].isupper() or w == "&" for w in words) or styled)
        and 0 < len(words) <= 2
        and head != text
        and print_height(up) > larger * print_height(cell)
        # "OFFICINA MECCANICA BERTOLINI" over "Bertolini S.r.l.": the logo repeats the name.
        and not {w.casefold() for w in words} & {w.casefold() for w in up.text.split()}
    )


def _repeats(upper: str, text: str) -> bool:
    """Whether every word of the line over the name stands in the name: a logo printing the
    name again, never its first line (the name would hold those words twice)."""
    words = {w.strip(",.&").casefold() for w in text.split()}
    return all(w.strip(",.&").casefold() in words for w in upper.split())


# A tagline's plain words: lower-case, four letters or more ("professionnel", "médicaux").
_PLAIN_WORD = re.compile(r"(?<!\S)[a-zà-ÿß][a-zà-ÿß'’]{3,}(?!\S)")


def _tagline_over_formed(upper: str, text: str, head: str) -> bool:
    """Whether the line over a name that ends in its legal form, its words capitalised
    ("Net'Pro Services SRL"), is a trade's tagline in running words ("Nettoyage professionnel
    – milieux médicaux"): two plain words or more, which a name's line does not print."""
    if not head or head == text or not all(w[:1].isupper() or w == "&" for w in head.split()):
        return False
    return len(_PLAIN_WORD.findall(upper)) >= 2
