"""European till slips scanned short and wide: detection by their own till words, and the
seller's legal name among the shop's sign rows.

- A German fuel slip prints the pump ("Säule 4"), the voucher number ("Beleg-Nr."), cash
  handed over ("Bar 50,00") and change; a French ticket its card payment ("CB 31,20"), the
  article count, its farewell. Few Malaysian or English marks appear, and a short slip is
  not narrow: its own words make it a receipt, so its labelless date is read.
- The shop's tax number in its block above the date is the seller's, whatever a buyer rule
  of the general reader made of it.
- A French company prints its legal form first ("SAS ..."), under the shop's sign: the row
  with the form is the whole name. A German sole trader's row "Inh. ... e.K." names the
  owner; the caption is no part of the name.
"""

from __future__ import annotations

from facturist.engine.layout import build_lines
from facturist.engine.receipt_dates import field_value
from facturist.engine.receipt_legalform import form_opens_name, without_owner_caption
from facturist.engine.receipt_scan import looks_like_receipt
from facturist.engine.receipts import with_receipt_fields

from .receipts.test_receipt_seller_blocks_and_nett import Run, scanned

_FUEL: list[Run] = [
    (90.0, 20.0, "TANKSTELLE", 14.0),
    (86.0, 38.0, "AM KANAL", 14.0),
    (60.0, 56.0, "Inh. Maria Huber e.K.", 10.0),
    (70.0, 68.0, "Kanalweg 7", 10.0),
    (70.0, 80.0, "30159 Hannover", 10.0),
    (70.0, 90.0, "USt-ID: DE123456788", 10.0),
    (20.0, 100.0, "Säule 4", 10.0),
    (20.0, 112.0, "Diesel 30,00 1 x 1,699", 10.0),
    (220.0, 112.0, "50,97", 10.0),
    (20.0, 132.0, "Gesamtbetrag EUR", 10.0),
    (220.0, 132.0, "50,97", 10.0),
    (20.0, 144.0, "Bar", 10.0),
    (220.0, 144.0, "60,00", 10.0),
    (20.0, 156.0, "Rückgeld", 10.0),
    (220.0, 156.0, "9,03", 10.0),
    (20.0, 176.0, "Beleg-Nr. 0044177", 10.0),
    (20.0, 188.0, "11.03.2024 07:41:09", 10.0),
]

_TICKET: list[Run] = [
    (110.0, 20.0, "SUPERMARCHE DU PARC", 14.0),
    (100.0, 40.0, "SAS PARC DISTRIBUTION", 14.0),
    (100.0, 60.0, "12 RUE DES LILAS", 12.0),
    (120.0, 78.0, "69003 LYON", 12.0),
    (20.0, 110.0, "PAIN DE MIE", 12.0),
    (260.0, 110.0, "1,95", 12.0),
    (20.0, 128.0, "CAFE MOULU 250G", 12.0),
    (260.0, 128.0, "3,49", 12.0),
    (20.0, 156.0, "2 ARTICLES", 12.0),
    (20.0, 174.0, "TOTAL TTC", 12.0),
    (260.0, 174.0, "5,44", 12.0),
    (20.0, 192.0, "CB", 12.0),
    (260.0, 192.0, "5,44", 12.0),
    (20.0, 220.0, "02/05/2024 09:14 CAISSE 03", 12.0),
    (90.0, 250.0, "MERCI DE VOTRE VISITE", 12.0),
]


def _read(runs: list[Run], width: float, height: float) -> dict[str, str]:
    page = scanned(runs, width=width, height=height)
    lines = build_lines(page)
    assert looks_like_receipt([page], lines)
    return {key: str(value.value) for key, value in with_receipt_fields([page], lines, {}).items()}


def test_a_short_german_fuel_slip_is_a_receipt_and_its_owner_is_the_seller() -> None:
    found = _read(_FUEL, width=300.0, height=400.0)
    assert found["invoice_date"] == "2024-03-11"
    assert found["seller_name"] == "Maria Huber e.K."


def test_a_french_ticket_names_the_company_with_its_form_first() -> None:
    found = _read(_TICKET, width=380.0, height=500.0)
    assert found["invoice_date"] == "2024-05-02"
    assert found["seller_name"] == "SAS PARC DISTRIBUTION"


def test_a_scanned_french_invoice_with_tax_words_is_no_receipt() -> None:
    runs: list[Run] = [
        (40.0, 20.0, "ATELIER BOIS SARL", 14.0),
        (40.0, 40.0, "FACTURE N 2024-118", 12.0),
        (40.0, 60.0, "Date : 02/05/2024", 12.0),
        (40.0, 90.0, "Total HT 1 200,00", 12.0),
        (40.0, 108.0, "TVA 20% 240,00", 12.0),
        (40.0, 126.0, "Total TTC 1 440,00", 12.0),
        (40.0, 160.0, "Merci pour votre confiance", 12.0),
    ]
    page = scanned(runs, width=595.0, height=842.0)
    assert not looks_like_receipt([page], build_lines(page))


def test_a_leading_form_with_a_name_after_it_stands_alone() -> None:
    assert form_opens_name("SARL LES TILLEULS")
    assert not form_opens_name("SDN BHD")
    assert not form_opens_name("SA")
    assert without_owner_caption("Inh, Maria Huber e.K.") == "Maria Huber e.K."
    assert without_owner_caption("Inhaber: Max Roth") == "Max Roth"
    assert without_owner_caption("Inhalt GmbH") == "Inhalt GmbH"


def test_the_tax_number_in_the_shops_block_is_the_sellers() -> None:
    page = scanned(_FUEL, width=300.0, height=400.0)
    lines = build_lines(page)
    row = next(line for line in lines if "USt-ID" in line.text)
    given = {"buyer_vat_id": field_value("DE123456788", row.words[-1:])}
    found = with_receipt_fields([page], lines, given)
    assert "buyer_vat_id" not in found
    assert found["seller_vat_id"].value == "DE123456788"
