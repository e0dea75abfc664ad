"""An Italian firm's name "Trattoria ... di <Surname> <Given name> & C. S.n.c." wrapped after
the owner's surname in the addressee's block, its lines interleaved with the letterhead's
column beside it: the line under it ends the name (the owner's given name and the
partnership's form), it names no other company under a contact person."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_name_wrapped_after_the_owners_surname() -> None:
    texts: list[SizedText] = [
        (41, 37, "EMILIANA", 22),
        (40, 59, "distribuzione bevande · horeca", 8),
        (328, 60, "Spett.le", 8),
        (328, 73, "Osteria Il Portico di Bianchi", 9),
        (41, 79, "Bevande Emiliane S.r.l.", 9),
        (328, 84, "Luca & C. S.a.s.", 9),
        (40, 89, "Via dell'Industria, 12", 8),
        (40, 98, "41122 Modena (MO)", 8),
        (328, 95, "Via Emilia Centro, 210", 9),
        (41, 108, "P.IVA 03187421205", 8),
        (328, 106, "41121 Modena (MO)", 9),
        (329, 122, "P.IVA 02654138375", 8),
        (44, 175, "Tipo documento", 8),
        (155, 175, "Numero", 8),
        (230, 175, "Data", 8),
        (45, 188, "FATTURA (TD01)", 8),
        (155, 188, "412/FE", 8),
        (230, 188, "14/03/2025", 8),
        (40, 220, "Descrizione", 8),
        (487, 220, "Importo", 8),
        (40, 238, "Acqua minerale 1 l (12 pz)", 8),
        (498, 238, "100,00", 8),
        (385, 404, "Totale imponibile", 8),
        (509, 404, "€ 100,00", 8),
        (385, 416, "Totale IVA", 8),
        (517, 416, "€ 22,00", 8),
        (385, 428, "Totale documento", 8),
        (509, 428, "€ 122,00", 8),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Osteria Il Portico di Bianchi Luca & C. S.a.s."
