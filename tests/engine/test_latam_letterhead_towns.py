"""Latin American letterhead addresses (latamtown.py): a commune and its region parted by
dashes under the street, a business-activity or tax-regime line between the name and the
street, Argentina's CPA postcode, Mexico's "C.P." line with its municipality and state, and a
street's cardinal suffix after its number."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.latamtown import latam_region_after, latam_town, regime_line
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names
from facturist.engine.towns import POSTCODE_TOWN

from .conftest import SizedText, make_sized_pdf

_REST: list[SizedText] = [
    (52, 300, "Descripción", 8),
    (400, 300, "Cantidad", 8),
    (500, 300, "Valor", 8),
    (52, 318, "Servicio de mantención", 8),
    (404, 318, "1", 8),
    (500, 318, "45.000", 8),
]


def _seller_address(texts: list[SizedText]) -> str | None:
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_REST])).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return None if address is None else str(address.value)


def test_a_commune_and_region_under_the_street_after_a_business_line() -> None:
    address = _seller_address(
        [
            (43, 42, "FERRETERÍA LOS AROMOS LTDA.", 12),
            (43, 60, "Giro: Venta de artículos de ferretería", 8),
            (43, 71, "Los Alerces 2280, Local 4", 8),
            (43, 82, "Ñuñoa - Santiago", 8),
            (43, 94, "Teléfono: +56 2 2000 0000", 8),
            (52, 167, "Señor(es): Constructora Pehuén SpA", 8),
        ]
    )
    assert address == "Los Alerces 2280, Local 4, Ñuñoa - Santiago"


def test_a_tax_number_and_regime_line_before_the_street() -> None:
    address = _seller_address(
        [
            (43, 39, "TEJIDOS DEL VALLE S.A.S.", 12),
            (43, 59, "NIT 901.000.111-2", 8),
            (43, 71, "Responsable de IVA - Régimen común", 8),
            (43, 80, "Calle 10 # 40 - 12, Oficina 3", 8),
            (43, 91, "Cali, Valle del Cauca - Colombia", 8),
            (52, 163, "Razón social: Almacenes Sur S.A.S.", 8),
        ]
    )
    assert address == "Calle 10 # 40 - 12, Oficina 3, Cali, Valle del Cauca - Colombia"


def test_the_town_line_pieces() -> None:
    assert latam_town("La Molina - Lima - Lima", ["Av. La Fontana 550"], None) is not None
    # No street with a number above, or no Latin American region last: no town line.
    assert latam_town("La Molina - Lima", ["Textiles Andinos"], None) is None
    assert latam_town("Bolzano - Bozen", ["Via Roma 12"], None) is None
    assert latam_town("Sales - Support", ["Main Street 12"], None) is None
    cpa = latam_town("Calle 9 1455 - X5000ABC Córdoba", [], None)
    assert cpa is not None and cpa.group() == "X5000ABC Córdoba"
    assert latam_region_after(" Coyoacán, Ciudad de México")
    assert latam_region_after(" Zapopan, Jalisco")
    assert not latam_region_after(" Anna Schmidt, Inhaberin")
    assert regime_line("IVA Responsable Inscripto")
    assert regime_line("R.U.T.: 76.000.000-1")
    assert not regime_line("Rue de la Paix 12")


def test_a_street_number_and_cardinal_suffix_is_no_town() -> None:
    text = "Av. Juárez 1350 Pte., Piso 2"
    assert POSTCODE_TOWN.search(text) is not None
    assert latam_town(text, [], POSTCODE_TOWN.search(text)) is None
