"""French, Spanish, Italian and Portuguese invoicing software: the document's own number
and date beside the invoice a credit note corrects, numbers in header grids and under
Portuguese titles, the buyer's "Votre n° TVA", the partita IVA beside the codice fiscale."""

from __future__ import annotations

from typing import Any

import pytest

from facturist.engine import extract_canonical
from facturist.engine.model import Box, Word
from facturist.engine.parse.tax_ids import has_partita_iva_check, is_codice_fiscale
from facturist.engine.vatread import read_vat_id

from .conftest import SizedText, make_invoice_pdf, make_sized_pdf

Row = tuple[float, float, str]

_SELLER: list[Row] = [(40, 50, "Quincaillerie Faure SARL"), (40, 64, "12 rue Denis Papin")]


def _fields(rows: list[Row]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _sized_fields(texts: list[SizedText]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    return fields


def test_a_credit_note_on_an_invoice_keeps_its_own_number_and_date() -> None:
    # EBP: "Avoir sur facture FA00412 du 12/02/2025"; the credit note's own number and date
    # stand in the grid below.
    rows = [
        (400, 60, "AVOIR"),
        (370, 90, "Avoir sur facture FA00412 du 12/02/2025"),
        (60, 150, "Numéro"),
        (130, 150, "Date"),
        (185, 150, "Code client"),
        (260, 150, "Page"),
        (55, 164, "AV000087"),
        (120, 164, "04/03/2025"),
        (185, 164, "C0000318"),
        (265, 164, "1"),
    ]
    fields = _fields(_SELLER + rows)
    assert (fields["invoice_number"], fields["invoice_date"]) == ("AV000087", "2025-03-04")


def test_the_customers_vat_number_addressed_as_votre() -> None:
    rows = [
        (40, 200, "Votre n° TVA : FR94510493729"),
        (100, 780, "SARL au capital de 30 489,80 € – NAF 4752A – TVA FR37452138704"),
    ]
    assert _fields(_SELLER + rows)["seller_vat_id"] == "FR37452138704"


def test_a_title_captioning_a_header_grid_column() -> None:
    # Factusol: small grey captions "FACTURA | FECHA | CLIENTE | PÁGINA" over larger values.
    texts: list[SizedText] = [
        (40, 50, "Suministros Hosteleros S.L.", 12),
        (74, 163, "FACTURA", 7),
        (182, 163, "FECHA", 7),
        (282, 163, "CLIENTE", 7),
        (387, 163, "PÁGINA", 7),
        (67, 178, "2025/000318", 9),
        (174, 178, "21/03/2025", 9),
        (284, 178, "000745", 9),
        (399, 178, "1", 9),
    ]
    assert _sized_fields(texts)["invoice_number"] == "2025/000318"


def test_the_kind_a_bare_number_caption_and_the_number() -> None:
    # Danea Easyfatt's "Documento" box: "FATTURA | Numero | 12/2025".
    rows = [
        (47, 143, "Documento"),
        (47, 157, "FATTURA"),
        (151, 157, "Numero"),
        (193, 157, "12/2025"),
    ]
    assert _fields(_SELLER + rows)["invoice_number"] == "12/2025"


def test_a_portuguese_series_number_under_its_title() -> None:
    # InvoiceXpress: "Fatura-Recibo" over "FR 1/145" and the ATCUD line.
    texts: list[SizedText] = [
        (40, 50, "TIAGO MENDES", 16),
        (449, 50, "Fatura-Recibo", 16),
        (511, 66, "FR 1/145", 9),
        (472, 80, "ATCUD: JJ4QX8MN-145", 8),
    ]
    assert _sized_fields(texts)["invoice_number"] == "FR 1/145"


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # The partita IVA's check digit holds though its office code is not a listed one; the
        # codice fiscale under it is a person's tax code.
        ([(475, 65, "P.IVA 13928475618"), (457, 79, "C.F. FRRGLI88C62L219H")], "13928475618"),
        ([(31, 86, "P.IVA e C.F. 03518293745 – REA BO-512873")], "03518293745"),
    ],
)
def test_italian_partita_iva_forms(rows: list[Row], expected: str) -> None:
    assert _fields(_SELLER + rows)["seller_vat_id"] == expected


def test_a_codice_fiscale_is_never_a_vat_id() -> None:
    assert is_codice_fiscale("RGLLCU88C62L219H")
    assert is_codice_fiscale("ITRGLLCU88C62L219H")
    assert not is_codice_fiscale("FR37452138704")
    assert has_partita_iva_check("03518293745")
    assert not has_partita_iva_check("03518293746")
    word = Word("FRRGLI88C62L219H", Box(1, 100, 100, 180, 108))
    assert read_vat_id([word]) is None
