"""A contact line opening with a department or job title, then a salutation and a name
("Projektleitung Herr Dipl.-Ing. K. Stahl", "Objektbetreuung Frau Petra Lorenz") names the reader
inside the buyer's block: it is no part of the postal address."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _fields(contact: str) -> dict[str, object]:
    texts: list[SizedText] = [
        (60, 50, "Malerbetrieb Rausch GmbH", 12),
        (60, 66, "Gartenweg 9, 90402 Nürnberg", 9),
        (60, 120, "Baugenossenschaft Frankenland eG", 10),
        (60, 134, contact, 10),
        (60, 148, "Am Stadtpark 14", 10),
        (60, 162, "90409 Nürnberg", 10),
        (330, 162, "Auftrag vom:", 9),
        (430, 162, "03.02.2025", 9),
        (330, 120, "Rechnung Nr.:", 9),
        (430, 120, "MR-2025-077", 9),
        (330, 134, "Datum:", 9),
        (430, 134, "14.03.2025", 9),
        (60, 200, "Rechnung", 13),
        (60, 240, "Pos.", 9),
        (100, 240, "Leistung", 9),
        (470, 240, "Betrag €", 9),
        (60, 256, "1", 9),
        (100, 256, "Treppenhaus streichen", 9),
        (470, 256, "2.000,00", 9),
        (330, 300, "Summe netto", 9),
        (470, 300, "2.000,00 €", 9),
        (330, 314, "zzgl. 19 % MwSt.", 9),
        (470, 314, "380,00 €", 9),
        (330, 328, "Gesamtbetrag", 9),
        (470, 328, "2.380,00 €", 9),
    ]
    pdf = make_sized_pdf(texts)
    fields: dict[str, object] = extract_canonical(pdf, use_einvoice=False)["fields"]
    return fields


def test_job_title_then_salutation_is_a_reader_line() -> None:
    fields = _fields("Projektleitung Herr Dipl.-Ing. T. Brenner")
    assert fields["buyer_name"] == "Baugenossenschaft Frankenland eG"
    assert fields["buyer_address"] == "Am Stadtpark 14, 90409 Nürnberg"


def test_department_then_salutation_is_a_reader_line() -> None:
    fields = _fields("Objektbetreuung Frau Petra Lorenz")
    assert fields["buyer_address"] == "Am Stadtpark 14, 90409 Nürnberg"
