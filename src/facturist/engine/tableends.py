"""Where an item table ends: a sum's or a tax breakdown's caption, a heading at the margin,
another grid's header, a totals row; and where it goes on after a group's subtotal."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING

from facturist.engine.column_captions import header_words, names_columns
from facturist.engine.layout import Line
from facturist.engine.model import Word
from facturist.engine.outlaysaftertotal import OUTLAY_CAPTION
from facturist.engine.parse.currency import without_currency
from facturist.engine.tablecolumns import CURRENCY_WORD, look_ahead, read_row_line
from facturist.engine.tableheader import Columns
from facturist.engine.tablesections import next_section
from facturist.engine.taxkeysummary import net_tax_gross_header

if TYPE_CHECKING:
    from facturist.engine.itemrow import ItemRow

TABLE_STOP = re.compile(
    r"^(?:summe|zwischensumme|gesamtsumme|gesamtbetrag|total|subtotal|sub-total|sub total|"
    # The totals row closing a grid: "TOTALES / TOTALS | 435 | 4.425,8 | 19.990,00".
    r"totals|totales|totaux|totais|"
    r"netto|nettobetrag|rechnungssumme|positionssumme"
    # The invoice's amount under a folio's postings: de "Rechnungsbetrag", en "Invoice
    # amount", fr "Montant de la facture", es "Importe de la factura", it "Importo
    # fattura", nl "Factuurbedrag".
    r"|rechnungsbetrag|invoice amount|montant de la facture|importe de la factura"
    r"|importo (?:della )?fattura|factuurbedrag"
    r"|übertrag|carried forward|umsatzsteuer|mwst|vat|tax|steuer|grand total|montant total|"
    r"total ht|importe total|totale|totaal|base imponible|imponibile|subtotaal|subtotale"
    r"|total il[íi]quido|razem|suma|iva|btw|tva|ust|net total|amount due|balance"
    r"|exclusief btw|excl\.? (?:btw|vat|tax|mwst)|exkl\.? (?:mwst|ust)|total hors taxes?"
    r"|sous-total|warenwert"
    # A US invoice's sales tax as a row of the item grid (QuickBooks: "Sales Tax | 6.0% |
    # 30.42" under the items, its rate in the price column): the totals begin.
    r"|(?:(?:state|local|county|city)\s+)?sales\s+tax"
    # Nordic sums under the items: sv "Delsumma", "Summa varor", "Totalt", da "Subtotal",
    # "Mellemsum", no "Delsum".
    r"|delsumma|summa|totalt|totalsumma|mellemsum|delsum"
    # Czech and Slovak sums under the items: "Součet položek" (sum of items), "Mezisoučet",
    # "Súčet", "Medzisúčet", "Celkem" / "Celkom" (total).
    r"|(?:mezi|medzi)?(?:sou[čc]et|s[úu][čc]et)|celkem|celkom"
    # A correction note's summary under its items: the figures before and after the
    # correction and their difference ("Podsumowanie | Netto | VAT | Brutto" over "Przed
    # korektą", "Po korekcie"), no items.
    r"|podsumowanie|przed korekt\w*|po korekcie|r[óo][żz]nica(?=\s*:?\s*$)"
    r"|(?:vor|nach) (?:der )?korrektur|(?:before|after) correction|(?:avant|apr[èe]s) correction"
    r"|(?:antes|despu[ée]s) de la (?:correcci[óo]n|rectificaci[óo]n)|(?:prima|dopo) la rettifica"
    # A heading over the document's own allowances and charges, printed under the items
    # ("Document level allowances and charges", "Remises et frais au niveau du document").
    r"|document[\s\-]level|(?:allowances?|discounts?|remises?) (?:and|et|und) (?:charges?|frais)"
    r"|nachl[äa]sse und zuschl[äa]ge|zu- und abschl[äa]ge|abschl[äa]ge und zuschl[äa]ge"
    # German viewers name the level: "Zuschläge auf Belegebene", "Nachlass auf
    # Dokumentebene: Gutschrift ...", a heading or the allowance itself under the grid.
    r"|(?:[\w.-]+\s+){1,3}auf\s+(?:dokument|beleg|rechnungs)ebene"
    # A VAT breakdown's header under the items ("Steuersatz | Netto | USt | Brutto").
    r"|steuersatz|ust-satz|mwst-satz|vat rate|tax rate|taux de tva|taux tva|aliquota iva"
    r"|tipo de iva|btw-tarief|stawka vat"
    # Italian recaps abridge the rate's caption: "Aliq. | Imponibile | Imposta".
    r"|aliq"
    # Nordic VAT summaries under the items: no "MVA-grunnlag", da "Momsgrundlag", sv
    # "Momsunderlag", "Moms", fi "ALV", "ALV-erittely" (VAT breakdown), "Arvonlisävero".
    r"|mva(?:-grunnlag)?|moms(?:grundlag|underlag)?|alv(?:-erittely)?|arvonlis[äa]vero"
    # The VAT breakdown's heading as e-invoice viewers print it under the items, one German
    # compound ("Umsatzsteueraufschlüsselung", "USt-Aufstellung", "Steuerübersicht").
    r"|(?:umsatz)?steuer(?:aufschl[üu]sselung|aufstellung|[üu]bersicht)"
    r"|(?:ust|mwst)\.?-?(?:aufschl[üu]sselung|aufstellung|[üu]bersicht))\b"
    # A hyphenated compound names a service, no sum ("Umsatzsteuer-Voranmeldungen", a tax
    # adviser's filing; "Steuer-Check"), unless its second part names a sum, rate or number
    # ("USt-Betrag", "Netto-Summe", "MwSt-Satz", "USt-IdNr.").
    r"(?!-(?![^\W\d_]*(?:betr[aä]g|summe|s[aä]tz|wert|anteil|basis|grundlage|frei)"
    r"|id|nr|ident|exempt|free|befreit)"
    r"[^\W\d_]{4})",
    re.IGNORECASE,
)


# Group subtotals inside a table ("Subtotal $ 112.00" under each product group).
_SUBTOTAL = re.compile(
    r"^(?:subtotal|sub-total|sub total|zwischensumme|subtotaal|sous-total|subtotale|übertrag"
    # A group's sum in grouped (tendered) invoices: "Summe Gruppe 1:", "Summe Titel 2",
    # "Summe Los 3", "Group total".
    r"|summe\s+(?:der\s+)?(?:gruppe|titel|los|abschnitt)|gruppensumme|titelsumme"
    r"|group\s+(?:sub)?total)\b",
    re.IGNORECASE,
)


# A section title alone on its line, ending in a colon and holding no figures.
_HEADING = re.compile(r"^[^\d:]{3,60}:$")


# A money figure with cents ("-8,10", "1.234,00"): no product is named by these alone.
_MONEY = re.compile(
    r"^[-+]?(?:\d{1,3}(?:[.,' \u00a0]\d{3})+|\d{1,2}(?:,\d{2})+,\d{3}|\d+)[.,]\d{2}$"
)


_RATE_WORD = re.compile(r"^(?:\d{1,2}(?:[.,]\d{1,2})?\s?%?|%)$")


def is_heading(line: Line, columns: Columns) -> bool:
    """ "Zahlungsbedingungen:", "Zu- und Abschläge:": a section title at the margin ends it.

    The table's own group titles and item details stand inside it; a title at or left of
    the table's left edge opens another part of the document.
    """
    return bool(
        line.words
        and line.words[0].box.x0 <= min(columns.left + 2, columns.description[0])
        and _HEADING.match(line.text)
    )


def opens_grid(line: Line) -> bool:
    """A header of another grid under the items (a VAT summary's "Esigibilità IVA | %IVA |
    Totale imponibile | Totale imposta"): three cells or more, no figure, captions of two
    columns or more, or of a VAT breakdown's columns."""
    return (
        len(line.cells) >= 3
        and not any(ch.isdigit() for ch in line.text)
        and (names_columns(line) or _names_tax_breakdown(line))
    )


def section_subheader(lines: list[Line], index: int, columns: Columns) -> bool:
    """A section's own small header inside the table ("SALES ITEMS | PRICE | UNIT" under
    a rental table's "DAY | WEEK | 4 WEEK | BILLED | AMOUNT"): no amount caption, all its
    captions left of the table's amount column, and the next line an item whose amount
    stands in that column. The rows go on under it; it is no other grid's header."""
    own = columns.centers.get("amount")
    line = lines[index]
    if own is None or index + 1 >= len(lines) or any(ch.isdigit() for ch in line.text):
        return False
    found = dict(header_words(line))
    if "amount" in found or any(w.box.x1 >= own[0] for w in line.words):
        return False
    below = lines[index + 1]
    if below.page != line.page or below.y0 - line.y1 > 2 * line.height:
        return False
    description, numbers = read_row_line(below, columns)
    amount = numbers.get("amount")
    if not description or amount is None or not amount.boxes:
        return False
    return amount.boxes[-1].x1 > own[0]


def opens_other_table(line: Line, columns: Columns) -> bool:
    """Another table's header under the rows (a Spanish forwarder's "Concepto | Importe EUR"
    over its outlays, under services in "Concepto | Importe USD | Importe EUR | IVA"): the
    text's and an amount's captions, no figure, the amount's caption clear of the table's
    amount column. The rows under it are read in its own columns."""
    if len(line.cells) < 2 or any(ch.isdigit() for ch in line.text):
        return False
    found = dict(header_words(line))
    amount, own = found.get("amount"), columns.centers.get("amount")
    if "description" not in found or not amount or own is None:
        return False
    x0, x1 = amount[0].box.x0, amount[-1].box.x1
    return x1 < own[0] or x0 > own[1]


# The captions of a VAT breakdown's grid (EN 16931's "VAT breakdown": the category code, the
# rate, the taxable amount and the tax of each category), as invoices and e-invoice viewers
# print them in German, English, French, Spanish, Italian, Dutch and Polish.
# A tax breakdown's column captions by kind (taxcaptionrows.py widens them for summaries
# printed beside the totals).
BREAKDOWN_CAPTIONS = {
    "base": re.compile(
        r"^(?:basisbetrag|bemessungsgrundlage|steuerbasis|basis|grondslag|maatstaf"
        r"|(?:taxable|base|basis|net) amount|taxable base|tax base|taxable|base(?: ht| imponible"
        r"| imponibile)?|imponibile|imponible|podstawa(?: opodatkowania)?|montant ht)$",
        re.IGNORECASE,
    ),
    "tax": re.compile(
        r"^(?:steuerbetrag|(?:ust|mwst|umsatzsteuer)-?betrag|(?:tax|vat) amount|montant(?: de la)?"
        r" tva|montant taxe|cuota(?: iva)?|importe iva|imposta|btw-?bedrag|kwota vat)$",
        re.IGNORECASE,
    ),
    "category": re.compile(
        r"^(?:(?:steuer|ust-|mwst-)?kategorie|(?:tax |vat )?category|cat[ée]gorie(?: tva)?"
        r"|categor[íi]a|(?:btw-)?categorie|kategoria)$",
        re.IGNORECASE,
    ),
    "rate": re.compile(
        r"^(?:(?:steuer|ust-|mwst-|prozent)?satz|(?:tax |vat )?rate|taux(?: de)?(?: tva)?|tasa"
        r"|tipo(?: iva)?|aliquota(?: iva)?|%|(?:btw-)?tarief|stawka(?: vat)?)$",
        re.IGNORECASE,
    ),
}


def breakdown_header(line: Line, columns: Columns) -> bool:
    """A VAT breakdown's header under the items ("Tax Code | Description | Taxable Amount |
    Rate | Tax Amount"), read as another table's: no count caption, the breakdown's captions;
    its rows are the tax categories, no items."""
    return "quantity" not in columns.centers and _names_tax_breakdown(line)


def _names_tax_breakdown(line: Line) -> bool:
    """A VAT breakdown's header ("Kategorie | Satz | Basisbetrag | Steuerbetrag", "Taxable
    amount | VAT rate | VAT amount"): its taxable base and two of category, rate and tax
    named in cells of their own."""
    named = {
        kind
        for cell in line.cells
        for kind, caption in BREAKDOWN_CAPTIONS.items()
        if caption.match(cell.text.strip(".:() "))
    }
    return "base" in named and len(named) >= 3


def only_money(description: list[Word]) -> bool:
    """Whether the description cell holds nothing but money figures (a totals row), perhaps
    beside a rate ("229,86  20 %": a VAT breakdown's base and rate)."""
    texts = [without_currency(w.text.strip("€$£")) for w in description]
    money = [t for t in texts if _MONEY.match(t)]
    return bool(money) and all(t in money or _RATE_WORD.match(t) for t in texts)


def is_summary_line(line: Line, columns: Columns, description: list[Word]) -> bool:
    """A label standing right of the description column ("Subtotal  1.234,00") ends the table."""
    if description or not line.words or not any(ch.isdigit() for ch in line.text):
        return False  # "Artikelrabatt  Artikelrabatt": labels of an item's details, no sum
    first = line.words[0]
    if first.box.x0 <= columns.description[1]:
        return False
    return any(ch.isalpha() for ch in first.text) and not CURRENCY_WORD.match(first.text)


def resumes(lines: list[Line], position: int, columns: Columns, group: list[ItemRow]) -> int | None:
    """Where the table goes on after the line that stopped it, if that was a group's sum."""
    subtotal = _after_subtotal(lines, position, columns)
    if subtotal is not None:
        return subtotal
    section = next_section(lines, position, group, look_ahead(columns), TABLE_STOP)
    return section if section is not None else _outlays_below(lines, position, columns)


# Lines looked at under the line that stopped the table for the outlays' heading.
_OUTLAY_LOOK = 6
_FULL_ROW = {"quantity", "unit_price", "amount"}


def _outlays_below(lines: list[Line], position: int, columns: Columns) -> int | None:
    """Where outlays listed in the table's columns go on under the fees' totals: a fee note
    prints its fees' net, their VAT and gross, then the pass-through costs under a heading
    of their own ("Débours (non soumis à TVA)", "Disbursements") as full rows of the same
    columns ("Lettres recommandées | 3 | 5,36 | 16,08"), then their sum and the note's
    total. Only sums stand between the line that stopped the table and that heading."""
    if not 0 < position < len(lines):
        return None
    page = lines[position - 1].page
    read = look_ahead(columns)
    for index in range(position, min(position + _OUTLAY_LOOK, len(lines) - 1)):
        line = lines[index]
        if line.page != page:
            return None
        description, numbers = read(line)
        if numbers:
            if "amount" in numbers and not numbers.keys() & {"quantity", "unit_price"}:
                continue  # "TVA 20 % | 348,60", "Total honoraires TTC | 2 091,60": a sum
            return None
        if not line.cells or not OUTLAY_CAPTION.match(line.cells[0].text.strip()):
            return None
        description, numbers = read(lines[index + 1])
        full = bool(description) and numbers.keys() >= _FULL_ROW
        return index + 1 if full and lines[index + 1].page == page else None
    return None


def _after_subtotal(lines: list[Line], position: int, columns: Columns) -> int | None:
    """Where a table goes on after a group's subtotal line, or None when it is over.

    Tables grouped by product family print a subtotal under each group and a group title
    over the next ("Subtotal $ 112.00 / --- Food Products --- / Olive Oil 1.00 ..."): the
    table goes on when, close below, a line reads as a full item in the same columns.
    """
    if position <= 0 or position >= len(lines) or not _SUBTOTAL.match(lines[position - 1].text):
        return None
    stop = lines[position - 1]
    for index in range(position, min(position + 3, len(lines))):
        line = lines[index]
        if line.page != stop.page or line.y0 - stop.y1 > 6 * stop.height:
            return None
        if net_tax_gross_header(line):
            return None  # taxkeysummary.py: "St.-Schl. | Netto € | USt € | Brutto €"
        description, numbers = read_row_line(line, columns)
        if not numbers:
            continue  # a group title between the groups
        if _TAX_ROW.match(" ".join(w.text for w in description)):
            # "32014 | 19 % Umsatzsteuer auf 2.614,30 € | 496,72" under a fee note's subtotal:
            # the tax on the rows above, the outlays outside the tax may follow.
            continue
        full = {"quantity", "unit_price", "amount"} <= numbers.keys()
        like_above = _fills_columns(lines, index, position - 1, numbers)
        return index if description and (full or like_above) else None
    return None


# A tax's row under a subtotal: its rate and name, perhaps after the fee schedule's number
# ("32014 | 19 % Umsatzsteuer auf 2.614,30 €", "zzgl. 19 % MwSt.", "VAT 20%").
_TAX_ROW = re.compile(
    r"^(?:\d+\s+)?(?:zzgl\.?\s+|plus\s+|\+\s*)?(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?"
    r"(?:umsatzsteuer|mehrwertsteuer|mwst|ust|vat|tva|btw|iva|moms)\b",
    re.IGNORECASE,
)


def _fills_columns(lines: list[Line], index: int, stop: int, numbers: Mapping[str, object]) -> bool:
    """A row with its amount and a lead figure (a date, a position number) standing where the
    last row above the subtotal starts its own, left of the text: an item like those rows, if
    it lacks their count or times ("31-03-2025 | Abonnement P+R, maart | € 65,00" under the
    parking sessions' "Subtotaal parkeersessies (9)")."""
    if stop < 1 or "amount" not in numbers:
        return False
    line, above = lines[index], lines[stop - 1]
    if not line.words or not above.words:
        return False
    if TABLE_STOP.match(line.text) or _SUBTOTAL.match(above.text):
        return False
    lead, above_lead = line.words[0], above.words[0]
    return (
        abs(lead.box.x0 - above_lead.box.x0) <= 3
        and len(line.cells) >= 3
        and any(ch.isdigit() for ch in lead.text)
        and any(ch.isdigit() for ch in above_lead.text)
    )


# A bare sum word opening a line, then more text: "Suma Select A7", "Total Care spray" are
# also brands and product lines (Diversey's "Suma" detergents), printed under an item's name.
_SUM_WORD = re.compile(r"^(?:suma|summe|summa|total)\s+[^\W\d_]", re.IGNORECASE)


def names_with_sum_word(
    line: Line, lines: list[Line], index: int, rows: list[ItemRow], columns: Columns
) -> bool:
    """Whether `line` (`lines[index]` in the table's columns), read as a sum's caption, goes on
    describing the item above: it opens with a bare sum word, holds no figure and no colon,
    stands in the description column right under the item's lines, and the next line is an
    item in the same columns. A real sum row carries its figure (or a colon before it); one
    whose figure stands below is followed by the totals, not by an item that fills the
    columns of the one above."""
    if not rows or index < 1 or rows[-1].page != line.page or index + 1 >= len(lines):
        return False
    if not _SUM_WORD.match(line.text) or ":" in line.text or not line.words:
        return False
    left, right = columns.description
    if not left - 2 <= line.words[0].box.x0 <= right or line.y0 - lines[index - 1].y1 > line.height:
        return False
    description, numbers = read_row_line(line, columns)
    if numbers or not description:
        return False
    after = lines[index + 1]
    if after.page != line.page or after.y0 - line.y1 > 2 * line.height:
        return False
    following, figures = read_row_line(after, columns)
    return bool(following) and "amount" in figures and rows[-1].numbers.keys() <= figures.keys()
