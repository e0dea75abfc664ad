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
the item's amount. Read only where no table or list gave items."""

from __future__ import annotations

import re

from facturist.engine.column_captions import classify_text
from facturist.engine.layout import Line
from facturist.engine.model import Value

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
        if len(line.cells) != 1 or classify_text(line.text.strip()) != "description":
            continue
        paragraph = _paragraph(lines, index)
        if paragraph:
            words = [w for para in paragraph for w in para.words]
            text = " ".join(w.text for w in words)
            description = Value(text, text, tuple(w.box for w in words))
            return [{"description": description, "amount": net}]
    return []


def _paragraph(lines: list[Line], at: int) -> list[Line]:
    """The lines of text right under the caption at `at`, at its margin, none with a figure."""
    caption = lines[at]
    height = caption.height
    left = caption.words[0].box.x0
    found: list[Line] = []
    previous = caption
    for line in lines[at + 1 : at + 1 + _MAX_LINES]:
        gap = _FIRST_GAP if previous is caption else _LINE_GAP
        if line.page != caption.page or line.y0 - previous.y1 > gap * max(height, line.height):
            break
        if abs(line.words[0].box.x0 - left) > height or _FIGURE.search(line.text):
            break
        if not any(ch.isalpha() for ch in line.text):
            break
        found.append(line)
        previous = line
    return found
