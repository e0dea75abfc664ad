"""A corrective invoice's comparison of the invoice it corrects, before and after.

Corrections and credit notes often close on a small table comparing the corrected invoice's
figures with the new ones ("Gegenüberstellung")::

                                 netto     USt 19 %     brutto
    Rechnung 2025/0088 bisher   2.000,00     380,00   2.380,00
    Korrektur                    150,00-      28,50-    178,50-
    Rechnungsbetrag neu         1.850,00     351,50   2.201,50

Only the correction row is this document's: the rows before and after it are the corrected
invoice's amounts, old and new ("Rechnungsbetrag neu" is no amount this note asks for). A
figure read on such a row stands for the correction row's figure in its column (the net,
tax and total); an amount due read there is none of this note's. The three labels must all
be there, on consecutive rows of figures: a lone "new" or "old" row is no comparison.
"""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.candidates import Candidate
from facturist.engine.gridfigures import AMOUNT
from facturist.engine.layout import Line, line_holding
from facturist.engine.model import Word

# The row of the invoice as it was: de, en, fr, it, es, nl, pl, cs.
_BEFORE = re.compile(
    r"\b(?:bisher\w*|vorher|alte?[nr]?|urspr[üu]nglich\w*|vor (?:der )?korrektur|before"
    r"|previous(?:ly)?|old|original(?:ly)?|avant|initiale?|ancien(?:ne)?|prima|precedente"
    r"|originari[oa]|przed (?:korekt[ąa]|korekcj[ąa]|zmian[ąa])|antes|anterior"
    r"|voorheen|oud|eerder|oorspronkelijke?|p[ůu]vodn[ěe])\b",
    re.IGNORECASE,
)
# The row of the invoice as corrected.
_AFTER = re.compile(
    r"\b(?:neue?[nr]?|nachher|nach (?:der )?korrektur|korrigiert\w*|berichtigt\w*|after|new"
    r"|corrected|revised|apr[èe]s|nouveau|nouvelle|corrig[ée]e?|dopo|nuovo|corrett[oa]"
    r"|po (?:korekcie|korekcji|zmianie)|despu[ée]s|nuevo|corregid[oa]|nieuwe?|gecorrigeerd"
    r"|nov[ěe])\b",
    re.IGNORECASE,
)
# The correction itself: the difference between them.
_CHANGE = re.compile(
    r"\b(?:korrektur\w*|differenz|[äa]nderung|minderung|gutschrift|difference|correction"
    r"|adjustment|change|diff[ée]rence|[ée]cart|differenza|rettifica|variazione|korekta"
    r"|r[óo][żz]nica|diferencia|correcci[óo]n|verschil|correctie|rozd[íi]l|zm[ěe]na)\b",
    re.IGNORECASE,
)
_AMOUNT_KEYS = ("net_amount", "tax_amount", "total_amount")
_DUE_KEY = "amount_due"
# Rows of a comparison stand at most this many line heights apart.
_ROW_GAP = 2.0


def label_kind(text: str) -> str | None:
    """What a label names: the invoice "before" or "after" the correction, or the "change"
    itself; None for anything else."""
    for kind, pattern in (("before", _BEFORE), ("after", _AFTER), ("change", _CHANGE)):
        if pattern.search(text):
            return kind
    return None


def _kind(line: Line) -> str | None:
    """The row's kind by its label (its words before the first figure), None for a row with
    no figure or no such label. A summary beside another grid ("23% | -5 180,00 | ... |
    Razem przed korektą | 51 340,00 | ...") is labelled by the text before its figures
    closing the line."""
    label: list[str] = []
    for word in line.words:
        if _amount(word):
            return label_kind(" ".join(label)) or _last_label_kind(line)
        label.append(word.text)
    return None


def _amount(word: Word) -> bool:
    return AMOUNT.match(word.text.replace("\u2212", "-")) is not None


def _last_label_kind(line: Line) -> str | None:
    """The kind named by the words between the line's last two runs of figures."""
    words = line.words
    end = len(words)
    while end and _amount(words[end - 1]):
        end -= 1
    start = end
    while start and not _amount(words[start - 1]):
        start -= 1
    if end == len(words) or not start:
        return None  # no figures closing the line, or no figures before its label
    return label_kind(" ".join(word.text for word in words[start:end]))


def _figures(line: Line) -> bool:
    return any(map(_amount, line.words))


def _block(lines: list[Line], index: int) -> list[int]:
    """The consecutive rows of figures around lines[index], close together on its page."""
    start = end = index
    while start > 0 and _near(lines[start - 1], lines[start]) and _figures(lines[start - 1]):
        start -= 1
    while end + 1 < len(lines) and _near(lines[end], lines[end + 1]) and _figures(lines[end + 1]):
        end += 1
    return list(range(start, end + 1))


def _near(above: Line, below: Line) -> bool:
    return above.page == below.page and below.y0 - above.y1 <= _ROW_GAP * above.height


def _change_row(lines: list[Line], index: int) -> Line | None:
    """The comparison's correction row when lines[index] is its row before or after."""
    if not _figures(lines[index]) or _kind(lines[index]) not in ("before", "after"):
        return None
    kinds = {i: _kind(lines[i]) for i in _block(lines, index)}
    if not {"before", "after", "change"} <= set(kinds.values()):
        return None
    return next(lines[i] for i, kind in kinds.items() if kind == "change")


def without_compared(lines: list[Line], candidates: list[Candidate]) -> list[Candidate]:
    """The candidates with a comparison's before and after figures replaced by the
    correction row's in the same column; an amount due read there is dropped."""
    out: list[Candidate] = []
    for candidate in candidates:
        boxes = candidate.value.boxes
        if candidate.key not in (*_AMOUNT_KEYS, _DUE_KEY) or not boxes:
            out.append(candidate)
            continue
        index = line_holding(lines, boxes[0])
        change = _change_row(lines, index) if index is not None else None
        if change is None:
            out.append(candidate)
            continue
        if candidate.key == _DUE_KEY:
            continue
        box = boxes[0]
        under = [w for w in change.words if w.box.x0 < box.x1 and box.x0 < w.box.x1]
        value = read_amount(under) if under else None
        if value is not None:
            out.append(Candidate(candidate.key, value, candidate.rank, candidate.order))
    return out
