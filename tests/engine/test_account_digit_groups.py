"""An account number printed in four-digit groups without its country code ("Numer rachunku
do zapłaty: 26 1050 1575 1000 0023 9871 6254", a Polish NRB) names what to pay into, not what
to pay: its last group is no amount, though the caption around it reads as the amount due's."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.amountread import read_amount
from facturist.engine.model import Box, Word

from .conftest import SizedText, make_sized_pdf


def _words(*texts: str) -> list[Word]:
    return [Word(t, Box(1, 40.0 * i, 100, 40.0 * i + 30, 110)) for i, t in enumerate(texts)]


def test_account_groups_are_no_amount() -> None:
    assert read_amount(_words("26", "1050", "1575", "1000", "0023", "9871", "6254")) is None
    spaced = read_amount(_words("Do", "zapłaty:", "194", "405,19", "PLN"))
    assert spaced is not None and spaced.value == 194405.19


def test_amount_due_not_read_from_account_groups() -> None:
    texts: list[SizedText] = [
        (44, 50, "Faktura VAT nr FV/2025/03/0077", 12),
        (44, 80, "Data wystawienia: 03.03.2025", 9),
        (44, 92, "Termin płatności: 17.03.2025", 9),
        (44, 120, "Sprzedawca:", 9),
        (300, 120, "Nabywca:", 9),
        (44, 132, "Drukarnia Odra Sp. z o.o.", 9),
        (300, 132, "Kwadrat Serwis Sp. z o.o.", 9),
        (44, 144, "ul. Legnicka 12", 9),
        (300, 144, "ul. Kościuszki 3", 9),
        (44, 156, "54-203 Wrocław", 9),
        (300, 156, "50-011 Wrocław", 9),
        (50, 200, "Lp.", 9),
        (80, 200, "Nazwa towaru / usługi", 9),
        (400, 200, "Wartość netto", 9),
        (50, 214, "1", 9),
        (80, 214, "Ulotki A5, nakład 5000", 9),
        (420, 214, "1 000,00", 9),
        (300, 250, "Razem netto:", 9),
        (420, 250, "1 000,00", 9),
        (300, 262, "VAT 23%:", 9),
        (420, 262, "230,00", 9),
        (300, 274, "Razem brutto:", 9),
        (420, 274, "1 230,00", 9),
        (44, 300, "Do zapłaty: 1 230,00 PLN", 10),
        (44, 312, "Słownie: jeden tysiąc dwieście trzydzieści PLN 00/100", 9),
        (44, 324, "Zapłacono: 0,00 PLN", 9),
        (44, 348, "Numer rachunku do zapłaty: 61 1090 1014 0000 0712 1981 2874", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["amount_due"] == 1230.0
