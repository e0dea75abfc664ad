"""Letterheads whose name is a logo word completed in the footer, addresses set apart from
the name (flush right, under a tagline, in monospaced cells), and addressee blocks opened by a
customer number or ended by a "c/o" line."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.footercompany import footer_company
from facturist.engine.layout import build_lines
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
    lines = build_lines(read_for_canonical(make_sized_pdf([*texts, *_TABLE])).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


def test_an_e_mail_line_is_no_legal_form_name_and_the_footer_register_line_is_skipped() -> None:
    seller, address, _ = _parties(
        [
            (101, 50, "northgate", 20),
            (441, 50, "INVOICE", 14),
            (46, 126, "0113 496 0382 · accounts@northgate-it.co.uk", 8),
            (55, 207, "BILL TO", 8),
            (55, 220, "Harcourt & Vale Solicitors LLP", 8),
            (46, 780, "Northgate Computer Supplies Ltd", 7),
            (46, 789, "Registered in England & Wales No. 08412377", 7),
            (46, 798, "Registered office: Unit 7, Riverside Business Park, Leeds LS10 1QN", 7),
        ]
    )
    assert seller == "Northgate Computer Supplies Ltd"
    assert address == "Unit 7, Riverside Business Park, Leeds LS10 1QN"


def test_a_care_of_line_ends_the_addressee_and_names_no_seller() -> None:
    seller, address, buyer = _parties(
        [
            (100, 45, "DUBOIS", 20),
            (326, 105, "ACP Résidence Les Tilleuls", 9),
            (326, 118, "c/o Syndic Gestimmo SPRL", 9),
            (326, 131, "Avenue Cardinal Mercier 18", 9),
            (327, 144, "5000 Namur", 9),
            (57, 774, "Menuiserie Dubois & Fils SRL", 7),
            (57, 783, "Rue de la Gare 54 — 5000 Namur", 7),
        ]
    )
    assert (seller, buyer) == ("Menuiserie Dubois & Fils SRL", "ACP Résidence Les Tilleuls")
    assert address == "Rue de la Gare 54 — 5000 Namur"


def test_the_share_capital_after_a_footer_name_is_no_part_of_the_address() -> None:
    _, address, _ = _parties(
        [
            (111, 50, "Lefèvre", 20),
            (312, 113, "Adresse de facturation", 8),
            (312, 129, "Cabinet Moreau Architectes", 9),
            (312, 155, "7 place Kléber", 9),
            (312, 168, "67000 Strasbourg", 9),
            (
                51,
                780,
                "Bureautique Lefèvre SARL au capital de 20 000 € — 18 rue des Tanneurs, "
                "67000 Strasbourg — RCS Strasbourg 812 345 676",
                6,
            ),
        ]
    )
    assert address == "18 rue des Tanneurs, 67000 Strasbourg"


def test_monospaced_blocks_a_customer_number_over_the_addressee_and_a_dutch_ij_town() -> None:
    rows = [
        (34, "De Vries Foodservice B.V.", 436),
        (45, "Havenstraat 9", 480),
        (56, "9712 AN Groningen", 466),
        (121, "KLANT 40812", 43),
        (135, "RESTAURANT DE GOUDEN LEEUW", 43),
        (147, "GROTE MARKT 23", 43),
    ]
    # Monospaced print: each word a cell of its own, a narrow space apart.
    words = []
    for y, text, x in rows:
        for word in text.split():
            words.append((x, y, word))
            x += 5.5 * len(word) + 3
    words += [(43, 159, "9711"), (64, 159, "LV"), (77, 159, "IJSSELSTEIN")]
    seller, _, buyer = _parties(
        [*((x, y, text, 8) for x, y, text in words), (43, 780, "BLAD 1", 7)]
    )
    assert seller is not None and seller.endswith("B.V.")
    assert buyer is not None and buyer.replace(" ", "") == "RESTAURANTDEGOUDENLEEUW"
    _, _, buyer = _parties(
        [
            (111, 49, "VAN DIJK", 14),
            (57, 134, "Aannemersbedrijf De Graaf & Zn.", 9),
            (57, 147, "t.a.v. crediteurenadministratie", 9),
            (58, 159, "Nijverheidsweg 7", 9),
            (57, 171, "3401 MC IJsselstein", 9),
            (57, 774, "Bouwmaterialen Van Dijk B.V.", 7),
        ]
    )
    assert buyer == "Aannemersbedrijf De Graaf & Zn."


def test_a_fax_header_is_no_letterhead_and_a_register_after_the_name_is_cut() -> None:
    seller, address, buyer = _parties(
        [
            (28, 12, "24.02.2025 11:07   +49 511 357499   WEBER KG HANNOVER   S. 01/01", 7),
            (58, 53, "GASTRO-GROSSHANDEL WEBER KG", 14),
            (58, 73, "Vahrenwalder Straße 207 · 30165 Hannover · Tel. 0511 35749-0", 8),
            (57, 114, "Ristorante Da Michele", 9),
            (55, 126, "Inh. Michele Russo", 9),
            (58, 138, "Lister Meile 41", 9),
            (57, 150, "30161 Hannover", 9),
        ]
    )
    assert (seller, buyer) == ("GASTRO-GROSSHANDEL WEBER KG", "Ristorante Da Michele")
    assert address == "Vahrenwalder Straße 207, 30165 Hannover"
    seller, _, _ = _parties([(71, 83, "Talleres Mecánicos Ibarra S.L. · CIF B48732150", 8)])
    assert seller == "Talleres Mecánicos Ibarra S.L."


def test_a_payment_sentence_in_the_footer_names_the_seller() -> None:
    page = build_lines(
        read_for_canonical(
            make_sized_pdf(
                [*_TABLE, (52, 780, "Bank transfer to Thistle & Pine Joinery Ltd, Royal Bank", 8)]
            )
        ).texts[0]
    )
    found = footer_company(page)
    assert found is not None and found.value == "Thistle & Pine Joinery Ltd"


def test_a_flush_right_address_column_beside_the_logo() -> None:
    seller, address, buyer = _parties(
        [
            (150, 50, "Thistle & Pine", 8),
            (52, 780, "Thistle & Pine Joinery Ltd", 7),
            (300, 100, "Invoice to", 8),
            (300, 112, "Morningside Dental Practice", 9),
            (300, 124, "14 Comiston Road", 9),
            (300, 136, "Edinburgh EH10 5QN", 9),
        ]
        + [
            (400, y, text, 8)
            for y, text in (
                (40, "Unit 7, Peffermill Industrial Estate"),
                (50, "25 King's Haugh"),
                (60, "Edinburgh EH16 5UY"),
                (70, "0131 661 4827"),
                (80, "hello@thistleandpine.co.uk"),
            )
        ]
    )
    assert (seller, buyer) == ("Thistle & Pine Joinery Ltd", "Morningside Dental Practice")
    assert address == "Unit 7, Peffermill Industrial Estate, 25 King's Haugh, Edinburgh EH16 5UY"


def test_a_street_under_a_logo_and_its_tagline_with_a_founding_year() -> None:
    _, address, _ = _parties(
        [
            (62, 40, "Papeterie Lefèvre", 18),
            (60, 60, "& Fils — fournitures de bureau depuis 1962", 8),
            (60, 80, "18 rue de la Charité", 8),
            (60, 90, "69002 Lyon", 8),
            (60, 100, "Tél. 04 78 37 52 19", 8),
            (60, 110, "contact@papeterie-lefevre.fr", 8),
            (330, 130, "Cabinet d'Architectes Moreau", 9),
            (330, 142, "5 quai Saint-Vincent", 9),
            (330, 154, "69001 Lyon", 9),
            (
                150,
                780,
                "SARL Papeterie Lefèvre & Fils au capital de 20 000 € — RCS Lyon 432 178 051",
                6,
            ),
        ]
    )
    assert address == "18 rue de la Charité, 69002 Lyon"
