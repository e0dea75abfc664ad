"""Which company a footer's payment or trading-name sentence names: the bank, or the issuer.

"Please make payment to our client account: Lloyds Bank plc, Sort Code 30-94-57, Account
00451278" names, with its legal form, the bank that keeps the account, never the issuer: the
piece after the name is the account's (sort code, account number, IBAN). "Ashworth Pryce is
the trading name of Ashworth Pryce LLP, a limited liability partnership ..." names the issuer
after its lead-in, in a sentence that otherwise reads as no one's name.
"""

from __future__ import annotations

import re

# A payment line's account piece: UK "Sort Code"/"S/C", "Account (No)", "A/C", "IBAN", "BIC",
# "SWIFT", Australia's "BSB", the US "Routing"/"ABA", "Konto".
_ACCOUNT_PIECE = re.compile(
    r"(?:IBAN|BIC|SWIFT|BSB|ABA|Routing|Sort\s*Code|S/C|A/C|Konto(?:nummer|-?Nr)?|Account)\b",
    re.IGNORECASE,
)

# A bank's name with an account number after it on one line ("AB SEB bankas · LT60 7044 ...",
# "Swedbank AS, EE38 2200 ..."), or with the national codes of the bank and its branch
# ("Banca Etruria - Ag. Foiano ABI 05390 CAB 71620": Italy's bank and branch codes, whose
# "Ag." (agenzia, the branch) reads like a legal form; Germany's "BLZ 700 202 70"; the UK's
# "Sort Code 20-45-77"), or with the bank's BIC.
_BANK_LINE = re.compile(
    r"\b(?:\w*bank\w*|pank|banka|bankas|banca|banco|banque)\b.*(?:\b[A-Z]{2}\d{2}\s?(?:[A-Z0-9]{4}\s?){2,}"
    r"|\b(?:ABI|CAB|BLZ|Sort\s*Code)\b\W{0,3}\d{2}|\b(?:BIC|SWIFT)\b\W{0,3}[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b)",
    re.IGNORECASE,
)

# "<brand> is the trading name of", "... is a trading style of", "... trades as a division of".
_TRADING_NAME_OF = re.compile(
    r"^[^,;:]{1,80}?\s+(?:is|are)\s+(?:the|a)\s+(?:registered\s+)?trading\s+(?:name|style)s?\s+"
    r"of\s+(?=\S)",
    re.IGNORECASE,
)


def account_piece(text: str) -> bool:
    """Whether a piece opens with an account's details ("Sort Code 30-94-57", "IBAN ...")."""
    return _ACCOUNT_PIECE.match(text.strip()) is not None


def bank_before_account(part: str) -> bool:
    """Whether the name opening a footer's part is the bank's: the comma-separated piece
    right after the name's pieces (those without a digit) holds the account's details."""
    pieces = part.split(",")
    for index, piece in enumerate(pieces):
        if any(ch.isdigit() for ch in piece):
            return index > 0 and account_piece(piece)
    return False


# A bank's name: "Erste Bank der österreichischen Sparkassen AG", "Volksbank Wien AG", "Banca
# Sella S.p.A.", "Caixa Geral de Depósitos, S.A.", "Raiffeisenlandesbank NÖ-Wien AG".
_BANK_NAME = re.compile(
    r"\b(?:\w*bank\w*|\w*sparkass\w*|raiffeisen\w*|banca|banco|banque|caixa|caja)\b",
    re.IGNORECASE,
)


def bank_after_details(index: int, part: str) -> bool:
    """Whether a footer line's part after its first names a bank: "UID-Nr. ATU... ·
    Gewerbebehörde ... · Erste Bank der österreichischen Sparkassen AG" lists the issuer's
    details, then the bank its account is held at (the account itself printed elsewhere);
    a bank billing in its own name prints its name first."""
    return index > 0 and _BANK_NAME.search(part) is not None


def after_trading_name_of(text: str) -> str:
    """The legal name a "<brand> is the trading name of <company>" sentence names; else the
    text as it is."""
    return _TRADING_NAME_OF.sub("", text, count=1)


def bank_line(text: str) -> bool:
    """Whether the cell is a bank's name with an account number after it."""
    return _BANK_LINE.search(text) is not None


def names_bank(text: str) -> bool:
    """Whether the text names a bank ("Barclays Bank PLC, Leeds City Branch")."""
    return _BANK_NAME.search(text) is not None
