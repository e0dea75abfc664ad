"""The seller's letterhead block: a Gaelic "An ..." or a German "An der ..." street line
is no addressee's opening (readerlines.py), an estate's name holding "Trading" is no
legal-form name (addresspatterns.py), a legal form opening a tag line of trades is no
name (formopeningline.py), and a country's official long name ends the address (towns.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.formopeningline import form_opened_tagline
from facturist.engine.readerlines import opens_other_block

from .conftest import SizedText, make_aligned_pdf

_ENGLISH_ITEMS: list[SizedText] = [
    (46, 230, "Description", 8),
    (330, 230, "Qty", 8),
    (400, 230, "Unit", 8),
    (480, 230, "Net", 8),
    (46, 248, "Galvanised shackle 19mm", 8),
    (335, 248, ">4", 8),
    (425, 248, ">10.00", 8),
    (505, 248, ">40.00", 8),
    (380, 290, "Goods", 8),
    (505, 290, ">40.00", 8),
    (380, 304, "VAT", 8),
    (505, 304, ">8.00", 8),
    (380, 318, "Amount due GBP", 8),
    (505, 318, ">48.00", 8),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_gaelic_article_street_is_no_addressee_opening() -> None:
    assert not opens_other_block("An Tobar Industrial Estate", [], set())
    assert not opens_other_block("An der Alster 12", [], set())
    assert opens_other_block("An die Firma Weber GmbH", [], set())


def test_seller_block_beside_invoice_to_block() -> None:
    texts: list[SizedText] = [
        (40, 42, "GLENMORE BOATYARD", 13),
        (320, 42, "INVOICE TO", 8),
        (40, 63, "Glenmore Boatyard Ltd", 9),
        (320, 63, "Harbour Cafe Ltd", 9),
        (40, 75, "An Tobar Industrial Estate", 9),
        (320, 75, "Pier Road", 9),
        (40, 87, "Oban PA34 4HB", 9),
        (320, 87, "Tobermory PA75 6NU", 9),
        (40, 99, "Scotland", 9),
        (320, 99, "VAT Reg No GB 335 8802 43", 9),
        (40, 111, "VAT Reg No GB 904 6617 27", 9),
        (46, 160, "Invoice", 8),
        (46, 180, "INV 4410", 8),
        (140, 160, "Invoice date", 8),
        (140, 180, "28/02/2026", 8),
        *_ENGLISH_ITEMS,
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Glenmore Boatyard Ltd"
    assert fields["seller_address"] == "An Tobar Industrial Estate, Oban PA34 4HB, Scotland"
    assert fields["buyer_address"] == "Pier Road, Tobermory PA75 6NU"


def test_trading_estate_line_in_a_middle_column_letterhead() -> None:
    texts: list[SizedText] = [
        (40, 34, "HARGREAVE", 12),
        (250, 34, "Hargreave Paper Supplies Ltd", 9),
        (440, 34, "INVOICE", 12),
        (250, 46, "Wharfside Trading Estate", 8),
        (440, 46, "Page 1 of 1", 8),
        (40, 57, "PAPER SUPPLIES", 7),
        (250, 57, "Bradford BD4 7TJ", 8),
        (40, 102, "Invoice to", 8),
        (40, 115, "Dalesman Print Ltd", 9),
        (40, 127, "41 Brook Street", 9),
        (40, 139, "Skipton BD23 1DX", 9),
        (360, 115, "Invoice No", 8),
        (440, 115, "T-2284", 8),
        (360, 127, "Date", 8),
        (440, 127, "05/03/2026", 8),
        *_ENGLISH_ITEMS,
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Hargreave Paper Supplies Ltd"
    assert fields["seller_address"] == "Wharfside Trading Estate, Bradford BD4 7TJ"


def test_legal_form_opening_a_trades_tagline_is_no_name() -> None:
    assert form_opened_tagline("SAS – Gros œuvre · Rénovation · Carrelage")
    assert form_opened_tagline("GmbH - Sanitär · Heizung · Lüftung")
    assert not form_opened_tagline("Durand Frères SAS")
    assert not form_opened_tagline("SAS au capital de 30 000 €")


def test_wordmark_over_form_tagline_is_the_seller() -> None:
    texts: list[SizedText] = [
        (120, 57, "Boulangerie Kermarrec & Fils", 15),
        (70, 74, "BK", 16),
        (120, 74, "SARL – Pain · Viennoiserie · Pâtisserie", 8),
        (120, 93, "12 rue de Brest – 29000 Quimper – 02 98 41 07 55", 8),
        (363, 129, "FACTURE N° FAC-2026-031", 11),
        (52, 140, "M. Yannick Quéré", 9),
        (363, 140, "Date : 05/03/2026", 8),
        (52, 152, "18 rue de Siam", 9),
        (52, 165, "29200 Brest", 9),
        (55, 256, "Désignation", 8),
        (330, 256, "Qté", 8),
        (400, 256, "P.U. HT", 8),
        (480, 256, "Total HT", 8),
        (55, 273, "Pain de campagne", 8),
        (335, 273, ">10", 8),
        (425, 273, ">4,00", 8),
        (520, 273, ">40,00", 8),
        (380, 310, "Total HT", 8),
        (520, 310, ">40,00", 8),
        (380, 324, "TVA 5,5 %", 8),
        (520, 324, ">2,20", 8),
        (380, 338, "Total TTC", 8),
        (520, 338, ">42,20", 8),
    ]
    fields = _fields(texts)
    assert fields["seller_name"] == "Boulangerie Kermarrec & Fils"


def test_country_by_its_official_long_name_ends_the_address() -> None:
    texts: list[SizedText] = [
        (540, 28, ">Orbitlux Services S.à r.l.", 10),
        (52, 32, "orbitlux", 20),
        (540, 39, ">12, rue de Bonnevoie", 8),
        (540, 50, ">L-1260 Luxembourg", 8),
        (540, 61, ">Grand-Duché de Luxembourg", 8),
        (52, 126, "FACTURE", 14),
        (340, 126, "Destinataire", 8),
        (340, 152, "Transports Weber SAS", 9),
        (340, 164, "5 rue de l'Industrie", 9),
        (340, 176, "57100 Thionville", 9),
        (52, 158, "Facture n°", 8),
        (130, 158, "LU-26-0091", 8),
        (52, 170, "Date", 8),
        (130, 170, "27/02/2026", 8),
        (55, 362, "Libellé", 8),
        (330, 362, "Qté", 8),
        (480, 362, "Montant HTVA", 8),
        (55, 380, "Hébergement serveur", 8),
        (335, 380, ">1", 8),
        (520, 380, ">1.450,00", 8),
        (369, 474, "Montant HTVA", 8),
        (520, 474, ">1.450,00", 8),
        (369, 488, "TVA 0 %", 8),
        (520, 488, ">0,00", 8),
        (369, 502, "Montant total EUR", 8),
        (520, 502, ">1.450,00", 8),
    ]
    fields = _fields(texts)
    assert fields["seller_address"] == (
        "12, rue de Bonnevoie, L-1260 Luxembourg, Grand-Duché de Luxembourg"
    )


def test_registered_office_when_no_block_gives_the_address() -> None:
    texts: list[SizedText] = [
        (40, 42, "GLENMORE BOATYARD", 13),
        (320, 42, "INVOICE TO", 8),
        (40, 63, "Glenmore Boatyard Ltd", 9),
        (320, 63, "Harbour Cafe Ltd", 9),
        (40, 75, "VAT Reg No GB 904 6617 27", 9),
        (320, 75, "Pier Road", 9),
        (320, 87, "Tobermory PA75 6NU", 9),
        (46, 160, "Invoice", 8),
        (46, 180, "INV 4410", 8),
        (140, 160, "Invoice date", 8),
        (140, 180, "28/02/2026", 8),
        *_ENGLISH_ITEMS,
        (
            40,
            796,
            "Registered in Scotland No. SC598214. Registered office: 5 Mill Lane, Oban PA34 4HB.",
            7,
        ),
    ]
    fields = _fields(texts)
    assert fields["seller_address"] == "5 Mill Lane, Oban PA34 4HB"
    assert fields["buyer_address"] == "Pier Road, Tobermory PA75 6NU"
