"""Column captions of item tables: which column a header word names, in eight languages.

Shared by the table reader (`tables`) and by the party-block reader (`parties`), which stops
a party's block at a table's header row.
"""

from __future__ import annotations

import functools
import re

from facturist.engine import greekturkishcaptions as _gt
from facturist.engine.captioncomplements import COUNT_NOMBRE, completes_caption
from facturist.engine.commissiontable import COMMISSION_WORDS
from facturist.engine.daycounts import counts_days
from facturist.engine.descriptionslash import joined_by_slash
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Word
from facturist.engine.taxnamecell import untaxed_then_tax

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
        # Dutch "Hoeveelheid" (quantity), as utilities print the kWh or m³ delivered.
        r"|hoeveelheid"
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
        r"|spolu|celkom|[ée]rt[ée]k|valoarea|vrednost|znesek|iznos|стойност|сума|kokku"
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
        # Catalan "Dte." (descompte), "Descompte"; French "Rem." (remise) abridged.
        rf"|dte\.?|descompte|rem\.|{_gt.COLUMN_DISCOUNT})"
        r"(?:\s*%)?$",
        re.IGNORECASE,
    ),
    # The tariff code of Indian tax invoices (services' SAC, goods' HSN): a code, no figure.
    "code": re.compile(r"^(?:sac|hsn|hsn/sac|sac/hsn|(?:hsn|sac|hsn/sac) code)$", re.IGNORECASE),
}

# Words that qualify a header ("Cena netto", "Prix unitaire HT") rather than name a column.
_QUALIFIERS = frozenset(
    {"netto", "net", "nett", "ht", "ttc", "brutto", "unit", "unitaire", "unitario", "unitário"}
    | {"unit.", "per", "stuk", "excl", "incl", "€", "eur", "(€)", "(eur)", "in"}
    # "Valor s/ IVA", "Total c/ IVA", "Preis inkl. MwSt": a tax named after the column's word.
    | {"s/", "c/", "iva", "vat", "btw", "mwst", "ust", "tva"}
    # "VK-Preis ohne MwSt.", "Betrag inkl. USt."
    | {"ohne", "inkl", "exkl", "zzgl"}
    # Nordic "À-pris inkl. moms", "Pris eks. mva", fi "Hinta sis. alv": the tax's name.
    | {"moms", "mva", "alv"}
    # "Cena MJ bez DPH" (sk), "Nettó egységár" (hu), "Pret unitar (fara TVA) -lei-" (ro),
    # "Ед. цена" (bg), "Summa EUR" (lv): units, "without" and the tax's local names.
    | {"mj", "bez", "dph", "ddv", "pdv", "pvn", "pvm", "nettó", "bruttó", "fara", "-lei-", "lei"}
    | {"ед", "vnt"}
)


# Words that may follow a caption's keyword inside its column ("Cena jedn. netto").
_QUALIFIERS_AND_UNITS = _QUALIFIERS | {"jedn", "einh", "stk"}

_PAREN_TAIL = re.compile(r"\s*\(.*$")
# A caption with the unit it is quoted per: "Rate/MT", "Price / kg", "Rate per hr".
# "Precio/palabra", "Prix par mot", "Preis pro Seite": the unit may be a whole word.
_PER_UNIT_CAPTION = re.compile(
    r"^(\w+)(?:\s?/\s?|\s?per\s?|\s(?:por|par|pro|je)\s)[^\W\d_]{1,12}\.?$", re.IGNORECASE
)
# An amount caption said of one unit in words ("Beitrag je Fzg.", "Betrag pro Stück").
_AMOUNT_PER_UNIT = re.compile(
    r"^\w+\s(?:je|pro|per|par)\s(?!(?:eur|euro|chf|usd|gbp|monat|month|jahr|year)\b)",
    re.IGNORECASE,
)
# The unit of measure a count is captioned with in one column ("Menge/Einh.", "Menge/ME",
# "Anzahl/Einheit", "Qty/UoM", "Qté/Unité", "Cant./Unidad", "Aantal/Eenheid", "Ilość/j.m.").
_UNIT_OF_MEASURE = re.compile(
    r"^(?:einh(?:eit)?|me|uom|unit[ée]?|unidad|unit[àa]|eenheid|j\.?\s?m)\.?$", re.IGNORECASE
)
# A caption of a currency per a unit ("€/km", "EUR/l", "CHF/h"): a rate, as road-charge and
# fuel-card statements caption the price of one kilometre or litre; a butcher's "€/kg bzw.
# Stk" (or per piece) names a second unit for the rows sold by the piece.
_CURRENCY_PER_UNIT = re.compile(
    r"^(?:€|\$|£|eur|chf|usd|gbp)\s?/\s?[^\W\d_]{1,5}\.?"
    r"(?:\s?(?:bzw\.|oder|or|ou|o|/)\s?[^\W\d_]{1,5}\.?)?$",
    re.IGNORECASE,
)
# A price caption and its currency per unit ("Rate £/hr", "Preis €/kg"): one caption, the
# price of one unit.
_PRICE_CURRENCY_PER_UNIT = re.compile(
    r"^([^\W\d_]+\.?)\s+(?:€|\$|£|eur|chf|usd|gbp)\s?/\s?[^\W\d_]{1,5}\.?$", re.IGNORECASE
)
# The currency after a comma ending a caption ("Price, EUR", "Suma, Eur", "Kwota, zł").
# Nordic captions name their crowns after a space ("I alt kr.", "Beløb DKK").
_COMMA_CURRENCY = re.compile(
    r"(?:,\s*(?:[A-Z]{3}|Eur|[€$£]|zł|kr\.?)|\s+(?:kr\.?|DKK|NOK|SEK|ISK))$"
)
# Currency signs a caption may carry glued on ("EP€").
_CURRENCY_SIGNS = frozenset("€$£")
# A caption naming only what one unit is ("je Flasche", "pro Stück", "per piece", "à"): the
# price of one, as small traders caption it.
# Carriers quote their rate per a hundred weight ("je 100kg", "per 100 kg", "pro 100 kg"):
# the price of that many units, its base printed in the caption (see PRICE_BASE).
_EACH_CAPTION = re.compile(
    r"^(?:(?:je|pro|per|par)\s(?:\d{1,5}\s?)?[^\W\d_]{2,12}\.?|[àá])$", re.IGNORECASE
)
# A price caption with the base it quotes for after a slash or "per" ("Preis/100", "EP / 1000
# Stk", "Price per 1000"), or that base alone on a caption's second line ("/100 St.").
_BASED_CAPTION = re.compile(
    r"^(.*?)(?:/\s?|\s(?:je|pro|per|par|pour)\s)(?:10|100|1000|10000)(?:\s?[^\W\d_]{1,6}\.?)?$",
    re.IGNORECASE,
)
# The base quantity a price caption quotes its price for: the "100" of "je 100kg".
PRICE_BASE = re.compile(r"^(?:je|pro|per|par)\s(10|100|1000|10000)\s?[^\W\d_]", re.IGNORECASE)
# A weight caption, which the quantity vocabulary reads as the billed count of freight.
# A bare "Kg" heads a shipment's weight too ("Items | Kg | Charge £").
WEIGHT_CAPTION = re.compile(r"^(?:wt|weight|gewicht|gew\.?|poids|peso|waga|kg)\b", re.IGNORECASE)
# A shipment's weight or pallet count: with no rate captioned beside it, no billed count.
SHIPMENT_CAPTION = re.compile(rf"{WEIGHT_CAPTION.pattern}|^(?:{PALLET_WORDS})$", re.IGNORECASE)


# Every rule that reads captions asks this of the words of every line: more distinct texts
# than 4096 go through it on a run of documents, so the memo keeps more.
@functools.lru_cache(maxsize=16384)
def classify_text(text: str) -> str | None:
    found = _classify(text)
    if found is None and text[:1] == "l":
        # OCR reads a capital I as a small l: "llość" is "Ilość", "ltem" is "Item".
        found = _classify("I" + text[1:])
    if found is None and "/" in text:
        # "Qty/Hrs", "Price/Rate": two names of one column, each a caption of the same kind.
        parts = {_classify(part) for part in text.split("/") if part.strip()}
        if len(parts) == 1:
            found = parts.pop()
        elif parts == {"quantity", None} and all(
            _classify(part) == "quantity" or _UNIT_OF_MEASURE.match(part.strip())
            for part in text.split("/")
        ):
            # "Menge/Einh.", "Menge/ME", "Qté/Unité": the count and its unit of measure in
            # one column, as ERP systems print them ("3 Stk", "12 Paar"): the quantity.
            found = "quantity"
    if found is None and text[-1:] in _CURRENCY_SIGNS and len(text) > 1:
        # "EP€", "GP€", "Betrag€": the currency glued to the caption by a narrow scan gap.
        found = _classify(text[:-1].rstrip())
    if found is None and _COMMA_CURRENCY.search(text):
        # "Price, EUR", "Amount, EUR": Baltic and Polish forms set the currency after a comma.
        found = _classify(_COMMA_CURRENCY.sub("", text))
    if found is None and text[-1:] == "," and len(text) > 2:
        # "Cena," over "EUR": a two-line caption, its currency wrapped to the line under it.
        found = _classify(text[:-1].rstrip())
    if found is None and _CURRENCY_PER_UNIT.match(text):
        found = "unit_price"  # "€/km", "EUR/l": the price of one unit, its currency first
    priced = _PRICE_CURRENCY_PER_UNIT.match(text) if found is None else None
    if priced and _classify(priced.group(1)) == "unit_price":
        found = "unit_price"  # "Rate £/hr": the price caption, its currency per unit after it
    per_unit = _PER_UNIT_CAPTION.match(text) if found is None else None
    if per_unit and _classify(per_unit.group(1)) == "unit_price":
        found = "unit_price"  # "Rate/MT", "Price/kg", "Rate per hr": a price per unit
    elif per_unit and _AMOUNT_PER_UNIT.match(text) and _classify(per_unit.group(1)) == "amount":
        # "Beitrag je Fzg.", "Betrag pro Stück", "Amount per unit": an amount said of one
        # unit in words is its price ("Betrag/EUR" names the currency, not a unit).
        found = "unit_price"
    if found is None and _EACH_CAPTION.match(text):
        found = "unit_price"  # "je Flasche", "pro Stück", "à": the price of one
    based = _BASED_CAPTION.match(text) if found is None else None
    if based and (not based.group(1) or classify_text(based.group(1).strip()) == "unit_price"):
        found = "unit_price"  # "Preis/100", "EP / 1000 Stk", "/100 St." under "Preis €"
    return found


def _classify(text: str) -> str | None:
    stripped = text.strip(".:")
    for category, pattern in HEADER_WORDS.items():
        if pattern.match(stripped) or pattern.match(text):
            return category
    return None


def classify_word(word: Word) -> str | None:
    return classify_text(word.text)


_BARE_WEIGHT = re.compile(r"^kgs?\.?$", re.IGNORECASE)
# A bill of quantities' (ÖNORM, GAEB) line amount right after its unit price ("EP | GB",
# "EP | PP"): "Gesamtbetrag" or "Positionspreis" abridged; alone, "GB" may be gigabytes.
_BOQ_AMOUNT = re.compile(r"^(?:gb|pp)\.?$", re.IGNORECASE)


def header_words(line: Line) -> list[tuple[str, list[Word]]]:
    """(category, words) for a line's header cells: a whole cell first, then its words."""
    found: list[tuple[str, list[Word]]] = []
    joined: Cell | None = None
    for index, cell in enumerate(line.cells):
        if cell is joined:
            continue
        if found and _qualifies_previous(line, index, found[-1][1]):
            found[-1][1].extend(cell.words)  # "PREZZO | UNIT.": one caption split in two cells
            continue
        if found and found[-1][0] == "description" and _spaced_on(line, index, found[-1][1]):
            found[-1][1].extend(cell.words)  # "Relation | / | Packstuecke" in Courier
            continue
        each = _each_split(line, index)
        if each is not None:
            joined = line.cells[index + 1]
            found.append(("unit_price", [*cell.words, *joined.words]))
            continue
        if _BARE_WEIGHT.match(cell.text) and not (
            index > 0 and WEIGHT_CAPTION.match(line.cells[index - 1].text)
        ):
            # A cell of its own reading "Kg" heads a shipment's weight ("Items | Kg |
            # Charge £"); inside a caption ("Gew. kg", "je 100kg", monospaced "Gew. | kg")
            # it only qualifies.
            found.append(("quantity", list(cell.words)))
            continue
        if found and found[-1][0] == "unit_price" and _BOQ_AMOUNT.match(cell.text):
            found.append(("amount", list(cell.words)))  # "EP | GB": a bill of quantities'
            continue
        if _count_nombre(line, cell, found):
            found.append(("quantity", list(cell.words)))  # fr "Nombre" (captioncomplements.py)
            continue
        if counts_days(line, cell, lambda: _captions_count(line)):
            found.append(("quantity", list(cell.words)))  # "Days | Day Rate" (daycounts.py)
            continue
        # "Unit price (excl. VAT)", "Stückpreis (netto)": the caption before its qualifier.
        whole = _whole_caption(cell.text)
        if whole is not None:
            found.append((whole, list(cell.words)))
            continue
        in_cell: list[tuple[str, list[Word]]] = []
        paired: Word | None = None
        for position, word in enumerate(cell.words):
            if word is paired:
                continue
            # A word adds to the cell's captions only as a caption, as a discount's "%" or as
            # the first of a two-word caption after another (a word of letters); the tests
            # below only skip any other word, so it is passed over at once.
            if (
                word.text != "%"
                and classify_text(word.text) is None
                and not (in_cell and word.text.isalpha())
            ):
                continue
            if position > 0 and word.text.lower().strip(".:()") in _QUALIFIERS:
                continue
            if (
                in_cell
                and in_cell[-1][0] == "description"
                and completes_caption(cell.words, position)
            ):
                continue  # "Désignation des honoraires": what the items are (captioncomplements)
            if (
                in_cell
                and in_cell[-1][0] == "description"
                and joined_by_slash(cell.words, position, in_cell[-1][1], classify_word(word))
            ):
                continue  # "Artikelbezeichnung / Charge": the item's second line (descriptionslash)
            if _discount_sign(word, position, cell, in_cell):
                in_cell[-1][1].append(word)  # "Einzelpr. € Rab. %": the discount's sign
                continue
            category = classify_word(word)
            pair = _two_word_caption(cell.words, position) if category is None and in_cell else None
            if pair is not None:
                paired = cell.words[position + 1]
                in_cell.append((pair, [word, paired]))  # "Temps | Taux horaire" in one cell
            elif category is not None:
                in_cell.append((category, [word]))
        if len(in_cell) == 1:
            # "Prix unitaire HT": the column spans the whole cell, not just its keyword; in
            # "Pos Art-Nr Beschreibung" the words before it name other columns, not this one.
            words = list(cell.words)
            start = words.index(in_cell[0][1][0])
            qualified = all(w.text.lower().strip(".:") in _QUALIFIERS for w in words[:start])
            # "Stage / item", "Phase / Leistung": a word the slash offers as the item's
            # alternative name heads the same column. Only the description's: "Größen / Stück"
            # over a size grid is a group caption, its count further right ("Menge").
            qualified = qualified or (
                in_cell[0][0] == "description" and _slashed_before(words, start)
            )
            in_cell = [(in_cell[0][0], words if qualified else words[start:])]
        elif in_cell:
            in_cell = _with_qualifiers(cell, in_cell)
        found.extend(in_cell)
    return found


def _slashed_before(words: list[Word], start: int) -> bool:
    """Whether the one word before a caption is joined to it by a slash ("Stage / item")."""
    return start == 2 and words[1].text == "/" and words[0].text.isalpha()


def _two_word_caption(words: list[Word], position: int) -> str | None:
    """A caption of two words neither names alone ("Taux horaire", "Precio hora") after
    another caption in one cell, as captions a bare space apart print ("Temps Taux horaire").
    Only in a short cell of words: a miss reads every caption pattern, dear per line."""
    if position + 1 >= len(words) or len(words) > _CAPTION_CELL_WORDS:
        return None
    first, second = words[position].text, words[position + 1].text
    if not (first.isalpha() and second.isalpha()) or classify_text(second) is not None:
        return None
    return classify_text(f"{first} {second}")


# The most words a cell of captions a bare space apart holds ("Qté Temps Taux horaire").
_CAPTION_CELL_WORDS = 6


@functools.lru_cache(maxsize=4096)
def _whole_caption(text: str) -> str | None:
    """What a whole cell's text names, its bracketed qualifier aside ("Unit price (excl.
    VAT)"); a pure function of the text, asked of every cell of every line a header may open."""
    return classify_text(text) or classify_text(_PAREN_TAIL.sub("", text))


def _captions_count(line: Line) -> bool:
    """Whether a cell of the line is a count's caption."""
    return any(classify_text(other.text) == "quantity" for other in line.cells)


def _count_nombre(line: Line, cell: Cell, found: list[tuple[str, list[Word]]]) -> bool:
    """French "Nombre" right of the description's caption, no other count captioned."""
    return (
        COUNT_NOMBRE.match(cell.text) is not None
        and any(category == "description" for category, _words in found)
        and not any(classify_text(other.text) == "quantity" for other in line.cells)
    )


def _discount_sign(
    word: Word, position: int, cell: Cell, in_cell: list[tuple[str, list[Word]]]
) -> bool:
    """A "%" right after a discount's caption in its cell ("Rab. %"): no tax rate's column."""
    return (
        word.text == "%"
        and bool(in_cell)
        and in_cell[-1][0] == "discount"
        and in_cell[-1][1][-1] is cell.words[position - 1]
    )


def _spaced_on(line: Line, index: int, caption: list[Word]) -> bool:
    """A word naming nothing one space after the text column's caption ("Relation | / |
    Packstuecke"): the caption going on, split word by word by a monospaced font's (Courier,
    typewriter-style forms) wide spaces."""
    cell = line.cells[index]
    if index == 0 or line.cells[index - 1].words[-1] is not caption[-1]:
        return False
    if cell.x0 - line.cells[index - 1].x1 > line.height or len(cell.words) != 1:
        return False
    return classify_text(cell.text) is None and not any(ch.isdigit() for ch in cell.text)


def _each_split(line: Line, index: int) -> Cell | None:
    """ "je | 100kg": a price's "per" caption split in two cells by a monospaced font's wide
    spaces, the word and its unit less than a line's height apart; its second cell."""
    cell = line.cells[index]
    if index + 1 >= len(line.cells) or cell.text.lower() not in ("je", "pro", "per", "par"):
        return None
    after = line.cells[index + 1]
    if after.x0 - cell.x1 > line.height or not _EACH_CAPTION.match(f"{cell.text} {after.text}"):
        return None
    return after


def _qualifies_previous(line: Line, index: int, caption: list[Word]) -> bool:
    """A cell of qualifiers only ("UNIT.", "netto") less than a line's height after a
    caption: the caption's tail, split off by a monospaced font's wide spaces."""
    cell = line.cells[index]
    if index == 0 or line.cells[index - 1].words[-1] is not caption[-1]:
        return False
    if cell.x0 - line.cells[index - 1].x1 > line.height:
        return False
    if untaxed_then_tax(caption, cell.words):
        return False  # "Montant HT € | TVA": the tax's own column after a net amount's
    return all(w.text.lower().strip(".:()") in _QUALIFIERS for w in cell.words)


def _with_qualifiers(
    cell: Cell, in_cell: list[tuple[str, list[Word]]]
) -> list[tuple[str, list[Word]]]:
    """Captions OCR joined into one cell ("Ilość Cena jedn. netto"): each keyword keeps the
    qualifiers after it up to the next keyword, so its column spans "Cena jedn. netto"."""
    words = list(cell.words)
    starts = [words.index(caption[0]) for _category, caption in in_cell]
    out: list[tuple[str, list[Word]]] = []
    ends = [*starts[1:], len(words)]
    for (category, caption), start, end in zip(in_cell, starts, ends, strict=True):
        tail = words[start + 1 : end]
        if all(w.text.lower().strip(".:()") in _QUALIFIERS_AND_UNITS for w in tail):
            caption = words[start:end]
        out.append((category, caption))
    return out


def names_columns(line: Line) -> bool:
    """A table's header row: its cells name at least two different columns, one of them
    a figure's ("Description  Qty  Unit Price  Amount")."""
    return _names_columns({category for category, _words in header_words(line)})


def names_item_columns(line: Line) -> bool:
    """An item table's header row: a description or quantity column among its captions.
    The figures under its "Net Amount" are line amounts, never the document's totals."""
    named = {category for category, _words in header_words(line)}
    return _names_columns(named) and bool(named & {"description", "quantity"})


def _names_columns(named: set[str]) -> bool:
    return len(named) >= 2 and bool(named & {"quantity", "unit_price", "amount"})


# Words qualifying an amount caption as net or gross, on its line or stacked under it
# (tableheader.py, statementcaptions.py). pt/es "Valor c/ IVA" (com/con: with the tax) and
# "Valor s/ IVA" (sem/sin: without it).
GROSS_WORD = re.compile(r"^(?:brutto|bruto|gross|ttc|lordo|brut|c/)$", re.IGNORECASE)
NET_WORD = re.compile(r"^(?:netto|neto|net|ht|nett|imponibile|s/)$", re.IGNORECASE)
