"""Captions that are no party's name (a delivery caption beside the billing one, a grid's
caption row), couples' courtesy lines, firm names over two lines, letterhead names over two
lines, notice sentences in the footer, and a letterhead's address beside its name."""

from __future__ import annotations

import pytest

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.legalfooter import is_sentence
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with ">" ends at x.
Text = tuple[float, float, str, float]


def _parties(texts: list[Text]) -> tuple[str | None, ...]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


_TABLE: list[Text] = [
    (57, 300, "Description", 9),
    (340, 300, "Qty", 9),
    (420, 300, "Price", 9),
    (500, 300, "Amount", 9),
    (57, 318, "Service visit", 9),
    (345, 318, "1", 9),
    (420, 318, "90.00", 9),
    (500, 318, "90.00", 9),
    (250, 810, "Page 1 / 1", 8),
]


def test_a_delivery_caption_beside_the_billing_one_leaves_the_name_below() -> None:
    _, _, buyer = _parties(
        [
            (57, 60, "Sold by", 9),
            (230, 60, "Billed to / Ship to", 9),
            (57, 75, "Velo Parts B.V.", 10),
            (230, 75, "Jonas Bakker", 10),
            (57, 88, "Cruquiusweg 110", 9),
            (230, 88, "Nieuwe Gracht 33", 9),
            (57, 100, "1019 AK Amsterdam", 9),
            (230, 100, "2011 NC Haarlem", 9),
            *_TABLE,
        ]
    )
    assert buyer == "Jonas Bakker"


def test_a_grid_caption_row_names_no_buyer_the_framed_box_does() -> None:
    # "CLIENTE | PÁGINA": the next column's caption, not the customer; "000745" is a code.
    seller, address, buyer = _parties(
        [
            (41, 50, "SUMINISTROS HOSTELEROS", 11),
            (41, 63, "GUADALQUIVIR, S.L.", 11),
            (41, 80, "Pol. Ind. Store, nave 14", 8),
            (41, 90, "41008 Sevilla", 8),
            (41, 100, "C.I.F.: B41782038", 8),
            (311, 50, "BAR RESTAURANTE LA ALCAZABA", 9),
            (311, 62, "C/ Torneo, 62", 9),
            (311, 74, "41002 Sevilla", 9),
            (74, 163, "FACTURA", 8),
            (182, 163, "FECHA", 8),
            (282, 163, "CLIENTE", 8),
            (387, 163, "PÁGINA", 8),
            (488, 163, "AGENTE", 8),
            (67, 177, "2025/000318", 8),
            (174, 177, "21/03/2025", 8),
            (284, 177, "000745", 8),
            (399, 177, "1", 8),
            (499, 177, "02", 8),
            *_TABLE,
            (
                41,
                790,
                "En cumplimiento del RGPD le informamos de que sus datos forman parte de un "
                "fichero responsabilidad de Suministros Hosteleros Guadalquivir, S.L.",
                5,
            ),
        ]
    )
    assert seller == "SUMINISTROS HOSTELEROS GUADALQUIVIR, S.L."
    assert address == "Pol. Ind. Store, nave 14, 41008 Sevilla"
    assert buyer == "BAR RESTAURANTE LA ALCAZABA"


def test_a_caption_over_its_value_in_an_info_row_is_no_caption_less_buyer() -> None:
    _, _, buyer = _parties(
        [
            (120, 45, "Hortofrutícolas del Poniente S.L.", 11),
            (120, 60, "Ctra. de Ronda 145 · 04005 Almería", 8),
            (53, 140, "Número", 8),
            (127, 140, "Fecha", 8),
            (206, 140, "Vencimiento", 8),
            (281, 140, "Albarán", 8),
            (53, 152, "FV-2025-00931", 8),
            (127, 152, "21-02-2025", 8),
            (206, 152, "23-03-2025", 8),
            (281, 152, "AL-25-02117", 8),
            (281, 164, "18005 Granada", 8),
            *_TABLE,
        ]
    )
    assert buyer != "Albarán"


@pytest.mark.parametrize(
    "courtesy",
    ["Monsieur et Madame", "Madame, Monsieur", "Sig. e Sig.ra", "Sr. y Sra.", "De heer en mevrouw"],
)
def test_a_couples_courtesy_line_leaves_the_names_on_the_next_line(courtesy: str) -> None:
    _, _, buyer = _parties(
        [
            (474, 48, "Dethier & Massart SRL", 9),
            (483, 60, "Rue Saint-Gilles 142", 8),
            (516, 72, "4000 Liège", 8),
            (320, 163, courtesy, 9),
            (320, 176, "Ghislain et Nathalie Lambotte", 9),
            (320, 189, "Avenue de la Closeraie 7", 9),
            (320, 202, "4053 Embourg", 9),
            *_TABLE,
        ]
    )
    assert buyer == "Ghislain et Nathalie Lambotte"


def test_a_firm_name_runs_on_to_its_partners_line() -> None:
    _, _, buyer = _parties(
        [
            (57, 50, "Papeterie Lefèvre SARL", 14),
            (57, 70, "18 rue de la Charité", 9),
            (57, 82, "69002 Lyon", 9),
            (330, 150, "Cabinet d'Architectes", 10),
            (330, 163, "Moreau & Associés", 10),
            (330, 176, "5 place Bellecour", 10),
            (330, 189, "69002 Lyon", 10),
            *_TABLE,
        ]
    )
    assert buyer == "Cabinet d'Architectes Moreau & Associés"


def test_a_letterhead_name_running_on_with_di_and_an_address_flush_right_beside_it() -> None:
    seller, _, _ = _parties(
        [
            (40, 46, "Verdi Impianti", 14),
            (40, 66, "di Verdi Marco & C. S.n.c.", 9),
            (40, 89, "Via dell'Artigianato 18", 8),
            (40, 100, "37135 Verona (VR)", 8),
            *_TABLE,
        ]
    )
    assert seller == "Verdi Impianti di Verdi Marco & C. S.n.c."
    _, address, _ = _parties(
        [
            (51, 47, "GIULIA FERRARI", 12),
            (545, 47, ">Corso San Maurizio 39", 8),
            (545, 59, ">10124 Torino (TO)", 8),
            (545, 71, ">P.IVA 13928475618", 8),
            (306, 144, "Cliente", 8),
            (307, 157, "Pastificio Gallo S.r.l.", 9),
            (307, 170, "Via Nizza 210", 9),
            (307, 183, "10126 Torino (TO)", 9),
            *_TABLE,
        ]
    )
    assert address == "Corso San Maurizio 39, 10124 Torino (TO)"


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        ("En cumplimiento del RGPD le informamos de que sus datos forman parte", True),
        ("Ai sensi del D.Lgs. 196/2003 ACME S.r.l.", True),
        ("Gesellschaft für Informatik mbH", False),
        ("Verdi Impianti di Verdi Marco & C. S.n.c.", False),
    ],
)
def test_a_notice_sentence_is_no_name(text: str, sentence: bool) -> None:
    assert is_sentence(text) is sentence
