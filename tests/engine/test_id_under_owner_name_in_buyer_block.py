"""A buyer's block that names the shop and, under it, its owner, then the tax ID, then the
street and town (a sole trader's "Mercería ..." / "Pilar ... Sempere" / "NIF ..."): the two
name lines come before the ID, so the address is the lines after it, even where those lines
share their rows with the invoice's details in the left-hand column."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def test_address_after_the_owner_name_and_the_tax_id_line() -> None:
    fields = _fields(
        [
            (400, 30, "Tejidos Albaida, S.L."),
            (400, 43, "Avda. del Textil 14"),
            (400, 56, "46860 Albaida (Valencia)"),
            (400, 69, "CIF: B46123456"),
            (50, 120, "FACTURA"),
            (320, 120, "Destinatario"),
            (320, 140, "Droguería Nuria Vidal"),
            (50, 147, "Número"),
            (140, 147, "FV 2026 / 000418"),
            (320, 153, "Nuria Vidal Pascual"),
            (50, 161, "Fecha factura"),
            (140, 161, "05/03/2026"),
            (320, 166, "NIF 33402281K"),
            (50, 176, "Nº cliente"),
            (140, 176, "5521"),
            (320, 176, "C/ San Roque, 12"),
            (50, 190, "Vencimiento"),
            (140, 190, "04/04/2026"),
            (320, 190, "46800 Xàtiva (Valencia)"),
            (50, 260, "Descripción"),
            (450, 260, "Importe"),
            (50, 276, "Toallas de baño"),
            (450, 276, "100,00"),
            (300, 320, "Base imponible"),
            (450, 320, "100,00"),
            (300, 334, "IVA 21 %"),
            (450, 334, "21,00"),
            (300, 348, "Total factura"),
            (450, 348, "121,00"),
        ]
    )
    assert fields["buyer_name"] == "Droguería Nuria Vidal"
    assert fields["buyer_address"] == "C/ San Roque, 12, 46800 Xàtiva (Valencia)"
