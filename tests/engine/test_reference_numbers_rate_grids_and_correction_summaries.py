"""A credit note's reference line quoting the invoice it corrects ("Rif. fattura n. ..."), a
per-rate VAT grid whose tax column is a bare "Cuota" right of "% IVA", and a correction
note's summary rows ("Przed korektą", "Po korekcie") under its items, which are no items."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9, font=_FONT))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _row(y: float, cells: list[tuple[float, str, bool]]) -> list[Text]:
    return [(x, y, text, right) for x, text, right in cells]


def test_number_in_a_reference_line_yields_to_the_numero_caption() -> None:
    invoice = _invoice(
        [
            (50, 40, "Ortofrutta Lombarda S.r.l.", False),
            (50, 52, "Via Novara 12 · 20147 Milano (MI) · P.IVA 01234560157", False),
            (50, 90, "NOTA DI CREDITO", False),
            (330, 90, "Cliente", False),
            (50, 108, "Numero: NC 17/2024", False),
            (330, 108, "Bar Centrale S.n.c.", False),
            (50, 120, "Data: 14/11/2024", False),
            (330, 120, "Piazza Duomo 3", False),
            (50, 132, "Tipo documento: TD04", False),
            (330, 132, "20121 Milano (MI)", False),
            (50, 144, "Rif. fattura n. 2024/0412 del 30/10/2024", False),
            (50, 200, "Descrizione", False),
            (420, 200, "Importo", True),
            (50, 215, "Reso cassette mele", False),
            (420, 215, "100,00", True),
            (300, 260, "Totale imponibile", False),
            (540, 260, "100,00", True),
            (300, 274, "IVA 10%", False),
            (540, 274, "10,00", True),
            (300, 288, "TOTALE NOTA DI CREDITO €", False),
            (540, 288, "110,00", True),
        ]
    )
    assert _value(invoice, "invoice_number") == "NC 17/2024"


def test_cuota_right_of_the_rate_column_is_the_tax_of_each_rate() -> None:
    grid = [
        ("Base imponible", "% IVA", "Cuota", "Total"),
        ("2.000,00", "10,00", "200,00", "2.200,00"),
        ("1.000,00", "21,00", "210,00", "1.210,00"),
    ]
    texts: list[Text] = [
        (50, 40, "Suministros Levante, S.L.", False),
        (400, 40, "FACTURA A-2025/311", False),
        (50, 52, "Calle Colón 20, 46004 Valencia · CIF B46123456", False),
        (400, 52, "Fecha factura: 11/04/2025", False),
        (50, 110, "Descripción", False),
        (480, 110, "Importe", True),
        (50, 125, "Naranjas caja 10 kg", False),
        (480, 125, "2.000,00", True),
        (50, 140, "Detergente 5 l", False),
        (480, 140, "1.000,00", True),
    ]
    for offset, (base, rate, share, total) in enumerate(grid):
        y = 200 + 14 * offset
        if offset == 0:
            left = [(270.0, base), (372.0, rate), (447.0, share), (532.0, total)]
            texts += _row(y, [(x, text, False) for x, text in left])
        else:
            right = [(330.0, base), (400.0, rate), (475.0, share), (553.0, total)]
            texts += _row(y, [(x, text, True) for x, text in right])
    texts += [(300, 260, "TOTAL FACTURA", False), (553, 260, "3.410,00 EUR", True)]
    invoice = _invoice(texts)
    assert _value(invoice, "net_amount") == 3000.0
    assert _value(invoice, "tax_amount") == 410.0
    assert _value(invoice, "total_amount") == 3410.0


def test_correction_summary_rows_under_the_items_are_no_items() -> None:
    xs = [(45, False), (70, False), (300, True), (360, True), (400, True), (470, True), (550, True)]
    header = ["Lp.", "Nazwa", "Ilość", "Cena netto", "VAT", "Wart. netto", "Wart. brutto"]
    items = [
        ["1", "Drukarka laserowa – zwrot", "-1", "1 200,00", "23%", "-1 200,00", "-1 476,00"],
        ["2", "Toner czarny – zwrot", "-3", "150,00", "23%", "-450,00", "-553,50"],
    ]
    texts: list[Text] = [
        (50, 40, "BIURO-MAX", False),
        (150, 70, "FAKTURA KORYGUJĄCA nr FK/2024/11/007", False),
        (50, 110, "Sprzedawca", False),
        (320, 110, "Nabywca", False),
        (50, 122, "Biuro-Max Sp. z o.o.", False),
        (320, 122, "Pracownia Projektowa Kowal", False),
        (50, 134, "ul. Prosta 5, 00-838 Warszawa", False),
        (320, 134, "ul. Lipowa 9, 20-020 Lublin", False),
        (50, 146, "NIP: 5260001246", False),
        (320, 146, "NIP: 9462001234", False),
        (50, 170, "Data wystawienia: 2024-11-15", False),
    ]
    for offset, cells in enumerate([header, *items]):
        y = 210 + 15 * offset
        texts += [(x, y, text, right) for (x, right), text in zip(xs, cells, strict=True)]
    summary = [
        ("Podsumowanie", "Netto", "VAT 23%", "Brutto"),
        ("Przed korektą", "9 800,00", "2 254,00", "12 054,00"),
        ("Po korekcie", "8 150,00", "1 874,50", "10 024,50"),
        ("Razem korekta", "-1 650,00", "-379,50", "-2 029,50"),
    ]
    for offset, (label, net, tax, gross) in enumerate(summary):
        y = 300 + 14 * offset
        texts += [(230, y, label, False)]
        texts += [(380, y, net, True), (460, y, tax, True), (550, y, gross, True)]
    texts.append((50, 380, "Do zwrotu: 2 029,50 PLN", False))
    invoice = _invoice(texts)
    descriptions = [str(item["description"].value) for item in invoice.items]
    assert descriptions == ["Drukarka laserowa – zwrot", "Toner czarny – zwrot"]
