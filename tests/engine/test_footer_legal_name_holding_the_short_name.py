"""The return-address line names the seller short ("Brandt Fachverlag"); the footer prints the
legal entity, its words in another order and more of them ("Norddeutscher Fachverlag Brandt
GmbH"): the footer's name is the seller's, its address still the return line's."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _items() -> list[SizedText]:
    # A page of rows: the footer stands well below the letterhead's lines.
    rows: list[SizedText] = []
    for n in range(10):
        y = 248 + 16 * n
        rows += [(46, y, f"Seerecht Band {n + 1}", 9), (300, y, "1", 9)]
        rows += [(380, y, "20,00", 9), (470, y, "20,00", 9)]
    return rows


def _page(footer: str) -> list[SizedText]:
    return [
        (42, 40, "Brandt", 16),
        (42, 60, "Norddeutscher Fachverlag", 9),
        (56, 122, "Brandt Fachverlag · Mühlenweg 4 · 28195 Bremen", 6),
        (56, 135, "Buchhandlung Seeblick Inh. Jana Ohm e.K.", 10),
        (56, 146, "Hafenstraße 12", 10),
        (56, 157, "26122 Oldenburg", 10),
        (366, 122, "Rechnung", 9),
        (460, 122, "VR 2025/0417", 9),
        (366, 135, "Rechnungsdatum", 9),
        (460, 135, "03.03.2025", 9),
        (46, 230, "Titel", 9),
        (300, 230, "Menge", 9),
        (380, 230, "Preis", 9),
        (470, 230, "Betrag", 9),
        *_items(),
        (360, 500, "Nettobetrag", 9),
        (470, 500, "200,00", 9),
        (360, 514, "USt 7 %", 9),
        (470, 514, "14,00", 9),
        (360, 528, "Rechnungsbetrag", 9),
        (470, 528, "214,00", 9),
        (42, 770, footer, 6),
        (212, 770, "Amtsgericht Bremen HRB 12345", 6),
        (42, 778, "Mühlenweg 4, 28195 Bremen", 6),
        (212, 778, "USt-IdNr. DE118745033", 6),
    ]


def test_footer_legal_name_holding_the_return_line_name_is_the_seller() -> None:
    footer = "Norddeutscher Fachverlag Brandt GmbH"
    fields = extract_canonical(make_sized_pdf(_page(footer)), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Norddeutscher Fachverlag Brandt GmbH"
    assert fields["seller_address"] == "Mühlenweg 4, 28195 Bremen"


def test_footer_company_missing_a_word_of_the_name_is_another_firm() -> None:
    footer = "Norddeutsche Druckerei Brandt GmbH"
    fields = extract_canonical(make_sized_pdf(_page(footer)), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Brandt Fachverlag"
