"""What marks a line as a company's own legal data: the legal form of its name ("GmbH",
"S.à r.l.", "Sp. z o.o.") and the statement of its share capital.

Kept apart from labels.py (the field captions): party readers need these, captions do not."""

from __future__ import annotations

import re

# The legal line stating a company's share capital ("SARL au capital de 80 000 €", "Cap. soc.
# € 100.000 i.v.", "Capitale sociale € 50.000.000 i.v."): registry data under the name, no
# part of a name or an address, and never a document's sum.
SHARE_CAPITAL = re.compile(
    r"\b(?:au capital|capital social|capitale sociale|cap\.?\s?soc|share capital|stammkapital"
    r"|grundkapital|kapita[łl] zak[łl]adowy"
    # A footer's bare "capital 250 000 €" between dashes: the word, then an amount with its
    # currency before or after it.
    r"|capitale?\s*:?\s*(?:de\s+)?(?:\d[\d\s\u00a0.,']*\s?(?:€|eur\b|euros?\b|chf\b|£)"
    r"|(?:€|eur\b|chf\b|£)\s?\d))",
    re.IGNORECASE,
)

# Ireland's counties: "Adare, Co. Limerick" ends an address, where "Co." is no company.
IRISH_COUNTIES = (
    r"(?:Antrim|Armagh|Carlow|Cavan|Clare|Cork|Derry|Donegal|Down|Dublin|Fermanagh|Galway"
    r"|Kerry|Kildare|Kilkenny|Laois|Leitrim|Limerick|Londonderry|Longford|Louth|Mayo|Meath"
    r"|Monaghan|Offaly|Roscommon|Sligo|Tipperary|Tyrone|Waterford|Westmeath|Wexford|Wicklow)"
)

LEGAL_FORM = re.compile(
    # "gGmbH": the non-profit GmbH of hospitals and charities.
    r"\b(?:g?gmbh|ag|kg|ug|e\.?k|ohg|gbr|se|inc|llc|ltd|limited|plc|corp|sarl|sas|sa|s\.a|"
    # "Co." but a county's ("Adare, Co. Limerick").
    rf"co(?!\.?\s{IRISH_COUNTIES}\b)|"
    r"s\.?[aà]\.?r\.?l|srl|s\.r\.l|spa|s\.?p\.?a|bv|b\.v|nv|n\.v"
    r"|a\.g|a\.s|sp\.? z o\.?o|sdn\.? bhd|bhd|enterprise|trading|company|pte"
    r"|vof|v\.o\.f|eurl|sasu|s\.a\.s|sl|s\.l|slu|s\.l\.u|lda|ltda|snc|s\.n\.c|sas|sp\.\s?k"
    r"|sp\.\s?j|og|dac|oy|ab|aps|a/s|kft|s\.r\.o|mbh|pty|llp|sagl|s\.c|sprl|bvba|teoranta"
    # Austria's sole trader "e.U."; Italy's "S.r.l." as OCR reads it ("S.r.I."); Luxembourg's
    # "S.à r.l." (Switzerland's "Sàrl" above, by "sarl").
    r"|e\.u|s\.r\.i|s\.\s?[àa]\.?\s?r\.\s?l"
    # Slovenia's, Croatia's and Serbia's limited company "d.o.o." (Croatia's "j.d.o.o." too).
    r"|d\.\s?o\.\s?o"
    # Belgium's non-profit association: nl "vzw" (international "ivzw"), fr "asbl" ("aisbl").
    r"|i?v\.?z\.?w|a\.?i?s\.?b\.?l"
    # Germany's partnership of liberal professions "PartG", with limited professional
    # liability "PartG mbB" ("Partnerschaft mbB"), the bare "mbB" in its case only ("MBB"
    # is a company's initials as often).
    r"|partg(?:\s?mbb)?|(?-i:mbB)"
    # France's firms of liberal professions: "SELARL", "SELAS", "SELAFA", "SELURL", "SCP".
    r"|sel(?:arl|as|afa|url)|scp"
    # Portugal's professional firms of limited liability: "SP, R.L." (sociedade profissional
    # de responsabilidade limitada), "R.L." with its dots, or "SP, RL" in capitals.
    r"|(?-i:SP,?\s?R\.?\s?L)|r\.\s?l"
    # Germany's cooperative "eG" ("Frankenhof Naturkost eG"), in its case only: "EG" is a
    # ground floor ("Hauptstr. 5, EG") or the EC ("EG-Richtlinie").
    r"|(?-i:eG)"
    # Italy's cooperative "Soc. Coop." (società cooperativa), Spain's "S. Coop." (sociedad
    # cooperativa), abbreviated ("Soc Coop" too); "Coop" alone is a shop's or a brand's word.
    r"|(?:s|soc)\.\s?coop|soc\scoop"
    # The Gulf's forms: "W.L.L." (with limited liability: Bahrain, Kuwait, Qatar), "L.L.C"
    # with its dots, the free zones' "FZE", "FZCO", "FZ-LLC", Oman's joint-stock "SAOC" and
    # "SAOG"; Turkey's joint-stock "A.Ş.".
    r"|w\.?l\.?l|l\.l\.c|fze|fzco|fz-llc|s\.?a\.?o\.?[cg]|a\.\s?ş)\b\.?",
    re.IGNORECASE,
)
