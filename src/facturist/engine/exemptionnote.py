"""A note that no VAT is charged (small-business exemption, reverse charge, exempt or
out-of-scope supplies): tax 0 and net = total; and where a net copied from the total is no
net (a payment reminder, the margin scheme)."""

from __future__ import annotations

import re

from facturist.engine.model import Value

# A note that no VAT is charged: small-business exemption, reverse charge, exempt supplies.
_EXEMPTION = re.compile(
    r"§\s*19\s*(?:abs\.?\s*\d\s*)?ustg|kleinunternehmer|steuerbefreit|umsatzsteuerfrei"
    r"|steuerschuldnerschaft des leistungsempf|reverse[\s\-]charge|autoliquidation"
    r"|tva non applicable|293\s*b du cgi|vat exempt|exempt from vat|no vat (?:is )?charged"
    r"|iva exent[ao]|exent[ao] de iva|esente (?:da )?iva|isento de iva|vrijgesteld van btw"
    r"|btw verlegd|zwolnion[aey]? z (?:podatku )?vat|non soggett[ao] (?:ad )?iva"
    # "Umsatzsteuer wird nicht erhoben" (a public officer's fees), "keine USt. berechnet".
    r"|(?:umsatzsteuer|mehrwertsteuer|ust\.?|mwst\.?)\s+wird\s+nicht\s+(?:erhoben|berechnet)"
    r"|keine\s+(?:umsatzsteuer|mehrwertsteuer|ust\.?|mwst\.?)\s+(?:erhoben|berechnet)"
    # Exempt supplies by law: "gemäß § 4 Nr. 14 a UStG von der Umsatzsteuer befreit" (doctors,
    # insurers, landlords), Austria's "§ 6 Abs. 1 Z 27 UStG", France's "exonéré de TVA
    # (art. 261 du CGI)", "outside the scope of VAT".
    r"|von\s+der\s+(?:umsatz|mehrwert)steuer\s+(?:befreit|ausgenommen)"
    r"|steuerfreie?\s+(?:nach|gem(?:äß|\.))|§\s*4\s*nr\.?\s*\d+\s*[a-z]?\s*\)?\s*ustg"
    r"|§\s*6\s*abs\.?\s*1\s*z\.?\s*27\b|exon[ée]r[ée]e?s?\s+de\s+(?:la\s+)?tva"
    r"|exon[ée]ration\s+de\s+(?:la\s+)?tva|art(?:icle|\.)\s*261\b|vat[\s\-]exempt"
    r"|exempt\s+(?:from|of)\s+vat|outside\s+the\s+scope\s+of\s+vat|btw[\s\-]vrijgesteld"
    # Supplies outside VAT altogether (a club's dues, a charity's fees): "Die Beiträge
    # unterliegen nicht der Umsatzsteuer", "nicht umsatzsteuerpflichtig", "non soumis à la
    # TVA", "not subject to VAT", "fuori campo IVA", "exento del IVA".
    r"|(?:unterlieg\w*|unterfall\w*)\s+nicht\s+der\s+(?:umsatz|mehrwert)steuer"
    r"|nicht\s+(?:umsatz|mehrwert)?steuer(?:pflichtig|bar)"
    r"|non\s+soumise?s?\s+[àa]\s+(?:la\s+)?tva|not\s+subject\s+to\s+(?:vat|sales\s+tax)"
    r"|fuori\s+campo\s+(?:di\s+applicazione\s+)?(?:dell'\s?)?iva"
    r"|exent[ao]s?\s+del\s+iva|niet\s+(?:onderworpen\s+aan|belast\s+met)\s+(?:de\s+)?btw"
    # Italy's flat-rate scheme for small traders (L. 190/2014) charges no IVA: "Operazione
    # senza applicazione dell'IVA", "Regime forfettario".
    r"|senza\s+applicazione\s+(?:dell['’]\s?)?iva|regime\s+forfettario",
    re.IGNORECASE,
)


# A payment reminder's title: the sum it asks for is an earlier invoice's gross plus
# interest and fees, never a net.
_REMINDER = re.compile(
    r"\b(?:maksumuistutus|zahlungserinnerung|mahnung|payment reminder|betalingsp[åa]minnelse"
    r"|betalningsp[åa]minnelse|rykker|lettre de rappel|betalingsherinnering"
    r"|sollecito di pagamento)\b",
    re.IGNORECASE,
)


_TITLE_REACH = 400

# The margin scheme for second-hand goods, art and travel: the price holds VAT on the dealer's
# margin that the invoice may not show (§ 25a UStG, Art. 313 ff. of the VAT Directive), so
# the total is no net and no tax can be read from it.
_MARGIN_SCHEME = re.compile(
    r"differenzbesteuerung|§\s*25a\s*ustg|margin scheme|r[ée]gime (?:particulier )?de la marge"
    r"|regime del margine|r[ée]gimen especial de (?:los )?bienes usados|margeregeling"
    # The travel margin scheme (Art. 306 ff. of the VAT Directive): a travel agency's or tour
    # operator's price holds VAT on its margin alone. de § 25 UStG "Sonderregelung für
    # Reisebüros" (not § 25b, the triangular trade), at § 23 UStG "Margenbesteuerung für
    # Reiseleistungen", fr "Régime particulier – Agences de voyage" (art. 266-1-e du CGI),
    # "TVA sur marge", it "regime speciale per le agenzie di viaggio" (art. 74-ter), es
    # "Régimen especial de las agencias de viajes", pt "Regime especial das agências de
    # viagens"; en "Tour Operators' Margin Scheme" is a margin scheme above.
    r"|§\s*25\s*(?:abs\.?\s*\d\s*)?ustg|§\s*23\s*(?:abs\.?\s*\d\s*)?ustg"
    r"|sonderregelung\s+f[üu]r\s+reiseb[üu]ros|margenbesteuerung"
    r"|(?:besteuerung|steuer)\s+(?:von|f[üu]r)\s+reiseleistungen"
    r"|r[ée]gime\s+particulier\W+agences?\s+de\s+voyages?|tva\s+sur\s+(?:la\s+)?marge"
    r"|\b266[\s\-]1[\s\-]e\b|\bart(?:icolo|\.)?\s*74[\s\-]?ter\b"
    r"|regime\s+speciale\s+(?:per\s+)?(?:le\s+)?agenzie\s+di\s+viaggi"
    r"|r[ée]gimen\s+especial\s+de\s+(?:las\s+)?agencias\s+de\s+viajes"
    r"|regime\s+especial\s+(?:de\s+tributa[çc][ãa]o\s+)?das\s+ag[êe]ncias\s+de\s+viagens",
    re.IGNORECASE,
)


def with_exemption(chosen: dict[str, Value], text: str) -> None:
    """A total with no tax printed, on an invoice that says no VAT is charged ("Gemäß § 19
    UStG wird keine Umsatzsteuer berechnet"): the tax is 0 and the net is the total.

    On a payment reminder, or a sale under the margin scheme, a net copied from the total
    (none printed) is dropped."""
    net, total = chosen.get("net_amount"), chosen.get("total_amount")
    copied = net is not None and total is not None and not net.text and net.value == total.value
    # The title stands near the top: "ohne Mahnung" in a payment term makes no reminder.
    reminder = _REMINDER.search(text[:_TITLE_REACH])
    if copied and "tax_amount" not in chosen and (reminder or _MARGIN_SCHEME.search(text)):
        del chosen["net_amount"]
        return
    if total is None or "tax_amount" in chosen or not _EXEMPTION.search(text):
        return
    chosen["tax_amount"] = Value(0.0, "", (), 0.8)
    chosen.setdefault("net_amount", Value(total.value, total.text, total.boxes, 0.8))
