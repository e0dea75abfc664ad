"""The seller's VAT ID captions (EU, EFTA, the Americas, Asia, the Gulf), most specific first:
"USt-IdNr.", "N° TVA", "KMKR", "PVN reģ. Nr.", "Tax ID", "CNPJ"; labels.py ranks them under
"seller_vat_id". Kept apart so that the lexicon stays under its size limit.
"""

from __future__ import annotations

from facturist.engine.greekturkishcaptions import VAT_ID as GREEK_TURKISH_VAT_ID

SELLER_VAT_ID_LABELS: list[str] = [
    # The space before "Nr" only with it: "USt-ID DE601549977" keeps its ID out of the \w*.
    r"\b(?:ust\.?[\s\-]*id(?:ent)?\.?(?:[\s\-]*nr)?|ust[\s\-]?idnr|ust\.?[\s\-]*identnr|"
    r"umsatzsteuer[\s\-]?id|vat[\s\-]?(?:id|no|nr|number|reg|#)"
    r"|tva intra[\s\-]?com|n° (?:de )?tva"
    r"|nif|cif|partita iva|p\.? ?iva|btw[\s\-]?(?:nr|nummer|id)|nip"
    # "GST Reg. No.", "GST/HST No.", "HST Reg. No.", "QST No." (Canada, Singapore, NZ).
    r"|(?:gst/hst|gst/tps|tps/gst|gst|hst|qst|tps|tvq)[\s.]*(?:reg|id|no|number|#(?!\w))"
    r"|uid(?:[\s\-]*nr)?|mwst\.?[\s\-]*nr|contribuinte|nipc"
    # Denmark's CVR number, the Czech DIČ.
    r"|cvr(?:[\s\-]*nr)?|di[čc]"
    # Finnish "ALV-rek.", "ALV-tunniste", "ALV-numero"; Swedish "Momsreg.nr", Danish
    # "SE-nr."; Iceland's "VSK nr.", "VSK-númer" (vatread.py reads its plain digits).
    r"|alv[\s\-]*(?:rek|tunniste|tunnus|numero|nro|nr)"
    r"|moms\s?reg(?:istrerings)?\.?\s?(?:nr|nummer)"
    r"|se[\s\-]nr|vsk[\s\-.]*(?:nr|n[úu]mer)|vir[ðd]isaukaskattsn[úu]mer)\w*"
    # sk "IČ DPH", hu "(EU) adószám", sl "ID za DDV", hr "OIB", "PDV ID", bg "ИН по
    # ЗДДС", et "KMKR", lv "PVN reģ. Nr.", lt "PVM mokėtojo kodas", "PVM kodas".
    r"|\bi[čc] dph|\b(?:eu[\s\-]*)?ad[óo]sz[áa]m|\bid za ddv|\b[o0]ib|\bpdv[\s\-]*id"
    r"|(?<!\w)ин по зддс|\bkmkr|\bpvn re[gģġ]\.?\s*(?:nr|numurs)\.?|\bpvm (?:mok[ėe]tojo )?kodas"
    # Short forms: lt "PVM k." (PVM kodas), lv "PVN Nr.", "PVN numurs"; Russia's "ИНН". OCR
    # reads the Latvian "ģ" as "ġ" ("PVN reġ. Nr." above).
    r"|\bpvm k\.|\bpvn (?:nr|numurs)\b\.?|(?<!\w)инн(?!\w)"
    # lv "PVN maksātāja Nr." (the VAT payer's number); rs "PIB" (nine digits), ba "PDV
    # broj" (twelve) and hr "PDV br." (vatread.py reads their plain digits).
    r"|\bpvn maks[āa]t[āa]ja(?: re[gģġ]\w*\.?)?\s*(?:nr|numurs|kods)\b\.?"
    r"|\bpib\b(?=[\s:.]*\d{9}\b)|\bpdv[\s\-]*br(?:oj|\.)"
    r"|\b(?:c\.i\.f|n\.i\.f)\."
    # OCR's one for the I in the capitals' dotted form ("C.1.F. B91403261"); capitals only.
    r"|\b(?-i:[CN]\.1\.F\.)"
    # Poland's "VAT UE: DE318472608", an EU buyer's VAT number on a Polish invoice.
    r"|\bvat[\s\-]ue(?=\s*:?\s*[a-z]{2}\s?\d)"
    # Registration numbers outside the EU: Australia's ABN, India's GSTIN, Canada's
    # business number, a "Tax ID" or the Gulf's "TRN"; Malaysia's "SST No.", the
    # Philippines' "TIN" (gulfasiataxids.py reads their numbers by shape).
    r"|\b(?:abn|gstin(?:/uin)?|bn|tax[\s\-]?id|trn|tin)\b"
    # Bahrain's "VAT Account No." and Oman's "VATIN" (gulfasiataxids.py reads their numbers).
    r"|\bvat\s+account\s+(?:no|number)\b\.?|\bvatin\b"
    # Ukraine's sole trader's "Individual Tax Number (RNOKPP)", Israel's "Osek Murshe"
    # (a VAT-registered dealer's number; checkedtaxids.py reads both by check digit).
    r"|\bindividual\s+tax\s+(?:no|number)\b|\brnokpp\b|\bosek\s+murshe\b"
    r"|\bsst[\s.]*(?:reg(?:istration)?[\s.]*)?(?:no|number|id)\b"
    # Canada's tax caption alone, a business number's program account after it ("TPS/GST :
    # 814427035 RT0001", "TVQ/QST : 1219873345 TQ0001").
    # The sign glued to the number ("GST #819260449 RT0001") stays out of the caption.
    r"|\b(?:gst/hst|gst/tps|tps/gst|gst|hst|qst|tps|tvq)"
    r"(?:[\s.]*#(?=\w)|(?=\s*:?\s*\d{9,10}\s?(?:RT|TQ)\d{4}))"
    rf"|{GREEK_TURKISH_VAT_ID}",  # "ΑΦΜ", "Vergi No", "TCKN" (greekturkishcaptions.py)
    # Brazil's CNPJ, Mexico's RFC, Romania's CUI, Turkey's VKN, Japan's invoice
    # registration number ("Registration No. T1011101012345").
    r"\b(?:cnpj|rfc(?:\s+emisor)?|cui|vkn)\b"
    # Chile's RUT, Argentina's CUIT, Colombia's NIT, Peru's RUC (latamtaxids.py).
    r"|\b(?:cuit|ruc)\b|\b(?:c\.u\.i\.t|r\.u\.[ct])\.?|\bnit\b(?=[\s:.]*\d)"
    r"|\brut\b(?=[\s:.]*\d{1,2}\.?\d{3}\.?\d{3}-[\dk])"
    r"|\b(?:registration|registered)\s+(?:no|number)\b\.?(?=[\s:]*T\d{13}\b)"
    r"|(?:適格請求書発行事業者)?登録番号(?=[\s:：]*T\d{13}\b)",
    # The tax's bare name before an ID with a country prefix ("BTW NL810433941B01").
    # Norway's "Org.nr. NO 927 463 814 MVA" is its VAT number, as is the register's name
    # before it ("Foretaksregisteret NO 927 463 814 MVA").
    r"\b(?:(?:btw|tva|vat|iva|mwst|ust|moms)\b|org\.?\s?nr\.?|foretaksregisteret)"
    # Spain's letter after "ES" ("VAT: ESB86514320", a company's CIF); Switzerland's
    # "CHE-" ("N. IVA CHE-102.987.666 IVA", "MWST CHE-116.482.036").
    r"(?=[\s:.]*(?:[a-z]{2}[\s\-]?\d|es[\s\-]?[a-z]\d|che[\s\-.]?\d))"
    # Without its "NO": nine digits and "MVA" ("Org.nr 918 273 646 MVA").
    # English viewers print "Org. no. 918 273 646 MVA".
    r"|\b(?:org(?:anisasjons)?\.?\s?(?:nr|nummer|no)\.?|foretaksregisteret)"
    r"(?=[\s:.]*\d{3}\s?\d{3}\s?\d{3}\s*mva\b)"
    # A Baltic invoice's English "VAT code" (lt "PVM kodas") before a prefixed ID.
    r"|\bvat\s+code\b(?=[\s:.]*[a-z]{2}[\s\-]?\d{6})"
    # Switzerland's business ID before its "CHE-" number ("IDE : CHE-105.873.421 TVA").
    r"|\b(?:n[°º]\s*)?ide\b(?=[\s:.]*che[\s\-.]?\d)",
    # The country code as the caption's first word, the number without it ("GB VAT
    # 334017296", as Stripe prints it).
    r"\b[a-z]{2}\s+vat\b(?=[\s:.]*\d{3}\s?\d{4}\s?\d{2}\b)",
    # Finland's business ID ("Y-tunnus 2750116-3", Swedish "FO-nummer"): the VAT ID's
    # digits, read only when no ALV number outranks it.
    # Singapore's UEN likewise: a company number, after a "GST Reg. No." printed with it.
    r"\b(?:y[\s\-]?tunnus|fo[\s\-]?nummer|uen)\b",
    # African national tax numbers (africantaxids.py reads them): Kenya's "KRA PIN", Morocco's
    # "ICE", Tunisia's "Matricule fiscal" / "M.F.", Senegal's "NINEA", Côte d'Ivoire's "N° CC",
    # Cameroon's "NIU", Zambia's "TPIN"; Egypt's "Tax Registration No." over its number. The
    # short ones only before a number of their shape.
    r"\bkra\s+pin\b|\bt?pin(?:\s+no)?\b\.?(?=[\s:.]*[ap]\d{9}[a-z]\b)|\btpin\b"
    r"|\bice\b(?=[\s:.]*\d{3}\s?\d{3}\s?\d{3}\s?\d{3}\s?\d{3}\b)"
    r"|\b(?:matricule\s+fiscale?|m\.?\s?f)\b\.?(?=[\s:.]*\d{7}\s?/?\s?[a-z]\s?/?\s?[abdnp]\b)"
    r"|\bninea\b|\bn[°º]?\s?cc\b(?=[\s:.]*\d{7}\s?[a-z]\b)|\bniu\b(?=[\s:.]*[a-z]\d{12}[a-z]\b)"
    r"|\btax\s+reg(?:istration)?\.?\s*(?:no|number|nr)\b\.?",
]
