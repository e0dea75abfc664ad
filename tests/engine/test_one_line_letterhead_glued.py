"""A one-line letterhead under a band ("ACME S.r.l. – Via ... 23 – 40138 Bologna (BO) – Tel.
..."), read by OCR with the dash between house number and postcode glued to both."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def test_house_number_glued_to_the_postcode_parts_the_address() -> None:
    rows = [
        (
            41,
            104,
            "Tipografia Fontana S.r.l. – Via dell'Artigianato 23-40138 Bologna (BO)"
            " - Tel. 051 532 118",
        ),
        (42, 114, "P.IVA e C.F. 03128740374 – REA BO-278431"),
        (45, 148, "FATTURA"),
        (319, 148, "Spett.le"),
        (319, 165, "Studio Legale Ricci & Associati"),
        (319, 178, "Corso Vittorio Emanuele II, 112"),
        (319, 190, "10121 Torino (TO)"),
        (45, 185, "Numero: 148/2025"),
        (45, 197, "Data: 07/04/2025"),
        (45, 260, "Descrizione"),
        (330, 260, "Q.tà"),
        (400, 260, "Prezzo"),
        (480, 260, "Importo"),
        (45, 280, "Stampa brochure A4"),
        (330, 280, "2"),
        (400, 280, "500,00"),
        (480, 280, "1.000,00"),
        (380, 330, "Imponibile: 1.000,00"),
        (380, 345, "IVA 22%: 220,00"),
        (380, 360, "Totale fattura: 1.220,00"),
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Tipografia Fontana S.r.l."
    assert fields["seller_address"] == "Via dell'Artigianato 23, 40138 Bologna (BO)"
