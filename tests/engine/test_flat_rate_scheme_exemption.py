"""An Italian "regime forfettario" invoice prints no IVA row at all, only its legal note
("Operazione senza applicazione dell'IVA"): the tax is 0, as for any printed exemption."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_no_vat_note_of_the_flat_rate_scheme_makes_a_zero_tax() -> None:
    texts: list[SizedText] = [
        (50, 40, "Marco Ferri", 14),
        (50, 58, "Grafica e illustrazione", 8),
        (360, 58, "FATTURA N. 9/2025", 11),
        (50, 90, "Via Garibaldi 20", 8),
        (360, 90, "Data:", 8),
        (430, 90, "12 marzo 2025", 8),
        (50, 102, "40121 Bologna (BO)", 8),
        (50, 114, "P.IVA 03456780372", 8),
        (300, 140, "Spett.le", 8),
        (300, 152, "Libreria Dante S.r.l.", 8),
        (300, 164, "Via Indipendenza 4, 40121 Bologna (BO)", 8),
        (54, 200, "DESCRIZIONE", 8),
        (450, 200, "TOTALE", 8),
        (54, 216, "Illustrazioni copertina catalogo", 8),
        (450, 216, "€ 600,00", 8),
        (300, 250, "Compenso", 8),
        (450, 250, "€ 600,00", 8),
        (300, 264, "Totale fattura", 8),
        (450, 264, "€ 600,00", 8),
        (50, 300, "Operazione senza applicazione dell'IVA ai sensi dell'art. 1, commi 54-89,", 7),
        (50, 310, "Legge n. 190/2014.", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["total_amount"] == 600.0
    assert fields["tax_amount"] == 0.0
