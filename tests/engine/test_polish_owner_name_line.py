"""A Polish sole trader's firm is its business name and its owner's name (CEIDG): the block
sets "Zakład Stolarski DĄBEK" over "Piotr Nowicki" in the same bold print, over the street,
the "NN-NNN Town" line and the NIP. The owner's line belongs to the name; a line under a
name that carries a legal form, or in plain print, is no part of it."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(name: str, second: str) -> list[SizedText]:
    return [
        (50, 40, "Faktura VAT nr 77/05/2025", 14),
        (360, 40, "Data wystawienia: 12.05.2025", 9),
        (50, 100, "Sprzedawca", 9),
        (310, 100, "Nabywca", 9),
        (50, 115, name, 9),
        (310, 115, "Hurtownia Drewna SOSNA Sp. z o.o.", 9),
        (50, 127, second, 9),
        (310, 127, "ul. Lesna 8", 9),
        (50, 139, "ul. Rzemieslnicza 3", 9),
        (310, 139, "60-101 Poznan", 9),
        (50, 151, "62-020 Swarzedz", 9),
        (310, 151, "NIP: 7781234560", 9),
        (50, 163, "NIP: 7771234561", 9),
        (50, 220, "Nazwa", 9),
        (450, 220, "Wartosc", 9),
        (50, 235, "Stól debowy", 9),
        (450, 235, "1 000,00", 9),
        (350, 300, "Razem netto", 9),
        (450, 300, "1 000,00", 9),
        (350, 312, "VAT 23%", 9),
        (450, 312, "230,00", 9),
        (350, 324, "Do zaplaty", 9),
        (450, 324, "1 230,00 PLN", 9),
    ]


def test_owner_line_in_the_same_bold_print_completes_the_name() -> None:
    texts = _page("Zaklad Stolarski DEBEK", "Piotr Nowicki")
    pdf = make_sized_pdf(texts, bold=frozenset({"Zaklad Stolarski DEBEK", "Piotr Nowicki"}))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Zaklad Stolarski DEBEK Piotr Nowicki"


def test_brand_and_owner_line_completes_the_name() -> None:
    texts = _page("Przedsiebiorstwo Produkcyjne", "TARTEX Anna Wójcik")
    bold = frozenset({"Przedsiebiorstwo Produkcyjne", "TARTEX Anna Wójcik"})
    fields = extract_canonical(make_sized_pdf(texts, bold=bold), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Przedsiebiorstwo Produkcyjne TARTEX Anna Wójcik"


def test_plain_person_line_under_a_bold_name_is_no_part_of_it() -> None:
    texts = _page("Zaklad Stolarski DEBEK", "Piotr Nowicki")
    pdf = make_sized_pdf(texts, bold=frozenset({"Zaklad Stolarski DEBEK"}))
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Zaklad Stolarski DEBEK"
