"""Icelandic (and Faroese) town lines: a three-digit postcode before the town ("105 Reykjavík",
"230 Reykjanesbæ", "600 Akureyri", "100 Tórshavn").

The page-wide postcode pattern (towns.py) reads four or five digits before a town: three
digits before a capitalised word are as often a count before a product ("120 Stück", "250
Blatt"). Iceland's and the Faroes' postcodes have three digits, so without this their address
blocks lose the town line that closes them, and with it the street, the party's name and its
tax number. Here three digits are a postcode only before a known Icelandic or Faroese town
(in the nominative or the dative that addresses use: "Reykjanesbær" / "230 Reykjanesbæ",
"Hafnarfjörður" / "220 Hafnarfirði"), or before a town word spelled with a letter only
Icelandic and Faroese write among capitalised place names (ð, þ) or with "æ" in an Icelandic
ending ("-bæ", "-bær"), the town ending its line or its piece of one.
"""

from __future__ import annotations

# The larger Icelandic towns and the Faroese capital, stems covering their case endings.
_KNOWN_TOWNS = (
    r"(?:Reykjav[íi]k|K[óo]pavog(?:ur|i)|Hafnarfj(?:[öo]r[ðd]ur|r[ðd]i)|Akureyri|Akranes[i]?"
    r"|Reykjanesb[æa]r?|Gar[ðd]ab[æa]r?|Mosfellsb[æa]r?|Selfoss[i]?|[ÍI]safj(?:[öo]r[ðd]ur|r[ðd]i)"
    r"|Egilssta[ðd](?:ir|ir|um)|H[úu]sav[íi]k|Vestmannaeyj(?:ar|um)|Borgarnes[i]?"
    r"|Sau[ðd][áa]rkr[óo]k(?:ur|i)|Hverager[ðd]i|Grindav[íi]k|Dalv[íi]k|Seltjarnarnes[i]?"
    r"|H[öo]fn|Siglufj(?:[öo]r[ðd]ur|r[ðd]i)|Bl[öo]ndu[óo]s[i]?|Stykkish[óo]lm(?:ur|i)"
    r"|Hvolsv(?:[öo]llur|elli)|[ÞT]orl[áa]ksh[öo]fn|Neskaupsta[ðd]|Keflav[íi]k|[ÓO]lafsv[íi]k"
    r"|Hella|Hellu|Vogar|V[öo]gum|Sandger[ðd]i|Gar[ðd]i|[ÁA]lftanes[i]?|T[óo]rshavn"
    r"|Klaksv[íi]k|Runav[íi]k)"
)
# A capitalised town word holding ð or þ, or ending in "-bær" / "-bæ" ("Reykjanesbæ").
_ICELANDIC_WORD = r"(?=[A-ZÁÉÍÓÚÝÐÞÆÖ]\w*(?:[ðþÐÞ]|bær?\b))[A-ZÁÉÍÓÚÝÐÞÆÖ][\wáéíóúýðþæö]+"
_TOWN = rf"(?:{_KNOWN_TOWNS}|{_ICELANDIC_WORD})"
# Three digits (101 to 999) apart from what precedes them, then the town ending its line or
# its piece of one ("105 Reykjavík · kt. 540312-1250", "230 Reykjanesbæ, Iceland").
ICELANDIC_TOWN = (
    rf"(?<![\w.,\-/])[1-9]\d{{2}} (?={_TOWN}(?: [A-ZÁÉÍÓÚÝÐÞÆÖ][\wáéíóúýðþæö]+)?"
    r"(?:\s*$|\s*[,·|–\-(]))[A-ZÁÉÍÓÚÝÐÞÆÖ][\wáéíóúýðþæö]"
)
