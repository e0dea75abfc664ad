"""Totals that hold a second tax or a discount before the tax: Spain's recargo de
equivalencia printed as its own column of a one-row totals grid (its cuota is tax besides
the IVA, its rate column holds no amount), and a French "Escompte" row deducted between
"Total HT" and the "Net HT" the TVA is charged on."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _head(title: str, seller: str, town: str) -> list[Text]:
    return [
        (50, 40, seller, False),
        (420, 40, title, False),
        (50, 60, town, False),
        (50, 150, "Concepto de prueba", False),
        (500, 150, "1,00", True),
    ]


def test_equivalence_surcharge_column_is_tax_and_rate_cells_no_amounts() -> None:
    captions = ["Base imponible", "% IVA", "Cuota IVA", "% R.E.", "Cuota R.E.", "TOTAL FACTURA"]
    figures = ["1.240,00", "21,00", "260,40", "5,20", "64,48", "1.564,88 €"]
    rights = [120, 190, 270, 340, 420, 530]
    texts = _head("FACTURA", "Suministros Olmedo Prat, S.L.", "46001 Valencia")
    for right, caption, figure in zip(rights, captions, figures, strict=True):
        texts += [(right, 300, caption, True), (right, 318, figure, True)]
    fields = _invoice(texts).fields
    assert fields["net_amount"].value == 1240.00
    assert fields["tax_amount"].value == 324.88
    assert fields["total_amount"].value == 1564.88


def test_net_after_cash_discount_row_is_the_tax_base() -> None:
    rows = [
        ("Total HT", "1 850,00"),
        ("Escompte 3 % (paiement anticipé)", "- 55,50"),
        ("Net HT", "1 794,50"),
        ("TVA 20 %", "358,90"),
        ("Total TTC", "2 153,40"),
        ("Net à payer", "2 153,40 €"),
    ]
    texts = _head("FACTURE N° F-7781", "Atelier Vernier et Fils", "21000 Dijon")
    for offset, (caption, figure) in enumerate(rows):
        texts += [(330, 300 + 12 * offset, caption, False), (530, 300 + 12 * offset, figure, True)]
    fields = _invoice(texts).fields
    assert fields["net_amount"].value == 1794.50
    assert fields["tax_amount"].value == 358.90
    assert fields["total_amount"].value == 2153.40
