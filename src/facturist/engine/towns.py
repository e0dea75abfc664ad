"""Postal town lines: a postcode with its town, in the forms the world's addresses print."""

from __future__ import annotations

import re

from facturist.engine.icelandictowns import ICELANDIC_TOWN

# India's states and union territories, before or after a town's six-digit PIN.
_INDIAN_STATES = (
    r"(?:Andhra Pradesh|Arunachal Pradesh|Assam|Bihar|Chhattisgarh|Goa|Gujarat|Haryana"
    r"|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Manipur"
    r"|Meghalaya|Mizoram|Nagaland|Odisha|Punjab|Rajasthan|Sikkim|Tamil Nadu|Telangana|Tripura"
    r"|Uttar Pradesh|Uttarakhand|West Bengal|Delhi|Chandigarh|Puducherry|Jammu and Kashmir"
    r"|Ladakh)"
)
# ... read apart from these patterns too (countrypostcodes.py: "110020 Delhi").
INDIAN_STATES = _INDIAN_STATES

# A US state's or territory's postal code ("VT", "PA").
_US_STATE = (
    r"(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
    r"|O[HKR]|P[AR]|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
)
# A postcode before its town ("12345 Stadthausen", "D-88802Spielkreis", "DE 40235 Köln").
POSTCODE_TOWN = re.compile(
    # Not glued to a code by a hyphen ("ING-2201 Wheat flour"); "D-12345" has its prefix.
    # Nor a date's year after its slash ("01/03/2024 – 31/03/2024 Fällig am:"): a postcode
    # stands apart from what precedes it.
    # Czech, Slovak and Swedish postcodes are grouped "602 00 Brno"; a town's initial may
    # carry an accent ("3830-044 Ílhavo", "370 01 České Budějovice").
    r"(?<![\w.,\-/])(?:[A-Z]{1,2}[- ]?)?"
    # Brazil's CEP is five digits and three ("05033-002 São Paulo - SP").
    r"(?:\d{4,5}|\d{4} ?[A-Z]{2}|\d{2}-\d{3}|\d{4}-\d{3}|\d{5}-\d{3}|\d{3} \d{2}(?= [^\W\d_]))"
    # Dutch towns may begin with the digraph "IJ" ("3401 MC IJsselstein", "1971 IJmuiden");
    # French and Italian ones with an elided article ("38080 L'Isle-d'Abeau", "67100
    # L'Aquila"), Dutch ones with "'s-" or "'t" ("5211 KL 's-Hertogenbosch", "'t Harde"),
    # Galician ones with the one-letter article "A" or "O" ("15008 A Coruña", "36400 O
    # Porriño").
    r"\s*(?:[LD]['’]|['’][st][\-\s]|[AO] (?=[A-ZÀ-Þ][a-zß-ÿ]))?"
    r"(?:IJ|[A-ZÀ-ÖØ-ÞŁŚŻŹĆŃČĎŘŠŤŽ])[a-zß-öø-ÿąćęłńśźżčďěňřšťůžāēīūėįųģķļņ]"
    # British and Irish towns print their postcode after the name ("Leeds LS1 4AB").
    r"|\b[A-Z][a-z]+,? [A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b"
    # ... or before it, where an e-invoice rendering prints every country's postcode first
    # ("LS11 5PS Leeds", Peppol and EN 16931 viewers).
    r"|(?<![\w.,\-])[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2} [A-Z][a-z]"
    # Irish Eircodes, after a Dublin district too ("Dublin 18, D18 K2W7").
    r"|\b[A-Z][a-z]+(?: \d{1,2})?,? [A-Z]\d{2} ?[A-Z\d]{4}\b"
    # ... or alone on the line under the town ("Bath" over "BA2 3DQ", "Dublin 2" over
    # "D02 X576").
    r"|^\s*[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}[\s,]*$|^\s*[A-Z]\d[\dW] ?[A-Z\d]{4}[\s,]*$"
    # ... or before the town, as e-invoice viewers print every postcode ("D02 PX29 Dublin"):
    # a routing key (a letter and two digits, or "D6W") and four letters and digits.
    r"|(?<![\w.,\-])(?:[ACDEFHKNPRTVWXY]\d{2}|D6W) (?=[A-Z]{0,3}\d)[\dACDEFHKNPRTVWXY]{4}"
    r" [A-Z][a-z]"
    # A photo's OCR reads an accented capital opening the town as its small letter, the
    # accent making the glyph tall ("3830-101 ílhavo", "05001 ávila"): still the town.
    r"|(?<![\w.,\-/])(?:\d{4}-\d{3}|\d{5})\s(?=[áéíóú][a-zà-ÿ]{2})"
    # Dublin's postal districts, which stand for a postcode ("Wilton Place, Dublin 2").
    r"|\bDublin (?:1\d|2[0-4]|6W|[1-9])\b(?![\d,]* ?[A-Z]\d)"
    # US towns: state and ZIP code after the name ("Portland, OR 92060"); without the comma
    # only a real state's code ("Burlington VT 05401") or its name ("San Francisco,
    # California 94104") makes a number a ZIP code.
    r"|\b[A-Z][a-z]+, [A-Z]{2} \d{5}(?:-\d{4})?\b"
    rf"|\b[A-Z][a-z]+,? {_US_STATE} \d{{5}}(?:-\d{{4}})?\b"
    r"|\b[A-Z][a-z]+,? (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut"
    r"|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana"
    r"|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska"
    r"|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio"
    r"|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas"
    r"|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia)"
    r" \d{5}(?:-\d{4})?\b"
    # Canadian towns: province and postal code ("Montréal, QC H3A 1S8", "Toronto ON M5A 1Z9").
    r"|\b[A-Z][a-zà-ÿ'\-]+,? (?:AB|BC|MB|N[BLSTU]|ON|PE|QC|SK|YT)"
    r" [A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z] ?\d[A-CEGHJ-NPR-TV-Z]\d\b"
    # ... or with the province written out, perhaps in brackets ("Montréal (Québec) H4R 2V2").
    r"|\b[A-Z][a-zà-ÿ'\-]+,? \(?(?:Qu[ée]bec|Ontario|Alberta|Manitoba|Saskatchewan"
    r"|Nova Scotia|New Brunswick|British Columbia|Newfoundland and Labrador)\)?,?"
    r" [A-CEGHJ-NPR-TVXY]\d[A-CEGHJ-NPR-TV-Z] ?\d[A-CEGHJ-NPR-TV-Z]\d\b"
    # Six-digit postcodes after the town, with the country ("Ningbo 315040, China").
    r"|\b[A-Z][a-z]+,? \d{6},? (?:P\.?\s?R\.? )?(?:China|India|Vietnam|Russia|Kazakhstan)\b"
    # Australian towns: state and postcode ("Mascot NSW 2020", "SYDNEY NSW 2000").
    r"|\b[A-Z][A-Za-z]+,? (?:NSW|VIC|QLD|SA|WA|TAS|NT|ACT) \d{4}\b"
    # Indian towns: state and six-digit PIN ("Bengaluru Karnataka 560038", "Surat, Gujarat
    # 394221", "Chennai, Tamil Nadu - 600 001").
    rf"|\b[A-Z][a-z]+,? {_INDIAN_STATES}(?:,? ?-? ?)[1-9]\d{{2}} ?\d{{3}}\b"
    # ... or the state after the PIN, ending a one-line address ("Bengaluru 560058,
    # Karnataka", "Pune - 411026, Maharashtra", "Chennai 600 018, Tamil Nadu, India"): the
    # state's name makes the six-digit number a PIN (tried before the dash form below, which
    # would end the line before the state).
    rf"|\b[A-Z][a-z]+,?(?: [-–])? [1-9]\d{{2}} ?\d{{3}},? (?:[-–] )?{_INDIAN_STATES}(?:,? India)?\b"
    # ... or the town and its PIN after a dash, without the state ("Mumbai - 400093").
    r"|\b[A-Z][a-z]+ [-–] [1-9]\d{2} ?\d{3}\b"
    # Japan's postcode after the prefecture, with the country ("Tokyo 150-0002, Japan"), or
    # after its mark ("〒150-0002").
    r"|\b[A-Z][a-z]+,? \d{3}-\d{4},? Japan\b|〒\s?\d{3}-\d{4}\b"
    # Romania's six-digit postcode before the town, after the street in one line ("Str. Ion
    # Câmpineanu 11, Sector 1, 010031 București").
    r"|(?<=, )\d{6},? [A-ZĂÂÎȘȚŞŢ][a-zăâîșțşţ]"
    # Baltic towns with the country-prefixed postcode after them ("Rīga, LV-1063", "Kaunas,
    # LT-44280"); Estonia's five digits only with the country after them ("Tartu 50090,
    # Estonia").
    r"|\b[A-ZĀČĒĢĪĶĻŅŠŪŽĖĮŲ][a-zāčēģīķļņšūžėįųõäöü]+"
    r"(?:[ -][A-ZĀČĒĢĪĶĻŅŠŪŽ][a-zāčēģīķļņšūžėįųõäöü]+)?,?"
    r" (?:LV-\d{4}|LT-\d{5}|EE-\d{5}|\d{5},? (?:Estonia|Eesti))\b"
    # Singapore: the city state's name and its six-digit postal code ("Singapore 408564").
    r"|\b(?:Singapore|SINGAPORE),? (?:S ?)?\d{6}\b"
    # Malta: the locality's three letters and four digits after the town ("Birkirkara BKR
    # 9034"), ending the line or before the country: the code's shape anchors a scan's line
    # whose town OCR misspells.
    r"|\b[A-Z][a-zċġħż'\-]+(?: [A-Z][a-zċġħż'\-]+)?,? [A-Z]{3} ?\d{4}(?=\s*(?:$|,?\s*Malta\b))"
    # Iceland's and the Faroes' three-digit postcodes before a town ("105 Reykjavík").
    rf"|{ICELANDIC_TOWN}"
)
_COUNTRY = (
    r"(?:deutschland|germany|österreich|austria|schweiz|suisse|svizzera|switzerland|france"
    r"|españa|spain|italia|italy|nederland|the netherlands|netherlands|belgique|belgië"
    r"|belgium|portugal|polska|poland|united kingdom|uk|(?:republic of )?ireland|éire|usa"
    r"|united states|canada|australia|new zealand|south africa|india|singapore|israel"
    r"|luxembourg|luxemburg|danmark|denmark|sverige|sweden|norge|norway|suomi|finland"
    r"|česká republika|czech republic|czechia|slovensko|slovakia"
    # Slovakia's and Hungary's own long names ("Slovenská republika", "Magyarország").
    r"|slovensk[áa] republika|magyarorsz[áa]g"
    # ... in German, as a letterhead abroad names its own country ("Italien", "Frankreich").
    r"|italien|frankreich|spanien|niederlande|belgien|polen|tschechien|dänemark|schweden"
    r"|slowenien|slovenija|slovenia|kroatien|hrvatska|croatia|ungarn|hungary|liechtenstein"
    r"|latvia|latvija|lithuania|lietuva|estonia|eesti|rom[âa]nia|romania|rum[äa]nien"
    # The United Kingdom's nations on a letterhead's last line ("Fort William PH33 6AN" /
    # "Scotland"); a state's official long name ("Grand-Duché de Luxembourg").
    r"|scotland|wales|england|northern ireland|great britain|monaco"
    r"|grand[- ]duch[ée] de luxembourg|gro(?:ß|ss)herzogtum luxemburg"
    r"|grand duchy of luxembourg|f[üu]rstentum liechtenstein|principality of liechtenstein"
    r"|principaut[ée] de monaco|conf[ée]d[ée]ration suisse|schweizerische eidgenossenschaft"
    r"|confederazione svizzera|swiss confederation"
    # Germany as its neighbours' and trading partners' invoices name it: cs "(Spolková
    # republika) Německo", sk "Nemecko", pl "Niemcy", da/sv/no "Tyskland", nl "Duitsland",
    # fr "Allemagne", it "Germania", es "Alemania", hu "Németország", fi "Saksa".
    r"|(?:spolkov[áa] republika )?n[ěe]mecko|niemcy|tyskland|duitsland|allemagne|germania"
    r"|alemania|n[ée]metorsz[áa]g|saksa)"
)
# A country line's name (matched case-blind): a bilingual region prints it in both languages
# ("Italien / Italia" in South Tyrol, "Belgique / België", "Schweiz / Suisse / Svizzera").
COUNTRY_NAMES = rf"{_COUNTRY}(?:\s*[/|–-]\s*{_COUNTRY})*"
# Town lines no postcode pattern of a whole page can claim, told by their place in a block:
# "33100 UDINE (UD)", "75008 PARIS" (a town in capitals) ...
CAPITALS_TOWN = re.compile(
    r"(?<![\w.,\-])(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-Þ]{2,}(?:[ '\-][A-ZÀ-Þ]{2,})*"
    # It ends its line or its piece of one ("PO BOX 1234 STN A" is no town).
    r"(?:\s*\([A-Z]{2}\))?(?:\s+\d{1,2})?(?=\s*(?:$|[-–·|,(]))"
    # ... and a British town in capitals before its full postcode ("SHEFFIELD S10 2DN").
    r"|(?<![\w.,\-])[A-Z]{3,}(?:[ '\-][A-Z]{2,})*,? [A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}"
    r"(?=\s*(?:$|[-–·|,(]))"
    # ... and a town in capitals after a grouped postcode, alone on its line, as Sweden's
    # post prints it ("652 24 KARLSTAD", "SE-906 21 UMEÅ"; Czechia's "602 00 BRNO").
    r"|^\s*(?:[A-Z]{1,2}-)?\d{3} \d{2}\s+[A-ZÀ-ÞČĎĚŇŘŠŤŮŽ]{3,}(?:[ '\-][A-ZÀ-ÞČĎĚŇŘŠŤŮŽ]{2,})*\s*$"
    # ... and a US town in capitals before its state and ZIP code ("PHILADELPHIA PA 19125").
    rf"|(?<![\w.,\-])[A-Z]{{3,}}(?: [A-Z]{{2,}})*,? {_US_STATE} \d{{5}}(?:-\d{{4}})?"
    r"(?=\s*(?:$|[-–·|,(]))"
)


def town_in(text: str) -> re.Match[str] | None:
    """A postcode and town in the text ("3830-101 Ílhavo"), or a town in capitals a block's
    place tells ("59000 LILLE", "SHEFFIELD S10 2DN")."""
    return POSTCODE_TOWN.search(text) or CAPITALS_TOWN.search(text)
