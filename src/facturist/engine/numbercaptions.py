"""The words of an invoice number's caption: the document's name and the number's word.

"Rechnungsnummer", "Invoice No.", "N° de facture": labels.py builds the invoice number's
captions from these two vocabularies, kept here apart so that the lexicon stays readable.
"""

from __future__ import annotations

NUMBER_WORD = (
    r"(?:nummer|number|numer|n[uú]m\.?|no\.?|nr\.?|n\.?\s?[°º]\.?|n\.|#|numéro|numero|número"
    r"|nro\.?|id"
    # Croatian "br.", "broj" (hr, sr, bs), Slovene "št.", Czech and Slovak "č.", the numero
    # sign (Bulgarian).
    r"|broj|br\.?|[šs]t\.|[čc]\.|№"
    # lv "numurs", lt "numeris", sl "številka" ("Rēķina numurs", "Sąskaitos numeris").
    r"|numurs|numeris|[šs]tevilka"
    # A low-resolution scan reads "m" as "rn" ("nurnber", "Rechnungsnurnmer", "nurnéro").
    r"|nu(?:rnm|mrn|rnrn)er|nurnb?er|nurn[ée]ro)"
)
INVOICE_WORD = (
    r"(?:rechnungs?|invoice|inv\.?|facture|factura|fattura|factuur|fatura|faktura vat"
    r"|faktura koryguj[aą]ca|faktura|gutschrifts?"
    r"|belegs?|bill|receipt|tax invoice|credit note|nota di credito|nota de cr[ée]dito|creditnota"
    # Portugal's "Fatura-recibo N.º", issued on payment.
    r"|fatura[\s\-]recibo"
    # A solicitor's or barrister's "Fee Note No." (Ireland, UK): the invoice's number.
    r"|avoir|fee note"
    # Belgium's professionals (accountants, architects, lawyers) bill by "Ereloonnota nr.",
    # "Ereloonstaat nr." or "Staat van ereloon nr."; French ones by "Note d'honoraires n°".
    r"|ereloon(?:nota|staat)|staat van erelo(?:on|nen)|note d['’]\s?honoraires"
    # A Dutch lawyer's or adviser's fee note, the "Declaratie" ("Declaratienummer",
    # "Declaratienr."); Italy's "Parcella n.", Spain's "Minuta (de honorarios) n.º".
    r"|declaratie|parcella|minuta(?:\s+de\s+honorarios)?"
    # Danish and Norwegian credit notes: "Kreditnotanr.", "Kreditnota nr.".
    r"|kreditnota"
    # Belgium's and Switzerland's "Note de crédit"; "Invoice" as OCR misreads its "I" or "i"
    # ("lnvoice", "Involce").
    r"|note de cr[ée]dit|[l1]nvoice|invo[l1]ce"
    # Central and Eastern Europe: sk "Faktúra", hu "Számla", sl/hr "Račun", et "Arve",
    # lv "Rēķins" (OCR reads its "Ē" as "È": "RÈKINS"), lt "Sąskaita (faktūra)", bg "Фактура".
    # A bank account is a "račun" too: hr "Žiro račun br.", sr "Tekući račun broj".
    r"|fakt[úu]ra|sz[áa]mla|(?<!žiro )(?<!ziro )(?<!tekući )(?<!tekuci )(?<!devizni )"
    r"(?<!transakcijski )(?<!poslovni )ra[čc]un"
    # Their genitives before the number's word: lv "Rēķina Nr.", lt "Sąskaitos Nr.".
    r"|arve|r[ēeè][ķk]in[sa]|s[ąa]skait(?:a|os)(?: fakt[ūu]r(?:a|os))?|фактура"
    # Austrian and German fee notes: "Honorarnote" (lawyers, tax advisers, brokers),
    # "Kostennote" (lawyers, notaries), "(Privat)Liquidation" (doctors in private practice).
    r"|honorarnote|kostennote|(?:privat)?liquidation"
    # A German tax adviser's "Gebührennote"; Italy's utility bill, "Bolletta n.".
    r"|geb[üu]hrennote|bolletta"
    # A German notary's cost note is numbered in the cost register: "Kosten-Reg.-Nr.",
    # "Kostenregister-Nr.", "Kostenregisternummer" (the deed register's "UR-Nr." is not it).
    r"|kosten[\s\-]?reg(?:ister|\.)?"
    # An insurer's premium notice, its own number: Austria's "(Prämien)Vorschreibung Nr.",
    # Italy's "Avviso (di scadenza) n.".
    r"|(?:pr[äa]mien)?vorschreibung|avviso(?:\s+di\s+scadenza)?)"
)
