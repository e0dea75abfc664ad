"""The caption lexicon of item tables: the words that name each column, in eight languages.

Kept apart from `column_captions`, which reads a header row with it, because the lexicon is long
and grows with every language and trade.
"""

from __future__ import annotations

import re

from facturist.engine import greekturkishcaptions as _gt
from facturist.engine.commissiontable import COMMISSION_WORDS

# A count of pallets: en/nl "Pallets", fr "Palettes", de "Paletten", es "Palés", "Palets",
# it "Bancali", pt "Paletes", pl "Palety". Beside a weight caption with a rate per pallet
# ("Kg | Palés | Precio | Importe") the pallets are the billed count; with no price caption
# (a trip's lump sum) they are information, as the weight is (see SHIPMENT_CAPTION).
PALLET_WORDS = r"pallets|plts|palettes|paletten|pal[ée]s|palets|bancali|paletes|palety"

HEADER_WORDS: dict[str, re.Pattern[str]] = {
    "description": re.compile(
        r"^(?:beschreibung|artikelbeschreibung|bezeichnung|artikelbezeichnung|"
        r"leistungsbeschreibung|produkt|artikel|leistung"
        # Bills of quantities (ÖNORM B 2063, GAEB): each position's "Kurztext" (short text),
        # the "Langtext" being the full specification.
        r"|kurztext|langtext|positionstext"
        # "Pos | Artikel | Text | Menge": German ERP and accounting tables (Collmex, SAP, DATEV
        # forms) caption the item's name "Text", "Artikeltext", "Leistungstext" beside the
        # article number's "Artikel" (the narrower column: tableheader's
        # _settle_description_column keeps the wide one as the text).
        r"|text|artikeltext|leistungstext"
        # "Menge | Gegenstand | Einzelpreis | Gesamtpreis": German invoice pads' item column.
        r"|gegenstand"
        # HOAI fee tables bill by "Leistungsphase" (work stage), no count or unit price.
        # ... or by "Leistungsbild" (the service profile whose phases the rows list).
        r"|leistungsphase|leistungsphasen|leistungsbild"
        # Operating-cost and service-charge statements (Betriebskosten-, Nebenkostenabrechnung)
        # bill each "Kostenart" (type of cost) as a row.
        r"|kostenart|kostenarten"
        # Clubs and associations bill their dues by kind: "Beitragsart" (type of dues).
        r"|beitragsart|beitragsarten"
        # Couriers bill one row per shipment and name it by where it went: "Destinatario"
        # (it, es, pt), "Destinataire", "Empfänger", "Consignee" beside "Peso kg | Importo".
        r"|destinatario|destinataire|empfänger|consignee"
        # Parcel carriers' statements name each row by its consignment (tracking) number.
        r"|consignment"
        # Hauliers bill one row per trip and name it by its route: pl "Trasa", de "Strecke",
        # "Relation", en "Route", nl "Traject", fr "Trajet", it/es "Tratta", "Trayecto", es
        # "Ruta", pt "Rota".
        r"|trasa|strecke|relation|route|traject|trajet|tratta|trayecto|ruta|rota"
        # Or by its ends: es "Origen - Destino", de "Zielort".
        r"|origen - destino|origen/destino|zielort"
        r"|description|item|items|product|service|services|details|particulars|désignation|"
        r"designation|libellé|descripción|concepto"
        r"|descrizione|omschrijving|descrição|descricao|opis|nazwa|towar|article|articolo"
        r"|artículo|artigo|prestation|servicio|servizio|serviço|dienst|designação|pozycja"
        # "Product" in the Romance languages, as web shops caption their items ("Producto |
        # Cantidad | Precio").
        r"|producto|productos|prodotto|prodotti|produto|produtos|produit|produits"
        r"|usługa"
        # French timesheet bills caption each row's heading "Rubrique" ("Heures normales");
        # lawyers' fee notes caption the work done "Diligences" ("Date | Diligences | Heures").
        r"|rubrique|diligences"
        # German cost schedules (GNotKG, GKG, RVG) caption the fee's legal ground, the row's
        # text: "Gebührentatbestand", "Tatbestand" (beside "KV-Nr." or "VV-Nr.").
        r"|gebührentatbestand|gebuhrentatbestand|tatbestand"
        # Private medical bills (GOÄ, GOZ): "Leistungsbezeichnung", the service's name.
        r"|leistungsbezeichnung"
        # UK solicitors' fee notes caption each row by who did what: "Fee earner / work done"
        # (a fee earner is the lawyer whose time is billed, no fee).
        r"|fee earners?(?:\s?/\s?work done)?|work done"
        # Timesheet invoices caption the row's text by the work done: de "Tätigkeit", en
        # "Activity", fr "Activité", it "Attività", es "Actividad", nl "Werkzaamheden".
        r"|tätigkeit|tätigkeiten|tätigkeitsbeschreibung|activity|activities|activité|activite"
        r"|attività|attivita|actividad|werkzaamheden"
        # Irish and Scottish solicitors' fee notes caption the work done "Narrative" beside the
        # fee earner's initials ("Date | Fee earner | Narrative | Hours").
        r"|narrative|narratives"
        # French and Dutch time sheets caption the work done "Prestations", "Prestaties", and
        # the fee earner's column "Intervenant", narrower than the text's (its initials,
        # "CV", become a code column: tableheader._settle_description_column).
        r"|prestations|prestaties|intervenants?"
        # Cloud and hosting bills: "Resource", "Ressource" (the server or volume billed).
        r"|resource|resources|ressource|ressourcen"
        # Nordic: sv "Benämning", "Beskrivning", da/no "Beskrivelse", "Varebeskrivelse",
        # "Varetekst", "Ydelse" (da: service).
        r"|benämning|beskrivning|beskrivelse|varebeskrivelse|varetekst|ydelse"
        # no "Spesifikasjon", sv/da "Specifikation", Icelandic "Lýsing" (description).
        r"|spesifikasjon|specifikation|lýsing"
        # da/no "Tekst" (the item's text, as German "Text" beside "Varenr.").
        r"|tekst"
        # Czech "Popis", "Označení (dodávky)", "Název"; Finnish "Nimike", "Tuote", "Kuvaus".
        r"|popis|označení|označení dodávky|název|nimike|tuote|kuvaus"
        # cs/sk "Položka" (item), the text column of Czech and Slovak invoices.
        r"|položka|polozka"
        # cs/sk "Služba" (service): telecom and utility statements name each service billed.
        r"|služba|služby|sluzba|sluzby"
        # Romanian forms: "Denumirea produselor sau a serviciilor" ("Name of products or
        # services"), the whole phrase heading the column, not just its last word.
        r"|denumire|denumirea produselor(?: sau a serviciilor)?"
        # "Goods/Service" (Turkish e-invoices' "Mal Hizmet"), "Goods and services".
        r"|goods|goods\s?/\s?services?|goods and services|mal hizmet|mal/hizmet"
        r"|name of (?:the )?(?:products?|goods|items?)(?: (?:or|and|/) services?)?"
        # hu "Megnevezés", "Termék", hr/sl "Naziv", bg "Наименование (на стоката/услугата)",
        # "Описание", et "Artikkel", "Nimetus", "Kirjeldus", lv "(Preces / pakalpojuma)
        # nosaukums", "Preces (pakalpojuma) nosaukums", "Preču/pakalpojumu nosaukums",
        # "Apraksts", lt "Pavadinimas", "Aprašymas".
        r"|megnevez[ée]s|term[ée]k|naziv|наименование(?: на стоката(?:\s*/\s*услугата)?)?"
        r"|описание|artikkel|nimetus|kirjeldus|apraksts"
        r"|(?:pre(?:ces|[čc]u)\s*(?:/\s*|\(\s*)?pakalpojum[au]\)?\s+)?nosaukums"
        r"|pavadinimas|apra[šs]ymas"
        # ru "Наименование (товара)", "Товар", "Услуга", "Товары (работы, услуги)".
        r"|наименование товара|товары?|услуг[аи]|товары \(работы, услуги\)"
        # Publishers and book wholesalers name each row by the book's title: de "Titel", en
        # "Title", fr "Titre", it "Titolo", es/pt "Título".
        r"|titel|title|titre|titolo|t[íi]tulo"
        # Printers name each job by what they print: de "Druckprodukt", "Drucksache".
        r"|druckprodukt|drucksache"
        # Insurers bill one row per line of cover: "Sparte", "Versicherungsart", "Risiko",
        # "Deckung", "Baustein" (a cover module) head the premium's text.
        r"|sparte|versicherungssparte|versicherungsart|risiko|deckung|baustein"
        # Catalan "Descripció", "Concepte", "Article", "Producte", "Servei".
        r"|descripci[óo]|concepte|producte|servei"
        # Galician "Descrición", "Servizo".
        rf"|descrici[óo]n|servizo|{_gt.COLUMN_DESCRIPTION})$",
        re.IGNORECASE,
    ),
    "quantity": re.compile(
        r"^(?:menge|anzahl|qty|quantity|quantité|quantite|qté|cantidad|cant|quantità|aantal|"
        # Italian capitals print the accent as an apostrophe: "QUANTITA'", "Q.TA’"; a scan's
        # OCR may drop it ("Q.TA").
        r"quantita['’`]|q\.?ta['’`]?|"
        r"quantidade|ilość|ilosc|ilosć|stück|units?|q\.?tà|qtà|qtd|qtde|st|stk|pcs|qté|anz"
        r"|aant|uds|unidades|quant|hours|hrs|szt"
        # Dutch "Hoeveelheid" (quantity), as utilities print the kWh or m³ delivered, and
        # its abridged "Hoev." in dense trade grids.
        r"|hoeveelheid|hoev"
        # Hours billed: "Std." / "Stunden" (German, Swiss), "Timmar" / "Timer" (Nordic).
        r"|std|stunden|timmar|timer"
        # Time billed from time tracking ("Aufwand | Stundensatz", "Dauer | Satz €/h"): the
        # effort, duration or time spent, in hours (durations.py reads "12:30" as 12.5 h).
        r"|aufwand|dauer|zeit|duration|time|durée|duree|tijd|duur"
        # fr "Temps" ("Temps passé"), es "Tiempo", it/pt "Tempo": the time billed, in hours.
        r"|temps|temps passé|tiempo|tempo"
        # Counts in the unit billed, as translators, typists, drivers and hotels print them:
        # words, pages, hours, kilometres, nights ("Palabras | Precio/palabra"); not days,
        # which payment terms name beside every caption ("Net 30 days").
        r"|words|wörter|palabras|mots|parole|woorden|słowa|słów|palavras"
        r"|pages|seiten|páginas|pagine|pagina's|strony|stron"
        r"|horas|heures|ore|uren|godziny|godz"
        r"|kilometres|kilometers|kilometer|kilómetros|kilomètres|chilometri|km"
        r"|nights|nächte|noches|nuits|notti|nachten|noce"
        # Fuel cards bill each fill-up by the litres drawn ("Litres | PU HT €/l | Montant HT").
        r"|litres|liters|liter|litre|litri|litros|ltr"
        # Metered services (cloud, telecom): "Usage" ("720 h", "1,204.5 GB-mo").
        r"|usage|verbrauch"
        # Nordic: "Antal" (sv, da), "Antall" (no), "Mengde" (no), "Mængde" (da), "Kvantitet"
        # (sv), Icelandic "Magn".
        r"|antal|antall|mengde|mængde|kvantitet|magn"
        # Czech "Počet", "Množství"; Finnish "Määrä".
        r"|počet|množství|määrä"
        # sk "Množ.", "Množstvo", hu "Menny.", "Mennyiség", ro "Cant.", "Cantitate", sl/hr
        # "Kol.", "Količina", bg "Кол.", "Количество", et "Kogus", lv "Daudz.", "Daudzums",
        # lt "Kiekis".
        r"|množ|množstvo|menny|mennyis[ée]g|cantitate|kol|koli[čc]ina|кол|количество|kogus"
        r"|daudz|daudzums|kiekis"
        # ru "Кол-во" (количество).
        r"|кол-во"
        # Freight billed by weight: "Wt (MT)", "Weight", "Gewicht", "Poids" (see
        # tableheader._settle_quantity_column: beside a count caption, the count is billed).
        # pl "Waga" (weight), as in "Waga kg"; German carriers abbreviate "Gew. kg".
        r"|wt|weight|[^\W\d_]*gewicht|[^\W\d_]*gew|poids|peso|waga"
        # Groupage billed by the pallet ("Kg | Palés | Precio"); see PALLET_WORDS.
        rf"|{PALLET_WORDS}"
        # Copies of a book supplied: de "Expl." (Exemplare), en "Copies", fr "Exemplaires",
        # es "Ejemplares", nl "Exemplaren", it "Copie".
        r"|expl|exemplare|copies|exemplaires|ejemplares|exemplaren|copie"
        # Printers bill each job by its print run: de "Auflage", en "Print run", fr "Tirage".
        r"|auflage|print run|tirage"
        # Payment processors' fee statements: "Transactions" (how many were charged). A bare
        # "Count" is not one: till receipts print "Item Count | 2" over their GST summary.
        r"|transactions"
        # Fleet and group insurance bill a premium per insured vehicle or person: "Fzg.",
        # "Anzahl Fzg.", "Fahrzeuge".
        r"|fzg|anzahl fzg|fahrzeuge"
        # Dues and course fees billed per head: "Personen", "Teilnehmer", "Persons",
        # "Participants" (as "Anzahl" counts them).
        r"|personen|teilnehmer|persons|participants"
        # Catalan "Quantitat", "Unitats", "Hores" (quantity, units, hours).
        r"|quantitat|unitats|hores"
        # British wholesalers bill the count despatched beside the one ordered ("Ord | Desp |
        # B/O"): "Desp", "Despatched", "Dispatched", "Qty Desp".
        r"|desp|despatched|dispatched|qty desp|desp qty|qty despatched|qty dispatched"
        # Footwear and sock wholesalers count pairs: "Pairs", de "Paare", fr "Paires", es
        # "Pares", it "Paia".
        r"|pairs|paare|paires|pares|paia"
        # Media bills count the impressions served ("Impressions", "Delivered imps").
        r"|impressions|imps|delivered (?:imps|impressions)|ad impressions"
        # Galician "Cantidade", "Unidades", "Horas".
        rf"|cantidade|{_gt.COLUMN_QUANTITY})$",
        re.IGNORECASE,
    ),
    "unit_price": re.compile(
        r"^(?:einzelpreis|nettopreis|preis|e-preis|stückpreis|price|unit price|rate|prix|pu|"
        # Abridged in narrow columns: "Einzelpr.", "Einz.-Pr.", "Stückpr.", "Nettopr."; Dutch
        # "Eenheidspr.", "Eenh.pr.", "Stukspr." (eenheidsprijs, stuksprijs).
        r"einzelpr|einz\.?\s?-?\s?pr|stückpr|nettopr|eenheidspr|eenh\.?\s?pr|stukspr|"
        r"precio|prezzo|prijs|preço|cena|netto-preis|preis/|prijs per stuk|einzelpreis netto"
        # "EP", "E.P." (Einzelpreis, eenheidsprijs), as "P.U." below.
        r"|ep|e\.\s?p|e-preis netto|price per unit|unit cost|cost|satz|stundensatz"
        r"|tarif|tarifa|tariffa"
        # An airline's or rail operator's ticket "Fare" (beside its "Taxes/fees" and "Amount").
        r"|fare|base fare"
        r"|tarief|stukprijs|p\.?\s?u|p\. unitario|costo unitario|preço unitário"
        # "Preis/ME", "Preis je ME": ME is the German quantity unit (Mengeneinheit).
        r"|preis/(?:einh|einheit|stk|st|me)\.?|preis (?:je|pro) me|price/unit"
        # Singapore's, Malaysia's and Hong Kong's abridged "U/Price", "U. Price", "U/P".
        r"|u/price|u\.\s?price|unit/price|u/p"
        # "VK-Preis" (Business Central's sales price), Dutch "Eenh.prijs" (eenheidsprijs).
        r"|vk-preis|vk preis|verkaufspreis|eenheidsprijs|eenh\.\s?prijs"
        # French staffing and service bills: "Taux HT", "Taux horaire" (the rate per hour; a
        # bare "Taux" heads the VAT rate, "Taux TVA").
        r"|taux ht|taux horaire"
        # The rate per hour of time sheets: fr "Tarif horaire", es "Tarifa horaria", "Precio
        # hora", it "Tariffa oraria", pt "Preço hora", "Valor hora", nl "Uurtarief", de
        # "Std.-Satz", en "Hourly rate" (the hours' caption beside it).
        r"|tarif horaire|tarifa horaria|precio (?:por )?hora|tariffa oraria|pre[çc]o (?:por )?hora"
        r"|valor (?:por )?hora|uurtarief|std\.?-?satz|hourly rate"
        # "Taux (EUR)", "Taux €": a rate in a currency is a price (the VAT rate is in %).
        r"|taux\s?\((?:€|eur|chf|usd|gbp|cad)\)|taux\s(?:€|eur|chf)"
        # Swiss "Ansatz" (the rate per hour), "Stundenansatz".
        r"|ansatz|stundenansatz"
        # "Kosten" beside a "Betrag" column: the cost of one unit, as English "Cost" beside
        # "Amount" (the line's total stays the "Betrag", "Gesamtkosten" names no price).
        r"|kosten"
        # Nordic: "À-pris" (sv; also printed "A-pris", "á-pris"), "Styckpris", "Enhedspris"
        # (da), "Enhetspris" (sv, no), "Pris".
        r"|[àaáÀÁ]-?pris|[àaá] pris|styckpris|enhedspris|enhetspris|pris"
        # Icelandic "Einingarverð" (unit price), "Verð" (price).
        r"|einingarverð|verð"
        # da/no "Stk.pris", "Stykpris" (price per piece).
        r"|stk\.?\s?pris|stykpris"
        # Abridged "Pr. Unitário", "Preço unit.", "Prezzo unit."; Czech "J.cena" (jednotková
        # cena); Finnish "A-hinta", "Yksikköhinta".
        r"|pr\.\s?unit[áa]rio|pr\.\s?unit\.|preço unit\.|prezzo unit\.|precio unit\."
        # Spanish / Portuguese "Valor unitario" (Mexican CFDI, Brazil): the unit's value.
        r"|valor unit[áa]rio|valor unit\.|vl\.\s?unit\.?"
        r"|j\.\s?cena|jedn\.\s?cena|jednotková cena|[àaá]-?hinta|yksikköhinta"
        # hu "Egységár", ro "Preț unitar", hr "Cijena", bg "Ед. цена", "Цена", et "Hind",
        # "Ühiku hind", lt "Kaina", "Kaina, Eur".
        r"|egys[ée]g[áa]r|pre[țţt](?:ul)?(?: unitar)?|cijena|ед\.\s?цена|единична цена|цена|hind"
        r"|[üu]hiku hind|kaina,?"
        # The catalogue price of one unit beside a discount column ("Listenpreis | Rabatt |
        # Netto"): the unit price, the discount taking the amount below count times price.
        r"|listenpreis|list ?price|prix (?:de )?catalogue|prezzo (?:di )?listino"
        r"|precio (?:de )?(?:lista|tarifa)|lijstprijs|catalogusprijs|listpris|listepris"
        # German "Einzelbetrag" (the amount of one), as marketplaces' fee statements print it.
        r"|einzelbetrag"
        # The trade's purchase price of one, as wholesalers bill it: "EK-Preis", "Einkaufspreis",
        # pharmacy wholesale "AEP" (Apothekeneinkaufspreis), makers' "ApU" / "HAP" (Abgabepreis
        # des pharmazeutischen Unternehmers, Herstellerabgabepreis), "Abgabepreis". Not the
        # retail reference beside it ("AVP", "UVP"): printed for information, never billed.
        r"|ek-preis|ek preis|einkaufspreis|apothekeneinkaufspreis|aep|apu|hap|abgabepreis"
        r"|herstellerabgabepreis"
        # Media's price per a thousand impressions: "CPM", "eCPM", "vCPM", German "TKP"
        # (Tausend-Kontakt-Preis), "Tsd.-Preis" (the base: priceunitbase.py's PER_MILLE).
        r"|[ev]?cpm|net cpm|tkp|tsd\.?\s?-?\s?preis|preis\s?/\s?tsd\.?"
        # Catalan "Preu", "Preu unitari", "Preu unit." (the price of one).
        r"|preu|preu unitari|preu unit\."
        # Galician "Prezo", "Prezo unitario", "Prezo unit." (the price of one).
        rf"|prezo|prezo unitario|prezo unit\.|{_gt.COLUMN_UNIT_PRICE})$",
        re.IGNORECASE,
    ),
    "amount": re.compile(
        r"^(?:betrag|gesamtbetrag|gesamt|gesamtpreis|nettobetrag|summe|entgelt|amount|total|"
        # Abridged "Gesamtpr.", "Ges.-Pr." (the line's total price).
        r"gesamtpr|ges\.?\s?-?\s?pr|"
        r"montant|importe|importo|bedrag|valor|wartość|positionsbetrag|positions|nett[oó]|"
        r"line total|wartosć|wartosc|wartość|totaal|subtotal|gesamtpreis netto|nettowert"
        # "Wert EUR": German ERPs (SAP Business One) print the line's value as its "Wert".
        r"|gesamtwert|positionswert|wert|gesamt netto|montante|valore|totale|razem|kwota|wart\."
        r"|net|net amount|g-preis|gp"
        # Media bills' line amounts: "Net Cost", "Media spend", "Net spend".
        r"|net cost|(?:media |net |gross )?spend|media cost"
        # British "Nett", "Nett Amount", "Nett Value" (UK wholesalers' ERPs): the net line amount.
        r"|nett|nett amount|nett value|nett total"
        # "Value (excl. VAT)": the line's value in English (Romanian "Valoare").
        r"|value|valoare"
        r"|net value|imponibile|neto|líquido|liquido|ht|ttc|excl\.? btw|subtotaal|subtotale"
        r"|bedrag excl\.?"
        # "Zeilenbetrag" (Business Central); Indian tax invoices print the line's net as its
        # "Taxable Value", shortened to "Taxable Amt." or "Taxable" alone in distributors'
        # dense grids.
        r"|zeilenbetrag|taxable value|taxable amount|taxable amt\.?|taxable"
        # A haulier's charge for each trip: "Ladedatum | Auftrag | Empfänger | Fracht EUR".
        r"|fracht|frachtkosten"
        # Progress invoices (Abschlagsrechnungen) bill each title by the work done so far:
        # "Auftragssumme | Fertigstellung | Leistungsstand", the last the row's amount.
        r"|leistungsstand|leistungsstand netto"
        # French "situations de travaux" print the work to date as its "Cumul HT" beside the
        # contract's amount and the "% cumulé" done.
        r"|cumul|montant cumul[ée]"
        # Fee-stage and progress claims print the fee to date, what was invoiced before and
        # what this one bills: "This invoice", "This claim", "This period" (the row's amount).
        r"|this (?:invoice|claim|period|application)"
        # Architects' and engineers' fee tables (HOAI): "Honorar erbracht", the fee earned.
        # ... or only "erbracht €" beside the phase's whole fee ("Honorar LPh € | Stand").
        r"|honorar|honorar erbracht|honorar netto|erbracht"
        # Insurers and associations bill premiums and dues: "Beitrag", "Jahresbeitrag",
        # "Monatsbeitrag" (the line's premium for its period, as "Betrag" elsewhere).
        r"|(?:jahres|monats|quartals|halbjahres|gesamt|netto|mitglieds)?beitrag"
        r"|(?:jahres|monats|netto)?pr[äa]mie"
        # US distribution invoices: "Extended" / "Ext. Price" (shipped count times price).
        r"|extended|extension|extended price|extended amount|ext\.?\s?price|ext\.?\s?amount"
        # A parts counter's "LIST | NET | EXT": the extension shortened to "Ext".
        r"|ext\.?"
        # "Zwischensumme (inkl. USt.)": marketplaces' line totals, as "Subtotal" in English.
        r"|zwischensumme"
        # Nordic: sv "Belopp", da "Beløb", no "Beløp", sv "Summa".
        r"|belopp|beløb|beløp|summa"
        # Scans read "ø" as "o": "Belob", "Belop" (and "Belopp" misread "Belop").
        r"|belob|belop"
        # The row's amount: sv "Radbelopp", "Radsumma", no "Linjebeløp", da "Linjebeløb".
        r"|radbelopp|radsumma|linjebelopp|linjebeløp|linjebeløb|linjebelob|linjebelop"
        # da/no "I alt" ("in all"): the line's total, the last column of Danish invoices.
        r"|i alt"
        # Icelandic "Upphæð" (amount).
        r"|upphæð"
        # no/da/sv "Sum", Icelandic "Samtals": the line's sum, as German "Summe".
        r"|sum|samtals"
        # Czech "Bez DPH" / "S DPH" (net and gross), "Celkem"; Finnish "Veroton" (net),
        # "Yhteensä", its short "Yht." ("Hinta yht.", "Rivi yht.": the row's price in all).
        r"|bez dph|s dph|cena bez dph|celkem|veroton|yhteensä|(?:hinta |rivi )?yht\.?"
        # cs/sk "Základ" (the tax base: the line's value without VAT, beside its "Sazba").
        r"|základ|zaklad|základ dph"
        # sk "Spolu", "Celkom", hu "Érték", ro "Valoarea", sl "Vrednost", "Znesek", hr
        # "Iznos", bg "Стойност", "Сума", et "Kokku", lt "Suma, Eur", "Vertė".
        # ... hu "Nettó érték", "Bruttó érték" (net and gross value) one caption each.
        r"|spolu|celkom|[ée]rt[ée]k|valoarea|vrednost|znesek|iznos|стойност|сума|kokku"
        r"|nett[oó] [ée]rt[ée]k|brutt[oó] [ée]rt[ée]k"
        r"|suma,?|vert[ėe]"
        # ru "Сумма", "Стоимость".
        r"|сумма|стоимость"
        # Carriers' and service statements: "Charge £", "Charges" (what each row costs).
        r"|charge|charges"
        # Fee statements (payment processors, marketplaces): "Fees", "Fee" (the row's fee).
        r"|fee|fees"
        # Commission statements to sales agents: the row's commission (commissiontable.py).
        rf"|{COMMISSION_WORDS}"
        # Fee notes of tax advisers, lawyers and notaries: de "Gebühr" (the row's fee under the
        # schedule, beside its "Gegenstandswert" and "Satz"), fr "Honoraires", es "Honorarios",
        # it "Onorario", nl "Honorarium", Flemish "Ereloon" (the fee of a liberal profession).
        r"|gebühr|gebühren|honoraires|honorarios|onorario|onorari|honorarium|ereloon|erelonen"
        # Catalan "Import" (the line's amount, Spanish "Importe"); pt "Importância" (the
        # line's sum in works tables and autos de medição).
        rf"|import|import[âa]ncia|{_gt.COLUMN_AMOUNT})$",
        re.IGNORECASE,
    ),
    "vat_rate": re.compile(
        # "MwSt-%", "USt.-%", "VAT %": the rate column often carries its percent sign.
        r"^(?:(?:ust|mwst|steuer|vat|tax|tva|iva|btw|gst|igst|dph|alv|ddv|pdv|pvn|pvm|[áa]fa|ддс"
        # Dotted "T.V.A." (ro, fr), "I.V.A." (es, it, pt).
        r"|t\.v\.a|i\.v\.a)"
        r"\.?(?:\s*-?\s*%)?|steuersatz"
        r"|ust\.-satz|%"
        # Nordic "Moms %" (sv, da), "MVA %" (no), "Moms" and "MVA" alone: the VAT rate.
        r"|(?:moms|mva)(?:\s*-?\s*%)?"
        # cs/sk "Sazba" (rate), "Sazba DPH".
        r"|sazba|sazba dph"
        # fr "Taux TVA", es "Tasa IVA", pt "Taxa IVA", it "Aliquota IVA": the rate named
        # before the tax.
        r"|taux (?:de )?tva|tasa (?:de )?iva|taxa (?:de )?iva|aliquota(?: iva)?"
        # "%IVA", "% MwSt": the sign before the tax's name.
        r"|%\s?(?:ust|mwst|vat|tax|tva|iva|btw|gst)"
        # The tax amount column beside the rate ("Kwota VAT"): no line amount.
        r"|kwota vat|vat amount|vat value|valoare tva"
        r"|tax amount|montant tva|cuota iva|quota iva|importe iva|btw-bedrag"
        r"|ust\.-betrag|valor iva|imposta"
        # ro "Valoarea TVA", hu "ÁFA érték" (the line's tax, no line amount).
        rf"|valoarea tva|[áa]fa [ée]rt[ée]k|{_gt.COLUMN_VAT_RATE})$",
        re.IGNORECASE,
    ),
    # A discount per line ("Korting", "Rabatt %"): its figure is neither price nor rate, and
    # explains why the amount is less than quantity times price.
    "discount": re.compile(
        r"^(?:rabatt|korting|discount|disc\.?|remise|descuento|dto\.?|sconto|sc\.|rabat|desconto|rab\.?"
        # sl/hr "Pop." (popust), hu "Kedvezmény", ro "Reducere", et "Allahindlus", lt
        # "Nuolaida".
        r"|pop\.?|popust|kedvezm[ée]ny|reducere|allahindlus|atlaide|nuolaida"
        # Catalan "Dte." (descompte), "Descompte"; French "Rem." (remise) abridged; Dutch
        # "Kort." / "Kort%" (korting) abridged.
        rf"|dte\.?|descompte|rem\.|kort\.?|{_gt.COLUMN_DISCOUNT})"
        r"(?:\s*%)?$",
        re.IGNORECASE,
    ),
    # The tariff code of Indian tax invoices (services' SAC, goods' HSN): a code, no figure.
    "code": re.compile(r"^(?:sac|hsn|hsn/sac|sac/hsn|(?:hsn|sac|hsn/sac) code)$", re.IGNORECASE),
}
