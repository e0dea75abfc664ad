"""A professional's letter with a sidebar of partners, register, tax and bank details down
the page margin beside a "Leistung | EUR" table: the sidebar's words are no part of the rows,
and a text wrapping with its amount on its last line ("... 2 Std. à €" over "150,00 |
300,00") is one item."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf


def _invoice(texts: list[tuple[float, float, str, bool]]) -> CanonicalInvoice:
    """Texts as (x, y from the top, text, right-aligned at x)."""
    return analysed(make_placed_pdf(texts, 9))


_SIDEBAR = [
    "Partner",
    "Mag. Lena Hofbauer",
    "Wirtschaftsprüferin",
    "Kanzlei",
    "Mariahilfer Straße 40",
    "1070 Wien",
    "Registergericht",
    "FN 512904k",
    "Handelsgericht Wien",
    "Steuernummer",
    "ATU71234509",
    "Bank",
    "Erste Bank",
    "IBAN AT48 2011",
]

_ITEMS = [
    ("Jahresabschluss 2024 samt Anhang und", "Lagebericht", "1.450,00"),
    ("Körperschaftsteuererklärung 2024 samt Beilagen", None, "320,00"),
    ("Lohnverrechnung März 2025 für", "6 Dienstnehmer à € 30,00", "180,00"),
    ("Besprechung Gruppenbesteuerung, 2 Std. à €", "150,00", "300,00"),
    ("Barauslagen (Porto, Firmenbuchauszüge)", None, "12,40"),
]


def _document() -> list[tuple[float, float, str, bool]]:
    texts: list[tuple[float, float, str, bool]] = [
        (180, 60, "Hofbauer Steuerberatung GmbH", False),
        (180, 130, "Tischlerei Weiss GmbH", False),
        (180, 142, "Gewerbepark 7", False),
        (180, 154, "2700 Wiener Neustadt", False),
        (180, 200, "HONORARNOTE HN-2025/118", False),
        (180, 214, "Wien, am 3. April 2025", False),
        (180, 240, "Für unsere Leistungen im März 2025 verrechnen wir:", False),
    ]
    top = 270.0
    y = 180.0
    for text in _SIDEBAR:
        if abs(y - top) < 8:
            y += 10  # the header's line stays clear of the sidebar
        texts.append((36, y, text, False))
        y += 18
    texts += [(180, top, "Leistung", False), (540, top, "EUR", True)]
    y = top + 20
    for first, second, amount in _ITEMS:
        texts.append((180, y, first, False))
        if second is None:
            texts.append((540, y, amount, True))
            y += 20
            continue
        texts += [(180, y + 11, second, False), (540, y + 11, amount, True)]
        y += 31
    texts += [
        (370, y + 20, "Honorar netto", False),
        (540, y + 20, "EUR 2.262,40", True),
        (370, y + 35, "20 % Umsatzsteuer", False),
        (540, y + 35, "EUR 452,48", True),
        (370, y + 50, "Rechnungsbetrag", False),
        (540, y + 50, "EUR 2.714,88", True),
    ]
    return texts


def test_sidebar_words_are_no_part_of_the_rows() -> None:
    items = _invoice(_document()).items
    assert [item["amount"].value for item in items] == [1450.0, 320.0, 180.0, 300.0, 12.4]
    descriptions = [str(item["description"].value) for item in items]
    assert descriptions[0] == "Jahresabschluss 2024 samt Anhang und Lagebericht"
    assert descriptions[2] == "Lohnverrechnung März 2025 für 6 Dienstnehmer à € 30,00"
    assert descriptions[3].startswith("Besprechung Gruppenbesteuerung, 2 Std. à €")
    assert not any("FN" in text or "Gericht" in text or "Bank" in text for text in descriptions)
