"""Apparel, footwear and sports-equipment wholesale invoices: size matrices between the
colour and the count ("36 | 37 | 38 | 39" over each article's pairs per size), a count
captioned "Pairs" / "Paare", size scales printed between a table's rows, a title over the
size columns, delivery-note blocks each closed by its own sum, a sidebar's VAT id beside the
rows, a count cell a scan's OCR dropped, and Spain's recargo de equivalencia captioned with
its rate in a totals grid."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _items(texts: list[Text]) -> list[tuple[Any, ...]]:
    result = extract_canonical(make_placed_pdf(texts, 8), use_einvoice=False)
    return [
        (i.get("description"), i.get("quantity"), i.get("unit_price"), i.get("amount"))
        for i in result["line_items"]
    ]


def _head(title: str) -> list[Text]:
    return [
        (40, 40, "Brenntal Footwear Ltd", False),
        (420, 40, title, False),
        (40, 52, "12 Mill Lane, Kendal LA9 4QX", False),
        (420, 52, "No. 7731-22", False),
        (420, 64, "Date 04.03.2024", False),
    ]


def _sized_row(y: float, cells: list[str], sizes: list[str], figures: list[str]) -> list[Text]:
    """An article row: code, name, colour at the left, its counts per size, its figures."""
    row: list[Text] = [(40, y, cells[0], False), (90, y, cells[1], False)]
    row.append((220, y, cells[2], False))
    row += [(290 + 18 * n, y, text, True) for n, text in enumerate(sizes) if text]
    rights = (400, 440, 480, 560)
    row += [(x, y, text, True) for x, text in zip(rights, figures, strict=True)]
    return row


def test_pairs_caption_counts_beside_size_columns() -> None:
    texts = _head("INVOICE")
    captions = ["Style", "Description", "Colour"]
    texts += [(40, 120, captions[0], False), (90, 120, captions[1], False)]
    texts += [(220, 120, captions[2], False)]
    texts += [(290 + 18 * n, 120, size, True) for n, size in enumerate(["38", "39", "40", "41"])]
    texts += [
        (x, 120, c, True)
        for x, c in zip((400, 440, 480, 560), ("Pairs", "RRP", "WHS", "Amount"), strict=True)
    ]
    texts += _sized_row(
        136,
        ["BF-11", "Harrow Walker", "black"],
        ["1", "2", "2", "1"],
        ["6", "89.95", "41.00", "246.00"],
    )
    texts += _sized_row(
        150,
        ["BF-12", "Harrow Walker Lady", "tan"],
        ["2", "3", "", "1"],
        ["6", "89.95", "41.00", "246.00"],
    )
    texts += _sized_row(
        164, ["BF-40", "Wool Sock", "grey"], ["", "", "", ""], ["20", "12.95", "4.50", "90.00"]
    )
    texts += [(440, 190, "Net total", False), (560, 190, "582.00", True)]
    texts += [(440, 202, "VAT 20%", False), (560, 202, "116.40", True)]
    texts += [(440, 214, "Total", False), (560, 214, "698.40", True)]
    assert _items(texts) == [
        ("Harrow Walker", 6.0, 41.0, 246.0),
        ("Harrow Walker Lady", 6.0, 41.0, 246.0),
        ("Wool Sock", 20.0, 4.5, 90.0),
    ]


def test_title_over_size_columns_heads_no_count() -> None:
    # "Größen / Stück" over the size columns: the count is "Menge" on the header's line.
    texts = _head("RECHNUNG")
    texts += [(290, 110, "Größen / Stück", False)]
    texts += [(40, 120, "Art.", False), (90, 120, "Bezeichnung", False), (220, 120, "Farbe", False)]
    texts += [(290 + 18 * n, 120, size, True) for n, size in enumerate(["S", "M", "L", "XL"])]
    texts += [
        (x, 120, c, True)
        for x, c in zip((400, 440, 480, 560), ("Menge", "UVP", "EK", "Betrag"), strict=True)
    ]
    texts += _sized_row(
        136,
        ["31-10", "Fleecejacke Kamm", "rot"],
        ["2", "4", "4", "1"],
        ["11", "99,95", "45,00", "495,00"],
    )
    texts += _sized_row(
        150,
        ["31-11", "Fleecejacke Grat", "blau"],
        ["1", "3", "3", "2"],
        ["9", "99,95", "45,00", "405,00"],
    )
    texts += [(400, 180, "Nettobetrag", False), (560, 180, "900,00", True)]
    texts += [(400, 192, "zzgl. 19 % MwSt.", False), (560, 192, "171,00", True)]
    texts += [(400, 204, "Rechnungsbetrag", False), (560, 204, "1.071,00", True)]
    assert _items(texts) == [
        ("Fleecejacke Kamm", 11.0, 45.0, 495.0),
        ("Fleecejacke Grat", 9.0, 45.0, 405.0),
    ]


def test_size_scale_lines_between_rows_end_no_table() -> None:
    texts = _head("FACTURE")
    captions = ("Réf.", "Désignation", "Coloris", "Qté", "PVC", "PU net", "Montant HT")
    xs = (
        (40, False),
        (90, False),
        (220, False),
        (400, True),
        (440, True),
        (480, True),
        (560, True),
    )
    texts += [(x, 120, c, right) for (x, right), c in zip(xs, captions, strict=True)]
    texts += [(40, 134, "BL 88-101 du 01/02/2024 · SKIS", False)]
    texts += [(222, 146, "longueur (cm)", False)]
    texts += [(290 + 18 * n, 146, s, True) for n, s in enumerate(["150", "158", "166", "174"])]
    texts += _sized_row(
        158,
        ["SK-1", "Ski Rocher 90", "noir"],
        ["1", "2", "2", "1"],
        ["6", "599,00", "300,00", "1 800,00"],
    )
    texts += [(40, 172, "BL 88-102 du 02/02/2024 · CHAUSSURES", False)]
    texts += [(222, 184, "Mondopoint", False)]
    texts += [(290 + 18 * n, 184, s, True) for n, s in enumerate(["25,5", "26,5", "27,5", "28,5"])]
    texts += _sized_row(
        196,
        ["CH-1", "Chaussure Lac 110", "bleu"],
        ["1", "1", "1", ""],
        ["3", "499,00", "250,00", "750,00"],
    )
    texts += [(400, 224, "Total HT", False), (560, 224, "2 550,00", True)]
    texts += [(400, 236, "TVA 20 %", False), (560, 236, "510,00", True)]
    texts += [(400, 248, "Total TTC", False), (560, 248, "3 060,00", True)]
    assert _items(texts) == [
        ("Ski Rocher 90", 6.0, 300.0, 1800.0),
        ("Chaussure Lac 110", 3.0, 250.0, 750.0),
    ]


def test_delivery_note_sum_ends_no_table_when_next_note_follows() -> None:
    texts = _head("RECHNUNG")
    captions = ("Art.", "Bezeichnung", "Farbe", "Menge", "UVP", "EK", "Betrag")
    xs = (
        (40, False),
        (90, False),
        (220, False),
        (400, True),
        (440, True),
        (480, True),
        (560, True),
    )
    texts += [(x, 120, c, right) for (x, right), c in zip(xs, captions, strict=True)]
    texts += [
        (
            40,
            134,
            "Lieferschein 7001 vom 01.02.2024 · Auftrag 55 · Ihre Vororder VO-9 vom 03.10.2023",
            False,
        )
    ]
    texts += _sized_row(
        148,
        ["11-1", "Wanderhose Alm", "oliv"],
        ["", "", "", ""],
        ["10", "99,95", "50,00", "500,00"],
    )
    texts += _sized_row(
        162,
        ["11-2", "Wanderhose Grat", "sand"],
        ["", "", "", ""],
        ["4", "99,95", "50,00", "200,00"],
    )
    texts += [(380, 176, "Summe Lieferschein 7001", False), (560, 176, "700,00", True)]
    texts += [
        (
            40,
            192,
            "Lieferschein 7002 vom 05.02.2024 · Auftrag 61 · Ihre Nachorder NO-4 vom 01.02.2024",
            False,
        )
    ]
    texts += _sized_row(
        206,
        ["12-7", "Daunenweste Joch", "rot"],
        ["", "", "", ""],
        ["3", "149,95", "70,00", "210,00"],
    )
    texts += _sized_row(
        220, ["12-8", "Mütze Kar", "grau"], ["", "", "", ""], ["5", "19,95", "8,00", "40,00"]
    )
    texts += [(380, 234, "Summe Lieferschein 7002", False), (560, 234, "250,00", True)]
    texts += [(380, 254, "Nettobetrag", False), (560, 254, "950,00", True)]
    texts += [(380, 266, "zzgl. 19 % MwSt.", False), (560, 266, "180,50", True)]
    texts += [(380, 278, "Rechnungsbetrag EUR", False), (560, 278, "1.130,50", True)]
    assert [(d, a) for d, _q, _p, a in _items(texts)] == [
        ("Wanderhose Alm", 500.0),
        ("Wanderhose Grat", 200.0),
        ("Daunenweste Joch", 210.0),
        ("Mütze Kar", 40.0),
    ]


def test_sidebar_vat_id_beside_rows_ends_no_table() -> None:
    # A dark sidebar left of the items prints the seller's registration: "Btw NL…B01" level
    # with a row is the sidebar's line, no tax line under the items.
    texts: list[Text] = [
        (10, 40, "ADRES", False),
        (10, 52, "Kade 4, 1011 AB Amsterdam", False),
        (200, 40, "Factuur", False),
        (420, 52, "Factuurnummer 2024-88", False),
        (420, 64, "Factuurdatum 01-03-2024", False),
    ]
    captions = ("Art.nr.", "Omschrijving", "Aantal", "Prijs", "Bedrag")
    xs = ((200, False), (250, False), (420, True), (480, True), (560, True))
    texts += [(x, 120, c, right) for (x, right), c in zip(xs, captions, strict=True)]
    rows = [
        ("ZN-1", "Wollen jas Ilse", "4", "120,00", "480,00"),
        ("ZN-2", "Rok plissé Mare", "6", "40,00", "240,00"),
        ("ZN-3", "Trui Wiebe", "5", "30,00", "150,00"),
        ("ZN-4", "Riem Jelle", "8", "10,00", "80,00"),
    ]
    for n, row in enumerate(rows):
        y = 136 + 14 * n
        texts += [(x, y, c, right) for (x, right), c in zip(xs, row, strict=True)]
    texts += [(10, 143, "KvK 81234567", False), (10, 157, "Btw NL001234567B01", False)]
    texts += [(400, 200, "Totaal excl. btw", False), (560, 200, "950,00", True)]
    texts += [(400, 212, "Btw 21%", False), (560, 212, "199,50", True)]
    texts += [(400, 224, "Totaal te betalen", False), (560, 224, "1.149,50", True)]
    assert [d for d, *_rest in _items(texts)] == [
        "Wollen jas Ilse",
        "Rok plissé Mare",
        "Trui Wiebe",
        "Riem Jelle",
    ]


def test_blank_count_cell_counted_from_the_price_that_divides_the_amount() -> None:
    # "UVP | HEK" unknown captions beside "Menge": a row whose count cell is empty keeps
    # its retail price out of the count; its wholesale price counts the units.
    texts = _head("RECHNUNG")
    captions = ("Art.", "Bezeichnung", "Grösse", "Menge", "UVP", "HEK", "Betrag")
    xs = (
        (40, False),
        (90, False),
        (220, False),
        (330, True),
        (400, True),
        (460, True),
        (560, True),
    )
    texts += [(x, 120, c, right) for (x, right), c in zip(xs, captions, strict=True)]
    rows = [
        ("G-1", "Klettergurt Fels", "S", "2", "89.90", "46.80", "93.60"),
        ("G-2", "Klettergurt Fels", "M", "", "89.90", "46.80", "187.20"),
        ("G-3", "Klettergurt Fels", "L", "3", "89.90", "46.80", "140.40"),
    ]
    for n, row in enumerate(rows):
        y = 136 + 14 * n
        texts += [(x, y, c, right) for (x, right), c in zip(xs, row, strict=True) if c]
    texts += [(400, 190, "Total netto", False), (560, 190, "421.20", True)]
    texts += [(400, 202, "MWST 8.1%", False), (560, 202, "34.12", True)]
    texts += [(400, 214, "Total CHF", False), (560, 214, "455.32", True)]
    assert [(q, p, a) for _d, q, p, a in _items(texts)] == [
        (2.0, 46.8, 93.6),
        (4.0, 46.8, 187.2),
        (3.0, 46.8, 140.4),
    ]


def test_equivalence_surcharge_captioned_with_its_rate_is_tax() -> None:
    captions = ["Importe bruto", "Portes", "Base imponible", "IVA 21%", "R.E. 5,2%", "TOTAL"]
    figures = ["1.000,00", "20,00", "1.020,00", "214,20", "53,04", "1.287,24 €"]
    rights = [110, 180, 270, 350, 430, 530]
    texts: list[Text] = [
        (50, 40, "Calzados Ribera Alta, S.L.", False),
        (420, 40, "FACTURA", False),
        (50, 60, "03201 Elche", False),
        (50, 150, "Zapato de prueba", False),
        (500, 150, "1.000,00", True),
    ]
    for right, caption, figure in zip(rights, captions, figures, strict=True):
        texts += [(right, 300, caption, True), (right, 318, figure, True)]
    fields = extract_canonical(make_placed_pdf(texts, 9), use_einvoice=False)["fields"]
    assert fields["net_amount"] == 1020.00
    assert fields["tax_amount"] == 267.24
    assert fields["total_amount"] == 1287.24
