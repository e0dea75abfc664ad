"""A long table's running sum, printed at the foot of a page and again at the head of the
next one ("Übertrag 5.383,54", "Carried forward £ 7,120.00", "Report page 1 27.020,00 €",
"Riporto da pag. 1 5.886,95", "Transport € 9.373,80"): no item, and no end of the table.
"""

from __future__ import annotations

import re

from facturist.engine.layout import Line
from facturist.engine.parsing import parse_amount

_CURRENCY = r"(?:€|\$|£|CHF|[A-Z]{3}|EUR)"
# The caption, in the languages' words for carrying a sum over ("a riportare" at the foot,
# "riporto" at the head), perhaps naming the page it comes from or goes to.
_CAPTION = (
    r"(?:übertrag|vortrag|carried ?forward|brought ?forward|carry ?forward|carried ?over"
    # A ledger's balance carried over ("Balance c/f", "Balance b/f", "Balance carried fwd").
    r"|(?:balance\s+)?(?:c/f|b/f|c/fwd|b/fwd|(?:carried|brought)\s+fwd)"
    r"|balance\s+(?:carried|brought)\s+(?:forward|over)"
    r"|brought ?over|report|à reporter|a reporter|reporté|riporto|a riportare|da riportare"
    r"|suma y sigue|suma anterior|transport|a transportar|transporte|do przeniesienia"
    r"|z przeniesienia|overdracht|van vorige pagina|naar volgende pagina"
    # Dutch: "Over te dragen" at the foot, "Overgedragen" at the head ("Te transporteren").
    r"|over ?te ?dragen|overgedragen|te transporteren|getransporteerd"
    # Czech and Slovak: "Převod na další stranu", "Prenos z predchádzajúcej strany".
    r"|(?:převod|prevod|prenos|přenos)\s+(?:na\s+(?:další|ďalšiu|dalsi|dalsiu)"
    r"|z\s+(?:předchozí|predchádzajúcej|predchozi|predchadzajucej))\s+stran[uyě]"
    # Nordic: no/da "Overført (fra forrige side)", "Til overføring", sv "Överfört (från
    # föregående sida)", "Att överföra", fi "Siirto edelliseltä sivulta" / "seuraavalle sivulle".
    r"|overf[øo]rt(?:\s+(?:fra|til)\s+(?:forrige|neste|n[æe]ste|foreg[åa]ende)\s+side)?"
    r"|til overf[øo]ring|att [öo]verf[öo]ra"
    r"|[öo]verf[öo]rt(?:\s+(?:fr[åa]n|till)\s+(?:f[öo]reg[åa]ende|n[äa]sta)\s+sida)?"
    r"|siirto\s+(?:edelliselt[äa]|seuraavalle)\s+sivul(?:ta|le)"
    # The page's own sum at its foot, the running sum carried under it ("Total page 2
    # 5.364,80" over "À reporter 9.040,70"), "Seitensumme", "Page total": the rows go on.
    r"|(?:(?:sous-)?total|sub-?total|summe|totale|suma)\s+(?:de\s+la\s+|der\s+|della\s+)?"
    r"(?:page|seite|pagina|p[áa]gina)\s+\d{1,3}|seitensumme|page\s+(?:sub-?)?total)"
)
_PAGE_REF = r"(?:(?:von|aus|auf|from|to|de|da|a|van|naar|z|na|fra|til|fr[åa]n|till)\s+)?" + (
    r"(?:der\s+|la\s+|the\s+)?"
    r"(?:(?:seite|page|pag(?:ina|\.)?|p\.|blad|strona|s\.|side|sida)\s*\d{1,3}"
    # The page named in words, not by its number: "from previous page", "page précédente",
    # "pagina successiva", "página anterior", "vorherige Seite", Dutch "vorige pagina" after
    # another caption ("Transport van vorige pagina").
    r"|(?:previous|prior|preceding|next|following|vorherige[rn]?|vorige[rn]?|n[äa]chste[rn]?"
    r"|folgende[rn]?|volgende)\s+(?:page|seite|pagina)"
    # German compounds name it in one word: "Übertrag aus Vorseite", "Übertrag auf Folgeseite".
    r"|vorseite|folgeseite"
    # ... abridged: "Riporto da pag. precedente", "Report de pag. précédente".
    r"|(?:(?:page|pagina|página)\s+|pag\.\s*)(?:pr[ée]c[ée]dente|suivante|precedente|successiva"
    r"|anterior"
    r"|siguiente))"
)
# "Total à reporter", "Total carried forward", "Summe Übertrag": the page's sum named as such.
# A leading page word ("Page subtotal carried forward") names the same sum.
# The sum's word may be set apart from the caption by a slash ("Zwischensumme / Übertrag").
_SUM = (
    r"(?:(?:page|seite)\s+)?(?:(?:sous-)?total|sub-?total|summe|zwischensumme|totale|suma)"
    r"(?:\s*/\s*|\s+)"
)
# A bilingual caption names the sum twice ("Over te dragen / À reporter", "Übertrag / Report").
_TWICE = rf"(?:\s*/\s*(?:{_SUM})?{_CAPTION})?"
CARRIED = re.compile(
    rf"^(?:segue\s+(?:a\s+)?{_PAGE_REF}\s*[-–—]?\s*)?(?:{_SUM})?{_CAPTION}{_TWICE}"
    rf"(?:\s+{_PAGE_REF})?\s*:?\s*"
    # A trailing minus ("Übertrag 427,33-"): a credit note's sum as SAP prints it.
    rf"(?:{_CURRENCY}\s*)?(?P<amount>[-+]?[\d.,' \u00a0]*\d-?)\s*{_CURRENCY}?$",
    re.IGNORECASE,
)
# Captions that also name an item ("Transport" as a delivery charge, a "Report" billed):
# a carried sum only where the amount is the running sum of the rows above.
_ALSO_AN_ITEM = re.compile(
    r"^(?:transport|transporte|report|overf[øo]rt|[öo]verf[öo]rt)"
    r"(?:\s*/\s*(?:transport|transporte|report|overf[øo]rt|[öo]verf[öo]rt))?"
    r"\s*:?\s*(?:€|\$|£|[A-Z]{3})?\s*[-+\d]",
    re.IGNORECASE,
)


def carry_line(line: Line, figures: list[float]) -> bool:
    """Whether the line carries the running sum over a page break; `figures`: the amounts
    of the table's rows so far."""
    text = line.text.strip()
    match = CARRIED.match(text)
    if match is None:
        return False
    if not _ALSO_AN_ITEM.match(text):
        return True
    amount = parse_amount(match["amount"].replace(" ", "").replace("\u00a0", ""))
    return amount is not None and bool(figures) and abs(sum(figures) - float(amount)) <= 0.011


def names_carried_sum(text: str) -> bool:
    """Whether a line's text is a carry line's caption and figure ("Page subtotal carried
    forward 9,267.13", "Total à reporter 1 616,10"): a page's running sum, never the
    invoice's net or total, though a total word opens it. ("Transport 30,00" may be a
    charge: it stays a candidate.)"""
    stripped = text.strip()
    return CARRIED.match(stripped) is not None and not _ALSO_AN_ITEM.match(stripped)
