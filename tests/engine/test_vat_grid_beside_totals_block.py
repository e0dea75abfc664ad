"""A hotel bill's VAT grid by rate printed left of the totals block, on the same lines
(boxbesidegrid.py), its exempt row within VAT (untaxedrows.py) and its sum row adding up the
tax column alone (partialsumrow.py); the balance owed after a deposit ("Saldo a Vostro
carico", labels.py); a recipient's ID captioned "N. IVA cliente:" is never the seller's
(vatidcaptions.py for "IVA CHE-...", recipientcaptioned.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_LETTERHEAD: list[SizedText] = [
    (48, 50, "Albergo Belvedere Ceresio", 16),
    (48, 70, "Belvedere Ceresio SA · Riva Paradiso 4 · CH-6900 Paradiso", 8),
    (330, 110, "Fiduciaria Medici & Pedrazzini SA", 9),
    (330, 122, "Via Nassa 21", 9),
    (330, 134, "6900 Lugano", 9),
    (48, 110, "Fattura n. 2026/0487", 9),
    (48, 122, "Data 18.03.2026", 9),
    (48, 200, "Data", 8),
    (100, 200, "Descrizione", 8),
    (400, 200, "Qtà", 8),
    (470, 200, ">Prezzo", 8),
    (545, 200, ">Importo CHF", 8),
    (48, 216, "15.03", 8),
    (100, 216, "Pernottamento camera singola", 8),
    (400, 216, "3", 8),
    (470, 216, ">180.00", 8),
    (545, 216, ">540.00", 8),
    (48, 230, "15.03", 8),
    (100, 230, "Tassa di soggiorno", 8),
    (400, 230, "4", 8),
    (470, 230, ">3.00", 8),
    (545, 230, ">12.00", 8),
    (48, 244, "16.03", 8),
    (100, 244, "Cena ristorante", 8),
    (400, 244, "1", 8),
    (470, 244, ">229.50", 8),
    (545, 244, ">229.50", 8),
]
_VAT_GRID: list[SizedText] = [
    (48, 280, "Aliquota IVA", 7),
    (110, 280, "Imponibile", 7),
    (190, 280, ">IVA", 7),
    (250, 280, ">Totale", 7),
    (48, 292, "3.8 %", 7),
    (150, 292, ">520.23", 7),
    (190, 292, ">19.77", 7),
    (250, 292, ">540.00", 7),
    (48, 302, "8.1 %", 7),
    (150, 302, ">212.30", 7),
    (190, 302, ">17.20", 7),
    (250, 302, ">229.50", 7),
    (48, 312, "esente", 7),
    (150, 312, ">12.00", 7),
    (190, 312, ">0.00", 7),
    (250, 312, ">12.00", 7),
    (48, 324, "Totale IVA", 7),
    (190, 324, ">36.97", 7),
]
_TOTALS: list[SizedText] = [
    (340, 280, "Totale (IVA inclusa)", 9),
    (545, 280, ">781.50", 9),
    (340, 294, "Acconto ricevuto il 01.03.2026", 9),
    (545, 294, ">-200.00", 9),
    (340, 308, "Saldo a Vostro carico CHF", 9),
    (545, 308, ">581.50", 9),
]


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_vat_grid_left_of_the_totals_block_gives_net_and_tax() -> None:
    fields = _fields([*_LETTERHEAD, *_VAT_GRID, *_TOTALS])
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        744.53,
        36.97,
        781.5,
    )


def test_balance_after_a_deposit_is_due() -> None:
    fields = _fields([*_LETTERHEAD, *_VAT_GRID, *_TOTALS])
    assert fields["amount_due"] == 581.5


def test_customers_vat_number_is_not_the_sellers() -> None:
    buyer_id = [(330, 166, "N. IVA cliente: CHE-271.828.189 IVA", 7.0)]
    footer = [(48, 360, "N. IVA CHE-314.159.269 IVA", 8.0)]
    fields = _fields([*_LETTERHEAD, *buyer_id, *_VAT_GRID, *_TOTALS, *footer])
    assert fields.get("seller_vat_id") == "CHE314159269"
    assert fields.get("buyer_vat_id") == "CHE271828189"
    # Without the seller's own: the customer's ID stays the buyer's.
    fields = _fields([*_LETTERHEAD, *buyer_id, *_VAT_GRID, *_TOTALS])
    assert fields.get("seller_vat_id") is None
