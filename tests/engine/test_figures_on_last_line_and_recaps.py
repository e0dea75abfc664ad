"""Item tables that print an item's figures on the last line of its text (a title, a few
lines of text, the figures beside the last), their groups' sums listed again on a later
page, and counts printed with their unit in one quantity column."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pages

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(pages: list[list[Text]]) -> CanonicalInvoice:
    return analysed(make_placed_pages(*pages, size=8))


def _head(number: str) -> list[Text]:
    return [
        (50, 40, "Bauunternehmung Kessler GmbH", False),
        (50, 52, "Werkstraße 4, 48485 Neuenkirchen", False),
        (380, 90, f"Rechnung Nr. {number}", False),
        (380, 102, "Datum 04.09.2025", False),
    ]


def _figures(y: float, text: str, count: str, price: str, amount: str) -> list[Text]:
    return [
        (105, y, text, False),
        (395, y, count, True),
        (458, y, price, True),
        (536, y, amount, True),
    ]


def _header(y: float) -> list[Text]:
    return [
        (59, y, "OZ", False),
        (105, y, "Leistungstext", False),
        (395, y, "Menge", True),
        (458, y, "EP €", True),
        (536, y, "GP €", True),
    ]


def _descriptions(invoice: CanonicalInvoice) -> list[str]:
    return [str(item["description"].value) for item in invoice.items]


def _amounts(invoice: CanonicalInvoice) -> list[object]:
    return [item["amount"].value for item in invoice.items]


def _wholesale() -> list[Text]:
    """Articles set as a code line, a name and the figures beside the name's last line, the
    items half a line apart."""
    texts = _head("VR 5512") + _header(300)
    y = 318.0
    for code, lines, figures in (
        ("Art.-Nr. 1144302", [], ("6 Ring", "61,80", "370,80", "Mantelleitung NYM-J 3x1,5")),
        (
            "Art.-Nr. 2209114",
            ["Leitungsschutzschalter B16"],
            ("48 Stk", "4,92", "236,16", "Hersteller Hager"),
        ),
        ("Art.-Nr. 2210559", [], ("12 Stk", "58,40", "700,80", "FI-Schalter 2-polig B16")),
        ("Art.-Nr. 5120036", ["Gerätedose UP tief"], ("8 VE", "11,90", "95,20", "VE 25 Stück")),
    ):
        texts.append((105, y, code, False))
        for line in lines:
            y += 11
            texts.append((105, y, line, False))
        y += 11
        count, price, amount, name = figures
        texts += _figures(y, name, count, price, amount)
        y += 15
    texts += [(400, y + 10, "Summe netto", False), (536, y + 10, "1.402,96", True)]
    texts += [(400, y + 23, "USt 19 %", False), (536, y + 23, "266,56", True)]
    texts += [(400, y + 36, "Gesamtbetrag", False), (536, y + 36, "1.669,52", True)]
    return texts


def test_text_over_the_figures_line_is_that_items_name() -> None:
    invoice = _invoice([_wholesale()])
    assert _amounts(invoice) == [370.8, 236.16, 700.8, 95.2]
    assert _descriptions(invoice) == [
        "Art.-Nr. 1144302 Mantelleitung NYM-J 3x1,5",
        "Art.-Nr. 2209114 Leitungsschutzschalter B16 Hersteller Hager",
        "Art.-Nr. 2210559 FI-Schalter 2-polig B16",
        "Art.-Nr. 5120036 Gerätedose UP tief VE 25 Stück",
    ]


def _position(
    y: float, number: str, title: str, lines: list[str], figures: tuple[str, ...]
) -> tuple[list[Text], float]:
    texts: list[Text] = [(59, y, number, False), (105, y, title, False)]
    for line in lines:
        y += 10.4
        texts.append((105, y, line, False))
    y += 10.4
    texts += _figures(y, figures[0], figures[1], figures[2], figures[3])
    return texts, y + 14.4


def _tender() -> list[list[Text]]:
    """A final invoice in titles: numbered positions, their figures on their last line, an
    alternative priced for information only, each title's sum, and on the second page the
    titles' sums listed again."""
    first = _head("SR-2025-0087") + _header(330)
    y = 350.0
    first += [(59, y, "01", False), (105, y, "Erdarbeiten", False)]
    y += 12.5
    for number, title, lines, figures in (
        (
            "01.001",
            "Oberboden abtragen",
            ["Oberboden bis 30 cm abtragen und seitlich"],
            ("lagern.", "142 m²", "4,80", "681,60"),
        ),
        (
            "01.002",
            "Baugrube ausheben",
            ["Boden der Klasse 3-4 lösen und laden,"],
            ("zur Deponie abfahren.", "64,5 m³", "27,40", "1.767,30"),
        ),
        (
            "01.003A",
            "Baugrube in Fels",
            ["wie vor, jedoch Klasse 6, Alternative"],
            ("zu 01.002.", "64,5 m³", "38,90", "nur EP"),
        ),
        (
            "01.004",
            "Frostschutzschicht herstellen",
            ["Frostschutzmaterial 0/32 einbauen,"],
            ("Stärke 30 cm.", "98 m²", "21,15", "2.072,70"),
        ),
    ):
        texts, y = _position(y, number, title, lines, figures)
        first += texts
    first += [(105, y, "Summe Titel 01 Erdarbeiten", False), (536, y, "4.521,60", True)]
    second = [(57, 36, "Bauunternehmung Kessler GmbH - Rechnung SR-2025-0087 - Seite 2", False)]
    second += _header(70)
    y = 90.0
    second += [(59, y, "02", False), (105, y, "Stundenlohnarbeiten", False)]
    y += 12.5
    for number, title, figures in (
        ("02.001", "Vorarbeiter", ("lt. Stundenzettel 11-14", "9 Std.", "52,00", "468,00")),
        ("02.002", "Facharbeiter", ("lt. Stundenzettel 11-14", "21,5 Std.", "46,50", "999,75")),
    ):
        texts, y = _position(y, number, title, [], figures)
        second += texts
    second += [(105, y, "Summe Titel 02 Stundenlohnarbeiten", False), (536, y, "1.467,75", True)]
    y += 20
    second += [(57, y, "Zusammenstellung", False)]
    for title, total in (
        ("Titel 01 Erdarbeiten", "4.521,60"),
        ("Titel 02 Stundenlohnarbeiten", "1.467,75"),
    ):
        y += 12
        second += [(57, y, title, False), (536, y, total, True)]
    second += [(326, y + 20, "Summe netto", False), (536, y + 20, "5.989,35", True)]
    second += [(326, y + 33, "zzgl. 19 % USt.", False), (536, y + 33, "1.137,98", True)]
    second += [(326, y + 46, "Rechnungsbetrag", False), (536, y + 46, "7.127,33", True)]
    return [first, second]


def test_numbered_positions_with_figures_last_and_a_recap_of_the_titles() -> None:
    invoice = _invoice(_tender())
    assert _amounts(invoice) == [681.6, 1767.3, 2072.7, 468.0, 999.75]
    assert _descriptions(invoice) == [
        "Oberboden abtragen Oberboden bis 30 cm abtragen und seitlich lagern.",
        "Baugrube ausheben Boden der Klasse 3-4 lösen und laden, zur Deponie abfahren.",
        "Frostschutzschicht herstellen Frostschutzmaterial 0/32 einbauen, Stärke 30 cm.",
        "Vorarbeiter lt. Stundenzettel 11-14",
        "Facharbeiter lt. Stundenzettel 11-14",
    ]


def test_figures_on_the_first_line_keep_the_text_wrapped_under_them() -> None:
    """The usual table: figures beside the name's first line, the name wrapping under it,
    the items apart: the text under the figures stays with them."""
    texts = _head("2025-114") + _header(300)
    y = 318.0
    for name, wrap, figures in (
        (
            "Böden mit Malervlies abdecken,",
            "nach Abschluss entfernen.",
            ("1 psch", "185,00", "185,00"),
        ),
        (
            "Raufaser wässern, abziehen und",
            "entsorgen, Untergrund reinigen.",
            ("212,5 m²", "4,60", "977,50"),
        ),
        ("Heizkörper entrosten und mit Lack", "beschichten.", ("5 Stk", "84,50", "422,50")),
    ):
        texts += _figures(y, name, *figures)
        texts.append((105, y + 10.4, wrap, False))
        y += 10.4 + 16
    texts += [(400, y + 10, "Summe netto", False), (536, y + 10, "1.585,00", True)]
    texts += [(400, y + 23, "USt 19 %", False), (536, y + 23, "301,15", True)]
    texts += [(400, y + 36, "Gesamtbetrag", False), (536, y + 36, "1.886,15", True)]
    invoice = _invoice([texts])
    assert _amounts(invoice) == [185.0, 977.5, 422.5]
    assert _descriptions(invoice) == [
        "Böden mit Malervlies abdecken, nach Abschluss entfernen.",
        "Raufaser wässern, abziehen und entsorgen, Untergrund reinigen.",
        "Heizkörper entrosten und mit Lack beschichten.",
    ]


def test_count_and_unit_in_one_quantity_column_under_numbered_groups() -> None:
    """ "Pos. | Menge | Text": the count and its unit right-aligned under "Menge", the unit
    with no caption of its own, the text column centred further right; groups by title,
    each closed by its sum, an alternative priced for information only ("nur EP")."""
    texts = _head("RE 15-0933")
    texts += [(59, 330, "Pos.", False), (131, 330, "Menge", True), (170, 330, "Text", False)]
    texts += [(460, 330, "Preis", True), (536, 330, "Betrag", True)]

    def row(
        y: float, number: str, count: str, unit: str, text: str, price: str, amount: str
    ) -> list[Text]:
        return [
            (60, y, number, False),
            (131, y, count, True),
            (136, y, unit, False),
            (170, y, text, False),
            (460, y, price, True),
            (536, y, amount, True),
        ]

    texts += [(59, 349, "1", False), (170, 349, "Besprechung", False)]
    texts += row(
        362, "1.01", "1", "Stk", "Einbauschrank raumhoch, Fronten Eiche", "3.390,00", "3.390,00"
    )
    texts += row(376, "1.02a", "1", "Stk", "Einbauschrank mit Schiebetüren", "3.870,00", "nur EP")
    texts += row(390, "1.03", "6", "Stk", "Akustik-Wandabsorber 120x60 cm", "186,00", "1.116,00")
    texts += [(170, 405, "Summe Besprechung", False), (536, 405, "4.506,00", True)]
    texts += [(59, 425, "2", False), (170, 425, "Sonstiges", False)]
    texts += row(
        438, "2.01", "2,5", "Std.", "Tischlerstunden Anpassarbeiten vor Ort", "54,00", "135,00"
    )
    texts += row(
        453, "2.02", "1", "psch", "Anlieferung und Entsorgung Verpackung", "145,00", "145,00"
    )
    texts += [(170, 468, "Summe Sonstiges", False), (536, 468, "280,00", True)]
    texts += [(326, 490, "Summe netto", False), (536, 490, "4.786,00", True)]
    texts += [(326, 503, "zzgl. 19 % MwSt.", False), (536, 503, "909,34", True)]
    texts += [(326, 516, "Gesamtsumme", False), (536, 516, "5.695,34", True)]
    invoice = _invoice([texts])
    assert _amounts(invoice) == [3390.0, 1116.0, 135.0, 145.0]
    assert [item["quantity"].value for item in invoice.items] == [1.0, 6.0, 2.5, 1.0]
    assert _descriptions(invoice)[1:] == [
        "Akustik-Wandabsorber 120x60 cm",
        "Tischlerstunden Anpassarbeiten vor Ort",
        "Anlieferung und Entsorgung Verpackung",
    ]
