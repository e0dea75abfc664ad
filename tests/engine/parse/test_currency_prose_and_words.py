"""A currency code inside a compound word of the prose yields to the sign the amounts
print; a note stating the amounts' currency in words names it where no figure does."""

from __future__ import annotations

import pytest

from facturist.engine.parse.currency import detect_currency


def test_signs_on_the_amounts_win_over_a_code_in_a_compound_word() -> None:
    text = (
        "Pos Beschreibung Menge Satz € Betrag € 1 Bewehrungspläne, CAD-Konstrukteur 26 Std. "
        "68,00 1.768,00 Nettobetrag 1.768,00 € USt 19 % 335,92 € Gesamtbetrag 2.103,92 €"
    )
    assert detect_currency(text) == "EUR"


def test_a_compound_word_alone_still_hints_at_its_currency() -> None:
    assert detect_currency("Zahlung auf unser EUR-Konto") == "EUR"


def test_a_code_beside_the_figures_beats_the_signs() -> None:
    assert detect_currency("Total CHF 1.200,00 (approx. 1.150,00 € / 1.100,00 €)") == "CHF"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Beträge in Euro Beschreibung Netto 1.525,85 Brutto 1.690,98", "EUR"),
        ("Montants exprimés en Euros", "EUR"),
        ("Alle Preise in EURO zzgl. MwSt.", "EUR"),
    ],
)
def test_amounts_stated_in_words(text: str, code: str) -> None:
    assert detect_currency(text) == code


@pytest.mark.parametrize("text", ["Lieferung in Euro-Paletten", "Euro Logistik GmbH"])
def test_euro_in_a_name_or_compound_names_nothing(text: str) -> None:
    assert detect_currency(text) is None
