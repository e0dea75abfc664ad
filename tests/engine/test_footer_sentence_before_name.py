"""A footer's notice wraps, and its sentence ends on the line that then names the company
("... disponibile" / "nel Suo cassetto fiscale. Ferrovie Tirreniche S.p.A. - Cap. soc. ..."):
the sentence's close is no part of the name."""

from __future__ import annotations

import pytest

from facturist.engine.extraction import extract_canonical
from facturist.engine.footercompany import footer_name
from facturist.engine.layout import Cell
from facturist.engine.model import Box, Word

from .conftest import make_sized_pdf

_PAGE = [
    (41, 36, "LINEE TIRRENICHE", 14),
    (339, 44, "FATTURA N. FTB/2025/004417", 10),
    (40, 53, "Divisione Clienti Business", 8),
    (338, 57, "Data documento: 28/02/2025", 8),
    (41, 66, "Linee Tirreniche S.p.A.", 8),
    (41, 76, "Piazza della Croce Rossa 9", 8),
    (40, 85, "00161 Roma (RM)", 8),
    (41, 94, "P.IVA e C.F. 05817341059", 8),
    (331, 110, "Spett.le", 8),
    (330, 121, "Officine Grafiche Ravasi S.r.l.", 8),
    (330, 131, "Via Lodovico il Moro 130", 8),
    (331, 141, "20142 Milano (MI)", 8),
    (40, 214, "Tratta", 8),
    (354, 214, "N.pax", 8),
    (385, 214, "Prezzo unit.", 8),
    (460, 214, "Imponibile", 8),
    (40, 229, "Roma Termini → Milano Centrale", 8),
    (370, 229, "2", 8),
    (414, 229, "81,73", 8),
    (476, 229, "163,46", 8),
    (366, 300, "Totale imponibile EUR", 8),
    (524, 300, "163,46", 8),
    (366, 312, "Totale IVA EUR", 8),
    (528, 312, "16,35", 8),
    (366, 324, "TOTALE DOCUMENTO EUR", 8),
    (524, 324, "179,81", 8),
    (40, 765, "Copia di cortesia. L'originale della fattura elettronica è disponibile", 6),
    (
        41,
        773,
        "nel Suo cassetto fiscale. Linee Tirreniche S.p.A. - Cap. soc. EUR 120.000.000 i.v.",
        6,
    ),
]


def test_the_footer_sentence_before_the_company_is_no_part_of_the_seller() -> None:
    fields = extract_canonical(make_sized_pdf(_PAGE))["fields"]
    assert fields["seller_name"] == "Linee Tirreniche S.p.A."


def _cell(text: str) -> Cell:
    words, x = [], 40.0
    for token in text.split():
        words.append(Word(token, Box(1, x, 770.0, x + 5.0 * len(token), 776.0)))
        x += 5.0 * len(token) + 3.0
    return Cell(words)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "nel Suo cassetto fiscale. Linee Tirreniche S.p.A. - REA RM-938112",
            "Linee Tirreniche S.p.A.",
        ),
        ("Gebr. Hansen GmbH - Amtsgericht Kiel HRB 1234", "Gebr. Hansen GmbH"),
        ("Müller & Co. KG - Sitz Bonn", "Müller & Co. KG"),
    ],
)
def test_footer_name_keeps_a_names_own_abbreviations(text: str, name: str) -> None:
    found = footer_name(_cell(text))
    assert found is not None
    assert found.value == name
