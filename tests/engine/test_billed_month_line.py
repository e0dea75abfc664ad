"""A smaller line under an item naming the month it bills ("Monat Februar 2024 lt.
Rahmenvertrag RV-2022-08") goes on with the item's name, though it quotes a contract's
number: the period billed says what the charge is, unlike a delivery note's number and date
("Lieferschein LS-88412 vom 5. März 2024"), which stays a tracking detail."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(detail: str) -> list[SizedText]:
    return [
        (57, 50, "Alpin Netzwerk GmbH", 14),
        (57, 66, "Maria-Theresien-Straße 9, 6020 Innsbruck", 8),
        (57, 110, "Bergbahnen Tux GmbH", 10),
        (57, 122, "Talstation 1", 10),
        (57, 134, "6293 Tux", 10),
        (340, 110, "Rechnungsnummer", 9),
        (440, 110, "AN-2024-0310", 9),
        (340, 122, "Rechnungsdatum", 9),
        (440, 122, "05.03.2024", 9),
        (63, 200, "Pos.", 9),
        (90, 200, "Leistung", 9),
        (300, 200, "Menge", 9),
        (360, 200, "Preis", 9),
        (470, 200, "Summe", 9),
        (63, 216, "1.", 9),
        (90, 216, "Wartung Firewall und Switches", 9),
        (300, 216, "1", 9),
        (360, 216, "€ 350,00", 9),
        (470, 216, "€ 350,00", 9),
        (91, 227, detail, 8),
        (63, 242, "2.", 9),
        (90, 242, "Backup-Speicher 2 TB", 9),
        (300, 242, "2", 9),
        (360, 242, "€ 25,00", 9),
        (470, 242, "€ 50,00", 9),
        (370, 290, "Nettobetrag", 9),
        (470, 290, "€ 400,00", 9),
        (370, 302, "zzgl. 20 % USt", 9),
        (470, 302, "€ 80,00", 9),
        (370, 314, "Gesamtbetrag", 9),
        (470, 314, "€ 480,00", 9),
    ]


def _first_item(detail: str) -> str:
    items = extract_canonical(make_sized_pdf(_page(detail)), use_einvoice=False)["line_items"]
    assert len(items) == 2
    return str(items[0]["description"])


def test_billed_month_goes_on_with_the_name() -> None:
    name = _first_item("Monat Februar 2024 lt. Rahmenvertrag RV-2022-08")
    assert name == "Wartung Firewall und Switches Monat Februar 2024 lt. Rahmenvertrag RV-2022-08"


def test_dated_delivery_note_stays_a_detail() -> None:
    assert _first_item("Lieferschein LS-88412 vom 5. März 2024") == "Wartung Firewall und Switches"
