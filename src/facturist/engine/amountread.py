"""Amounts read from words: a figure with its sign and currency, never a rate, a year, or the
number after a register, bank or phone caption."""

from __future__ import annotations

import re

from facturist.engine.accountgroups import in_account_groups
from facturist.engine.amountcaptions import in_iban
from facturist.engine.dateread import in_date
from facturist.engine.maskedaccount import masked_tail
from facturist.engine.model import Value, Word
from facturist.engine.parse.currency import without_currency
from facturist.engine.parsing import parse_amount
from facturist.engine.spacedgroups import join_spaced_groups

AMOUNT_TOKEN = re.compile(
    r"^[(\-]?[$€£]?-?\d{1,3}(?:[.,' \u00a0]\d{3})*(?:[.,]\d{1,4})?-?\)?[€$£]?$"
    r"|^-?\d+(?:[.,]\d{1,4})?$"
    # Indian lakh grouping: "1,15,500.00", "3,27,521.25".
    r"|^[(\-]?\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?-?\)?$"
    # A plus sign before cents ("Round Off +0.48"); never before a bare number ("+49").
    r"|^\+\d{1,3}(?:[.,' \u00a0]\d{3})*[.,]\d{2}$"
)


_SIGN_TOKENS = frozenset({"-", "-€", "-$", "-£", "−", "−€", "€-", "- €"})


_SIGNED_CODE = re.compile(r"[-−][A-Z]{3}")  # "-CHF 2'485.69": the sign before an ISO code

# A figure counting time is a period, never money: "Balance payable within 30 days",
# "zahlbar in 14 Tagen", "sous 30 jours", "entro 60 giorni", "a 30 días", "binnen 14 dagen".
_TIME_UNIT = re.compile(
    r"^(?:days?|weeks?|months?|years?|tagen?|wochen|monaten?|jahren?|jours?|semaines?|mois"
    r"|ans?|giorni|settimane|mesi|d[ií]as|semanas|meses|dagen|weken|maanden|dni)\b[.,;:]?$",
    re.IGNORECASE,
)

# A figure weighing goods is a weight, never money: "TOTAL WT 6,420 LBS", "Gross 1.250 kg".
_WEIGHT_UNIT = re.compile(r"^(?:lbs?|kgs?|kilos?|tons?|tonnes?)\b[.,;:]?$", re.IGNORECASE)

# A Canadian business number's program account after its nine digits ("741203392 RT0001"
# for GST/HST, "TQ0001" for Québec's QST): the digits before it are the tax ID after a
# caption such as "N° TPS", which names the tax and so reads as the tax's label.
_PROGRAM_ACCOUNT = re.compile(r"^(?:RT|TQ|RC|RP|RR|RZ)\d{4}$")


def _before_program_account(words: list[Word], index: int) -> bool:
    """The word at `index` is a group of a business number printed before its program
    account, perhaps spaced ("81927 4408 RT0001"); a figure with cents never is."""
    if not words[index].text.isdigit():
        return False
    for word in words[index + 1 :]:
        if _PROGRAM_ACCOUNT.match(word.text):
            return True
        if not word.text.isdigit():
            return False
    return False


# A legal reference's numbers are no money: "exempt from VAT (Art. 23 para. 2 no. 8 MWSTG)",
# "gemäß § 13b Abs. 2 UStG", "article 293 B du CGI"; pl "art. 43 ust. 1 pkt 29 lit. c", cs
# "§ 51 odst. 1 písm. b", sk "ods.", "čl." (never "ust": German's "USt." is the tax); nl
# "art. 11 lid 1 onderdeel g", it "art. 10 comma 1".
_LEGAL_REFERENCE = re.compile(
    r"^\(?(?:art|artikel|article|articolo|art[íi]culo|para|paragraph|par|§+|abs|absatz|no|nr"
    r"|al|lit|ziff|ziffer|sec|section|pkt|odst|ods|p[íi]sm|čl|lid|onderdeel|comma)\.?$",
    re.IGNORECASE,
)


# A clause's later parts before a whole number: Polish "ust." (ustęp, lower case: German's
# "USt." is the tax), its numbers and letters ("art. 43 ust. 1 pkt 29 lit. c").
_CLAUSE_PART = re.compile(r"ust\.|\d{1,4}[a-z]?|[a-z]\)?")
# A clause's next part after a number ("ust. 1 pkt 29", "§ 51 odst. 1 písm. b").
_CLAUSE_NEXT = re.compile(r"ust\.|(?i:pkt|lit|odst|ods|p[íi]sm|abs|lid|onderdeel|comma)\.?")
# How many words back a clause's first reference word may stand.
_CLAUSE_WORDS = 8


def _in_legal_clause(words: list[Word], index: int) -> bool:
    """A whole number inside a legal reference: "ust. 1" after "art. 43" (pl)."""
    if not re.fullmatch(r"\d{1,4}", words[index].text.rstrip(",;.")):
        return False
    following = words[index + 1].text if index + 1 < len(words) else ""
    if _CLAUSE_NEXT.fullmatch(following):
        return True  # "1 pkt 29": the paragraph before its point
    for word in reversed(words[max(0, index - _CLAUSE_WORDS) : index]):
        text = word.text.rstrip(",;")
        if _LEGAL_REFERENCE.match(text):
            return True
        if not _CLAUSE_PART.fullmatch(text):
            return False
    return False


# A street's kind after its house number, as Romance languages write it ("14 allée des
# Tilleuls", "8 rue des Tanneurs", "12 via Roma", "3 calle Mayor"), or the kind ending an
# English street name a few words on ("19 Gloucester Road", "221 Baker Street").
_STREET_KIND_FIRST = re.compile(
    r"^(?:rue|avenue|av\.|boulevard|bd|chemin|all[ée]e|impasse|quai|cours|route|place|via"
    r"|viale|piazza|corso|calle|avenida|rua|travessa|largo)$",
    re.IGNORECASE,
)
_STREET_KIND_LAST = re.compile(
    r"^(?:street|road|avenue|lane|drive|crescent|terrace|boulevard|square|gardens)$",
    re.IGNORECASE,
)


def house_number(words: list[Word], index: int) -> bool:
    """The word at `index` is a bare number of up to four digits that opens a street."""
    if not re.fullmatch(r"\d{1,4}", words[index].text):
        return False
    after = [w.text.rstrip(",") for w in words[index + 1 : index + 5]]
    if after and _STREET_KIND_FIRST.match(after[0]):
        return True
    for text in after[:3]:
        if not text.isalpha():
            return False
        if _STREET_KIND_LAST.match(text):
            return True
    return False


def read_amount(words: list[Word], *, last: bool = True) -> Value | None:
    """The last (or first) amount among words, ignoring percentages."""
    # "20" "900,00" "PLN" set as wide apart as words: one figure (spacedgroups.py).
    words = join_spaced_groups(words)
    found: list[Value] = []
    for index, word in enumerate(words):
        text = word.text.strip(":")
        if not any(map(str.isdigit, text)):
            # Every branch of AMOUNT_TOKEN needs a digit (\d), and without_currency and the
            # strips below only take characters away: a word without one is skipped below.
            continue
        following = words[index + 1].text if index + 1 < len(words) else ""
        if text.endswith("%") or following.startswith("%"):
            continue
        core = without_currency(text.strip("€$£"))
        if core.startswith("(") and ")" not in core:
            core = core[1:]  # "(35,13 €)": a bracketed aside whose symbol closes the bracket
        if not core or not AMOUNT_TOKEN.match(core):
            continue
        previous = words[index - 1].text if index > 0 else ""
        if core.startswith("(") and previous.endswith("%") and _aside(words[index - 1], word):
            # "MwSt. 19 % (579,00)": the base the rate applies to, in brackets. In a column of
            # its own ("Sales Tax 7.25% | (132.12)") it is a credit memo's negative tax.
            continue
        if _after_register(words, index) or in_iban(words, index):
            continue  # "HRB Nr. 372876", "Tel 0221 12345": an ID, never money
        if in_account_groups(words, index):
            continue  # "26 1050 1575 ... 6254": an account's groups (accountgroups.py)
        if masked_tail(words, index):
            continue  # "Konto DE•• •••• 4412": a masked account's last digits (maskedaccount.py)
        if in_date(words, index):
            continue  # "pay the amount due by 27 June 2025": a year, never money
        if _before_program_account(words, index):
            continue  # "N° TPS : 741203392 RT0001": a business number, never money
        if _TIME_UNIT.match(following):
            continue  # "within 30 days": a period
        if _WEIGHT_UNIT.match(following):
            continue  # "TOTAL WT 6,420 LBS": a weight
        if _LEGAL_REFERENCE.match(previous) or _in_legal_clause(words, index):
            continue  # "Art. 23 para. 2 no. 8": an article, paragraph or item
        if house_number(words, index):
            continue  # "14 allée des Tilleuls" beside a caption: a street, never money
        amount = parse_amount(core)
        if amount is None:
            continue
        if amount > 0 and (previous in _SIGN_TOKENS or _SIGNED_CODE.fullmatch(previous)):
            amount = -amount  # "-€ 11.681,16": the sign printed before the currency symbol
        found.append(Value(float(amount), word.text, (word.box,)))
    if not found:
        return None
    return found[-1] if last else found[0]


def _aside(rate: Word, word: Word) -> bool:
    """The bracketed word follows the rate within its phrase, not a column's gap away."""
    height = max(rate.box.y1 - rate.box.y0, word.box.y1 - word.box.y0, 1.0)
    return word.box.x0 - rate.box.x1 <= _ASIDE_GAP * height


# A gap of a few spaces at most (a cell's own word gap is under one text height).
_ASIDE_GAP = 1.5


# Register, tax-office, customer, article, bank, phone and payment-reference captions: the
# number after one is an identifier, however much it looks like an amount.
_REGISTER = re.compile(
    r"(?:HRB|HRA|Amtsgericht|Handelsregister|Registergericht|RCS|SIRET|SIREN|KvK|"
    r"REGON|NIP|KRS|Steuernummer|Steuer-?Nr|St\.?-?Nr|Kunden-?Nr|Kundennummer|GLN|GTIN|EAN|"
    r"IBAN|BLZ|BIC|Konto|Kto|Tel|Telefon|Telefax|Fax|Phone|Mobil"
    # A payment reference's number, however grouped ("Käytäthän viitenumeroa 550 09276"): fi
    # "Viite", "Viitenumero", "Viitenro", sv "Referensnummer", "Ref.nr", "OCR-nummer", no "KID".
    r"|viite(?:numeroa?|nro)?|referens(?:nummer|nr)|ref\.?\s?nr|OCR(?:-?nummer)?|KID(?:-?nr)?)\W*",
    re.IGNORECASE,
)


# Words that may stand between such a caption and its number ("HRB Nr. 372876"), and the
# leading groups of a spaced phone or account number ("Telefon : +49 932 431 0").
# An IBAN's groups count as joins too ("IBAN NL94 INGB 0664 5812 18": the 18 is no amount).
_REGISTER_JOIN = re.compile(
    r"(?:Nr|No|Nummer|Number|n°|#|:|-|\+?\d{1,5})\W*|(?-i:[A-Z]{2}\d{2}|[A-Z]{4})", re.IGNORECASE
)


def _after_register(words: list[Word], index: int) -> bool:
    """The word at `index` follows a register / ID caption, perhaps through "Nr." or ":"."""
    for word in reversed(words[max(0, index - 6) : index]):
        if _REGISTER.fullmatch(word.text):
            return True
        if not _REGISTER_JOIN.fullmatch(word.text):
            return False
    return False
