"""Sellers named only by a logo and the legal footer, recipients in a window under a franking
line or a courtesy line, and names that run over two lines of their block."""

from __future__ import annotations

import pytest

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.legalfooter import footer_name_part
from facturist.engine.parties import party_names

from .conftest import SizedText, make_sized_pdf

_TABLE: list[SizedText] = [
    (52, 300, "Description", 8),
    (400, 300, "Qty", 8),
    (500, 300, "Amount", 8),
    (52, 318, "Service charge", 8),
    (404, 318, "1", 8),
    (500, 318, "29,99", 8),
]


def _parties(texts: list[SizedText]) -> tuple[str | None, ...]:
    """Seller name, seller address and buyer name of a one-page document."""
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_TABLE])).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


def test_a_footer_parted_by_em_dashes_names_the_seller_beside_a_window_on_the_right() -> None:
    seller, address, buyer = _parties(
        [
            (443, 32, "Facture n° 888412377", 8),
            (51, 41, "lumo", 20),
            (313, 129, "Monsieur Julien Marchal", 8),
            (312, 141, "23 allée des Tilleuls", 8),
            (312, 153, "Résidence Les Peupliers, Bât. B", 8),
            (312, 165, "44300 Nantes", 8),
            (
                52,
                755,
                "Lumo Télécom SAS — 16 rue de la Convention, 75015 Paris — RCS Paris 421938507",
                6,
            ),
        ]
    )
    assert (seller, address) == ("Lumo Télécom SAS", "16 rue de la Convention, 75015 Paris")
    assert buyer == "Monsieur Julien Marchal"


def test_a_footer_name_ends_before_its_share_capital_and_the_address_after_its_caption() -> None:
    seller, address, _ = _parties(
        [
            (176, 40, "Voyageurs", 10),
            (478, 40, "FACTURE", 10),
            (78, 54, "LIGNE AZUR", 7),
            (326, 102, "Adressée à :", 6),
            (326, 114, "Cabinet Arvel Conseil", 8),
            (327, 139, "14 cours Lafayette", 8),
            (326, 151, "69003 Lyon", 8),
            (
                51,
                738,
                "Ligne Azur Voyageurs SA au capital de 157 789 960 € — Siège social : "
                "18 avenue du Stade de France, 93210 Saint-Denis — RCS Bobigny 519037188",
                6,
            ),
        ]
    )
    assert seller == "Ligne Azur Voyageurs SA"
    assert address == "18 avenue du Stade de France, 93210 Saint-Denis"


def test_a_footer_sentence_completes_a_banner_name_over_its_tagline() -> None:
    seller, address, _ = _parties(
        [
            (43, 31, "Hartley & Finch", 20),
            (451, 31, "TAX INVOICE", 12),
            (43, 61, "Supplies Ltd — kilns · clays · glazes", 9),
            (312, 113, "INVOICE TO", 6),
            (312, 124, "Bourne Valley Ceramics Ltd", 8),
            (313, 147, "14 Mill Lane", 7),
            (312, 162, "Leek ST13 5HG", 7),
            (
                68,
                800,
                "Hartley & Finch Supplies Ltd. Registered in England and Wales No. 08814273. "
                "Registered office: Unit 7 Brampton Trade Park, Newcastle-under-Lyme ST5 9QF",
                6,
            ),
        ]
    )
    assert seller == "Hartley & Finch Supplies Ltd"
    assert address == "Unit 7 Brampton Trade Park, Newcastle-under-Lyme ST5 9QF"


@pytest.mark.parametrize(
    ("part", "name"),
    [
        ("Ligne SA au capital de 1 000 €", "Ligne SA"),
        ("Acme Ltd. Registered in England No. 1", "Acme Ltd"),
        ("Dolomiti S.A. Registro 12", "Dolomiti S.A."),
        ("Smith & Co. Ltd", "Smith & Co. Ltd"),
    ],
)
def test_a_footer_part_is_cut_where_the_company_name_ends(part: str, name: str) -> None:
    assert footer_name_part(part) == name


def test_a_labelled_footer_line_gives_the_name_before_its_first_separator() -> None:
    seller, address, _ = _parties(
        [
            (52, 42, "mercatino", 15),
            (52, 245, "Francesca Ruggeri", 8),
            (52, 255, "Via dei Mille 7", 8),
            (52, 265, "40121 Bologna", 8),
            (
                51,
                738,
                "Venduto da Casa Tessile Lombarda S.r.l. · Via Giuseppe Mazzini 48, 20900 Monza"
                " · P.IVA IT09382150960 · Capitale sociale € 50.000 i.v.",
                6,
            ),
        ]
    )
    assert seller == "Casa Tessile Lombarda S.r.l."
    assert address == "Via Giuseppe Mazzini 48, 20900 Monza"


def test_the_next_columns_caption_beside_bill_to_is_no_buyer() -> None:
    _, _, buyer = _parties(
        [
            (122, 48, "Vireo Cloud", 12),
            (52, 152, "Bill to", 7),
            (228, 152, "Details", 7),
            (422, 164, "Total in EUR", 7),
            (52, 167, "Estudio Lumbre S.L.", 7),
            (228, 167, "Invoice date", 7),
            (52, 177, "Calle de Fuencarral 121", 7),
            (52, 186, "28010 Madrid", 7),
            (52, 760, "Vireo Cloud Ireland Limited · Harbourmaster Place, Dublin 1", 6),
        ]
    )
    assert buyer == "Estudio Lumbre S.L."


def test_a_customer_caption_over_a_code_heads_no_party_block() -> None:
    _, _, buyer = _parties(
        [
            (91, 45, "Distribuciones del Turia, S.L.", 11),
            (91, 64, "Avda. del Puerto, 188 · 46023 Valencia", 7),
            (320, 111, "HOSTELERÍA MARÍTIMA MALVARROSA, S.L.", 9),
            (321, 126, "C/ de Eugenia Viñes, 141", 9),
            (320, 139, "46011 Valencia", 7),
            (326, 203, "Nº FACTURA", 5),
            (424, 203, "FECHA", 5),
            (499, 203, "CLIENTE", 5),
            (323, 223, "A-2025/0412", 7),
            (415, 223, "28/03/2025", 7),
            (507, 223, "4302", 7),
        ]
    )
    assert buyer == "HOSTELERÍA MARÍTIMA MALVARROSA, S.L."


def test_a_qr_bill_names_the_seller_and_a_franking_line_heads_the_window() -> None:
    seller, address, buyer = _parties(
        [
            (57, 36, "alpenblick", 18),
            (57, 80, "Industriestrasse 17, 6010 Kriens", 6),
            (335, 114, "P.P. CH-6010 Kriens", 5),
            (57, 122, "Rechnung Nr.", 8),
            (128, 122, "R-250214", 6),
            (335, 129, "Treuhand Meier & Partner GmbH", 8),
            (335, 154, "Bahnhofplatz 4", 9),
            (335, 166, "6300 Zug", 9),
            (335, 565, "Konto / Zahlbar an", 6),
            (335, 575, "CH70 0077 8010 4472 9301 1", 8),
            (335, 587, "Alpenblick Büromöbel AG", 9),
            (335, 599, "Industriestrasse 17", 7),
            (335, 611, "6010 Kriens", 7),
        ]
    )
    assert (seller, address) == ("Alpenblick Büromöbel AG", "Industriestrasse 17, 6010 Kriens")
    assert buyer == "Treuhand Meier & Partner GmbH"


_RETURN = (62, 137, "Tischlerei Bergmann GmbH, Gewerbestraße 22, 79112 Freiburg", 5)


def test_a_courtesy_line_of_two_salutations_leaves_the_names_on_the_next_line() -> None:
    _, _, buyer = _parties(
        [
            (57, 27, "Tischlerei Bergmann", 19),
            _RETURN,
            (63, 152, "Herrn und Frau", 9),
            (63, 164, "Dr. Tobias und Miriam Lorenz", 9),
            (63, 176, "Schwarzwaldstraße 140", 8),
            (63, 189, "79117 Freiburg", 8),
        ]
    )
    assert buyer == "Dr. Tobias und Miriam Lorenz"


def test_the_lines_over_a_care_of_line_name_the_addressee() -> None:
    _, _, buyer = _parties(
        [
            (97, 37, "GRÜNWERK", 17),
            (57, 130, "Grünwerk GaLaBau · Kanalstraße 211 · 48147 Münster", 5),
            (57, 146, "Wohnungseigentümergemeinschaft", 10),
            (57, 159, "Aaseestraße 18-22", 8),
            (57, 173, "c/o Immobilienverwaltung Terhorst", 10),
            (57, 187, "Ludgeristraße 65", 10),
            (57, 201, "48143 Münster", 8),
        ]
    )
    assert buyer == "Wohnungseigentümergemeinschaft Aaseestraße 18-22"


def test_a_name_running_on_with_di_is_one_buyer_and_no_seller() -> None:
    seller, _, buyer = _parties(
        [
            (44, 41, "DOLOMITI", 16),
            (315, 41, "Destinatario", 5),
            (315, 66, "TRATTORIA AL VECCHIO MULINO", 8),
            (315, 76, "DI ROSSI LUIGI & C. S.A.S.", 8),
            (43, 89, "Alimentari Dolomiti Distribuzione S.r.l.", 6),
            (315, 89, "VIA ROMA 21", 6),
            (43, 101, "Via Brennero 143 - 38121 Trento (TN)", 7),
            (315, 101, "38057 PERGINE VALSUGANA (TN)", 6),
        ]
    )
    assert buyer == "TRATTORIA AL VECCHIO MULINO DI ROSSI LUIGI & C. S.A.S."
    assert seller == "Alimentari Dolomiti Distribuzione S.r.l."


def test_factuur_aan_captions_the_buyers_block() -> None:
    _, _, buyer = _parties(
        [
            (397, 39, "Van der Linden Machineservice B.V.", 6),
            (398, 50, "Industrieweg 34", 8),
            (397, 60, "3044 AS Rotterdam", 6),
            (57, 164, "Factuur aan", 6),
            (57, 177, "Kistenmacher Logistik GmbH", 9),
            (57, 189, "t.a.v. Crediteurenadministratie", 7),
            (57, 197, "Billstraße 190", 7),
            (57, 212, "20539 Hamburg", 9),
        ]
    )
    assert buyer == "Kistenmacher Logistik GmbH"
