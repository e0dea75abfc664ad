"""Caption | value rows of two party boxes side by side (an e-invoice viewer's print).

Conventions:
- A viewer prints the seller's and the buyer's box side by side, each a caption column and a
  value column. A caption's value is read in its own box: a value beside it in the other
  box belongs to the other box's caption ("Umsatzsteuer-ID" in the seller's box never reads
  the buyer's ID printed at the same height further right).
- A narrow caption column wraps a long caption: its first line stands on the value's row,
  the rest on the next line ("BT-31" / "Umsatzsteuer-ID" with "DE..." beside "BT-31"). Once
  the viewer's term tag is gone the value's row has no caption of its own, and the caption
  wrapped under it owns the value beside its first line.
"""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.labelvalues import words_beside

from .conftest import header_values, make_invoice_pdf, spaced_lines

_HEAD = [
    (50, 60, "Rechnung"),
    (50, 90, "Rechnungsnummer"),
    (180, 90, "TR-2025-0412"),
    (50, 104, "Rechnungsdatum"),
    (180, 104, "30.06.2025"),
]

_TOTALS = [
    (50, 560, "Bezeichnung"),
    (300, 560, "Menge"),
    (380, 560, "Preis"),
    (470, 560, "Betrag"),
    (50, 576, "Schalung Fundamente"),
    (300, 576, "2"),
    (380, 576, "500,00"),
    (470, 576, "1.000,00"),
    (330, 620, "Summe netto 1.000,00"),
    (330, 634, "Umsatzsteuer 190,00"),
    (330, 648, "Fälliger Betrag 1.190,00"),
]


def _boxes(tagged: bool) -> list[tuple[float, float, str]]:
    """Two party boxes whose "Umsatzsteuer-ID" captions wrap under their values' rows; the
    buyer's value row stands a little lower than the seller's wrapped caption line. Tagged,
    each caption carries its term tag, a wrapped one's on the value's row ("BT-31")."""

    def c(term: str, caption: str) -> str:
        return f"{term} {caption}" if tagged else caption

    return [
        (52, 300, "BG-4 Verkäufer"),
        (310, 300, "BG-7 Käufer"),
        (52, 320, c("BT-27", "Name")),
        (150, 320, "Lindner Bau GmbH"),
        (310, 320, c("BT-44", "Name")),
        (404, 320, "Rohbau Ost GmbH"),
        *([(310, 331, "BT-46")] if tagged else []),
        (404, 331, "SUB-0419"),
        (52, 342, c("BT-35", "Straße")),
        (150, 342, "Zeppelinstraße 33"),
        (310, 342, "Käuferkennung"),
        (310, 356, c("BT-50", "Straße")),
        (404, 356, "Dresdner Straße 140"),
        (52, 356, c("BT-38", "PLZ")),
        (150, 356, "04509"),
        (52, 370, c("BT-37", "Ort")),
        (150, 370, "Delitzsch"),
        (310, 370, c("BT-52", "Ort")),
        (404, 370, "Leipzig"),
        *([(52, 384, "BT-31")] if tagged else []),
        (150, 384, "DE812345673"),
        (310, 384, c("BT-40", "Ländercode")),
        (404, 384, "DE"),
        (52, 396, "Umsatzsteuer-ID"),
        *([(310, 400, "BT-48")] if tagged else []),
        (404, 400, "DE298765435"),
        (52, 412, c("BT-32", "Steuernummer")),
        (150, 412, "227/108/04415"),
        (310, 411, "Umsatzsteuer-ID"),
        (52, 428, c("BT-41", "Kontaktperson")),
        (150, 428, "Frau K. Lindner"),
    ]


def test_a_value_beside_a_caption_stays_in_the_captions_box() -> None:
    page = [
        (52, 100, "Ort"),
        (150, 100, "Delitzsch"),
        (310, 100, "Ort"),
        (404, 100, "Leipzig"),
        (52, 114, "Umsatzsteuer-ID"),
        (404, 118, "DE298765435"),
        (310, 128, "Umsatzsteuer-ID"),
        (52, 130, "Kontakt"),
        (150, 130, "Frau Lindner"),
    ]
    lines = spaced_lines(page)
    index = next(i for i, ln in enumerate(lines) if ln.text == "Umsatzsteuer-ID")
    assert words_beside(lines, index, lines[index].words) == []


def test_a_caption_wrapped_under_its_value_owns_it() -> None:
    fields = header_values([*_HEAD, *_boxes(tagged=False), *_TOTALS])
    assert fields["seller_vat_id"] == "DE812345673"


def test_the_sellers_wrapped_vat_caption_in_a_tagged_viewer_print() -> None:
    rows = [*_HEAD, *_boxes(tagged=True), *_TOTALS]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_vat_id"] == "DE812345673"


def test_a_value_row_with_its_own_caption_is_not_taken() -> None:
    # "Kundennummer | K-12345" has its caption: the number caption under it has no value.
    page = [
        (52, 100, "Ort"),
        (150, 100, "Delitzsch"),
        (52, 114, "Kundennummer"),
        (150, 114, "K-12345"),
        (52, 126, "Rechnungsnummer"),
        (52, 140, "Kontakt"),
        (150, 140, "Frau Lindner"),
    ]
    assert header_values(page).get("invoice_number") != "K-12345"
