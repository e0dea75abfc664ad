"""Charges with no count and no price, each printing its net, its VAT and its gross.

Landlords', solicitors' and other small firms' bills head what they charge "Description |
Net | VAT | Gross" (or only "Net | VAT | Total" over the figures) and print each charge's
three figures, an exempt or untaxed charge showing a word or a dash for its VAT::

    Description                         Net      VAT      Gross
    Rent for the quarter 25/03/2025   4,250.00  EXEMPT   4,250.00
    Car parking licence                 150.00   30.00     180.00

The header names no count and no price, so the usual reading takes it for no item table
(a tax summary prints these captions too); the rows say it is one: each names a charge and
its net plus its VAT gives its gross (the net alone where the VAT is a word or a dash). The
line amount is the net; the VAT and gross columns are no part of the name.

Insurers list each cover's premium so, its tax beside it ("Garanzia | Premio imponibile |
Imposte 22,25% | Premio lordo"), or print the tax's rate and the tax instead of the gross
("Garanties | Cotisation HT | Taux taxe | Taxes"): there each row's tax is its rate of the
net, a levy outside the tax printing dashes for both.
"""

from __future__ import annotations

import re
from decimal import Decimal

from facturist.engine.column_captions import GROSS_WORD, NET_WORD, classify_text
from facturist.engine.layout import Cell, Line
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount
from facturist.engine.tableheader import Columns

# A tax caption: "VAT", "VAT £", "Tax", "VAT @ 20%"; an insurer's "IPT @ 12%" (insurance
# premium tax, the tax its premiums bear instead of VAT).
_TAX_CAPTION = re.compile(
    # Italian "Imposte 22,25%", French "Taxes": an insurer's taxes on the premium.
    r"^(?:vat|tax(?:es)?|gst|tva|iva|btw|mwst|ust|ipt|impost[ae])\b[^a-z]*$",
    re.IGNORECASE,
)
# A money figure alone in its cell, perhaps with its currency; "(250.00)" is a credit.
# Decimal commas too ("1.234,50", "184,30").
_FIGURE = re.compile(
    r"^\(?[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)\.\d{2}\)?$|^[-−]?(?:\d{1,3}(?:\.\d{3})+|\d+),\d{2}$"
)
# A tax-rate caption over the rates of the tax beside it: "Taux taxe", "Tax rate", "Satz".
_RATE_CAPTION = re.compile(r"\b(?:taux|rate|satz|aliquota|tasa|tarief)\b|%", re.IGNORECASE)
# A rate in its cell: "9 %", "13,4 %".
_RATE = re.compile(r"^(\d{1,2}(?:[.,]\d{1,3})?)\s?%$")
# An insurer's caption over its covers ("Garanzia", "Garanties", "Cover"): the description.
_COVER = re.compile(
    r"^(?:garanzi[ae]|garanties?|garant[íi]as?|covers?|coverage|deckung(?:en)?|dekking(?:en)?)$",
    re.IGNORECASE,
)
# A VAT cell printing no figure: a dash, or a word saying the charge bears none.
_NO_TAX = re.compile(
    r"^(?:[-\u2013\u2014]{1,2}|n/?a|nil|exempt|zero|zero[- ]rated|outside scope|o/s|e|z|0%?)$",
    re.IGNORECASE,
)
# A tax summary's row names a rate or a tax band, no charge: "Standard rate 20%", "Zero rated".
_RATE_ROW = re.compile(r"%|\brated?\b|\bstandard\b|\bexempt\b|\bvat\b", re.IGNORECASE)
# An insurer's net column: the premium, the tax on it printed beside ("Premium | IPT | Total").
_PREMIUM = re.compile(r"^(?:premiums?|pr[äa]mie|premio|premie|prime)$", re.IGNORECASE)
# A caption's currency code after it: "Total GBP", "Net EUR".
_CODE_AFTER = re.compile(r"\s+[A-Z]{3}$")
# Rows under the header that must read as net, VAT and gross before the table is taken.
_ROWS = 2
# Lines under the header searched for those rows (wrapped names, subheadings between).
_REACH = 8


def net_vat_gross_header(lines: list[Line], start: int, stop: int) -> tuple[int, Columns] | None:
    """The first "(Description |) Net | VAT | Gross" header in lines[start:stop] over rows of
    charged nets, VAT and gross (or "Net | Rate | Tax" over nets, rates and taxes): its index
    and columns."""
    for index in range(start, min(stop, len(lines))):
        line = lines[index]
        # Only the tax's caption may print a figure, its rate ("VAT @ 20%").
        if not 3 <= len(line.cells) <= 4 or _figured(line.cells[:-2] + line.cells[-1:]):
            continue
        found = _columns(line)
        if found is not None and _charged_rows(lines, index, *found):
            return index, found[0]
    return None


def _figured(cells: list[Cell]) -> bool:
    return any(ch.isdigit() for cell in cells for ch in cell.text)


def _columns(line: Line) -> tuple[Columns, bool] | None:
    """The header's columns: its last three cells a net, a VAT and a gross caption (or a net,
    a rate and a tax caption: True), a cell before them the description's caption, if any."""
    net, tax, gross = line.cells[-3:]
    lead = line.cells[:-3]
    if not _names_net(net):
        return None
    rated = bool(
        _RATE_CAPTION.search(tax.text) and not _figured([tax]) and _TAX_CAPTION.match(gross.text)
    )
    if not rated and not (_TAX_CAPTION.match(tax.text) and _names_gross(gross)):
        return None
    if lead and classify_text(lead[0].text) != "description" and not _COVER.match(lead[0].text):
        return None
    centers = {"amount": (net.x0, net.x1)}
    x0 = lead[0].x0 - 8 if lead else 0.0
    columns = Columns(centers, (x0, net.x0 - 2), line.y1, line.page, lead[0].x0 if lead else 0.0)
    columns.right = gross.x1
    columns.others = [(tax.x0, tax.x1), (gross.x0, gross.x1)]
    columns.unnamed = list(columns.others)
    return columns, rated


def _names_net(cell: Cell) -> bool:
    """ "Net", "Net £", "Amount", "Fee": an amount caption, no gross one."""
    words = [w.text.strip("().:£€$") for w in cell.words]
    if any(GROSS_WORD.match(w) for w in words):
        return False
    if any(NET_WORD.match(w) or _PREMIUM.match(w) for w in words):
        return True
    return classify_text(_CODE_AFTER.sub("", cell.text)) == "amount"


def _names_gross(cell: Cell) -> bool:
    """ "Gross", "Total", "Total £", "Amount": the charge with its VAT."""
    words = [w.text.strip("().:£€$") for w in cell.words]
    if any(NET_WORD.match(w) for w in words):
        return False
    if any(GROSS_WORD.match(w) for w in words):
        return True
    return classify_text(_CODE_AFTER.sub("", cell.text)) == "amount"


def _amount(text: str) -> Decimal | None:
    core = without_currency(text.strip("£€$ "))
    if not _FIGURE.match(core):
        return None
    return parse_amount(core.strip("()").replace("−", "-"))


def _charged_row(line: Line, columns: Columns, rated: bool) -> bool | None:
    """True for a named charge whose net and VAT give its gross (whose net at its rate gives
    its tax, where `rated`), False for a line of figures that is none, None for a line without
    figures (a wrapped name, a subheading)."""
    cells = line.cells
    if len(cells) < 4:
        return None if not any(_amount(c.text) is not None for c in cells) else False
    name = " ".join(c.text for c in cells[:-3])
    net = _amount(cells[-3].text)
    if net is None or not any(ch.isalpha() for ch in name):
        return False
    if cells[-3].x1 < columns.description[1] or _RATE_ROW.search(name):
        return False
    if rated:
        return _taxed_at_rate(net, cells[-2].text.strip(), cells[-1].text.strip())
    gross = _amount(cells[-1].text)
    if gross is None:
        return False
    tax = cells[-2].text.strip()
    if _NO_TAX.match(tax):
        return net == gross
    vat = _amount(tax)
    return vat is not None and abs(net + vat - gross) <= Decimal("0.011")


def _taxed_at_rate(net: Decimal, rate_text: str, tax_text: str) -> bool:
    """ "287,54 | 9 % | 25,88": the tax is the rate of the net; dashes for both, no tax."""
    if _NO_TAX.match(rate_text) and _NO_TAX.match(tax_text):
        return True
    rate, tax = _RATE.match(rate_text), _amount(tax_text)
    if rate is None or tax is None:
        return False
    share = Decimal(rate.group(1).replace(",", ".")) / 100
    return abs(net * share - tax) <= Decimal("0.011")


def _charged_rows(lines: list[Line], index: int, columns: Columns, rated: bool) -> bool:
    """The first figured lines under the header: each a charge with its net, VAT and gross
    (its net, rate and tax, where `rated`)."""
    read = 0
    for line in lines[index + 1 : index + 1 + _REACH]:
        if line.page != columns.page:
            break
        row = _charged_row(line, columns, rated)
        if row is False:
            return False
        read += row is True
        if read == _ROWS:
            return True
    return False
