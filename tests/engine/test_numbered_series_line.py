"""A smaller line under an item quoting a range of numbers ("gem. Stundenzetteln Nr. 7 bis
11", "Arbeitsberichte Nr. 0312–0318") goes on with the item's name: the series of
timesheets or reports an hourly row was counted from says what it bills. A single
number after "Nr." ("Prüfzeugnis Nr. 31-7702") stays a tracking detail."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(detail: str) -> list[SizedText]:
    return [
        (57, 50, "Bergmann Haustechnik GmbH", 14),
        (57, 66, "Lindenweg 4, 34117 Kassel", 8),
        (57, 110, "Stadtwerke Ahnatal", 10),
        (57, 122, "Am Anger 2", 10),
        (57, 134, "34292 Ahnatal", 10),
        (340, 110, "Rechnungsnummer", 9),
        (440, 110, "HT-2024-0877", 9),
        (340, 122, "Rechnungsdatum", 9),
        (440, 122, "11.06.2024", 9),
        (63, 200, "Pos.", 9),
        (90, 200, "Leistung", 9),
        (300, 200, "Menge", 9),
        (360, 200, "Preis", 9),
        (470, 200, "Summe", 9),
        (63, 216, "1.", 9),
        (90, 216, "Regiestunden Installateur", 9),
        (300, 216, "12", 9),
        (360, 216, "€ 61,00", 9),
        (470, 216, "€ 732,00", 9),
        (91, 227, detail, 8),
        (63, 242, "2.", 9),
        (90, 242, "Fahrtkosten pauschal", 9),
        (300, 242, "1", 9),
        (360, 242, "€ 48,00", 9),
        (470, 242, "€ 48,00", 9),
        (370, 290, "Nettobetrag", 9),
        (470, 290, "€ 780,00", 9),
        (370, 302, "zzgl. 19 % USt", 9),
        (470, 302, "€ 148,20", 9),
        (370, 314, "Gesamtbetrag", 9),
        (470, 314, "€ 928,20", 9),
    ]


def _first_item(detail: str) -> str:
    items = extract_canonical(make_sized_pdf(_page(detail)), use_einvoice=False)["line_items"]
    assert len(items) == 2
    return str(items[0]["description"])


def test_timesheet_range_goes_on_with_the_name() -> None:
    name = _first_item("gem. Stundenzetteln Nr. 7 bis 11 (Umbau Heizraum)")
    assert name == "Regiestunden Installateur gem. Stundenzetteln Nr. 7 bis 11 (Umbau Heizraum)"


def test_dashed_report_range_goes_on_with_the_name() -> None:
    name = _first_item("Arbeitsberichte Nr. 0312–0318")
    assert name == "Regiestunden Installateur Arbeitsberichte Nr. 0312–0318"


def test_single_certificate_number_stays_a_detail() -> None:
    assert _first_item("Prüfzeugnis Nr. 31-7702") == "Regiestunden Installateur"
