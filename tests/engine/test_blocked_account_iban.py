"""A Dutch staffing or construction invoice splits its payment between the supplier's
blocked wage-tax account ("G-rekening", Wet ketenaansprakelijkheid) and its bank account:
the blocked account is never the invoice's IBAN when another account is printed; alone, it
is still read."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

_BLOCKED = "Te storten op onze G-rekening NL20 INGB 0001 2345 67"
_MAIN = "Te storten op onze bankrekening NL91 ABNA 0417 1643 00"


def _page(payments: list[str]) -> list[SizedText]:
    texts: list[SizedText] = [
        (397, 50, "Uitzendbureau Zuid B.V.", 10),
        (397, 64, "Stationsweg 4", 9),
        (397, 76, "5611 AA Eindhoven", 9),
        (57, 120, "Bouwbedrijf De Vries B.V.", 10),
        (57, 133, "Kerkstraat 20", 10),
        (57, 146, "5048 AB Tilburg", 10),
        (57, 190, "FACTUUR", 16),
        (57, 210, "Factuurnummer:", 9),
        (160, 210, "2024-301", 9),
        (57, 222, "Factuurdatum:", 9),
        (160, 222, "08-04-2024", 9),
        (62, 260, "Omschrijving", 9),
        (480, 260, "Bedrag", 9),
        (62, 276, "Inzet timmerman week 14", 9),
        (480, 276, "€ 1.000,00", 9),
        (368, 310, "Subtotaal", 9),
        (480, 310, "€ 1.000,00", 9),
        (368, 324, "Btw 21%", 9),
        (480, 324, "€ 210,00", 9),
        (368, 338, "Totaal te betalen", 9),
        (480, 338, "€ 1.210,00", 9),
        (57, 370, "Betalingsverdeling (Wet ketenaansprakelijkheid):", 9),
    ]
    for row, text in enumerate(payments):
        texts.append((57, 384 + 12 * row, text, 9))
        texts.append((480, 384 + 12 * row, "€ 605,00", 9))
    return texts


def test_blocked_account_yields_to_the_bank_account() -> None:
    fields = extract_canonical(make_sized_pdf(_page([_BLOCKED, _MAIN])), use_einvoice=False)[
        "fields"
    ]
    assert fields["iban"] == "NL91ABNA0417164300"


def test_captioned_blocked_account_yields_to_the_bank_account() -> None:
    payments = ["IBAN G-rekening: NL20 INGB 0001 2345 67", "IBAN: NL91 ABNA 0417 1643 00"]
    fields = extract_canonical(make_sized_pdf(_page(payments)), use_einvoice=False)["fields"]
    assert fields["iban"] == "NL91ABNA0417164300"


def test_blocked_account_alone_is_read() -> None:
    fields = extract_canonical(make_sized_pdf(_page([_BLOCKED])), use_einvoice=False)["fields"]
    assert fields["iban"] == "NL20INGB0001234567"
