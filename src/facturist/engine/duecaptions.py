"""Due-date captions (en, de, fr, es, it, nl, pt, pl, Nordic, Central and Eastern Europe):
the words that announce the day a bill must be paid; labels.py ranks them under "due_date"."""

from __future__ import annotations

from facturist.engine.greekturkishcaptions import DUE_DATE as GREEK_TURKISH_DUE

# "3 Mar 2025", "30 March 2025", "1st June 2025", "3-Mar-25": a date written day first with its
# month's name.
DAY_MONTH_YEAR = (
    r"\d{1,2}(?:st|nd|rd|th)?\.?[ \-]"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[ \-](?:\d{4}|\d{2}\b)"
)
# "April 12, 2024", "Apr 12th 2024": the month's name first (US and international English).
MONTH_DAY_YEAR = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}"
)

# The words between a payment verb and its day: anything but the sentence's full stop; the
# amount's thousands dot ("bonifico di € 2.670,07 entro il") stays inside the sentence.
SENTENCE_GAP = r"(?:[^.]|(?<=\d)\.(?=\d)){0,80}?"

DUE_DATE_LABELS: list[str] = [
    # "Nettofälligkeit", "Zahlungsfälligkeit": the net amount's or the payment's due date.
    r"\b(?:(?:netto|zahlungs|rechnungs)?f[äa]lligkeit(?:sdatum|stag)?|f[äa]llig am"
    r"|zahlbar bis(?: zum)?|due date|"
    r"payment due(?: date)?|date due|due by|due on"
    r"|[ée]ch[ée]ance|date limite de (?:paiement|r[èe]glement)|fecha de vencimiento|vencimiento"
    # A bare "Date limite : 12/07/2024" under a payment heading.
    r"|date limite(?=\s*:?\s*\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})"
    # France's "Date d'exigibilité (du paiement)": the day payment falls due.
    r"|date d['’]\s?exigibilit[ée]"
    # "Fecha límite de pago", "Data limite di pagamento", "Payment deadline".
    r"|fecha l[íi]mite de pago|data limite (?:de|di|per il) pagamento|payment deadline"
    r"|(?:latest|last) payment date|last day (?:of|for) payment|scadenz[ae]|"
    # The UK Construction Act's "Final date for payment" on a builder's application.
    r"final date for payment|"
    r"vervaldatum|vervaldag"
    r"|data de vencimento|termin p[łl]atno[śs]ci|zahlungsziel|f[äa]llig bis|vencimento"
    r"|vence|uiterste betaaldatum|te betalen v[oó][oó]r|p[łl]atne do"
    # A bare "Fällig 2025-05-03" in the info block; "Fällig zum 15.07.2024." in a sentence.
    r"|f[äa]llig(?: zum)?(?=\s*:?\s*\d)"
    # Italy's "scad. 30/04/2026" (scadenza) closing the payment terms.
    r"|\bscad(?=\.\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
    r"|f[öo]rfallodatum|forfaldsdato|forfallsdato|betalas senast"
    # sv "Förfallodag", da "Forfaldsdag", no "Forfallsdag", is "Gjalddagi".
    r"|f[öo]rfallodag(?:en)?|forfaldsdag|forfallsdag|gjalddagi"
    # Danish "Sidste rettidige betalingsdag", "Betalingsdato"; Norwegian "Betalingsfrist"
    # or "Forfall" before a date ("Betalingsfrist 14 dager" states terms).
    r"|sidste rettidige betalingsdag|betalingsdato"
    r"|(?:betalingsfrist|forfall)(?=\s*:?\s*\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})"
    # Czech, Finnish; Spain's "Vencimientos: 30/03/2025 1.406,18".
    r"|datum splatnosti|splatnos[tť]|er[äa]p[äa]iv[äa]|vencimientos"
    # Catalan "Venciment", "Data de venciment", "Data límit de pagament".
    r"|(?:data de )?venciment|data l[íi]mit de pagament"
    # Galician "Vencemento", "Data de vencemento", "Data límite de pagamento".
    r"|(?:data de )?vencemento|data l[íi]mite de pagamento"
    # Argentina's "Fecha de Vto. para el pago", "Cta. Cte. 30 días - Vto. 07/05/2025"; not the
    # CAE's expiry ("Fecha de Vto. de CAE", "Vto. CAE: ...").
    r"|fecha de vto\b\.?(?: para el pago)?(?!\.?\s*(?:de\s+)?cae)"
    # Spain's bare "VTO.      : 09-08-2024" under "FECHA     : 10-07-2024" too.
    r"|(?<![\w.])vto(?=\.?\s*:?\s*\d{1,2}(?:/\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)\d{2,4})"
    # pl "Termin zapłaty", sk "Dátum splatnosti", hu "Fizetési határidő", ro "Termen
    # (de) plată", "Scadența", "Data scadenței", sl "Rok plačila", hr "Dospijeće
    # (plaćanja)", "Rok plaćanja", bg "Срок за плащане", "Падеж", et "Maksetähtaeg", lv
    # "Apmaksas termiņš", lt "Apmokėti iki", "Mokėjimo terminas".
    r"|termin zap[łl]aty|d[áa]tum splatnosti|fizet[ée]si hat[áa]rid[őo]|esed[ée]kess[ée]g"
    r"|termen(?: de)? plat[ăa]|(?:data )?scaden[țţt](?:a|ă|ei)|rok pla[čc]ila|datum zapadlosti"
    r"|dospije[ćc]e(?: pla[ćc]anja)?|rok pla[ćc]anja|datum dospije[ćc]a|срок за плащане"
    # sr/hr/bs "Valuta plaćanja" (the payment's value date; a bare "valuta" is the
    # currency), sr "Datum dospeća", "Rok za plaćanje".
    r"|valuta pla[ćc]anja|datum dospe[ćc]a|rok za pla[ćc]anje"
    r"|падеж|makset[äa]htaeg|t[äa]htaeg|apmaksas termi[ņn][šs]|samaksas termi[ņn][šs]"
    r"|apmaks[āa]t l[īi]dz|apmok[ėe]ti iki|(?:ap)?mok[ėe]jimo terminas"
    # A bare "Due 17/4/2025" or "Due Oct 31, 2026" at the right of the header.
    # "Due 2024-08-15": the ISO date a SaaS bill's meta grid prints. A workshop's reminder
    # ("Next service due: 12/09/2018", "Inspection due") dates no payment.
    r"|(?<!service )(?<!servicing )(?<!inspection )(?<!maintenance )(?<!check-up )"
    r"(?<!checkup )due(?=\s*:?\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}"
    # "Due 3 Mar 2025", "Due: 30 March 2025".
    rf"|{DAY_MONTH_YEAR}))"
    # "Payable by 06.04.2025"; a Swiss QR slip's "Payable by" over the payer's name is none.
    r"|pay(?:able)? by(?=\s*:?\s*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
    rf"|{DAY_MONTH_YEAR}))"
    # "Zahlungsfrist: bis 20.06.2025", "Zahlungstermin 20.06.2025", "Zahlungsfrist 3. Dez.
    # 2026"; "Zahlungsfrist 14 Tage" states terms, no date.
    r"|zahlungs(?:frist|termin)(?=\s*:?\s*(?:bis\s+(?:zum\s+)?)?\d{1,2}\.\s?(?:\d{1,2}\."
    r"|(?:jan|feb|m[äa]r|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-z]*\.?\s?\d{4}))"
    # A direct debit's date captioned as such: "Date de prélèvement", "Fecha de cargo",
    # "Data addebito", "Abbuchungsdatum", "Incassodatum", "Direct debit date".
    r"|date de pr[ée]l[èe]vement|fecha de (?:cargo|adeudo)|data (?:di )?addebito"
    r"|abbuchungsdatum|einzugsdatum|incassodatum|(?:direct )?debit date)\b"
    rf"|{GREEK_TURKISH_DUE}",  # "Ημερομηνία λήξης", "Vade Tarihi" (greekturkishcaptions.py)
    # "Please remit until 2019-07-01.", "à régler avant le 3 février 2025": the date closes
    # a payment request.
    r"\b(?:bis zum|bis sp[äa]testens|sp[äa]testens bis(?: zum)?|zahlbar bis|remit (?:until|by)"
    r"|pay(?:able)? until"
    r"|[àa] (?:r[ée]gler|payer)(?: avant| au plus tard)? le"
    r"|payable (?:avant|au plus tard) le"
    # A fee note's "Payable le | 27 juillet 2024": the day itself, beside the caption.
    r"|payable le(?=\s*:?\s*\d)"
    # Iceland's "Eindagi", the last day before interest runs: after a "Gjalddagi".
    r"|eindagi"
    # A Polish correction invoice refunding the buyer: "Termin zwrotu:" (refund deadline),
    # the day the seller pays by; after any payment caption ("Termin zwrotu sprzętu", a
    # rental's return of equipment, has no colon right after).
    r"|termin zwrotu(?=\s*:))\b"
    # The last day in a payment sentence: "Pagamento tramite bonifico entro il 30/03/2025",
    # "Pago por transferencia antes del", "Paiement par virement au plus tard le", "Gelieve
    # te betalen vóór", "Please pay by 15 March 2025".
    # "L'importo dovrà essere versato entro il": the amount, then its day.
    # "Il saldo deve pervenire entro il": the balance, then its day.
    r"|\b(?:pagamento|pagare|pagabile|saldare|saldo|bonifico|versamento|versat[oa]|versare"
    r"|importo)\b"
    rf"{SENTENCE_GAP}"
    r"\bentro(?: e non oltre)? il\b(?=\s*\d)"
    # "Le rogamos transfiera el importe de 4.094,40 € antes del 10 de marzo".
    r"|\b(?:pago|pagar|abonar|transferencia|transfier\w*|ingres\w*|importe)\b"
    rf"{SENTENCE_GAP}"
    r"\b(?:antes del?|hasta el|a m[áa]s tardar el)\b(?=\s*\d)"
    # Portuguese: "Solicitamos a transferência de 2.334,60 euros até 16 de março de 2026".
    r"|\b(?:pagamento|pagar|liquidar|transfer[êe]ncia|transferir|montante|import[âa]ncia)\b"
    rf"{SENTENCE_GAP}"
    # A day must follow ("até 30 dias" states terms).
    r"\b(?:at[ée](?: ao dia| dia)?|o mais tardar (?:a|em))\b"
    r"(?=\s*\d{1,2}(?:[./\-]\d{1,2}[./\-]\d{2,4}|\s+de\s+[a-zç]{3,}))"
    # "Payable dans les 30 jours net, au plus tard le 12.04.2026": terms, then the day.
    # "Merci de verser le montant de 5 055,35 € au plus tard le": the amount, then its day.
    r"|\b(?:paiement|r[èe]glement|virement|payer|r[ée]gler|payable|verser|versement|montant)\b"
    r"[^.]{0,80}?"
    r"\b(?:avant le|au plus tard le|jusqu'au)\b(?=\s*\d)"
    # "Graag ontvangen wij het bedrag uiterlijk op 26-03-2026": the amount, then its day.
    # "het factuurbedrag uiterlijk op": a compound of "bedrag".
    r"|\b(?:beta+l\w*|overmak\w*|voldoen|\w*bedrag)\b"
    rf"{SENTENCE_GAP}"
    r"\b(?:v[oó][oó]r|uiterlijk(?: op)?)\b(?=\s*\d)"
    # "Gelieve dit uiterlijk 26 maart 2025 over te maken": the verb after the day.
    r"|\buiterlijk(?: op)?\b(?=\s*\d(?:[^.]|(?<=\d)\.(?=\d)){0,30}?"
    r"\b(?:over te maken|overmaken|over te schrijven|te (?:betalen|voldoen|storten)|betalen"
    r"|voldoen|storten)\b)"
    # Poland's payment form, then its day: "Forma płatności: przelew 21 dni, termin:
    # 10.12.2024"; a bare "termin" ends the terms with the day they fall due.
    r"|\b(?:p[łl]atno[śs]ci|przelew\w*|zap[łl]at\w*)\b[^.]{0,80}?"
    r"\btermin\b(?=\s*:?\s*\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4})"
    # (Not a payment received or made: "Payment received by 04/02/2025".)
    r"|\b(?:pay|payment|payable|remit|settle)\b(?:(?!received|made)[^.]){0,60}?"
    r"\b(?:by|before|not? later than)\b"
    rf"(?=\s*(?:\d|{MONTH_DAY_YEAR}))"
    # "Please transfer the amount due of 5,787.80 EUR by 17 April 2024", "is to be paid by
    # 17/06/2024": the sentence's amount may carry a decimal point; "by" before a date only
    # ("by bank transfer" names the way, "by 3 instalments" the terms).
    r"|\b(?:pay|payment|payable|remit|settle|transfer|wire|to be paid|to be settled)\b"
    r"(?:(?!received|made)(?:[^.]|(?<=\d)\.(?=\d))){0,80}?"
    r"\b(?:by|before|no later than|not later than)\b"
    rf"(?=\s*(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{DAY_MONTH_YEAR}"
    rf"|{MONTH_DAY_YEAR}))"
    # "Die Nachzahlung wird am 25.03.2025 fällig", "ist zum 31.03.2025 zur Zahlung fällig".
    r"|\b(?:am|zum)\b(?=\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\s+(?:zur zahlung\s+)?f[äa]llig)",
    # Payment terms in a sentence: "Zahlbar innerhalb 30 Tagen netto bis 04.04.2013",
    # "Zahlbar innert 30 Tagen netto, d. h. bis 3. April 2025".
    # "Zahlbar innerhalb von 14 Tagen ohne Abzug, spätestens am 05.05.2015".
    r"\bzahlbar\b[\w\s,]{0,40}?(?:\bd\.\s?h\.\s*)?\b(?:bis(?: zum)?|sp[äa]testens am)\b",
    # "Wir ersuchen um Überweisung des Rechnungsbetrages ohne Abzug bis 19.12.2024".
    # "Bitte überweisen Sie den Betrag bis 20.06.2025", "zu zahlen bis".
    # "Zahlung: 30 Tage netto, bis 01.04.2026": a colon and a comma inside the terms.
    r"\b(?:[üu]berweisung|zahlung|bezahlung|begleichung|[üu]berweisen|zahlen|begleichen)\b"
    r"[\w\s:,]{0,50}?\b(?:bis(?: zum| sp[äa]testens)?\b"
    # "Die Zahlung hat spätestens am 12.04.2024 zu erfolgen": the day, no "bis".
    r"|sp[äa]testens(?: am| bis(?: zum)?)?\b(?=\s*\d{1,2}\.))"
    # A credit note's refund, its verb after the day: "Der Betrag wird bis 28.11.2024 auf Ihr
    # Konto überwiesen", "The amount will be transferred to your account by 28/11/2024", "Le
    # montant sera viré sur votre compte avant le 28/11/2024" (not "wurde ... überwiesen").
    r"|\b(?:wird|werden)\b[^.]{0,40}?\bbis(?: zum| sp[äa]testens)?\b"
    r"(?=\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}[^.]{0,60}?\b(?:[üu]berwiesen|gezahlt|bezahlt"
    r"|beglichen|(?:r[üu]ck)?erstattet|gutgeschrieben|ausgezahlt|ausbezahlt)\b)"
    r"|\b(?:will be|is|are|shall be)\s+(?:paid|transferred|credited|refunded|remitted)\b"
    r"[^.]{0,60}?\b(?:by|before|no later than|not later than)\b"
    rf"(?=\s*(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{DAY_MONTH_YEAR}"
    rf"|{MONTH_DAY_YEAR}))"
    # "Payment must be made no later than April 12, 2024": a duty, so no payment made before
    # (which "Payment made by 04/02/2025" records).
    r"|\b(?:must|shall|should|is to) be (?:made|effected)\b[^.]{0,40}?"
    r"\b(?:by|before|no later than|not later than)\b"
    rf"(?=\s*(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|{DAY_MONTH_YEAR}"
    rf"|{MONTH_DAY_YEAR}))"
    r"|\bsera\s+(?:vir[ée]|pay[ée]|rembours[ée]|cr[ée]dit[ée]|vers[ée])e?s?\b[^.]{0,60}?"
    r"\b(?:avant le|au plus tard le|jusqu'au|d'ici le)\b(?=\s*\d)",
    # A direct-debit notice: "wird am 20.03.2014 von Ihrem Konto ... eingezogen", "wird
    # zum 10.04.2026 per Lastschrift eingezogen", "wird frühestens am 10.06.2025 per
    # SEPA-Basislastschrift" (the account and verb on the next line).
    r"\b(?:wird|werden)(?: der betrag)?(?: (?:fr[üu]hestens|voraussichtlich))? (?:am|zum)\b"
    r"(?=\s*\d{1,2}\.\d{1,2}\.\d{2,4}[^.]{0,60}(?:konto|eingezogen|abgebucht|belastet|lastschrift))"
    r"|\b(?:debited|collected)(?: from your account)? on\b"
    # "buchen wir am 01.04.2025 ... ab", "Prélevé le 15 mars 2025", "by Direct Debit on or
    # after 17 March 2025", "Se cargará en su cuenta ... el 17 de marzo", "verrà addebitato
    # il", "wordt op 15-03-2025 ... afgeschreven": the day the bill is collected.
    r"|\b(?:buchen|ziehen|belasten)\s+wir\b(?:\s+[\w€.,]+){0,4}?\s+am\b(?=\s*\d)"
    # ... the subject first: "Wir buchen den Betrag am 18.03.2025 von Ihrem Konto ab".
    r"|\bwir\s+(?:buchen|ziehen|belasten)\b(?:\s+[\w€.,]+){0,4}?\s+am\b(?=\s*\d)"
    r"|\b(?:abbuchung|lastschrifteinzug|einzug)\s+am\b(?=\s*\d)"
    r"|\bpr[ée]l[èe]vement(?: pr[ée]vu)? le\b(?=\s*\d)"
    # "sera prélevé à partir du 20/11/2024": collected from that day on.
    r"|\bpr[ée]lev[ée]e?s?\s+(?:le|[àa] (?:partir|compter) du)\b(?=\s*\d)"
    r"|\bpr[ée]l[èe]vement\s+[àa] (?:partir|compter) du\b(?=\s*\d)|\bon or after\b(?=\s*\d)"
    # "Se cargará en su cuenta … a partir del 08/03/2025": from that day on, as "à partir du".
    r"|\bse (?:cargar[áa]|cobrar[áa]|adeudar[áa]|domiciliar[áa])\b[^.]{0,80}?"
    r"\b(?:a partir del|el)\b(?=\s*\d)"
    r"|\bverr[àa] addebitat[ao]\b[^.]{0,60}?\bil\b(?=\s*\d)"
    # "addebito diretto SEPA sul c/c ... con valuta 15/04/2025": the debit's value date (the
    # masked account may split the sentence into cells, so "con valuta" and its date alone).
    r"|\bcon valuta\b(?=\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
    # Swiss and German terms closing on the value date: "20 Tage netto, Valuta 22.04.2024"
    # ("Valuta: EUR" before a code is the currency's caption).
    r"|\bvaluta\b(?=\s*:?\s*\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
    r"|\bwordt(?: het bedrag)? op\b(?=\s*\d[^.]{0,60}(?:afgeschreven|ge[ïi]ncasseerd))"
    # "Wij schrijven dit (bedrag) af rond 29 januari 2026": Dutch splits "afschrijven".
    r"|\b(?:wij|we)\s+schrijven\b(?:\s+[\w€.,]+){0,4}?\s+af(?:\s+(?:op|rond|omstreeks))?"
    r"(?=\s+\d)",
    # A bare "Due" closing a row of captions ("Invoice no. | Invoice date | Terms | Due"), or
    # alone on its line, over its date; "Balance due", "Amount due" name a sum.
    r"(?<!amount )(?<!balance )(?<!total )(?<!now )(?<!past )(?<!over)(?<!payment )"
    r"\bdue(?=\s*:?\s*$)",
]
