"""Which of a header's several amount captions heads the line amount: the net one beside a
gross ("Wartość netto | Kwota VAT | Wartość brutto"), the value beside its tax ("Valoarea
(fără TVA) | Valoarea TVA"), and a fee caption between the count and the amount that names
the price of one ("Anzahl | Entgelt | Betrag")."""

from __future__ import annotations

import re

from facturist.engine.column_captions import GROSS_WORD, NET_WORD
from facturist.engine.layout import Line
from facturist.engine.model import Word


def caption_span(words: list[Word]) -> tuple[float, float]:
    """A caption's left and right edges."""
    return min(w.box.x0 for w in words), max(w.box.x1 for w in words)


def net_over_gross(
    found: dict[str, list[Word]], amounts: list[list[Word]], group: list[Line]
) -> None:
    """ "Wartość netto | Kwota VAT | Wartość brutto": of a net and a gross amount column, the
    line amount is the net one (the rightmost caption read being the gross)."""
    if len(amounts) < 2 or "amount" not in found:
        return

    def qualifiers(caption: list[Word]) -> list[str]:
        x0, x1 = caption_span(caption)
        return [
            w.text.strip("().:")
            for member in group
            for w in member.words
            if x0 - 4 <= (w.box.x0 + w.box.x1) / 2 <= x1 + 4
        ]

    if not any(GROSS_WORD.match(text) for text in qualifiers(found["amount"])):
        return
    top = found["amount"][0].box
    nets = [
        caption
        for caption in amounts
        if caption is not found["amount"]
        # Captions of the same row: "netto" stacked under one is its qualifier.
        and top.y0 <= (caption[0].box.y0 + caption[0].box.y1) / 2 <= top.y1
        and any(NET_WORD.match(text) for text in qualifiers(caption))
        and not any(GROSS_WORD.match(text) for text in qualifiers(caption))
    ]
    if len(nets) == 1:
        found["amount"] = nets[0]


# Tax words that, stacked under a value caption, make it the tax's amount ("Valoarea / TVA",
# "Kwota / VAT", "Částka / DPH"), and words saying a value is without the tax ("fără TVA",
# "bez DPH", "ohne USt", "excl. VAT", "sans TVA", "sin IVA", "zonder btw").
_TAX_WORD = re.compile(
    r"^(?:tva|vat|tax|dph|ddv|pdv|áfa|afa|iva|btw|moms|mva|alv|ust|mwst|ддс|пдв)$",
    re.IGNORECASE,
)
_WITHOUT = re.compile(
    r"^(?:fără|fara|bez|ohne|excl|exkl|excluding|without|sans|sin|senza|sem|zonder|ex|hors)$",
    re.IGNORECASE,
)
# Words saying a value includes the tax ("Totale IVA incl.", "Betrag inkl. MwSt", "Total TVA
# incluse"): a gross amount, no tax's column.
_WITH = re.compile(
    r"^(?:incl|inkl|including|inclusa|incluso|incluida|incluido|inclusive|incluse"
    r"|inclus|inclusief|met|with|mit|com|con|avec)$",
    re.IGNORECASE,
)


def tax_amount_column(
    found: dict[str, list[Word]], amounts: list[list[Word]], group: list[Line]
) -> None:
    """ "Valoarea (fără TVA) | Valoarea TVA": Romanian, Polish and Czech forms caption the
    line's value and its tax alike, the tax's column qualified by the tax's name stacked under
    the caption. The rightmost caption read naming the tax's amount, the line amount is the
    value caption left of it that is no tax amount (the one "without" the tax, or bare); the
    tax word under it heads no rate column."""
    if len(amounts) < 2 or "amount" not in found or len(group) < 2:
        return

    def qualifiers(caption: list[Word]) -> list[Word]:
        x0, x1 = caption_span(caption)
        return [
            w
            for member in group
            for w in member.words
            if w not in caption and x0 - 4 <= (w.box.x0 + w.box.x1) / 2 <= x1 + 4
        ]

    def words(caption: list[Word]) -> list[str]:
        # Dotted abbreviations read as their letters ("T.V.A.": "TVA").
        return [w.text.strip("().:-").replace(".", "") for w in [*caption, *qualifiers(caption)]]

    def names_tax(caption: list[Word]) -> bool:
        texts = words(caption)
        return any(_TAX_WORD.match(t) for t in texts) and not any(
            _WITHOUT.match(t) or _WITH.match(t) or NET_WORD.match(t) or GROSS_WORD.match(t)
            for t in texts
        )

    if not names_tax(found["amount"]):
        return
    x0 = caption_span(found["amount"])[0]
    left = [c for c in amounts if caption_span(c)[1] < x0 and not names_tax(c)]
    if not left:
        return
    rate = found.get("vat_rate")
    if rate is not None and all(w in qualifiers(found["amount"]) for w in rate):
        del found["vat_rate"]  # "TVA" under "Valoarea": the tax amount's qualifier
    found["amount"] = max(left, key=lambda c: caption_span(c)[0])


# Amount captions that name what one unit costs as well ("Anzahl | Entgelt | Betrag": the
# fee per participant, "Qty | Charge | Amount"; "Personen | Beitrag | Summe": the dues per
# member): beside the line's amount, the price.
_FEE_CAPTION = re.compile(r"^(?:entgelt|charge|beitrag|jahresbeitrag|monatsbeitrag)$", re.I)


def fee_price_column(found: dict[str, list[Word]], amounts: list[list[Word]]) -> None:
    """ "Maßnahme | Anzahl | Einh. | Entgelt | Betrag": a fee caption between the count and
    the line amount, no price caption read, heads the price of one; it is then no second
    amount column (no net beside a gross, `_net_span`)."""
    if "unit_price" in found or "quantity" not in found or len(amounts) < 2:
        return
    count_x1 = max(w.box.x1 for w in found["quantity"])
    amount_x0 = min(w.box.x0 for w in found["amount"])
    fees = [
        words
        for words in amounts
        if words is not found["amount"]
        and _FEE_CAPTION.match(" ".join(w.text for w in words).strip(".:"))
        and count_x1 < words[0].box.x0
        and words[-1].box.x1 < amount_x0
    ]
    if len(fees) == 1:
        found["unit_price"] = fees[0]
        amounts.remove(fees[0])


# A tax's word among captions ("VersSt" for Versicherungssteuer, "MwSt", "VAT").
_TAX_BETWEEN = re.compile(r"^(?:versst|[^\W\d_]*steuer|[^\W\d_]*tax|taxes)$", re.IGNORECASE)


def repeated_net_caption(
    found: dict[str, list[Word]], amounts: list[list[Word]], group: list[Line]
) -> None:
    """ "Jahresprämie netto | VersSt % | VersSt | Jahresprämie": the bare amount caption right
    of a tax's repeats the name of one qualified net left of the tax: it heads the gross (the
    net plus the tax), and the line amount is the net."""
    if len(amounts) < 2 or "amount" not in found:
        return
    amount = found["amount"]
    words = [w for member in group for w in member.words]

    def after(caption: list[Word]) -> str:
        """The word right after the caption on its line, if any."""
        last = caption[-1]
        right = [
            w
            for w in words
            if w.box.x0 > last.box.x1 and abs(w.box.y0 - last.box.y0) < last.box.y1 - last.box.y0
        ]
        return min(right, key=lambda w: w.box.x0).text.strip("().:") if right else ""

    def name(caption: list[Word]) -> str:
        return " ".join(w.text for w in caption if not NET_WORD.match(w.text)).casefold()

    def net(caption: list[Word]) -> bool:
        return any(NET_WORD.match(w.text.strip("().:")) for w in caption) or bool(
            NET_WORD.match(after(caption))
        )

    following = [*(w.text for w in amount), after(amount)]
    if any(NET_WORD.match(t) or GROSS_WORD.match(t) for t in following):
        return
    x0 = caption_span(amount)[0]
    for caption in amounts:
        x1 = caption_span(caption)[1]
        if caption is amount or x1 >= x0 or name(caption) != name(amount):
            continue
        if not net(caption):
            continue
        between = [w for w in words if x1 < w.box.x0 and w.box.x1 < x0]
        if any(_TAX_BETWEEN.match(w.text.strip("().:%")) for w in between):
            found["amount"] = caption
            return
