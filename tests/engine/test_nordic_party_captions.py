"""Buyer captions of Nordic and Dutch invoices ("Faktureres til", "Kaupandi:", "Afnemer") over
the customer's block, below or beside the seller's letterhead."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf, make_sized_pdf

Row = tuple[float, float, str]

_META: list[Row] = [
    (350, 250, "Fakturanr."),
    (450, 250, "184"),
    (350, 264, "Fakturadato"),
    (450, 264, "30-04-2025"),
    (50, 320, "Beskrivelse"),
    (300, 320, "Antal"),
    (360, 320, "Pris"),
    (480, 320, "Beløb"),
    (50, 338, "Konsulentbistand"),
    (300, 338, "2"),
    (360, 338, "500,00"),
    (480, 338, "1.000,00"),
    (360, 380, "Subtotal"),
    (480, 380, "1.000,00"),
    (360, 394, "Moms 25%"),
    (480, 394, "250,00"),
    (360, 408, "I alt DKK"),
    (480, 408, "1.250,00"),
]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows + _META]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _letterhead() -> list[Row]:
    return [
        (50, 50, "Nørrebro Kode IVS"),
        (50, 64, "Guldbergsgade 29F, 1. tv."),
        (50, 78, "2200 København N"),
        (50, 92, "CVR-nr.: 41720948"),
        (400, 50, "FAKTURA"),
    ]


@pytest.mark.parametrize("caption", ["Faktureres til", "Fakturamottaker", "Faktureras till"])
def test_danish_faktureres_til_caption_marks_the_buyer(caption: str) -> None:
    rows = [
        *_letterhead(),
        (50, 150, caption),
        (50, 164, "Fjordline Logistik A/S"),
        (50, 178, "Økonomiafdelingen"),
        (50, 192, "Strandvejen 171"),
        (50, 206, "2900 Hellerup"),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Nørrebro Kode IVS"
    assert fields["buyer_name"] == "Fjordline Logistik A/S"


def test_icelandic_kaupandi_caption_marks_the_buyer() -> None:
    rows = [
        (50, 50, "Tölvulausnir Faxaflóa ehf."),
        (50, 64, "Borgartún 26"),
        (50, 78, "105 Reykjavík"),
        (50, 150, "Kaupandi:"),
        (50, 164, "Hótel Vesturgata ehf."),
        (50, 178, "Vesturgötu 17"),
        (50, 192, "101 Reykjavík"),
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Hótel Vesturgata ehf."


def test_dutch_afnemer_heading_is_a_caption_not_the_name() -> None:
    rows = [
        (40, 100, "Leverancier"),
        (40, 114, "Installatiebedrijf De Graaf B.V."),
        (40, 128, "Kanaalweg 17"),
        (40, 142, "3526 KL Utrecht"),
        (298, 100, "Afnemer"),
        (298, 114, "VvE Oudegracht 210-214"),
        (298, 128, "Oudegracht 212"),
        (298, 142, "3511 NS Utrecht"),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Installatiebedrijf De Graaf B.V."
    assert fields["buyer_name"] == "VvE Oudegracht 210-214"


def test_italian_captioned_address_with_the_postcode_after_the_town() -> None:
    rows = [
        (40, 80, "Cedente/prestatore (fornitore)"),
        (40, 96, "Identificativo fiscale ai fini IVA: IT03214570362"),
        (40, 110, "Denominazione: Officine Grafiche Bertolani S.r.l."),
        (40, 124, "Indirizzo: Via Emilia Est 1480"),
        (40, 138, "Comune: Modena   Provincia: MO   Cap: 41126"),
        (40, 152, "Nazione: IT"),
        (40, 166, "Pec: amministrazione@pec.bertolani-grafiche.it"),
        (300, 80, "Cessionario/committente (cliente)"),
        (300, 96, "Identificativo fiscale ai fini IVA: IT00418890364"),
        (300, 110, "Denominazione: Cantina Sociale Soc. Coop."),
        (300, 124, "Indirizzo: Via Sinistra Guerro 52"),
        (300, 138, "Comune: Castelvetro di Modena   Provincia: MO   Cap: 41014"),
        (300, 152, "Nazione: IT"),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Officine Grafiche Bertolani S.r.l."
    assert fields["seller_address"] == "Via Emilia Est 1480, 41126 Modena (MO), IT"


def test_finnish_transfer_form_payer_is_the_buyer() -> None:
    rows = [
        (45, 46, "Aurajoen Siivous ja Kiinteistöhuolto Oy"),
        (45, 62, "Linnankatu 54"),
        (45, 74, "20100 Turku"),
        (330, 46, "MAKSUMUISTUTUS"),
        (45, 127, "Asunto Oy Turun Puistokatu 7"),
        (45, 140, "c/o Isännöinti Lounais Oy"),
        (45, 153, "Puistokatu 7"),
        (45, 166, "20100 Turku"),
        (35, 700, "Saaja / Mottagare"),
        (135, 700, "Aurajoen Siivous ja Kiinteistöhuolto Oy"),
        (295, 700, "Viesti / Meddelande"),
        (35, 738, "Maksaja / Betalare"),
        (135, 738, "Asunto Oy Turun Puistokatu 7"),
        (135, 749, "Puistokatu 7, 20100 Turku"),
    ]
    fields = _fields(rows)
    assert fields["seller_name"] == "Aurajoen Siivous ja Kiinteistöhuolto Oy"
    assert fields["buyer_name"] == "Asunto Oy Turun Puistokatu 7"


def test_uncaptioned_owners_association_named_after_its_street() -> None:
    # A housing co-owners' association (sameie, VvE, Asunto Oy, WEG) bears its building's
    # street and number: a name with digits, the addressee's block all the same.
    rows = [
        (40, 40, "FANA TØMRER"),
        (40, 56, "og Bygg AS · Mesterbedrift"),
        (400, 40, "Faktura"),
        (50, 120, "Sameiet Solheimsgaten 22"),
        (50, 134, "v/ styreleder Kari Vik"),
        (50, 148, "Solheimsgaten 22"),
        (50, 162, "5058 Bergen"),
        (40, 780, "Fana Tømrer og Bygg AS · Nesttunbrekka 97 · 5221 Nesttun"),
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Sameiet Solheimsgaten 22"


def test_seller_address_in_the_footer_block_under_its_legal_name() -> None:
    # The header prints the brand alone; the footer's first column the legal name ("... AS")
    # over the street and town.
    rows = [
        (86, 43, "Nidelva Kraft"),
        (86, 62, "Strøm for Trøndelag"),
        (427, 44, "Faktura – strøm"),
        (50, 120, "Bakeriet på Bakklandet AS"),
        (50, 134, "Øvre Bakklandet 66"),
        (50, 148, "7013 Trondheim"),
        (41, 790, "Nidelva Kraft AS"),
        (41, 801, "Sluppenveien 21"),
        (41, 812, "7037 Trondheim"),
        (212, 790, "Org.nr. NO 987 012 358 MVA"),
        (384, 790, "kundeservice@nidelvakraft.no"),
    ]
    fields = _fields(rows)
    assert fields["seller_address"] == "Sluppenveien 21, 7037 Trondheim"


def test_trading_estate_in_the_letterhead_address_is_no_legal_form() -> None:
    # The name itself is white on a dark band the text layer (or OCR) lost; the address line
    # under it names a "Trading Estate", which is no company's "Trading".
    rows = [
        (120, 47, "Unit 7, Severn Trading Estate, Bristol BS11 8AZ"),
        (
            63,
            132,
            "Thornbury Print & Packaging Ltd · Unit 7, Severn Trading Estate · Bristol BS11 8AZ",
        ),
        (64, 146, "Meadowsweet Tea Company"),
        (64, 160, "Goods-in"),
        (64, 174, "14 Lower Park Row"),
        (64, 188, "Bristol BS1 5BN"),
        (63, 760, "Thornbury Print & Packaging Ltd"),
        (63, 772, "Registered office: Unit 7, Severn Trading Estate, Bristol BS11 8AZ"),
    ]
    fields = _fields(rows)
    assert fields["buyer_name"] == "Meadowsweet Tea Company"
    assert fields["seller_name"] == "Thornbury Print & Packaging Ltd"


def test_short_letter_digit_code_beside_client_caption_is_no_name() -> None:
    # "Client  BDN01" in the meta block: a customer's account code, the window's recipient
    # under the sender's return line (small print) the buyer.
    rows: list[tuple[float, float, str, float]] = [
        (300, 48, "Transports Vasseur & Fils", 14),
        (315, 64, "ZA du Chemin Vert, 7 rue Gustave Eiffel", 10),
        (407, 78, "59160 Lomme", 10),
        (63, 133, "Transports Vasseur & Fils · 7 rue Gustave Eiffel · 59160 Lomme", 6),
        (63, 146, "Brasserie du Nord SAS", 10),
        (63, 160, "Service comptabilité", 10),
        (63, 174, "3 quai de Wault", 10),
        (63, 188, "59000 Lille", 10),
        (369, 160, "Client", 10),
        (480, 160, "BDN01", 10),
    ]
    pdf = make_sized_pdf(rows + [(*row, 10.0) for row in _META])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Brasserie du Nord SAS"
    assert fields["seller_name"] == "Transports Vasseur & Fils"
