"""A seller's VAT ID under the tax's bare name (taxcaptionbelow.py): a sidebar prints "VAT" on
one line and "IE9514062CA" on the next; the ID, its format holding, is the seller's, while
"VAT" over an amount stays the tax's caption and the buyer's ID in its block the buyer's."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import PlacedText, analysed, make_placed_pdf

_ITEMS: list[PlacedText] = [
    (200, 300, "Item", False),
    (420, 300, "Qty", False),
    (470, 300, "Price", False),
    (560, 300, "Total", True),
    (200, 320, "Annual subscription, Jan-Dec", False),
    (420, 320, "1", False),
    (470, 320, "1,480.00", False),
    (560, 320, "1,480.00", True),
    (380, 360, "Subtotal", False),
    (560, 360, "1,480.00", True),
    (380, 376, "VAT 0% (reverse charge)", False),
    (560, 376, "0.00", True),
    (380, 392, "Total EUR", False),
    (560, 392, "1,480.00", True),
]


def _sidebar(caption: str, value: str) -> list[PlacedText]:
    """A seller's sidebar at the left, the buyer's block (with its VAT ID) at its right."""
    return [
        (22, 40, "Invoice", False),
        (200, 90, "Number", False),
        (260, 90, "NX-2026-0031", False),
        (200, 105, "Date", False),
        (260, 105, "27 January 2026", False),
        (22, 120, "Corrib Data Services Ltd", False),
        (22, 132, "4 Quay Street", False),
        (22, 144, "Galway", False),
        (22, 156, "Ireland", False),
        (200, 160, "Billed to", False),
        (200, 176, "Lindqvist Messtechnik GmbH", False),
        (200, 188, "Industriestr. 12", False),
        (200, 200, "70565 Stuttgart", False),
        (22, 211, caption, False),
        (200, 213, "Germany", False),
        (22, 222, value, False),
        (200, 226, "VAT ID: DE814635902", False),
        (22, 244, "Company No.", False),
        (22, 255, "701559", False),
        *_ITEMS,
    ]


def _invoice(texts: list[PlacedText]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts))


def _field(invoice: CanonicalInvoice, key: str) -> object:
    value = invoice.fields.get(key)
    return value.value if value is not None else None


def test_bare_vat_caption_over_an_irish_id_gives_the_sellers_id() -> None:
    invoice = _invoice(_sidebar("VAT", "IE9514062CA"))
    assert _field(invoice, "seller_vat_id") == "IE9514062CA"
    assert _field(invoice, "buyer_vat_id") == "DE814635902"


def test_bare_vat_caption_over_a_spaced_uk_id_gives_the_sellers_id() -> None:
    invoice = _invoice(_sidebar("VAT", "GB 904 6617 27"))
    assert _field(invoice, "seller_vat_id") == "GB904661727"


def test_bare_caption_in_another_language_and_with_a_colon() -> None:
    invoice = _invoice(_sidebar("BTW:", "NL810433941B01"))
    assert _field(invoice, "seller_vat_id") == "NL810433941B01"


def test_uk_number_without_its_prefix_under_vat() -> None:
    invoice = _invoice(_sidebar("VAT", "904 6617 27"))
    assert _field(invoice, "seller_vat_id") == "GB904661727"


def test_czech_id_under_dph_without_any_other_id() -> None:
    texts = [t for t in _sidebar("DPH:", "CZ28987322") if not t[2].startswith("VAT ID")]
    invoice = _invoice(texts)
    assert _field(invoice, "seller_vat_id") == "CZ28987322"


def test_bare_caption_over_the_buyers_id_in_its_block_stays_the_buyers() -> None:
    texts = [t for t in _sidebar("Phone", "+353 91 555 0101") if not t[2].startswith("VAT ID")]
    texts += [(200, 226, "VAT", False), (200, 237, "IE6433435F", False)]
    invoice = _invoice(texts)
    assert _field(invoice, "seller_vat_id") is None


def test_bare_vat_caption_over_an_amount_reads_no_id() -> None:
    invoice = _invoice(_sidebar("VAT", "0.00"))
    assert _field(invoice, "seller_vat_id") is None
    assert _field(invoice, "tax_amount") == 0.0


def test_id_whose_format_fails_is_not_read() -> None:
    invoice = _invoice(_sidebar("VAT", "IE95140627CA"))
    assert _field(invoice, "seller_vat_id") is None


def test_uncaptioned_irish_id_in_the_sidebar_is_the_sellers_when_its_check_holds() -> None:
    invoice = _invoice(_sidebar("Registered office", "IE3298157GH"))
    assert _field(invoice, "seller_vat_id") == "IE3298157GH"
    assert _field(invoice, "buyer_vat_id") == "DE814635902"


def test_uncaptioned_irish_id_whose_check_letter_fails_is_not_read() -> None:
    invoice = _invoice(_sidebar("Registered office", "IE3298157HH"))
    assert _field(invoice, "seller_vat_id") is None
