"""European till receipts: the street and the postcode-and-town line under the shop's name,
past an owner's or trade line, and postcodes grouped as in Czechia ("110 00 Praha")."""

from __future__ import annotations

import pytest

from .test_receipt_header_rules import fields_of

ITEMS = ["Kaffee || 3,20", "Kuchen || 4,10"]
TAIL = ["SUMME EUR || 7,30", "BAR || 10,00", "RÜCKGELD || 2,70", "Vielen Dank"]


@pytest.mark.parametrize(
    "second",
    [
        # The owner of a sole trader's business, as German shops print it.
        "Inh. Jonas Weidmann",
        "Apothekerin Marta Lenz e.K.",
        # What the shop does, under its name.
        "Konditorei - Café",
    ],
)
def test_a_street_over_its_town_under_an_owner_line_opens_the_address(second: str) -> None:
    rows = ["Café Lindenblatt", second, "Mühlgasse 17", "72070 Tübingen", "Tel. 07071 55 31 20"]
    found = fields_of([*rows, "QUITTUNG", "Bon 0412 Kasse 1", "12.03.2026 09:14", *ITEMS, *TAIL])
    assert found["seller_address"].value == "Mühlgasse 17 72070 Tübingen"


def test_a_grouped_czech_postcode_closes_the_address() -> None:
    # "Brno" reads like a Malaysian "BR NO" caption; under a street it is the town.
    rows = ["KAVÁRNA U LÍPY", "Veveří 233/5", "602 00 Brno", "provozovatel: Lípa Gastro s.r.o."]
    rows += ["IČO 01234567", "TICKET 2026/77", "KASSE 2 BON 77"]
    found = fields_of([*rows, "12.03.2026 09:14", *ITEMS, *TAIL])
    assert found["seller_address"].value == "Veveří 233/5 602 00 Brno"
    assert found["seller_name"].value == "KAVÁRNA U LÍPY"


def test_a_legal_name_with_a_number_under_the_trade_name_is_no_street() -> None:
    # A Spanish ticket: trade name, legal name (its "S.L." after a number), CIF, street.
    rows = ["BODEGA LA ALAMEDA", "Hosteleria Feria 14 S.L.", "CIF:B90754185"]
    rows += ["C/ Feria 14 - 41003 Sevilla", "Tel. 954 27 33 18", "FACTURA SIMPLIFICADA"]
    found = fields_of([*rows, "12.03.2026 09:14", *ITEMS, *TAIL])
    assert found["seller_address"].value == "C/ Feria 14 - 41003 Sevilla"
