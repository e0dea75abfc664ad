"""Till receipts from Spain, Canada, the US, France, Germany and the UK, as a phone's OCR
reads them: a Spanish IVA table captioned "(€)" (gridamounts.py, rategrid.py), GST and PST
added up (receipt_tax.py), the "City, ST ZIP" line under a street whose house number reads
like a postcode (housenumbertown.py), the VAT number's "N° TVA" (labels.py), Spain's
"FACTURA SIMPLIFICADA:" number (receipt_eunumbers.py), a German "inkl. 19% MwSt." share
(receipt_tax.py) and a zero balance under a card tender (tenderedbalance.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine.extraction import analyse
from facturist.engine.model import Box, PageText, Word


def _page(rows: list[str], width: float = 240.0) -> PageText:
    """A narrow OCR page of rows 30 points apart, letters 6 points wide: a row's text before
    "||" centred (or left with a right part), its parts after "||" right-aligned in columns
    60 points apart."""
    words: list[Word] = []
    for number, row in enumerate(rows):
        y = 20.0 + number * 30.0
        left, *rights = row.split("||")
        spans: list[tuple[str, float]] = []
        first = (width - len(left) * 6.0) / 2 if not rights else 10.0
        spans.append((left, first))
        for position, part in enumerate(reversed(rights)):
            end = width - 10.0 - position * 60.0
            spans.append((part, end - len(part.strip()) * 6.0))
        for part, start in spans:
            x = start
            for token in part.split():
                words.append(Word(token, Box(1, x, y, x + len(token) * 6.0, y + 12.0), 0.95))
                x += (len(token) + 1) * 6.0
    return PageText(1, width, 20.0 + len(rows) * 30.0 + 40, words, source="ocr")


def _fields(rows: list[str]) -> dict[str, Any]:
    return {k: v.value for k, v in analyse([_page(rows)])[0].fields.items()}


def test_spanish_iva_table_total_row_gives_net_and_tax() -> None:
    fields = _fields(
        [
            "SUPERMERCADOS EL OLIVAR, S.L.",
            "C/ Mayor, 18",
            "28013 MADRID",
            "NIF: B46123451",
            "12/03/2025 || 10:15",
            "1 LECHE ENTERA 1L || 1,20",
            "1 ARROZ REDONDO 1KG || 1,85",
            "1 VINO TINTO 75CL || 6,05",
            "TOTAL (€) || 9,10",
            "TARJETA BANCARIA || 9,10",
            "IVA || BASE IMPONIBLE (€) || CUOTA (€)",
            "4% || 2,93 || 0,12",
            "21% || 5,00 || 1,05",
            "TOTAL || 7,93 || 1,17",
            "GRACIAS POR SU VISITA",
        ]
    )
    assert fields["net_amount"] == 7.93
    assert fields["tax_amount"] == 1.17
    assert fields["total_amount"] == 9.1


def test_canadian_gst_and_pst_lines_add_up_to_the_tax() -> None:
    fields = _fields(
        [
            "MAPLE RIDGE PAINT CENTRE",
            "880 Main Street",
            "Kelowna, BC V1Y 2X4",
            "250-555-0113",
            "2024/10/02 09:41 || REG 01",
            "PAINT ROLLER KIT || 24.99",
            "MASKING TAPE 2PK || 11.98",
            "SUBTOTAL || 36.97",
            "GST 5% || 1.85",
            "PST 7% || 2.59",
            "TOTAL || 41.41",
            "VISA || 41.41",
            "GST/HST Reg #: 81234 5676 RT0001",
        ]
    )
    assert fields["tax_amount"] == 4.44
    assert fields["net_amount"] == 36.97
    assert fields["total_amount"] == 41.41


def test_us_town_state_and_zip_line_closes_the_seller_address() -> None:
    fields = _fields(
        [
            "HARBOR LIGHT DINER",
            "3120 Pacific Ave",
            "Tacoma, WA 98402",
            "(253) 555-0166",
            "Check #: 4471 || Table 6",
            "05/11/2024 || 12:41 PM",
            "1 Club Sandwich || 13.50",
            "2 Coffee || 6.00",
            "Subtotal || 19.50",
            "Sales Tax 10.2% || 1.99",
            "TOTAL || $21.49",
            "VISA SALE || 21.49",
            "Thank you!",
        ]
    )
    assert str(fields["seller_address"]).replace(",", "") == "3120 Pacific Ave Tacoma WA 98402"


def test_vat_number_caption_is_no_ticket_number() -> None:
    fields = _fields(
        [
            "BRASSERIE DU PORT",
            "SARL Quai & Comptoir",
            "4 quai Rambaud",
            "69002 LYON",
            "SIRET 81234567600019",
            "N° TVA FR19812345676",
            "Ticket N° 007215 || Caisse 02",
            "Le 03/05/2024 à 12:10",
            "1 PLAT DU JOUR || 14,50",
            "1 CAFE || 1,90",
            "TOTAL TTC || 16,40 €",
            "CB || 16,40 €",
            "Merci de votre visite",
        ]
    )
    assert fields["invoice_number"] == "007215"


def test_factura_simplificada_colon_number() -> None:
    fields = _fields(
        [
            "FRUTERIA LA PLAZA, S.L.",
            "AVDA. DEL PUERTO, 40",
            "46023 VALENCIA",
            "NIF: B46123451",
            "14/02/2025 || 19:32",
            "FACTURA SIMPLIFICADA: 1204-003-118822",
            "1 MANZANAS 1KG || 2,40",
            "1 NARANJAS 2KG || 3,10",
            "TOTAL (€) || 5,50",
            "EFECTIVO || 10,00",
            "CAMBIO || 4,50",
        ]
    )
    assert fields["invoice_number"] == "1204-003-118822"


def test_german_inclusive_vat_share_is_the_tax() -> None:
    fields = _fields(
        [
            "PARKHAUS AM DOM",
            "Domparken GmbH",
            "Domplatz 3",
            "50667 Köln",
            "USt-IdNr.: DE245718039",
            "QUITTUNG",
            "Quittung Nr. || 2024-220917",
            "Einfahrt || 03.07.2024 09:02",
            "Betrag || EUR 12,00",
            "inkl. 19% MwSt. || EUR 1,92",
            "Netto || EUR 10,08",
            "Zahlart || Girocard",
        ]
    )
    assert fields["tax_amount"] == 1.92
    assert fields["total_amount"] == 12.0


def test_zero_balance_after_card_tender_leaves_the_total_due() -> None:
    fields = _fields(
        [
            "THE RED LION",
            "12 Market Street",
            "York YO1 8SS",
            "VAT Reg No: GB 284 1937 34",
            "Check: 3318 || Table: 4",
            "Date: 02/12/2024 || Time: 20:41",
            "2 Pale Ale || 11.00",
            "1 Fish and Chips || 16.50",
            "TOTAL GBP || 27.50",
            "VAT @ 20% included || 4.58",
            "Paid: VISA Contactless || 27.50",
            "Card || ***5521",
            "Balance || 0.00",
            "Thank you",
        ]
    )
    assert fields["total_amount"] == 27.5
    assert fields["amount_due"] == 27.5
