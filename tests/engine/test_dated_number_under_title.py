"""A title block set flush right beside the letterhead ("NOTA DI CREDITO" over "n. NC 3/2026
del 18/11/2026"): the line under the title holds the document's number and, after "del",
its date; the invoice a credit note corrects, quoted lower down, gives neither."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_number_and_date_on_one_line_under_a_title() -> None:
    texts: list[SizedText] = [
        (40, 32, "FERRAMENTA BIANCHI", 14),
        (430, 33, "NOTA DI CREDITO", 12),
        (40, 47, "utensili · minuteria · giardinaggio", 7),
        (430, 47, "n. NC 7/2025 del 14/03/2025", 7),
        (40, 114, "Emittente", 7),
        (311, 114, "Spett.le", 7),
        (40, 127, "Ferramenta Bianchi S.r.l.", 8),
        (311, 127, "Officine Riva S.n.c.", 8),
        (40, 139, "Via Nizza 12", 8),
        (311, 139, "Via Po 5", 8),
        (40, 151, "10125 Torino (TO)", 8),
        (311, 151, "10124 Torino (TO)", 8),
        (40, 163, "P.IVA 10293840015", 8),
        (311, 163, "P.IVA 09876540012", 8),
        (48, 200, "A storno parziale della fattura n. 41/2025 del 02/03/2025", 8),
        (44, 240, "Descrizione", 8),
        (400, 240, "Importo €", 8),
        (500, 240, "IVA", 8),
        (44, 256, "Reso trapano difettoso", 8),
        (410, 256, "100,00", 8),
        (500, 256, "22%", 8),
        (337, 300, "Imponibile", 8),
        (480, 300, "€ 100,00", 8),
        (337, 314, "IVA 22%", 8),
        (480, 314, "€ 22,00", 8),
        (337, 328, "Totale nota di credito", 8),
        (480, 328, "€ 122,00", 8),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "NC 7/2025"
    assert fields["invoice_date"] == "2025-03-14"
