"""A due-date column in a table of instalments ("Rata | Scadenza | Importo" over "1 |
31/03/2026 | 4.560,12"): the first instalment's date is the due date (instalmentdue.py), its
amounts no items or totals; and a document-data grid whose number caption follows a
document-type column ("TIPO DOC. | NUMERO | DATA", labels.py)."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf

_HEAD: list[SizedText] = [
    (40, 40, "TERMOIDRAULICA ROSSI S.r.l.", 14),
    (40, 56, "Via Nazionale 233 - 80143 Napoli - P.IVA 07822150632", 8),
    (380, 40, "FATTURA", 14),
    (380, 58, "N. fattura", 8),
    (450, 58, "12/2026", 8),
    (380, 70, "Data", 8),
    (450, 70, "12/01/2026", 8),
    (40, 110, "Condominio Parco degli Ulivi", 9),
    (40, 122, "Via Manzoni 190 - 80123 Napoli (NA)", 9),
    (44, 200, "Descrizione", 8),
    (330, 200, "Q.tà", 8),
    (400, 200, "Prezzo", 8),
    (480, 200, "Importo", 8),
    (44, 216, "Fornitura caldaia a condensazione", 9),
    (330, 216, "1", 9),
    (400, 216, "9.000,00", 9),
    (480, 216, "9.000,00", 9),
    (44, 232, "Manodopera specializzata (ore)", 9),
    (330, 232, "10", 9),
    (400, 232, "30,00", 9),
    (480, 232, "300,00", 9),
    (380, 270, "Imponibile", 9),
    (551, 270, ">9.300,00", 9),
    (380, 284, "IVA 10 %", 9),
    (551, 284, ">930,00", 9),
    (380, 298, "Totale fattura", 9),
    (551, 298, ">10.230,00", 9),
]


def _result(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


def _schedule(captions: list[str], rows: list[list[str]]) -> list[SizedText]:
    xs = [56, 110, 200, 320]
    texts: list[SizedText] = [(x, 400, c, 8) for x, c in zip(xs, captions, strict=False)]
    for n, row in enumerate(rows):
        texts += [(x + 6, 416 + 16 * n, v, 9) for x, v in zip(xs, row, strict=False)]
    return texts


@pytest.mark.parametrize(
    ("heading", "captions", "rows"),
    [
        (
            "Scadenze",
            ["Rata", "Scadenza", "Modalità", "Importo €"],
            [
                ["1", "31/03/2026", "Bonifico bancario", "3.410,00"],
                ["2", "30/04/2026", "Bonifico bancario", "3.410,00"],
                ["3", "31/05/2026", "Bonifico bancario", "3.410,00"],
            ],
        ),
        (
            "",
            ["Rata", "Scadenza", "Importo"],
            [["1/2", "31/03/2026", "5.115,00"], ["2/2", "30/04/2026", "5.115,00"]],
        ),
        (
            "Ratenplan",
            ["Rate", "Fälligkeit", "Betrag"],
            [["1", "31.03.2026", "5.115,00"], ["2", "30.04.2026", "5.115,00"]],
        ),
        (
            "Payment schedule",
            ["Instalment", "Due date", "Amount"],
            [
                ["1 of 3", "31/03/2026", "3.410,00"],
                ["2 of 3", "30/04/2026", "3.410,00"],
                ["3 of 3", "31/05/2026", "3.410,00"],
            ],
        ),
    ],
)
def test_first_instalment_date_is_the_due_date(
    heading: str, captions: list[str], rows: list[list[str]]
) -> None:
    above: list[SizedText] = [(40, 384, heading, 9)] if heading else []
    result = _result([*_HEAD, *above, *_schedule(captions, rows)])
    fields = result["fields"]
    assert fields["due_date"] == "2026-03-31"
    assert fields["total_amount"] == 10230.0
    assert [item["amount"] for item in result["line_items"]] == [9000.0, 300.0]


def test_printed_due_date_outranks_the_instalments() -> None:
    schedule = _schedule(
        ["Rata", "Scadenza", "Importo"],
        [["1/2", "31/03/2026", "5.115,00"], ["2/2", "30/04/2026", "5.115,00"]],
    )
    fields = _result([*_HEAD, (380, 82, "Scadenza", 8), (450, 82, "15/02/2026", 8), *schedule])[
        "fields"
    ]
    assert fields["due_date"] == "2026-02-15"


def test_dates_column_without_instalment_counts_gives_no_due_date() -> None:
    schedule = _schedule(
        ["Riferimento", "Scadenza", "Importo"],
        [
            ["A", "31/03/2026", "3.410,00"],
            ["B", "30/04/2026", "3.410,00"],
            ["C", "31/05/2026", "3.410,00"],
        ],
    )
    assert "due_date" not in _result([*_HEAD, *schedule])["fields"]


@pytest.mark.parametrize(
    ("captions", "values"),
    [
        (["TIPO DOC.", "NUMERO", "DATA", "PAGAMENTO"], ["FATT. IMMEDIATA", "412/V", "09-03-2026"]),
        (["TIPO", "NUMERO", "DATA", "PAGAMENTO"], ["FATTURA", "412", "09-03-2026"]),
        (["DOC. TYPE", "NUMBER", "DATE", "PAYMENT"], ["INVOICE", "412/V", "09-03-2026"]),
        (["TYPE DOC.", "N°", "DATE", "PAIEMENT"], ["FACTURE", "412/V", "09/03/2026"]),
    ],
)
def test_number_after_a_document_type_column(captions: list[str], values: list[str]) -> None:
    xs = [43, 150, 210, 290]
    texts: list[SizedText] = [
        (40, 40, "DISTRIBUZIONE ALIMENTARE TIRRENICA S.p.A.", 12),
        (40, 56, "Via Aurelia Nord 310 - 57121 Livorno", 8),
        *[(x, 190, c, 7) for x, c in zip(xs, captions, strict=False)],
        *[(x, 204, v, 8) for x, v in zip(xs, [*values, "BONIFICO 30 GG"], strict=False)],
        (42, 230, "DESCRIZIONE", 7),
        (300, 230, "QUANTITA'", 7),
        (470, 230, "IMPORTO", 7),
        (42, 244, "FARINA 00 SACCO 25 KG", 8),
        (300, 244, "4", 8),
        (470, 244, "85,60", 8),
        (360, 300, "TOTALE FATTURA EUR", 8),
        (551, 300, ">85,60", 8),
    ]
    fields = _result(texts)["fields"]
    assert fields["invoice_number"] == values[1]
    assert fields["invoice_date"] == "2026-03-09"
