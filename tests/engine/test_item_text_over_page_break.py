"""An item's text wrapping over a page break: its last words at the head of the next page,
under the running sum brought forward, go on with that item (not a running head)."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

_ITEMS = [
    ("FESTO VUVS", "Magneetventiel 5/2 VUVS-L20, 24 V DC", "2", "96,80", "193,60"),
    ("SMC AW30", "Filterregelaar AW30-F03 G3/8 met manometer", "1", "79,60", "79,60"),
    ("IFM IG5953", "Inductieve naderingsschakelaar IG5953, M18, PNP,", "4", "42,90", "171,60"),
]


def _row(y: float, code: str, name: str, qty: str, price: str, amount: str) -> list[Drawn]:
    return [
        Drawn(50, y, code, size=9),
        Drawn(150, y, name, size=9),
        Drawn(420, y, qty, size=9, align="right"),
        Drawn(480, y, price, size=9, align="right"),
        Drawn(545, y, amount, size=9, align="right"),
    ]


def _invoice(tail: str) -> CanonicalInvoice:
    first = [
        Drawn(50, 50, "Van der Heijden Industrietechniek B.V.", size=12),
        Drawn(50, 64, "Hallenweg 8, 5683 CT Best", size=9),
        Drawn(50, 120, "Machinefabriek Brabant B.V.", size=10),
        Drawn(50, 133, "Industrieweg 4, 5051 BZ Goirle", size=10),
        Drawn(360, 120, "Factuur 2024-30155", size=10),
        Drawn(360, 133, "Factuurdatum 12-03-2024", size=10),
        Drawn(50, 200, "Artikel", size=9, bold=True),
        Drawn(150, 200, "Omschrijving", size=9, bold=True),
        Drawn(420, 200, "Aantal", size=9, bold=True, align="right"),
        Drawn(480, 200, "Prijs", size=9, bold=True, align="right"),
        Drawn(545, 200, "Bedrag", size=9, bold=True, align="right"),
    ]
    for index, item in enumerate(_ITEMS):
        first += _row(222 + 16 * index, *item)
    first += [
        Drawn(150, 290, "Transport", size=9, bold=True),
        Drawn(545, 290, "444,80", size=9, align="right", bold=True),
        Drawn(50, 790, "IBAN NL82 RABO 0312 4877 65", size=7),
    ]
    second = [
        Drawn(50, 50, "Van der Heijden Industrietechniek B.V.", size=10, bold=True),
        Drawn(545, 50, "Factuur 2024-30155 | pagina 2 van 2", size=9, align="right"),
        Drawn(150, 90, "Transport", size=9, bold=True),
        Drawn(545, 90, "444,80", size=9, align="right", bold=True),
        Drawn(150, 108, tail, size=9),
        *_row(
            124, "IFM EVC001", "Aansluitkabel M12 haaks 4-polig, PUR, 5 m", "4", "14,20", "56,80"
        ),
        Drawn(380, 170, "Subtotaal excl. BTW", size=9),
        Drawn(545, 170, "501,60", size=9, align="right"),
        Drawn(380, 184, "BTW 21%", size=9),
        Drawn(545, 184, "105,34", size=9, align="right"),
        Drawn(380, 198, "Totaal incl. BTW", size=9),
        Drawn(545, 198, "606,94", size=9, align="right"),
    ]
    return analysed(make_pdf(first, second))


def _names(invoice: CanonicalInvoice) -> list[str]:
    return [str(item["description"].value) for item in invoice.items]


def test_unfinished_item_goes_on_at_the_next_pages_head() -> None:
    names = _names(_invoice("M12-connector"))
    assert len(names) == 4
    assert names[2].endswith("PNP, M12-connector")
    assert names[3] == "Aansluitkabel M12 haaks 4-polig, PUR, 5 m"
