"""The document's number in a heading with a stacked series ("Rechnung DW-RE-2025-1208"), a
Belgian "Ereloonnota nr.", an insurer's "Nº de recibo", and an Italian direct debit's value date
("addebito ... con valuta 15/04/2025") as the due date, and a kiosk slip's "Trans:" counter."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.layout import build_lines

from .conftest import SizedText, make_aligned_pdf
from .receipts.pages import rows_page


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_a_heading_with_a_stacked_series_carries_the_number() -> None:
    # No "Nr." caption: the firm's initials, then its invoice series, right after the title.
    fields = _fields(
        [
            (50, 50, "Netzwerk Kessler AG", 14),
            (50, 66, "Lindenallee 4, 50667 Köln", 8),
            (50, 120, "Praxis Dr. Hoffmann", 10),
            (50, 134, "Ringstraße 12", 10),
            (50, 148, "50672 Köln", 10),
            (50, 190, "Rechnung NK-RE-2025-0417", 14),
            (50, 210, "Rechnungsdatum 12.05.2025", 10),
            (350, 400, "Nettobetrag", 10),
            (540, 400, ">1.000,00", 10),
            (350, 414, "USt 19 %", 10),
            (540, 414, ">190,00", 10),
            (350, 428, "Gesamtbetrag", 10),
            (540, 428, ">1.190,00", 10),
        ]
    )
    assert fields["invoice_number"] == "NK-RE-2025-0417"
    assert fields["invoice_date"] == "2025-05-12"


_DUTCH_TOTALS: list[SizedText] = [
    (330, 400, "Totaal excl. btw", 10),
    (540, 400, ">€ 1.000,00", 10),
    (330, 414, "Btw 21 %", 10),
    (540, 414, ">€ 210,00", 10),
    (330, 428, "Totaal te betalen", 10),
    (540, 428, ">€ 1.210,00", 10),
]


def test_a_belgian_fee_notes_number() -> None:
    # Belgian accountants, architects and lawyers title their invoice "Ereloonnota".
    fields = _fields(
        [
            (50, 50, "Architectenbureau Verstraete BV", 14),
            (50, 66, "Meir 12, 2000 Antwerpen", 8),
            (340, 120, "Bouwbedrijf Maes NV", 10),
            (340, 134, "Kerkstraat 3", 10),
            (340, 148, "2800 Mechelen", 10),
            (50, 200, "ERELOONNOTA nr. 2025/0093", 12),
            (50, 218, "Antwerpen, 14/03/2025", 10),
            *_DUTCH_TOTALS,
        ]
    )
    assert fields["invoice_number"] == "2025/0093"


def test_an_insurers_receipt_number() -> None:
    # A premium receipt ("Recibo de prima") numbers itself "Nº de recibo"; the policy's
    # number beside it is not the document's.
    fields = _fields(
        [
            (50, 50, "Seguros Atlántico, S.A.", 14),
            (350, 50, "RECIBO DE PRIMA", 12),
            (50, 110, "Nº de recibo", 10),
            (160, 110, "2025-001928374", 10),
            (50, 124, "Nº de póliza", 10),
            (160, 124, "AU-55-0012345", 10),
            (50, 138, "Fecha de emisión", 10),
            (160, 138, "10/02/2025", 10),
            (300, 300, "Prima neta", 10),
            (540, 300, ">300,00 €", 10),
            (300, 314, "PRIMA TOTAL", 10),
            (540, 314, ">300,00 €", 10),
        ]
    )
    assert fields["invoice_number"] == "2025-001928374"


def test_an_italian_direct_debits_value_date_is_due() -> None:
    # The bill is collected by SEPA direct debit "con valuta" (value date) on that day; the
    # masked account number splits the sentence into cells.
    fields = _fields(
        [
            (50, 50, "Acquedotto Collinare S.p.A.", 14),
            (50, 110, "FATTURA N. 2025/A/00731", 12),
            (50, 124, "del 28/02/2025", 10),
            (300, 300, "Imponibile", 10),
            (540, 300, ">100,00", 10),
            (300, 314, "IVA 10%", 10),
            (540, 314, ">10,00", 10),
            (300, 328, "TOTALE FATTURA", 10),
            (540, 328, ">110,00", 10),
            (50, 380, "Pagamento: addebito diretto SEPA sul c/c IT**", 9),
            (300, 380, "***7 112 con valuta 20/03/2025.", 9),
        ]
    )
    assert fields["invoice_number"] == "2025/A/00731"
    assert fields["due_date"] == "2025-03-20"


def _slip_number(rows: list[str]) -> object:
    lines = build_lines(rows_page(rows, width=420.0))
    number = header_fields(lines, find_candidates(lines)).get("invoice_number")
    return None if number is None else number.value


_KIOSK = [
    "SUDSTOP COIN LAUNDRY",
    "LOT 5, JALAN MERANTI 2, 43000 KAJANG",
    "Trans: 40917726 || Kiosk 02",
    "Date: 14-03-18 || 08:02",
    "WASHER 8KG x1 || 4.00",
    "DRYER 20 MIN x1 || 3.00",
    "TOTAL || 7.00",
]


def test_a_kiosk_slips_transaction_counter_is_its_number() -> None:
    # A self-service kiosk's slip prints no receipt caption: its "Trans:" counter is the
    # number, whether or not the page reads as a till receipt.
    assert _slip_number(_KIOSK) == "40917726"


def test_a_receipt_caption_beats_the_transaction_counter() -> None:
    assert _slip_number([*_KIOSK[:2], "Receipt No: KJ-0088", *_KIOSK[2:]]) == "KJ-0088"
