"""A panel titled with the document's bare name ("FACTURE") whose first row, flush under the
title, is a bare "Numéro | <id>": the invoice's number, though the row does not open its line
(the buyer's address stands to its left). A Dutch "BTW-id" captions a VAT ID."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_PAGE: Page = [
    (250, 50, "CLIENT"),
    (420, 50, "FACTURE"),
    (250, 64, "Librairie Morel SARL"),
    (250, 78, "Service achats"),
    (420, 78, "Numéro"),
    (500, 78, "A7C3D2E9-0042"),
    (40, 86, "Zeilwerk Software B.V."),
    (250, 94, "4 rue Basse"),
    (420, 94, "Date de facture"),
    (500, 94, "05/03/2026"),
    (40, 102, "Kanaalweg 8"),
    (250, 110, "69001 Lyon"),
    (420, 110, "Date d'échéance"),
    (500, 110, "04/04/2026"),
    (40, 118, "3526 KM Utrecht"),
    (250, 126, "BTW-id: FR40303265045"),
    (40, 134, "BTW NL812345672B01"),
    (50, 200, "Désignation"),
    (380, 200, "Qté"),
    (500, 200, "Montant HT"),
    (50, 216, "Licence annuelle"),
    (380, 216, "1"),
    (500, 216, "400,00"),
    (380, 260, "Total HT"),
    (500, 260, "400,00"),
    (380, 274, "TVA 0 %"),
    (500, 274, "0,00"),
    (380, 288, "Total TTC"),
    (500, 288, "400,00"),
]


def test_bare_number_caption_under_the_title() -> None:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([_PAGE]), use_einvoice=False)
    fields = result["fields"]
    assert fields["invoice_number"] == "A7C3D2E9-0042"
    assert fields["invoice_date"] == "2026-03-05"
    assert fields["buyer_vat_id"] == "FR40303265045"
