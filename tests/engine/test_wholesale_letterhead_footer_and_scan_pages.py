"""Wholesale invoices over several pages: the legal name the footer prints apart from its form
("Comptoir ... de l'Olivier – SAS au capital de ..."), a business park's line over the street
beside the addressee's block, a town two spaces from its postcode in monospaced print, the
shortened salutations "Hr." / "Fr." of a reader's line, and a scan's repeated table header
whose captions the OCR parts otherwise than on page one."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.continuedpage import same_places
from facturist.engine.layout import Line
from facturist.engine.letterheadaddress import letterhead_address
from facturist.engine.model import Box, Value, Word
from facturist.engine.readerlines import reader_line

from .conftest import SizedText, make_aligned_pdf, make_sized_pdf, spaced_lines


def _rows(x_amount: float = 500) -> list[SizedText]:
    rows: list[SizedText] = [
        (40, 230, "Désignation", 8),
        (300, 230, "Qté", 8),
        (380, 230, "PU HT", 8),
        (x_amount, 230, "Montant HT", 8),
    ]
    for n in range(8):
        y = 246 + 12 * n
        rows += [(40, y, f"Savon artisanal lot {n + 1}", 8), (300, y, "1", 8)]
        rows += [(380, y, "10,00", 8), (x_amount, y, "10,00", 8)]
    rows += [(380, 360, "Total HT", 8), (x_amount, 360, "80,00", 8)]
    rows += [(380, 372, "TVA 20 %", 8), (x_amount, 372, "16,00", 8)]
    rows += [(380, 384, "Total TTC", 8), (x_amount, 384, "96,00", 8)]
    return rows


def test_footer_name_before_its_form_piece_completes_the_letterhead_name() -> None:
    page: list[SizedText] = [
        (30, 40, "Comptoir Méridional", 16),
        (30, 56, "de l'Olivier — grossiste en produits du Sud", 7),
        (30, 65, "12, avenue des Chartreux", 7),
        (30, 74, "13004 Marseille", 7),
        (330, 70, "Adresse de facturation", 6),
        (330, 80, "ÉPICERIE DU MARCHÉ", 8),
        (330, 92, "7, rue Mercière", 8),
        (330, 104, "69002 Lyon", 8),
        (30, 140, "FACTURE N° FC25-0042", 10),
        (30, 154, "Date : 12/02/2025", 8),
        *_rows(),
        (80, 790, "Comptoir Méridional de l'Olivier – SAS au capital de 80 000 € – RCS Aix", 5),
    ]
    fields = extract_canonical(make_sized_pdf(page), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Comptoir Méridional de l'Olivier"


def test_business_park_line_over_the_street_beside_the_addressee_block() -> None:
    page = spaced_lines(
        [
            (34, 30, "QMB"),
            (34, 44, "Quincaillerie Moderne du Bassin"),
            (34, 58, "Parc d'activités des Prés"),
            (330, 66, "Facturé à :"),
            (34, 72, "8, rue Verte"),
            (34, 86, "59650 Villeneuve-d'Ascq"),
            (330, 86, "SARL Menuiserie Lefort"),
            (34, 100, "Tél. 03 20 41 00 00"),
            (330, 100, "17, rue de Paris"),
            (330, 114, "59300 Valenciennes"),
            (34, 500, "Désignation"),
        ]
    )
    buyer = Value("SARL Menuiserie Lefort", "SARL Menuiserie Lefort", (Box(1, 330, 86, 440, 95),))
    found = letterhead_address(page, buyer)
    assert found is not None
    assert found.value == "Parc d'activités des Prés, 8, rue Verte, 59650 Villeneuve-d'Ascq"


def test_town_two_spaces_from_its_postcode_in_monospaced_print() -> None:
    page: list[SizedText] = [
        (36, 40, "BRAMLEY FOODS WHOLESALE LTD", 10),
        (36, 54, "Unit 9, Hunslet Green", 7),
        (36, 64, "Low Road", 7),
        (36, 74, "LEEDS  LS10 1QR", 7),
        (36, 84, "Tel: 0113 200 0000", 7),
        (400, 54, "Invoice No: SI-22041", 7),
        (400, 64, "Invoice Date: 14/03/24", 7),
        (42, 120, "INVOICE TO:", 7),
        (42, 132, "THE OLIVE CAFE LTD", 7),
        (42, 142, "14 Westgate", 7),
        (42, 152, "WAKEFIELD", 7),
        (42, 162, "WF1 1JY", 7),
        (38, 230, "Description", 7),
        (300, 230, "Qty", 7),
        (380, 230, "Price", 7),
        (480, 230, "Nett", 7),
        (38, 246, "BAKED BEANS 6x2.62KG", 7),
        (300, 246, "2", 7),
        (380, 246, "24.95", 7),
        (480, 246, "49.90", 7),
        (380, 280, "Net Total", 7),
        (480, 280, "49.90", 7),
        (380, 292, "VAT", 7),
        (480, 292, "0.00", 7),
        (380, 304, "Invoice Total", 7),
        (480, 304, "49.90", 7),
    ]
    fields = extract_canonical(make_aligned_pdf(page, font="Courier"), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "Unit 9, Hunslet Green, Low Road, LEEDS LS10 1QR"


def test_shortened_salutations_name_readers() -> None:
    assert reader_line("Hr. Yilmaz / Fr. Brandt")
    assert reader_line("Fr. Anna Lutz")
    assert not reader_line("Fr. 120.50")
    assert not reader_line("Frankfurter Str. 3")


def _line(height: float) -> Line:
    return Line(2, [Word("Preis", Box(2, 400, 100, 420, 100 + height))])


def test_repeated_header_of_a_scan_may_stand_a_share_of_its_letters_apart() -> None:
    first = {"unit_price": (422.9, 0.0), "discount": (448.3, 0.0), "amount": (502.6, 0.0)}
    found = {"unit_price": (424.3, 0.0), "discount": (452.2, 0.0), "amount": (502.6, 0.0)}
    assert same_places(found, first, _line(14.0))  # a scan's letters
    assert not same_places(found, first, _line(7.0))  # a PDF's text: a few points only
    assert not same_places({**found, "quantity": (340.0, 0.0)}, first, _line(14.0))
