"""Plain-text renderings of e-invoice XML: headings fenced with "=" ("== Verkäufer ====="),
caption | value listings in a monospace font (each word its own cell), and label columns
sized for the longest label, far from short captions like "Name:"."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_invoice_pdf

# (x, y from the top, text)
Text = tuple[float, float, str]


def _invoice(texts: list[Text], font: str) -> CanonicalInvoice:
    return analysed(make_invoice_pdf([texts], font=font, size=9))


def _listing(top: float, rows: list[tuple[str, str]], value_x: float) -> list[Text]:
    out: list[Text] = []
    for offset, (caption, value) in enumerate(rows):
        out += [(60, top + 12.5 * offset, caption), (value_x, top + 12.5 * offset, value)]
    return out


def _page(heading: str, value_x: float, rule: bool) -> list[Text]:
    """A viewer's page: invoice data, the seller's and the buyer's listings, under headings
    fenced with "=" (`heading` formats the caption) or underlined by a rule of dashes."""

    def head(y: float, caption: str) -> list[Text]:
        if rule:
            return [(57, y, caption), (57, y + 8, "-" * 40)]
        return [(57, y, heading.format(caption))]

    return [
        (57, 40, "Rechnung"),
        *head(100, "Rechnungsdaten"),
        *_listing(
            118,
            [
                ("Rechnungsnummer:", "2024-017"),
                ("Rechnungsdatum:", "02.10.2024"),
                ("Zahlungsbedingungen:", "Zahlbar innerhalb von 14 Tagen"),
            ],
            value_x,
        ),
        *head(178, "Verkäufer"),
        *_listing(
            195,
            [
                ("Name:", "Grafikbüro Jana Berger"),
                ("Straße:", "Lindenweg 8"),
                ("PLZ:", "99423"),
                ("Ort:", "Weimar"),
                ("Steuernummer:", "162/234/05527"),
            ],
            value_x,
        ),
        *head(275, "Käufer"),
        *_listing(
            292,
            [
                ("Name:", "Weinkellerei Mittelrhein-Ahr GmbH"),
                ("Straße:", "Am Rebhang 4"),
                ("PLZ:", "06632"),
                ("Ort:", "Freyburg"),
                ("USt-IdNr.:", "DE553331475"),
            ],
            value_x,
        ),
        *head(380, "Summen"),
        *_listing(398, [("Gesamtbetrag netto:", "1.177,50"), ("Zahlbetrag:", "1.177,50")], value_x),
    ]


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def test_fenced_headings_caption_their_parties_in_a_monospace_listing() -> None:
    invoice = _invoice(_page("== {} " + "=" * 40, 217, rule=False), "Courier")
    assert _value(invoice, "seller_name") == "Grafikbüro Jana Berger"
    # The name's last words start past the caption's reach, a monospace word space on.
    assert _value(invoice, "buyer_name") == "Weinkellerei Mittelrhein-Ahr GmbH"
    # "Lindenweg | 8": the street's words in cells of their own.
    assert _value(invoice, "seller_address") == "Lindenweg 8, 99423 Weimar"
    # The seller's block is read, so the buyer's USt-IdNr. is not taken for the seller's.
    assert _value(invoice, "seller_vat_id") is None


def test_headings_fenced_with_stars_or_glued_fences() -> None:
    stars = _invoice(_page("*** {} ***", 217, rule=False), "Courier")
    assert _value(stars, "seller_name") == "Grafikbüro Jana Berger"
    glued = _invoice(_page("=={}==", 217, rule=False), "Courier")
    assert _value(glued, "buyer_name") == "Weinkellerei Mittelrhein-Ahr GmbH"


def test_wide_label_column_keeps_the_address_rows_in_the_party_column() -> None:
    # The label column sized for "Zahlungsbedingungen:" (55 mm): "Name:" stands 130 pt
    # from its value, the "Straße:" / "PLZ:" / "Ort:" captions under it.
    invoice = _invoice(_page("{}", 216, rule=True), "Helvetica")
    assert _value(invoice, "seller_name") == "Grafikbüro Jana Berger"
    assert _value(invoice, "seller_address") == "Lindenweg 8, 99423 Weimar"
