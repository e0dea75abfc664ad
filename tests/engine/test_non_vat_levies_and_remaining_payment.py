"""Two totals-block readings of travel invoices.

A hotel bill's "VAT included" note lists the tourist tax beside the VAT lines ("Ortstaxe
(keine USt) 24,00", "City tax (no VAT)", "Taxe de séjour (non soumise à TVA)"): a local
levy, or a line saying it bears no VAT, is never a VAT amount; the tax is the VAT lines'.

A travel agency's bill deducts the deposit from the trip's price and names what is left
("Restzahlung", "Saldo restante", "Remaining balance"): that remainder is the amount due."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf


def _hotel_page(included: str, rates: tuple[str, str], levy: str) -> list[SizedText]:
    point = "." in rates[0].rsplit("=", 1)[1]  # the amounts' decimal mark, as the note prints

    def amount(text: str) -> str:
        return text.replace(",", ".") if point else text

    return [
        (70, 50, "Gasthof Bergblick Huber KG", 14),
        (70, 66, "Hauptstraße 4, 6100 Seefeld, Österreich", 9),
        (380, 66, "UID: ATU61234567", 9),
        (70, 120, "Herrn Markus Lang", 10),
        (70, 134, "Sonnenstraße 9", 10),
        (70, 148, "80331 München", 10),
        (360, 120, "RECHNUNG", 14),
        (360, 140, "Rechnungsnummer", 9),
        (450, 140, "R-5521", 9),
        (360, 154, "Rechnungsdatum", 9),
        (450, 154, "12.03.2024", 9),
        (70, 220, "Leistung", 9),
        (300, 220, "Anz.", 9),
        (360, 220, "Preis", 9),
        (450, 220, "Betrag EUR", 9),
        (70, 236, "Übernachtung Frühstück", 9),
        (300, 236, "4", 9),
        (360, 236, amount("175,00"), 9),
        (450, 236, amount("700,00"), 9),
        (70, 250, "Wellness", 9),
        (300, 250, "1", 9),
        (360, 250, amount("165,85"), 9),
        (450, 250, amount("165,85"), 9),
        (70, 264, "Ortstaxe", 9),
        (300, 264, "4", 9),
        (360, 264, amount("3,00"), 9),
        (450, 264, amount("12,00"), 9),
        (300, 300, "Rechnungsbetrag", 10),
        (450, 300, amount("877,85"), 10),
        (70, 340, included, 9),
        (70, 354, rates[0], 9),
        (70, 368, rates[1], 9),
        (70, 382, levy, 9),
        (70, 420, "Raiffeisenbank Seefeld · IBAN AT48 3600 0000 0012 3456", 8),
    ]


@pytest.mark.parametrize(
    ("included", "rates", "levy"),
    [
        (
            "Im Rechnungsbetrag enthalten:",
            ("10 % USt von 636,36 = 63,64", "20 % USt von 138,21 = 27,64"),
            "Ortstaxe (keine USt) 12,00",
        ),
        (
            "Included in the invoice total:",
            ("VAT 10 % of 636.36 = 63.64", "VAT 20 % of 138.21 = 27.64"),
            "City tax (no VAT) 12.00",
        ),
        (
            "Compris dans le montant :",
            ("TVA 10 % sur 636,36 = 63,64", "TVA 20 % sur 138,21 = 27,64"),
            "Taxe de séjour (non soumise à TVA) 12,00",
        ),
    ],
)
def test_tourist_tax_beside_vat_lines_is_no_vat(
    included: str, rates: tuple[str, str], levy: str
) -> None:
    fields = extract_canonical(
        make_aligned_pdf(_hotel_page(included, rates, levy)), use_einvoice=False
    )["fields"]
    assert fields["total_amount"] == pytest.approx(877.85)
    assert fields["tax_amount"] == pytest.approx(91.28)
    assert fields["net_amount"] == pytest.approx(786.57)


@pytest.mark.parametrize(
    ("captions", "figures"),
    [
        (
            ("Reisepreis gesamt", "abzgl. Anzahlung vom 12.02.2024", "Restzahlung"),
            ("6.480,00", "-1.296,00", "5.184,00"),
        ),
        (
            ("Precio total del viaje", "Anticipo recibido el 12/02/2024", "Saldo restante"),
            ("6.480,00", "-1.296,00", "5.184,00"),
        ),
        (
            ("Total tour price", "Less deposit received 12/02/2024", "Remaining balance"),
            ("6,480.00", "-1,296.00", "5,184.00"),
        ),
    ],
)
def test_remainder_after_deposit_is_amount_due(
    captions: tuple[str, str, str], figures: tuple[str, str, str]
) -> None:
    texts: list[SizedText] = [
        (70, 50, "Reisewelt Kranich GmbH", 14),
        (70, 66, "Bahnhofstraße 3 · 90402 Nürnberg", 9),
        (70, 120, "Müller Maschinenbau AG", 10),
        (70, 134, "Industriestraße 12", 10),
        (70, 148, "90411 Nürnberg", 10),
        (360, 120, "Rechnung", 14),
        (360, 140, "Nummer", 9),
        (450, 140, "RK-2024-0311", 9),
        (360, 154, "Datum", 9),
        (450, 154, "01.03.2024", 9),
        (70, 220, "Leistung", 9),
        (300, 220, "Anzahl", 9),
        (360, 220, "Preis p. P.", 9),
        (450, 220, "Gesamt EUR", 9),
        (70, 236, "Pauschalreise Porto 5 Tage", 9),
        (300, 236, "6", 9),
        (360, 236, "980,00", 9),
        (450, 236, "5.880,00", 9),
        (70, 250, "Weinprobe Douro-Tal", 9),
        (300, 250, "6", 9),
        (360, 250, "100,00", 9),
        (450, 250, "600,00", 9),
        (280, 290, captions[0], 10),
        (450, 290, figures[0], 10),
        (280, 304, captions[1], 10),
        (450, 304, figures[1], 10),
        (280, 318, captions[2], 10),
        (450, 318, figures[2], 10),
        (70, 360, "Sonderregelung für Reisebüros – Margenbesteuerung gemäß § 25 UStG.", 8),
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["total_amount"] == pytest.approx(6480.00)
    assert fields["amount_due"] == pytest.approx(5184.00)
