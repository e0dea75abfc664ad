"""A bill's summary list on page 1 adds up to the net amount; the call list on page 2 adds up
only to its own sum, which is one line of the summary: the summary's lines are the items."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _pages() -> list[list[tuple[float, float, str]]]:
    first = [
        (40, 60, "Funk Mobil GmbH"),
        (330, 120, "Rechnungsnummer"),
        (480, 120, "918273645"),
        (330, 134, "Rechnungsdatum"),
        (480, 134, "07.03.2025"),
        (40, 230, "Ihre Rechnung im Überblick"),
        (40, 254, "Leistung"),
        (480, 254, "Betrag netto"),
        (40, 272, "Grundgebühr Tarif M"),
        (510, 272, "33,57 €"),
        (40, 286, "01.03.2025 – 31.03.2025"),
        (40, 300, "Option EU-Roaming Plus"),
        (515, 300, "4,19 €"),
        (40, 314, "Verbindungen außerhalb der Inklusivleistungen"),
        (515, 314, "2,37 €"),
        (40, 340, "Rabatt Kombi"),
        (512, 340, "-4,20 €"),
        (380, 360, "Summe netto"),
        (510, 360, "35,93 €"),
        (360, 375, "Umsatzsteuer 19 %"),
        (515, 375, "6,83 €"),
        (360, 390, "Rechnungsbetrag"),
        (510, 390, "42,76 €"),
    ]
    second = [(40, 72, "Einzelverbindungsnachweis")]
    figures = ["0,00"] * 27 + ["0,79", "0,99", "0,59"]
    for n, figure in enumerate(figures):
        y = 115 + 11 * n
        second += [
            (40, y, f"{n % 28 + 1:02d}.02."),
            (90, y, f"1{n % 10}:{10 + n}"),
            (140, y, "Inland Mobil" if n % 2 else "SMS Inland"),
            (300, y, f"0176 55{n:02d}xxx"),
            (420, y, "1"),
            (540, y, figure),
        ]
    second += [(320, 460, "Summe Verbindungen netto"), (540, 460, "2,37")]
    return [first, second]


def test_the_summary_that_adds_up_to_the_net_wins_over_a_longer_detail_list() -> None:
    result = extract_canonical(make_invoice_pdf(_pages()), use_einvoice=False)
    assert [i["amount"] for i in result["line_items"]] == [33.57, 4.19, 2.37, -4.2]
