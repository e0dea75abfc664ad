"""Party cards of e-invoice viewer prints, and a seller's trading name beside its legal name.

Conventions:
- Online e-invoice viewers print each party as a card, side by side ("Rechnungssteller" /
  "Rechnungsempfänger"), its title after an icon glyph that marks the card's left edge, each
  caption above its value ("Name" over the name, "Anschrift" over the address's lines). A
  card's captions and values are read within the card's own column.
- Germany's "UG (haftungsbeschränkt)" is one statutory form designation (§ 5a GmbHG): a narrow
  column wraps its bracketed part to the next line, still part of the name.
- EN 16931 names the seller by its legal name (BT-27, "Firmenname"); a viewer may list the
  trading name (BT-28, "Handelsname") first. A caption is never a name; the trading name is
  the seller's only where no legal name is printed.
- Italy's e-invoice copy (FatturaPA style sheet) prints the town as captioned parts, the
  country's code last ("Cap: 10123 Nazione: IT"): the code closes the address, as a country
  line would.
"""

from __future__ import annotations

from .conftest import header_values

_HEAD = [
    (50, 60, "Rechnung LDS-2024-117"),
]

_TOTALS = [
    (50, 560, "Bezeichnung"),
    (300, 560, "Menge"),
    (380, 560, "Preis"),
    (470, 560, "Betrag"),
    (50, 576, "Logo-Redesign"),
    (300, 576, "1"),
    (380, 576, "500,00"),
    (470, 576, "500,00"),
    (330, 620, "Nettobetrag 500,00"),
    (330, 634, "zzgl. MwSt. 19 % 95,00"),
    (330, 648, "Zu zahlen 595,00"),
]


def _cards() -> list[tuple[float, float, str]]:
    """Two cards side by side; the seller's name wraps, so its address caption stands a line
    lower than the buyer's."""
    return [
        (51, 123, "⌂"),
        (69, 123, "Rechnungssteller"),
        (319, 123, "☺"),
        (338, 123, "Rechnungsempfänger"),
        (51, 143, "Name"),
        (319, 143, "Name"),
        (51, 154, "Lindqvist Design Studio UG"),
        (319, 154, "Pfeffer & Minze Gastronomie GmbH"),
        (51, 165, "(haftungsbeschränkt)"),
        (319, 170, "Anschrift"),
        (51, 180, "Anschrift"),
        (319, 181, "Schanzenstraße 29"),
        (51, 191, "Kastanienallee 71"),
        (319, 192, "20357 Hamburg"),
        (51, 202, "10435 Berlin"),
        (319, 203, "Deutschland"),
        (51, 213, "Deutschland"),
        (319, 221, "Käuferreferenz"),
        (51, 231, "USt-IdNr."),
        (319, 232, "PM-HH-0042"),
        (51, 242, "DE326590149"),
    ]


def test_cards_side_by_side_read_each_party_in_its_card() -> None:
    fields = header_values([*_HEAD, *_cards(), *_TOTALS])
    assert fields["seller_name"] == "Lindqvist Design Studio UG (haftungsbeschränkt)"
    assert fields["buyer_name"] == "Pfeffer & Minze Gastronomie GmbH"
    assert fields["seller_address"] == "Kastanienallee 71, 10435 Berlin, Deutschland"


def _seller_block(trading: bool, legal: bool) -> list[tuple[float, float, str]]:
    rows = [
        (48, 84, "Verkäufer"),
        (308, 84, "Käufer"),
        (308, 100, "Name"),
        (403, 100, "Stadtwerke Oberaue"),
        (48, 122, "Anschrift"),
        (143, 122, "Hafenstraße 3"),
        (308, 122, "Anschrift"),
        (403, 122, "Am Markt 3"),
        (143, 133, "24937 Flensburg"),
        (403, 133, "24943 Flensburg"),
        (143, 144, "Deutschland"),
        (48, 155, "USt-IdNr."),
        (143, 155, "DE296318777"),
    ]
    if trading:
        rows += [(48, 100, "Handelsname"), (143, 100, "Hansen Bad & Heizung")]
    if legal:
        rows += [(48, 111, "Firmenname"), (143, 111, "Hansen Gebäudetechnik GmbH")]
    return rows


def test_the_legal_name_under_a_trading_name_names_the_seller() -> None:
    fields = header_values([*_HEAD, *_seller_block(trading=True, legal=True), *_TOTALS])
    assert fields["seller_name"] == "Hansen Gebäudetechnik GmbH"
    assert fields["seller_address"] == "Hafenstraße 3, 24937 Flensburg, Deutschland"


def test_a_trading_name_alone_names_the_seller() -> None:
    fields = header_values([*_HEAD, *_seller_block(trading=True, legal=False), *_TOTALS])
    assert fields["seller_name"] == "Hansen Bad & Heizung"


def test_the_country_code_of_an_italian_captioned_town_closes_the_address() -> None:
    rows = [
        (34, 44, "Cedente/prestatore (fornitore)"),
        (307, 44, "Cessionario/committente (cliente)"),
        (35, 84, "Denominazione: Tipografia Ferraris S.r.l."),
        (307, 84, "Denominazione: Studio Legale Bellini"),
        (35, 95, "Regime fiscale: RF01 (ordinario)"),
        (307, 95, "Indirizzo: Corso Vittorio Emanuele II 54"),
        (35, 106, "Indirizzo: Via dei Mille 23"),
        (307, 106, "Comune: Torino Provincia: TO"),
        (34, 117, "Comune: Torino Provincia: TO"),
        (307, 117, "Cap: 10121 Nazione: IT"),
        (34, 128, "Cap: 10123 Nazione: IT"),
        (34, 139, "Telefono: 011 5621183"),
        *_TOTALS,
    ]
    fields = header_values(rows)
    assert fields["seller_address"] == "Via dei Mille 23, 10123 Torino (TO), IT"
