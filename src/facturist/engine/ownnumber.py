"""The document's own number and date, not those of a document it refers to.

Credit notes and corrections quote the invoice they correct ("Storno parziale della fattura
n. 98 del 28/02/2025", "Bezug: Rechnung RE-2025-0412 / Rechnungsdatum 12.02.2025", "Dotyczy
faktury ... z dnia 20.02.2025"); some titles carry their number on the line below with no
caption at all ("FATURA" over "FT 2025/87"); some print it in spaced digit groups ("300 412
7788 5190"). A credit word on an item row ("Gutschrift Treuebonus -4,20") makes no credit note.
"""

from __future__ import annotations

import functools
import re

from facturist.engine.captionovernumber import caption_over_number
from facturist.engine.correctivetitle import CORRECTIVE_TITLE
from facturist.engine.documenttype import document_type
from facturist.engine.labels import DOCUMENT_TITLE
from facturist.engine.layout import CELL_GAP_RATIO, Cell, Line
from facturist.engine.lonetitlenumber import lone_title_number
from facturist.engine.model import Box, Value, Word
from facturist.engine.monthnumber import month_numbered
from facturist.engine.originalinvoice import original_invoice
from facturist.engine.parsing import parse_date
from facturist.engine.pointofsale import point_of_sale_number
from facturist.engine.seriesfolio import series_and_folio
from facturist.engine.seriesstack import stacked_series_number
from facturist.engine.signeddate import signed_and_dated
from facturist.engine.subjectdash import number_before_subject
from facturist.engine.titlecaption import title_caption_value
from facturist.engine.titledate import eastern_title
from facturist.engine.titlegridrow import number_column, under_other_caption
from facturist.engine.widetitle import title_cells

# Words that introduce another document's number or date: the invoice a correction refers to.
_REFERS = re.compile(
    # "della fattura" after a caption's noun names the document's own field ("Data della
    # fattura", "Numero della fattura"), no other invoice.
    r"\b(?:bezug|dotyczy|korygowan\w*|(?<!data )(?<!numero )(?<!importo )(?<!totale )"
    r"(?<!dettagli )(?:della|alla|dalla) fattura|sur (?:la )?facture"
    r"|zur rechnung|zu rechnung|ursprungsrechnung|originalrechnung|urspr[üu]ngliche rechnung"
    r"|rectifica(?: a)? (?:la )?factura|factura (?:original|rectificada)"
    r"|fatura (?:original|retificada)"
    # The invoice a corrective one corrects: "Facture rectifiée | F-0098" over "Émise le".
    r"|facture rectifi[ée]e"
    r"|original invoice|ref\.? invoice|referenced? invoice|corrected invoice|related invoice"
    r"|oorspronkelijke factuur|(?:voor|bij) factuur|facture d'origine|facture initiale"
    r"|bez[üu]glich (?:der )?rechnung"
    # Baltic and ex-Yugoslav credit notes: et "Viide algdokumendile" (reference to the
    # original document), "Algne arve"; lv "Sākotnējais rēķins", "Atsauce uz rēķinu"; lt
    # "Pradinė sąskaita", "Koreguojama sąskaita"; sl/hr/sr "Originalni (izvorni) račun",
    # "K računu", "Odnosi se na račun".
    r"|algdokumen[dt]\w*|alusdokumen[dt]\w*|(?:algne|esialgne|algse|korrigeeritav) arve"
    r"|s[āa]kotn[ēe]j\w* r[ēe][ķk]in\w*|atsauce uz r[ēe][ķk]in\w*"
    r"|(?:pradin|koreguojam|ankstesn)\w* s[ąa]skait\w*"
    r"|(?:originaln|izvorn|prvotn)\w* ra[čc]un\w*|k ra[čc]unu|odnosi se na ra[čc]un\w*"
    # Czech and Slovak corrective tax documents: "Opravovaný doklad č.", "Původní doklad",
    # "k daňovému dokladu č." (to the tax document); Italy's FatturaPA courtesy copy names
    # the invoices a credit note corrects "Dati fatture collegate" (linked invoices).
    r"|opravovan\w*|p[ůu]vodn\w* (?:da[ňn]ov\w* )?(?:doklad\w*|faktur\w*)"
    r"|p[ôo]vodn\w* (?:da[ňn]ov\w* )?(?:doklad\w*|fakt[úu]r\w*)"
    r"|k (?:da[ňn]ov[ée]mu )?dokladu|k faktu[řr]e|k fakt[úu]re"
    r"|fattur[ae] collegat[ae]|documenti? collegat[oi])\b",
    re.IGNORECASE,
)
# A sentence's verb naming the invoice corrected or cancelled a few words before its caption:
# "Hiermit stornieren wir die | Rechnung Nr. ...", "This credit relates to | Invoice No. ...",
# "Cette facture annule la facture ...".
_REFERS_VERB = re.compile(
    r"\b(?:korrigier\w*|berichtig\w*|stornier\w*|corrects?|correcting|cancels?|cancell?ing"
    r"|relat(?:es|ing) to|refers? to|referring to|annul\w*|corrige\w*|rectifi\w*|rettific\w*"
    r"|storn\w+ (?:la|il)|storno (?:parziale|totale|integrale)|crediteer\w*"
    # A commercial invoice that "replaces Proforma Invoice No. ..." quotes the proforma's.
    r"|replac(?:es|ing)|supersed(?:es|ing)|ersetzt|remplace|vervangt)(?:\s+[^\s\d]+){0,3}\s*$",
    re.IGNORECASE,
)
# A cell above naming an invoice as the reference ("Bezug: Rechnung"), not a letter's subject.
_INVOICE_WORD = re.compile(r"rechnung|invoice|factuur|factur|fattur|fatur|faktur", re.IGNORECASE)
# A preposition that makes the invoice caption after it another document's: "Avoir sur
# facture FA00412 du 12/02/2025", "Gutschrift zur Rechnung", "Abono de la factura",
# "Nota di credito alla fattura", "Nota de crédito referente à fatura", "Credit against invoice";
# Nordic credit notes' "Vedr. faktura" (da/no, regarding), "Gjelder faktura", "Avser faktura".
_REFERS_PREPOSITION = re.compile(
    r"\b(?:sur(?: la)?|zur?|(?:della|alla|dalla)|de la|a la|referente (?:à|a)|relativ[ao] (?:a|à)"
    r"|against|vedr\.?|vedr[øo]rende|gjelder|avser|ang\.|ang[åa]ende)"
    # ... its owner between: "zu unserer Rechnung Nr. ... vom ...", "sur notre facture".
    r"(?:\s+(?:unserer|ihrer|notre|votre|nostra|vostra|our|your))?\s*$",
    re.IGNORECASE,
)
# A letter's subject caption ("Betreft", "Betrifft", "Objet"): on a credit note, the invoice
# it names is the one credited (on an invoice it may be the invoice itself).
_SUBJECT = re.compile(
    r"\b(?:betreft|betrifft|objet|oggetto|asunto|subject|regarding)\s*:?\s*$", re.IGNORECASE
)
# A caption naming the document corrected, its colon before the invoice caption: Spain's
# "Rectifica a: Factura F-2024/118", Portugal's (SAF-T) "Documento de origem: Fatura FT
# 2024/310", "Original document: Invoice ...".
_ORIGIN_CAPTION = re.compile(
    r"\b(?:rectifica(?:\s+a)?|retifica(?:\s+a)?|corrige|rettifica"
    r"|documento\s+(?:de\s+)?orig(?:em|en|ine)|doc\.\s+(?:de\s+)?orig(?:em|en)"
    r"|original\s+document|source\s+document|document\s+d'origine)\s*:\s*$",
    re.IGNORECASE,
)

# A reference's abbreviation or word just before the invoice caption in its own cell ("Rif.
# fattura n. 2025/0098 del 28/02/2025", "In riferimento alla fattura", "Réf. facture",
# "Concerne la facture", "Korekta do faktury", "gem. Rechnung"): the number quoted is another
# document's. Only in the caption's cell: "Your Ref. | Invoice No." is a header row's two columns.
_REFERENCE_WORD = re.compile(
    r"(?:^|\s)(?:rif\.|riferimento|in riferimento (?:a|alla)|r[ée]f\.|ref\.|concerne(?: la)?"
    r"|concernant(?: la)?|korekt\w*\s+do"
    # "Anzahlung gem. Rechnung 2024-0388 vom 20.09.2024", "lt. Rechnung", "selon facture",
    # "come da fattura", "según factura", "volgens factuur": an invoice quoted as a source.
    r"|gem\.|gem[äa](?:ß|ss)|lt\.|laut|selon(?: (?:la|notre|votre))?|come da"
    r"|seg[úu]n(?: (?:la|nuestra))?|volgens(?: (?:de|onze))?)\s*:?"
    # ... its invoice's owner between: "Rif. ns. fattura", "Réf. votre facture", "Ref. our".
    r"(?:\s*(?:ns|vs|nostra|vostra|notre|votre|our|your|unsere|ihre)\.?)?\s*$",
    re.IGNORECASE,
)


def refers_back(lines: list[Line], index: int, start: int) -> bool:
    """Whether the caption at `start` of lines[index] names the document referred to: the
    referring words stand before it in its cell or the cell just before ("Bezug: | Rechnung
    RE-2025-0412"), or the cell above names the referenced invoice ("Bezug: Rechnung" over
    "Rechnungsdatum")."""
    line = lines[index]
    first = line.words[min(len(line.text[:start].split()), len(line.words) - 1)]
    position = next((i for i, c in enumerate(line.cells) if first in c.words), 0)
    cell = line.cells[position]
    before = " ".join(w.text for w in cell.words[: cell.words.index(first)])
    if _INVOICE_WORD.match(first.text) and _REFERENCE_WORD.search(before):
        return True  # "Rif. fattura n. 2025/0098": a reference in the caption's own cell
    if original_invoice(first.text, before, lambda: document_type(lines) == "credit_note"):
        return True  # "ORIG. INVOICE # 58817" on a credit memo (originalinvoice.py)
    if position > 0:
        before = f"{line.cells[position - 1].text} {before}"
    if _REFERS.search(before):
        return True
    if _INVOICE_WORD.match(first.text) and (
        _REFERS_PREPOSITION.search(before)
        or _ORIGIN_CAPTION.search(before)
        or _REFERS_VERB.search(before)
    ):
        return True  # "Avoir sur | facture FA00412": the caption's own word is the invoice's
    if (
        _INVOICE_WORD.match(first.text)
        and _SUBJECT.search(before)
        and document_type(lines) == "credit_note"
    ):
        return (
            True  # a credit note's "Betreft | factuur 25-0187": the subject is the invoice credited
        )
    if index == 0:
        return False
    above = lines[index - 1]
    if above.page != line.page or line.y0 - above.y1 > 1.2 * line.height:
        return False
    if _INVOICE_WORD.match(first.text) and _wrapped_onto(above, line, first):
        # "Hiermit stornieren wir die" over "Rechnung Nr. 2025-0931 vom ...": the sentence
        # naming the invoice quoted ends the line above.
        tail = above.cells[-1].text
        if _REFERS_PREPOSITION.search(tail) or _REFERS_VERB.search(tail):
            return True
    above = _aligned_above(lines, index, cell.x0) or above
    for position, other in enumerate(above.cells):
        if abs(other.x0 - cell.x0) >= 4:
            continue
        # A monospaced text layer may split the caption into a cell a word ("Original |
        # Invoice: | INV-10877"): the aligned cell read with the next.
        caption = " ".join(c.text for c in above.cells[position : position + 2])
        if _REFERS.search(caption) and _INVOICE_WORD.search(caption):
            return True
    return False


def _aligned_above(lines: list[Line], index: int, x0: float) -> Line | None:
    """The nearest line above holding a cell at the same left edge as the caption's, close
    above it: a letterhead's line on the left ("Tel ...") may fall between a details block's
    "Original invoice | INV-118240" and its "Invoice date | 21/07/2025" on the right."""
    line = lines[index]
    for above in reversed(lines[max(0, index - 3) : index]):
        if above.page != line.page or line.y0 - above.y1 > 1.2 * line.height:
            return None
        if any(abs(other.x0 - x0) < 4 for other in above.cells):
            return above
    return None


def _wrapped_onto(above: Line, line: Line, first: Word) -> bool:
    """Whether the word opens a line that a sentence on the line above runs on to: both
    start at the same left edge and the line above ends in a lower-case word, unpunctuated."""
    last = above.words[-1].text if above.words else ""
    return (
        first is line.words[0]
        and abs(above.words[0].box.x0 - first.box.x0) < 4
        and last[-1:].isalpha()
        and last[-1:].islower()
    )


# A number as a title's software prints it under the title: a short series, then digits
# joined by separators or letters ("FT 2025/87", "FAC-00412", "A2025/245").
_BARE_NUMBER = re.compile(
    r"(?:[A-Z]{1,4} )?(?=[A-Z0-9\-/.]*\d)(?=[A-Z0-9]*[\-/A-Z])[A-Z0-9][A-Z0-9\-/.]*\d"
)


# Portugal's certified document id: its type, its series, a slash and its count, which may be
# short early in a series ("NC A/19", "FT 1/7", "FR 2025A/3").
_SAFT_ID = re.compile(r"[A-Z]{2,3} [A-Z0-9]{1,10}/\d{1,2}")


def _height(words: list[Word]) -> float:
    return max(w.box.y1 - w.box.y0 for w in words)


# A number sign before the number under a title ("INVOICE" over "No. 318-1-2"); bilingual
# Polish invoices sign it twice ("Faktura VAT / VAT Invoice" over "nr / no. FV/2024/03/0457"),
# Czech ones too ("Faktura – daňový doklad / Invoice – tax document" over "č. / No. 2610057").
# Portugal's certified series stands one space before its number ("N.º NC 2026/9").
# Czech and Slovak sign it "č." (číslo), its series glued on ("č. FA26-00377").
# Polish numbering may end in a series suffix after the year ("nr 118/03/2024/EXP"); series
# may stack ("Nr. MZ-R-24-0631": the firm's initials, then the document kind).
# A colon may follow the sign ("Rechnung" over "Nr.: FD-24-072"); Italy's "N. 214/2024".
# Billing apps sign it "#" ("TAX INVOICE" over "# QW-004471"). Italy's "Doc. n. 2026/V/00871"
# names the document the title titles ("FATTURA ACCOMPAGNATORIA").
# Slovene signs it "št." (številka), Croatian, Serbian and Bosnian "br." or "broj" ("RAČUN"
# over "št. 24-300-000187").
_SIGNED_NUMBER = re.compile(
    r"(?:(?i:doc\.|documento)\s*)?(?:(?i:nr|č)\.?\s*/\s*)?"
    r"(?i:no|nr|n\.?[°º]|n(?=\.\s)|č|#|[šs]t(?=\.)|br(?=\.)|broj)\.?\s*:?\s*"
    r"(?P<number>(?:[A-Z]{1,4}-){0,2}(?:[A-Z]{1,4}[\-/ ]?)?\d[\w\-/.]*\d(?:[\-/][A-Z]{1,4})?|\d)"
)
# The document's kind in brackets before its number sign: cs "(dobropis) č. DB25-0007", sk
# "(vrubopis) č.", under "OPRAVNÝ DAŇOVÝ DOKLAD" (a corrective tax document, of either sign).
_ASIDE = re.compile(r"^\([^\W\d_]{3,20}\)\s+")
# A bare reference or number caption and its colon before the number under a title
# ("FACTURE" over "Référence : FR48211937", "INVOICE" over "Number: INV-0042", "FAKTÚRA" over
# "číslo: 2024110", Czech and Slovak for number): nothing names
# another document, so the number is the title's own.
_CAPTIONED_NUMBER = re.compile(
    r"(?:(?i:r[ée]f[ée]rence|reference|referencia|riferimento|referentie|r[ée]f\.?)\s*[:#]"
    # A number's own word needs no colon: "FATTURA DIFFERITA" over "Numero 1147/2025".
    r"|(?i:number|nummer|num[ée]ro|n[úu]mero|numer|[čc][íi]slo)\s*[:#]?)"
    r"\s*(?P<number>[A-Z0-9][\w\-/.]*\d)"
)
# A series printed with its number: "Series CTV no. 0000742" in one run, or a "Series / No."
# ("Serie / Folio") caption over a cell holding both ("TDA-B 4712", "A 1523").
# A series' capitals, the Baltic and Central European ones among them ("ŠSC-K", "ĀRV").
_SERIES_CAPITALS = "A-ZÄÖÜÕĀČĒĢĪĶĻŅŠŪŽĄĘĖĮŲŘŤĎŇĚŮŹŻŚĆŃŁ"
_SERIES_NUMBER = re.compile(
    r"(?<!\w)(?i:series?|seria|serija|s[ēe]rija)\s+"
    rf"(?P<series>[{_SERIES_CAPITALS}][{_SERIES_CAPITALS}\-]{{0,7}})\s+(?i:no|nr|n[°º]|number)\.?:?\s*"
    r"(?P<number>[A-Z0-9]*\d[\w\-/]*)"
    # Mexico's CFDI: "Serie / Folio: | A / 1432", the series and the folio slashed apart;
    # "Serie y folio: A-10452" joins the words, and may join the two so too (below).
    r"|^(?i:series?|seria)\s*(?:/|\s(?i:y)\s)\s*(?i:no\.?|nr\.?|number|folio|n[°º])\s*:?\s+"
    r"(?P<series2>[A-Z][A-Z\-]{0,7})\s+(?:/\s+)?(?P<number2>\d[\d\-/]*)$"
    # Greece's myDATA prints in English: "Series / No: | A-1582", series and count joined.
    r"|^(?i:series?|seria)\s*(?:/|\s(?i:y)\s)\s*(?i:no|nr|number|n[°º]|folio)\.?\s*:\s+"
    r"(?P<joined>[A-Z]{1,4}-\d[\d\-/]*)$"
)


# A UUID (8-4-4-4-12 hex digits), as Mexico's CFDI prints its fiscal folio: never the number.
_UUID = re.compile(r"[0-9A-Fa-f]{8}(?:-[0-9A-Fa-f]{4}){3}-[0-9A-Fa-f]{12}")


def title_number(lines: list[Line]) -> Value | None:
    """The number a title alone in its cell carries on the next line, under it, with no
    caption or with a bare number sign ("No. 318-1-2"); else a series printed with its
    number."""
    return (
        point_of_sale_number(lines)  # "Punto de Venta: | 00003 | Comp. Nro: | ..." (pointofsale.py)
        or _under_title(lines)
        or _series_number(lines)
        or stacked_series_number(lines)  # "Seria FCT" over "Nr. 004512" (seriesstack.py)
        or series_and_folio(lines)  # CFDI "Serie: | FA" over "Folio: | 10482" (seriesfolio.py)
        or _beside_title(lines)
        or _title_caption_number(lines)
        or _signed_beside_title(lines)
        or caption_over_number(lines, _is_title)  # "Faktúra | číslo" over it (captionovernumber.py)
        or title_caption_value(lines)  # "Factuur | 118274" over "Datum | ..." (titlecaption.py)
        or lone_title_number(lines)  # "INVOICE | PFP/INV/25/2291" alone (lonetitlenumber.py)
        # Last, under an eastern title ("Arve" over "nr 3318"): a series beside it goes first.
        or _under_title(lines, eastern=True)
    )


# A bare number caption in a cell of its own ("Numero", "N.", "Nr.", "No.", "Número").
_BARE_NUMBER_CAPTION = re.compile(
    r"^(?:n[°º.]?|nr\.?|no\.?|num\.?|numero|número|numéro|number|nummer|numer)\s*:?$",
    re.IGNORECASE,
)


# Czech and Slovak invoices print their number again as the payment's variable symbol
# ("Variabilný symbol: 2024110", "Variabilní symbol", "VS: 2024110"): the bank reference, up to
# ten digits, that pairs a transfer with the invoice it pays. A bare "VS" needs its colon.
_VARIABLE_SYMBOL = re.compile(
    r"(?:\b(?i:variabiln[ýyíi]\s+symbol|var\.\s*symbol)\s*:?|\bVS\s*:)"
    r"\s*(?P<number>\d{1,10})(?![\w.,/\-])"
)


def variable_symbol(lines: list[Line]) -> Value | None:
    """The variable symbol's digits: the invoice's number where nothing else names it."""
    for line in lines:
        if "ymbol" not in line.text and "VS" not in line.text:
            continue
        match = _VARIABLE_SYMBOL.search(line.text)
        if match is not None:
            number = match.group("number")
            boxes = tuple(w.box for w in line.words if w.text == number)
            return Value(number, match.group(), boxes[:1], 0.6)
    return None


def _title_caption_number(lines: list[Line]) -> Value | None:
    """The document's kind, a bare number caption and the number in three cells of one row
    ("FATTURA | Numero | 12/2025" in Danea's "Documento" box): the caption numbers the kind
    before it, as "Fattura numero 12/2025" would."""
    for line in lines[:40]:
        for position, cell in enumerate(line.cells[:-2]):
            caption, value = line.cells[position + 1], line.cells[position + 2]
            text = value.text.strip()
            if (
                DOCUMENT_TITLE.match(cell.text)
                and not any(ch.isdigit() for ch in cell.text)
                and _BARE_NUMBER_CAPTION.match(caption.text.strip())
                and _GRID_NUMBER.fullmatch(text)
                and len(value.words) == 1
            ):
                return Value(text, f"{cell.text} {caption.text} {text}", (value.words[0].box,), 0.8)
    return None


# A bare number sign opening the cell after a title, the number, perhaps the date after it:
# an invoice book's pre-printed "Rechnung ........ Nr. 004712", "FATTURA   N. 27 del 11/03/2025".
# Czech and Slovak sign their number "č." (číslo). A number may open with a capital prefix
# after the sign's dot or a space ("INVOICE | No. WL-00482/25").
_SIGN_OPENING = re.compile(
    r"(?i:nr|no|n|č|n\.?\s?[°º])(?:\.?\s*(?=\d)|(?:\.\s*|\s+|(?<=[°º])\s*)(?=[A-Z]{1,4}[\-/]?\d))"
    r"(?P<number>[A-Z]{0,4}[\-/]?\d[\w\-/]*)"
    r"(?:\s+(?i:del|vom|du|dated|of|from|van|de)\s+\d.*)?"
)


def _signed_beside_title(lines: list[Line]) -> Value | None:
    """The number a bare sign carries in the cell right after a title alone in its cell:
    a form's title stands far left, its pre-printed number sign far right."""
    for line in lines[:40]:
        for cell, after in zip(line.cells, line.cells[1:], strict=False):
            title = cell.text.strip()
            if not _is_title(title) or title.endswith(":") or _has_digit(title):
                continue
            text = after.text.strip()
            # ... or a number caption and its colon ("FAKTURA - DAŇOVÝ DOKLAD | Číslo:
            # FV240153"): the title's own number, never a payment reference printed lower.
            match = _SIGN_OPENING.fullmatch(text) or _NUMBER_CAPTIONED.fullmatch(text)
            if match is None or parse_date(match.group("number")) is not None:
                continue
            number = match.group("number")
            boxes = tuple(w.box for w in after.words if number in w.text)
            return Value(number, f"{title} {after.text}", boxes[:1], 0.8)
    return None


# A number caption, no reference's, and its colon before the number beside a title.
_NUMBER_CAPTIONED = re.compile(
    r"(?i:number|nummer|num[ée]ro|n[úu]mero|numer|[čc][íi]slo)\s*:\s*"
    r"(?P<number>[A-Z0-9][\w\-/.]*\d)"
)


# The Czech and Slovak VAT laws' title "Faktura – daňový doklad" / "Faktúra – daňový doklad"
# (invoice – tax document).
# A scan may read the caron of "Ň" as a tilde ("DAÑOVÝ DOKLAD").
_TAX_DOCUMENT = re.compile(r"^fakt[uú]ra\s*[–—\-]\s*da[ňnñ]ov[ýy] doklad$", re.IGNORECASE)


# A bilingual title, one side the shared pattern's, the other the local word ("INVOICE /
# RĒĶINS", "SĄSKAITA / INVOICE", "INVOICE / LASKU").
_BILINGUAL = re.compile(r"^(?P<one>[^/]+?)\s*/\s*(?P<two>[^/]+)$")
_LOCAL_WORD = re.compile(r"^[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?$")


# A pure function of the text, memoised: the title readers ask it of every cell of the top
# lines, each in turn.
@functools.lru_cache(maxsize=8192)
def _is_title(text: str, eastern: bool = False) -> bool:
    if eastern and eastern_title(text):
        return True  # et "Arve" over "nr 3318", lv "Rēķins" (titledate.py)
    if DOCUMENT_TITLE.match(text) or _TAX_DOCUMENT.match(text) or CORRECTIVE_TITLE.match(text):
        return True
    halves = _BILINGUAL.match(text)
    # ... the local side perhaps the Czech or Slovak tax document's whole title ("INVOICE /
    # FAKTURA – DAŇOVÝ DOKLAD").
    return halves is not None and any(
        DOCUMENT_TITLE.match(one) and (_LOCAL_WORD.match(two) or _TAX_DOCUMENT.match(two))
        for one, two in (halves.group("one", "two"), halves.group("two", "one"))
    )


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


# A title and its bare number alone in one cell ("Invoice 0087", as FreeAgent prints it).
_TITLE_AND_NUMBER = re.compile(
    r"^(?:tax\s+)?(?:invoice|rechnung|facture|factura|fattura|factuur|fatura|faktura)\s+"
    r"(?P<number>\d{3,12})$",
    re.IGNORECASE,
)


# An eastern EU title and its number in one cell, perhaps signed ("Račun 2024-00056", "Arve
# 2024-0118", "RAČUN R1 br. 187-1-1": Croatia's "R1" / "R2" names the invoice's kind). A
# bank account ("Račun 2340009-1110012345") has more digits than any invoice number.
_EASTERN_TITLE_AND_NUMBER = re.compile(
    r"^(?:pv[mn]\s+)?(?:ra[čc]un|arve|r[ēe][ķk]ins|s[ąa]skaita(?:[\s\-]+fakt[ūu]ra)?"
    r"|fakt[úu]ra|sz[áa]mla)"
    r"(?:\s+(?-i:[A-Z]{1,2}-?\d))?(?:\s+(?:nr|no|br|broj|[šs]t|č|n[°º])\.?\s*:?)?\s+"
    r"(?P<number>(?:[A-Z]{1,4}[\-/]?)?\d[\w\-/]*\d)$",
    re.IGNORECASE,
)


def _beside_title(lines: list[Line]) -> Value | None:
    """The number a title carries on its own line, in its cell, with no caption or sign: a
    year ("Invoice 2026") is no number; nor is a date, or the number a reference cites
    ("Viide algdokumendile | Arve 2024-1187")."""
    for index, line in enumerate(lines[:40]):
        start = 0
        for cell in line.cells:
            text = cell.text.strip()
            offset, start = start, start + len(cell.text) + 1
            match = _TITLE_AND_NUMBER.match(text)
            if match is not None and not 1990 <= int(match.group("number")) <= 2100:
                number = match.group("number")
                return Value(number, cell.text, tuple(w.box for w in cell.words[-1:]), 0.8)
            match = _EASTERN_TITLE_AND_NUMBER.match(text)
            if match is None:
                continue
            number = match.group("number")
            digits = sum(ch.isdigit() for ch in number)
            if (
                3 <= digits <= 12
                and not (number.isdigit() and 1990 <= int(number) <= 2100)
                and parse_date(number) is None
                and not refers_back(lines, index, offset)
            ):
                return Value(number, cell.text, tuple(w.box for w in cell.words[-1:]), 0.8)
    return None


# What each of `_SERIES_NUMBER`'s branches opens with: the series word's first letters.
_SERIES_WORD = re.compile(r"s[ēe]ri", re.IGNORECASE)


def _series_number(lines: list[Line]) -> Value | None:
    """ "Series CTV no. 0000742", "Serie / Folio | A 1523": the series and number as one."""
    for line in lines[:40]:
        # Every match opens with "seri" or "sēri" (the series word), in case as the pattern
        # reads it, and each run of cells read is part of the cells' text joined: a line
        # without that word holds no series.
        if _SERIES_WORD.search(" ".join(c.text for c in line.cells)) is None:
            continue
        for start in range(len(line.cells)):
            text = " ".join(c.text for c in line.cells[start : start + 3])
            match = _SERIES_NUMBER.search(text) if start == 0 else _SERIES_NUMBER.match(text)
            if match is None:
                continue
            joined = match.group("joined")
            series = match.group("series") or match.group("series2")
            number = match.group("number") or match.group("number2") or joined
            value = joined or f"{series} {number}"
            boxes = tuple(w.box for w in line.words if w.text.strip(":;,.") in (series, number))
            return Value(value, match.group(), boxes, 0.8)
    return None


def _under_title(lines: list[Line], eastern: bool = False) -> Value | None:
    for index, line in enumerate(lines[:40]):
        # A large title's words a wide space apart read as one (widetitle.py).
        for cell in title_cells(line, lambda text: _is_title(text, eastern)):
            # A title, not a caption ("Berechnungszeitraum:"): no colon, no digit.
            if (
                not _is_title(cell.text.strip(), eastern)
                or cell.text.rstrip().endswith(":")
                or any(ch.isdigit() for ch in cell.text)
            ):
                continue
            unders = _lines_under(lines, index, cell)
            for position, below in enumerate(unders):
                # "FACTURE" over "Numéro | Date | Code client" over the values: the
                # number column's value only (titlegridrow.py).
                row = unders[position - 1] if position else None
                column = number_column(row)
                for other in below.cells:
                    if row is not None and column is not None:
                        if under_other_caption(row, other):
                            continue
                        if other.x1 <= column.x0 or other.x0 >= column.x1:
                            continue
                    elif other.x1 < cell.x0 - 20 or other.x0 > cell.x1 + 60:
                        continue
                    text = other.text.strip()
                    if _UUID.fullmatch(text):
                        continue  # a CFDI's "Folio fiscal (UUID)": the stamp's id, no number
                    words = other.words
                    after = _after_bare_sign(below, other)
                    if after is not None:
                        # "RĒĶINS / INVOICE" over "Nr. / No. | … | MK-2024-031": the
                        # sign alone in its cell, the number further along its row.
                        words = [*other.words, *after.words]
                        text = _joined(words)
                    dated = signed_and_dated(words)  # "n. NC 3/2026 del 18/11/2026"
                    if dated is not None and _SIGNED_NUMBER.fullmatch(_joined(dated[0])):
                        words = dated[0]
                        text = _joined(words)
                    subject = number_before_subject(words)  # "Nº 2025/0158 – Certificación …"
                    if subject is not None and _SIGNED_NUMBER.fullmatch(_joined(subject)):
                        words = subject
                        text = _joined(words)
                    signed = (
                        _SIGNED_NUMBER.fullmatch(text)
                        or _CAPTIONED_NUMBER.fullmatch(text)
                        or _SIGNED_NUMBER.fullmatch(_ASIDE.sub("", text))  # "(dobropis) č. …"
                    )
                    if signed is not None:
                        # The number is the cell's last word ("Référence : FR48211937").
                        text = signed.group("number")
                        words = words[-1 - text.count(" ") :]
                    # The title is printed at least as large as its number, unless it
                    # captions a column of a grid ("FACTURA | FECHA | CLIENTE" over values).
                    grid = _grid_column(line, below, cell, other)
                    if (
                        (
                            _BARE_NUMBER.fullmatch(text)
                            or signed is not None
                            or (grid and _grid_number(text))
                            or _kicker_digits(text, line, below, cell, other)
                        )
                        and (sum(ch.isdigit() for ch in text) >= 3 or _SAFT_ID.fullmatch(text))
                        and (
                            parse_date(text) is None
                            or _signed_date_shape(signed, text)
                            or month_numbered(text, lines)  # "12/02/2025" (monthnumber.py)
                        )
                        and (
                            grid
                            or _height(cell.words) >= 0.9 * _height(other.words)
                            or _kicker(line, below, cell, other)
                        )
                    ):
                        return Value(text, text, tuple(w.box for w in words), 0.8)
    return None


# A number sign alone in its cell, bilingual perhaps ("Nr. / No.", "Br.", "Št.").
_BARE_SIGN = re.compile(
    r"(?:(?:nr|č)\.?\s*/\s*)?(?:no|nr|n\.?[°º]|č|[šs]t|br|broj)\.?\s*:?", re.IGNORECASE
)


def _after_bare_sign(below: Line, other: Cell) -> Cell | None:
    """The cell after a bare number sign's, where the sign fills a cell of its own."""
    if not _BARE_SIGN.fullmatch(other.text.strip()) or other is below.cells[-1]:
        return None
    return below.cells[below.cells.index(other) + 1]


def _joined(words: list[Word]) -> str:
    return " ".join(word.text for word in words)


# Digits alone, as a billing program counts its invoices ("FAKTÚRA" over "2026000312").
_PLAIN_DIGITS = re.compile(r"\d{4,12}")


def _kicker_digits(text: str, line: Line, below: Line, cell: Cell, other: Cell) -> bool:
    """Bare digits as the number a kicker title heads: with no series or separator they
    could be anything, but set flush with the title right under it, alone, they are its
    number; a year ("2026") is not."""
    return (
        _PLAIN_DIGITS.fullmatch(text) is not None
        and not 1990 <= int(text) <= 2100
        and _kicker(line, below, cell, other)
    )


def _kicker(line: Line, below: Line, cell: Cell, other: Cell) -> bool:
    """A small capitals title alone on its line right over a larger number alone on its own,
    both flush left ("RECHNUNG" over "NK-RE-2025-03-0592"): a modern layout's kicker, the
    number printed as the headline. A title block closing the letterhead's line at the right
    does the same flush right ("ZAHRADA PLUS | Faktura – daňový doklad" over "FA-2024-0218")."""
    flush_left = len(line.cells) == 1 and cell.text.isupper() and abs(other.x0 - cell.x0) <= 4.0
    flush_right = cell is line.cells[-1] and abs(other.x1 - cell.x1) <= 4.0
    # Flush right, the number's line may hold the letterhead's own line far left of the
    # title's column ("digital studio" under the logo).
    apart = all(c is other or c.x1 < cell.x0 - 20 for c in below.cells)
    return (
        (len(below.cells) == 1 and flush_left) or (apart and flush_right)
    ) and below.y0 - line.y1 <= 1.5 * line.height


def _lines_under(lines: list[Line], index: int, cell: Cell) -> list[Line]:
    """The next two lines with a cell under the title's, close below it: a line of another
    column only (a client block beside "NOTA DE CRÉDITO" over "N.º NC 2024/42") is passed."""
    line, out = lines[index], []
    for below in lines[index + 1 : index + 6]:
        if below.page != line.page or below.y0 - line.y1 > 2.5 * line.height:
            break
        if not any(other.x1 >= cell.x0 - 20 and other.x0 <= cell.x1 + 60 for other in below.cells):
            continue  # another column's line, a tagline's separator dots among them
        if below.y0 - line.y1 > 2.5 * min(line.height, 3 * below.height):
            break
        out.append(below)
        if len(out) == 2:
            break
    return out


def _signed_date_shape(signed: re.Match[str] | None, text: str) -> bool:
    """A number sign makes a slashed date shape a number ("Faktura" over "nr 7/04/2024", as
    Polish templates number by month); a dotted one stays a date."""
    return signed is not None and "." not in text and signed.re is _SIGNED_NUMBER


# A number alone in a grid cell: digits, perhaps with a series and separators ("000318").
_GRID_NUMBER = re.compile(r"[A-Z0-9][A-Z0-9\-/.]*\d")
# Under a grid's title caption, the number may keep its series a space apart ("Invoice" over
# "INV 55120", "FACTURA" over "FV 2025/0318"); a currency code before figures is a sum's.
_GRID_SERIES_NUMBER = re.compile(
    r"(?!(?:EUR|GBP|USD|CHF|CAD|AUD|SEK|NOK|DKK|PLN|CZK|HUF|RON|JPY)\b)"
    r"[A-Z]{2,4} [A-Z0-9]*\d[A-Z0-9\-/]*"
)


def _grid_number(text: str) -> bool:
    return bool(_GRID_NUMBER.fullmatch(text) or _GRID_SERIES_NUMBER.fullmatch(text))


def _grid_column(line: Line, below: Line, cell: Cell, other: Cell) -> bool:
    """Whether a title cell captions one column of a header grid: its row holds three or
    more captions without a digit, the row below as many values, and the value stands
    under the title ("FACTURA | FECHA | CLIENTE | PÁGINA" over "2025/000318 | 21/03/2025 |
    ..."), as Spanish and Italian accounting software prints the document's number."""
    return (
        len(line.cells) >= 3
        and len(below.cells) >= 3
        and not any(ch.isdigit() for ch in line.text)
        and other.x0 < cell.x1
        and other.x1 > cell.x0
    )


# A number printed in spaced digit groups ("300 412 7788 5190", "M0145 7720 31", "BR 2025 0311
# 4478", "SL-JA 5501 8832"): its head has no separator but a prefix's hyphen, each group
# after it is digits only.
_GROUPED_HEAD = re.compile(r"(?:[A-Z]{1,3}(?:-[A-Z]{1,3})? )?[A-Z]{0,3}\d+(?: \d+)*")
_DIGIT_GROUP = re.compile(r"\d{1,10}(?: \d{1,10})*")
_UNIT_SIGNS = frozenset("%€$£")


def digit_run(words: list[Word], start: int, number: Value) -> Value:
    """The number read so far with the digit groups that continue it from words[start] on, in
    the same run of print: never a following date ("12 März 2025"), amount or caption."""
    if not isinstance(number.value, str) or not _GROUPED_HEAD.fullmatch(number.value):
        return number
    text, boxes = number.value, list(number.boxes)
    for index in range(max(start, 1), len(words)):
        word, previous = words[index], boxes[-1]
        group = word.text.replace("\u00a0", " ")
        if not _DIGIT_GROUP.fullmatch(group) or words[index - 1].text[-1:] in ",;:":
            break  # not digits, or the number closed by its punctuation ("Jan 1, 2022")
        if not -1.0 <= word.box.x0 - previous.x1 <= space_width(previous, words[index - 1]):
            break  # another cell
        around = [w.text for w in words[index - 1 : index + 3]]
        if any(parse_date(" ".join(around[first:last])) for first in (0, 1) for last in (3, 4)):
            break  # the day or year of a date written out after the number ("12 März 2025")
        if len(around) > 2 and around[2][:1] in _UNIT_SIGNS:
            break  # "Nr. 4711 19 %", "12 €": a rate or an amount, not a group
        text = f"{text} {group}"
        boxes.append(word.box)
    if len(boxes) == len(number.boxes):
        return number
    return Value(text, text, tuple(boxes), number.confidence)


def space_width(box: Box, word: Word) -> float:
    """The widest gap one space leaves after a word: a share of its height, or in a
    monospaced ticket's digits ("724 2318845502", boxes cut to the glyphs) about two digits'
    ink: a short group's box loses its side bearings ("WR 2026 03 0611" in Courier leaves
    1.6 inked digits between "03" and "0611"), two spaces' cell gap stays wider."""
    height = max(box.y1 - box.y0, 1.0)
    digit = (box.x1 - box.x0) / len(word.text) if word.text.isdigit() else 0.0
    return max(CELL_GAP_RATIO * height, 1.75 * digit)
