"""Small drawing and wording helpers the later layouts share.

Per-invoice choices come from a random stream keyed by the seed and a name, so the counting
pass and the drawing pass of `render_pdf` make the same choices.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Sequence
from decimal import Decimal
from typing import TypeVar

from facturist.samples import words
from facturist.samples.content import Content
from facturist.samples.locales import printable
from facturist.samples.pen import Align, Pen

T = TypeVar("T")


def choose(content: Content, key: str, options: Sequence[T]) -> T:
    """One of `options`, the same for the same invoice and key."""
    return random.Random(f"{content.spec.seed}:{key}").choice(list(options))


def chance(content: Content, key: str, share: float) -> bool:
    """True for about `share` of invoices, the same for the same invoice and key."""
    return random.Random(f"{content.spec.seed}:{key}").random() < share


def money(content: Content, value: Decimal, *, sign: bool = True) -> str:
    """An amount in the invoice's locale."""
    return content.loc.money(value, sign=sign)


def grid(
    pen: Pen,
    x: float,
    y: float,
    widths: Sequence[float],
    rows: Sequence[Sequence[str]],
    *,
    size: float = 8,
    aligns: Sequence[Align] = (),
    shade_first: bool = True,
) -> float:
    """A fully ruled table whose first row is a shaded header; returns the y below it."""
    height = size + 7
    right = x + sum(widths)
    for index, cells in enumerate(rows):
        header = index == 0 and shade_first
        pen.rect(x, y - height, right - x, height, fill=0.88 if header else None, width=0.4)
        left = x
        for col, (cell, width) in enumerate(zip(cells, widths, strict=False)):
            if col:
                pen.line(left, y, left, y - height, width=0.4)
            align = aligns[col] if col < len(aligns) else "left"
            anchor = {"left": left + 3, "right": left + width - 3, "center": left + width / 2}
            # Long captions shrink to fit their cell rather than run into the next one.
            fit = min(size, size * (width - 6) / max(Pen.measure(cell, size, header), 1.0))
            pen.text(anchor[align], y - size - 2, cell, size=fit, bold=header, align=align)
            left += width
        y -= height
    return y


def registration(content: Content) -> list[str]:
    """Company-register lines as the seller's country prints them in a footer."""
    rng = random.Random(f"{content.spec.seed}:register")
    seller = content.spec.seller
    city = seller.address.city.split(",")[0]
    vat = seller.vat_id or ""

    def digits(count: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(count))

    boss = printable(words.person_name(rng, content.spec.language))
    capital = rng.choice((10000, 25000, 50000, 100000))
    by_country = {
        "DE": [
            f"Geschäftsführer: {boss}",
            f"Amtsgericht {city} HRB {rng.randint(1000, 99999)}",
            f"Steuernummer {digits(2)}/{digits(3)}/{digits(5)}",
        ],
        "AT": [f"Geschäftsführer: {boss}", f"FN {digits(6)}k, Landesgericht {city}"],
        "CH": [f"Handelsregister des Kantons {city}", f"Geschäftsführer: {boss}"],
        "FR": [
            f"SIRET {vat[4:13] or digits(9)}{digits(5)} - Code APE {digits(4)}Z",
            f"RCS {city} B {vat[4:7]} {vat[7:10]} {vat[10:13]}".rstrip(),
            f"Capital social {capital:,} €".replace(",", " "),
        ],
        "ES": [
            f"Inscrita en el Registro Mercantil de {city}, Tomo {rng.randint(1000, 40000)}, "
            f"Folio {rng.randint(1, 220)}, Hoja M-{digits(6)}"
        ],
        "IT": [
            f"Cap. soc. € {capital:,},00 i.v.".replace(",", ".", 1),
            f"REA {city[:2].upper()}-{digits(6)} - Reg. Imprese {city}",
        ],
        "NL": [f"KvK {digits(8)}", f"Directie: {boss}"],
        "PT": [
            f"Capital social {capital:,} €".replace(",", " "),
            f"Matriculada na C.R.C. de {city}",
        ],
        "PL": [
            f"KRS {digits(10)}, Sąd Rejonowy w {city}",
            f"REGON {digits(9)}",
            f"Kapitał zakładowy {capital:,} zł".replace(",", " "),
        ],
        "GB": [f"Registered in England and Wales No. {digits(8)}", f"Director: {boss}"],
        "IE": [f"Registered in Ireland No. {digits(6)}", f"Directors: {boss}"],
        "US": [f"EIN {digits(2)}-{digits(7)}"],
    }
    return [printable(line) for line in by_country.get(content.loc.country, [])]


def contact(content: Content) -> list[str]:
    """Phone, e-mail and web address lines of the seller."""
    first = unicodedata.normalize("NFKD", content.seller_name.split()[0].lower())
    stem = "".join(ch for ch in first if ch.isascii() and ch.isalnum())
    domain = f"{stem or 'firma'}.{content.loc.country.lower().replace('gb', 'co.uk')}"
    return [content.seller_contact, f"{content.labels['email']}@{domain}", f"www.{domain}"]


_PL_ONES = (
    "", "jeden", "dwa", "trzy", "cztery", "pięć", "sześć", "siedem", "osiem", "dziewięć",
    "dziesięć", "jedenaście", "dwanaście", "trzynaście", "czternaście", "piętnaście",
    "szesnaście", "siedemnaście", "osiemnaście", "dziewiętnaście",
)  # fmt: skip
_PL_TENS = (
    "", "", "dwadzieścia", "trzydzieści", "czterdzieści", "pięćdziesiąt", "sześćdziesiąt",
    "siedemdziesiąt", "osiemdziesiąt", "dziewięćdziesiąt",
)  # fmt: skip
_PL_HUNDREDS = (
    "", "sto", "dwieście", "trzysta", "czterysta", "pięćset", "sześćset", "siedemset",
    "osiemset", "dziewięćset",
)  # fmt: skip


def _pl_below_thousand(n: int) -> list[str]:
    parts = [_PL_HUNDREDS[n // 100]]
    rest = n % 100
    parts += [_PL_ONES[rest]] if rest < 20 else [_PL_TENS[rest // 10], _PL_ONES[rest % 10]]
    return [part for part in parts if part]


def _pl_plural(n: int, one: str, few: str, many: str) -> str:
    if n == 1:
        return one
    return few if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else many


def polish_words(value: Decimal, currency: str) -> str:
    """An amount written out in Polish words, as Polish invoices print it ("Słownie")."""
    whole = int(abs(value))
    cents = int((abs(value) - whole) * 100)
    thousands, rest = divmod(whole, 1000)
    parts: list[str] = []
    if thousands:
        names = ("tysiąc", "tysiące", "tysięcy")
        parts += [] if thousands == 1 else _pl_below_thousand(thousands)
        parts.append(_pl_plural(thousands, *names))
    parts += _pl_below_thousand(rest) or ([] if thousands else ["zero"])
    return printable(f"{' '.join(parts)} {currency} {cents:02d}/100")
