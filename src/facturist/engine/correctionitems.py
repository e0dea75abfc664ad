"""A correction note's items printed as labelled rows: each item's figures before the
correction, after it, and the correction itself, on rows of their own ("Przewód YDYp |
przed korektą | 10 | 289,00 | 2 890,00" over "po korekcie | 7 | ..." over "korekta | -3 | ...";
Czech "původně / nově / rozdíl", German "vorher / nachher / Korrektur").

The note bills the correction: the correction row is the item, named by the item's name on
the first row (the label taken out of it). The labels of the rows after the first read as the
captions of a correction summary ("Po korekcie", tableends.TABLE_STOP), so the table goes
on over them where the row above is labelled as the item's earlier state.
"""

from __future__ import annotations

import re

from facturist.engine.correctionlabels import label_words, plain
from facturist.engine.itemrow import ItemRow
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.tablecolumns import read_row_line
from facturist.engine.tableheader import Columns

# The figures before the correction: pl, cs, sk, de, en, fr, es, it.
_BEFORE = re.compile(
    r"przed (?:korekt[ąa]|korekcj[ąa]|zmian[ąa])|p[ůu]vodn[ěe]|p[řr]ed opravou|p[ôo]vodne"
    r"|pred opravou|vorher|vor (?:der )?korrektur|before(?: correction)?"
    r"|avant(?: correction)?|antes(?: de la (?:correcci[óo]n|rectificaci[óo]n))?"
    r"|prima(?: della rettifica)?",
    re.IGNORECASE,
)
# The figures after it.
_AFTER = re.compile(
    r"po (?:korekcie|korekcji|zmianie)|nov[ěe]|po oprav[ěe]|po oprave|nachher"
    r"|nach (?:der )?korrektur|after(?: correction)?|apr[èe]s(?: correction)?"
    r"|despu[ée]s(?: de la (?:correcci[óo]n|rectificaci[óo]n))?|dopo(?: la rettifica)?",
    re.IGNORECASE,
)
# The correction: the difference billed.
_CHANGE = re.compile(
    r"korekta|r[óo][żz]nica|zmiana|rozd[íi]l|rozdiel|oprava|zm[ěe]na|zmena|korrektur"
    r"|differenz|[äa]nderung|correction|difference|change|diff[ée]rence|diferencia"
    r"|differenza|rettifica",
    re.IGNORECASE,
)


def _label(words: list[Word], pattern: re.Pattern[str]) -> bool:
    return bool(words) and bool(pattern.fullmatch(plain(words)))


def _labelled(words: list[Word], pattern: re.Pattern[str]) -> bool:
    """Whether the row's words are the label, or open each line with it in a column of its
    own beside the item's name (correctionlabels.py)."""
    return label_words(words, pattern) is not None


def _before_span(words: list[Word]) -> list[int] | None:
    """Where, among an item's words, the label of its earlier figures stands."""
    return label_words(words, _BEFORE, anywhere=True)


def continues_correction(rows: list[ItemRow], line: Line) -> bool:
    """Whether `line`, opening with the label of an item's figures after the correction or of
    the correction, goes on with the item above (labelled as the figures before it or after
    it), no summary under the table."""
    if not rows or not line.cells or not any(ch.isdigit() for ch in line.text):
        return False
    first = line.cells[0].words
    if not (_label(first, _AFTER) or _label(first, _CHANGE)):
        return False
    above = rows[-1].description
    return _before_span(above) is not None or _labelled(above, _AFTER)


def opens_correction(lines: list[Line], index: int, line: Line) -> bool:
    """Whether `line`, opening with the label of an item's figures before the correction
    ("przed korektą | szt. | 12 | 189,00 | ..."), is the first of an item's labelled rows: the
    line under it opens with the label of the figures after it or of the correction. Notes
    that print the item's name on a line of its own over its labelled rows read so; a
    summary's "Przed korektą | 23% | ..." is followed by no such row of the same item."""
    if not line.cells or not any(ch.isdigit() for ch in line.text):
        return False
    if not _label(line.cells[0].words, _BEFORE) or index + 1 >= len(lines):
        return False
    below = lines[index + 1]
    if below.page != line.page or not below.cells or not any(ch.isdigit() for ch in below.text):
        return False
    first = below.cells[0].words
    return _label(first, _AFTER) or _label(first, _CHANGE)


def name_labelled_row(
    lines: list[Line],
    apart: list[tuple[int, list[Word]]],
    index: int,
    row: ItemRow,
    columns: Columns,
) -> None:
    """Put the item's name, a line of its own right above, in front of `row`, opened by
    `lines[index]`, where the row's text is only the label of the figures before the
    correction ("2 | Papier A4" over "przed korektą | 50 | 17,90 | ..."). `apart`: the lines
    of text read as standing apart (index, words); a line numbered as a position of its own
    closes the item above instead, so its text is read from the line again."""
    if not _label(row.description, _BEFORE) or index == 0:
        return
    if apart and apart[-1][0] == index - 1:
        row.description[:0] = apart[-1][1]
        return
    above = lines[index - 1]
    if above.page != lines[index].page:
        return
    name, numbers = read_row_line(above, columns)
    if name and not numbers and not _label(name, _CHANGE):
        row.description[:0] = name


def correction_rows(rows: list[ItemRow]) -> list[ItemRow]:
    """The rows with each item's labelled rows (before, after, correction) replaced by its
    correction row, named by the item's name above; other rows as they are."""
    result: list[ItemRow] = []
    index = 0
    while index < len(rows):
        row = rows[index]
        span = _before_span(row.description)
        following = rows[index + 1 : index + 3]
        labelled = []
        for other in following:
            if _labelled(other.description, _AFTER) or _labelled(other.description, _CHANGE):
                labelled.append(other)
            else:
                break
        change = next((o for o in labelled if _labelled(o.description, _CHANGE)), None)
        if span is None or change is None:
            result.append(row)
            index += 1
            continue
        name = [word for at, word in enumerate(row.description) if at not in span]
        result.append(
            ItemRow(
                description=name,
                numbers=dict(change.numbers),
                last_y=change.last_y,
                page=change.page,
                closed=True,
                continued=row.continued,
            )
        )
        index += 1 + len(labelled)
    return result
