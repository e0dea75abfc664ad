"""Buyer blocks misread beside other captions and lines: a bare delivery heading ("Livraison")
beside the billing block's caption taken as the buyer's name, and a letter's dateline ("Aix-
en-Provence, le 1er avril 2026") on the addressee's first line taken as the buyer."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.partynames import not_a_name

from .conftest import Drawn, analysed, make_pdf

# (x, y from the top, text, font size, bold)
Text = tuple[float, float, str, float, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(
        make_pdf(Drawn(x, y, text, size=size, bold=bold) for x, y, text, size, bold in texts)
    )


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def _t(x: float, y: float, text: str, size: float = 8, bold: bool = False) -> Text:
    return (x, y, text, size, bold)


def _items(top: float, rows: list[tuple[str, str, str, str]]) -> list[Text]:
    xs = (58, 330, 400, 500)
    header = ["Désignation", "Qté", "PU HT", "Montant HT"]
    out = [_t(x, top, word, 8, True) for x, word in zip(xs, header, strict=True)]
    for offset, row in enumerate(rows, start=1):
        out += [_t(x, top + 15 * offset, cell) for x, cell in zip(xs, row, strict=True)]
    return out


def _totals(top: float) -> list[Text]:
    return [
        _t(380, top, "Total HT"),
        _t(480, top, "500,00 €"),
        _t(380, top + 14, "TVA 20 %"),
        _t(480, top + 14, "100,00 €"),
        _t(380, top + 28, "Total TTC"),
        _t(480, top + 28, "600,00 €"),
    ]


def test_bare_delivery_heading_beside_billing_caption_is_no_buyer() -> None:
    # "Adresse de facturation | Livraison" heading two blocks at the right, the invoice's
    # dates at the left on the blocks' lines: the billing block is the buyer, its VAT ID the
    # buyer's; the seller's own number is the footer's.
    texts = [
        _t(43, 44, "Moulins Garnier Frères", 12, True),
        _t(43, 67, "Moulins Garnier Frères SARL – 12 avenue Jean Jaurès – 31000 Toulouse", 7),
        _t(318, 102, "Adresse de facturation", 8, True),
        _t(468, 102, "Livraison", 8, True),
        _t(43, 107, "Date de facture : 12 mai 2025"),
        _t(43, 116, "Date de livraison : 9 mai 2025"),
        _t(318, 116, "Boulangerie Dumas SAS"),
        _t(468, 116, "Boulangerie Dumas – fournil"),
        _t(43, 129, "N° de commande : CMD-5531"),
        _t(318, 129, "3 place du Marché"),
        _t(468, 129, "7 rue des Fours"),
        _t(43, 140, "Code client : BD-114"),
        _t(318, 140, "33000 Bordeaux"),
        _t(468, 140, "33000 Bordeaux"),
        _t(318, 153, "N° TVA : FR45901234567"),
        _t(43, 30, "Facture 2025/0412", 10, True),
        *_items(210, [("Farine T65 25 kg", "10", "50,00", "500,00")]),
        *_totals(260),
        _t(
            60,
            800,
            "SARL au capital de 10 000 € – SIRET 44306184100047 – TVA intracommunautaire "
            "FR83443061841",
            6,
        ),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "Boulangerie Dumas SAS"
    assert _value(invoice, "buyer_address") == "3 place du Marché, 33000 Bordeaux"
    assert _value(invoice, "seller_vat_id") == "FR83443061841"


def test_dateline_beside_addressee_block_is_no_buyer() -> None:
    # The addressee's block at the left shares its lines with the letter's dateline and the
    # invoice's references at the right: "Town, le <date>" is no one's name.
    texts = [
        _t(240, 50, "ARBORIS", 18, True),
        _t(160, 96, "Arboris Élagage SARL · 22 route de Nîmes · 30900 Nîmes", 7.5),
        _t(58, 140, "Copropriété Les Oliviers", 9),
        _t(300, 140, "Nîmes, le 3 février 2026", 9),
        _t(58, 153, "c/o Agence Gardoise de Gestion", 9),
        _t(300, 153, "Facture n° 2026-02-011", 9),
        _t(58, 165, "14 boulevard Victor Hugo", 9),
        _t(300, 165, "Contrat n° EL-2023-04", 9),
        _t(58, 177, "30000 Nîmes", 9),
        _t(300, 177, "Prestations de janvier 2026", 9),
        *_items(247, [("Élagage des platanes", "10", "50,00", "500,00")]),
        *_totals(300),
        _t(
            60,
            794,
            "SARL au capital de 8 000 € · SIRET 812 345 678 00019 · TVA intracommunautaire "
            "FR12812345678",
            6,
        ),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "Copropriété Les Oliviers"
    # The care-of line is left out or kept by readerlines.py's rule; the street and town are
    # the block's, never the dateline column's.
    assert str(_value(invoice, "buyer_address")).endswith("14 boulevard Victor Hugo, 30000 Nîmes")


def test_datelines_and_bare_delivery_headings_are_no_names() -> None:
    for text in (
        "Kirchzarten, den 17.03.2025",
        "Madrid, 3 de marzo de 2026",
        "Boston, March 3, 2026",
        "Lieferung",
        "Shipping:",
    ):
        assert not_a_name(text), text
    for text in ("Paris, 12 rue de Rivoli", "Müller, Hans", "Lyon, 69002", "Livraisons Rapides SA"):
        assert not not_a_name(text), text
