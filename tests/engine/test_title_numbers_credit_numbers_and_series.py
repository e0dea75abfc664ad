"""Document numbers printed without a field caption of their own: in the heading ("FACTUUR
2025-ABC-0417"), after a year range in a bold title, under a correction's or a tax document's
title, as the title word's value in a caption list; a credit note's "Creditnummer" beside the
invoice it credits; a replaced proforma's number under the title; Courier digit groups; and
the full number (series + number) a viewer prints beside the bare one."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, dejavu_fonts, make_pdf

_FONT = "DejaVuSans"
needs_font = dejavu_fonts(_FONT)

# (x, y from the top, text, font, size)
Text = tuple[float, float, str, str, float]

_BODY = [
    (60, 300, "Omschrijving", "Helvetica", 9),
    (300, 300, "Aantal", "Helvetica", 9),
    (460, 300, "Bedrag", "Helvetica", 9),
    (60, 315, "Advieswerk maart", "Helvetica", 9),
    (300, 315, "1", "Helvetica", 9),
    (460, 315, "500,00", "Helvetica", 9),
    (380, 340, "Totaal", "Helvetica", 9),
    (460, 340, "500,00", "Helvetica", 9),
]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_pdf(Drawn(*text) for text in texts))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    field = invoice.fields.get(key)
    return None if field is None else field.value


def _number(texts: list[Text]) -> object:
    return _value(_invoice([*texts, *_BODY]), "invoice_number")


def _plain(rows: list[tuple[float, float, str]], size: float = 9) -> list[Text]:
    return [(x, y, text, "Helvetica", size) for x, y, text in rows]


def test_number_in_the_heading_itself() -> None:
    texts = [
        (60, 40, "Studiebureau Verlinde", "Helvetica", 9),
        (60, 120, "Janssens Techniek NV", "Helvetica", 9),
        (60, 200, "FACTUUR 2025-ABC-0417", "Helvetica-Bold", 14),
        (60, 220, "Gent, 3 februari 2025", "Helvetica", 9),
    ]
    assert _number(texts) == "2025-ABC-0417"


def test_title_word_as_caption_in_a_caption_list() -> None:
    rows = [
        ("Factuur", "203915"),
        ("Datum", "12-01-2025"),
        ("Gast", "Mevr. A. de Wit"),
        ("Kamer", "301"),
    ]
    texts = _plain([(60, 40, "HOTEL AAN DE SCHELDE"), (60, 110, "Bakker Advies B.V.")])
    for offset, (caption, value) in enumerate(rows):
        texts += _plain([(340, 110 + 11.5 * offset, caption), (420, 110 + 11.5 * offset, value)])
    assert _number(texts) == "203915"


def test_credit_number_beside_the_invoice_it_credits() -> None:
    texts = [
        (60, 40, "Rekenhuis B.V.", "Helvetica", 9),
        (60, 120, "Bakker Advies B.V.", "Helvetica", 9),
        (60, 200, "CREDITFACTUUR", "Helvetica-Bold", 14),
        *_plain(
            [
                (60, 225, "Creditnummer"),
                (160, 225, "CN25-0077"),
                (60, 237, "Datum"),
                (160, 237, "4 april 2025"),
                (60, 249, "Betreft factuur"),
                (160, 249, "25-0190 d.d. 1 april 2025"),
            ]
        ),
    ]
    invoice = _invoice([*texts, *_BODY])
    assert _value(invoice, "invoice_number") == "CN25-0077"
    assert _value(invoice, "document_type") == "credit_note"


def test_courier_digit_groups_after_a_number_caption() -> None:
    texts = [
        (60, 40, "Wäscherei Aller GmbH", "Helvetica", 9),
        (60, 120, "Praxis Dr. Lenz", "Helvetica", 9),
        (340, 120, "Rechnungsnr.", "Courier", 8),
        (420, 120, "BX 2025 07 0423", "Courier", 8),
        (340, 131, "Datum", "Courier", 8),
        (420, 131, "2025-07-31", "Courier", 8),
    ]
    assert _number(texts) == "BX 2025 07 0423"


def test_number_after_a_year_range_in_the_title() -> None:
    texts = [
        (60, 40, "Nordische Tierhalter-Versicherung a.G.", "Helvetica", 9),
        (60, 120, "Dr. Petra Holm", "Helvetica", 9),
        (60, 200, "Prämienrechnung 2025/2026 – Nr. PR 2025-0077123", "Helvetica-Bold", 11),
    ]
    assert _number(texts) == "PR 2025-0077123"


def test_replaced_proforma_number_is_a_reference() -> None:
    texts = [
        (60, 30, "XIAMEN BRIGHT LAMPS CO., LTD.", "Helvetica-Bold", 11),
        (200, 80, "COMMERCIAL INVOICE", "Helvetica-Bold", 13),
        (
            150,
            97,
            "(replaces Proforma Invoice No. XB-PI-241105 dated NOV. 5, 2024)",
            "Helvetica",
            8,
        ),
        *_plain(
            [
                (60, 120, "SOLD TO:"),
                (340, 120, "INVOICE NO.:"),
                (430, 120, "XB-CI-250113"),
                (60, 131, "NORDLICHT GMBH"),
                (340, 131, "DATE:"),
                (430, 131, "JAN. 13, 2025"),
            ]
        ),
    ]
    assert _number(texts) == "XB-CI-250113"


def test_number_signed_under_a_correction_title() -> None:
    texts = [
        (60, 26, "SWIATLO", "Helvetica-Bold", 16),
        (360, 26, "FAKTURA KORYGUJACA", "Helvetica-Bold", 13),
        (60, 46, "hurtownia lamp", "Helvetica", 8),
        (360, 46, "nr KR/0031/2025", "Helvetica", 10),
        (60, 70, "Data wystawienia:", "Helvetica", 9),
        (160, 70, "2025-03-09", "Helvetica", 9),
    ]
    assert _number(texts) == "KR/0031/2025"


@needs_font
def test_number_signed_under_a_tax_document_title() -> None:
    texts = [
        (60, 26, "PENA Slovakia s.r.o.", _FONT, 11),
        (340, 26, "FAKTÚRA - DAŇOVÝ DOKLAD", _FONT, 13),
        (60, 42, "Hlavná 12, 040 01 Košice", _FONT, 8),
        (420, 42, "č. FB25-00412", _FONT, 10),
        (60, 190, "Dátum vyhotovenia:", _FONT, 9),
        (160, 190, "16.02.2025", _FONT, 9),
        (60, 202, "Variabilný symbol:", _FONT, 9),
        (160, 202, "2500412", _FONT, 9),
    ]
    assert _number(texts) == "FB25-00412"


def test_full_number_with_its_series_beats_the_bare_number() -> None:
    texts = _plain(
        [
            (60, 40, "Factura electrónica"),
            (60, 60, "Datos de la factura"),
            (60, 72, "Número de factura:"),
            (170, 72, "00412"),
            (60, 83, "Serie:"),
            (170, 83, "B-2025/"),
            (60, 94, "Número completo:"),
            (170, 94, "B-2025/00412"),
        ]
    )
    assert _number(texts) == "B-2025/00412"
