"""Totals boxes the engine misread: a Swiss "Rechnungstotal" under per-rate "MWST ... auf"
rows, and an insurer's premium total, its premium tax ("Assurantiebelasting 21%") and the
sum to pay below it, where the captioned "total" is the premium before the tax."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _amounts(invoice: CanonicalInvoice) -> dict[str, object]:
    keys = ("net_amount", "tax_amount", "total_amount", "amount_due")
    return {k: invoice.fields[k].value for k in keys if k in invoice.fields}


def _swiss(closing: str) -> list[Text]:
    return [
        (50, 40, "Gärtnerei Aaretal AG", False),
        (50, 52, "Bahnhofweg 4, 3110 Münsingen", False),
        (380, 90, "Rechnung Nr. GA-2025-077", False),
        (380, 102, "Datum 14.03.2025", False),
        (50, 150, "Pos.", False),
        (80, 150, "Artikel", False),
        (540, 150, "Betrag", True),
        (50, 166, "1", False),
        (80, 166, "Setzlinge Salat", False),
        (540, 166, "412.40", True),
        (50, 180, "2", False),
        (80, 180, "Zustellung", False),
        (540, 180, "96.00", True),
        (300, 220, "Total netto", False),
        (540, 220, "508.40 CHF", True),
        (300, 234, "MWST 8.1 % auf 96.00 CHF", False),
        (540, 234, "7.78 CHF", True),
        (300, 248, "MWST 2.6 % auf 412.40 CHF", False),
        (540, 248, "10.72 CHF", True),
        (300, 266, closing, False),
        (540, 266, "526.90 CHF", True),
    ]


def test_swiss_rechnungstotal_closes_the_rates() -> None:
    assert _amounts(_invoice(_swiss("Rechnungstotal"))) == {
        "net_amount": 508.4,
        "tax_amount": 18.5,
        "total_amount": 526.9,
        "amount_due": 526.9,
    }


def _premium(tax_caption: str) -> list[Text]:
    return [
        (50, 40, "Waddenzee Verzekeringen N.V.", False),
        (50, 52, "Postbus 118, 8900 AC Leeuwarden", False),
        (50, 110, "Premienota", False),
        (50, 130, "Notanummer", False),
        (150, 130, "PN 25-0044120", False),
        (300, 130, "Datum", False),
        (380, 130, "03-02-2025", False),
        (50, 170, "Dekking", False),
        (540, 170, "Jaarpremie", True),
        (50, 186, "Inboedelverzekering", False),
        (540, 186, "€ 212,40", True),
        (50, 200, "Opstalverzekering", False),
        (540, 200, "€ 318,60", True),
        (50, 214, "Poliskosten", False),
        (540, 214, "€ 5,00", True),
        (320, 236, "Totaal premie", False),
        (540, 236, "€ 536,00", True),
        (320, 250, tax_caption, False),
        (540, 250, "€ 112,56", True),
        (320, 264, "Te betalen", False),
        (540, 264, "€ 648,56", True),
    ]


def test_insurance_premium_tax_is_the_tax_and_the_premium_total_its_base() -> None:
    assert _amounts(_invoice(_premium("Assurantiebelasting 21%"))) == {
        "net_amount": 536.0,
        "tax_amount": 112.56,
        "total_amount": 648.56,
        "amount_due": 648.56,
    }


def test_french_insurance_tax_caption() -> None:
    amounts = _amounts(_invoice(_premium("Taxe sur les conventions d'assurance")))
    assert amounts["tax_amount"] == 112.56
    assert amounts["total_amount"] == 648.56
