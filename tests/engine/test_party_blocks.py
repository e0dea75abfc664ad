"""Party blocks real invoices print without the usual cues: caption-less blocks, taglines,
courtesy captions, customer codes beside a caption, one-line and monospaced addresses."""

from __future__ import annotations

import pytest

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with "=" is centred on x, with ">"
# it ends at x.
Text = tuple[float, float, str, float]


def _parties(texts: list[Text], font: str = "Helvetica") -> tuple[str | None, ...]:
    """Seller name, seller address and buyer name of a one-page document."""
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts, font)).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


_TABLE: list[Text] = [
    (57, 300, "Désignation", 9),
    (340, 300, "Qté", 9),
    (420, 300, "P.U. HT", 9),
    (500, 300, "Montant HT", 9),
    (57, 318, "Escalier chêne massif", 9),
    (345, 318, "1", 9),
    (420, 318, "5 890,00", 9),
    (500, 318, "5 890,00", 9),
    (250, 810, "Page 1 / 1", 8),
]


def test_acronym_letterhead_over_a_capital_line_and_a_caption_less_buyer_box() -> None:
    # "SARL au capital de ..." holds a legal form but states the capital: the footer names
    # the company; the buyer is the ruled box on the right, with no caption.
    seller, _, buyer = _parties(
        [
            (57, 55, "DASO", 18),
            (57, 70, "Distribution Alimentaire du Sud-Ouest", 8),
            (57, 88, "SARL au capital de 80 000 €", 8),
            (57, 100, "ZI de Montaudran, 14 rue Paul Mesplé", 8),
            (57, 110, "31400 Toulouse", 8),
            (330, 140, "Restaurant Le Capitole Gourmand", 10),
            (330, 153, "M. Julien Marty", 10),
            (330, 166, "5 place du Capitole", 10),
            (330, 179, "31000 Toulouse", 10),
            *_TABLE,
            (
                120,
                780,
                "DASO SARL – ZI de Montaudran – 31400 Toulouse – RCS Toulouse 432 187 565",
                6,
            ),
        ]
    )
    assert (seller, buyer) == ("DASO SARL", "Restaurant Le Capitole Gourmand")


def test_a_trade_list_under_the_name_and_a_customer_code_beside_its_caption() -> None:
    # "Client : C0458" captions the customer's number, not a name: the private customer
    # is the caption-less block above it. The trade list under the name is no address line.
    _, address, buyer = _parties(
        [
            (57, 65, "Menuiserie Vidal et Fils", 14),
            (57, 85, "Menuiserie bois et alu – Agencement – Escaliers sur mesure", 10),
            (57, 106, "12 chemin de la Jaunaie", 9),
            (57, 118, "44300 Nantes", 9),
            (57, 130, "Tél. 02 40 49 18 73", 9),
            (340, 155, "Madame Hélène Guérin", 10),
            (340, 169, "4 allée des Tanneurs", 10),
            (340, 183, "44000 Nantes", 10),
            (57, 225, "FACTURE N° FA-2025-00163", 12),
            (57, 242, "Date : 21 mars 2025", 10),
            (340, 242, "Client : C0458", 10),
            *_TABLE,
        ]
    )
    assert buyer == "Madame Hélène Guérin"
    assert address == "12 chemin de la Jaunaie, 44300 Nantes"


def test_a_tagline_set_apart_over_the_street_is_no_address_line() -> None:
    _, address, _ = _parties(
        [
            (57, 65, "Anja Berger Fotografie GmbH", 14),
            (57, 85, "Fotografie und Bildbearbeitung", 10),
            (57, 108, "Lindenstraße 4", 9),
            (57, 120, "79098 Freiburg", 9),
            *_TABLE,
        ]
    )
    assert address == "Lindenstraße 4, 79098 Freiburg"


_SPANISH_SELLER: list[Text] = [
    (57, 60, "Distribuciones Hermanos Olmedo, S.L.", 14),
    (57, 78, "Polígono Industrial El Garrotal, Nave 14", 9),
    (57, 90, "14700 Palma del Río", 9),
]


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        # A customer number after the caption, the name under it.
        (["Cliente: 000482", "RESTAURANTE LA ALMAZARA C.B.", "Avda. de Andalucía 27"], 0),
        # Courtesy captions over the block, or before its name ("Sr./Sres.: ...").
        (["Exmo.(s) Senhor(es)", "Frutas Oeste Cooperativa Agrícola, CRL", "Estrada 8"], 0),
        (["Exmos. Senhores", "CONSTRUTORA RIBEIRO & FILHOS, LDA.", "Avenida 25 de Abril, 301"], 0),
        (["Sr./Sres.: INSTALACIONES PEDRÓS E HIJOS, S.L.", "C/ Sant Vicent 90"], 1),
        # "Client facturé" is one caption, glued to no name.
        (["Client facturé", "Lemaire Confection SAS", "Service achats", "3 rue des Fileurs"], 0),
        # A credit memo's "CREDIT TO".
        (["CREDIT TO", "Front Range Cycling Club", "PO Box 18221"], 0),
        # "An:" alone over the block; Spain's utility bills' "Titular del contrato:".
        (["An:", "Hausverwaltung Moser & Partner GmbH", "Linzer Gasse 21"], 0),
        (["Titular del contrato:", "LUCÍA MARTÍN SERRANO", "C/ Sorní 22, 4º 8ª"], 0),
        # A contact or department over the company: the company is the buyer.
        (["Client :", "Clément RENAUD", "SARL RENAUD CONSEIL", "6 place Bellecour"], 2),
        (["Bill to Address:", "ATTN: Accounts Payable", "Pinecone Analytics LLC", "2200 St"], 2),
        (["Bill to:", "Attn: Jane Doe", "Acme Inc.", "1 Main St"], 2),
        # The sender's return address in the window under the caption is no buyer.
        (["BILL TO", "Bluebird LLC · 1180 Old Mill Road · Asheville, NC 28806", "Cedar HOA"], 2),
    ],
)
def test_buyer_under_a_code_or_courtesy_caption(block: list[str], expected: int) -> None:
    names = {
        0: block[1] if len(block) > 1 else "",
        1: "INSTALACIONES PEDRÓS E HIJOS, S.L.",
        2: block[2] if len(block) > 2 else "",
    }
    rows: list[Text] = [(330, 130 + 13 * i, text, 10) for i, text in enumerate(block)]
    rows.append((330, 130 + 13 * len(block), "3830-044 Ílhavo", 10))
    _, _, buyer = _parties([*_SPANISH_SELLER, *rows, *_TABLE])
    assert buyer == names[expected]


def test_an_e_mail_line_under_the_sellers_name_is_no_buyer() -> None:
    _, _, buyer = _parties(
        [
            (50, 70, "Summit Ridge Bike Co.", 14),
            (50, 90, "2750 S Broadway", 9),
            (50, 101, "Denver, CO 80210", 9),
            (50, 112, "service@summitridgebike.com ·", 9),
            *_TABLE,
        ]
    )
    assert buyer is None


def test_italian_e_invoice_copy_with_cedente_and_cessionario_boxes() -> None:
    def box(x: float, lines: list[str]) -> list[Text]:
        return [(x, 70 + 10 * i, text, 7) for i, text in enumerate(lines)]

    seller, address, buyer = _parties(
        [
            *box(
                35,
                [
                    "Cedente/prestatore (fornitore)",
                    "Identificativo fiscale ai fini IVA: IT18765432101",
                    "Denominazione: Studio Tecnico Ing. Rossetti Paolo",
                    "Regime fiscale: RF01 (ordinario)",
                    "Indirizzo: Via dei Mille 23",
                    "Comune: Pescara Provincia: PE",
                    "Cap: 65122 Nazione: IT",
                ],
            ),
            *box(
                308,
                [
                    "Cessionario/committente (cliente)",
                    "Identificativo fiscale ai fini IVA: IT20456706884",
                    "Denominazione: Agrisole Abruzzo Società Agricola S.r.l.",
                    "Indirizzo: Contrada Santa Lucia 5",
                ],
            ),
            *_TABLE,
        ]
    )
    assert seller == "Studio Tecnico Ing. Rossetti Paolo"
    assert address == "Via dei Mille 23, 65122 Pescara (PE), IT"
    assert buyer == "Agrisole Abruzzo Società Agricola S.r.l."


def test_czech_supplier_and_customer_sections() -> None:
    seller, address, buyer = _parties(
        [
            (41, 108, "DODAVATEL", 8),
            (310, 108, "ODBERATEL", 8),
            (41, 123, "Pivovarská technika s.r.o.", 9),
            (311, 123, "Minipivovar U Tri lip, s.r.o.", 9),
            (41, 135, "Lidická 1012/28", 9),
            (311, 135, "Náměstí Míru 4", 9),
            (41, 146, "602 00 Brno", 9),
            (311, 146, "674 01 Trebic", 9),
            (41, 157, "Czech Republic", 9),
            *_TABLE,
        ]
    )
    assert (seller, buyer) == ("Pivovarská technika s.r.o.", "Minipivovar U Tri lip, s.r.o.")
    assert address == "Lidická 1012/28, 602 00 Brno, Czech Republic"


def test_monospaced_letterhead_prints_each_word_in_a_cell_of_its_own() -> None:
    seller, address, _ = _parties(
        [
            (40, 48, "MECCANICA FRIULANA", 16),
            (40, 72, "MECCANICA FRIULANA S.P.A.", 7),
            (40, 82, "VIALE VENEZIA 310 - 33100 UDINE (UD)", 7),
            (40, 91, "P.IVA 55123403077 - C.F. 55123403077", 7),
            (336, 72, "IDRAULICA CARNICA S.R.L.", 7),
        ],
        font="Courier",
    )
    assert seller == "MECCANICA FRIULANA S.P.A."
    assert address == "VIALE VENEZIA 310 - 33100 UDINE (UD)"


def test_centred_one_line_address_goes_on_with_the_tax_number() -> None:
    seller, address, _ = _parties(
        [
            (297, 55, "=TESSITURA LARIANA", 18),
            (230, 70, "BERNASCONI S.R.L.", 9),
            (322, 70, "- dal 1952", 9),
            (297, 85, "=Via per Cernobbio 18 - 22100 Como (CO) - P.IVA 31598701345 - Cap. soc.", 8),
            *_TABLE,
        ]
    )
    assert seller == "BERNASCONI S.R.L."
    assert address == "Via per Cernobbio 18 - 22100 Como (CO)"


def test_law_firm_letterhead_tagline_over_a_one_line_address() -> None:
    _, address, _ = _parties(
        [
            (306, 55, "=HARLAN, PIKE & OSEI LLP", 16),
            (306, 70, "=ATTORNEYS AT LAW", 8),
            (
                306,
                83,
                "=One Liberty Place, 1650 Market Street, Suite 3600 | Philadelphia, PA 19103"
                " | (215) 555-0160",
                8,
            ),
        ]
    )
    assert address == "One Liberty Place, 1650 Market Street, Suite 3600, Philadelphia, PA 19103"


def test_spanish_issuer_section_with_the_tax_number_before_the_street() -> None:
    seller, address, buyer = _parties(
        [
            (60, 70, "Lucía Hernández", 16),
            (60, 200, "DATOS DEL EMISOR", 9),
            (330, 200, "DATOS DEL CLIENTE", 9),
            (60, 216, "Lucía Hernández Sotomayor", 9),
            (330, 216, "Cervezas Artesanas del Turia S.L.", 9),
            (60, 229, "NIF: 51234876F", 9),
            (330, 229, "NIF: B98760127", 9),
            (60, 242, "C/ Ruzafa 14, 2º 3ª", 9),
            (330, 242, "Camí de Vera 31", 9),
            (60, 255, "46004 Valencia", 9),
            (330, 255, "46022 Valencia", 9),
            *_TABLE,
        ]
    )
    assert (seller, buyer) == ("Lucía Hernández Sotomayor", "Cervezas Artesanas del Turia S.L.")
    assert address == "C/ Ruzafa 14, 2º 3ª, 46004 Valencia"


def test_right_aligned_letterhead_beside_a_logo_and_a_dutch_postcode() -> None:
    # "3511 NV Utrecht": the postcode's letters read as a legal form (NV) name no company.
    def right(y: float, text: str) -> Text:
        return (545 - 4.5 * len(text), y, text, 8)

    seller, address, _ = _parties(
        [
            right(54, "Bureau Lindeboom"),
            (95, 64, "bureau lindeboom", 14),
            right(64, "Oudegracht 214"),
            (59, 74, "BL", 12),
            right(74, "3511 NV Utrecht"),
            right(95, "KvK 71234568"),
            (50, 150, "Zuivelcoöperatie De Eendracht U.A.", 9),
            (50, 163, "Postbus 1187", 9),
            (50, 176, "8900 CD Leeuwarden", 9),
            *_TABLE,
        ]
    )
    assert seller == "Bureau Lindeboom"
    assert address == "Oudegracht 214, 3511 NV Utrecht"


def test_seller_named_only_in_the_footer_and_a_unit_that_reads_as_a_legal_form() -> None:
    # "1 kg" is a unit, not a limited partnership (KG).
    seller, address, _ = _parties(
        [
            (428, 60, "NORDLYS", 18),
            (55, 140, "Café Havnen I/S", 9),
            (55, 153, "Havnegade 3", 9),
            (55, 166, "5000 Odense C", 9),
            (58, 270, "Varenr.", 8),
            (118, 270, "Tekst", 8),
            (350, 270, "Antal", 8),
            (510, 270, "Beløb", 8),
            (59, 290, "ESP-1KG", 8),
            (119, 290, 'Espresso Blend "Fyr" 1 kg, hele bønner', 8),
            (362, 290, "24", 8),
            (502, 290, "4.536,00", 8),
            (56, 760, "Nordlys Kaffe ApS", 7),
            (300, 760, "CVR-nr.: 39145723", 7),
            (55, 769, "Jægersborggade 47", 7),
            (55, 778, "2200 København N", 7),
        ]
    )
    assert seller == "Nordlys Kaffe ApS"
    assert address == "Jægersborggade 47, 2200 København N"


def test_an_address_column_of_its_own_over_the_sellers_register_lines() -> None:
    _, address, _ = _parties(
        [
            (51, 68, "SCHILDERSBEDRIJF R. MULDER", 16),
            (50, 117, "Fam. Oude Elferink", 9),
            (380, 117, "Kerkstraat 12a", 9),
            (50, 130, "Hengelosestraat 188", 9),
            (380, 130, "7561 BE Deurningen", 9),
            (380, 142, "Tel. 06-41 22 87 90", 9),
            (50, 145, "7521 AK Enschede", 9),
            (380, 154, "KvK-nummer: 60882143", 9),
            (380, 166, "BTW-nummer: NL007124363B01", 9),
            *_TABLE,
        ]
    )
    assert address == "Kerkstraat 12a, 7561 BE Deurningen"


def test_a_signature_for_the_company_in_the_footer_does_not_rename_it() -> None:
    seller, _, _ = _parties(
        [
            (40, 70, "Shree Ganesh Electricals Pvt. Ltd.", 9),
            (40, 84, "Shop No. 14, Laxmi Industrial Estate", 8),
            (40, 92, "Andheri (East), Mumbai - 400093", 8),
            *_TABLE,
            (413, 760, "for Shree Ganesh Electricals Pvt. Ltd.", 8),
        ]
    )
    assert seller == "Shree Ganesh Electricals Pvt. Ltd."


_FOOTER_SELLER: list[Text] = [
    (40, 792, "Raileo Voyages SAS", 6),
    (40, 800, "9 rue de Rome", 6),
    (40, 808, "75008 Paris", 6),
    (212, 792, "RCS Paris 519037352", 6),
]


@pytest.mark.parametrize(
    ("block", "buyer"),
    [
        (["Clément RENAUD", "SARL RENAUD CONSEIL"], "SARL RENAUD CONSEIL"),
        (["Hôtel Bellecour SARL", "c/o Gestion Hôtelière SAS"], "Hôtel Bellecour SARL"),
    ],
)
def test_the_company_in_the_client_block_is_never_the_seller(block: list[str], buyer: str) -> None:
    # A logo word at the top, the seller's name and address only in the footer; the only
    # legal forms at the top are in the client's block (its contact person, a c/o line).
    found = _parties(
        [
            (42, 45, "RAILEO", 20),
            (381, 45, "Facture / Justificatif de voyage", 12),
            (41, 128, "Émise le : 18 février 2025", 8),
            (330, 128, "Client :", 8),
            (330, 140, block[0], 8),
            (330, 152, block[1], 8),
            (330, 164, "6 place Bellecour", 8),
            (330, 176, "69002 Lyon", 8),
            *_TABLE[:-1],
            *_FOOTER_SELLER,
        ]
    )
    assert found == ("Raileo Voyages SAS", "9 rue de Rome, 75008 Paris", buyer)


@pytest.mark.parametrize(
    "block",
    [
        ["Mme Sandrine LEFEBVRE", "Appartement 32", "14 rue des Tanneurs", "59000 LILLE"],
        ["M. ET MME GUERIN PHILIPPE", "LIEU-DIT LA BROSSE", "44850 LE CELLIER"],
    ],
)
def test_a_caption_less_window_ending_in_a_town_in_capitals(block: list[str]) -> None:
    rows: list[Text] = [(340, 160 + 13 * i, text, 10) for i, text in enumerate(block)]
    found = _parties([(40, 50, "vivabox", 18), (40, 165, "Votre facture", 12), *rows, *_TABLE])
    assert found[2] == block[0]


def test_a_seller_excel_block_top_left_and_the_buyer_under_an_an_caption() -> None:
    # No return address and no legal form: the seller's block stands where a window would
    # be; "An:" heads the buyer's block further down. Both are in the same town.
    found = _parties(
        [
            (37, 42, "Gasteiger Elektrotechnik", 11),
            (37, 56, "Salzachgasse 8", 9),
            (384, 56, "RECHNUNG", 14),
            (37, 70, "5020 Salzburg", 9),
            (37, 82, "Tel. 0662 874 512", 8),
            (37, 132, "An:", 8),
            (38, 146, "Hausverwaltung Moser & Partner GmbH", 10),
            (38, 158, "Linzer Gasse 21", 9),
            (37, 171, "5020 Salzburg", 9),
            *_TABLE,
        ]
    )
    assert found == (
        "Gasteiger Elektrotechnik",
        "Salzachgasse 8, 5020 Salzburg",
        "Hausverwaltung Moser & Partner GmbH",
    )


@pytest.mark.parametrize(
    ("footer", "expected"),
    [
        # The name and the address under it in the footer, the name alone at the top.
        (
            [
                (40, 792, "Energía del Levante, S.A.U.", 6),
                (40, 800, "Avda. de Aragón 30, 46021 Valencia", 6),
            ],
            "Avda. de Aragón 30, 46021 Valencia",
        ),
        # A pipe-separated footer line, the name at the top set in capitals.
        (
            [
                (
                    57,
                    790,
                    "Energía del Levante, S.A.U. | Hafenstraße 64 | 28217 Bremen | Tel 0421 38",
                    6,
                )
            ],
            "Hafenstraße 64, 28217 Bremen",
        ),
    ],
)
def test_a_seller_address_printed_only_with_the_name_in_the_footer(
    footer: list[Text], expected: str
) -> None:
    found = _parties(
        [
            (41, 50, "ENERGÍA DEL LEVANTE, S.A.U.", 12),
            (404, 50, "Factura", 14),
            (41, 97, "Nº factura:", 8),
            (146, 97, "FE25-3211-004471", 8),
            (41, 109, "Fecha emisión:", 8),
            (145, 109, "7 de marzo de 2025", 8),
            *_TABLE[:-1],
            *footer,
        ]
    )
    assert found[1] == expected


# The seller's full name known from the footer.
_LETTERHEAD_FOOTER: list[Text] = [
    (57, 790, "Brandner Holzbau Huber KG", 6),
    (200, 790, "USt-IdNr. DE136695976", 6),
    (330, 790, "Sparkasse Rosenheim", 6),
]


@pytest.mark.parametrize(
    ("letterhead", "expected"),
    [
        # The name at the top without its last words, the address one line under it.
        (
            [
                (57, 50, "Brandner Holzbau", 14),
                (57, 66, "Am Hang 4 - 83022 Rosenheim", 8),
                *_LETTERHEAD_FOOTER,
            ],
            "Am Hang 4 - 83022 Rosenheim",
        ),
        # Street and town flush right in a column of their own beside the name.
        (
            [
                (57, 50, "BRANDNER HOLZBAU", 14),
                (538, 50, ">Am Hang 4", 8),
                (538, 60, ">83022 Rosenheim", 8),
                *_LETTERHEAD_FOOTER,
            ],
            "Am Hang 4, 83022 Rosenheim",
        ),
        # A centred logo, then a block under the name with a word more (no name in the
        # footer).
        (
            [
                (297, 50, "=Brandner Holzbau", 16),
                (57, 110, "Brandner Holzbau Zimmerei", 8),
                (57, 122, "Am Hang 4", 8),
                (57, 134, "83022 Rosenheim", 8),
            ],
            "Am Hang 4, 83022 Rosenheim",
        ),
    ],
)
def test_a_letterhead_printing_the_name_shorter_or_longer_over_its_address(
    letterhead: list[Text], expected: str
) -> None:
    found = _parties(
        [
            *letterhead,
            (340, 110, "Rechnung an", 8),
            (340, 122, "Gasthof Post", 8),
            (340, 134, "Marktplatz 1", 8),
            (340, 146, "83026 Rosenheim", 8),
            (57, 200, "Rechnung Nr. 2026-118", 10),
            *_TABLE,
        ]
    )
    assert found[1] == expected


def test_a_logo_over_its_address_line_and_a_legal_form_addressee_on_the_right() -> None:
    found = _parties(
        [
            (120, 58, "=SAVOIE", 14),
            (120, 70, "=CARTONNAGES", 6),
            (57, 90, "8 chemin des Prés - ZA du Lac - 73100 Aix-les-Bains", 7),
            (57, 102, "Tél. 04 79 00 11 22 - contact@example.fr", 7),
            (57, 140, "FACTURE", 16),
            (324, 140, "Fromagerie Dubois SARL", 10),
            (324, 153, "Service Achats", 9),
            (324, 166, "5 rue Victor Hugo", 9),
            (324, 179, "74000 Annecy", 9),
            (57, 162, "N° facture :", 8),
            (142, 162, "FA-2026-114", 8),
            *_TABLE,
        ]
    )
    assert found == (
        "SAVOIE CARTONNAGES",
        "8 chemin des Prés - ZA du Lac - 73100 Aix-les-Bains",
        "Fromagerie Dubois SARL",
    )


def test_a_logos_letters_beside_a_right_aligned_block_are_no_address() -> None:
    found = _parties(
        [
            (480, 50, ">Talleres Mecánicos Ebro S.L.", 12),
            (480, 64, ">Calle de Miguel Servet 142", 9),
            (488, 64, "E B R O", 12),
            (480, 76, ">50013 Zaragoza", 9),
            *_TABLE,
        ]
    )
    assert found[:2] == (
        "Talleres Mecánicos Ebro S.L.",
        "Calle de Miguel Servet 142, 50013 Zaragoza",
    )


def test_a_bare_to_caption_on_the_remittance_slip_names_no_buyer() -> None:
    _, _, buyer = _parties(
        [
            *_SPANISH_SELLER,
            (330, 130, "Hôtel Les Tilleuls", 10),
            (330, 143, "12 rue des Lilas", 10),
            (330, 156, "69002 Lyon", 10),
            *_TABLE[:-1],
            (57, 700, "To:", 9),
            (57, 712, "Distribuciones Hermanos Olmedo, S.L.", 9),
            (57, 724, "14700 Palma del Río", 9),
        ]
    )
    assert buyer == "Hôtel Les Tilleuls"


def test_a_buyers_address_in_one_line_under_its_caption_names_it_in_its_first_piece() -> None:
    _, _, buyer = _parties(
        [
            *_SPANISH_SELLER,
            (330, 130, "Rechnungsempfänger:", 10),
            (330, 143, "Weber Bau GmbH · Hauptstr. 5 · 12345 Berlin", 10),
            *_TABLE,
        ]
    )
    assert buyer == "Weber Bau GmbH"


def _listing(party: str, rows: list[tuple[str, str]], top: float) -> list[Text]:
    """A section of a caption | value listing (an e-invoice visualisation): the party's bar,
    then its rows, an empty caption going on in the value column."""
    texts: list[Text] = [(65, top, party, 8)]
    for number, (caption, value) in enumerate(rows, start=1):
        if caption:
            texts.append((65, top + 12 * number, caption, 7))
        texts.append((300, top + 12 * number, value, 7))
    return texts


@pytest.mark.parametrize(
    ("seller_rows", "expected"),
    [
        # A contact row between the name and the address; the town row under the street.
        (
            [
                ("Nummer:", "70012"),
                ("Name:", "Kessler Haustechnik GmbH"),
                ("Ansprechpartner:", "Jonas Pfeil"),
                ("Anschrift:", "Kornweg 17"),
                ("", "DE 79098 Freiburg"),
                ("Steuernummer:", "147/293/50113"),
            ],
            "Kornweg 17, DE 79098 Freiburg",
        ),
        # English captions, a building row, a British postcode before the town.
        (
            [
                ("Name:", "Harbour Lane Supplies Ltd"),
                ("Address:", "41 Quayside Road"),
                ("", "Unit 5"),
                ("", "GB BS1 4QT Bristol"),
                ("VAT ID:", "GB999999973"),
            ],
            "41 Quayside Road, Unit 5, GB BS1 4QT Bristol",
        ),
    ],
)
def test_the_address_row_of_a_caption_value_listing(
    seller_rows: list[tuple[str, str]], expected: str
) -> None:
    buyer_rows = [
        ("Name:", "Pension Talblick KG"),
        ("Anschrift:", "Am Ufer 4"),
        ("", "DE 79100 Au"),
    ]
    seller, address, buyer = _parties(
        [
            *_listing("Verkäufer", seller_rows, 110),
            *_listing("Käufer/Leistungsempfänger", buyer_rows, 210),
            *_TABLE[:-1],
        ]
    )
    name = next(value for caption, value in seller_rows if caption == "Name:")
    assert (seller, address, buyer) == (name, expected, "Pension Talblick KG")


_FILLER: list[Text] = [
    (57, 400 + 12 * row, f"Write a review of item {row}", 7) for row in range(12)
]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        # A platform's caption over the block it issues for ("... on behalf of:"): no name.
        (
            [
                (57, 80, "Issued by Ryde B.V. in the name and on behalf of:", 8),
                (57, 94, "Transportes Ribeiro & Costa, Unipessoal Lda", 9),
                (57, 106, "Rua Actor Taborda 27, 2.º Esq.", 9),
                (57, 118, "1000-008 Lisboa", 9),
                (330, 180, "Invoice to", 9),
                (330, 192, "Lukas Albrecht", 9),
            ],
            (
                "Transportes Ribeiro & Costa, Unipessoal Lda",
                "Rua Actor Taborda 27, 2.º Esq., 1000-008 Lisboa",
                "Lukas Albrecht",
            ),
        ),
        # Role words with the party's caption in brackets.
        (
            [
                (57, 90, "Hôte (émetteur)", 8),
                (57, 104, "Conciergerie Côte Basque SAS", 9),
                (57, 116, "14 avenue de la Marne", 9),
                (57, 128, "64200 Biarritz", 9),
                (330, 90, "Voyageur (client)", 8),
                (330, 104, "Julien Marchand", 9),
                (330, 116, "7 rue des Tanneurs, 67000 Strasbourg", 9),
            ],
            (
                "Conciergerie Côte Basque SAS",
                "14 avenue de la Marne, 64200 Biarritz",
                "Julien Marchand",
            ),
        ),
        # A receipt: the card heads "Billed to"; the seller only in a one-line footer with
        # an address without a postcode, a copyright line under it.
        (
            [
                (57, 90, "BILLED TO", 7),
                (57, 100, "Visa .... 7713", 7),
                (57, 110, "Niamh O'Brien", 7),
                (57, 120, "12 Glasthule Road", 7),
                *_FILLER,
                (
                    57,
                    760,
                    "Orchard Media International Ltd., Hollyhill Industrial Estate, Hollyhill, "
                    "Cork, Republic of Ireland.",
                    6,
                ),
                (
                    57,
                    790,
                    "Copyright © 2026 Orchard Media International Ltd. All rights reserved",
                    6,
                ),
            ],
            (
                "Orchard Media International Ltd.",
                "Hollyhill Industrial Estate, Hollyhill, Cork, Republic of Ireland",
                "Niamh O'Brien",
            ),
        ),
        # A Dublin postal district stands for the postcode.
        (
            [
                (57, 60, "Linkvale Ireland Unlimited Company", 9),
                (57, 72, "Wilton Plaza", 9),
                (57, 84, "Wilton Place, Dublin 2", 9),
                (57, 96, "Ireland", 9),
                (57, 200, "Bill to", 9),
                (57, 212, "Ardmore Analytics Ltd", 9),
            ],
            (
                "Linkvale Ireland Unlimited Company",
                "Wilton Plaza, Wilton Place, Dublin 2, Ireland",
                "Ardmore Analytics Ltd",
            ),
        ),
        # ... and its Eircode on the line under it goes with the address.
        (
            [
                (57, 60, "Fenwick Data Labs Limited", 9),
                (57, 72, "4 Grand Canal Quay", 9),
                (57, 84, "Dublin 2", 9),
                (57, 96, "D02 X576", 9),
                (57, 108, "Ireland", 9),
                (57, 200, "Bill to", 9),
                (57, 212, "Corrib Health Analytics DAC", 9),
            ],
            (
                "Fenwick Data Labs Limited",
                "4 Grand Canal Quay, Dublin 2, D02 X576, Ireland",
                "Corrib Health Analytics DAC",
            ),
        ),
        # A company number in brackets under the name starts no address.
        (
            [
                (57, 50, "Kedai Jaya Sdn Bhd", 12),
                (57, 64, "(Co. No. 884421-M)", 9),
                (57, 76, "12 Jalan Ampang", 9),
                (57, 88, "50450 Kuala Lumpur", 9),
                (330, 130, "Bill to", 9),
                (330, 142, "Tan Ah Kow", 9),
            ],
            ("Kedai Jaya Sdn Bhd", "12 Jalan Ampang, 50450 Kuala Lumpur", "Tan Ah Kow"),
        ),
    ],
)
def test_platform_captions_cards_and_footer_sellers(
    texts: list[Text], expected: tuple[str, str, str]
) -> None:
    assert _parties([(400, 40, "Invoice", 14), *texts, *_TABLE[:-1]]) == expected


def test_a_bezeichnung_caption_names_the_party_in_a_listing() -> None:
    rows = [("Bezeichnung:", "Kessler Haustechnik GmbH"), ("Anschrift:", "Kornweg 17")]
    buyer_rows = [("Bezeichnung:", "Pension Talblick KG"), ("Anschrift:", "Am Ufer 4")]
    seller, _, buyer = _parties(
        [
            *_listing("Verkäufer", [*rows, ("", "DE 79098 Freiburg")], 110),
            *_listing("Käufer", [*buyer_rows, ("", "DE 79100 Au")], 210),
            *_TABLE[:-1],
        ]
    )
    assert (seller, buyer) == ("Kessler Haustechnik GmbH", "Pension Talblick KG")


def test_service_invoice_bands_centred_over_their_blocks_with_name_captions() -> None:
    seller, _, buyer = _parties(
        [
            (40, 40, "PREFEITURA MUNICIPAL", 10),
            (298, 110, "=PRESTADOR DE SERVIÇOS", 9),
            (40, 124, "CPF/CNPJ: 11.222.333/0001-81", 8),
            (40, 136, "Nome/Razão Social: NUVEM SISTEMAS LTDA", 8),
            (40, 148, "Endereço: AV PAULISTA 1842 - CEP: 01310-200", 8),
            (298, 194, "=TOMADOR DE SERVIÇOS", 9),
            (40, 208, "Nome/Razão Social: METALÚRGICA VALE S.A.", 8),
            (40, 220, "CPF/CNPJ: 09.341.772/0001-61", 8),
            (555, 300, ">Page 1", 8),
        ]
    )
    assert (seller, buyer) == ("NUVEM SISTEMAS LTDA", "METALÚRGICA VALE S.A.")


def test_a_receptor_caption_beside_the_buyers_name() -> None:
    _, _, buyer = _parties(
        [
            (41, 40, "COMERCIALIZADORA NORTE", 12),
            (41, 56, "RFC emisor: CSA170822K75", 8),
            (41, 120, "Receptor:", 9),
            (90, 120, "GRUPO TEXTIL DEL SUR SA DE CV", 9),
            (91, 132, "RFC: GTM0905146P3", 8),
            *_TABLE,
        ]
    )
    assert buyer == "GRUPO TEXTIL DEL SUR SA DE CV"


def test_a_captioned_date_beside_the_bill_to_caption_is_no_customer_code() -> None:
    _, _, buyer = _parties(
        [
            (41, 30, "NEGEV SYSTEMS LTD", 14),
            (41, 100, "Bill to:", 9),
            (381, 100, "Date: 18/09/2024", 9),
            (41, 112, "Kibbutz Revivim Cooperative Society Ltd", 9),
            (381, 112, "Due date: 31/10/2024", 9),
            *_TABLE,
        ]
    )
    assert buyer == "Kibbutz Revivim Cooperative Society Ltd"


def test_a_streets_direction_after_the_house_number_is_no_legal_form() -> None:
    seller, _, _ = _parties(
        [
            (41, 40, "COMERCIALIZADORA SIERRA", 12),
            (387, 40, "FACTURA", 12),
            (41, 56, "Régimen fiscal: 601 General de Ley", 8),
            (41, 68, "Av. Constitución 2050 Pte., Col. Centro, Monterrey, N.L.", 8),
            *_TABLE,
        ]
    )
    assert seller == "COMERCIALIZADORA SIERRA"


def test_a_captioned_address_row_with_a_six_digit_postcode_in_a_supplier_listing() -> None:
    seller, address, _ = _parties(
        [
            (41, 80, "Supplier", 8),
            (305, 80, "Customer", 8),
            (40, 92, "CARPATIC TRANSLATIONS SRL", 10),
            (306, 92, "DACIA AGRO EXPORT SA", 10),
            (40, 106, "CUI: RO18547737", 8),
            (305, 106, "CUI: RO31082655", 8),
            (40, 118, "Address: Str. Ion Câmpineanu 11, Sector 1, 010031 Bucuresti", 8),
            (305, 118, "Address: Calea Turzii 178, 400495 Cluj-Napoca", 8),
            *_TABLE,
        ]
    )
    assert seller == "CARPATIC TRANSLATIONS SRL"
    assert address == "Str. Ion Câmpineanu 11, Sector 1, 010031 Bucuresti"


@pytest.mark.parametrize(
    ("street_lines", "expected"),
    [
        # The street after the town on one line (Hungary).
        (["1097 Budapest, Gubacsi út 6/B."], "1097 Budapest, Gubacsi út 6/B."),
        # A street whose house number has a "No:" caption over the town (Turkey).
        (
            ["Organize Sanayi Bölgesi 4. Cadde No: 17", "16140 Nilüfer / Bursa"],
            "Organize Sanayi Bölgesi 4. Cadde No: 17, 16140 Nilüfer / Bursa",
        ),
    ],
)
def test_street_after_the_town_or_with_a_captioned_house_number(
    street_lines: list[str], expected: str
) -> None:
    _, address, _ = _parties(
        [
            (41, 50, "Seller", 8),
            (41, 62, "Duna Print Kft.", 10),
            *[(41, 74 + 11 * i, text, 8) for i, text in enumerate(street_lines)],
            (41, 110, "Tel: +36 1 555 0101", 8),
            *_TABLE,
        ]
    )
    assert address == expected


def test_a_hotels_list_of_trades_under_its_logo_is_no_seller_name() -> None:
    seller, address, _ = _parties(
        [
            (298, 45, "=Alpenhof Sonnleitn", 20),
            (298, 62, "=Hotel · Restaurant · Spa", 9),
            (298, 75, "=Familie Hölzl GmbH | Dorfstraße 27 | 6561 Ischgl | Tirol", 8),
            (51, 122, "Dr. Matthias Berger", 9),
            (51, 134, "Lindengasse 41/12", 9),
            (51, 146, "1070 Wien", 9),
            *_TABLE,
        ]
    )
    assert (seller, address) == ("Familie Hölzl GmbH", "Dorfstraße 27, 6561 Ischgl")


def test_a_centred_letterhead_with_a_luxembourg_form_over_the_addressee() -> None:
    seller, _, buyer = _parties(
        [
            (298, 40, "=FIDUCIAIRE MOSELLE S.à r.l.", 14),
            (298, 60, "=12, rue Jean Origer · L-2269 Luxembourg", 9),
            (330, 110, "Pegasus Logistics Holdings S.A.", 10),
            (330, 122, "2, Zone Industrielle Bombicht", 10),
            (330, 134, "L-6947 Niederanven", 10),
            *_TABLE,
        ]
    )
    assert (seller, buyer) == ("FIDUCIAIRE MOSELLE S.à r.l.", "Pegasus Logistics Holdings S.A.")


def test_the_issuers_block_with_its_registration_beside_the_addressee() -> None:
    seller, address, buyer = _parties(
        [
            (298, 50, "=INVOICE", 18),
            (41, 100, "Orion Foods Co., Ltd.", 12),
            (41, 118, "Procurement Dept.", 9),
            (554, 118, ">Sakura Trading Co., Ltd.", 10),
            (554, 130, ">3-12-8 Shibuya, Shibuya-ku", 8),
            (554, 142, ">Tokyo 150-0002, Japan", 8),
            (554, 166, ">Registration No. T1011101012345", 8),
            *_TABLE,
        ]
    )
    assert (seller, buyer) == ("Sakura Trading Co., Ltd.", "Orion Foods Co., Ltd.")
    assert address == "3-12-8 Shibuya, Shibuya-ku, Tokyo 150-0002, Japan"
