"""Italian invoices: the printed VAT stands where the total holds more than net + VAT (a VAT
of 0,00 "non soggetta" beside a stamp duty, amounts "Esclusi art. 15"); the e-invoice print's
recap of one row per rate, a reduced rate's row labelled with its law, adds up; a plain
"Descrizione | Importo" table of fees heads items; a header without a description caption
("UM | Q.TA | PREZZO | IMPORTO") leaves the unit out of the text; a boxed "FATTURA | NUMERO
| DATA" header's number stands under its caption."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_LETTERHEAD: list[SizedText] = [
    (57, 50, "Studio Grafico Ventura", 14),
    (57, 66, "Via Garibaldi 14, 10122 Torino (TO)", 8),
    (57, 78, "P.IVA 07643520011", 8),
    (340, 110, "Spett.le", 9),
    (340, 122, "Cantine Roero S.r.l.", 9),
    (340, 134, "Via Alba 3, 12043 Canale (CN)", 9),
]


def _read(texts: list[SizedText]) -> dict[str, Any]:
    return extract_canonical(make_aligned_pdf(texts), use_einvoice=False)


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    return _read(texts)["fields"]


def _totals(rows: list[tuple[str, str]], top: float = 300) -> list[SizedText]:
    out: list[SizedText] = []
    for offset, (caption, figure) in enumerate(rows):
        out += [(320, top + 13 * offset, caption, 9), (540, top + 13 * offset, ">" + figure, 9)]
    return out


def test_vat_of_nothing_not_subject_stands_beside_a_stamp_duty() -> None:
    texts = [
        *_LETTERHEAD,
        (57, 200, "Fattura n. 12/2025 del 04/04/2025", 10),
        *_totals(
            [
                ("Totale compensi", "2.000,00"),
                ("Rivalsa INPS 4%", "80,00"),
                ("Imponibile", "2.080,00"),
                ("IVA (N2.2 – non soggetta)", "0,00"),
                ("Imposta di bollo", "2,00"),
                ("Totale documento", "2.082,00"),
                ("Netto a pagare", "2.082,00"),
            ]
        ),
    ]
    fields = _fields(texts)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        2080.0,
        0.0,
        2082.0,
    )


def test_amount_excluded_under_article_15_stays_out_of_the_vat() -> None:
    texts = [
        *_LETTERHEAD,
        (57, 200, "Fattura n. 2025/0311 del 28/02/2025", 10),
        *_totals(
            [
                ("Totale merce", "1.540,00"),
                ("Totale imponibile", "1.500,00"),
                ("Totale IVA", "330,00"),
                ("Esclusi art. 15", "40,00"),
                ("TOTALE FATTURA €", "1.870,00"),
            ]
        ),
    ]
    fields = _fields(texts)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        1500.0,
        330.0,
        1870.0,
    )


def test_tourist_tax_outside_vat_stays_out_of_the_vat() -> None:
    texts = [
        *_LETTERHEAD,
        (57, 200, "Fattura n. 2025/000455 del 12/06/2025", 10),
        *_totals(
            [
                ("Totale imponibile", "900,00"),
                ("Totale IVA", "90,00"),
                ("Imposta di soggiorno (escl. art. 15)", "12,00"),
                ("Totale documento", "1.002,00"),
            ]
        ),
    ]
    fields = _fields(texts)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        900.0,
        90.0,
        1002.0,
    )


def test_e_invoice_recap_adds_a_reduced_rate_row_with_a_long_label() -> None:
    texts: list[SizedText] = [
        *_LETTERHEAD,
        (57, 200, "Fattura n. 2025/44 del 10/03/2025", 10),
        (40, 300, "RIEPILOGHI IVA E TOTALI", 8),
        (40, 314, "esigibilità iva / riferimenti normativi", 7),
        (300, 314, "%IVA", 7),
        (380, 314, "Totale imponibile", 7),
        (480, 314, "Totale imposta", 7),
        (40, 328, "I (esigibilità immediata)", 7),
        (322, 328, ">22,00", 7),
        (440, 328, ">1.000,00", 7),
        (540, 328, ">220,00", 7),
        (40, 342, "I (esigibilità immediata) / Tab. A parte II n. 18 DPR", 7),
        (322, 342, ">4,00", 7),
        (440, 342, ">2.500,00", 7),
        (540, 342, ">100,00", 7),
        (40, 352, "633/72", 7),
        (40, 376, "Importo bollo", 7),
        (480, 376, "Totale documento", 7),
        (540, 390, ">3.820,00", 7),
    ]
    fields = _fields(texts)
    assert (fields["net_amount"], fields["tax_amount"], fields["total_amount"]) == (
        3500.0,
        320.0,
        3820.0,
    )


def test_description_and_amount_header_heads_fee_rows() -> None:
    texts: list[SizedText] = [
        *_LETTERHEAD,
        (57, 200, "Fattura n. 18/2025 del 03/03/2025", 10),
        (74, 240, "Descrizione della prestazione", 9),
        (525, 240, ">Importo €", 9),
        (74, 258, "Consulenza fiscale: revisione del bilancio e predisposizione della", 9),
        (525, 258, ">900,00", 9),
        (74, 270, "dichiarazione dei redditi", 9),
        (74, 290, "Rimborso forfettario spese generali 15%", 9),
        (525, 290, ">135,00", 9),
        *_totals(
            [
                ("Totale compensi", "1.035,00"),
                ("IVA 22%", "227,70"),
                ("Totale documento", "1.262,70"),
            ],
            top=330,
        ),
    ]
    items = _read(texts)["line_items"]
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        (
            "Consulenza fiscale: revisione del bilancio e predisposizione della dichiarazione"
            " dei redditi",
            1.0,
            900.0,
        ),
        ("Rimborso forfettario spese generali 15%", 1.0, 135.0),
    ]


def test_header_without_description_caption_keeps_the_unit_out_of_the_text() -> None:
    texts: list[SizedText] = [
        *_LETTERHEAD,
        (57, 200, "Fattura n. 31/2025 del 03/03/2025", 10),
        (300, 240, "UM", 8),
        (340, 240, "Q.TA", 8),
        (400, 240, "PREZZO", 8),
        (470, 240, "IMPORTO", 8),
        (520, 240, "IVA", 8),
        (57, 256, "POSA CAVIDOTTO CORRUGATO DN 50", 8),
        (300, 256, "MT", 8),
        (360, 256, ">30", 8),
        (440, 256, ">4,20", 8),
        (505, 256, ">126,00", 8),
        (520, 256, "22", 8),
        (57, 270, "MANODOPERA ELETTRICISTA", 8),
        (300, 270, "ORE", 8),
        (360, 270, ">6", 8),
        (440, 270, ">38,00", 8),
        (505, 270, ">228,00", 8),
        (520, 270, "22", 8),
        (57, 300, "ALIQ.", 8),
        (120, 300, "IMPONIBILE", 8),
        (200, 300, "IMPOSTA", 8),
        *_totals([("TOTALE IMPONIBILE", "354,00")], top=300),
        (57, 314, "22%", 8),
        (160, 314, ">354,00", 8),
        (240, 314, ">77,88", 8),
        *_totals([("TOTALE IVA", "77,88"), ("TOTALE FATTURA", "431,88")], top=314),
    ]
    items = _read(texts)["line_items"]
    assert [(i["description"], i["quantity"], i["amount"]) for i in items] == [
        ("POSA CAVIDOTTO CORRUGATO DN 50", 30.0, 126.0),
        ("MANODOPERA ELETTRICISTA", 6.0, 228.0),
    ]


def test_boxed_number_caption_beside_the_date_caption_reads_the_number_under_it() -> None:
    texts: list[SizedText] = [
        (57, 50, "TERMOIDRAULICA BASSI GIORGIO", 14),
        (57, 66, "Via Emilia 80 - 42121 REGGIO EMILIA (RE)", 8),
        (57, 78, "P.IVA 02619840357", 8),
        (57, 160, "FATTURA", 9),
        (170, 160, "NUMERO", 9),
        (250, 160, "DATA", 9),
        (360, 160, "42123 REGGIO EMILIA (RE)", 9),
        (180, 174, "000047", 9),
        (250, 174, "21/03/2025", 9),
        (360, 146, "VIA TORRI 9", 9),
        (360, 132, "FERRARI LUCIA", 9),
        *_totals([("TOTALE FATTURA", "610,00")], top=260),
    ]
    fields = _fields(texts)
    assert (fields["invoice_number"], fields["invoice_date"]) == ("000047", "2025-03-21")
