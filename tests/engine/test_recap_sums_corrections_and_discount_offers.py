"""Totals blocks read by their sum rows and captions: a VAT recap's sum row beside a boxed
amount to pay, a correction note's difference row, a compound Dutch "Factuurtotaal", an
early-payment offer's discounted sum, a Slovak balance after a deposit, and the Spanish
Facturae viewer's totals ("antes de impuestos", "retenidos", "Total a ejecutar")."""

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


def _block(top: float, rows: list[tuple[str, str]], label_x: float = 300) -> list[Text]:
    out: list[Text] = []
    for offset, (caption, value) in enumerate(rows):
        y = top + 14 * offset
        out += [(label_x, y, caption, False), (540, y, value, True)]
    return out


def _grid(top: float, rows: list[list[str]], xs: list[float]) -> list[Text]:
    """A recap table: the first cell left-aligned at xs[0], the figures right-aligned."""
    out: list[Text] = []
    for offset, row in enumerate(rows):
        y = top + 14 * offset
        out.append((xs[0], y, row[0], False))
        out += [(x, y, cell, True) for x, cell in zip(xs[1:], row[1:], strict=True)]
    return out


def test_compound_invoice_total_and_an_early_payment_offer_are_read_apart() -> None:
    invoice = _invoice(
        [
            (50, 60, "Groothandel Noordpunt B.V.", False),
            (50, 110, "FACTUUR", False),
            (50, 130, "Factuurnummer", False),
            (150, 130, "7733120", False),
            (50, 142, "Factuurdatum", False),
            (150, 142, "02-02-2026", False),
            *_block(
                400,
                [
                    ("Totaal artikelen", "1.200,00"),
                    ("Grondslag BTW 21%", "1.200,00"),
                    ("BTW 21%", "252,00"),
                    ("Factuurtotaal EUR", "1.452,00"),
                ],
            ),
            (
                50,
                480,
                "Betaling binnen 30 dagen. Bij betaling binnen 10 dagen 2% kredietbeperking:"
                " te betalen 1.422,96 EUR.",
                False,
            ),
        ]
    )
    assert _value(invoice, "total_amount") == 1452.0
    assert _value(invoice, "tax_amount") == 252.0
    assert _value(invoice, "net_amount") == 1200.0
    # The sum left after the early-payment discount is an offer, not what is due.
    assert _value(invoice, "amount_due") == 1452.0


def test_vat_recap_sum_row_beside_a_boxed_amount_to_pay() -> None:
    invoice = _invoice(
        [
            (50, 60, "Pekárna U Mlýna s.r.o.", False),
            (50, 110, "Faktura – daňový doklad", False),
            (50, 130, "Číslo faktury", False),
            (150, 130, "2026-0451", False),
            (50, 300, "Rekapitulace DPH", False),
            (440, 305, "Celkem k úhradě", False),
            *_grid(
                318,
                [
                    ["Sazba DPH", "Základ daně", "DPH", "Celkem"],
                    ["12 %", "2 500,00", "300,00", "2 800,00"],
                    ["21 %", "1 000,00", "210,00", "1 210,00"],
                    ["Součet", "3 500,00", "510,00", "4 010,00"],
                ],
                [50, 175, 240, 315],
            ),
            (520, 346, "4 010,00 Kč", True),
        ]
    )
    assert _value(invoice, "net_amount") == 3500.0
    assert _value(invoice, "tax_amount") == 510.0
    assert _value(invoice, "total_amount") == 4010.0
    assert _value(invoice, "amount_due") == 4010.0


def test_correction_note_reads_its_difference_row() -> None:
    invoice = _invoice(
        [
            (50, 60, "Meblex Sp. z o.o.", False),
            (50, 110, "Faktura korygująca nr KOR/11/2026", False),
            (50, 280, "Podsumowanie", False),
            *_grid(
                296,
                [
                    ["", "Netto", "VAT 23%", "Brutto"],
                    ["Przed korektą", "5 000,00", "1 150,00", "6 150,00"],
                    ["Po korekcie", "4 400,00", "1 012,00", "5 412,00"],
                    ["Różnica (korekta)", "-600,00", "-138,00", "-738,00"],
                ],
                [50, 260, 340, 420],
            ),
        ]
    )
    assert abs(float(str(_value(invoice, "net_amount")))) == 600.0
    assert abs(float(str(_value(invoice, "tax_amount")))) == 138.0
    assert abs(float(str(_value(invoice, "total_amount")))) == 738.0


def test_slovak_balance_left_after_a_deposit_is_the_amount_due() -> None:
    invoice = _invoice(
        [
            (50, 60, "Drevotex Slovakia s.r.o.", False),
            (50, 110, "Faktúra č. 2600912", False),
            *_block(
                330,
                [
                    ("Základ DPH 23 %", "2.000,00 €"),
                    ("DPH 23 %", "460,00 €"),
                    ("Celkom s DPH", "2.460,00 €"),
                    ("Uhradené zálohou (ZF-0077)", "-1.000,00 €"),
                ],
            ),
            (300, 395, "Zostáva uhradiť:", False),
            (540, 395, "1.460,00 €", True),
        ]
    )
    assert _value(invoice, "total_amount") == 2460.0
    assert _value(invoice, "amount_due") == 1460.0


def test_facturae_viewer_totals_before_taxes_withheld_and_executable() -> None:
    invoice = _invoice(
        [
            (50, 60, "Maderas del Ebro S.L.", False),
            (50, 110, "Factura A-2026/0088", False),
            (300, 280, "Totales", False),
            *_block(
                296,
                [
                    ("Total importe bruto", "5.200,00"),
                    ("Total descuentos generales", "200,00"),
                    ("Total importe bruto antes de impuestos", "5.000,00"),
                    ("Total impuestos repercutidos", "1.050,00"),
                    ("Total impuestos retenidos", "0,00"),
                    ("Total factura", "6.050,00 €"),
                    ("Anticipos (10/01/2026)", "1.000,00"),
                    ("Total a ejecutar", "5.050,00 €"),
                ],
            ),
        ]
    )
    assert _value(invoice, "net_amount") == 5000.0
    assert _value(invoice, "tax_amount") == 1050.0
    assert _value(invoice, "total_amount") == 6050.0
    assert _value(invoice, "amount_due") == 5050.0
