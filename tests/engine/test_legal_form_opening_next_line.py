"""A letterhead sets the firm's name large and its legal form small on the line under it,
before a tagline: "KOVOSERVIS NOVÁK" over "spol. s r.o. • opravy zemědělské techniky". The
form opening that line completes the name; the piece after the bullet is the tagline."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(second: str) -> list[SizedText]:
    return [
        (150, 40, "KOVOSERVIS NOVAK", 20),
        (150, 62, second, 8),
        (150, 74, "Nádrazní 12, 602 00 Brno", 8),
        (150, 86, "IC: 41235678 DIC: CZ41235678", 8),
        (80, 130, "FAKTURA - DANOVÝ DOKLAD c. 2025118", 12),
        (80, 160, "Odberatel:", 9),
        (300, 160, "Datum vystavení: 02.04.2025", 9),
        (80, 172, "AGRO ZLÍN s.r.o.", 9),
        (80, 184, "Pricní 8", 9),
        (80, 196, "760 01 Zlín", 9),
        (80, 250, "Polozka", 9),
        (450, 250, "Celkem", 9),
        (80, 265, "Oprava prevodovky", 9),
        (450, 265, "10 000,00", 9),
        (350, 320, "Základ DPH 21 %:", 9),
        (450, 320, "10 000,00", 9),
        (350, 332, "DPH 21 %:", 9),
        (450, 332, "2 100,00", 9),
        (350, 344, "Celkem k úhrade:", 9),
        (450, 344, "12 100,00 Kc", 9),
    ]


def test_legal_form_before_a_tagline_completes_the_name() -> None:
    texts = _page("spol. s r.o. • opravy a servis zemedelské techniky")
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "KOVOSERVIS NOVAK spol. s r.o."


def test_tagline_alone_is_no_part_of_the_name() -> None:
    texts = _page("opravy a servis zemedelské techniky")
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "KOVOSERVIS NOVAK"
