"""One service described under a caption, no item table: the item is the paragraph, its
amount the net.

Receipt-invoices issued on a tax portal (pt "fatura-recibo", the "recibo verde" of a
freelancer) and simple fee notes print what they bill as a paragraph under its caption, and
the figures apart, in a block of values under it::

    Descrição
    Desenvolvimento de software à medida – módulo de faturação (API REST e
    integração com o ERP do cliente), referente ao mês de fevereiro.
    Valores
    Valor Base                         3.200,00 €
    IVA — taxa normal 23%                736,00 €

The caption stands alone on its line and names the description column ("Descrição",
"Description", "Beschreibung"); the lines right under it, at its margin and line spacing,
without a money figure, are the one item's text; the document's net (its "Valor Base") is
the item's amount. Read only where no table or list gave items.

The portal may also print the paragraph as a one-row table, "Descrição | Valor Base" over the
wrapped text and its figure right on the first line, no quantity or price columns: the
captions right of the description's are the figure's, and a figure under them on the
paragraph's first line is the item's amount when it is the net."""

from __future__ import annotations

import re

from facturist.engine.amountread import read_amount
from facturist.engine.column_captions import classify_text
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

# A money figure on a line: a paragraph of the description holds none.
_FIGURE = re.compile(r"\d[\d.,\u00a0 ]*[.,]\d{2}\b")
# Lines of a description's paragraph, at most.
_MAX_LINES = 8
# How far under the caption, in line heights, its paragraph may start.
_FIRST_GAP = 2.5
# How far apart, in line heights, two lines of the paragraph may be.
_LINE_GAP = 1.0


def described_item(lines: list[Line], fields: dict[str, Value]) -> list[dict[str, Value]]:
    """The one item of a paragraph under a lone description caption, at the net amount."""
    net = fields.get("net_amount")
    if net is None or not isinstance(net.value, float) or net.value <= 0:
        return []
    for index, line in enumerate(lines):
        if classify_text(line.cells[0].text.strip()) != "description":
            continue
        if len(line.cells) > 1 and not _figure_captions(line):
            continue
        paragraph = _paragraph(lines, index, net.value)
        if paragraph:
            words = [w for para in paragraph for w in para]
            text = " ".join(w.text for w in words)
            description = Value(text, text, tuple(w.box for w in words))
            return [{"description": description, "amount": net}]
    return []


def _figure_captions(line: Line) -> bool:
    """The captions right of the description's are one figure's ("Valor Base"), no
    quantity's or price's: words without a digit, as many as one column's caption."""
    rest = line.cells[1:]
    return len(rest) == 1 and not any(ch.isdigit() for ch in rest[0].text)


def _paragraph(lines: list[Line], at: int, net: float) -> list[list[Word]]:
    """The words of the lines of text right under the caption at `at`, at its margin, none
    with a figure but the net's under the figure's caption on the first line."""
    caption = lines[at]
    height = caption.height
    left = caption.words[0].box.x0
    # Where a figure's caption stands right of the description's, its column's left edge.
    column = caption.cells[1].x0 - height if len(caption.cells) > 1 else None
    found: list[list[Word]] = []
    previous = caption
    for line in lines[at + 1 : at + 1 + _MAX_LINES]:
        gap = _FIRST_GAP if previous is caption else _LINE_GAP
        if line.page != caption.page or line.y0 - previous.y1 > gap * max(height, line.height):
            break
        words = line.words
        if column is not None and not found:
            figure = [w for w in words if w.box.x0 >= column]
            amount = read_amount(figure) if figure else None
            if amount is None or amount.value != net:
                break
            words = [w for w in words if w.box.x1 < column]
        if not words or abs(words[0].box.x0 - left) > height:
            break
        text = " ".join(w.text for w in words)
        if _FIGURE.search(text):
            break
        # A line without letters continues only a line wrapped at the figure's column
        # ("... reservas - novembro" over "2024").
        if not any(ch.isalpha() for ch in text) and not (
            found and column is not None and _wraps(found[-1], left, column)
        ):
            break
        found.append(words)
        previous = line
    return found


def _wraps(words: list[Word], left: float, column: float) -> bool:
    """The line's words run on to within a quarter of the description's width of the
    figure's column: its text goes on on the next line."""
    return words[-1].box.x1 >= column - (column - left) / 4
