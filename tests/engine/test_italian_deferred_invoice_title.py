"""An Italian deferred invoice's document box ("FATTURA DIFFERITA" over "Numero | 45/2025")
beside the seller's tagline, which the line builder joins to the box's rows: the title names
the document, its number the one under it (labels.py DOCUMENT_TITLE, ownnumber.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def test_fattura_differita_box_numbers_the_invoice() -> None:
    texts: list[SizedText] = [
        (80, 50, "FERRAMENTA LOMBARDA", 14),
        (390, 52, "FATTURA DIFFERITA", 9),
        (80, 68, "Utensili e minuteria per officine e cantieri edili", 7),
        (390, 68, "Numero", 6),
        (440, 68, "45/2025", 7),
        (390, 78, "Data", 6),
        (440, 78, "10/03/2025", 7),
        (80, 82, "Ferramenta Lombarda S.r.l. - Via Lodi 22 - 20137 Milano (MI)", 7),
        (42, 130, "Spett.le", 7),
        (42, 142, "Edilcasa Rossi S.r.l.", 9),
        (42, 154, "Via Verdi 8", 9),
        (42, 166, "24121 Bergamo (BG)", 9),
        (42, 230, "Codice", 7),
        (110, 230, "Descrizione", 7),
        (330, 230, "Quantità", 7),
        (400, 230, "Prezzo unit.", 7),
        (480, 230, "Importo", 7),
        (42, 248, "VT-640", 7),
        (110, 248, "Viti autofilettanti 6x40 conf. 100", 7),
        (360, 248, ">5,00", 7),
        (440, 248, ">8,20", 7),
        (510, 248, ">41,00", 7),
        (400, 300, "Imponibile", 9),
        (510, 300, ">41,00", 9),
        (400, 314, "IVA 22%", 9),
        (510, 314, ">9,02", 9),
        (400, 328, "Totale documento", 9),
        (510, 328, ">50,02", 9),
    ]
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    assert result["fields"]["invoice_number"] == "45/2025"
    assert result["fields"]["invoice_date"] == "2025-03-10"
