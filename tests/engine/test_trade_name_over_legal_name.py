"""A window block opening with a trade name over the company's legal name ("Gasthof Zur
Alten Post" / "Post Gastronomie GmbH"): the line with the legal form, a full name on its own,
names the buyer; the line over it is the business's trade name, no first half of one name.
A name the window wrapped ("Müller Sanitär- und" / "Heizungstechnik GmbH") stays one name."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _buyer(first: str, second: str) -> object:
    texts: list[SizedText] = [
        (60, 40, "Getränke Vogl GmbH", 14),
        (60, 100, "Getränke Vogl GmbH | Industriestraße 5 | 84028 Landshut", 7),
        (60, 118, first, 10),
        (60, 131, second, 10),
        (60, 144, "Herrn Betriebsleiter S. Wagner", 10),
        (60, 157, "Altstadt 112", 10),
        (60, 170, "84028 Landshut", 10),
        (340, 118, "Rechnungs-Nr.:", 9),
        (430, 118, "R 25-0192", 9),
        (340, 131, "Rechnungsdatum:", 9),
        (430, 131, "11.03.2025", 9),
        (60, 220, "RECHNUNG", 13),
        (60, 250, "Pos", 9),
        (100, 250, "Bezeichnung", 9),
        (470, 250, "Betrag EUR", 9),
        (60, 266, "1", 9),
        (100, 266, "Fassbier hell 50 l", 9),
        (470, 266, "300,00", 9),
        (330, 310, "Summe netto", 9),
        (470, 310, "300,00", 9),
        (330, 324, "Umsatzsteuer 19 %", 9),
        (470, 324, "57,00", 9),
        (330, 338, "Rechnungsbetrag EUR", 9),
        (470, 338, "357,00", 9),
    ]
    pdf = make_sized_pdf(texts)
    return extract_canonical(pdf, use_einvoice=False)["fields"]["buyer_name"]


def test_trade_name_over_legal_name_names_the_legal_name() -> None:
    assert _buyer("Gasthof Zur Alten Post", "Post Gastronomie GmbH") == "Post Gastronomie GmbH"


def test_wrapped_name_stays_one_name() -> None:
    buyer = _buyer("Müller Sanitär- und", "Heizungstechnik GmbH")
    assert buyer == "Müller Sanitär- und Heizungstechnik GmbH"


def test_name_wrapped_before_one_word_and_its_form_stays_one_name() -> None:
    buyer = _buyer("Landshuter Immobilien", "Verwaltungs GmbH")
    assert buyer == "Landshuter Immobilien Verwaltungs GmbH"


def test_two_line_name_sharing_no_word_stays_one_name() -> None:
    buyer = _buyer("Hanseatische Allgemeine", "Versicherungsverein Hamburg a.G.")
    assert buyer == "Hanseatische Allgemeine Versicherungsverein Hamburg a.G."
