"""Multilingual label lexicon (en, de, fr, es, it, nl, pt, pl): which words announce which field.

Each field lists regular expressions from most to least specific; the index is the label's rank.
"""

from __future__ import annotations

import re

_NUM = (
    r"(?:nummer|number|numer|num\.?|no\.?|nr\.?|n\.?\s?[°º]\.?|n\.|#|numéro|numero|número"
    r"|nro\.?|id)"
)
_INVOICE = (
    r"(?:rechnungs?|invoice|inv\.?|facture|factura|fattura|factuur|fatura|faktura|gutschrifts?"
    r"|belegs?|bill|receipt|tax invoice|credit note|nota di credito|nota de cr[ée]dito|creditnota"
    r"|avoir)"
)

_RAW: dict[str, list[str]] = {
    "invoice_number": [
        rf"\b{_INVOICE}[\s\-]*{_NUM}(?![a-z])",
        rf"\b\w*(?:rechnung|invoice|gutschrift|facture|factura|fattura|factuur|fatura|"
        rf"faktura|korrektur)\w*\s*(?:\(\d+\))?\s*{_NUM}(?![a-z])",
        # "Nº factura", "Numéro de facture", "Numer faktury": the number word first.
        rf"(?<![\w.]){_NUM}\s*(?:(?:de|da|del|della|van|of)\s+(?:la\s+)?)?(?:facture|factura|"
        r"fattura|fatura|faktury|factuur|invoice|rechnung|nota de cr[ée]dito|avoir|rectificativa"
        r"|abono|korekty|creditnota|credit note)\b",
        r"\(\d{3}\)\s*(?:nr|no)\.?",
        r"\b(?:document|doc|dokument|cash bill|bill|receipt|order|transaction|"
        r"trans)\s*(?:no\.?|nr\.?|number|#)(?![a-z])",
        r"\brechnung\b(?=\s*[A-Z]{0,4}[\-/]?\d)",
    ],
    "invoice_date": [
        r"\b(?:rechnungsdatum|invoice date|date of invoice|date de (?:la )?facture|"
        r"fecha de (?:la )?factura|fecha de emisi[oó]n"
        r"|data (?:della )?fattura|factuurdatum|data da fatura|data de emiss[aã]o|"
        r"data wystawienia|belegdatum|date of issue|issue date"
        r"|ausstellungsdatum|datum faktury|billing date|document date)\b",
        r"\b(?:datum|date|fecha|data|date d'émission)\b",
    ],
    "due_date": [
        r"\b(?:f[äa]lligkeit(?:sdatum)?|f[äa]llig am|zahlbar bis(?: zum)?|due date|"
        r"payment due(?: date)?|date due|due by|due on"
        r"|[ée]ch[ée]ance|date limite de paiement|fecha de vencimiento|vencimiento|scadenza|"
        r"vervaldatum|vervaldag"
        r"|data de vencimento|termin p[łl]atno[śs]ci|zahlungsziel)\b",
        r"\b(?:bis zum|bis sp[äa]testens|zahlbar bis)\b",
    ],
    "total_amount": [
        r"\b(?:bruttosumme|rechnungssumme brutto|gesamtbetrag brutto|rechnungsbetrag|"
        r"bruttobetrag|gesamtsumme|endbetrag|grand total|invoice total"
        r"|total amount|total ttc|montant ttc|importe total|total factura|totale fattura|"
        r"totale documento|totaalbedrag|totaal incl"
        r"|valor total|total a pagar|warto[śs][ćc] brutto|razem do zap[łl]aty|"
        r"total incl\.? (?:vat|tax)|total including (?:vat|tax)|total \(incl)",
        r"\b(?:gesamtbetrag(?! der (?:zu|ab)schl)|gesamt brutto|brutto|total|totaal|totale|"
        r"summe|amount)\b",
    ],
    "net_amount": [
        r"\b(?:rechnungssumme ohne ust|rechnungssumme netto|summe netto|gesamt netto|"
        r"nettosumme|nettobetrag|netto gesamt|net amount|net total"
        r"|sub[\s\-]?total|total ht|montant ht|total hors taxes|base imponible|imponibile|"
        r"totaal excl|subtotaal|valor l[íi]quido|total il[íi]quido|razem netto|suma netto"
        r"|warto[śs][ćc] netto|total excl\.? (?:vat|tax)|total excluding (?:vat|tax)|"
        r"total before tax|amount before tax|total \(excl)",
        r"\b(?:netto|net|warenwert)\b",
    ],
    "tax_amount": [
        r"\b(?:steuerbetrag|ust\.? gesamt|mwst\.? gesamt|umsatzsteuer gesamt|summe ust|"
        r"summe mwst|gesamt ust|total tax|total vat|vat amount|tax amount"
        r"|montant tva|total tva|importe iva|total iva|iva|totale iva|btw bedrag|totaal btw|"
        r"valor do iva|kwota vat|gst amount|total gst|sales tax)\b",
        r"\b(?:mwst|ust|umsatzsteuer|mehrwertsteuer|vat|tax|tva|btw|gst|sst)\b",
    ],
    "amount_due": [
        r"\b(?:zahlbetrag|zu zahlen(?:der betrag)?|offener betrag|f[äa]lliger betrag|"
        r"amount due|balance due|total due|amount payable|net [àa] payer"
        r"|reste [àa] payer|importe a pagar|da pagare|te betalen|valor a pagar|do zap[łl]aty|"
        r"rounded total|total payable)\b",
    ],
    "currency": [
        r"\b(?:rechnungsw[äa]hrung|w[äa]hrung|currency|devise|moneda|valuta|moeda|waluta|"
        r"betr[äa]ge in)\b",
    ],
    "seller_vat_id": [
        r"\b(?:ust\.?[\s\-]*id(?:ent)?\.?[\s\-]*(?:nr)?|ust[\s\-]?idnr|ust\.?[\s\-]*identnr|"
        r"umsatzsteuer[\s\-]?id|vat[\s\-]?(?:id|no|number|reg)|tva intracom|n° tva"
        r"|nif|cif|partita iva|p\.? ?iva|btw[\s\-]?(?:nr|nummer)|nip|gst (?:reg|id|no))\w*",
    ],
    "iban": [r"\biban\b"],
}

LABELS: dict[str, list[re.Pattern[str]]] = {
    key: [re.compile(pattern, re.IGNORECASE) for pattern in patterns]
    for key, patterns in _RAW.items()
}

# One pattern per field, its alternatives in rank order: `match.lastgroup` ("r0", "r1", ...)
# names the rank. One scan per field and line instead of one per label.
LABELS_BY_RANK: dict[str, re.Pattern[str]] = {
    key: re.compile(
        "|".join(f"(?P<r{rank}>{pattern})" for rank, pattern in enumerate(patterns)),
        re.IGNORECASE,
    )
    for key, patterns in _RAW.items()
}

SELLER_SECTION = re.compile(
    r"^(?:verk[äa]ufer|ver k[äa]ufer|lieferant|rechnungsersteller|seller|vendor|supplier|"
    r"from|service provider|fournisseur|vendeur"
    r"|emisor|proveedor|fornitore|cedente|leverancier|verkoper|fornecedor|sprzedawca|emitente"
    r"|mittente|afzender|[ée]metteur|wystawca|absender|rechnungssteller)\b\s*:?",
    re.IGNORECASE,
)
BUYER_SECTION = re.compile(
    r"^(?:k[äa]ufer|rechnungsempf[äa]nger|leistungsempf[äa]nger|kunde|buyer|customer|"
    r"bill(?:ed)? to|sold to|invoice to|client|factuuradres|rechnungsadresse|billing address"
    r"|adresse de facturation|direcci[oó]n de facturaci[oó]n|indirizzo di fatturazione"
    r"|morada de fatura[cç][aã]o|odbiorca|nabywca|factur[ée] [àa]|destinat[áa]rio"
    r"|acheteur|factur[ée] [àa]|cliente|destinatario|cessionario|klant|koper|comprador|nabywca)\b",
    re.IGNORECASE,
)
# Lines that are themselves "label: value" pairs (Nummer: 123) are not a party's name.
LABEL_VALUE_LINE = re.compile(r"^[\w .\-/()]{2,40}\s*:\s*\S")
NAME_LABEL = re.compile(
    r"^(?:name|firma|company|raison sociale|nombre|nome|naam|nazwa)\s*:\s*", re.IGNORECASE
)
LEGAL_FORM = re.compile(
    r"\b(?:gmbh|ag|kg|ug|e\.?k|ohg|gbr|se|inc|llc|ltd|limited|plc|corp|co|sarl|sas|sa|"
    r"s\.?a\.?r\.?l|srl|spa|s\.?p\.?a|bv|b\.v|nv|n\.v"
    r"|a\.g|sp\.? z o\.?o|sdn\.? bhd|bhd|enterprise|trading|company|pte"
    r"|vof|v\.o\.f|eurl|sasu|s\.a\.s|sl|s\.l|slu|s\.l\.u|lda|ltda|snc|s\.n\.c|sas|sp\.\s?k"
    r"|sp\.\s?j|og|dac|oy|ab|aps|a/s|kft|s\.r\.o|mbh|pty|llp|sagl|s\.c|sprl|bvba)\b\.?",
    re.IGNORECASE,
)
CREDIT_NOTE = re.compile(
    r"\b(?:gutschrift|credit note|creditnote|avoir|nota de cr[ée]dito|nota di credito|"
    r"creditnota|faktura korygujaca|faktura koryguj[aą]ca|factura rectificativa|rectificativa"
    r"|nota de abono|\(381\))",
    re.IGNORECASE,
)
