"""Hungarian and Romanian invoices: the street printed after the postcode and town (on the
next line, or after a comma on a sender line), the bare captions "Sorszám:", "Kelt:",
"Splatnosť:", "Scadență:", "Seria și nr.:", the domestic tax number "Adószám: 14572395-2-09",
and a bare "Nettó" heading the item table's amount column."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.hungariantaxnumber import valid_hungarian_tax_number
from facturist.engine.labels import LABELS_BY_RANK

from .conftest import make_sized_pdf


def _hungarian_invoice() -> bytes:
    texts = [
        (40, 30, "Pannon Faipari Kft.", 14),
        (40, 48, "9022 Gyor, Baross Gábor út 17. · Adószám: 25610424-2-08", 8),
        (440, 70, "Számla", 16),
        (40, 95, "Vevo:", 10),
        (330, 95, "Sorszám: GYR/2025/000412", 10),
        (40, 108, "Rába Asztalos Bt.", 10),
        (330, 108, "Kelt: 2025. május 6.", 10),
        (40, 121, "9024 Gyor", 10),
        (330, 121, "Teljesítés: 2025. május 5.", 10),
        (40, 134, "Szent Imre út 42.", 10),
        (330, 134, "Fizetési mód: átutalás", 10),
        (40, 147, "Adószám: 14572395-2-09", 10),
        (44, 190, "Termék", 9),
        (220, 190, "Mennyiség", 9),
        (290, 190, "Egységár", 9),
        (360, 190, "ÁFA", 9),
        (410, 190, "Nettó", 9),
        (480, 190, "Bruttó", 9),
        (44, 208, "Bükk deszka 25 mm", 9),
        (220, 208, "10", 9),
        (290, 208, "4 000", 9),
        (360, 208, "27%", 9),
        (410, 208, "40 000", 9),
        (480, 208, "50 800", 9),
        (44, 222, "Tölgy léc 40x40", 9),
        (220, 222, "20", 9),
        (290, 222, "1 500", 9),
        (360, 222, "27%", 9),
        (410, 222, "30 000", 9),
        (480, 222, "38 100", 9),
        (330, 260, "Nettó összesen: 70 000 Ft", 10),
        (330, 274, "ÁFA összesen: 18 900 Ft", 10),
        (330, 288, "Bruttó összesen: 88 900 Ft", 10),
    ]
    return make_sized_pdf(texts)


def test_street_after_the_town_on_a_sender_line_and_on_the_next_line() -> None:
    fields = extract_canonical(_hungarian_invoice(), use_einvoice=False)["fields"]
    assert fields["seller_address"] == "9022 Gyor, Baross Gábor út 17."
    assert fields["buyer_address"] == "Szent Imre út 42., 9024 Gyor"


def test_hungarian_captions_and_tax_number() -> None:
    fields = extract_canonical(_hungarian_invoice(), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "GYR/2025/000412"
    assert fields["invoice_date"] == "2025-05-06"
    assert fields["buyer_vat_id"] == "14572395-2-09"


def test_bare_netto_heads_the_amount_column() -> None:
    items = extract_canonical(_hungarian_invoice(), use_einvoice=False)["line_items"]
    assert [(i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        (10.0, 4000.0, 40000.0),
        (20.0, 1500.0, 30000.0),
    ]


def test_hungarian_tax_number_check_digit_and_county() -> None:
    assert valid_hungarian_tax_number("14572395-2-09")
    assert not valid_hungarian_tax_number("14572396-2-09")  # check digit
    assert not valid_hungarian_tax_number("14572395-2-21")  # no county 21


def test_slovak_and_romanian_captions() -> None:
    assert LABELS_BY_RANK["due_date"].search("Splatnosť: 24.04.2025")
    assert LABELS_BY_RANK["due_date"].search("Scadență: 30.04.2025")
    assert LABELS_BY_RANK["invoice_number"].search("Seria și nr.: SWX-0112")
    assert LABELS_BY_RANK["invoice_number"].search("Nr. factură: 2025-117")
