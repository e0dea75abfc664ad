"""Captions that open a party's block: the seller's ("Verkäufer", "Fournisseur", "Sold by")
and the buyer's ("Rechnungsempfänger", "Bill to", "Client facturé", a courtesy "Sr.:") in the
languages labels.py reads; a line matching one heads the block of names and address under or
beside it. Split from labels.py (the field lexicon), which re-exports both."""

from __future__ import annotations

import re

from facturist.engine import greekturkishcaptions as _gt

SELLER_SECTION = re.compile(
    r"^(?:cedente(?:\s*/\s*prestatore)?|verk[äa]ufer|ver k[äa]ufer|lieferant|rechnungsersteller"
    r"|seller|vendor|supplier|from|service provider|fournisseur|vendeur|sold by|verkauft von"
    r"|vendu par|vendido por"
    r"|venduto da|verkocht door|sprzedane przez|vendedor|venditore"
    r"|emisor|proveedor|fornitore|cedente|leverancier|verkoper|fornecedor|sprzedawca|emitente"
    # nl "Aanvoerder": the grower who supplies an auction, on the auction's statement.
    r"|mittente|afzender|aanvoerder|[ée]mett(?:eur|rice)|wystawca|absender|rechnungssteller"
    # A self-billed statement's supplier: "Leistender / Gutschriftsempfänger" (the one who
    # supplied, and receives the credit), "Leistungserbringer".
    r"|leistender|leistungserbringer"
    # France's "Émise par" alone over the issuer's block (beside "Facturée à").
    r"|[ée]mise? par(?=\s*:?\s*$)"
    # German templates' "Von: | An:" blocks (only with its colon: "Von Arx AG" is a name).
    r"|von(?=\s*:)"
    # Spain's "Datos del emisor"; Czechia, Slovakia. (First: Italy's e-invoice copy,
    # "Cedente/prestatore (fornitore)".)
    r"|datos del (?:emisor|proveedor|vendedor)|dodavatel"
    # sk "Dodávateľ", hu "Eladó", "Szállító", ro "Furnizor", sl "Prodajalec", "Dobavitelj",
    # hr "Prodavatelj", "Isporučitelj", bg "Доставчик", "Продавач", et "Müüja", lv
    # "Piegādātājs", "Pārdevējs", lt "Pardavėjas", "Tiekėjas".
    r"|dod[áa]vate[ľl]|elad[óo]|sz[áa]ll[íi]t[óo]|furnizor|prodajalec|dobavitelj|prodavatelj"
    r"|isporu[čc]itelj|доставчик|продавач|m[üu][üu]ja|pieg[āa]d[āa]t[āa]js|p[āa]rdev[ēe]js"
    r"|pardav[ėe]jas|tiek[ėe]jas"
    # Nordic supplier captions: sv "Leverantör", "Säljare", da/no "Leverandør", da "Sælger",
    # no "Selger", fi "Myyjä", "Toimittaja", "Laskuttaja" (the biller).
    r"|leverant[öo]r|s[äa]ljare|leverand[øo]r|s[æa]lger|selger|myyj[äa]|toimittaja|laskuttaja"
    # is "Seljandi" (seller), "Útgefandi" (issuer).
    r"|seljandi|[úu]tgefandi"
    # Brazil's service invoice (NFS-e): "PRESTADOR DE SERVIÇOS".
    r"|prestador(?: d(?:e|os) servi[cç]os)?"
    # France's "Prestataire" (the service provider; a self-billed invoice's supplier).
    r"|prestataire(?: de services?)?"
    # The Swiss QR-bill's creditor caption over its name and address (de, fr, it, en).
    r"|konto\s*/\s*zahlbar an|compte\s*/\s*payable [àa]|conto\s*/\s*pagabile a"
    r"|account\s*/\s*payable to"
    # A template's payee column ("Invoice for | Payable to | Invoice #"), alone over its name.
    r"|payable to(?=\s*:?\s*$)"
    # WHMCS's "Pay To" alone over the issuer's block (beside "Invoiced To").
    r"|pay to(?=\s*:?\s*$)"
    # Arabic "البائع" (the seller), "المورد" (the supplier), beside their English caption on
    # bilingual invoices (Egypt, the Gulf).
    rf"|البائع|المورد|{_gt.SELLER_PARTY})\b\s*:?",
    re.IGNORECASE,
)
# A courtesy caption heading the addressee's block ("Exmo.(s) Senhor(es)", "Exmos. Senhores",
# "Sr./Sres.:"): on a line of its own or before a colon, never before a person's name; a
# bare "SR" alone is a logo's initials.
# Either sex in one caption: "Exmo.(a) Sr.(a)", "Exmo(a). Sr(a).".
_COURTESY = (
    r"(?:exm[oa]s?(?:\(as?\))?\.?(?:\((?:s|as?)\))?\s*)?"
    r"(?:se[nñ]h?or(?:es|as?|\(es\)|\(a\))?|sr(?:es|as?|s)?(?:\(as?\))?\.(?:\((?:s|as?)\))?)"
    r"(?:\s*/\s*sr(?:es|as?|s)?\.?)?(?=\s*:|\s*$)|sr(?:es|as?|s)?(?=\s*:)"
)
BUYER_SECTION = re.compile(
    rf"^(?:{_COURTESY}|(?:"
    # Before their first words' shorter entries: "Client facturé" (France),
    # "Cessionario/committente" (Italy's e-invoice copy).
    r"client factur[ée]|cessionario(?:\s*/\s*committente)?|"
    # Italy's "Committente" (the client of a works or services contract) alone as the caption;
    # France's "Maître d'ouvrage" (the works' client; "Maître d'œuvre" is its architect).
    r"committente|ma[îi]tre d['’]\s?ouvrage|"
    # The address captions' words with the space between them lost, as italic captions'
    # text layers often print them ("Adresse defacturation", "BillTo", "Rechnungs adresse").
    r"k(?:ae|[äa])ufer|rechnungsempf(?:ae|[äa])nger|invoice\s*address|rechnungsanschrift"
    r"|leistungsempf(?:ae|[äa])nger|kunde|buyer|customer|"
    r"bill(?:ed)?\s*to|sold\s*to|invoice\s*to|client|factuuradres|rechnungs\s*adresse"
    r"|billing\s*address|adresse\s*de\s*facturation|direcci[oó]n\s*de\s*facturaci[oó]n"
    r"|indirizzo\s*di\s*fatturazione|morada\s*de\s*fatura[cç][aã]o"
    r"|odbiorca|nabywca|factur[ée] [àa]|destinat[áa]rio"
    r"|acheteur|factur[ée]e?s? [àa]|cliente|destinatario|destinataire|cessionario|klant|koper"
    r"|comprador|nabywca"
    r"|rechnung an|facturer [àa]|facturar a|facturado a|datos del cliente|fatturare a"
    # Malay "Kepada" (to), with its English caption after it ("Kepada / To :").
    r"|kepada(?:\s*/\s*to)?(?=\s*:)"
    # Italy's "Intestatario fattura", "Intestazione fattura" (the invoice's holder).
    r"|intestat(?:ari)?[ao](?: a| fattura)?|intestazione fattura"
    r"|spett\.?\s?le|(?:gefactureerd|factureren|factuur) aan|aan"
    r"|fatura(?:r|do) a|exmos?\.?|adquirente|faktura dla|klient|adress[ée]e? [àa]"
    # A credit memo's caption over its block (not "Credit to: account ..."); Czechia, Slovakia.
    r"|credit(?:ed)? to(?=\s*:?\s*$)|odb[ěe]ratel"
    # sk "Odberateľ", hu "Vevő", sl "Kupec", "Naročnik" (client), "Prejemnik" (recipient;
    # a payment slip's "prejemnika" is the payee), hr "Kupac", "Naručitelj", bg "Получател",
    # "Купувач", et "Ostja", "Maksja" (payer), lv "Saņēmējs", "Pircējs", lt "Pirkėjas".
    r"|odberate[ľl]|vev[őo]|kupec|kupac|naro[čc]nik|prejemnik|naru[čc]itelj"
    r"|получател|купувач|ostja|maksja|sa[ņn][ēe]m[ēe]js"
    r"|pirc[ēe]js|pirk[ėe]jas"
    # ro "Cumpărător" (buyer), "Beneficiar" (the invoice's recipient, beside "Furnizor").
    r"|cump[ăa]r[ăa]tor|beneficiar"
    # Nordic "bill to" and buyer captions: da "Faktureres til", no "Fakturert til", sv
    # "Faktureras till", is "Kaupandi", fi "Ostaja", "Laskutetaan"; nl "Afnemer" (buyer); the
    # invoice's recipient, no "Fakturamottaker", sv "Fakturamottagare", da "Fakturamodtager".
    r"|faktur(?:eres|ert|eras) till?|kaupandi|ostaja|laskutetaan|afnemer|kj[øo]per|k[öo]pare"
    r"|fakturamot(?:taker|tagare)|fakturamodtager"
    # sv "Kund", da "Køber", the recipient: no "Mottaker", sv "Mottagare", da "Modtager", fi
    # "Vastaanottaja"; fi "Asiakas" (customer).
    r"|kund|k[øo]ber|mottaker|mottagare|modtager|vastaanottaja|asiakas"
    # is "Greiðandi" (payer), "Viðtakandi" (recipient), "Viðskiptavinur" (customer).
    r"|grei[ðd]andi|vi[ðd]takandi|vi[ðd]skiptavinur"
    # no/da "Til", sv "Till" (to) alone over the addressee's block, no colon.
    r"|till?(?=\s*:?\s*$)"
    # The invoice address's heading over the customer's block: sv "Fakturaadress", da/no
    # "Fakturaadresse", "Faktureringsadresse"; fi "Laskutusosoite" (billing address).
    r"|faktur(?:a|erings)adress(?:en?)?|laskutusosoite"
    # The payer on Finland's bank transfer form ("Maksaja / Betalare"), beside its name.
    r"|maksaja(?:\s*/\s*betalare)?|maksajan nimi ja(?: osoite)?(?=\s*:?\s*$)"
    # A recipient's caption alone over its block, wherever it stands ("An:", "To:"); Spain's
    # utility bills ("Titular del contrato:"), and telecoms' "Titular" (the account holder)
    # alone over the customer's block.
    r"|(?:an|to)(?=\s*:\s*$)|titular(?: del (?:contrato|suministro|servicio)|(?=\s*:?\s*$))"
    # France's "Titulaire du contrat" (an energy or telecom contract's holder, who is billed).
    r"|titulaire du contrat"
    # A German invoice book's "für:" alone over the handwritten customer ("Rechnung ... für:").
    r"|f[üu]r(?=\s*:\s*$)"
    # Mexico's CFDI "Receptor:", Brazil's NFS-e "TOMADOR DE SERVIÇOS".
    # Its heading "DATOS DEL RECEPTOR"; Colombia's DIAN "Adquiriente" (the buyer).
    r"|(?:datos del )?receptor|tomador(?: d(?:e|os) servi[cç]os)?|adquiriente"
    # Brazil's drawee of a duplicata or boleto, "Sacado" (now "Pagador"), alone or before
    # its colon; beside the taker ("TOMADOR / SACADO").
    r"|(?:sacado|pagador)(?=\s*(?::|$))"
    # Argentina's AFIP form captions only the receiver so ("Apellido y Nombre / Razón Social").
    r"|apellido y nombre(?:\s*/\s*raz[oó]n social)?"
    # Templates' captions alone over the customer's block ("Invoice for", "Issued to:").
    r"|(?:invoice|prepared) for(?=\s*:?\s*$)|issued to|invoiced to"
    # A UK tradesman's "For the attention of:" alone over the householder's block, the
    # caption with its colon and nothing after it (a line "For the attention of Mr X" under
    # a company's name is its contact: attention.py).
    r"|for the attention of(?=\s*:\s*$)"
    # Spain's web shops' "Datos de facturación" alone over the customer's block.
    r"|datos de facturaci[oó]n(?=\s*:?\s*$)"
    # France's bare "Facturation" alone over the billed company's block (a hotel's folio).
    r"|facturation(?=\s*:?\s*$)"
    # French-speaking Africa's (and old French) "DOIT :" ("owes") alone over the customer's
    # block: the party billed.
    r"|doit(?=\s*:?\s*$)"
    # Dolibarr's "Absender | Empfänger" over the two blocks: the recipient's caption alone.
    r"|empf[äa]nger(?=\s*:?\s*$)"
    r"|details of (?:receiver|recipient)"  # India's GST "Details of Receiver (Billed to)"
    # India's distributors (Tally, Marg) caption the customer "Party:" / "Party Name:" alone.
    r"|party(?:'?s)?(?: name)?(?:\s*(?:&|and) address)?(?=\s*:)"
    # An Italian doctor's bill captions the billed person "Paziente" alone over the block
    # (English, Dutch and German "Patient" blocks may name someone other than the payer).
    r"|paziente(?=\s*:?\s*$)"
    # An insurer's premium notice captions the insured party alone over its block: it
    # "Contraente", de "Versicherungsnehmer(in)", en "Policyholder", fr "Souscripteur", nl
    # "Verzekeringnemer".
    r"|(?:contraente|versicherungsnehmer(?:in)?|policy\s?holder|souscripteur"
    r"|verzekering(?:s)?nemer)(?=\s*:?\s*$)"
    # The Swiss QR-bill's debtor caption over its name and address (de, fr, it, en).
    r"|zahlbar durch|payable par|pagabile da|payable by(?=\s*(?:\(|:|$))"
    # Arabic "المشتري" (the buyer), "العميل" (the customer).
    r"|المشتري|العميل"
    rf"|{_gt.BUYER_PARTY})\b)",
    re.IGNORECASE,
)
