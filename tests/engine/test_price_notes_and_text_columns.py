"""A sentence about the prices' VAT under the last item is no wrapped line of its name
(itemnamewraps.py, tablewraps.py); of two text columns, the one of codes is the item's code
and the one of words its description (tableheader.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, make_pdf


def _items(drawn: list[Drawn]) -> list[tuple[Any, ...]]:
    result: dict[str, Any] = extract_canonical(make_pdf(drawn), use_einvoice=False)
    return [(i["description"], i.get("quantity"), i["amount"]) for i in result["line_items"]]


def _gross_table(note: str) -> list[Drawn]:
    size = 8.5
    drawn = [
        Drawn(420, 60, "Rechnung Nr.: R25-0614", size=size),
        Drawn(420, 72, "Rechnungsdatum: 17.06.2025", size=size),
        Drawn(59, 300, "Pos.", size=size),
        Drawn(90, 300, "Artikel / Leistung", size=size, bold=True),
        Drawn(340, 300, "Menge", size=size, align="right"),
        Drawn(345, 300, "Einheit", size=size),
        Drawn(460, 300, "Einzelpreis", size=size, align="right"),
        Drawn(540, 300, "Gesamtpreis", size=size, align="right"),
    ]
    rows = [
        ("Arbeitszeit Elektromeister", "3,50", "Std.", "79,90 €", "279,65 €"),
        ("Wallbox ABL eMH1 11 kW", "1,00", "Stk.", "749,00 €", "749,00 €"),
        ("Anfahrt", "1,00", "pausch.", "39,00 €", "39,00 €"),
    ]
    y = 314.0
    for number, (name, count, unit, price, amount) in enumerate(rows, 1):
        drawn += [
            Drawn(59, y, f"{number}.", size=size),
            Drawn(90, y, name, size=size),
            Drawn(340, y, count, size=size, align="right"),
            Drawn(345, y, unit, size=size),
            Drawn(460, y, price, size=size, align="right"),
            Drawn(540, y, amount, size=size, align="right"),
        ]
        y += 14.1
    drawn += [
        Drawn(57, y - 0.1, note, font="Helvetica-Oblique", size=7.5),
        Drawn(320, y + 12, "Rechnungsbetrag (brutto)", size=9),
        Drawn(540, y + 12, "1.067,65 €", size=9, align="right"),
        Drawn(320, y + 25, "Nettobetrag", size=9),
        Drawn(540, y + 25, "897,19 €", size=9, align="right"),
        Drawn(320, y + 38, "19 % MwSt.", size=9),
        Drawn(540, y + 38, "170,46 €", size=9, align="right"),
    ]
    return drawn


def test_prices_include_vat_sentence_under_the_last_item_is_no_part_of_its_name() -> None:
    items = _items(_gross_table("Alle Preise inkl. der gesetzlichen Mehrwertsteuer."))
    assert items[-1] == ("Anfahrt", 1.0, 39.0)


def test_text_column_beside_an_article_number_column_is_the_description() -> None:
    # Collmex-style: "Pos | Artikel | Text | Menge | ME | Preis | Betrag | USt", the article
    # column holding the article numbers, the text column the item's name.
    size = 7.5
    font = "Courier"
    captions = [
        (62, "Pos", "left"),
        (84, "Artikel", "left"),
        (136, "Text", "left"),
        (370, "Menge", "right"),
        (375, "ME", "left"),
        (453, "Preis", "right"),
        (515, "Betrag", "right"),
        (545, "USt", "right"),
    ]
    drawn = [
        Drawn(340, 60, "Rechnung     40512", font, 8.5),
        Drawn(340, 72, "Datum        22.01.2025", font, 8.5),
        *(Drawn(x, 313, text, font, size, align) for x, text, align in captions),  # type: ignore[arg-type]
    ]
    rows = [
        ("T-1001", "Ostfriesen Blatt Broken, 500 g", "40,00", "Pck", "7,15", "286,00", "7%"),
        ("T-1005", "Assam Hajua Spätlese, 1 kg", "12,00", "Pck", "24,90", "298,80", "7%"),
        ("Z-0310", "Teestövchen Porzellan Friesenrose", "6,00", "Stk", "18,40", "110,40", "19%"),
    ]
    y = 326.0
    for number, (code, name, count, unit, price, amount, rate) in enumerate(rows, 1):
        cells = [str(number), code, name, count, unit, price, amount, rate]
        for (x, _caption, align), text in zip(captions, cells, strict=True):
            drawn.append(Drawn(x, y, text, font, size, align))  # type: ignore[arg-type]
        y += 12.7
    drawn += [
        Drawn(312, y + 10, "Summe netto", font, 8.5),
        Drawn(545, y + 10, "695,20", font, 8.5, "right"),
        Drawn(312, y + 22, "zzgl. USt 7 %", font, 8.5),
        Drawn(545, y + 22, "40,93", font, 8.5, "right"),
        Drawn(312, y + 34, "zzgl. USt 19 %", font, 8.5),
        Drawn(545, y + 34, "20,98", font, 8.5, "right"),
        Drawn(312, y + 46, "Rechnungsbetrag EUR", font, 8.5),
        Drawn(545, y + 46, "757,11", font, 8.5, "right"),
    ]
    assert _items(drawn) == [
        ("Ostfriesen Blatt Broken, 500 g", 40.0, 286.0),
        ("Assam Hajua Spätlese, 1 kg", 12.0, 298.8),
        ("Teestövchen Porzellan Friesenrose", 6.0, 110.4),
    ]
