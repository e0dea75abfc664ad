"""Captions that count only where they open their line ("Numéro:" bare, "Nr.:") count as
well where they open a column of their own beside another: a meta block right of the sender's
return line ("Bureautique Meuse SRL · Rue ... | Numéro: | F/2024/00936"), whose other
captions open their lines below (cellcaptions.py). A cell that opens no column (a table's
header "Numéro" over its figures, beside a first column) is no such caption."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.cellcaptions import with_cell_captions
from facturist.engine.labelfilter import folded
from facturist.engine.rankedlabels import RANKED_CAPTIONS

from .conftest import make_invoice_pdf, spaced_lines

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_REST: Page = [
    (42, 40, "BUREAUTIQUE MEUSE"),
    (42, 60, "Rue des Guillemins 56 - 4000 Liège"),
    (340, 113, "Date facture:"),
    (440, 113, "09/02/2024"),
    (50, 117, "Athénée Royal de Chênée"),
    (50, 128, "Économat"),
    (340, 128, "Date d'échéance:"),
    (440, 128, "10/03/2024"),
    (50, 141, "Rue de l'Église 15"),
    (50, 156, "4032 Chênée"),
    (50, 230, "FACTURE"),
    (80, 290, "Description"),
    (480, 290, "Total HTVA"),
    (80, 310, "Massicot A4 rotatif"),
    (480, 310, "250,80"),
    (340, 400, "Total HTVA"),
    (480, 400, "250,80"),
    (340, 414, "TVA 21 %"),
    (480, 414, "52,67"),
    (340, 428, "Total TVAC"),
    (480, 428, "303,47"),
]


def test_bare_number_caption_opening_a_column_beside_the_return_line() -> None:
    page: Page = [
        (50, 100, "Bureautique Meuse SRL - Rue des Guillemins 56 - 4000 Liège"),
        (340, 100, "Numéro:"),
        (440, 100, "F/2024/00936"),
        *_REST,
    ]
    assert _fields(page)["invoice_number"] == "F/2024/00936"


def test_bare_number_caption_opening_its_line_still_counts() -> None:
    page: Page = [(340, 100, "Numéro:"), (440, 100, "F/2024/00936"), *_REST]
    assert _fields(page)["invoice_number"] == "F/2024/00936"


def test_a_table_header_cell_opens_no_column() -> None:
    # "Numéro" heads the table's article numbers: the rows below start at "Pos.", to its left.
    page: Page = [
        (42, 40, "BUREAUTIQUE MEUSE"),
        (42, 60, "Rue des Guillemins 56 - 4000 Liège"),
        (50, 117, "Athénée Royal de Chênée"),
        (50, 141, "Rue de l'Église 15"),
        (50, 156, "4032 Chênée"),
        (50, 230, "FACTURE"),
        (50, 290, "Pos."),
        (100, 290, "Numéro"),
        (200, 290, "Description"),
        (480, 290, "Total HTVA"),
        (50, 310, "1"),
        (100, 310, "K52833"),
        (200, 310, "Massicot A4 rotatif"),
        (480, 310, "250,80"),
        (50, 324, "2"),
        (100, 324, "K80740"),
        (200, 324, "Carnet de reçus"),
        (480, 324, "19,80"),
        (340, 400, "Total TVAC"),
        (480, 400, "270,60"),
    ]
    assert _fields(page).get("invoice_number") in (None, "")


def _opening_captions(page: Page, at: int) -> list[str]:
    lines = spaced_lines(page)
    line = lines[at]
    captions = RANKED_CAPTIONS["invoice_number"].for_line(folded(line.text))
    return [m.group() for m in with_cell_captions(captions, line, line.text, None, None, lines, at)]


def test_a_wrapped_description_piece_opens_no_column() -> None:
    page: Page = [
        (59, 197, "1"),
        (156, 197, "GTIN:"),
        (276, 197, "9,9000"),
        (509, 197, "198,00"),
        (157, 208, "4012345001235"),
        (73, 219, "4012345001235 Unsere Art.-"),
        (75, 231, "(GLN)"),
        (156, 231, "Nr.: TB100A4"),
        (156, 242, "Trennblätter"),
        (156, 254, "A4"),
    ]
    assert _opening_captions(page, 3) == []


def test_a_caption_column_beside_the_return_line_opens_one() -> None:
    page: Page = [
        (50, 100, "Bureautique Meuse SRL - Rue des Guillemins 56"),
        (340, 100, "Nr.: F/2024/00936"),
        (340, 113, "Date facture:"),
        (440, 113, "09/02/2024"),
    ]
    assert _opening_captions(page, 0) == ["Nr.:"]
