"""E-invoice viewers that print a small business-term tag right after each caption
("Rechnungsnummer BT-1 | BW-2025-004117", "Name BT-27 | Brennwert GmbH"), positions as blocks
opened by their identifier row ("Positionsnummer BT-126 | 1") with no "Position 1" heading,
EN 16931's own address captions ("Address line", "Post code", "City"), and a rendering that
prints the British postcode before the town ("LS11 5PS Leeds")."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.termrefs import without_term_refs

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, caption, tag, value): the tag in small print 3 pt after the caption.
Row = tuple[float, float, str, str, str]


def _invoice(rows: list[Row], plain: list[tuple[float, float, str]] = ()) -> CanonicalInvoice:  # type: ignore[assignment]
    drawn = []
    for x, y, caption, tag, value in rows:
        width = stringWidth(caption, "Helvetica", 8)
        drawn.append(Drawn(x, y, caption, size=8))
        if tag:
            drawn.append(Drawn(x + width + 3, y, tag, size=5.5))
        # The value column starts clear of the longest caption ("Gesamtbetrag einschl. ...").
        drawn.append(Drawn(max(x + 110, x + width + 40), y, value, size=8))
    drawn += [Drawn(x, y, text, size=9) for x, y, text in plain]
    return analysed(make_pdf(drawn))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _parties(top: float, street: str, postcode: str, town: str) -> list[Row]:
    out: list[Row] = []
    for x, refs, party in (
        (50, ("BT-44", "BT-50", "BT-53", "BT-52"), ("Stadtwerke Lahntal AöR", "Uferstraße 2")),
        (310, ("BT-27", "BT-35", "BT-38", "BT-37"), ("Brennwert Heiztechnik GmbH", street)),
    ):
        values = (*party, "35037" if x == 50 else postcode, "Marburg" if x == 50 else town)
        for offset, (caption, ref, value) in enumerate(
            zip(("Name", "Straße / Hausnummer", "PLZ", "Ort"), refs, values, strict=True)
        ):
            out.append((x, top + 11.5 * offset, caption, ref, value))
    return out


_TOTALS: list[Row] = [
    (50, 600, "Gesamtbetrag ohne Umsatzsteuer", "BT-109", "563,80"),
    (50, 611.5, "Summe Umsatzsteuer", "BT-110", "107,12"),
    (50, 623, "Gesamtbetrag einschl. Umsatzsteuer", "BT-112", "670,92"),
]


def test_small_tag_after_each_caption_is_neither_value_nor_name() -> None:
    rows = _parties(80, "Kesselstraße 14", "44147", "Dortmund")
    rows += [
        (50, 160, "Rechnungsnummer", "BT-1", "BW-2025-004117"),
        (50, 171.5, "Rechnungsdatum", "BT-2", "12.03.2025"),
        *_TOTALS,
    ]
    invoice = _invoice(rows, [(50, 50, "Rechnung"), (50, 70, "Käufer"), (310, 70, "Verkäufer")])
    assert _value(invoice, "invoice_number") == "BW-2025-004117"
    assert _value(invoice, "seller_name") == "Brennwert Heiztechnik GmbH"
    assert _value(invoice, "buyer_name") == "Stadtwerke Lahntal AöR"
    assert _value(invoice, "seller_address") == "Kesselstraße 14, 44147 Dortmund"


def test_positions_opened_by_their_identifier_row() -> None:
    rows: list[Row] = [(50, 80, "Rechnungsnummer", "BT-1", "BW-2025-004117"), *_TOTALS]
    for number, (name, quantity, price, amount) in enumerate(
        [
            ("Wartung Brennwertkessel", "1", "486,00", "486,00"),
            ("Zündelektrode", "2", "38,90", "77,80"),
        ]
    ):
        top = 140 + 100 * number
        block = [
            ("Positionsnummer", "BT-126", str(number + 1)),
            ("Artikelname", "BT-153", name),
            ("Menge", "BT-129", quantity),
            ("Einheit", "BT-130", "Stück"),
            ("Preis pro Einheit (netto)", "BT-146", price),
            ("Gesamtpreis (netto)", "BT-131", amount),
            ("Umsatzsteuersatz", "BT-152", "19%"),
        ]
        rows += [(50, top + 11.5 * i, c, t, v) for i, (c, t, v) in enumerate(block)]
    invoice = _invoice(rows, [(50, 50, "Rechnung"), (50, 125, "Rechnungspositionen")])
    assert [
        (i["description"].value, i["quantity"].value, i["unit_price"].value, i["amount"].value)
        for i in invoice.items
    ] == [("Wartung Brennwertkessel", 1.0, 486.0, 486.0), ("Zündelektrode", 2.0, 38.9, 77.8)]
    # The positions' rows, tagged with a line's business terms, give no document sum.
    assert _value(invoice, "total_amount") == 670.92


def test_english_address_line_caption() -> None:
    rows: list[Row] = []
    for x, name, street, code, town in (
        (50, "Alpenrand Logistik GmbH", "Salzachstraße 19", "5020", "Salzburg"),
        (310, "Softwerk Nordlicht GmbH", "Hafenkante 21", "24103", "Kiel"),
    ):
        for offset, (caption, value) in enumerate(
            [("Name", name), ("Address line", street), ("Post code", code), ("City", town)]
        ):
            rows.append((x, 80 + 11.5 * offset, caption, "", value))
    rows += [(50, 160, "Invoice number", "", "SN-INV-250411")]
    rows += [(50, 600, "Invoice total amount with VAT", "", "7,370.00")]
    invoice = _invoice(rows, [(50, 50, "Invoice"), (50, 70, "Buyer"), (310, 70, "Seller")])
    assert _value(invoice, "seller_address") == "Hafenkante 21, 24103 Kiel"


def test_british_postcode_before_the_town() -> None:
    plain = [
        (45, 40, "INVOICE"),
        (45, 60, "Invoice number: HA-2025-0613"),
        (48, 100, "Supplier"),
        (300, 100, "Customer"),
        (48, 117, "Harrowgate Analytics Ltd"),
        (300, 117, "Crestline Biotech Inc."),
        (48, 128, "71 Canal Wharf"),
        (300, 128, "400 Innovation Drive"),
        (48, 139, "LS11 5PS Leeds"),
        (300, 139, "Cambridge, MA 02142"),
        (48, 150, "United Kingdom"),
        (300, 150, "United States"),
        (355, 400, "Total with VAT   USD 15,320.00"),
    ]
    invoice = _invoice([], plain)
    address = _value(invoice, "seller_address")
    assert isinstance(address, str) and address.startswith("71 Canal Wharf, LS11 5PS Leeds")


def _word(text: str, x0: float, size: float) -> Word:
    return Word(text, Box(1, x0, 100 - size, x0 + 0.5 * size * len(text), 100))


def test_a_reference_as_large_as_the_text_around_it_stays() -> None:
    words = [_word("Adapter", 50, 8), _word("BT-100", 82, 8), _word("schwarz", 111, 8)]
    page = PageText(page=1, width=595, height=842, words=words)
    lines = without_term_refs(build_lines(page))
    assert lines[0].text == "Adapter BT-100 schwarz"


def test_a_small_tag_between_caption_and_value_cuts_the_cell_there() -> None:
    # Caption, tag and value a narrow gap apart: one cell, which the tag cuts in two.
    words = [_word("Rechnungsnummer", 50, 8), _word("BT-1", 113, 5.5), _word("BW-004117", 125, 8)]
    page = PageText(page=1, width=595, height=842, words=words)
    lines = without_term_refs(build_lines(page))
    assert [cell.text for cell in lines[0].cells] == ["Rechnungsnummer", "BW-004117"]
