"""A window envelope's return-address line parted by dashes, one of them glued to the house
number ("ACME - Innstraße 41- 94032 Passau"): the street and town after the name."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_sized_pdf


def test_return_address_with_a_dash_glued_to_the_house_number() -> None:
    texts = [
        (185, 55, "Malerbetrieb Sonnleitner", 20),
        (218, 79, "Malerarbeiten und Fassaden", 10),
        (72, 132, "Malerbetrieb Sonnleitner - Innstraße 41- 94032 Passau", 7),
        (72, 147, "Herrn", 10),
        (335, 147, "Rechnung Nr. 2016-148", 10),
        (72, 160, "Thomas Gebhardt", 10),
        (335, 160, "Datum 27.10.2016", 10),
        (72, 173, "Innstraße 8", 10),
        (72, 186, "94032 Passau", 10),
        (74, 345, "Pos.", 10),
        (104, 345, "Bezeichnung", 10),
        (483, 345, "Gesamtpreis", 10),
        (74, 362, "1", 10),
        (104, 362, "Raufaser tapezieren", 10),
        (510, 362, "588,20", 10),
        (350, 420, "Nettobetrag 588,20", 10),
        (350, 434, "MwSt 19 % 111,76", 10),
        (350, 448, "Gesamtbetrag 699,96", 10),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Malerbetrieb Sonnleitner"
    assert fields["seller_address"] == "Innstraße 41, 94032 Passau"
