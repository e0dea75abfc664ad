"""Hungarian item tables caption the net and gross value "Nettó érték", "Bruttó érték" (one
caption each, the currency stacked under it), and the rate line over the sums converted into
forints under the items ("MNB árfolyam: 1 EUR = 393,85 HUF") is no item."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _page() -> list[tuple[float, float, str]]:
    return [
        (60, 50, "Tisza Gépjavító Kft."),
        (60, 64, "6720 Szeged, Kossuth Lajos sugárút 12."),
        (400, 50, "SZÁMLA"),
        (400, 64, "Sorszám: TG-2024/0211"),
        (60, 100, "Vevo: Alföld Logisztika Zrt."),
        (60, 120, "Számla kelte: 2024.04.10."),
        (59, 200, "Megnevezés"),
        (229, 200, "Menny."),
        (300, 200, "Egységár"),
        (355, 200, "Nettó érték"),
        (415, 200, "ÁFA"),
        (470, 200, "Bruttó érték"),
        (320, 213, "(EUR)"),
        (380, 213, "(EUR)"),
        (419, 213, "%"),
        (510, 213, "(EUR)"),
        (59, 228, "Targonca javítása, hidraulika-"),
        (261, 228, ">1"),
        (346, 228, ">1 850,00"),
        (406, 228, ">1 850,00"),
        (431, 228, ">27%"),
        (536, 228, ">2 349,50"),
        (59, 240, "rendszer cseréje"),
        (59, 254, "Kiszállás"),
        (261, 254, ">2"),
        (346, 254, ">60,00"),
        (406, 254, ">120,00"),
        (431, 254, ">27%"),
        (536, 254, ">152,40"),
        (66, 300, "Összesítés (EUR)"),
        (315, 300, "Tájékoztató adatok forintban"),
        (65, 314, "a számla pénzneme"),
        (315, 314, "MNB árfolyam 2024.04.09.: 1 EUR = 391,20 HUF"),
        (66, 330, "Nettó összesen"),
        (281, 330, ">1 970,00 EUR"),
        (315, 330, "Nettó összesen"),
        (530, 330, ">770 664 Ft"),
        (66, 342, "ÁFA 27%"),
        (281, 342, ">531,90 EUR"),
        (315, 342, "ÁFA 27%"),
        (530, 342, ">208 079 Ft"),
        (66, 354, "Fizetendo"),
        (281, 354, ">2 501,90 EUR"),
        (315, 354, "Bruttó összesen"),
        (530, 354, ">978 743 Ft"),
    ]


def test_net_value_caption_over_its_currency_reads_each_row() -> None:
    result = extract_canonical(make_invoice_pdf([_page()], marks=True), use_einvoice=False)
    assert [(i["description"], i["amount"]) for i in result["line_items"]] == [
        ("Targonca javítása, hidraulika- rendszer cseréje", 1850.0),
        ("Kiszállás", 120.0),
    ]
    fields = result["fields"]
    assert (fields["total_amount"], fields["currency"]) == (2501.9, "EUR")
