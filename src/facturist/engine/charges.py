"""Discounts and charges printed between the subtotal and the total ("Discount (SPRING10)
-11.20", "Shipping 8.95", "Versandkosten 4,90"): the tax base is the subtotal plus these."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol

from facturist.engine.amountcaptions import LEVY, STAMP_DUTY
from facturist.engine.amountwords import words_total
from facturist.engine.candidates import Candidate
from facturist.engine.carriedbalance import PREVIOUS_BALANCE, PREVIOUS_BALANCE_KEY
from facturist.engine.exempttax import exempt_tax
from facturist.engine.includedclause import included_clause
from facturist.engine.labelfilter import folded, may_hold, needed_in_any
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word
from facturist.engine.paidstatus import paid_stamp, paid_sum, states_paid_status
from facturist.engine.splitpayment import split_payment

ADJUSTMENT_KEY = "adjustment"
# Deducted after the tax: income tax withheld ("Retención IRPF (-15%) -225,00", "Ritenuta
# d'acconto"), leaving the total below net + tax.
WITHHOLDING_KEY = "withholding"
# The total rounded off after the tax ("Round Off 0.50", "Zaokrouhlení -0,31").
ROUNDING_KEY = "rounding"
# The tax held in gross prices ("VAT 20% (included): £17.87"): the net is the total less it.
INCLUDED_TAX_KEY = "included_tax"
# A ticket's levy that is no VAT ("German air passenger tax 15.53"): a total holding it is
# no net amount.
LEVY_KEY = "levy"
# An air ticket's charges beside its fare ("Taxes, fees and charges CHF 46.40", "Carrier-
# imposed surcharge (YQ)"): airport and government levies and the carrier's own surcharges,
# no VAT; a total holding them is no net amount, and none is printed.
_TICKET_CHARGES = re.compile(
    r"^(?:taxes,?\s+fees\s+(?:and|&)\s+(?:carrier\s+)?charges|carrier[\s\-]imposed\s+"
    r"(?:surcharges?|fees?|charges?))\b",
    re.IGNORECASE,
)
# Stamp duty captioned over its figure ("Rivalsa bollo 2,00"): charged after the tax.
STAMP_KEY = "stamp_duty"
# How many words a stamp duty's caption may hold: more make it a sentence about the duty.
_STAMP_WORDS = 4
_BRACKETED = re.compile(r"\([^()]*\)")
# A sentence closed and the next begun ("... 190/2014). Marca"): prose, no caption.
_SENTENCE_END = re.compile(r"[\w)]\.\s+[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]")

_DISCOUNT = re.compile(
    # Plurals too: a totals block sums its discounts ("Descontos 9,25", "Discounts -5.00").
    # Québec's "Rabais (HIVER15)" is the discount as "remise" is in France.
    # A totals block's sum of them too ("Total Descontos 60,36", "Totale sconti").
    r"^(?:(?:total(?:e|es)?|totaal)\s+)?(?:discounts?|rebates?|rabatte?|nachl[äa]sse|nachlass"
    r"|remises?|rabais|r[ée]ductions?"
    r"|descuentos?|sconti|sconto|korting(?:en)?|rabaty?|descontos?|promo(?:tion)?s?|coupons?"
    r"|vouchers?)\b"
    # "Less 10% opening-order discount", "abzgl. 3 % Treuerabatt": the deduction named after.
    r"|^(?:less|minus|abzgl\.|abz[üu]glich)\s+[^\d]{0,12}(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?"
    r"[\w\-]{0,30}\s*(?:discount|rabatt|nachlass)\b",
    re.IGNORECASE,
)
_CHARGE = re.compile(
    r"^(?:shipping|freight|delivery|handling|postage|carriage|versand(?:kosten)?|fracht"
    r"|porto|verpackung|frais de (?:port|livraison|transport)|livraison|env[ií]o|gastos de env[ií]o"
    # French shop orders (Shopify's "Expédition (Postes Canada)", "Frais d'expédition").
    r"|exp[ée]dition|frais d['’]exp[ée]dition"
    r"|portes|spedizione|spese di (?:spedizione|trasporto)|trasporto|verzend(?:kosten|ing)"
    # A carrier's "Fuel surcharge 34.6%" after its linehaul.
    r"|wysy[łl]ka|koszty? (?:wysy[łl]ki|transportu)|(?:fuel\s+)?surcharge|zuschlag)\b",
    re.IGNORECASE,
)


WITHHOLDING = re.compile(
    # A deduction may be marked "(-)" or "Less:" before its name ("(-) IRRF 1,5%", "Less: TDS").
    r"^(?:\(-\)\s*|less\b\s*:?\s*)?"
    # Catalan drops the final n: "Retenció IRPF 15% -413,25 €".
    r"(?:retenci[oó]n?|ritenuta|reten[cç][aã]o|withholding|irpf|quellensteuer"
    r"|retenue [àa] la source"
    # Brazil's income tax and social contributions withheld at source (IRRF, CSRF), India's
    # tax deducted at source (TDS), Mexico's ISR withheld: income taxes, never the VAT.
    r"|irrf|csrf|tds|tax deducted at source|isr retenido"
    # Brazil's PIS, COFINS, CSLL, INSS and ISS are withheld where marked so ("PIS/COFINS/CSLL
    # retidos", "(-) PIS/COFINS/CSLL 4,65%"); "Valor do ISS" alone is the service tax.
    r"|(?:pis|cofins|csll|inss|iss)(?:\s*/\s*(?:pis|cofins|csll))*\s+retid[oa]s?)\b"
    r"|^\(-\)\s*(?:pis|cofins|csll|inss|iss)\b",
    re.IGNORECASE,
)
_ROUNDING = re.compile(
    r"^(?:round(?:ing|ed)?[\s\-]?off|rounding(?: adj(?:ustment)?\.?)?"
    # Swiss 5-Rappen rounding: "Rundungsdifferenz 0.02", "Rappenrundung -0.03".
    r"|(?:rappen)?rundung(?:sdifferenz|sbetrag|sausgleich)?|diff[ée]rence d['’]arrondi"
    r"|arrondi|redondeo|arrotondamento|arredondamento|afronding|zaokr[aą]glenie"
    r"|zaokrouhlen[íi]|p[øo]resavrunding|[öo]resavrundning|afrunding|py[öo]ristys)\b",
    re.IGNORECASE,
)
_TAX_WORD = (
    r"(?:vat|tax|mwst|ust|tva|iva|btw|gst|moms|mva|alv|dph|imposta|umsatzsteuer"
    r"|mehrwertsteuer)"
)
_INCLUDED_TAX = re.compile(
    # Shops print the VAT their gross prices hold under the total: "Including VAT 23%
    # | €45.62", "inkl. 19 % MwSt. | 9,58 €".
    rf"^(?:(?:davon|hiervon|dont|di cui|waarvan|w tym|heraf|of which|includes|including"
    rf"|incl\.?|inkl\.?|inklusive|inclusief|einschl\.?)\s+)"
    rf"(?:\d{{1,2}}(?:[.,]\d{{1,2}})?\s*%\s*)?{_TAX_WORD}\b"
    rf"|^{_TAX_WORD}\b[^()]{{0,12}}\(?\s*(?:included|incl\.?|inkl\.?|inclus[ea]?|enthalten"
    rf"|inclu[íi]d[ao]|inclusa)\s*\)?\s*:?\s*$",
    re.IGNORECASE,
)

# A statement that this invoice is settled ("Cette facture est acquittée", "This invoice has
# been paid", "Der Rechnungsbetrag wurde bereits beglichen"), not terms about payment ("Goods
# remain our property until paid in full", "Toute facture réglée après l'échéance ...").
# A workshop's cash sale: "Rechnungsbetrag in bar dankend erhalten".
_PAID_IN_FULL = re.compile(
    r"\bfacture\s+(?:est\s+)?acquitt[ée]e\b"
    r"|\bfacture\s+a\s+(?:d[ée]j[àa]\s+)?[ée]t[ée]\s+(?:int[ée]gralement\s+)?r[ée]gl[ée]e\b"
    r"|\b(?:invoice|bill)\s+has\s+(?:already\s+)?been\s+(?:fully\s+)?paid\b"
    r"|^\W*paid\s+in\s+full\W*$"
    r"|\brechnung(?:sbetrag)?\s+(?:ist|wurde)\s+(?:bereits\s+)?(?:vollst[äa]ndig\s+)?"
    r"(?:bezahlt|beglichen)\b|\bkein weiterer betrag zu zahlen\b"
    r"|betrag\s+(?:(?:in\s+)?bar\s+)?dankend\s+(?:(?:in\s+)?bar\s+)?erhalten\b"
    r"|\bfactuur is (?:al |reeds )?(?:volledig )?(?:betaald|voldaan)\b"
    r"|\bfattura (?:gi[àa] |[èe] |risulta )(?:pagata|saldata|quietanzata)\b"
    r"|\bfactura (?:ha sido |est[áa] )(?:pagada|abonada)\b"
    # A receipt's acknowledgement: pt "Recebi a quantia indicada de ...", es "Recibí la
    # cantidad de ...".
    r"|\breceb(?:i|emos) a (?:quantia|import[âa]ncia)\b|\brecib(?:[íi]|imos) la cantidad\b"
    # A Portuguese fatura-recibo is issued on payment: its title says the sum is received.
    r"|^\W*fatura[\s-]+recibo\b",
    re.IGNORECASE,
)
# "Nulla è dovuto", "Nothing is due": the page says outright that nothing is left to pay.
_NOTHING_DUE = re.compile(
    r"\bnulla (?:[èe]|e'|risulta) (?:pi[ùu] )?dovuto\b|\bnessun importo (?:[èe] )?dovuto\b"
    r"|\bnothing (?:further |more )?(?:is )?(?:due|owing|outstanding)\b"
    r"|\bvous n'avez rien [àa] payer\b|\bu hoeft niets (?:meer )?te betalen\b"
    # "er hoeft niets meer betaald te worden" (a delivery app's order paid by iDEAL).
    r"|\ber hoeft niets (?:meer )?betaald te worden\b",
    re.IGNORECASE,
)
# What a sentence may run through before its verb: any but a full stop, which dates and
# grouped amounts ("01.03.2023", "1.111,86") hold too.
_CLAUSE = r"(?:[^.]|\.(?=\d))"
# "Der Rechnungsbetrag ... wurde am 01.03.2023 von Ihrer Kreditkarte abgebucht", "Le montant
# de 22,07 € a été recrédité ...": the sum already collected (or refunded), in the past tense;
# "wird ... abgebucht" (to be collected) leaves it due.
_SETTLED = re.compile(
    # A credit note's refund paid out: "Der Erstattungsbetrag ... wurde ... gutgeschrieben".
    rf"\b(?:rechnungs|erstattungs|gutschrifts)?betrag\b{_CLAUSE}{{0,120}}?\bwurde\b"
    rf"{_CLAUSE}{{0,100}}?\b(?:abgebucht|belastet|eingezogen|beglichen|gutgeschrieben"
    r"|erstattet|zur[üu]ckerstattet)\b"
    rf"|\bmontant\b{_CLAUSE}{{0,120}}?\ba [ée]t[ée] (?:d[ée]bit|pr[ée]lev|recr[ée]dit|rembours)"
    rf"|\b(?:amount|total|refund)\b{_CLAUSE}{{0,120}}?\bhas been (?:charged|debited|collected"
    r"|refunded|credited)\b"
    rf"|\bimport[oe]\b{_CLAUSE}{{0,120}}?\b(?:[èe] stato (?:addebitato|rimborsato|pagato)"
    r"|ha sido (?:cargado|cobrado|reembolsado|pagado))\b"
    rf"|\bbedrag\b{_CLAUSE}{{0,120}}?\b(?:is|werd)\b{_CLAUSE}{{0,80}}?"
    r"\b(?:afgeschreven|ge[ïi]ncasseerd|teruggestort)\b"
    # A correction's sum refunded, in the perfect: "Den Korrekturbetrag von 178,50 EUR haben
    # wir Ihnen am 06.06.2025 auf Ihr Konto zurücküberwiesen", "we have refunded the amount".
    rf"|\b\w*betrag\b{_CLAUSE}{{0,120}}?\bhaben wir\b{_CLAUSE}{{0,100}}?"
    r"\b(?:zur[üu]ck)?(?:[üu]berwiesen|erstattet|gutgeschrieben|ausgezahlt)\b"
    r"|\bwe have (?:already )?(?:refunded|repaid)\b",
    re.IGNORECASE,
)
# Where a page says so: with no amount due printed, nothing is left of the total to pay.
PAID_KEY = "paid_in_full"
# The strings one of which a match of each search below consumes (labelfilter.py).
_PAID_NEEDED = needed_in_any((_PAID_IN_FULL, _NOTHING_DUE))
_SETTLED_NEEDED = needed_in_any((_SETTLED,))


class AmountReader(Protocol):
    """What reads the last amount among words (fields.read_amount)."""

    def __call__(self, words: list[Word]) -> Value | None: ...


def adjustment_candidates(
    line: Line, order: int, read_amount: AmountReader, prior: str = ""
) -> list[Candidate]:
    """A discount (negative) or a charge (positive) captioned at the start of a cell; or a
    withholding (negative), a rounding (as printed) or a tax the prices include; or a
    statement that the invoice is paid (its sentence may begin on the line before); or the
    total written out in words."""
    # The total written out ("Amount in Words: ... only"), read here as this scan sees each
    # line with the one above it (amountwords.py).
    found: list[Candidate] = words_total(line, order, prior)
    exempt = exempt_tax(line, order)  # "Sales tax | EXEMPT": a zero tax (exempttax.py)
    if exempt is not None:
        found.append(exempt)
    lowered = _folded(line.text)  # for the gates below (labelfilter.py)
    # The cells' joined text, of which every cell's text is a part: the line's text itself
    # where the cells hold the line's words (they do, as layout.py builds them).
    joined = " ".join(cell.text for cell in line.cells)
    cells_lowered = lowered if joined == line.text else folded(joined)
    if _states_paid(line.text, prior, lowered) or states_paid_status(line.text, lowered):
        boxes = tuple(word.box for word in line.words)
        found.append(Candidate(PAID_KEY, Value(0.0, line.text, boxes, 0.7), 0, order))
    stamp = paid_stamp(line, order)  # "ZAPLACENO" stamped over the page (paidstatus.py)
    if stamp is not None:
        found.append(stamp)
    # "Operazione soggetta a scissione dei pagamenti": the VAT goes to the state (splitpayment.py)
    split = split_payment(line, order, lowered)
    if split is not None:
        found.append(split)
    # "Amount paid | £180.00" (paidstatus.py)
    settled = paid_sum(line, order, read_amount, cells_lowered)
    if settled is not None:
        found.append(settled)
    # "Totaal | €687,44 (incl. €119,31 btw 21%)": the tax the total holds (includedclause.py).
    found.extend(included_clause(line, order, read_amount, INCLUDED_TAX_KEY))
    # Every pattern the cells are tried with below reads a cell's text, its caption part or
    # the cells from it on: all parts of the cells' joined text. Where that, folded, holds
    # none of the strings one of which each match consumes (labelfilter.py), no cell is
    # taken and the scan is skipped: most lines of a page.
    scanned = line.cells if may_hold(_CELL_NEEDED, cells_lowered) else []
    for position, cell in enumerate(scanned):
        text = cell.text.strip()
        discount = _DISCOUNT.match(text) is not None
        key = ADJUSTMENT_KEY
        if WITHHOLDING.match(text):
            if _runs_past_caption(text):
                continue  # "ritenuta d'acconto (art. 1). Marca da bollo da € 2,00": a note
            key, discount = WITHHOLDING_KEY, True
        elif _ROUNDING.match(text):
            key = ROUNDING_KEY
        elif PREVIOUS_BALANCE.match(text):
            key = PREVIOUS_BALANCE_KEY  # a statement's balance carried in (carriedbalance.py)
        elif STAMP_DUTY.match(text):
            if _caption_words(text) > _STAMP_WORDS:
                continue
            key = STAMP_KEY
        elif _INCLUDED_TAX.match(_caption_part(text)):
            key = INCLUDED_TAX_KEY
        elif LEVY.search(text) or _TICKET_CHARGES.match(_rest_of_line(line, position)):
            key = LEVY_KEY
        elif not discount and not _CHARGE.match(text):
            continue
        words = _minus_marked([w for c in line.cells[position:] for w in c.words])
        value = read_amount(words)
        if value is None or not isinstance(value.value, float):
            continue
        signed = -abs(value.value) if discount else value.value
        found.append(Candidate(key, Value(signed, value.text, value.boxes), 0, order))
        break
    return found


# Every pattern the cell scan in adjustment_candidates tries: a pattern added to that loop
# must be added here too, or lines only it would take are skipped by the gate
# (test_charges_gate.py checks the loop's patterns against this list).
CELL_PATTERNS = (
    _DISCOUNT,
    WITHHOLDING,
    _ROUNDING,
    PREVIOUS_BALANCE,
    STAMP_DUTY,
    _INCLUDED_TAX,
    LEVY,
    _TICKET_CHARGES,
    _CHARGE,
)
# The strings one of which a match of each pattern the cell scan tries consumes.
_CELL_NEEDED = needed_in_any(CELL_PATTERNS)


def _rest_of_line(line: Line, position: int) -> str:
    """The line's text from the cell at `position` on ("Taxes, | fees | and charges")."""
    return " ".join(cell.text for cell in line.cells[position:])


def _states_paid(text: str, prior: str, lowered: str | None) -> bool:
    """The line says the invoice is paid, or nothing is due, or ends a sentence saying so
    (`lowered`: the text folded, labelfilter.folded)."""
    # Each search is skipped where the text, folded, holds none of the strings one of which
    # its every match consumes (labelfilter.py): it cannot match there.
    if may_hold(_PAID_NEEDED, lowered) and (
        _PAID_IN_FULL.search(text) or _NOTHING_DUE.search(text)
    ):
        return True
    # folded(f"{prior} {text}") without folding it again: folding maps character by
    # character (lower case alone looks at a neighbour, for a final sigma, and the fold
    # makes both sigmas one), and a part whose length lower case changes makes it None.
    before = _folded(prior)
    both = None if before is None or lowered is None else f"{before} {lowered}"
    return may_hold(_SETTLED_NEEDED, both) and _SETTLED.search(f"{prior} {text}") is not None


# The line above was folded as the line before this one: remembered for the next call, as
# a pure function of the text.
_folded = lru_cache(maxsize=8)(folded)


def _minus_marked(words: list[Word]) -> list[Word]:
    """Indian accounting software's "(-)" before a figure ("Round Off (-)0.40") as a minus."""
    out: list[Word] = []
    for word in words:
        if word.text == "(-)":
            out.append(Word("-", word.box, word.confidence))
        elif word.text.startswith("(-)"):
            out.append(Word("-" + word.text[3:], word.box, word.confidence))
        else:
            out.append(word)
    return out


# A figure in a cell ("£17.87", "-225,00"): where its caption ends. Compiled once, as
# _caption_part runs for many cells of every line.
_FIRST_FIGURE = re.compile(r"[-−(]?[€$£]?\s?\d[\d.,'\u00a0 ]*[.,]\d{2}\b")


def _caption_words(text: str) -> int:
    """How many words a cell's caption holds, a bracketed gloss left out ("Imposta di bollo
    (marca da bollo)" holds three: no sentence about the duty)."""
    return len(_BRACKETED.sub(" ", _caption_part(text)).split())


def _runs_past_caption(text: str) -> bool:
    """Whether the cell's text up to its figure closes a sentence and begins another: a
    note's prose running on past the caption ("ritenuta d'acconto (art. 1, c. 67). Marca da
    bollo da € 2,00"), its figure another's."""
    return _SENTENCE_END.search(_caption_part(text)) is not None


def _caption_part(text: str) -> str:
    """A cell's text up to its first figure: "VAT 20% (included): £17.87" -> its caption."""
    return _FIRST_FIGURE.split(text, maxsplit=1)[0].strip()
