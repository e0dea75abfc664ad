"""A title word followed by a number whose parts a spaced slash joins ("Factuur 2024 / 153",
Teamleader's year and count): the title's number, as "2024/153" unspaced would be; a date
written with spaced slashes is none."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(title: str) -> list[SizedText]:
    return [
        (57, 50, "Studio Noord BV", 11),
        (57, 64, "Veldstraat 10", 9),
        (57, 76, "9000 Gent", 9),
        (340, 120, "Drukkerij Peeters NV", 10),
        (340, 133, "Markt 2", 10),
        (340, 146, "8500 Kortrijk", 10),
        (57, 200, title, 16),
        (57, 226, "Factuurdatum", 9),
        (160, 226, "14/03/2024", 9),
        (57, 238, "Vervaldag", 9),
        (160, 238, "13/04/2024", 9),
        (62, 280, "Omschrijving", 9),
        (480, 280, "Totaal", 9),
        (62, 296, "Ontwerp brochure", 9),
        (480, 296, "€1.000,00", 9),
        (368, 340, "Totaal excl. BTW", 9),
        (480, 340, "€1.000,00", 9),
        (368, 354, "BTW 21%", 9),
        (480, 354, "€210,00", 9),
        (368, 368, "Totaal incl. BTW", 9),
        (480, 368, "€1.210,00", 9),
    ]


def test_title_number_with_spaced_slash() -> None:
    pdf = make_sized_pdf(_page("Factuur 2024 / 153"))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert str(fields["invoice_number"]).replace(" ", "") == "2024/153"


def test_title_with_spaced_slash_date_has_no_number() -> None:
    pdf = make_sized_pdf(_page("Factuur 14 / 03 / 2024"))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields.get("invoice_number") in (None, "")
