"""Header fields: label -> value candidates on the page, chosen by label rank and arithmetic."""

from __future__ import annotations

import re
from dataclasses import replace

from facturist.engine.accountread import (
    continued_iban,
    find_nrb,
    read_iban,
    split_iban,
    wrapped_iban,
)
from facturist.engine.addresses import party_address
from facturist.engine.amountread import read_amount
from facturist.engine.bareiberianid import bare_party_id
from facturist.engine.basethentax import tax_after_base
from facturist.engine.bilingualcaptions import (
    captions_over_captions,
    value_before_mirrored_caption,
    value_between_captions,
)
from facturist.engine.blockedaccount import unblocked_iban
from facturist.engine.boxedfigures import boxed_figures
from facturist.engine.buyervat import buyer_vat_id
from facturist.engine.candidates import Candidate, without_leaders
from facturist.engine.captioncolumnnumber import caption_column_number
from facturist.engine.captionplace import ORDER_DATE_RANK, judged_rank
from facturist.engine.cellcaptions import with_cell_captions
from facturist.engine.celldatebelow import date_under_cell
from facturist.engine.charges import adjustment_candidates
from facturist.engine.columnbalance import column_balance
from facturist.engine.comparisonrows import without_compared
from facturist.engine.convertedblock import outside_converted_blocks
from facturist.engine.correctivetitle import corrective_credit
from facturist.engine.countrycurrency import country_currency
from facturist.engine.creditcolumn import typed_document
from facturist.engine.creditremainder import credit_remainder
from facturist.engine.currencyaccounts import account_currency, billed_account, in_billed_currency
from facturist.engine.currencycolumn import in_currency_column, item_code_texts
from facturist.engine.dateorder import resolve_dates
from facturist.engine.dateread import (
    date_cell,
    date_in_wrapped_row,
    dated_below,
    ends_sentence,
    heads_date_column,
    heads_schedule,
    letter_date,
    number_line_date,
    read_date,
)
from facturist.engine.depositremainder import deposit_remainder
from facturist.engine.designatedaccount import designated_iban
from facturist.engine.discountednet import without_prediscount_nets
from facturist.engine.documentcode import with_document_code
from facturist.engine.duewrap import wrapped_due_date
from facturist.engine.excludedcharges import EXCLUDED_KEY, excluded_charges
from facturist.engine.exemptbase import exempt_bases
from facturist.engine.exemptionnote import with_exemption
from facturist.engine.figurefirst import figure_before_caption
from facturist.engine.finalconsumer import consumer_placeholder, generic_consumer_id
from facturist.engine.fullnumber import with_full_numbers
from facturist.engine.idread import grouped_on, opens_street, read_id
from facturist.engine.instalmentdue import first_instalment_date
from facturist.engine.invoicedatabox import invoice_box_number
from facturist.engine.itemheader import in_item_header
from facturist.engine.labelfilter import folded, needed_strings
from facturist.engine.labels import LABELS_BY_RANK
from facturist.engine.labelvalues import (
    cell_above,
    in_first_cell,
    label_words,
    names_a_field,
    spans_columns,
    stands_alone,
    value_below_cell,
    value_words,
    values_above,
    words_above,
    words_after,
    words_below,
    words_beside,
)
from facturist.engine.layout import Line, line_holding
from facturist.engine.letterdateline import captioned_over_letter
from facturist.engine.letterspaced import spaced_title_number
from facturist.engine.liechtensteinvat import liechtenstein_vat_number
from facturist.engine.model import Box, Value, Word
from facturist.engine.namecopies import name_copies, wrapped_copies
from facturist.engine.netdue import with_net_due_dates
from facturist.engine.nextcaption import before_next_caption
from facturist.engine.nextcellcaption import caption_in_next_cell
from facturist.engine.nonvatlevies import NON_VAT_KEY, non_vat_charges
from facturist.engine.novalue import states_no_value, withholds_id
from facturist.engine.numbercolumn import in_caption_column
from facturist.engine.operatorvat import operators_vat_id
from facturist.engine.ordercaptions import names_an_order
from facturist.engine.outlaysaftertotal import OUTLAY_KEY, outlay_sums
from facturist.engine.owncolumn import off_row, own_column_below
from facturist.engine.ownedbelow import unowned
from facturist.engine.ownnumber import title_number, variable_symbol
from facturist.engine.parse.currency import sign_currency
from facturist.engine.parsing import (
    detect_currency,
    find_ibans,
)
from facturist.engine.partialbase import with_untaxed_parts
from facturist.engine.parties import party_names, spaced_name
from facturist.engine.partyiban import buyer_accounts, wrapped_before
from facturist.engine.payapplication import pay_application_due
from facturist.engine.payeraccount import payers_account
from facturist.engine.positionlistings import position_lines
from facturist.engine.postcodepart import postcode_part
from facturist.engine.rankedlabels import RANKED_CAPTIONS, line_needs
from facturist.engine.ratebusinessnumber import rate_business_numbers
from facturist.engine.ratedtaxparts import rated_parts_alike
from facturist.engine.rateslips import rate_checked
from facturist.engine.referencednumbers import with_references_last
from facturist.engine.registeredoffice import registered_office
from facturist.engine.registeredseller import with_registered_seller
from facturist.engine.replaceddates import without_replaced_dates
from facturist.engine.scheduledates import heads_scheduled_dates, scheduled_due_date
from facturist.engine.selfbilling import issuer_as_buyer, with_self_billing
from facturist.engine.seller_vat import seller_vat_id
from facturist.engine.sellersownaddress import unless_sellers
from facturist.engine.skontotable import with_discount_table
from facturist.engine.slashcaption import value_after_joined_caption
from facturist.engine.stacked import figures_above
from facturist.engine.stackedpairs import previous_captions_value
from facturist.engine.taxcaptionbelow import vat_ids_under_tax_names
from facturist.engine.taxsurchargeparts import surcharge_tax_parts
from facturist.engine.timestampdate import timestamp_date
from facturist.engine.titledate import date_under_title
from facturist.engine.totalgrid import ZERO_TAX_KEY, grid_totals
from facturist.engine.totals import choose_amounts
from facturist.engine.totalsign import figure_cell_currency, repeated_total_currency
from facturist.engine.tradingas import legal_name_only
from facturist.engine.typedtitle import typed_title_number
from facturist.engine.unitnumber import unit_number
from facturist.engine.untaxedsection import untaxed_section_charges
from facturist.engine.vatread import read_vat_id
from facturist.engine.wrappedunder import value_over_wrapped_caption
from facturist.engine.xmltags import xml_tag_candidates
from facturist.engine.zerotaxcaptions import zero_captioned_taxes

_KIND = {
    "invoice_number": "id",
    "invoice_date": "date",
    "due_date": "date",
    "total_amount": "amount",
    "net_amount": "amount",
    "tax_amount": "amount",
    "amount_due": "amount",
    "currency": "currency",
    "seller_vat_id": "vat",
    "iban": "iban",
}
_PAYER_IBAN = "iban_payer"
_MANDATE = re.compile(r"^\W*(?:mandat\w*|mandate)\b", re.IGNORECASE)
# A caption ending in a number sign, or Poland's title: "nr 15/03/2025" and "Faktura VAT
# 15/03/2025" are numbers, however much they look like dates. The sign may be glued to its
# word: "Fakturanr. 20260211" (Nordic) is a number, not 11 February.
_NUMBER_SIGN = re.compile(
    r"(?:\bn[°º.]|nr\.?|\bno\.|#|\bfaktura vat|numero|number|nummer|numer)\s*$", re.IGNORECASE
)
# Rank of a number a title carries below it with no caption: after every caption's.
_TITLE_NUMBER_RANK = 19
# Rank of a bare "Nummer" in the box about the invoice: a bare "Nummer:" caption's.
_BOX_NUMBER_RANK = 10
_BLANK_DUE = "due_date_blank"
# Per field, the strings one of which each of its captions holds: a line without any skips
# the field's scan, a quarter of a digital page's time (labelfilter.py).
_NEEDED = {key: needed_strings(combined) for key, combined in LABELS_BY_RANK.items()}
# Per field, in LABELS_BY_RANK's order, what the scan of a line reads: looked up once here
# rather than once per line and field. `_ANY_BITS`: every field's ranks, a line whose needs
# clear all of them holds no caption of any field (each field's test below would skip it).
_FIELDS = [
    (key, combined, RANKED_CAPTIONS[key], RANKED_CAPTIONS[key].bits, _KIND[key], _NEEDED[key])
    for key, combined in LABELS_BY_RANK.items()
]
_ANY_BITS = sum(bits for _, _, _, bits, _, _ in _FIELDS)


def _read(kind: str, words: list[Word], caption: str = "") -> Value | None:
    if kind == "amount":
        return read_amount(words)
    if kind == "date":
        return read_date(words)
    if kind == "id":
        return read_id(words)
    if kind == "currency":
        text = " ".join(w.text for w in words[:3])
        code = detect_currency(text)
        return Value(code, text, tuple(w.box for w in words[:3])) if code else None
    if kind == "vat":
        return read_vat_id(words, caption)
    if kind == "iban":
        return read_iban(words)
    return None


def find_candidates(lines: list[Line]) -> list[Candidate]:
    """Every labelled value on the document's lines."""
    out = xml_tag_candidates(lines)  # an e-invoice's XML printed as captions (xmltags.py)
    order = len(out)
    stacked = _Stacked(lines)  # labels printed under their values, judged once when needed
    ordered: set[int] = set()  # number candidates an order's caption names
    # A viewer's position blocks: their figures are one item's, never the document's
    # totals, nor are their price discounts the document's (positionlistings.py).
    positions = position_lines(lines)
    for index, line in enumerate(lines):
        text = without_leaders(line.text)
        lowered = folded(text)
        for key, figure in grid_totals(lines, index).items():
            # A grid row that passed its arithmetic outranks any label read on its own.
            order += 1
            out.append(Candidate(key, figure, -1, order))
        for key, figure, rank in boxed_figures(lines, index):
            order += 1  # a summary box's caption over its figure flush right (boxedfigures.py)
            out.append(Candidate(key, figure, rank, order))
        order += 1
        prior_text = lines[index - 1].text if index else ""
        in_position = index in positions
        if not in_position:
            out.extend(adjustment_candidates(line, order, read_amount, prior_text))
        due = wrapped_due_date(lines, index)  # "Montant à payer" / "avant le 05/03/2023"
        if due is not None:
            out.append(Candidate("due_date", due, 1, order))
        needs = line_needs(lowered)  # the ranks of every key the line may hold, in one scan
        if not needs & _ANY_BITS:
            continue  # no field's rank: every field's test below would skip (the loop's last)
        for key, combined, captions, bits, kind, needed in _FIELDS:
            if not needs & bits:
                # None of the strings one of which each caption of the key holds: no match.
                # (With no rank kept the scan below would find nothing either.)
                continue
            if kind == "amount" and in_position:
                continue
            # Only the ranks of the key's captions the line can hold (rankedlabels.py).
            ranked = captions.kept(needs)
            for match in with_cell_captions(ranked, line, text, needed, lowered, lines, index):
                rank = int(str(match.lastgroup)[1:])
                order += 1
                label = label_words(line, match.start(), match.end())
                over_value = False
                if spans_columns(label):
                    # "... factura | Nº cliente": the end of one label, another's start; a
                    # label may still end in its own cell ("VAT | Total invoice" reads "VAT").
                    inner = in_first_cell(combined, line, match, label)
                    over_value = inner is None  # "FATTURA | NUMERO | DATA": a grid's header
                    if over_value:  # row, the value under its caption (nextcellcaption.py)
                        inner = caption_in_next_cell(combined, line, label)
                    if inner is None:
                        continue
                    match, rank = inner, int(str(inner.lastgroup)[1:])
                    label = label_words(line, match.start(), match.end())
                judged = judged_rank(key, rank, lines, index, text, match, label)
                if judged is None:
                    continue
                rank = judged
                payer = key == "iban" and _payers_iban(lines, index, match)
                words = [] if over_value else value_words(line, match.end(), label)
                if kind == "amount":
                    below = lines[index + 1] if index + 1 < len(lines) else None
                    words = before_next_caption(line, label, words, below)  # (nextcaption.py)
                if kind == "vat" and withholds_id(words):
                    continue  # "Tax ID available on request": no ID printed
                names_order = key == "invoice_number" and names_an_order(line, label)
                value = _value_after(kind, key, line, match, words)
                if key == "tax_amount" and value is not None:
                    value = tax_after_base(line, label, value)  # "TVA à 20 % | 76,43 | 15,29"
                if kind == "id" and value is not None and unit_number(lines, value):
                    continue  # "#02-15" over "SINGAPORE 637355": an address's unit (unitnumber.py)
                if key == "invoice_number" and value is not None and postcode_part(line, value):
                    value = None  # "Invoice Number | ST1 5LG": the next column's postcode
                if value is None and kind == "amount" and states_no_value(words):
                    continue  # "Sales Tax  N/A": no value, not the next row's figure
                if value is None and kind == "amount":
                    # "6 441,40 € | Total HT": the figure first, its caption after (figurefirst.py).
                    value = _read(kind, figure_before_caption(line, label))
                if label and (
                    not stands_alone(line, label, match.end() - match.start())
                    or (kind == "date" and ends_sentence(line, label))
                ):
                    label = []  # a label inside a sentence has no value above or below
                if value is None and label:
                    value = _beside(kind, lines, index, label)
                    if kind == "id" and value is not None and unit_number(lines, value):
                        value = None  # the address column's unit beside it: read on below
                if value is None and label:
                    # "Total HTVA" / "Summe netto", the figure between (bilingualcaptions.py)
                    value = _read(kind, value_between_captions(lines, index, label, key))
                if value is None and label and kind in ("id", "date"):
                    # "Rhif anfoneb | CT-25-0093 | Invoice number" (bilingualcaptions.py)
                    value = _read(kind, value_before_mirrored_caption(line, label))
                if value is None and label:
                    # "Rechnungsdatum /" over "Lieferdatum | 6 März 2026" (slashcaption.py).
                    value = _read(kind, value_after_joined_caption(lines, index, label))
                if value is None and key == "iban":
                    value = wrapped_iban(lines, index, words, label)
                if value is None and label:
                    # "BT-31" / "Umsatzsteuer-ID": the value beside its first line.
                    value = _read(kind, value_over_wrapped_caption(lines, index, label))
                    if kind == "id" and value is not None and unit_number(lines, value):
                        value = None
                if value is None and label:
                    value, vetoed = _read_around(kind, key, lines, index, label, stacked)
                    if vetoed:
                        continue
                if value is not None:
                    found = Candidate(_PAYER_IBAN if payer else key, value, rank, order)
                    if key == "iban":
                        found.currency = account_currency(
                            lines, index, match.start(), str(value.value)
                        )
                    out.append(found)
                    if names_order:
                        ordered.add(order)
                elif key == "due_date" and rank == 0 and label:
                    # A "Fälligkeit" caption over an empty slot: the due date is stated blank,
                    # unless the row wraps and the date stands beside its last line.
                    wrapped = date_in_wrapped_row(lines, index, label)
                    # "SCADENZE" over "Data | Importo": the schedule's date (scheduledates.py).
                    wrapped = wrapped or scheduled_due_date(lines, index, label)
                    blank = Value("", text)
                    out.append(
                        Candidate(key if wrapped else _BLANK_DUE, wrapped or blank, rank, order)
                    )
                if key == "invoice_number" and value is not None:
                    # "Rechnung Nr. 123 vom 05.03.2018": the date shares the number's line.
                    date = number_line_date(words_after(line, match.end()))
                    if date is None:
                        date = dated_below(lines, index) or date_cell(line, label)
                    if date is not None:
                        out.append(Candidate("invoice_date", date, 1, order))
    # "Número de factura: 00317" beside "Número completo: A-2026/00317" (fullnumber.py).
    with_full_numbers(out, ordered)
    # Terms with a cash discount: the net date is due, the discount's is not (netdue.py).
    out = with_net_due_dates(lines, out)
    out = with_discount_table(lines, out)  # "zahlbar bis | Skonto % | Zahlbetrag" (skontotable.py)
    # "Gesamtsumme netto", a "Nachlass" line, "netto nach Nachlass" (discountednet.py).
    out = without_prediscount_nets(lines, out)
    out = without_replaced_dates(lines, out)  # "(replaces Proforma ... dated ...)"
    out = without_compared(lines, out)  # "bisher | Korrektur | neu" (comparisonrows.py)
    boxed = invoice_box_number(lines)  # "Angaben zur Rechnung" / "Nummer | ..." (invoicedatabox.py)
    if boxed is not None:
        out.append(Candidate("invoice_number", boxed, _BOX_NUMBER_RANK, order))
    typed = typed_title_number(lines)  # "Gutschrift (381) | Nr. GS-77" (typedtitle.py)
    if typed is not None:
        out.append(Candidate("invoice_number", typed, 1, order))
    # "Client | Numéro | FR-NDD-7731904" heading a caption column (captioncolumnnumber.py).
    titled = (
        title_number(lines)
        or caption_column_number(lines)
        or spaced_title_number(lines)  # "F A K T U R A   V A T   Nr 0045/2025" (letterspaced.py)
    )
    if titled is not None:
        for candidate in out:
            if candidate.order in ordered:
                # "FACTURE / FR52889104" over "Commande n° 221874493": the order's number
                # is never the invoice's when the title carries one.
                candidate.rank = max(candidate.rank, _TITLE_NUMBER_RANK + 1)
        out.append(Candidate("invoice_number", titled, _TITLE_NUMBER_RANK, order + 1))
        # "FACTURE" / "N° FA24-0318" / "du 14/03/2024": the title number's date under it.
        at = line_holding(lines, titled.boxes[0]) if titled.boxes else None
        date = dated_below(lines, at) if at is not None else None
        if date is not None:
            out.append(Candidate("invoice_date", date, 1, order + 1))
    symbol = variable_symbol(lines)  # the payment's reference repeats the number (cz, sk)
    if symbol is not None:
        out.append(Candidate("invoice_number", symbol, _TITLE_NUMBER_RANK + 1, order + 2))
    zero = zero_captioned_taxes(lines)  # "VALOR DO ICMS" over "0,00" (zerotaxcaptions.py)
    if zero is not None:
        out.append(Candidate(ZERO_TAX_KEY, zero, 0, order + 3))
    credit = credit_remainder(lines)  # "Ihr Guthaben" after the advances (creditremainder.py)
    if credit is not None:
        out.append(Candidate("amount_due", credit, 0, order + 3))
    balance = column_balance(lines)  # "Total TTC" ... "Solde | 0,00 €" (columnbalance.py)
    if balance is not None:
        out.append(Candidate("amount_due", balance, 0, order + 4))
    left = deposit_remainder(lines)  # "Restzahlung" after the deposit (depositremainder.py)
    if left is not None:
        out.append(Candidate("amount_due", left, 0, order + 4))
    for charge in non_vat_charges(lines, read_amount):  # "Ortstaxe (keine USt) 24,00"
        out.append(Candidate(NON_VAT_KEY, charge, 0, order + 5))
    for charge in untaxed_section_charges(lines, read_amount):  # untaxedsection.py
        out.append(Candidate(NON_VAT_KEY, charge, 0, order + 5))
    for charge in exempt_bases(lines):  # "Exento (art. 20.Uno.16º LIVA) | 18,50" (exemptbase.py)
        out.append(Candidate(NON_VAT_KEY, charge, 0, order + 5))
    for charge in excluded_charges(lines):  # "Esclusi art. 15 | 60,00" (excludedcharges.py)
        out.append(Candidate(EXCLUDED_KEY, charge, 0, order + 6))
    for charge in outlay_sums(lines, read_amount):  # "Débours | 85,56" (outlaysaftertotal.py)
        out.append(Candidate(OUTLAY_KEY, charge, 0, order + 7))
    for vat_id in vat_ids_under_tax_names(lines):  # "VAT" / "IE9514062CA" (taxcaptionbelow.py)
        out.append(Candidate("seller_vat_id", vat_id, 2, order + 8))
    for vat_id in rate_business_numbers(lines):  # "TPS 5 % (…RT0001)" (ratebusinessnumber.py)
        out.append(Candidate("seller_vat_id", vat_id, 2, order + 9))
    return with_references_last(lines, out)  # "Ettemaks (arve 3290)" (referencednumbers.py)


def _beside(kind: str, lines: list[Line], index: int, label: list[Word]) -> Value | None:
    """The value beside a caption on a neighbouring line; a column of captions over their
    values beside an address column takes its own column's value under the caption when the
    words beside sit half a line off its row (owncolumn.py)."""
    value = _read(kind, words_beside(lines, index, label))
    if value is not None and off_row(value.boxes, label):
        own = _read(kind, own_column_below(lines, index, label))
        if own is not None:
            return own
    return value


def _value_after(
    kind: str, key: str, line: Line, match: re.Match[str], words: list[Word]
) -> Value | None:
    """The value the caption's own line gives after it."""
    value = _read(kind, words, match.group())
    if value is None and kind == "vat":
        # "VAT Reg No. 661 3048 55" in Courier: each group a cell of its own.
        value = read_vat_id(words_after(line, match.end()))
    first = words[0].text.rstrip(".") if words else ""
    # "Invoice Number | 58 Gipps Street": the street beside the caption is no number.
    dated = (
        bool(first)
        and "." not in first
        and _NUMBER_SIGN.search(match.group()) is not None
        and not opens_street(words)
    )
    if value is None and key == "invoice_number" and dated:
        # Right after the sign only, and never a dotted date ("12.03.2025").
        value = read_id(words[:1], dated=True)
    if value is not None and kind == "id":
        value = grouped_on(line.words, value)  # its groups in the next cell
    return value


class _Stacked:
    """Whether the page prints a row of field captions under their values: judged once, when
    a caption without a value beside it first asks."""

    def __init__(self, lines: list[Line]) -> None:
        self._lines = lines
        self._known: bool | None = None

    def __bool__(self) -> bool:
        if self._known is None:
            # Only a row of field captions counts: two address blocks side by side
            # ("Attention: Accounts Payable | Mill Lane") also align.
            lines = self._lines
            self._known = any(
                values_above(lines, i) and names_a_field(lines[i]) for i in range(len(lines))
            )
        return self._known


def _read_around(
    kind: str, key: str, lines: list[Line], index: int, label: list[Word], stacked: _Stacked
) -> tuple[Value | None, bool]:
    """The value above or below a caption standing alone, and whether the caption is vetoed
    (a date caption heading a column or schedule of dates)."""
    lone = len(lines[index].cells) == 1
    above = values_above(lines, index) or figures_above(lines, index)
    above = above or (lone and bool(stacked))
    # stackedpairs.py: "Fakturadato" over the value above "Forfaldsdato": that one's own.
    above = above and not previous_captions_value(lines, index, label, names_a_field)
    if above and kind == "amount" and captions_over_captions(lines, index, label):
        above = False  # "Steuer" over "Imposta", the figure under both (bilingualcaptions.py)
    value = _read(kind, words_above(lines, index, label)) if above else None
    if value is None and above:  # "12 décembre 2026" over "Date d'échéance"
        value = _read(kind, cell_above(lines, index, label))
    # Xero's column of captions each over its value: none above, read below.
    if value is None and (
        kind != "amount" or (not above and not in_item_header(lines, index, label))
    ):
        below = words_below(lines, index, label)
        if kind == "id":  # not the next column's house number (numbercolumn.py)
            below = in_caption_column(lines, index, label, below)
        below = unowned(lines, index, below)
        value = _read(kind, below)
        if value is None and key == "invoice_number" and _NUMBER_SIGN.search(_text(label)):
            value = _digits_number(below)  # "Factuurnummer" over "20240417"
        if value is None and kind == "date":
            value = _read(kind, value_below_cell(lines, index, label))
            # "TOTAL AMOUNT DUE ON" over "December 3, 2026 | $1,110.38" (celldatebelow.py).
            value = value or date_under_cell(lines, index, label)
        if (
            key in ("due_date", "invoice_date")
            and value
            and (
                heads_date_column(lines, index, value)
                or heads_schedule(lines, index, value)
                or heads_scheduled_dates(lines, index, label)  # (scheduledates.py)
            )
        ):
            # "Fällig am" over a schedule of instalments, "Datum" over the dates of a
            # table's rows: no date of this bill, unless its rows count the bill's own
            # instalments ("Rata | Scadenza" over "1 | 31/03/2026", instalmentdue.py).
            first = first_instalment_date(lines, index, label) if key == "due_date" else None
            return first, first is None
    return value, False


def _text(words: list[Word]) -> str:
    return " ".join(w.text for w in words)


def _digits_number(words: list[Word]) -> Value | None:
    """The digits alone under a number's caption: a number there ("20240417"), however much
    it reads as a date."""
    if not words or not words[0].text.isdigit():
        return None
    return read_id(words[:1], dated=True)


def _payers_iban(lines: list[Line], index: int, match: re.Match[str]) -> bool:
    """Whether an IBAN caption names the payer's account (a direct debit's), not the seller's."""
    text = lines[index].text
    before = text[: match.start()]
    above = lines[index - 1] if index else None
    if above is not None and above.page == lines[index].page and _MANDATE.match(above.text):
        before = f"{above.text} {before}"  # "Mandatsreferenz: M-17" over "IBAN: DE49 ..."
    before = wrapped_before(lines, index, before)  # "… von Ihrem Konto" over "IBAN DE27 …"
    return payers_account(before, text[match.end() :])  # payeraccount.py


def _best(candidates: list[Candidate], key: str) -> Candidate | None:
    pool = [c for c in candidates if c.key == key]
    if not pool:
        return None
    return min(pool, key=lambda c: (c.rank, c.order))


def header_fields(lines: list[Line], candidates: list[Candidate] | None = None) -> dict[str, Value]:
    """All canonical header fields found on the lines of one invoice (candidates if known)."""
    if candidates is None:
        candidates = find_candidates(lines)
    candidates = captioned_over_letter(candidates, lines)  # "Lyon, le ..." (letterdateline.py)
    # "8. Current payment due" under a contract's sums (payapplication.py).
    candidates = pay_application_due(lines, candidates)
    fields: dict[str, Value] = {}
    seller, buyer = party_names(lines)
    buyer = issuer_as_buyer(lines, seller, buyer)  # a self-billed statement (selfbilling.py)
    buyer = consumer_placeholder(buyer)  # "Cliente: Consumidor final" (finalconsumer.py)
    for key in ("invoice_number", "invoice_date", "due_date", "currency", "seller_vat_id", "iban"):
        best = _best(candidates, key)
        if key == "currency":
            # currencycolumn.py: "Valuta" over "USD", "EUR": the rows' own currencies.
            pool = candidates
            while best is not None and in_currency_column(best, lines):
                pool = [c for c in pool if c is not best]
                best = _best(pool, key)
        if key == "seller_vat_id":
            vat_id = seller_vat_id(candidates, best, buyer, lines)
            # Liechtenstein's plain "MWST-Nr. 57318" (liechtensteinvat.py).
            vat_id = vat_id or liechtenstein_vat_number(lines, buyer)
            # A Spanish CIF alone under the seller's name, no caption (bareiberianid.py).
            vat_id = vat_id or bare_party_id(lines, seller)
            if vat_id is not None and operators_vat_id(vat_id, seller, lines):
                vat_id = None  # a marketplace operator's, not its "Sold by" seller's
            if vat_id is not None:
                fields[key] = vat_id
            # The buyer's: the captioned one in its block or section, never the seller's.
            buyers_id = buyer_vat_id(candidates, vat_id, buyer, lines)  # buyervat.py
            buyers_id = generic_consumer_id(buyers_id)  # Portugal's 999999990
            buyers_id = buyers_id or bare_party_id(lines, buyer)
            if buyers_id is not None:
                fields["buyer_vat_id"] = buyers_id
            continue
        # A date from payment-terms prose yields to a due-date field the page shows empty.
        prose = key == "due_date" and best is not None and best.rank > 0
        if prose and any(c.key == _BLANK_DUE for c in candidates):
            best = None
        if best is not None:
            fields[key] = best.value
        if key == "invoice_number" and best is not None:
            # "FS | A2025/8817": Portugal's document code before the series (documentcode.py).
            fields[key] = with_document_code(lines, best.value)
    # Sales tax in rated parts (state, county, city; GST and PST) ranked alike to add up.
    # "MCTD surcharge (0.375 %)" among them, a part too (taxsurchargeparts.py).
    candidates = surcharge_tax_parts(lines, candidates)
    # The sums restated in another currency under a rate's title (convertedblock.py).
    candidates = outside_converted_blocks(lines, candidates)
    fields.update(choose_amounts(rated_parts_alike(lines, candidates)))  # ratedtaxparts.py
    # A digit OCR slipped in the net or the tax, mended by the printed rate (rateslips.py).
    fields.update(rate_checked(lines, fields))
    # "Total HT soumis à TVA" under the untaxed parts it leaves out (partialbase.py).
    with_untaxed_parts(lines, fields)
    with_exemption(fields, " ".join(line.text for line in lines))
    if "currency" not in fields:
        text = " ".join(line.text for line in lines[:200])
        code = (
            _total_currency(lines, fields, text)
            or repeated_total_currency(lines, fields, text)  # "Do zwrotu: 1 452,14 zł"
            # "COP | Coperto | 8,00 ...": an item code, no peso (currencycolumn.py)
            or detect_currency(" ".join(item_code_texts(lines[:200])))
            or country_currency(fields)  # none printed: the seller's (countrycurrency.py)
        )
        if code:
            fields["currency"] = Value(code, code)
    chosen = _best(candidates, "iban")
    if chosen is not None and "currency" in fields:
        # One account per currency: the billed currency's (currencyaccounts.py).
        billed = in_billed_currency(chosen, candidates, str(fields["currency"].value))
        fields["iban"] = billed.value
    if "iban" not in fields:
        payers = {c.value.value for c in candidates if c.key == _PAYER_IBAN}
        for line in lines:
            ibans = [iban for iban in find_ibans(line.text) if iban not in payers]
            # The buyer's own account in its block beside the seller's (partyiban.py).
            theirs = buyer_accounts(line.words, ibans, seller, buyer)
            ibans = [iban for iban in ibans if iban not in theirs]
            if ibans:
                fields["iban"] = Value(ibans[0], line.text, tuple(w.box for w in line.words))
                break
        if "iban" in fields and "currency" in fields:  # "EUR-Konto: ..." (currencyaccounts.py)
            code = str(fields["currency"].value)
            fields["iban"] = billed_account(lines, fields["iban"], code, payers)
    if "iban" in fields:  # "IT46Q0503411701" / "000000481529" in a sidebar (accountread.py)
        fields["iban"] = continued_iban(lines, fields["iban"])
    if "iban" not in fields:
        # Groups of four broken over two lines of a sidebar (accountread.py).
        split = split_iban(lines)
        if split is not None:
            fields["iban"] = split
    if "iban" not in fields:
        # A Polish NRB beside its bank's name, no caption: the IBAN without "PL" (never
        # the account a direct debit draws on).
        payers = {c.value.value for c in candidates if c.key == _PAYER_IBAN}
        for line in lines:
            nrb = find_nrb(line.text)
            if nrb is not None and nrb not in payers:
                fields["iban"] = Value(nrb, line.text, tuple(w.box for w in line.words))
                break
    payers = {c.value.value for c in candidates if c.key == _PAYER_IBAN}
    # "Compte de règlement à utiliser pour cette facture : ..." (designatedaccount.py).
    designated = designated_iban(lines, fields.get("iban"), payers)
    if designated is not None:
        fields["iban"] = designated
    # A Dutch "G-rekening" beside the bank account: the blocked one is no IBAN of record.
    iban = unblocked_iban(fields.get("iban"), lines, candidates, payers)  # blockedaccount.py
    if iban is not None:
        fields["iban"] = iban
    ordered = _best(candidates, "invoice_date")
    if "invoice_date" not in fields or (ordered and ordered.rank >= ORDER_DATE_RANK):
        # Only an order's date: a letter's date outranks it (captionplace.py).
        # Else the date a centred title block prints under its number (titledate.py).
        dated = letter_date(lines) or date_under_title(lines)
        if dated is None and "invoice_date" not in fields:
            dated = timestamp_date(lines)  # a till's "09/01/2024 11:05" (timestampdate.py)
        if dated is not None:
            fields["invoice_date"] = dated
    resolve_dates(fields, lines)
    for role, party, other in (("seller", seller, buyer), ("buyer", buyer, seller)):
        if party is None:
            continue
        address = party_address(lines, party, other)
        if address is None and role == "seller":
            # The name read from a logo, the address under it printed in full elsewhere.
            found = (
                party_address(lines, copy, other)
                for copy in [
                    *name_copies(party, lines, fuller=True)[1:],
                    *wrapped_copies(party, lines),  # a footer's block wraps it
                ]
            )
            address = next((a for a in found if a is not None), None)  # (namecopies.py)
        if role == "buyer":  # never the seller's own address (sellersownaddress.py)
            address = unless_sellers(address, fields.get("seller_address"), party, other)
        if address is not None:
            fields[f"{role}_address"] = address
        if isinstance(party.value, str):
            # "... Limited trading as The Inn": the legal person's name (tradingas.py)
            party = replace(party, value=legal_name_only(spaced_name(party.value)))
        fields[f"{role}_name"] = party
    if seller is not None and "seller_address" not in fields:
        office = registered_office(lines)  # the legal line's "Registered office: ..."
        if office is not None:
            fields["seller_address"] = office  # (registeredoffice.py)
    # "Belastung | Gutschrift" over a folio's postings: a column, no title (creditcolumn.py)
    typed = typed_document(lines)
    if typed == "invoice" and corrective_credit(lines, fields.get("total_amount")):
        typed = "credit_note"  # "Facture rectificative", its totals negative (correctivetitle.py)
    fields["document_type"] = Value(typed, "")
    # The footer's "RCS Marseille 853 104 727" repeats the seller's VAT ID's number.
    with_registered_seller(lines, fields)  # registeredseller.py
    # "Abrechnung im Gutschriftsverfahren": the buyer's letterhead, the seller addressed.
    with_self_billing(lines, fields)  # selfbilling.py
    return fields


def _total_currency(lines: list[Line], fields: dict[str, Value], page: str) -> str | None:
    """The currency printed on the total's line: an invoice billed in a foreign currency
    restates its VAT in the national one (Czech, Polish, Hungarian law: "Rekapitulace DPH v
    CZK"), which may be printed more often than the billed currency; an item's description
    may hold a code ("Paleta vratná EUR", "12 AWG" wire) where the total is signed "Kč", "$"."""
    found: list[Line] = []
    for key in ("total_amount", "amount_due"):
        total = fields.get(key)
        if total is None or not total.boxes:
            continue
        box = total.boxes[0]
        line = next((ln for ln in lines if any(w.box == box for w in ln.words)), None)
        own = figure_cell_currency(line, box, page) if line is not None else None
        if own:  # the figure's own cell, past a rate note on its line (totalsign.py)
            return own
        if line is not None:
            found.append(line)
    # No figure's own cell signed: the line's code ("Kwota VAT w PLN" in a note beside a
    # grid's sum row is a weaker sign than "2 373,19 EUR" due, so it comes second).
    for line in found:
        code = detect_currency(line.text)
        if not code:
            continue  # "Celkem: 45 282,80" unsigned: the amount due's line may sign it
        # A code printed as such; else the sign, a bare "kr." told apart by the page's hints.
        return code if code in line.text else sign_currency(line.text, page)
    return None


def boxes_of(words: list[Word]) -> tuple[Box, ...]:
    """The boxes of some words, for provenance."""
    return tuple(w.box for w in words)
