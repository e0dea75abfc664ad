"""Multilingual label lexicon (en, de, fr, es, it, nl, pt, pl): which words announce which field.

Each field lists regular expressions from most to least specific; the index is the label's rank.
"""

from __future__ import annotations

import re

from facturist.engine import greekturkishcaptions as _gt
from facturist.engine.duecaptions import DUE_DATE_LABELS
from facturist.engine.numbercaptions import INVOICE_WORD as _INVOICE
from facturist.engine.numbercaptions import NUMBER_WORD as _NUM
from facturist.engine.partysections import BUYER_SECTION as BUYER_SECTION
from facturist.engine.partysections import SELLER_SECTION as SELLER_SECTION
from facturist.engine.russiancaptions import with_russian
from facturist.engine.vatidcaptions import SELLER_VAT_ID_LABELS

# What a partial sum totals in French ("Total remises HT", "Total frais de port HT"): such a
# total is no net (the "Total <kind> HT" net caption below).
_PARTIAL_SUM = r"(?:remises?|rabais|frais|port|d[ée]bours|acomptes?|escomptes?|tva|taxes?|ttc)\b"
_RAW: dict[str, list[str]] = {
    "invoice_number": [
        # A letter may follow a number sign at once: "FACTURE N°RE-065685" as OCR reads it.
        # At 100 dpi "Factuurnummer" reads "Factuumummer": the "rn" across the join as "m".
        # Dutch energy and water bills call the invoice a "nota": "Notanummer TN-2024-12-07".
        # A Dutch credit note numbers itself "Creditnummer".
        rf"\b(?:{_INVOICE}[\s\-]*{_NUM}|factuumu(?:m|rn)(?:m|rn)er|notanummer|creditnummer)"
        r"(?:(?<=[°º#])|(?![a-z]))",
        rf"\b\w*(?:rechnung|invoice|gutschrift|facture|factura|fattura|factuur|fatura|"
        rf"faktura|korrektur)\w*[\s\-]*(?:\(\d+\))?\s*{_NUM}(?:(?<=[°º#])|(?![a-z]))",
        # A title opening its line, a few words, then the number ("Rechnung des Versicherers
        # Nr.", "Gutschrift (Selbst ausgestellte Rechnung) Nr."); words naming another
        # number ("Rechnungsempfänger Kunden Nr.", "Beitragsrechnung zur Versicherung Nr.")
        # make it no title.
        r"^\W*(?:\w*rechnung\w*|\w*gutschrift\w*|invoice|credit note|facture|factura|fattura"
        r"|factuur|fatura|faktura)(?:\s+(?!(?:kunden|customer|client|auftrag|bestell|order"
        r"|vertrag|contract|liefer|delivery|steuer|tax|ust|vat|konto|account)\w*"
        r"|(?:zur?|zum|f[üu]r|for|to|pour|para|per|auf|on)\b)"
        # A period's years may stand among the words: "Beitragsrechnung 2026/2027 – Nr.",
        # or one year ("Beitragsrechnung 2025 – Nr.").
        r"(?:[^\s:\d]+|\(\d+\)|(?:19|20)\d{2}(?:[/\-–](?:19|20)?\d{2})?)){1,4}?\s+(?:nr|no|n[°º])\.?(?=\s)",
        # "Nº factura", "Numéro de facture", "Numer faktury": the number word first.
        # "Référence de la facture : FR58214479": a French host's reference word as the number's.
        # French elides "de" before a vowel: "N° d'avoir", "Numéro d'avoir".
        rf"(?<![\w.])(?:{_NUM}|r[ée]f[ée]rence(?=\s+de\s))\s*(?:(?:de|da|del|della|van|of)\s+(?:la\s+)?|d['’]\s?)?"
        r"(?:facture|factura|"
        r"fattura|fatura|faktury|factuur|invoice|rechnung|nota de cr[ée]dito|avoir|rectificativa"
        # An insurer's premium notice: "N° d'avis" (d'échéance).
        r"|abono|korekty|creditnota|credit note|documento|pi[èe]ce|note de cr[ée]dit|avis)\b"
        rf"|{_gt.INVOICE_NUMBER_NAMED}",  # Greek, Turkish (greekturkishcaptions.py)
        r"\(\d{3}\)\s*(?:nr|no)\.?",
        # "Order #HT1042", "CREDIT # 1063": a letter may follow the number sign at once.
        r"\b(?:document|documento|doc|dokument|cash bill|bill|receipt|order|transaction|"
        # Utilities bill on statements: "Statement no.", "Rechnungs-/Kontoauszug Nr.".
        # A US carrier's freight bill is numbered by its "PRO" (progressive) number.
        r"trans|credit(?: memo)?|statement|kontoauszug|(?-i:PRO|Pro))"
        r"\s*(?:no\.?|nr\.?|number|#|n\.?\s?[°º]\.?)"
        r"(?:(?<=#)|(?![a-z]))"
        # Spain's and Portugal's "Nº de recibo", "Número do recibo": a receipt's own number
        # (an insurer's premium receipt); below every invoice caption.
        r"|(?<![\w.])(?:n\.?\s?[°º]\.?|n[uú]mero)\s*(?:d[eo]\s+)?recibo\b"
        # A taxi's or shop's "REÇU N. 004512", "Ricevuta n. 17", "Quittung Nr. 88": the receipt's
        # own number, its "N." bare before the digits.
        r"|\b(?:re[çc]u|ricevuta|quittung|recibo)\s*(?:n\.?\s?[°º]\.?|n\.|no\.?|nr\.?)(?=\s*\d)"
        # Spain's and Portugal's "Serie / Número", "Serie y número", "Série/N.º": the series
        # and the count together, the document's full number.
        r"|(?<![\w.])s[ée]rie\s*(?:/|-|y|e)\s*(?:n[uú]mero|n\.?\s?[°º]\.?)"
        # Brazil's NFS-e box "Número da Nota" (the service invoice's own number).
        r"|(?<![\w.])(?:n[uú]mero|n\.?\s?[°º]\.?)\s*da\s+nota(?:\s+fiscal)?\b",
        # German shorthand "RE-Nr.", "Re.-Nr."; Finnish and Czech: "Laskun numero 20250318",
        # "Faktura číslo 250100045".
        r"\bre\.?-?nr\b\.?|"
        # Finnish credit notes "Hyvityslaskun numero"; Icelandic "Reikningsnúmer", "Reikn. nr.".
        r"\b(?:hyvitys)?laskun? ?(?:numero|nro)\b|\b(?:hyvitys)?laskunumero\b"
        r"|\breikn(?:ingur |ings?|\.)? ?(?:n[úu]mer|nr)\b\.?"
        # Hungarian "Számlaszám" (not "Bankszámlaszám"), "Számla sorszáma", a captioned
        # "Sorszám:" (a bare "Sorszám" heads an item table's row numbers).
        r"|\bsz[áa]mlasz[áa]m\b|\bsz[áa]mla sorsz[áa]ma\b|\bsorsz[áa]m(?=\s*:)"
        # Romanian "Seria și nr.", "Seria și numărul", "Serie și număr", "Nr. factură",
        # "Număr factură".
        r"|\bseri[ae]\s+(?:și|şi|si)\s+(?:nr\b\.?|num[ăa]r(?:ul)?\b)"
        r"|\b(?:nr\.?|num[ăa]r(?:ul)?)\s+factur[ăai]\w*"
        r"|\b(?:fakt[úu]ra|doklad)\s+(?:[čc][íi]slo|[čc]\.)"
        # Czech and Slovak "Číslo faktury", "Číslo faktúry", "Číslo dokladu".
        r"|\b[čc][íi]slo\s+(?:fakt[úu]ry|dokladu)\b",
        # Not the invoice a correction refers to ("zur Rechnung RE-2025-1184 vom ...").
        r"(?<!zur )(?<!zu )(?<!zum )\brechnung\b(?=\s*[A-Z]{0,4}[\-/]?\d)"
        # The title word alone as the number's caption, in the meta block or the headline:
        # "Rechnung | RG 7700315", "Sammelrechnung | SR-25-1107". A capital series prefix
        # makes it a number ("vom 17.11." and "EUR 1.200,00" are no prefix); series may stack
        # ("Rechnung DW-RE-2025-1208": the firm's initials, then the series).
        # A fee note's title likewise: "Gebührennote | 2026-00318". A number may open with
        # its year, its series after it ("Sammelrechnung | 26-KW11-0183"), or run five digits
        # on ("2026-00318"); "KW 11/2026" (a calendar week) is no series.
        r"|(?<!zur )(?<!zu )(?<!zum )\b(?:\w*rechnung|geb[üu]hrennote|honorarnote|kostennote)\b"
        r"(?=\s*(?!(?:EUR|CHF|USD|GBP)\b)(?!(?-i:KW)\s\d{1,2}\b)"
        r"(?:(?-i:(?:[A-Z]{1,4}-)*[A-Z]{1,4})(?:[\-/]?\d|\s\d)"
        r"|\d{2,4}-(?:(?-i:[A-Z]{1,4})\d*-\d{2,}|\d{5,})\b))",
        # A title followed by a structured number ("Invoice INV/2023/03/0008", "Factura
        # F-2021-7"): letters or a separator make it a number, not a quantity or a year.
        # ERPNext's "SALES INVOICE ACC-SINV-2024-00042", Odoo's "Gutschrift RINV/2024/00007".
        r"\b(?:invoice|facture|factura|fattura|factuur|fatura|faktura vat|faktura|gutschrift"
        r"|credit note|avoir|creditnota|kreditnota|note de cr[ée]dit|nota di credito"
        # Portugal's and Spain's "Nota de crédito NC 2025/0041".
        r"|nota de cr[ée]dito)\b"
        # Portugal's certified series: "Fatura FT A/143", "Fatura-recibo FR 2025/17".
        # A series may stand between the year and the count: "FACTUUR 2026-INS-0358".
        # Teamleader spaces the slash: "Factuur 2024 / 153" (not a spaced date's "14 / 03 /").
        r"(?=\s*(?:(?:[A-Z]{1,4}-)*[A-Z]{1,4}[\-/]?\d|\d+[\-/]\d|\d{2,}\s/\s\d+\b(?!\s*[/.\-]\s*\d)|\d{2,4}-(?-i:[A-Z]{1,4})-\d|(?!(?:VAT|IVA|TVA)\s)[A-Z]{1,4}\s[A-Z0-9]{1,6}/\d))",
        # The title word alone as a caption, its colon before the number ("Factuur : 24-1187",
        # "Rechnung: 4711", "Invoice: #1042"): small shops' label-colon-value block. Only the
        # colon right after the word makes it one ("Factuur datum :", "Rechnung vom" are not);
        # a day and month's name after it is a date ("Invoice: 12 March 2025"). The colon
        # stays out of the caption: an aligned colon column puts it in a cell of its own.
        r"(?<!zur )(?<!zu )(?<!zum )\b(?:rechnung|invoice|facture|factura|fattura|factuur|fatura"
        r"|faktura|gutschrift|credit note|avoir)(?=\s*:\s*#?\s*(?:[A-Z]{1,4}[\-/ ]?)?\d)"
        r"(?!\s*:\s*\d{1,2}\.?\s+[A-Z])",
        # A bare "Nummer:" opening its line, as the meta block under a title prints it: the
        # last resort, after every caption naming the document.
        r"^\W*(?:nummer|number|numero|número|numéro|numer|[šs]tevilka|broj|[čc][íi]slo"
        r"|sz[áa]mlasz[áa]m|sz[áa]mla sorsz[áa]ma)\b"
        # Czech and Slovak "Číslo účtu" (account), "objednávky" (order), "smlouvy" (contract).
        r"(?!\s+(?:of|de|di|van|der|du|konta|rachunku|conto|account|[úu][čc]tu|objedn[áa]vky"
        r"|smlouvy|zmluvy|zak[áa]zky"
        # ... hr/sr/bs/sl: delivery note, order, contract, offer ("Broj otpremnice").
        r"|otpremnic\w*|dobavnic\w*|narud[žz]b\w*|naro[čc]il\w*|ugovor\w*|pogodb\w*"
        r"|ponud\w*)\b)"
        rf"|{_gt.INVOICE_NUMBER_BARE}",
        # A bare number sign and its colon opening the line ("N° : FV 10864/01/2019" under
        # the title): nothing names another number, so it is the document's own.
        # Spain's abridged "Núm: T01-2025-008812" under "FACTURA SIMPLIFICADA".
        r"^\W*(?:n[°º]|no\.?|nr\.?|n[úu]m\.?)\s*:",
        # "N° 2025-014" ending its line, under "FACTURE": nothing names another number.
        # Series may stack: "N° FAC-RL-25-00718420".
        r"(?:^|(?<=\s))(?:n[°º]|№)\s*(?=(?:[A-Z]{1,4}[\-/])*[A-Z]{0,4}[\-/]?\d[\w\-/]*\s*$)"
        # Portugal's "N.º FT 2025/0098" ending its line: the document type's code (fatura,
        # fatura-recibo, fatura simplificada, credit and debit notes), its series, its count.
        r"|(?<=\s)n\.\s?[°º]\.?(?=\s*(?-i:FT|FR|FS|NC|ND)\s+[A-Z0-9]*\d[A-Z0-9]*/\d+\s*$)"
        # Brazil's NF-e number in dotted groups: "Nº 000.012.487" ending its line.
        r"|(?:^|(?<=\s))n[°º]\s*(?=\d{1,3}(?:\.\d{3}){2,}\s*$)",
        # "# INV-000482" on a line of its own under the title.
        r"^\s*#(?=\s*[A-Z]{0,5}[\-/]?\d[\w\-/]*\s*$)",
        # "Documento | Numero | Data": a number caption beside the date's in a grid header,
        # maybe after a document-type column ("TIPO DOC. | NUMERO | DATA", "Doc. type | No.").
        r"(?:^|(?<=documento )|(?<=document )|(?<=fattura )|(?<=factura )|(?<=facture )"
        r"|(?<=invoice )|(?<=rechnung )|(?<=fatura )|(?<=factuur )|(?<=faktura )"
        r"|(?<=doc\. )|(?<=doc )|(?<=tipo )|(?<=type )|(?<=typ ))"
        r"(?:numero|número|numéro|number|nummer|numer|no\.|nr\.?|n\.?\s?[°º]\.?)"
        # Bilingual: "N° / Nr. | Date / Datum" (Belgium, Switzerland, Luxembourg).
        r"(?:\s*/\s*(?:numero|número|numéro|number|nummer|numer|no\.|nr\.?|n[°º]))?"
        r"(?=\s+(?:data|date|datum|fecha|dated)\b)"
        # Portugal's and Spain's grid header "Documento | Data de emissão" over "FT 2025A/143 |
        # 2025-03-10": the document's caption alone opening the row, the date's next to it.
        r"|^\W*documento(?=\s+(?:data|fecha)\b)",
        # "n. 45/2025 del 3 marzo 2025", "nr 45/03/2025", "nr. 2025 / 0087" opening the
        # line under the title: a number sign with nothing naming another number.
        # Portugal's "N.º NC 2024/42"; never a tax ID's caption ("N° TVA FR19812345676").
        r"^\W*(?:n\.|nr\.?|no\.|n\.?[°º]\.?|[čc][íi]slo)(?=\s*(?:(?!"
        r"(?:tva|vat|iva|btw|mwst|ust|uid|nif|cif|nip|dph|gst|abn|moms|mva)\.?\s)[A-Z]{1,4}\s)?"
        r"[A-Z]{0,4}[\-/]?\d[\w\-/]*"
        r"(?:\s*/\s*\d+)?\s*(?:$|(?:del|vom|du|dated|z dnia|van|de|of|from)\s+\d))",
        # An airline's e-ticket receipt ("ETKT NUMBER : 724 2318845502"): the ticket is the
        # document; last, after every caption naming an invoice.
        r"^\W*(?:e-?ticket|etkt|ticket)\s+(?:number|no\.?|nr\.?|n[°º])(?=\s*:)",
        # A self-service kiosk's or till's slip opening a line with "Trans: 55120348": its
        # transaction counter is the only number it prints; the very last resort.
        r"^\W*trans(?:action)?(?=\s*:\s*\d{4,}\b)",
        # Italy's grid "TIPO DOCUMENTO | NUMERO" over "FATTURA DIFFERITA | FD/2025/000392": the
        # number caption right of the document type's names the document's number;
        # last, so that every caption above keeps its rank.
        r"(?<=tipo documento )(?:numero|número)\b(?!\s+(?:di|de|del)\b)",
        # A web shop's title "Invoice for #1042", "Rechnung für Bestellung #1042": the order's
        # number, its only one; last, below every number captioned as the invoice's own.
        r"\b(?:invoice|rechnung|facture|factura|fattura|factuur|fatura|faktura|receipt|quittung)"
        r"\s+(?:for|f[üu]r|pour|para|per|voor)\s+(?:(?:order|bestellung|commande|pedido|ordine"
        r"|bestelling|encomenda)\s+)?#(?=\s*(?:[A-Z]{1,4}-?)?\d)",
        # A web shop's or carrier's payment receipt ("Betaalbewijs", "Zahlungsbeleg") numbered
        # by its order alone: "Ordernummer | 5512 0093 41", "Bestellnummer 40021"; the very
        # last resort, under every invoice's or receipt's own caption.
        r"\b(?:ordernummer|bestelnummer|bestellnummer|order number)\b(?=\s*:?\s*[A-Z]{0,3}-?\d)",
        # Zoho's details grid opens on a bare number sign, its colon before the invoice's
        # number ("# : INV-000391" over "Invoice Date : ..."); the sign alone names no other.
        r"^#(?=\s*:\s*[A-Z0-9]*[/\-]?\d)",
    ],
    "invoice_date": [
        r"\b(?:rechnungsdatum|invoice date|date of invoice|date de (?:la )?factur(?:e|ation)|"
        r"fecha de (?:la )?factura(?:ci[oó]n)?|fecha de emisi[oó]n"
        # Spain's "Fecha de expedición" (Facturae's issue date), not a shipment's.
        r"|fecha de expedici[oó]n(?!\s+(?:de\s+)?(?:la\s+|los\s+)?(?:mercanc|env[ií]o|pedido))"
        # A credit or cancelling note's own date: "Gutschriftsdatum", "Stornodatum", "Avoir".
        r"|gutschriftsdatum|credit (?:note|memo) date|date of (?:the )?credit note"
        r"|date (?:de l'|d')avoir|date de la note de cr[ée]dit|fecha (?:de la )?nota de cr[ée]dito"
        r"|data (?:della )?nota di credito|creditnotadatum|storno-?datum|datum der gutschrift"
        # Dutch "Notadatum" (a bill as a "nota"); a refund's "Fecha de abono", "Data storno".
        r"|notadatum|fecha (?:del? )?abono|data (?:dello )?storno"
        # A Dutch lawyer's fee note, the "Declaratie": "Declaratiedatum".
        r"|declaratiedatum"
        r"|data (?:della )?fattura(?:zione)?|factu(?:ur|ratie)datum|data da fatura"
        # Catalan "Data d'emissió", "Data de la factura"; Galician "Data de emisión".
        r"|data d['’]\s?emissi[óo]|data de (?:la )?factura|data de emisi[óo]n"
        r"|data (?:e hora )?de emiss[aã]o|data wystawienia|belegdatum|date of issue|issue date"
        r"|ausstellungsdatum|datum faktury|billing date|document date"
        # An ERP's document date (Business Central's "Documentdatum", Sage's "Date du
        # document", "Fecha (del) documento", "Data (del) documento"): the invoice's own date.
        r"|documentdatum|dokumentdatum|date du document|fecha (?:del )?documento"
        r"|data (?:del )?documento"
        # "Émise le : 18 février 2025", "Issued on", "Emitida el": the issue in words.
        r"|[ée]mise? le|issued on|ausgestellt am|emitid[ao] el|emess[ao] il"
        # A bare "Issued" over its date or before it ("Issued 2025-02-27"), not "Issued to".
        r"|date issued|issued(?=\s*:?\s*(?:$|\d{1,4}[/.\-]\d|\d{1,2} [a-z]{3}|[a-z]{3,9}\.? \d))"
        # Google Docs' invoice template: "Submitted on 2025-03-14" under the title.
        r"|submitted on"
        # Swedish, Danish, Norwegian.
        # Danish "Udstedelsesdato", Norwegian "Utstedelsesdato" (issue date).
        r"|fakturadatum|fakturadato|u[dt]stedelsesdato"
        r"|laskun p[äa]iv[äa]m[äa][äa]r[äa]|datum vystaven[íi]"
        # "Radom, dnia 07.04.2025": a Polish letter's place and date.
        r"|(?<=,\s)dnia"
        # "Tours, le 12 mars 2026": a French letter's place and date opening its line.
        # ... or its own cell after another block's text (labelvalues.in_first_cell).
        r"|(?:^|(?<=\n))\W*(?:fait [àa] )?[^\W\d][^,\d:]{1,40},\s+le"
        r"(?=\s+\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4})"
        # sk "Dátum vyhotovenia", hu "Számla kelte", "Kiállítás dátuma" / "kelte" (issue's
        # date), sl "Datum izdaje", hr "Datum izdavanja", ro "Data emiterii", bg "Дата на
        # издаване", et "Kuupäev", lv "Izrakstīšanas datums", lt "Išrašymo data".
        r"|d[áa]tum (?:vyhotovenia|vystavenia)|sz[áa]mla kelte"
        r"|ki[áa]ll[íi]t[áa]s (?:d[áa]tuma|kelte)"
        # hu "Kelt: 2025. április 2." (dated), captioned.
        r"|\bkelt(?=\s*:)"
        r"|datum izdaje|datum izdavanja|data emiterii|дата на издаване|kuup[äa]ev"
        r"|izrakst[īi][šs]anas datums|i[šs]ra[šs]ymo data"
        # Icelandic "Reikningsdagur", "Útgáfudagur" (issue date).
        r"|reikningsdagur|[úu]tg[áa]fudagur"
        # Finnish "Laskupäivä", "Laskupäivämäärä".
        r"|laskup[äa]iv[äa](?:m[äa][äa]r[äa])?)\b"
        rf"|{_gt.INVOICE_DATE_NAMED}",
        # Business Central's German invoices caption the issue date "Buchungsdatum".
        # Tally's "Invoice No. | Dated", Danish "Dato".
        # Icelandic "Dagsetning", Finnish "Päivämäärä", "Päiväys".
        r"\b(?:datum|datums|date|dated|dato|fecha|data|date d'émission|buchungsdatum|dagsetning"
        r"|p[äa]iv[äa]m[äa][äa]r[äa]|p[äa]iv[äa]ys)\b"
        rf"|{_gt.INVOICE_DATE_BARE}",
        # A title dated in words: "Rechnung vom 05.11.2024", "Facture du 5 novembre 2024", or
        # "du 5 novembre 2024" alone under "Votre facture".
        r"\b(?:facture|rechnung|invoice|factura|fattura|factuur|fatura)\s+(?:du|vom|dated|del"
        r"|van|de|z dnia)\b(?=\s*\d)|\bdu(?=\s+\d{1,2}(?:er)?\s+[^\W\d]+\s+\d{4}\s*$)"
        # "Nr. SR-25-0117" over "vom 16.05.2025": a line opening with "vom" and one date
        # (no "bis" of a period) dates the number above it.
        r"|^\W*vom(?=\s+\d{1,2}\.\d{1,2}\.\d{2,4}\b(?!\s*(?:bis|-|–)))"
        # Icelandic "Dags. 12.09.2025" (dagsetning, date).
        r"|\bdags\.(?=\s*\d{1,2}\.\d{1,2}\.\d{2,4})",
        # A ticket's or web shop's payment receipt dated by its purchase ("Aankoopdatum",
        # "Kaufdatum", "Date d'achat", "Fecha de compra"): the day it was
        # paid and issued, below every issue date's caption.
        # (English "Purchase date" stays a purchase order's, dateread.py.)
        r"\b(?:aankoopdatum|kaufdatum|date d['’]achat"
        r"|fecha de (?:la )?compra|data (?:di |d['’])acquisto|data da compra)\b",
    ],
    "due_date": DUE_DATE_LABELS,
    "total_amount": [
        r"\b(?:bruttosumme|rechnungssumme brutto|gesamtbetrag brutto|rechnungsbetrag|"
        r"bruttobetrag|gesamtsumme|(?:rechnungs|gesamt)?endbetrag|rechnungsbeitrag|grand total"
        r"|invoice total"
        r"|(?<!allowance )(?<!charge )total amount|total ttc"
        # EN 16931 (Peppol viewers): "Tax inclusive amount" (BT-112) is the gross, "Invoice
        # total with VAT" its Peppol BIS name; compact viewers print "Tax inclusive" alone
        # before the figure. Prices and sums also say they include tax ("Subtotal (tax
        # inclusive)", "all prices tax inclusive"): that is no caption of the gross.
        r"|tax inclusive amount|invoice total with (?:vat|tax)"
        r"|(?<![(\w] )(?<![(\w])tax inclusive(?=\s*:?\s*(?:[a-z]{3}\s*|[€$£]\s*)?-?\d)"
        r"|montant (?:eur |€ )?ttc|importe total|total factura|"
        r"totale fattura|"
        r"totale documento|totaalbedrag|totaal incl|factuurbedrag|gross amount|gross total"
        # Dutch compounds the invoice into its total: "Factuurtotaal", "Eindtotaal".
        r"|factuurtotaal|eindtotaal"
        r"|(?:rechnungs|gesamt)total"  # Swiss "Rechnungstotal", "Gesamttotal"
        r"|total gross|importo lordo|totale lordo"
        r"|valor total|total a pagar|warto[śs][ćc] brutto|razem do zap[łl]aty|"
        # Brazil's NFS-e: "Valor dos Serviços", the services' gross before any retention.
        r"valor (?:bruto )?dos servi[çc]os|"
        r"total incl\.? (?:vat|tax)|total including (?:vat|tax)|total \(incl"
        r"|totale?\s*\(?(?:iva|tva|vat|btw|mwst|ust)\.?\s+(?:inclus|inclu[ií]d|compris|incl|inkl)"
        r"|total (?:con|com) iva|gutschriftsbetrag|erstattungsbetrag|montant de l'avoir"
        r"|total (?:de l')?avoir|credit total|total credit"
        r"|totale (?:della )?nota di credito|total (?:de la )?nota de cr[ée]dito"
        r"|total (?:de la )?note de cr[ée]dit|credit note total|total credit note"
        # Swedish, Danish, Norwegian: "Totalt inkl. moms", "Sum inkl. mva", "Beløb i alt".
        r"|(?:totalt?|summa|sum|belopp|bel[øo][bp])\s*(?:inkl|incl)\.?\s*(?:moms|mva)"
        r"|totalbelopp|totalbel[øo][bp]|fakturabelopp|fakturabel[øo][bp]|bel[øo][bp] i alt"
        # Portuguese, Czech and Finnish: "Total Documento", "Celkem s DPH", "Loppusumma".
        r"|total (?:do )?documento|celkem s dph|celkem v[čc]etn[ěe] dph|loppusumma"
        r"|yhteens[äa] (?:sis\.?|sis[äa]lt[äa]en) alv|verollinen yhteens[äa]"
        # Malay "Jumlah besar" / "Jumlah keseluruhan": the grand total.
        r"|jumlah besar|jumlah keseluruhan"
        # Icelandic "Samtals" (in all), not "Samtals án VSK" (before VAT).
        r"|samtals(?! [áa]n\b)"
        # sk "Spolu s DPH", "Celkom s DPH", hu "Bruttó összesen", "Végösszeg", sl "Skupaj z
        # DDV", hr "Ukupno s PDV-om", "Sveukupno", bg "Обща сума", et "Kokku tasuda", "Summa
        # kokku", lv "Kopā ar PVN", "Pavisam kopā", lt "Iš viso su PVM", "Bendra suma".
        r"|(?:spolu|celkom) s dph|brutt[óo] [öo]sszesen|v[ée]g[öo]sszeg|skupaj z ddv"
        r"|ukupno s pdv[\-\w]*|sveukupno|обща сума|kokku tasuda|summa kokku|kop[āa] ar pvn"
        r"|pavisam kop[āa]|i[šs] viso su pvm|bendra suma"
        # India's GST invoices close on the "Invoice Value" (taxable value plus CGST/SGST/IGST).
        r"|invoice value)"
        rf"|{_gt.TOTAL_NAMED}",
        r"\b(?:gesamtbetrag(?! der (?:zu|ab)schl)|gesamtbeitrag|gesamt brutto|brutto|total|totaal|"
        # A listing's "TOTALS" row under its net, tax and gross columns.
        r"totals|totalt|i alt|"
        # Shop software's "Gesamtkosten:" under "Gesamtkosten Netto:" and the tax lines.
        r"gesamtkosten(?!\s*(?:netto|ohne|exkl|zzgl))|"
        # "Gesamtpreis", a car dealer's "Gesamtkaufpreis", a travel agency's "Gesamtreisepreis".
        r"gesamt(?:kauf|reise)?preis(?!\s*(?:netto|ohne|exkl|zzgl))|"
        # A fee note's "Gesamthonorar" (Austrian and German practices): the fees in all.
        r"gesamthonorar(?!\s*(?:netto|ohne|exkl|zzgl))|"
        r"totale|gesamt|razem|og[óo][łl]em|celkem|yhteens[äa]|"
        r"summe|amount"
        # sk "Spolu", "Celkom", hu "Összesen", sl "Skupaj", hr "Ukupno", bg "Всичко", et
        # "Kokku", lt "Iš viso".
        r"|spolu|celkom|[öo]sszesen|skupaj|ukupno|всичко|kokku|i[šs] viso)\b"
        rf"|{_gt.TOTAL_BARE}",
        # "Beitrag inklusive 19 % Versicherungsteuer": an amount stated with its tax is gross.
        # A shop's goods subtotal is no total: "Summa varor inkl. moms" before the shipping,
        # the discount and "Att betala"; "Items incl. VAT", "Waren inkl. MwSt.".
        r"\b(?<!varor )(?<!varer )(?<!waren )(?<!artikel )(?<!items )(?<!goods )"
        r"(?:inkl\.?|inklusive|incl\.?|including)\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s*%\s*)?"
        r"(?:mwst|ust|umsatzsteuer|mehrwertsteuer|versicherungs?steuer|versst|vat|tax|moms|mva)\b",
    ],
    "net_amount": [
        # EN 16931 visualisations (KoSIT): "Gesamtsumme netto" (BT-109), "Invoice total
        # amount without VAT".
        r"\b(?:gesamtsumme netto|(?:invoice )?total amount without (?:vat|tax)"
        # EN 16931 (Peppol viewers): "Tax exclusive amount" (BT-109), after document
        # allowances and charges.
        r"|tax exclusive(?: amount)?|invoice total without (?:vat|tax)"
        # The same caption wrapped in a narrow label column: "Invoice total amount without"
        # beside the figure, "VAT" on the next line.
        r"|(?:invoice )?total amount without(?!\s*[^\W\d])"
        r"|total without (?:vat|tax)|"
        r"rechnungssumme ohne ust|rechnungssumme netto|summe netto|gesamt netto|"
        # Not an item's or a tax category's: "Invoice line net amount", "VAT category
        # taxable amount" (EN 16931 visualisations).
        r"nettosumme|nettobetrag|netto gesamt|(?<!line )net amount|net total"
        r"|sub[\s\-]?total|total ht|montant (?:eur |€ )?ht|total hors taxes|exclusief btw"
        # "Total honoraires HT", "Total prestations hors taxes": what is totalled, then the
        # qualifier; not a partial sum's ("Total remises HT", "Total frais de port HT"). Kinds
        # joined ("Total honoraires et frais HT") sum them all: a partial word after "et" is one.
        rf"|total\s+(?:(?!{_PARTIAL_SUM})[^\W\d]+\s+)(?:(?:et|and|&)\s+[^\W\d]+\s+"
        rf"|(?!{_PARTIAL_SUM})[^\W\d]+\s+){{0,2}}"
        r"(?:ht|hors taxes?)(?=\s*:?\s*(?:$|[€\d\-−]))"
        r"|excl\.? btw|bases? impo[nñ]ibles?|imponibile|"
        # A Spanish till's "TOTAL BASES" summing the per-rate "Base imponible" rows above it.
        r"total (?:de )?(?:las )?bases|suma (?:de )?(?:las )?bases|"
        r"totaal excl|subtotaal|valor l[íi]quido|total l[íi]quido|razem netto|suma netto"
        # An insurer's premium before its insurance tax ("Nettobeitrag", "Nettoprämie").
        r"|(?:jahres|monats|quartals|halbjahres)?nettobeitrag|(?:jahres)?nettopr[äa]mie"
        # The same on a Spanish / Italian / French premium receipt: "Prima neta".
        r"|(?:prima|premio|prime) net(?:a|to|te)"
        # "Total Taxable Value", "Maatstaf van heffing", "Base imposable": the tax base.
        # Galician "Base impoñible", Catalan "Total sense IVA", Galician "Total sen IVE".
        r"|(?:total )?taxable value|base imposable|montant imposable|maatstaf"
        # A fee note's taxed part before its VAT, with outlays outside VAT kept apart: "Total
        # subject to VAT", "Total soumis à TVA", "Summe umsatzsteuerpflichtig".
        r"|(?:total|amount|sum)\s+(?:subject|liable)\s+to\s+(?:vat|tax|gst)"
        r"|total (?:ht )?soumis (?:à|a) (?:la )?tva|summe (?:umsatz)?steuerpflichtig"
        r"|(?:total|import|importe) (?:sense|sen) (?:iva|ive)"
        r"|importe imponible|podstawa opodatkowania|valor tribut[áa]vel"
        # Portugal's tax portal receipt-invoice: "Valor Base" among its "Valores".
        r"|valor base"
        r"|warto[śs][ćc] netto|total excl\.? (?:vat|tax)|total excluding (?:vat|tax)|"
        # "Total new charges excluding VAT", "Charges before VAT" on a bill: the charges
        # before their tax.
        r"(?:charges|total)\s+\(?(?:\w+\s+){0,3}(?:excluding|excl\.?|ex\.?|before)\s+(?:vat|tax|gst)\)?|"
        r"total before tax|amount (?:before|excl\.?|excluding) (?:tax|vat|gst)|total \(excl"
        r"|sous[\s\-]total|base ht|base imp\."
        r"|(?<!category )taxable amount|tax base|bemessungsgrundlage|totale parziale|subtotale"
        r"|incid[êe]ncia"
        # Peru's "Op. Gravada(s)" (operaciones gravadas), Argentina's "Importe Neto Gravado":
        # the taxed sales' base.
        r"|op(?:\.|eraci[óo]n(?:es)?)\s*gravadas?|(?:importe )?neto gravado"
        # The goods' total under a wholesaler's items, before the VAT: "Goods total", "Total
        # goods", "Total marchandises".
        r"|goods total|total (?:of )?goods(?!\s*(?:and|&|incl|inc\b|including))"
        r"|total (?:des )?marchandises(?!\s*ttc)"
        r"|base tribut[áa]vel|(?:valor|total) s/\s?iva|suma cz[ęe][śs]ciowa|grondslag"
        # Spain's Facturae: "Total importe bruto antes de impuestos" is the base before tax
        # ("bruto" there means before the general discounts' deduction, not with the tax).
        r"|(?:total )?(?:importe bruto )?antes de impuestos"
        # An ERP's "Summe EUR ohne MwSt." names the sum's currency between.
        r"|(?:totale?|gesamt(?:betrag)?|summe(?:\s+(?:eur|chf|usd|gbp))?)"
        r"\s*\(?(?:(?:iva|tva|vat|btw|mwst|ust)\.?\s+)?(?:esclus|exclu|excl"
        r"|hors|sin|sem|senza|ohne|exkl|zonder|bez)\w*\.?\s*(?:iva|tva|vat|btw|mwst|ust|tax)?"
        # Swedish, Danish, Norwegian: "Summa exkl. moms", "Momspliktigt", "Grunnlag mva".
        r"|(?:totalt?|summa|sum|belopp|bel[øo][bp])\s*(?:exkl|ekskl|eksl|eks)\.?\s*(?:moms|mva)"
        r"|momspliktigt(?: belopp)?|momsunderlag|underlag f[öo]r moms|beskatningsgrundlag"
        r"|(?:mva[\s\-]?)?grunnlag(?: for mva)?|nettobelopp|nettobel[øo][bp]"
        # A rate's base: "Underlag moms 25%", Danish "Momsgrundlag", Finnish "Veron peruste".
        r"|underlag moms|(?:moms)?grundlag(?: for moms)?|veron peruste"
        # An airline's fare before its taxes, fees and charges.
        r"|(?:total )?base fares?"
        # "Montant hors taxes"; Czech "Celkem bez DPH", "Základ DPH"; Finnish "Veroton
        # yhteensä".
        r"|montant hors tax\w*|(?:celkem|cena|[čc][áa]stka) bez dph|z[áa]klad (?:dan[ěe]|dph)"
        r"|veroton(?: yhteens[äa]| summa| hinta)?|yhteens[äa] ilman alv"
        # Icelandic "Upphæð án VSK", "Samtals án VSK": the amount before VAT.
        r"|(?:upph[æa]e?[ðd]|samtals) [áa]n vsk"
        # sk "Základ DPH", "Spolu bez DPH", hu "Nettó összesen", "ÁFA alap", ro "Total fără
        # TVA", sl "Skupaj brez DDV", "Osnova za DDV", hr "Ukupno bez PDV-a", "Osnovica",
        # bg "Данъчна основа", et "Summa km-ta", "Kokku käibemaksuta", lv "Summa bez PVN",
        # "Kopā bez PVN", lt "Suma be PVM", "Iš viso be PVM".
        r"|(?:spolu|celkom|suma) bez dph|nett[óo] [öo]sszesen|[áa]fa alap|total f[ăa]r[ăa] tva"
        r"|(?:skupaj|znesek) brez ddv|osnova za ddv|ukupno bez pdv[\-\w]*|osnovica"
        r"|данъчна основа|(?:summa|kokku) (?:km-ta|k[äa]ibemaksuta)"
        r"|(?:summa|kop[āa]) bez pvn|(?:suma|i[šs] viso) be pvm)"
        rf"|{_gt.NET_NAMED}",
        # "Terms: Net 15", "zahlbar netto 30 Tage": payment terms, no amount.
        # SAP's "Nettowert" sums the items after freight and packaging; Swiss "Zwischentotal".
        # A publisher's or wholesaler's "Nettowarenwert" (the goods' net value) over the tax.
        r"\b(?:netto|net|warenwert|nettowert|nettowarenwert|zwischensumme|zwischentotal)\b(?!\s*\d{1,3}(?![\d.,'’\u00a0\u202f]))"
        # Portugal's "Total Ilíquido": the lines' sum before discounts, net only without any.
        r"|\btotal il[íi]quido\b"
        # A Nordic summary band's bare "Exkl. moms" / "Ekskl. mva" cell over its figure.
        r"|(?<![\w-])(?:exkl|ekskl|eksl|eks)\.?\s*(?:moms|mva)\b"
        # Portugal's goods total ("Total Mercadoria/Serviços", "Mercadoria"), before the VAT.
        r"|\b(?:total (?:de |da )?)?mercadorias?(?:\s*/\s*servi[çc]os)?\b"
        # A German tax breakdown's base for one rate ("Steuerbasisbetrag USt. 7%").
        r"|\b(?:steuer)?basisbetrag\b"
        rf"|{_gt.NET_SUBTOTAL}",  # "Mal Hizmet Toplam Tutarı" (greekturkishcaptions.py)
    ],
    "tax_amount": [
        # "Summe Umsatzsteuer" (BT-110), "Invoice total VAT amount".
        r"\b(?:summe umsatzsteuer|(?:invoice )?total (?:vat|tax) amount|"
        r"steuerbetrag|ust\.? gesamt|mwst\.? gesamt|umsatzsteuer gesamt|summe ust|"
        r"summe mwst|gesamt ust|total tax|total vat|vat total|tax total|vat amount"
        r"|(?<!category )tax amount"
        # Galicia's VAT, the IVE ("IVE 21 %", "Cota IVE"), in capitals: "Ive" may be a name.
        r"|montant tva|total tva|importe iva|total iva|iva|(?-i:IVE)|(?:cota|total) ive"
        r"|totale iva|btw bedrag|totaal btw|"
        # Peru's VAT, the IGV ("IGV 18%: S/ 2,664.18").
        r"igv|"
        r"valor do iva|kwota vat|gst amount|total gst|sales tax"
        r"|kwota podatku(?: vat)?"  # Polish "Kwota podatku": the tax, beside "Kwota VAT"
        # "Total taxes, fees and charges" closing an airline's fare breakdown.
        r"|total taxes|momsbelopp|momsbel[øo]b|summa moms|mva[\s\-]?bel[øo]p|merverdiavgift"
        # Spanish "Total impuestos (y recargos)" on an insurance receipt: all its taxes.
        r"|total (?:de )?impuestos(?! retenidos)"
        r"|merv[äa]rdesskatt|totale imposta|imposta totale|dph celkem|celkem dph|v[ýy][šs]e dph"
        r"|alv yhteens[äa]|arvonlis[äa]vero(?: yhteens[äa])?"
        # Brazil's municipal service tax on an NFS-e ("Valor do ISS", "Valor do ISSQN").
        r"|valor do iss(?:qn)?"
        # hu "ÁFA összesen", "ÁFA érték", et "Käibemaks", hr "Iznos PDV-a", lt "PVM suma".
        r"|[áa]fa [öo]sszesen|[áa]fa [ée]rt[ée]k|k[äa]ibemaks|iznos pdv[\-\w]*|pvm suma)\b"
        rf"|{_gt.TAX_NAMED}",
        # Canada's HST / PST / QST and India's CGST / SGST / IGST ("CGST9%") are its taxes too.
        # Not "GST-free", "VAT-free", "tax-exempt": a supply marked so carries no tax (Australia
        # prints "GST-free" beside a device repayment's price).
        # Not a Polish statute's paragraph, "ust." between an article's and its own bare
        # number ("art. 43 ust. 1 ustawy"); "1.000,00 USt. 19 %" still captions its tax.
        r"\b(?:(?:mwst|(?:(?<!\d )(?<!\d\w )ust|ust(?!\.?\s?\d{1,3}\b(?![.,]\d|\s?%)))"
        r"|umsatzsteuer|mehrwertsteuer|versicherungs?steuer|vat|tax|tva|btw|gst|sst|imposta|hst"
        r"|pst|qst|tvq|tps)\b(?![\s\-]*(?:free|exempt)\b)|(?:c|s|i|ut)gst(?=\d|\b)"
        # Nordic VAT; Norway prints "MVA" after its organisation number, which is no caption.
        r"|(?<!\d)(?<!\d\s)(?:moms|mva)\b"
        # Iceland's VSK (virðisaukaskattur), not in "án VSK" (before VAT).
        r"|(?<![áa]n )vsk\b"
        # ... but one followed by its rate is a caption wherever it stands ("2 268,00 Moms 25%
        # 2 633,00": a tax table's row, then the second rate's line).
        r"|(?:moms|mva)(?=\s+\d{1,2}(?:[.,]\d{1,2})?\s?%)"
        # A bare "Steuer" before its rate ("Steuer 19% (Bemessung 441,64) 83,91"), as ERP
        # layouts print the VAT line; alone the word names no tax.
        r"|steuer(?=\s+\d{1,2}(?:[.,]\d{1,2})?\s?%)"
        # Czech DPH, not in "bez DPH" / "s DPH" (without, with); Finnish ALV.
        r"|(?<!bez )(?<!\bs )(?<!z[áa]klad )dph\b|alv\b"
        # Slovene DDV, Croatian PDV, Bulgarian ДДС, Latvian PVN, Lithuanian PVM, Hungarian
        # ÁFA, each not after "without", "with", "base for" or an ID's caption.
        r"|(?<!brez )(?<!\bz )(?<!osnova za )(?<!id za )ddv\b"
        r"|(?<!bez )(?<!\bs )(?<!id )pdv\b(?![\-\s]*(?:a|om|id)\b)"
        r"|(?<!\w)ддс(?!\w)|(?<!bez )pvn\b(?!\s*(?:re[gģġ]|r[ēe][ķk]ins))"
        r"|(?<!be )(?<!su )pvm\b(?!\s*(?:mok[ėe]tojo|s[ąa]skaita|kodas|k\.))"
        r"|[áa]fa\b(?!\s*(?:kulcs|alap))"
        r"|assurantiebelasting\b|taxe (?:sur les conventions )?d'assurances?\b"  # premium tax
        # The UK's insurance premium tax, "IPT @ 12%", "Insurance Premium Tax".
        r"|(?-i:IPT)\b|insurance premium tax\b"
        # Ireland's levy on non-life premiums, the insurer's tax: "Government Levy (3%)".
        r"|government levy\b"
        r")"
        # "USt-IdNr.", "MwSt-IdNo": the ID's caption glued to its tax's name.
        r"(?!(?:/[a-z]{2,4})?[\s.\-]*(?:no|nr|id|idnr|idno|reg|rek|number|nummer|n[°º]|#)"
        r"(?:\b|(?<=#)))"
        rf"|{_gt.TAX_BARE}",
    ],
    "amount_due": [
        # "Zu zahlender Jahresbeitrag", "zu zahlender Gesamtbetrag": what is due, however named.
        r"\b(?:zahlbei?trag|zu zahlende[rn]? \w*(?:betrag|beitrag|summe)|zu (?:be)?zahlen|"
        # A builder's progress invoice pays out the gross less the retention
        # (Sicherheitseinbehalt): "Auszahlungsbetrag".
        r"auszahlungsbetrag|"
        # What the issuer pays out to the reader after deductions (a self-billed invoice's
        # supplier, a credit's holder): "Guthaben zu Ihren Gunsten", "Net payment to you".
        r"(?:guthaben |betrag |saldo )?zu ihren gunsten|(?:net |total )?payment to you|"
        r"offener (?:rechnungs|gesamt)?betrag|"
        r"f[äa]lliger (?:zahlungs)?betrag|amount due|balance due|total due|amount payable"
        r"|payable amount"
        # A direct debit's instalment taken now: "Amount to be collected now".
        r"|amount to be collected"
        r"|net [àa] payer|balance now due"
        r"|reste [àa] payer|somme [àa] payer|montant (?:total )?[àa] payer|importe a pagar"
        r"|da pagare"
        r"|te betalen|valor a pagar|do zap[łl]aty|"
        # A Dutch annual statement's balance after the instalments paid: "U betaalt bij".
        r"u betaalt bij|"
        r"rounded total|total payable|due payable|(?:net|balance) payable|solde d[ûu]"
        # A bill's "Total to pay" after the previous balance: more than this bill's charges.
        r"|(?:total|amount) to pay"
        r"|montant d[ûu]|a pagar|a pagare"
        r"|saldo (?:adeudado|pendiente|dovuto|devedor|em d[íi]vida|nale[żz]ne|da pagare)"
        # The balance the reader owes after a deposit: it "Saldo a vostro debito", "Saldo a
        # Vostro carico", "Importo da saldare"; fr "Solde en votre défaveur", "Solde en notre
        # faveur" (the issuer's side of the same balance).
        r"|saldo a (?:vs\.?|vostro|suo) (?:debito|carico)|importo da saldare"
        r"|solde en (?:votre d[ée]faveur|notre faveur)"
        # German "Saldo fällig" / "Fälliger Saldo" after a payment is booked.
        r"|saldo f[äa]llig|f[äa]lliger saldo"
        r"|pendiente de pago|importe adeudado|importo dovuto|verschuldigd bedrag"
        # Catalan "Import pendent (de pagament)", pt / gl "Pendente de pagamento": what is
        # left to pay after a payment on account ("Lliurament a compte").
        r"|pendente? de pagamento?|import pendent"
        # What is still open once a payment is booked ("Importe pendiente 0,00 EUR" under a
        # card payment, "Noch offen 0,00", "Solde restant 0,00", "Balance outstanding").
        r"|(?:importe|total|cantidad) pendiente|noch offen|solde restant(?! d[ûu])"
        # A hotel folio's bare "Pendiente 0,00 €" under "Pagado VISA": what is still open.
        r"|^pendiente\s*:?(?=\s*[-\d€$])"
        r"|balance outstanding"
        r"|openstaand(?: saldo| bedrag)?|valor em d[íi]vida|restbetrag|te voldoen"
        r"|pozosta[łl]o do zap[łl]aty|outstanding (?:amount|balance)|amount outstanding"
        r"|balance remaining|remaining balance"
        # A statement's closing balance after the balance brought forward, the payments
        # received and this period's charges: "Your new balance", "Neuer Saldo", "Nouveau
        # solde", "Balance to pay".
        r"|new balance|neuer saldo|nouveau solde|balance to pay"
        # What is left once payments are booked ("Offener Saldo 0,00" under a card payment).
        r"|offene[rn]? saldo|saldo offen|restsaldo"
        # da "Restbeløb", no "Restbeløp", sv "Restbelopp": what is left after a payment.
        r"|restbel(?:[øo]b|[øo]p|opp)"
        # Romanian "Total plată", printed "Total payment": the sum to pay.
        r"|total payment(?!s)(?!\s+(?:received|made|method|terms))"
        # What is left after advance payments: "Nachzahlung" on a utility's annual bill.
        r"|nachzahlung(?:sbetrag)?|restforderung|solde [àa] payer|importo residuo"
        # France's "Solde à régler", "Reste à régler" after a deposit or a provision.
        r"|(?:solde|reste|montant) [àa] r[ée]gler"
        r"|resterend bedrag|valor remanescente|(?:reste|restant) d[ûu]|amount remaining"
        # Swedish, Danish, Norwegian: "Att betala", "At betale", "Å betale".
        r"|att betala|at betale|[åa] betale"
        # da/no "Til betaling", "Beløb til betaling" (the sum to pay after an a-conto
        # payment); not the due date's "Forfalder til betaling".
        r"|(?<!forfalder )(?<!forfaller )(?<!forfalden )(?<!forfald )til betaling"
        # ... and a credit note's "Att erhålla" (to receive), the sum owed to the buyer;
        # French "(Montant de l'avoir / Montant / Solde) à rembourser", English "Amount to be
        # refunded": a refund still to be paid, whatever paid the credited invoice.
        r"|att erh[åa]lla|(?:montant (?:de l'avoir |net )?|solde )?[àa] rembourser"
        r"|amount to be refunded"
        # Spanish "Líquido a percibir", Catalan "Líquid a percebre"; Czech "Celkem k úhradě";
        # Finnish "Maksettava".
        r"|l[íi]quido? a (?:percibir|pagar|percebre)"
        r"|k [úu]hrad[ěeé]|zb[ýy]v[áa] (?:k )?(?:uhradit|zaplatit)"
        # Slovak "Zostáva uhradiť" / "zaplatiť": what is left after a deposit.
        r"|zost[áa]va (?:k )?(?:uhradi[tť]|zaplati[tť])"
        # Spain's Facturae: "Total a ejecutar", the total less the advances (anticipos).
        r"|total a ejecutar"
        r"|maksettava(?: yhteens[äa]| summa| m[äa][äa]r[äa])?"
        # Malay "Jumlah perlu bayar" / "Jumlah yang perlu dibayar": the amount to pay.
        r"|jumlah (?:yang )?(?:perlu|harus) (?:di)?bayar"
        # sk "Suma na úhradu", "K úhrade", hu "Fizetendő", ro "Total de plată", sl "Za
        # plačilo", hr "Za platiti", "Za plaćanje", bg "Сума за плащане", "За плащане", et
        # "Tasuda", "Kokku tasuda", lv "Summa apmaksai", "Apmaksai", lt "Mokėti", "Iš viso
        # mokėti".
        r"|(?:suma|spolu|celkom) na [úu]hradu|fizetend[őo](?: [öo]sszeg)?|total de plat[ăa]"
        r"|za pla[čc]ilo|(?:ukupno )?za (?:platiti|pla[ćc]anje)|(?:сума )?за плащане"
        r"|(?:kokku )?tasuda|(?:summa )?apmaksai|(?:i[šs] viso )?mok[ėe]ti(?! iki))\b"
        # A sum marked payable in brackets: a deposit invoice's "Anzahlungsbetrag (zahlbar)",
        # "Abschlagsbetrag (fällig)" under its net and VAT.
        r"|\b\w*(?:betrag|summe)\s*\((?:zahlbar|f[äa]llig)\)"
        rf"|{_gt.AMOUNT_DUE}",
        # A bare "Balance" or "Saldo" opening its line before its figure ("Balance EUR 0.00"
        # under "Paid"): what is left to pay; not "Balance brought forward", "Previous balance".
        # A bare "Outstanding" or "Offen" likewise ("Bezahlt 120,00 / Offen 0,00").
        # ... also captioned in two languages ("Saldo / Balance 0,00 EUR", "Balance / Zůstatek
        # CZK 0.00" on a hotel's folio).
        r"^\W*(?:balance|saldo|outstanding|offen)(?:\s*/\s*[^\W\d_]+)?\b:?"
        r"(?=\s*(?:[a-z]{3}\s*)?[-−(]?[€$£]?\s?\d)"
        # A Swiss total box's bare "À payer CHF 1'819.30" opening its line: what is to pay.
        r"|^\W*[àa] payer\s*:?(?=\s*(?:(?:[a-z]{3}|fr\.)\s*)?[-−(]?[€$£]?\s?\d)",
    ],
    "currency": [
        # Never a foreign currency a payment was made in ("Paid in foreign currency: EUR
        # 706.46" under a folio billed in koruna), nor "devise étrangère", "valuta estera".
        r"(?<!foreign\s)\b(?:rechnungsw[äa]hrung|w[äa]hrung|currency|devise|moneda|valuta|moeda"
        r"|waluta|betr[äa]ge in)\b(?!\s+(?:[ée]trang[èe]re|extranjera|estera|obca|estrangeira))",
    ],
    "seller_vat_id": SELLER_VAT_ID_LABELS,
    "iban": [
        r"\biban\b",
        r"\bbank account\b(?!\s*(?:name|holder|owner))",
        # Poland prints the domestic account number (NRB: the IBAN without "PL").
        r"\b(?:nr|numer) (?:konta|rachunku)(?: bankowego)?\b|\brachunek(?: bankowy)?\b",
    ],
}
_RAW = with_russian(_RAW)

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

# Lines that are themselves "label: value" pairs (Nummer: 123) are not a party's name.
LABEL_VALUE_LINE = re.compile(r"^[\w .\-/()]{2,40}\s*:\s*\S")
NAME_LABEL = re.compile(
    r"^(?:name|firma|company|raison sociale|nombre|nome|naam|nazwa|attn|attention"
    # Italy's e-invoice copy ("Denominazione:"), Spain's and Portugal's company-name captions.
    r"|denominazione|ragione sociale|raz[oó]n social|denominaci[oó]n|denomina[cç][aã]o"
    # Brazil's "Nome/Razão Social:".
    r"|nome\s*/\s*raz[aã]o social"
    # German listings caption the party's name "Bezeichnung:".
    r"|bezeichnung"
    # Bulgarian "Име на фирма:", Slovene/Croatian "Naziv:", Hungarian "Név:".
    r"|име на фирма|naziv|n[ée]v)\s*:\s*"
    # A Latvian form's "Nosaukums" (name) caption cell before the name, with no colon.
    r"|^nosaukums\s+(?=\S)"
    # The Greek "Επωνυμία" (a firm's name) before the name, with or without its colon.
    r"|^\W*επωνυμ[ιί]α\s*:?\s*(?=\S)",
    re.IGNORECASE,
)
CREDIT_NOTE = re.compile(
    r"\b(?:gutschrift|credit note|creditnote|avoir|nota de cr[ée]dito|nota di credito|"
    r"creditnota|faktura korygujaca|faktura koryguj[aą]ca|factura rectificativa|rectificativa"
    # QuickBooks calls its credit notes "Credit Memo".
    r"|credit memo"
    r"|nota de abono|\(381\)|note de cr[ée]dit"
    # Czech and Slovak "Dobropis" (a corrective tax document lowering the price), Hungarian
    # "Jóváíró számla", Slovene "Dobropis", Croatian "Odobrenje".
    r"|dobropis|j[óo]v[áa][íi]r[óo] sz[áa]mla"
    # Czech and Slovak corrective tax document "Opravný daňový doklad", "Opravná faktúra";
    # Lithuanian "Kreditinė sąskaita", Latvian "Kredītrēķins", "Kredītnota".
    r"|opravn[ýy] da[ňn]ov[ýy] doklad|opravn[áa] fakt[úu]ra|kreditin[ėe] (?:pvm )?s[ąa]skaita"
    r"|kred[īi]tr[ēe][ķk]ins|kred[īi]tnota"
    # Nordic and Estonian credit notes: da/no "Kreditnota", sv "Kreditfaktura", fi
    # "Hyvityslasku", is "Kreditreikningur", et "Kreeditarve".
    r"|kreditnota|kreditfaktura|hyvityslasku|kreditreikningur|kreeditarve"
    # Dutch "Creditfactuur".
    r"|creditfactuur"
    # Russian "Кредит-нота", "Корректировочный счёт(-фактура)".
    r"|кредит[\s\-]?нота|корректировочн(?:ый|ого) сч[её]т"
    # A cancelling invoice: de "Stornorechnung", "Rechnungsstorno", en "Cancellation
    # invoice", fr "Facture d'annulation" (the invoice it cancels named "zu Rechnung ...").
    r"|(?<!zu )(?<!zur )(?<!der )storno[\s\-]?rechnung|rechnungsstorno|cancell?ation invoice"
    r"|facture d'annulation"
    rf"|{_gt.CREDIT_NOTE})",
    re.IGNORECASE,
)
# A cell that is only the document's title ("RECHNUNGS-KORREKTUR", "Tax Invoice"): it can
# stand beside a section label but is never a party's name.
DOCUMENT_TITLE = re.compile(
    # An instalment's ordinal before its title: "3. Teilrechnung", "2. Abschlagsrechnung".
    r"^(?:\d{1,2}\.\s+(?=\w*rechnung))?"
    # "GST Invoice" (India, Singapore, Australia, New Zealand, Malaysia's goods and services tax).
    r"(?:(?:pro[\s\-]?forma|tax|commercial|final|partial|vat|gst|sales)\s+)?"
    # "Votre facture", "Your invoice", "Ihre Rechnung": a bill's heading addressing the reader.
    r"(?:(?:votre|your|ihre|uw|su|sua|la vostra|a sua|twoja)\s+)?"
    r"(?:\w*rechnung\w*|rechnungs[\s\-]?korrektur|\w*gutschrift|storno\w*|invoice|credit note"
    r"|debit note|receipt|facture|avoir|factura|fattura|factuur|fatura|faktura|creditnota"
    r"|nota de cr[ée]dito|nota di credito|note de cr[ée]dit|quittung|beleg"
    # Slovakia's "Faktúra"; Austrian and German fee notes (see _INVOICE).
    r"|fakt[úu]ra|honorarnote|kostennote|(?:privat)?liquidation|geb[üu]hrennote|bolletta"
    # Portugal's and Spain's document kinds: "Fatura-Recibo", "Factura simplificada".
    r"|fatura[\s\-]recibo|fac?tura simplificada"
    # An insurer's premium notice: fr "Avis d'échéance", it "Avviso di scadenza", at
    # "(Prämien)Vorschreibung", nl "Premienota", en "Premium notice", "Renewal notice".
    r"|avis d['’]\s?[ée]ch[ée]ance|avviso di scadenza|\w*vorschreibung|premienota"
    r"|(?:premium|renewal) notice"
    # Poland's correction "Faktura korygująca".
    r"|faktura koryguj[aą]ca)"
    # Poland's "Faktura VAT", bilingual as "Faktura VAT / VAT Invoice".
    # Latin America's "Factura electrónica (de venta)", Brazil's "Fatura eletrônica".
    r"(?:\s+vat|\s+electr[óo]nica(?:\s+de\s+venta)?|\s+eletr[ôo]nica)?"
    # Italy's "Fattura differita" (billing past delivery notes), "immediata", "accompagnatoria".
    r"(?:\s+(?:differita|immediata|accompagnatoria))?"
    # A down payment's or the closing invoice's kind: fr "Facture d'acompte", "Facture de
    # solde", es "Factura de anticipo", it "Fattura di acconto", pt "Fatura de adiantamento".
    r"(?:\s+(?:d['’]\s?acompte|de\s+solde|de\s+anticipo|di\s+acconto|de\s+adiantamento))?"
    r"(?:\s*/\s*(?:vat\s+|tax\s+)?(?:invoice|faktura|rechnung|facture|factura"
    # South Tyrol's bilingual "Rechnung / Fattura".
    r"|fattura))?"
    r"(?:\s*(?:nr|no|n|n[°º]|n\.\s?[°º]|num|#|number|nummer|numero|número)\.?)?\s*:?$",
    re.IGNORECASE,
)
