"""A tax caption on a line that names a charge outside VAT: a hotel bill's note of what its
total holds lists the tourist tax beside the VAT lines,

    Im Rechnungsbetrag enthalten:
    10 % USt von 1.076,36 = 107,64
    20 % USt von 142,17 = 28,43
    Ortstaxe (keine USt) 24,00

and the tax word there ("keine USt", "no VAT", "non soumise à TVA") says the figure bears
none. A municipality's levy per guest and night (Ortstaxe, Kurtaxe, City Tax, taxe de
séjour, ...) is never VAT either, whatever tax word its line carries. The total holds the
levy; the tax is the VAT lines' alone (amountcaptions.caption_rank drops the caption).

The charge's figure stays a candidate of its own (NON_VAT_KEY): a "VAT included" table that
adds up short of the printed total by it tells the printed total stands
(totals._charged_beyond_grid)."""

from __future__ import annotations

import re
from collections.abc import Callable

from facturist.engine.labelfilter import folded, may_hold, needed_strings
from facturist.engine.layout import Line
from facturist.engine.model import Value, Word

NON_VAT_KEY = "non_vat_charge"

# A local levy on overnight stays: de/at "Ortstaxe", "Kurtaxe", "Kurbeitrag", "Kurabgabe",
# "Gästetaxe", "Aufenthaltsabgabe", "Nächtigungsabgabe", "Beherbergungsabgabe",
# "Übernachtungssteuer", "Bettensteuer", "Kulturförderabgabe"; en "tourist tax", "visitor
# levy"; fr "taxe de séjour"; it "tassa/imposta di soggiorno"; es "tasa turística",
# "impuesto sobre estancias turísticas"; nl "toeristenbelasting"; pt "taxa turística".
# English "City Tax" too, unless a rate follows it: a US hotel's city sales tax is a
# percentage of the room ("City tax (4.5 %)"), Europe's city tax a sum per guest and night.
# Fixed levies an insurer collects beside its premium tax are no tax either.
_LOCAL_LEVY = re.compile(
    r"(?:ortstaxe|kurtaxe|kurbeitrag|kurabgabe|g[äa]stetaxe|aufenthaltsabgabe"
    r"|n[äa]chtigungsabgabe|beherbergungs(?:abgabe|steuer)|[üu]bernachtungs(?:abgabe|steuer)"
    r"|bettensteuer|kulturf[öo]rderabgabe"
    r"|\btourist(?:\s+|-)(?:tax|levy)|\bvisitor'?s?\s+(?:tax|levy)"
    r"|\btaxes?\s+de\s+s[ée]jour|\b(?:tassa|imposta)\s+(?:comunale\s+)?di\s+soggiorno"
    r"|\btasa\s+tur[íi]stica|\bimpuesto\s+(?:sobre\s+)?(?:las\s+)?estancias\s+tur[íi]sticas"
    r"|toeristenbelasting|\btaxa\s+(?:municipal\s+)?tur[íi]stica"
    r"|\bcity[\s\-]?tax\b(?!\s*\(?\s*\d{1,2}(?:[.,]\d{1,3})?\s*%)"
    # France's flat contribution per property contract to the guarantee fund for victims of
    # terrorism (FGTI), charged beside the insurance premium tax and no part of it.
    r"|\bcontribution\s+(?:attentats?\b|(?:au\s+)?(?:fonds\s+de\s+garantie|fgti)\b))",
    re.IGNORECASE,
)
# A line saying its figure bears no VAT: de "keine USt", "nicht steuerbar", "nicht
# umsatzsteuerpflichtig"; en "no VAT", "not subject to VAT"; fr "non soumis(e) à (la) TVA",
# "non assujetti"; it "non soggetto a IVA", "fuori campo IVA"; es "no sujeto a IVA"; nl "geen
# btw", "niet btw-plichtig"; pt "não sujeito a IVA".
_NO_VAT = re.compile(
    r"\bkeine\s+(?:ust|mwst|umsatzsteuer|mehrwertsteuer)\b|\bnicht\s+steuerbar"
    r"|\bnicht\s+(?:umsatz)?steuerpflichtig|\bno\s+(?:vat|gst)\b"
    r"|\bnot\s+subject\s+to\s+(?:vat|gst)\b|\bnon\s+soumise?s?\b|\bnon\s+assujetti"
    r"|\bnon\s+soggett[oai]\b|\bfuori\s+campo\s+iva\b|\bno\s+sujet[oa]s?\b"
    r"|\bgeen\s+btw\b|\bniet\s+btw[\s\-]?plichtig|\bn[ãa]o\s+sujeit[oa]s?\b"
    # A cost passed on at cost: de "durchlaufender Posten", "(ohne USt)"; en "non-VATable".
    r"|\bdurchlaufende[rn]?\s+posten\b|\bohne\s+(?:ust|mwst|umsatzsteuer)\.?\)"
    r"|\bnon[\s\-]?vatable\b"
    # en "outside the scope of VAT" (an agency's disbursements passed on at cost).
    r"|\boutside\s+(?:the\s+)?scope\s+of\s+(?:uk\s+)?(?:vat|gst)\b",
    re.IGNORECASE,
)
# The figure the caption's cell closes on is nothing ("USt (nicht steuerbar) 0,00"): a tax of
# nothing still tells the invoice's tax.
# The strings one of which each pattern's match holds: most lines hold none, and their scans
# are skipped (labelfilter.py).
_LEVY_NEEDED = needed_strings(_LOCAL_LEVY)
_NO_VAT_NEEDED = needed_strings(_NO_VAT)
_NOTHING = re.compile(r"^\D*?[-−]?0(?:[.,]0{1,2})?(?!\s*[.,]?\d)")


def names_non_vat_charge(caption: str, after: str) -> bool:
    """Whether a tax caption's cell (`caption`, its words up to the figure) names a charge
    outside VAT: a local levy on stays, or a charge said to bear no VAT whose figure (the
    text `after` the caption) is more than nothing."""
    if _LOCAL_LEVY.search(caption):
        return True
    if _NO_VAT.search(caption) is None:
        return False
    # "IVA (N2.2 – non soggetta) 0,00": the figure follows the phrase, past the code's digits.
    phrase = _NO_VAT.search(after)
    return not _NOTHING.match(after[phrase.end() :] if phrase else after)


def says_no_vat(text: str) -> bool:
    """Whether a line says its figures bear no VAT ("no sujetos a IVA", "keine USt")."""
    return may_hold(_NO_VAT_NEEDED, folded(text)) and _NO_VAT.search(text) is not None


def non_vat_charges(lines: list[Line], read: Callable[[list[Word]], Value | None]) -> list[Value]:
    """The figures closing lines that name a charge outside VAT, each read by `read` (an
    amount reader, passed in as amountread imports this module's caption test)."""
    found: list[Value] = []
    for line in lines:
        lowered = folded(line.text)
        levy = may_hold(_LEVY_NEEDED, lowered) and _LOCAL_LEVY.search(line.text)
        if not (levy or (may_hold(_NO_VAT_NEEDED, lowered) and _NO_VAT.search(line.text))):
            continue
        value = read(line.words[-2:])
        # A credit note's levy is negative like its other figures ("-11,52").
        if value is not None and isinstance(value.value, float) and value.value != 0:
            found.append(value)
    return found
