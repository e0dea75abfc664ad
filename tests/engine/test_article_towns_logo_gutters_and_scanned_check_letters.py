"""Galician towns with their one-letter article ("15008 A Coruña", towns.py); a logo's display
type beside a small seller block, no cell with the block's street (layout.py); and a scan's
VAT ID whose check letter OCR read as a digit ("IE63882140" for "IE6388214O",
ocrvatletters.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine.extraction import analyse, extract_canonical
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.ocrvatletters import mended_vat_id
from facturist.engine.towns import town_in

from .conftest import make_aligned_pdf

Text = tuple[float, float, str, float]


@pytest.mark.parametrize(
    "text", ["15008 A Coruña", "36400 O Porriño", "15680 A Estrada", "32300 O Barco"]
)
def test_galician_towns_after_their_postcode(text: str) -> None:
    found = town_in(text)
    assert found is not None and found.start() == 0


@pytest.mark.parametrize("text", ["Lote 2024 A", "Ref. 12345 A"])
def test_a_letter_after_a_number_is_no_town(text: str) -> None:
    assert town_in(text) is None


_TOTALS: list[Text] = [
    (60, 250, "Descripción", 8),
    (540, 250, ">Importe", 8),
    (60, 266, "Aceite de oliva virgen extra, garrafa 5 L", 8),
    (540, 266, ">130,00", 8),
    (60, 282, "Harina de trigo T-55, saco 25 kg", 8),
    (540, 282, ">35,60", 8),
    (380, 320, "Base imponible", 8),
    (540, 320, ">165,60 €", 8),
    (380, 334, "IVA 10 %", 8),
    (540, 334, ">16,56 €", 8),
    (380, 348, "Total factura", 8),
    (540, 348, ">182,16 €", 8),
]


def _fields(texts: list[Text]) -> dict[str, Any]:
    return dict(extract_canonical(make_aligned_pdf(texts), use_einvoice=False))["fields"]


def test_industrial_estate_street_over_a_galician_town() -> None:
    fields = _fields(
        [
            (60, 44, "Distribuciones Gallego Hermanos, S.L.", 12),
            (60, 66, "Polígono Industrial A Grela, Calle Gutenberg, 7", 8.5),
            (60, 76, "15008 A Coruña", 8.5),
            (60, 86, "CIF B15740269", 8.5),
            (400, 66, "Factura FAC-2024-0562", 9),
            (400, 80, "Fecha: 15/03/2024", 9),
            (60, 140, "Cliente", 8),
            (60, 154, "Restaurante O Fogar, S.L.", 9),
            (60, 166, "Rúa Real, 48 bajo", 9),
            (60, 178, "15003 A Coruña", 9),
            *_TOTALS,
        ]
    )
    assert fields["seller_address"] == (
        "Polígono Industrial A Grela, Calle Gutenberg, 7, 15008 A Coruña"
    )


def _line_cells(words: list[tuple[str, float, float, float, float]]) -> list[str]:
    page = PageText(1, 595, 842, [Word(t, Box(1, x0, y0, x1, y1)) for t, x0, y0, x1, y1 in words])
    return [cell.text for line in build_lines(page) for cell in line.cells]


def test_logo_display_type_is_no_cell_with_the_small_block_beside_it() -> None:
    # "OMR" set at 26 pt (a 19 pt box), 17 pt left of a 7.5 pt street line: the gap is under
    # the logo's height but twice and more a word space of either size.
    cells = _line_cells(
        [
            ("OMR", 43.7, 29.5, 102.0, 48.7),
            ("Via", 119.2, 34.8, 129.7, 40.3),
            ("dell'Industria,", 132.2, 34.8, 175.3, 41.3),
            ("31", 178.3, 34.9, 184.9, 40.3),
        ]
    )
    assert cells == ["OMR", "Via dell'Industria, 31"]


def test_display_type_keeps_a_word_space_to_small_type() -> None:
    # "RECHNUNG" at 20 pt, one of its word spaces (5.5 pt) before "Nr." at 8 pt.
    cells = _line_cells([("RECHNUNG", 60.0, 40.0, 170.0, 54.6), ("Nr.", 175.5, 48.5, 188.0, 54.0)])
    assert cells == ["RECHNUNG Nr."]


def test_letterhead_street_beside_a_logo_word() -> None:
    fields = _fields(
        [
            (119, 30, "Officine Meccaniche Rinaldi S.p.A.", 7.5),
            (43, 48, "OMR", 26),
            (119, 39, "Via dell'Industria, 31", 7.5),
            (119, 48, "42124 Reggio Emilia (RE) - Italia", 7.5),
            (119, 57, "Partita IVA: IT01948270358", 7.5),
            (60, 100, "Fattura 9400012873", 9),
            (60, 112, "Data documento 19/03/2024", 9),
            (340, 100, "Destinatario", 8),
            (340, 112, "Agrimacchine Padana S.r.l.", 9),
            (340, 124, "Strada Provinciale 62, km 14", 9),
            (340, 136, "46029 Suzzara (MN)", 9),
            (60, 250, "Descrizione", 8),
            (540, 250, ">Importo", 8),
            (60, 266, "Albero di trasmissione", 8),
            (540, 266, ">849,60", 8),
            (60, 282, "Ingranaggio cilindrico", 8),
            (540, 282, ">542,80", 8),
            (380, 320, "Imponibile", 8),
            (540, 320, ">1.392,40", 8),
            (380, 334, "IVA 22%", 8),
            (540, 334, ">306,33", 8),
            (380, 348, "Totale fattura EUR", 8),
            (540, 348, ">1.698,73", 8),
        ]
    )
    assert str(fields["seller_address"]).startswith("Via dell'Industria, 31, 42124 Reggio Emilia")


@pytest.mark.parametrize(
    ("read", "printed"),
    [
        ("IE63882140", "IE6388214O"),  # Ireland's check letter "O" read as zero
        ("IE63882141", None),  # "I" is no check letter of these digits either
        ("ES123456780", None),  # the DNI letter for 12345678 is Z: no lookalike gives it
        ("IE6388214O", None),  # valid as read
        ("DE123456789", None),  # no letter in a German ID
        ("NL00000000080", None),  # "NL...B..." with too few digits: the format fails still
    ],
)
def test_check_letters_read_back_from_their_digit_lookalikes(
    read: str, printed: str | None
) -> None:
    assert mended_vat_id(read) == printed


def test_dutch_b_read_as_eight_is_mended() -> None:
    assert mended_vat_id("NL004495445801") == "NL004495445B01"


def _scan(vat_id: str, source: str) -> dict[str, Any]:
    texts = [
        (62, 50, "Shannon Valley Catering Supplies Ltd"),
        (62, 72, "Dock Road"),
        (62, 86, "Limerick V94 K2T8"),
        (62, 98, "Ireland"),
        (62, 123, f"VAT No. {vat_id}"),
        (62, 150, "The Old Mill Hotel"),
        (345, 150, "Invoice: 10447"),
        (62, 164, "Main Street"),
        (345, 164, "Invoice Date: 30/01/2024"),
        (62, 178, "Adare, Co. Limerick"),
        (323, 400, "Net Total"),
        (493, 400, "€1,232.00"),
        (323, 416, "VAT 23%"),
        (503, 416, "€283.36"),
        (323, 431, "Invoice Total"),
        (492, 431, "€1,515.36"),
    ]
    words = []
    for x, y, text in texts:
        for part in text.split():
            width = 5.5 * len(part)
            words.append(Word(part, Box(1, x, y, x + width, y + 12)))
            x += width + 4
    page = PageText(1, 604.8, 848.6, words, source=source)  # type: ignore[arg-type]
    return {k: v.value for k, v in analyse([page])[0].fields.items()}


def test_scanned_irish_vat_id_gets_its_check_letter_back() -> None:
    assert _scan("IE63882140", "ocr")["seller_vat_id"] == "IE6388214O"


def test_a_text_layer_keeps_the_vat_id_it_prints() -> None:
    assert _scan("IE63882140", "text")["seller_vat_id"] == "IE63882140"
