"""A line naming an industrial estate or business park ("Polígono Industrial Fuente del
Jarro", "Zona Industriale Nord", "Gewerbegebiet Süd") between a company's name and its street
is part of the postal address, never a contact person's name or a tagline."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical
from facturist.engine.estates import industrial_estate

from .conftest import SizedText, make_sized_pdf


@pytest.mark.parametrize(
    "text",
    [
        "Polígono Industrial Fuente del Jarro",
        "Pol. Ind. Las Atalayas",
        "P.I. El Oliveral",
        "Zona Industriale Campolungo",
        "Z.I. Ponte Rosso",
        "Parque Empresarial Táctica",
        "Gewerbegebiet Am Hafen",
        "Industriepark Kleefse Waard",
        "Zone d'activité des Landes",
        "ZI des Vignes",
        "Zona Industrial de Taboeira",
        "Bedrijventerrein De Hoek",
    ],
)
def test_estate_lines(text: str) -> None:
    assert industrial_estate(text)


@pytest.mark.parametrize("text", ["José Antonio Vidal Ferrer", "Pilar Zamora Gil", "Zia Piazza"])
def test_person_is_no_estate(text: str) -> None:
    assert not industrial_estate(text)


def test_estate_line_opens_the_seller_address() -> None:
    texts: list[SizedText] = [
        (60, 40, "MATERIALES LEVANTINOS", 16),
        (60, 62, "Materiales Levantinos, S.L.", 9),
        (60, 74, "Polígono Industrial Fuente del Jarro", 9),
        (60, 86, "C/ Ciudad de Sevilla, 27", 9),
        (60, 98, "46988 Paterna (Valencia)", 9),
        (60, 110, "C.I.F. B96521844", 9),
        (330, 62, "Cliente:", 9),
        (330, 74, "INSTALACIONES MARINA ALTA, S.L.", 9),
        (330, 86, "C/ Sant Francesc de Borja, 14", 9),
        (330, 98, "46701 Gandia (Valencia)", 9),
        (60, 160, "Factura FV24-01352", 10),
        (60, 174, "Fecha 05/06/2024", 10),
        (60, 220, "Descripción", 9),
        (470, 220, "Importe", 9),
        (60, 236, "Cable H07Z1-K 2,5 mm2", 9),
        (470, 236, "212,04", 9),
        (380, 280, "Base imponible", 9),
        (470, 280, "212,04", 9),
        (380, 294, "IVA 21%", 9),
        (470, 294, "44,53", 9),
        (380, 308, "TOTAL FACTURA", 9),
        (470, 308, "256,57 €", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_address"] == (
        "Polígono Industrial Fuente del Jarro, C/ Ciudad de Sevilla, 27, 46988 Paterna (Valencia)"
    )
