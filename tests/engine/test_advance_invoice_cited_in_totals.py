"""A final invoice deducts an advance already invoiced, citing that invoice in the totals
block: Italian "Acconto ricevuto (ns. fattura n. 31/E/2024 del 15/07/2024) - 8.000,00". The
cited number is the advance's, never this invoice's: the title's ("FATTURA" over "n. 45/E/2024
del 30/09/2024") stands. A withholding's "ritenuta d'acconto" is no advance."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _fields(advance_line: str) -> dict[str, Any]:
    page = [
        (50, 50, "Villa Serena Eventi S.r.l."),
        (50, 64, "Via Lungolago 8, 22100 Como (CO)"),
        (50, 78, "P.IVA 03826410130"),
        (350, 110, "FATTURA"),
        (350, 126, "n. 52/E/2024 del 30/09/2024"),
        (50, 140, "Spett.le"),
        (50, 154, "Ferrandi Costruzioni S.p.A."),
        (50, 168, "Corso Francia 12, 10138 Torino (TO)"),
        (50, 220, "Descrizione"),
        (300, 220, "Quantità"),
        (380, 220, "Prezzo"),
        (480, 220, "Importo"),
        (50, 236, "Cena di gala"),
        (300, 236, "100"),
        (380, 236, "100,00"),
        (480, 236, "10.000,00"),
        (280, 280, "Totale imponibile"),
        (480, 280, "10.000,00"),
        (280, 294, "Totale IVA"),
        (480, 294, "1.000,00"),
        (280, 308, "Totale documento"),
        (480, 308, "11.000,00"),
        (50, 322, advance_line),
        (480, 322, "- 3.000,00"),
        (280, 336, "Netto a pagare €"),
        (480, 336, "8.000,00"),
    ]
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_the_advances_invoice_cited_in_the_totals_is_not_this_invoices_number() -> None:
    fields = _fields("Acconto ricevuto (ns. fattura n. 38/E/2024 del 15/07/2024)")
    assert fields["invoice_number"] == "52/E/2024"
