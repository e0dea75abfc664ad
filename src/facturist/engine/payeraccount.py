"""Words around an IBAN that make it the customer's account a direct debit draws on.

A caption naming the payer ("Käufer-IBAN", "IBAN des Zahlungspflichtigen", "Belastetes Konto
(IBAN)", XRechnung's BT-91 "IBAN to be debited"), a mandate reference beside the IBAN, or the
sentence announcing the debit: a bill collected by SEPA direct debit (tolls, telecoms,
utilities, subscriptions) prints the customer's account it is charged to, "Importo addebitato
sul c/c IBAN … intestato al cliente", "Der Betrag wird abgebucht von IBAN …", "Montant prélevé
sur le compte …", "Recibo domiciliado en …", "Het bedrag wordt afgeschreven van …", "The amount
will be debited from …". Such an account is the payer's, never the payee's.
"""

from __future__ import annotations

import re

from facturist.engine.captionplace import BUYER_WORDS
from facturist.engine.partyiban import DEBITED

# "Käufer-IBAN", "IBAN des Zahlungspflichtigen", "von Ihrem Konto mit IBAN", an IBAN beside a
# mandate reference: the account a direct debit draws on, the buyer's.
_PAYER_BEFORE = re.compile(
    r"\b(?:(?:ihrem|your) (?:\w+ )?(?:konto|account)(?: mit| with)?|mandat\w*(?:\W+\S+){0,3})\W*$|"
    rf"\b(?:{BUYER_WORDS}|payer|debtor|zahler)[\s\-:|]*$",
    re.IGNORECASE,
)
# A reference or number the buyer word qualifies ("référence client", "numéro client"): a
# transfer's instructions asking for it over the seller's IBAN, no payer's caption.
_REFERENCE_BEFORE = re.compile(
    r"\b(?:r[ée]f[ée]rences?|referencias?|riferimento|num[ée]ro|n[°º]|number|code)\s*$",
    re.IGNORECASE,
)
# "IBAN des zu belastenden Kontos" (XRechnung's BT-91), "IBAN to be debited": the same.
_PAYER_AFTER = re.compile(
    r"^\W*(?:des\s+)?(?:zahlungspflichtig\w*|zahlers?|kunden?|k[äa]ufers?|payer|debtor|customer"
    r"|zu belastenden?|(?:of the )?(?:account )?to be debited|[àa] d[ée]biter)\b",
    re.IGNORECASE,
)
# The sentence's words before the caption, up to it within the clause (no full stop between).
_DEBITED_BEFORE = re.compile(
    r"(?:"
    # it: "addebitato (il 20/04) sul c/c", "addebito diretto su conto", "conto del cliente".
    r"\baddebit\w*\b[^.;]{0,40}\bsu(?:l|l\s+suo)?\s+(?:c/c|conto)\b"
    r"|\baddebito\s+diretto\s+su\b|\bconto\s+(?:corrente\s+)?del\s+cliente\b"
    # de: "wird abgebucht von", "Lastschrift von Konto".
    r"|\babgebucht\s+(?:von|vom)\b|\blastschrift\s+(?:von|vom)\s+(?:ihrem\s+)?konto\b"
    # fr: "prélevé sur (votre compte)", "votre compte".
    r"|\bpr[ée]lev[ée]e?s?\s+sur\b|\bvotre\s+compte\b"
    # es: "domiciliado en", "su cuenta", "cargo en cuenta".
    r"|\bdomiciliad[oa]s?\s+en\b|\bsu\s+cuenta\b|\bcargo\s+en\s+(?:su\s+)?cuenta\b"
    # nl: "wordt afgeschreven van", "uw rekening".
    r"|\bafgeschreven\s+(?:van|op)\b|\buw\s+rekening\b"
    # en: "debited from", "your account".
    r"|\bdebited\s+(?:from|to)\b|\byour\s+(?:bank\s+)?account\b"
    r")[^.;]{0,40}$",
    re.IGNORECASE,
)
# After the IBAN itself: the account is held in the customer's name ("intestato al cliente",
# "au nom du client", "a nombre del cliente", "auf den Namen des Kunden", "op naam van de
# klant", "in the customer's name").
_HELD_BY_CUSTOMER = re.compile(
    r"^[\s:]*(?:[A-Z]{2}\d{2}(?:\s?[0-9A-Z]){8,32})?[\s,(]*"
    r"(?:intestat[oa]\s+al\s+cliente|au\s+nom\s+du\s+client|a\s+nombre\s+del\s+cliente"
    r"|auf\s+den\s+namen\s+des\s+kunden|op\s+naam\s+van\s+de\s+klant"
    r"|in\s+the\s+customer'?s\s+name|held\s+by\s+the\s+customer)\b",
    re.IGNORECASE,
)


def payers_account(before: str, after: str) -> bool:
    """Whether the text before an IBAN caption or after it (the IBAN itself, then the words
    that follow) makes the account the payer's, a direct debit's, not the seller's."""
    # "Belastetes Konto (IBAN)": the account a direct debit draws on (partyiban.py).
    payer = _PAYER_BEFORE.search(before)
    if payer is not None and _REFERENCE_BEFORE.search(before[: payer.start()]):
        payer = None  # "en indiquant votre référence client :" names the transfer's reference
    if DEBITED.search(before) or payer is not None or _PAYER_AFTER.match(after):
        return True
    # "addebitato sul c/c IBAN … intestato al cliente", "prélevé sur votre compte".
    return bool(_DEBITED_BEFORE.search(before) or _HELD_BY_CUSTOMER.match(after))
