"""Totals grids: a row of amount captions over rows of bare figures.

Designed German invoices print their totals as a small table, one row per VAT rate and a sum
row under them::

    Warenwert  Zu-/Abschlag  Nettobetrag  MwSt-Betrag  MwSt-%  Endbetrag
       -5,00          0,15        -4,85        -0,92    19,0       -5,77
       -2,90          0,08        -2,82        -0,20     7,0       -3,02
       -7,90          0,23        -7,67        -1,12     EUR       -8,79

Read label by label, each caption takes whichever figure lies nearest, often from the wrong
row or column. Here every figure goes to the caption whose column it overlaps, and the row
that stands for the invoice is chosen by arithmetic: the last row when it is the sum of the
rows above, all rows added up when each is a complete per-rate line, and in either case only
when net + tax = total. A row may open with its label ("W tym", "Razem", "Gesamtleistung"),
and a figure set flush right in a column whose caption is set flush left belongs to the
caption left of it. Rows deducted before the sum row are advance invoices: the first row is
the invoice, the sum row what is left to pay. A single row of a caption and three figures
that add up (net + tax = gross) is read the same way (`summary_row`).
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.boxbesidegrid import without_box_right
from facturist.engine.charges import WITHHOLDING, WITHHOLDING_KEY
from facturist.engine.column_captions import names_item_columns
from facturist.engine.convertedrecap import converted_recap
from facturist.engine.correctionrows import correction_difference
from facturist.engine.deductedgrid import deducted_below
from facturist.engine.emptyrates import past_empty_rows, without_empty_rates
from facturist.engine.figureaside import figure_beside
from facturist.engine.gridamounts import GRID_KEYS as _KEYS
from facturist.engine.gridamounts import RATED as _RATED
from facturist.engine.gridamounts import caption_key
from facturist.engine.gridbeside import (
    beside_grid,
    bracketed_subcaptions,
    first_row,
    note_under_label,
)
from facturist.engine.gridfigures import AMOUNT, column_figures, column_of, right_of_grid
from facturist.engine.gridtextcolumn import in_text_column
from facturist.engine.itemcolumnsums import FILLER as _FILLER
from facturist.engine.itemcolumnsums import SUM_ROW as _SUM_ROW
from facturist.engine.itemcolumnsums import TOP_RATE as _TOP_RATE
from facturist.engine.itemcolumnsums import under_item_columns
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.layout import Cell, Line
from facturist.engine.ledgertax import tax_caption
from facturist.engine.longrowlabel import LONG_LABEL_WORDS, same_columns
from facturist.engine.model import Value, Word
from facturist.engine.notebesidegrid import without_note
from facturist.engine.parsing import parse_amount
from facturist.engine.partialsumrow import sums_some_columns
from facturist.engine.rategrid import rate_tax_column
from facturist.engine.ratesumrow import rate_sum_row
from facturist.engine.settlingcaptions import settles_rows
from facturist.engine.spannedtotal import spanning_words
from facturist.engine.summaryrow import summary_row
from facturist.engine.surchargecolumns import surcharge_column, with_surcharge
from facturist.engine.untaxedrows import UNTAXED_KEY, is_untaxed_row, untaxed_rows
from facturist.engine.wholefigures import WHOLE_AMOUNT, grouped_gross

# A figure printed alone over the tax lines: a subtotal without a caption, the net only when
# net + tax = total confirms it (totals.choose_amounts).
UNTITLED_NET_KEY = "untitled_net"
# A zero rate's tax line ("VAT 0% (intra-EU passenger transport, zero rated) EUR 0.00"): a tax
# of 0, taken only where no other tax is printed (totals.choose_amounts).
ZERO_TAX_KEY = "zero_tax"
# How many words may label a grid's row ("W tym", "Razem korekta", "I (esigibilità immediata)").
_LABEL_WORDS = 6
# The amount column of a withholding grid ("Ritenuta d'acconto | Tipo | Aliquota | Importo").
_AMOUNT_CAPTION = re.compile(
    r"^(?:importo|importe|amount|betrag|montant|valor|bedrag|kwota)$", re.IGNORECASE
)
# The title of a tax breakdown opening its caption row ("GST SUMMARY | AMOUNT(RM) | TAX(RM)",
# "VAT analysis | Goods | VAT"): its plain "amount" column is what each rate is charged on.
_TAX_SUMMARY = re.compile(
    r"^(?:gst|vat|tax|sst|btw|tva|iva|mwst)[\s\-]*(?:summary|analysis|breakdown|details)\b",
    re.IGNORECASE,
)
_PLAIN_AMOUNT = re.compile(
    r"^(?:amount|amt|betrag|montant|importe|importo|bedrag|valor)\b(?!\s*(?:due|payable))",
    re.IGNORECASE,
)
# Brazil's federal taxes withheld from a service invoice (NFS-e), each captioned over its
# figure ("IRRF (R$) | CSLL (R$) | COFINS (R$) | PIS/PASEP (R$)"): deducted, never its VAT.
# A bare "IR" is the income tax withheld too ("PIS (R$) | COFINS (R$) | IR (R$) | CSLL (R$)").
_RETENTION = re.compile(
    r"^(?:irrf|csll|cofins|pis(?:/pasep)?|inss|ir(?=\s*(?:\(r\$\))?\s*$))\b", re.IGNORECASE
)
# Brazil's NFS-e marks whether the buyer withholds the municipal service tax ("ISS Retido",
# "ISSQN Retido", "Retenção do ISS") with "Sim" / "Não" under the caption.
_ISS_WITHHELD = re.compile(
    r"^(?:iss(?:qn)?\s+retido|reten[çc][ãa]o\s+(?:do\s+)?iss(?:qn)?)(?:\s*\(r\$\))?\s*:?$",
    re.IGNORECASE,
)
_YES = re.compile(r"^(?:sim|s)$", re.IGNORECASE)
# How far apart (in line heights) two rows of one grid may be.
_ROW_GAP = 3.5
# How many lines a note under a row's label may run to (gridbeside.note_under_label).
_NOTE_LINES = 2


def _numeric(text: str) -> bool:
    """A word that is mostly digits: a figure or number, so its line is no caption row.

    A stray digit inside a caption is allowed: OCR reads the "%" of "MwSt-%" as "8".
    """
    # Counted with map over the str methods: the same sums as a generator's, at a third of
    # the cost (every word of every line is asked).
    digits = sum(map(str.isdigit, text))
    return digits > 0 and digits >= sum(map(str.isalpha, text))


def _columns(
    cells: list[Cell], below: Line | None = None, spanning: list[Word] | None = None
) -> dict[str, tuple[Cell, int]]:
    """The grid's captions on a line of text only: the best-ranked cell for each field.

    With the first row of figures known, a caption with no figure under it is the grid's
    title ("Castelletto IVA", "VAT Analysis") rather than a column's; a figure centred
    across the rows (`spanning`, spannedtotal.py) stands under its caption too.
    """
    # Each key's best cell with its standing: a caption over a figure of the first row itself
    # outranks one over a spanning figure only ("TOTAL FACTURA" beside a grid with a "Total"
    # per rate is a box's caption, not the column the rows and their sum row are read under).
    found: dict[str, tuple[Cell, tuple[bool, int]]] = {}
    # The cells the first row's figures stand under, found once for all captions rather than
    # once per caption: column_of is a pure function of the word and the cells.
    under: list[Cell | None] | None = None
    spanned: list[Cell | None] = []
    for cell in cells:
        named = caption_key(cell)
        if named is None:
            continue
        if below is not None and under is None:
            under = [column_of(w, cells) for w in below.words if AMOUNT.match(w.text)]
            spanned = [column_of(w, cells) for w in spanning or [] if AMOUNT.match(w.text)]
        spans = under is not None and not any(column is cell for column in under)
        if spans and not any(column is cell for column in spanned):
            continue
        key, rank = named
        if key not in found or (spans, rank) < found[key][1]:
            found[key] = (cell, (spans, rank))
    return {key: (cell, rank) for key, (cell, (_, rank)) in found.items()}


def _caption_cells(line: Line, below: Line | None = None) -> list[Cell]:
    """The line's cells, a cell that names no single field cut into its captions.

    Scanned captions stand closer than their columns' figures: OCR boxes are taller than
    the letters, so neighbouring captions ("MwSt-Betrag MwSt-%", "Net Amount VAT Rate VAT
    Amount Gross Amount") can share one cell. With the first row of figures known, the cell
    is cut where its words move on to the next figure; else word by word.
    """
    cells: list[Cell] = []
    figures: list[Word] | None = None  # below's figures: the same for every cell, read once
    for cell in line.cells:
        if len(cell.words) == 1:
            cells.append(cell)
            continue
        if figures is None:
            figures = _row_figures(below)
        # A cell over two figures holds two captions even when it reads as one label
        # ("Netto Steuersatz" over "-2'742.24  8.1 %").
        groups = _cut_by_figures(cell, figures)
        if len(groups) > 1 or caption_key(cell) is None:
            cells.extend(groups)
        else:
            cells.append(cell)
    return cells


def _row_figures(below: Line | None) -> list[Word]:
    """The figures (and fillers) of the first row under the captions, each in its column."""
    return [
        w
        for w in column_figures(below.words if below is not None else [])
        if AMOUNT.match(w.text) or _FILLER.match(w.text)
    ]


def _cut_by_figures(cell: Cell, figures: list[Word]) -> list[Cell]:
    """The cell's words grouped by the figure of the row below (`_row_figures`) each stands
    over (nearest)."""
    if not figures:
        return [Cell([word]) for word in cell.words] if caption_key(cell) is None else [cell]

    def nearest(word: Word) -> int:
        middle = (word.box.x0 + word.box.x1) / 2
        return min(
            range(len(figures)),
            key=lambda i: max(figures[i].box.x0 - middle, middle - figures[i].box.x1, 0.0),
        )

    groups: list[Cell] = []
    previous = -1
    for word in cell.words:
        figure = nearest(word)
        if groups and figure == previous:
            groups[-1].words.append(word)
        else:
            groups.append(Cell([word]))
        previous = figure
    return groups


def _figures_row(
    line: Line,
    columns: dict[str, Cell],
    cells: list[Cell],
    labelled: bool,
    most: int = _LABEL_WORDS,
) -> dict[str, Value] | None:
    """The row's amount under each caption, or None when the line holds any words but the
    row's label in front (a sum caption, or with `labelled` any few words left of the
    grid's columns: "W tym", "Razem korekta", "abzgl. Abschlagsrechnung AR-11 vom ...")."""
    row: dict[str, Value] = {}
    words = line.words
    start = 1 if _is_sum_row(line) else 0
    if labelled:
        left_edge = min(cell.x0 for cell in columns.values())
        while (
            start < len(words)
            and not AMOUNT.match(words[start].text.replace("\u2212", "-"))
            and words[start].box.x1 < left_edge
        ):
            start += 1
        if start > most:
            return None
    for word in words[start:]:
        text = word.text.replace("\u2212", "-")
        if not AMOUNT.match(text):
            if _FILLER.match(text) or in_text_column(word, cells, columns):
                continue  # a rate's wording in the recap's text column (gridtextcolumn.py)
            if row and right_of_grid(word, cells):
                break  # another box's caption level with the row ("Celkem k úhradě:")
            return None
        column = column_of(word, cells)
        key = next((k for k, cell in columns.items() if cell is column), None)
        if key is None:
            continue  # a figure of a column the grid does not read (discount, freight)
        if key in row and right_of_grid(word, cells):
            break  # another box's figure level with the row, right of the grid
        amount = parse_amount(text)
        if amount is None or key in row:
            return None
        row[key] = Value(float(amount), word.text, (word.box,))
    return row or None


def _is_sum_row(line: Line) -> bool:
    """The row opens with a sum caption ("Total"), left of every figure."""
    return len(line.words) > 1 and _SUM_ROW.match(line.words[0].text) is not None


def _num(value: Value) -> Decimal:
    return Decimal(str(value.value))


def _consistent(row: dict[str, Value]) -> bool:
    if all(key in row for key in _KEYS):
        net, tax, total = (_num(row[key]) for key in _KEYS)
        return abs(net + tax - total) <= Decimal("0.011")
    return len(row) >= 2


def _chosen_row(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    if not rows:
        return None
    if len(rows) == 1:
        return rows[0] if _consistent(rows[0]) else None
    last, above = rows[-1], rows[:-1]
    tolerance = Decimal("0.011") * len(above)
    if all(
        all(key in row for row in above)
        and abs(sum(_num(row[key]) for row in above) - _num(last[key])) <= tolerance
        for key in last
    ):
        if not _consistent(last):
            return None
        return _less_advances(rows) or last
    per_rate = _base_and_tax_rows(rows) or correction_difference(rows)
    if per_rate is not None:
        return per_rate
    # No sum row: complete per-rate rows add up to the invoice's totals.
    keys = set(rows[0])
    if any(set(row) != keys or not _consistent(row) for row in rows) or len(keys) < 3:
        return None
    summed = {}
    for key in keys:
        total = sum(_num(row[key]) for row in rows)
        boxes = tuple(box for row in rows for box in row[key].boxes)
        summed[key] = Value(float(total), "", boxes, 0.9)
    return summed


def _less_advances(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    """A final invoice less its advance invoices ("Gesamtleistung", two rows "abzgl.
    Abschlagsrechnung" printed negative, "Restforderung"): the first row is the work
    invoiced, and the sum row's gross what is left to pay."""
    first, deducted, last = rows[0], rows[1:-1], rows[-1]
    if not deducted or "total_amount" not in last or not _consistent(first):
        return None
    if any(_num(value) <= 0 for value in first.values()):
        return None
    if not all(_num(value) < 0 for row in deducted for value in row.values()):
        return None
    return {**first, "amount_due": last["total_amount"]}


def _caption_line(line: Line) -> bool:
    """A line of captions only: no figure, though a caption may name its rate ("USt. 19 %")."""
    if len(line.words) < 3:
        return False
    if not any(map(str.isdigit, line.text)):
        return True  # no word holds a digit, so none is `_numeric`: the loop below passes all
    words = [word.text for word in line.words]
    for position, text in enumerate(words):
        if not _numeric(text):
            continue  # only a figure needs the (dearer) test for a rate
        rate = _RATED.fullmatch(text) or (
            _RATED.fullmatch(text + "%") is not None
            and position + 1 < len(words)
            and words[position + 1] == "%"
        )
        if not rate:
            return False
    return True


def grid_totals(lines: list[Line], index: int) -> dict[str, Value]:
    """Net, tax and total from a totals grid whose captions are lines[index], else nothing;
    or those of a summary row, lines[index] itself (see `summary_row`). A Brazilian NFS-e's
    ISS marked withheld in its caption row ("ISS Retido | Sim") is a withholding besides."""
    found = _grid_totals(lines, index)
    if not found and (beside := without_note(lines, index, _caption_line)) is not None:
        found = _grid_totals(beside, index)  # notebesidegrid.py: a note left of the grid
    if not found and (beside := without_box_right(lines, index, _caption_line)) is not None:
        found = _grid_totals(beside, index)  # boxbesidegrid.py: a totals block right of it
    if found and (converted_recap(lines, index) or deducted_below(lines, index, found)):
        # An invoice billed in a foreign currency states its VAT in the domestic one too
        # (Czech "Rekapitulace DPH v CZK", Poland's VAT "w PLN", the UK's VAT in sterling),
        # under a title giving the exchange rate; earlier invoices deducted (deductedgrid.py).
        found = {key: value for key, value in found.items() if key not in _KEYS}
    withheld = _withheld_service_tax(lines, index)
    if withheld is not None:
        found[WITHHOLDING_KEY] = withheld
    return found


def _withheld_service_tax(lines: list[Line], index: int) -> Value | None:
    """The service tax the buyer withholds, from a caption row with an "ISS Retido" column:
    its own figure, or "Sim" under it and the ISS under "Valor do ISS". Brazil's municipal
    rules make some service buyers withhold the ISS and pay the seller the total less it
    (the NFS-e's "Valor Líquido")."""
    line = lines[index]
    if "ret" not in line.text.lower():
        return None
    column = next((cell for cell in line.cells if _ISS_WITHHELD.match(cell.text)), None)
    below = first_row(lines, index, line.cells) if column is not None else None
    if column is None or below is None:
        return None
    marks = [w for w in below.words if column_of(w, line.cells) is column]
    if any(_YES.match(w.text) for w in marks):
        taxed = [c for c in line.cells if LABELS_BY_RANK["tax_amount"].search(c.text)]
        marks = [w for w in below.words if taxed and column_of(w, line.cells) is taxed[0]]
    for word in marks:
        amount = parse_amount(word.text) if AMOUNT.match(word.text) else None
        if amount:
            return Value(-float(abs(amount)), word.text, (word.box,))
    return None


def _grid_totals(lines: list[Line], index: int) -> dict[str, Value]:
    line = lines[index]
    if not _caption_line(line):
        if not any(map(str.isdigit, line.text)):
            # Each rule below needs a figure or a rate on the line, and every figure pattern
            # (AMOUNT, WHOLE_AMOUNT) and RATED holds a digit: without one all give {}.
            return {}
        return (
            summary_row(line)
            or grouped_gross(summary_row(line, WHOLE_AMOUNT))  # forint's "61 630"
            or under_item_columns(lines, index)
            or _rated_tax(line)
            or _untitled_subtotal(lines, index)
            or _zero_rated(line)
        )
    # The first row of figures, past another box's caption beside the grid (gridbeside.py).
    below = first_row(lines, index, line.cells)
    cells = _caption_cells(line, below)
    if len(cells) < 3:
        return {}
    # A row of retentions only ("IRRF | CSLL | COFINS | PIS/PASEP") before a grid whose
    # first caption names a withholding ("IRRF" names one too).
    if below is not None and all(_RETENTION.match(cell.text) for cell in line.cells):
        return _retained(line, below)
    if WITHHOLDING.match(cells[0].text):
        return _withheld(cells, below)
    # Past rows of zeros (an unused rate's) to the first row of figures (emptyrates.py).
    ranked = _columns(cells, below, spanning_words(lines, below) + past_empty_rows(lines, below))
    ranked.update(rate_tax_column(cells, ranked, below))  # "% IVA | Cuota" (rategrid.py)
    if _TAX_SUMMARY.match(line.cells[0].text) and "net_amount" not in ranked:
        # "GST SUMMARY | AMOUNT(RM) | TAX(RM)": beside the tax, the amount taxed is the net.
        generic = ranked.get("total_amount")
        if generic is not None and _PLAIN_AMOUNT.match(generic[0].text):
            ranked["net_amount"] = ranked.pop("total_amount")
    columns = {key: cell for key, (cell, _) in ranked.items()}
    # A recap's row of a charge outside VAT ("– | 16,20 | Ortstaxe (nicht steuerbar)").
    untaxed = untaxed_rows(lines, index, columns, cells)
    # Spain's recargo de equivalencia: a second tax column, added to the IVA's.
    read = {**columns, **surcharge_column(cells, columns)}
    unfiltered = columns if len(columns) > 1 else {k: c for k, (c, _) in _columns(cells).items()}
    found = rate_sum_row(lines, index, unfiltered, cells) or _grid_rows(
        lines, index, read, ranked, cells
    )
    return found if untaxed is None else {**found, UNTAXED_KEY: untaxed}


def _grid_rows(
    lines: list[Line],
    index: int,
    columns: dict[str, Cell],
    ranked: dict[str, tuple[Cell, int]],
    cells: list[Cell],
) -> dict[str, Value]:
    """The grid's figures, read row by row under its captions."""
    line = lines[index]
    # One grand-total column among other captions ("Valuta | Totale documento" over
    # "EUR | 2.956,30"): its one figure is the total.
    lone_total = set(ranked) == {"total_amount"} and ranked["total_amount"][1] == 0
    if len(columns) < 2 and not lone_total:
        return {}
    # An item table's rows open with descriptions, never a totals grid's row labels; its
    # header may run over two lines ("Net Amount" over "(net)").
    above = lines[index - 1] if index > 0 else None
    labelled = not names_item_columns(line) and not (
        above is not None
        and above.page == line.page
        and line.y0 - above.y1 < line.height
        and names_item_columns(above)
    )
    rows: list[dict[str, Value]] = []
    previous = line
    notes = 0
    untaxed = False
    for below in lines[index + 1 : index + 12]:
        # Small captions atop a tall box, its figures set larger at the box's foot ("IMPONIBILE"
        # over "11.949,65"): the first row's gap is measured on the taller line.
        reach = _ROW_GAP * (max(previous.height, below.height) if not rows else previous.height)
        if below.page != line.page or below.y0 - previous.y1 > reach:
            break
        if beside_grid(below, cells) or figure_beside(below, [*columns.values()], rows):
            continue  # another box's text or figure beside the grid (figureaside.py)
        if not rows and bracketed_subcaptions(below):
            continue  # "(ohne USt.)" under "Zwischensumme" (gridbeside.py)
        # A lone total's row holds its figure alone: no row labels (an invoice list's rows).
        row = with_surcharge(_figures_row(below, columns, cells, labelled and not lone_total))
        if row is None and rows and labelled:  # a later rate's long label (longrowlabel.py)
            long = _figures_row(below, columns, cells, labelled, LONG_LABEL_WORDS)
            row = with_surcharge(same_columns(long, rows[0]))
        # A note wrapped under the row's label (gridbeside.note_under_label) is passed over.
        left_edge = min(cell.x0 for cell in columns.values())
        noted = row is None and rows and labelled and notes < _NOTE_LINES
        if noted and note_under_label(below, left_edge):
            notes += 1
            previous = below
            continue
        if row is None and rows and is_untaxed_row(below, columns, cells):
            # Charges outside VAT (untaxedrows.py), a solicitor's disbursements one to a row:
            # only a sum row may follow them.
            untaxed = True
            previous = below
            continue
        if row is None and rows and not labelled and not lone_total:
            left_edge = min(cell.x0 for cell in columns.values())
            if _table_goes_on(lines, index, below, cells, left_edge):
                return {}  # an item table's rows, a wrapped line between them (its period)
        if row is None or (notes and set(row) != set(rows[0])):
            break
        if untaxed and not (_is_sum_row(below) and _consistent(row)):
            break
        if settles_rows(below, left_edge, rows, row):
            break  # "TOTAL EUR | 32,00", "TARJETA | 32,00" under the rows (settlingcaptions.py)
        rows.append(row)
        previous = below
        if lone_total:
            return row
        if _is_sum_row(below):
            # The grid's own sum of its rows: the invoice's figures when they hold; its
            # lone gross under the tax column ("Total | 2.915,50") completes the rows above.
            # A sum row of the tax column alone ("Totale IVA | 72.40") vouches for the
            # complete rows above it, added up (partialsumrow.py).
            if _consistent(row):
                return row
            summed = _chosen_row(rows[:-1]) if sums_some_columns(rows) else None
            return _gross_under(rows) or summed or {}
    rows = without_empty_rates(rows)  # an unused rate's row of zeros (emptyrates.py)
    if not rows:
        return {}
    return _chosen_row(rows) or _chosen_row(_less_trailer(rows)) or _gross_under(rows) or {}


def _table_goes_on(
    lines: list[Line], index: int, below: Line, cells: list[Cell], left_edge: float
) -> bool:
    """An item table's rows resume after `below`, a line of words in its description
    column ("Période 01/07 – 30/09/2024" under "Loyer commercial | 8 250,00 | 20,00 | ..."):
    the rows read so far are some of its items, never the document's totals."""
    if any(word.box.x1 >= left_edge for word in below.words):
        return False
    start = next(i for i in range(index + 1, len(lines)) if lines[i] is below)
    for after in lines[start + 1 : start + 3]:
        if after.page != below.page or after.y0 - below.y1 > _ROW_GAP * below.height:
            return False
        if any(AMOUNT.match(word.text) and column_of(word, cells) for word in after.words):
            return True
        if any(word.box.x1 >= left_edge for word in after.words):
            return False
    return False


def _less_trailer(rows: list[dict[str, Value]]) -> list[dict[str, Value]]:
    """The rows without a last one that fills fewer of the grid's columns than the rest:
    the amount to pay printed under a grid's sum row ("Zahlbetrag EUR 535,25" in the gross
    column under "481,39 | 53,86 | 535,25") repeats a figure, and is no row of the grid."""
    if len(rows) < 3 or not all(set(rows[-1]) < set(row) for row in rows[:-1]):
        return []
    return rows[:-1]


def _gross_under(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    """A VAT recap of base and tax per rate with the gross printed once under it, in the tax
    column and captioned on its own row ("Sazba DPH | Základ | DPH" over "21 % | 6 282,00 |
    1 319,22", then "Celkem s DPH | 7 601,22", "Zaokrouhlení | -0,22"): the row whose lone
    figure is the rows above's base + tax is the total; the rows after it are no rate's."""
    for end in range(1, len(rows)):
        if len(rows[end]) != 1:
            continue
        above = _chosen_row(rows[:end])
        if above is None or set(above) != {"net_amount", "tax_amount"} or not _rated(above):
            continue
        gross = next(iter(rows[end].values()))
        expected = _num(above["net_amount"]) + _num(above["tax_amount"])
        if _num(gross) != 0 and abs(expected - _num(gross)) <= Decimal("0.011") * end:
            return {**above, "total_amount": gross}
    return None


def _withheld(cells: list[Cell], below: Line | None) -> dict[str, Value]:
    """A withholding grid, its figure under the amount caption ("Ritenuta d'acconto | Tipo |
    Aliquota | Importo" over "RT01 | 20,00 | 466,00"): the income tax withheld."""
    column = next((cell for cell in cells if _AMOUNT_CAPTION.match(cell.text)), None)
    if column is None or below is None:
        return {}
    for word in below.words:
        amount = parse_amount(word.text) if AMOUNT.match(word.text) else None
        if amount is not None and column_of(word, cells) is column:
            return {WITHHOLDING_KEY: Value(-float(abs(amount)), word.text, (word.box,))}
    return {}


def _retained(line: Line, below: Line) -> dict[str, Value]:
    """A row of federal retentions over their figures: one withholding, their sum."""
    figures = [w for w in below.words if AMOUNT.match(w.text)]
    amounts = [parse_amount(w.text) for w in figures]
    if len(figures) != len(below.words) or len(figures) != len(line.cells):
        return {}
    total = sum((abs(a) for a in amounts if a is not None), Decimal(0))
    if total == 0:
        return {}
    boxes = tuple(w.box for w in figures)
    return {WITHHOLDING_KEY: Value(-float(total), "", boxes)}


def _rated_tax(line: Line) -> dict[str, Value]:
    """A tax line naming its rate over the base and the tax ("IVA 23,00% | 21.513,77 |
    4.948,17"): the figure that is the rate's share of the other is the tax, though read
    caption by caption the first figure would pass for it."""
    words = line.words
    if "%" not in line.text:
        return {}  # the rate below (RATED) needs a "%" in the caption, a part of the line
    first = next((i for i, w in enumerate(words) if AMOUNT.match(w.text)), None)
    if not first:
        return {}
    caption = " ".join(word.text for word in words[:first])
    rate = _RATED.search(caption)
    if rate is None or not LABELS_BY_RANK["tax_amount"].match(caption):
        return {}
    # The two figures after the caption, up to the next caption ("... | IVA | 4.948,17").
    figures = []
    for word in words[first:]:
        if not AMOUNT.match(word.text):
            break
        figures.append(word)
    if len(figures) != 2:
        return {}
    base, tax = (parse_amount(word.text) for word in figures)
    percent = parse_amount(rate.group().rstrip("% "))
    if base is None or tax is None or percent is None or percent == 0:
        return {}
    if abs(base * percent / 100 - tax) > Decimal("0.011"):
        return {}
    return {"tax_amount": Value(float(tax), figures[1].text, (figures[1].box,))}


def _zero_rated(line: Line) -> dict[str, Value]:
    """A tax caption at a rate of 0 and one figure of 0 ending the line, whatever words stand
    between ("VAT 0% (intra-EU passenger transport, zero rated) EUR 0.00"): no tax charged."""
    words = line.words
    if "%" not in line.text:
        return {}  # the rate (RATED) needs a "%": no tax caption is matched without one
    if not words or not LABELS_BY_RANK["tax_amount"].match(line.text):
        return {}
    rate = _RATED.search(line.text)
    figures = [w for w in words if AMOUNT.match(w.text)]
    if rate is None or len(figures) != 1 or figures[0] is not words[-1]:
        return {}
    percent = parse_amount(rate.group().rstrip("% "))
    amount = parse_amount(figures[0].text)
    if percent != 0 or amount != 0:
        return {}
    return {ZERO_TAX_KEY: Value(0.0, figures[0].text, (figures[0].box,))}


def _untitled_subtotal(lines: list[Line], index: int) -> dict[str, Value]:
    """A lone figure right over a tax line, flush with its figure ("1,00,975.00" over
    "CGST@ 9% ... 9,087.75" in an Indian tax invoice): the subtotal the tax is added to."""
    line = lines[index]
    if len(line.words) != 1 or not AMOUNT.match(line.words[0].text):
        return {}
    below = lines[index + 1] if index + 1 < len(lines) else None
    if below is None or below.page != line.page or below.y0 - line.y1 > 1.5 * line.height:
        return {}
    figure = line.words[0]
    if not tax_caption(below.cells[0].text):  # "Output CGST @ 9%" (ledgertax.py)
        return {}
    if abs(below.words[-1].box.x1 - figure.box.x1) > 4 or not AMOUNT.match(below.words[-1].text):
        return {}
    amount = parse_amount(figure.text)
    if amount is None:
        return {}
    return {UNTITLED_NET_KEY: Value(float(amount), figure.text, (figure.box,))}


def _base_and_tax_rows(rows: list[dict[str, Value]]) -> dict[str, Value] | None:
    """Base and tax per VAT rate, the invoice's total printed once beside them, or not at all.

    "Base imponible | % IVA | Cuota IVA | Total factura" over one row per rate: the bases
    and taxes add up to the net and the tax, and their sum must be the one total shown.
    Without a total column ("BASE IMPONIBLE | %IVA | IMPORTE IVA") each row's tax must be
    a VAT rate's share of its base.
    """
    # The total alone on a row between the rates' rows: its merged cell's figure, centred
    # across them (spannedtotal.py).
    lone = [row for row in rows if set(row) == {"total_amount"}]
    rows = [row for row in rows if set(row) != {"total_amount"}] if len(lone) == 1 else rows
    if not rows or not all({"net_amount", "tax_amount"} <= row.keys() for row in rows):
        return None
    totals = [row["total_amount"] for row in [*rows, *lone] if "total_amount" in row]
    if totals and len(totals) != 1:
        return None
    if not totals and not all(_rated(row) for row in rows):
        return None
    summed: dict[str, Value] = {"total_amount": totals[0]} if totals else {}
    for key in ("net_amount", "tax_amount"):
        total = sum(_num(row[key]) for row in rows)
        boxes = tuple(box for row in rows for box in row[key].boxes)
        summed[key] = Value(float(total), "", boxes, 0.9)
    return summed if _consistent(summed) else None


def _rated(row: dict[str, Value]) -> bool:
    """The row's tax is at most the highest VAT rate's share of its base."""
    net, tax = _num(row["net_amount"]), _num(row["tax_amount"])
    return net != 0 and 0 <= tax / net <= _TOP_RATE
