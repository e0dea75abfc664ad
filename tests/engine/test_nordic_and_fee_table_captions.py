"""Item tables captioned in Swedish ("Rad | Beskrivning | Antal | Enhet | Pris/enhet | Moms % |
Radbelopp"), fee statements' counts and fees ("Fee type | Transactions | Volume (EUR) | Rate | Fees
(EUR)") and marketplaces' "Anzahl | Einzelbetrag €" filled only on some rows."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _column(invoice: CanonicalInvoice, key: str) -> list[object]:
    return [item[key].value if key in item else None for item in invoice.items]


def _swedish_row(y: float, cells: tuple[str, str, str, str, str, str, str]) -> list[Text]:
    number, name, count, unit, price, rate, amount = cells
    return [
        (52, y, number, False),
        (70, y, name, False),
        (320, y, count, True),
        (335, y, unit, False),
        (430, y, price, True),
        (470, y, rate, True),
        (545, y, amount, True),
    ]


def test_swedish_captions_name_count_price_rate_and_row_amount() -> None:
    texts: list[Text] = [
        (40, 40, "Faktura", False),
        (340, 40, "Fakturadatum: 2025-03-14", False),
        (40, 60, "Fakturanummer: 2025-0312", False),
        (46, 110, "Norrlands Böcker AB", False),
        (46, 122, "Storgatan 14, 903 26 Umeå", False),
    ]
    texts += _swedish_row(
        244, ("Rad", "Beskrivning", "Antal", "Enhet", "Pris/enhet", "Moms %", "Radbelopp")
    )
    texts += _swedish_row(
        258, ("1", "Statistik för nybörjare", "12", "st", "489,00", "6", "5 868,00")
    )
    texts += _swedish_row(
        272, ("2", "Bokskydd plast, 100-pack", "3", "st", "345,00", "25", "1 035,00")
    )
    texts += [(330, 300, "Nettobelopp", False), (545, 300, "6 903,00", True)]
    texts += [(330, 312, "Momsbelopp", False), (545, 312, "610,83", True)]
    texts += [(330, 324, "Belopp att betala", False), (545, 324, "7 513,83", True)]
    invoice = _invoice(texts)
    assert _column(invoice, "quantity") == [12.0, 3.0]
    assert _column(invoice, "unit_price") == [489.0, 345.0]
    assert _column(invoice, "amount") == [5868.0, 1035.0]


def _fee_row(y: float, cells: tuple[str, str, str, str, str]) -> list[Text]:
    name, count, volume, rate, fees = cells
    return [
        (44, y, name, False),
        (290, y, count, True),
        (370, y, volume, True),
        (400, y, rate, False),
        (545, y, fees, True),
    ]


def test_fee_statement_counts_and_fees() -> None:
    texts: list[Text] = [
        (55, 38, "Payments Europe Ltd", False),
        (330, 38, "Invoice number SPE-2024-06-44120", False),
        (330, 62, "Date of issue July 2, 2024", False),
    ]
    texts += _fee_row(250, ("Fee type", "Transactions", "Volume (EUR)", "Rate", "Fees (EUR)"))
    texts += _fee_row(
        268, ("Card payments – EEA cards", "1,284", "58,212.40", "1.5% + 0.25", "1,194.19")
    )
    texts += _fee_row(286, ("Disputes (chargebacks)", "3", "267.80", "15.00 per dispute", "45.00"))
    texts += [(330, 320, "Subtotal", False), (545, 320, "1,239.19", True)]
    texts += [(330, 334, "VAT", False), (545, 334, "0.00", True)]
    texts += [(330, 348, "Total", False), (545, 348, "1,239.19", True)]
    invoice = _invoice(texts)
    assert _column(invoice, "quantity") == [1284.0, 3.0]
    assert _column(invoice, "amount") == [1194.19, 45.0]


def test_marketplace_fees_with_count_and_single_amount_on_some_rows() -> None:
    texts: list[Text] = [
        (40, 42, "Marktplatz Muster GmbH", False),
        (338, 125, "Gebührenrechnung Nr. KH-GR-2024-11-004471", False),
        (338, 139, "Datum 01.12.2024", False),
        (43, 246, "Gebührenart", False),
        (330, 246, "Anzahl", True),
        (430, 246, "Einzelbetrag €", True),
        (545, 246, "Netto €", True),
        (43, 264, "Verkaufsprovision Garten (11 %)", False),
        (545, 264, "2.318,47", True),
        (43, 282, "Grundgebühr Händlertarif", False),
        (330, 282, "1", True),
        (430, 282, "39,90", True),
        (545, 282, "39,90", True),
        (43, 300, "Bearbeitung Rücksendungen", False),
        (330, 300, "14", True),
        (430, 300, "2,50", True),
        (545, 300, "35,00", True),
        (330, 330, "Nettobetrag", False),
        (545, 330, "2.393,37 €", True),
        (330, 344, "Umsatzsteuer 19 %", False),
        (545, 344, "454,74 €", True),
        (330, 358, "Bruttobetrag", False),
        (545, 358, "2.848,11 €", True),
    ]
    invoice = _invoice(texts)
    assert _column(invoice, "quantity") == [None, 1.0, 14.0]
    assert _column(invoice, "unit_price") == [None, 39.9, 2.5]
    assert _column(invoice, "amount") == [2318.47, 39.9, 35.0]
