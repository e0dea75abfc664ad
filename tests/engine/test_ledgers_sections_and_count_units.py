"""Item tables as online vendors and translators print them: captions glued by a tight
header, captions at their columns' left edges over right-aligned figures, sections with
their sub-totals, counts in words or nights, and ledgers of charges beside payments."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _right(x1: float, y: float, text: str) -> tuple[float, float, str]:
    """The text right-aligned at x1, as a figure in its column."""
    return (x1 - stringWidth(text, "Helvetica", 10), y, text)


def _items(page: list[tuple[float, float, str]]) -> list[tuple[object, ...]]:
    result = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    return [
        (i["description"], i.get("quantity"), i.get("unit_price"), i["amount"])
        for i in result["line_items"]
    ]


def _letterhead() -> list[tuple[float, float, str]]:
    return [
        (60, 60, "Kerzenwerk Beispiel GmbH"),
        (360, 100, "Rechnungsnummer:"),
        (460, 100, "R-24-1048"),
        (360, 114, "Rechnungsdatum:"),
        (460, 114, "07.06.2024"),
    ]


def test_two_captions_glued_into_one_word_head_two_columns() -> None:
    # "Menge" right-aligned where "Einzelpreis" starts: the text layer reads one word.
    glued = _right(340, 200, "Menge")
    page = [
        *_letterhead(),
        (60, 200, "Pos."),
        (90, 200, "Artikel"),
        glued,
        (340, 200, "Einzelpreis netto"),
        (440, 200, "USt."),
        (480, 200, "Gesamt"),
        (60, 220, "1"),
        (90, 220, "Duftkerze Lavendel"),
        _right(340, 220, "2"),
        _right(420, 220, "16,58"),
        _right(462, 220, "20 %"),
        _right(530, 220, "33,16"),
        (60, 236, "2"),
        (90, 236, "Geschenkverpackung"),
        _right(340, 236, "1"),
        _right(420, 236, "2,50"),
        _right(462, 236, "20 %"),
        _right(530, 236, "2,50"),
        (400, 270, "Summe netto"),
        _right(530, 270, "35,66"),
        (400, 284, "Rechnungsbetrag"),
        _right(530, 284, "42,79"),
    ]
    assert _items(page) == [
        ("Duftkerze Lavendel", 2.0, 16.58, 33.16),
        ("Geschenkverpackung", 1.0, 2.5, 2.5),
    ]


def test_sections_with_sub_totals_under_left_aligned_captions() -> None:
    # A phone bill: the sum to pay printed over the table, captions at their columns' left
    # edges, figures right-aligned well past them, sections each closed by a sub-total.
    page = [
        (60, 60, "Ondelia Telecom SA"),
        (360, 100, "Facture n° : F-2024-0588"),
        (360, 114, "Date de facture : 06/05/2024"),
        (60, 160, "Montant total à payer"),
        _right(300, 160, "29,42 €"),
        (60, 176, "Prélevé à partir du 20/05/2024 sur votre compte"),
        (410, 192, "Qté"),
        (428, 192, "P.U. HT"),
        (470, 192, "Montant HT"),
        (46, 208, "ABONNEMENTS ET FORFAITS"),
        (44, 222, "Forfait Ondelia 80 Go"),
        _right(420, 222, "1"),
        _right(490, 222, "16,66"),
        _right(552, 222, "16,66"),
        (400, 236, "Sous-total"),
        _right(552, 236, "16,66 €"),
        (46, 252, "CONSOMMATIONS HORS FORFAIT"),
        (44, 266, "Appels vers l'international (min)"),
        _right(420, 266, "12"),
        _right(490, 266, "0,35"),
        _right(552, 266, "4,20"),
        (44, 280, "SMS vers numéros surtaxés"),
        _right(420, 280, "3"),
        _right(490, 280, "0,50"),
        _right(552, 280, "1,50"),
        (400, 294, "Sous-total"),
        _right(552, 294, "5,70 €"),
        (340, 320, "Total HT"),
        _right(552, 320, "22,36 €"),
        (340, 334, "TVA 20 %"),
        _right(552, 334, "4,47 €"),
        (340, 348, "Total TTC"),
        _right(552, 348, "26,83 €"),
    ]
    assert _items(page) == [
        ("Forfait Ondelia 80 Go", 1.0, 16.66, 16.66),
        ("Appels vers l'international (min)", 12.0, 0.35, 4.2),
        ("SMS vers numéros surtaxés", 3.0, 0.5, 1.5),
    ]


def test_words_counted_and_priced_per_word() -> None:
    # A translator bills the words translated at a price per word.
    page = [
        (40, 40, "Lucía Morales Quintana"),
        (400, 40, "FACTURA"),
        (400, 56, "Nº 2026-021"),
        (54, 200, "Concepto"),
        (330, 200, "Palabras"),
        (378, 200, "Precio/palabra"),
        (500, 200, "Importe"),
        (54, 220, "Traducción jurada de contrato"),
        _right(368, 220, "4.520"),
        _right(440, 220, "0,09"),
        _right(540, 220, "406,80 €"),
        (54, 236, "Traducción jurada de poder notarial"),
        _right(368, 236, "1.180"),
        _right(440, 236, "0,09"),
        _right(540, 236, "106,20 €"),
        (366, 270, "Base imponible"),
        _right(540, 270, "513,00 €"),
        (366, 284, "IVA 21 %"),
        _right(540, 284, "107,73 €"),
        (366, 298, "TOTAL A PAGAR"),
        _right(540, 298, "620,73 €"),
    ]
    assert _items(page) == [
        ("Traducción jurada de contrato", 4520.0, 0.09, 406.8),
        ("Traducción jurada de poder notarial", 1180.0, 0.09, 106.2),
    ]


def test_ledger_charges_are_items_and_payments_are_not() -> None:
    # A hotel folio: charges and payments in two columns, no "Amount" caption.
    page = [
        (188, 60, "HOTEL MIRADOR"),
        (300, 100, "Nº Factura:"),
        (400, 100, "FV24-003187"),
        (300, 114, "Fecha:"),
        (400, 114, "15/04/2024"),
        (54, 200, "Fecha"),
        (114, 200, "Concepto"),
        (315, 200, "Cant."),
        (376, 200, "Precio"),
        (447, 200, "Cargo"),
        (515, 200, "Abono"),
        (54, 216, "12/04/24"),
        (114, 216, "Alojamiento Hab. 214"),
        _right(336, 216, "1"),
        _right(402, 216, "118,00"),
        _right(472, 216, "118,00"),
        (54, 230, "12/04/24"),
        (114, 230, "Desayuno buffet"),
        _right(336, 230, "2"),
        _right(402, 230, "14,50"),
        _right(472, 230, "29,00"),
        (54, 244, "13/04/24"),
        (114, 244, "Pago VISA ****4417"),
        _right(542, 244, "147,00"),
        (380, 270, "Total cargos"),
        _right(522, 270, "147,00 EUR"),
        (380, 284, "Saldo pendiente"),
        _right(522, 284, "0,00 EUR"),
    ]
    assert _items(page) == [
        ("Alojamiento Hab. 214", 1.0, 118.0, 118.0),
        ("Desayuno buffet", 2.0, 14.5, 29.0),
    ]


def test_debit_and_credit_columns_without_counts() -> None:
    # An account statement's postings: a transfer received under "Credit" is no item, and
    # its figure does not make the sum of the charges above.
    page = [
        (60, 60, "Harbour Marina Ltd"),
        (360, 100, "Invoice No."),
        (440, 100, "M-5521"),
        (360, 114, "Date"),
        (440, 114, "30/06/2024"),
        (60, 200, "Date"),
        (120, 200, "Description"),
        (400, 200, "Debit"),
        (480, 200, "Credit"),
        (60, 216, "01/06/24"),
        (120, 216, "Berth fee June"),
        _right(440, 216, "420.00"),
        (60, 230, "12/06/24"),
        (120, 230, "Electricity"),
        _right(440, 230, "37.50"),
        (60, 244, "20/06/24"),
        (120, 244, "Bank transfer received"),
        _right(520, 244, "300.00"),
        (120, 270, "Balance due"),
        _right(440, 270, "157.50"),
    ]
    assert _items(page) == [
        ("Berth fee June", None, None, 420.0),
        ("Electricity", None, None, 37.5),
    ]
