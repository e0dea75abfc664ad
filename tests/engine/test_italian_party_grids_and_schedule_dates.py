"""Italian invoices' party blocks and dates: a bare "Committente" caption over the buyer, a
"n. X del DATE" line centred under the title, a "SCADENZE" table's date column, a person
named in "Nome" / "Cognome" rows, a partnership's name wrapped after "DI", glossed section
captions over two columns of IDs, the customer's data grid, a letterhead's street beside the
addressee's interleaved block and a council's department line."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_sized_pdf

_ITEMS: list[SizedText] = [
    (60, 300, "Descrizione", 8),
    (330, 300, "Q.tà", 8),
    (400, 300, "Prezzo", 8),
    (480, 300, "Importo", 8),
    (60, 315, "Consulenza tecnica", 9),
    (330, 315, "1", 9),
    (400, 315, "1.000,00", 9),
    (480, 315, "1.000,00", 9),
    (380, 350, "Imponibile", 9),
    (480, 350, "1.000,00", 9),
    (380, 364, "IVA 22%", 9),
    (480, 364, "220,00", 9),
    (380, 378, "Totale fattura", 9),
    (480, 378, "1.220,00", 9),
]


def _fields(texts: list[SizedText]) -> dict[str, object]:
    return extract_canonical(make_sized_pdf([*texts, *_ITEMS]), use_einvoice=False)["fields"]


def test_bare_committente_caption_heads_the_buyer() -> None:
    fields = _fields(
        [
            (46, 45, "CARTONGESSI LOMBARDI", 14),
            (46, 62, "di Lombardi Marco", 9),
            (46, 84, "Pareti e controsoffitti in cartongesso – isolamenti – finiture", 6),
            (46, 96, "Via Nazionale 88 – 24068 Seriate (BG)", 6),
            (46, 106, "P.IVA 03844190169 – C.F. LMBMRC80T03A794J", 6),
            (46, 130, "Cantiere", 8),
            (313, 130, "Committente", 8),
            (46, 142, "Residenza Le Mura – Via Borgo Palazzo 48, Bergamo", 8),
            (313, 142, "EDIL OROBICA COSTRUZIONI S.r.l.", 9),
            (313, 154, "Via Borgo Palazzo 131", 8),
            (313, 166, "24125 Bergamo (BG)", 8),
            (46, 154, "Contratto di subappalto del 14/02/2025", 8),
            (46, 166, "Stato avanzamento lavori n. 2 al 27/06/2025", 8),
            (313, 178, "P.IVA IT03118720162", 8),
            (313, 190, "PEC ediloribica@legalmail.it", 8),
        ]
    )
    assert fields["buyer_name"] == "EDIL OROBICA COSTRUZIONI S.r.l."
    assert fields["buyer_vat_id"] == "IT03118720162"
    assert fields["seller_vat_id"] == "03844190169"


def test_signed_date_centred_under_title_is_the_issue_date() -> None:
    texts: list[SizedText] = [
        (46, 45, "CARTONGESSI LOMBARDI", 14),
        (46, 62, "di Lombardi Marco", 9),
        (460, 62, "=FATTURA", 13),
        (46, 84, "Pareti e controsoffitti in cartongesso", 7),
        (460, 84, "=n. 42/2025 del 30/06/2025", 8),
        (46, 96, "Via Nazionale 88 – 24068 Seriate (BG)", 7),
        (46, 106, "P.IVA 03844190169", 7),
        (313, 140, "Spett.le", 8),
        (313, 152, "EDIL OROBICA COSTRUZIONI S.r.l.", 9),
        (313, 164, "Via Borgo Palazzo 131", 8),
        (313, 176, "24125 Bergamo (BG)", 8),
    ]
    pdf = make_aligned_pdf([*texts, *_ITEMS])
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["invoice_date"] == "2025-06-30"


def test_schedule_table_dates_the_due_date_not_the_invoice() -> None:
    fields = _fields(
        [
            (40, 45, "BEVANDE ADRIATICHE S.p.A.", 14),
            (349, 45, "FATTURA", 12),
            (40, 62, "Via Emilia 220 – 47522 Cesena (FC)", 8),
            (349, 62, "N. 2025/004417 del 31/03/2025", 9),
            (40, 74, "P.IVA 02719380400", 7),
            (44, 120, "Cliente", 8),
            (44, 132, "Bar Centrale di Gori Elena", 9),
            (44, 144, "Piazza della Libertà 3", 8),
            (44, 156, "47042 Cesenatico (FC)", 8),
            (40, 420, "SCADENZE", 8),
            (312, 420, "Banca d'appoggio cliente", 8),
            (312, 430, "BPER Banca – Ag. Cesenatico", 7),
            (43, 436, "Data", 7),
            (120, 436, "Importo", 7),
            (200, 436, "Tipo", 7),
            (43, 450, "31/05/2025", 8),
            (120, 450, "1.220,00", 8),
            (200, 450, "Ricevuta bancaria", 8),
        ]
    )
    assert fields["invoice_date"] == "2025-03-31"
    assert fields["due_date"] == "2025-05-31"


def test_person_named_in_title_given_name_and_surname_rows() -> None:
    fields = _fields(
        [
            (40, 60, "FATTURA ELETTRONICA – copia di cortesia", 8),
            (40, 80, "Numero: 18/2025", 8),
            (40, 92, "Data: 07/07/2025", 8),
            (40, 120, "CEDENTE / PRESTATORE", 8),
            (300, 120, "CESSIONARIO / COMMITTENTE", 8),
            (40, 138, "Titolo", 7),
            (122, 138, "Ing.", 7),
            (300, 138, "Denominazione", 7),
            (382, 138, "CONDOMINIO RESIDENZA I PLATANI", 7),
            (40, 149, "Nome", 7),
            (122, 149, "STEFANO", 7),
            (300, 149, "Sede", 7),
            (382, 149, "VIA EMILIA OVEST 310", 7),
            (40, 160, "Cognome", 7),
            (122, 160, "MOLINARI", 7),
            (382, 160, "41123 MODENA (MO) IT", 7),
            (40, 171, "Partita IVA", 7),
            (122, 171, "IT03918270368", 7),
            (40, 182, "Sede", 7),
            (122, 182, "VIA CESARE BATTISTI 22", 7),
            (122, 193, "41121 MODENA (MO) IT", 7),
        ]
    )
    assert fields["seller_name"] == "STEFANO MOLINARI"
    assert fields["seller_address"] is not None
    assert str(fields["seller_address"]).startswith("VIA CESARE BATTISTI 22, 41121 MODENA")


def test_wrapped_partnership_name_and_glossed_captions_over_two_id_columns() -> None:
    fields = _fields(
        [
            (34, 56, "Cedente/prestatore (fornitore)", 9),
            (307, 56, "Cessionario/committente (cliente)", 9),
            (35, 70, "Identificativo fiscale ai fini IVA: IT00729130955", 7),
            (307, 70, "Identificativo fiscale ai fini IVA: IT01288370958", 7),
            (35, 80, "Codice fiscale: 00729130955", 7),
            (307, 80, "Codice fiscale: 01288370958", 7),
            (35, 91, "Denominazione: TIPOGRAFIA ARTIGIANA SARDA S.N.C. DI", 7),
            (307, 91, "Denominazione: CONSORZIO TURISTICO SINIS MARE S.C. A R.L.", 7),
            (35, 101, "PINNA E DEIANA", 7),
            (307, 101, "Indirizzo: VIA THARROS 44", 7),
            (35, 112, "Regime fiscale: RF01 (ordinario)", 7),
            (307, 112, "Comune: CABRAS  Provincia: OR", 7),
            (35, 122, "Indirizzo: VIA GIOVANNI XXIII 19", 7),
            (307, 122, "Cap: 09072  Nazione: IT", 7),
            (35, 132, "Comune: ORISTANO  Provincia: OR", 7),
            (35, 143, "Cap: 09170  Nazione: IT", 7),
            (37, 220, "Numero documento", 7),
            (160, 220, "Data documento", 7),
            (37, 234, "2025/87", 8),
            (160, 234, "28-02-2025", 8),
        ]
    )
    assert fields["seller_name"] == "TIPOGRAFIA ARTIGIANA SARDA S.N.C. DI PINNA E DEIANA"
    assert fields["buyer_vat_id"] == "IT01288370958"
    assert fields["seller_vat_id"] == "IT00729130955"


def test_vat_id_in_customer_data_grid_is_the_buyers() -> None:
    fields = _fields(
        [
            (72, 62, "ZANETTI S.R.L.", 14),
            (275, 50, "Numero", 7),
            (360, 50, "Data", 7),
            (275, 62, "234/A", 9),
            (360, 62, "31/05/2025", 9),
            (62, 84, "Via dell'Artigianato 17 – 36015 Schio (VI)", 7),
            (62, 94, "P.IVA 01772640247", 7),
            (275, 96, "Cod. cliente", 7),
            (346, 96, "Partita IVA", 7),
            (430, 96, "Codice destinatario", 7),
            (276, 110, "C00418", 8),
            (346, 110, "02099180289", 8),
            (430, 110, "0000000", 8),
            (284, 125, "Spett.le", 8),
            (284, 136, "TERMOTECNICA VENETA S.p.A.", 9),
            (284, 148, "Viale dell'Industria 58", 8),
            (284, 158, "35129 PADOVA (PD)", 8),
        ]
    )
    assert fields["buyer_vat_id"] == "02099180289"
    assert fields["seller_vat_id"] == "01772640247"


def test_letterhead_street_beside_interleaved_addressee_block() -> None:
    fields = _fields(
        [
            (58, 70, "Giulia Ferraris", 18),
            (57, 90, "graphic & brand design", 10),
            (57, 118, "Via del Pratello 21", 8),
            (341, 118, "DESTINATARIO", 8),
            (57, 130, "40122 Bologna (BO)", 8),
            (58, 138, "P.IVA 03981270378", 8),
            (340, 138, "Apicoltura Valsamoggia Soc. Agr. S.s.", 10),
            (340, 146, "Via Castelletto 9", 8),
            (57, 150, "C.F. FRRGLI91C47A944I", 7),
            (57, 160, "hello@giuliaferraris.design", 8),
            (341, 160, "40053 Valsamoggia (BO)", 8),
            (341, 168, "P.IVA 02877610374", 8),
            (341, 179, "PEC apicolturavalsamoggia@pec.it", 8),
            (69, 238, "FATTURA N.", 7),
            (188, 238, "DATA", 7),
            (69, 255, "7", 10),
            (188, 255, "03-04-2025", 10),
        ]
    )
    assert fields["seller_address"] == "Via del Pratello 21, 40122 Bologna (BO)"
    assert fields["buyer_address"] == "Via Castelletto 9, 40053 Valsamoggia (BO)"


def test_council_department_line_is_no_address_part() -> None:
    fields = _fields(
        [
            (46, 55, "VERDE URBANO", 16),
            (46, 72, "Società Cooperativa Sociale – ONLUS", 8),
            (349, 72, "Numero: 14/PA", 8),
            (46, 90, "Strada Langhirano 264/A – 43124 Parma (PR)", 8),
            (349, 90, "Data: 30/04/2025", 8),
            (46, 100, "P.IVA 02148730340", 8),
            (46, 146, "Cessionario / committente", 8),
            (46, 162, "COMUNE DI SAN VITALE DI BAGANZA", 9),
            (46, 174, "Settore Lavori Pubblici e Ambiente", 8),
            (46, 186, "Piazza Garibaldi 1", 8),
            (46, 198, "43030 San Vitale di Baganza (PR)", 8),
        ]
    )
    assert fields["buyer_address"] == "Piazza Garibaldi 1, 43030 San Vitale di Baganza (PR)"
