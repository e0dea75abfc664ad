"""French bills: a hotel's VAT recap ("Taux TVA | Montant HT | TVA | Montant TTC") with its
figures followed by "€", a tourist-tax row and a "Total" row, the bill paid at the desk
(gridfigures.column_figures, untaxedrows.is_untaxed_row, deductedgrid._settled); and fee
tables captioned "Nombre" (the count), "Taux (EUR)" (a price per hour) and "Désignation des
honoraires" (one caption, captioncomplements.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.column_captions import classify_text, header_words
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]

_HOTEL: Page = [
    (50, 50, "HOTEL DES REMPARTS"),
    (50, 64, "3 place du Grand Puits, 11000 Carcassonne"),
    (50, 120, "Facture n° 25-04412"),
    (50, 134, "Date 16/03/2025"),
    (330, 120, "AQUITAINE FORMATION CONSEIL"),
    (330, 134, "15 cours de l'Intendance"),
    (330, 148, "33000 Bordeaux"),
    (50, 220, "Prestation"),
    (300, 220, "Qté"),
    (350, 220, "P.U. TTC"),
    (480, 220, "Montant TTC"),
    (50, 236, "Hébergement chambre double"),
    (300, 236, "3"),
    (350, 236, "158,50 €"),
    (480, 236, "475,50 €"),
    (50, 252, "Parking et bar"),
    (300, 252, "1"),
    (350, 252, "54,00 €"),
    (480, 252, "54,00 €"),
    (50, 268, "Taxe de séjour"),
    (300, 268, "3"),
    (350, 268, "1,65 €"),
    (480, 268, "4,95 €"),
    (50, 320, "Taux TVA"),
    (200, 320, "Montant HT"),
    (290, 320, "TVA"),
    (360, 320, "Montant TTC"),
    (50, 336, "10 %"),
    (200, 336, "432,27 €"),
    (290, 336, "43,23 €"),
    (360, 336, "475,50 €"),
    (50, 352, "20 %"),
    (200, 352, "45,00 €"),
    (290, 352, "9,00 €"),
    (360, 352, "54,00 €"),
    (50, 368, "Non soumis (taxe de séjour)"),
    (200, 368, "4,95 €"),
    (290, 368, "—"),
    (360, 368, "4,95 €"),
    (50, 384, "Total"),
    (200, 384, "482,22 €"),
    (290, 384, "52,23 €"),
    (360, 384, "534,45 €"),
    (330, 420, "Total TTC"),
    (480, 420, "534,45 €"),
    (330, 436, "Réglé par CB le 16/03/2025"),
    (480, 436, "-534,45 €"),
    (330, 452, "Solde à régler"),
    (480, 452, "0,00 €"),
]


def _extract(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]))
    return result


def test_a_recap_with_a_tourist_tax_row_closes_on_its_total_row() -> None:
    fields = _extract(_HOTEL)["fields"]
    assert fields["net_amount"] == 482.22
    assert fields["tax_amount"] == 52.23
    assert fields["total_amount"] == 534.45


_FIDUCIARY: Page = [
    (50, 50, "Fiduciaire Kremer & Weis S.à r.l."),
    (50, 64, "24, route d'Arlon, L-8009 Strassen"),
    (330, 100, "Boulangerie Hoffmann S.à r.l."),
    (330, 114, "7, rue de la Gare, L-3236 Bettembourg"),
    (50, 150, "Facture 2025-0318"),
    (50, 164, "Date 31/03/2025"),
    (50, 260, "Libellé"),
    (300, 260, "Nombre"),
    (350, 260, "Taux (EUR)"),
    (420, 260, "TVA"),
    (480, 260, "Montant (EUR)"),
    (50, 276, "Déclarations de TVA mensuelles"),
    (300, 276, "3"),
    (350, 276, "95,00"),
    (420, 276, "17 %"),
    (480, 276, "285,00"),
    (50, 292, "Fiches de salaire"),
    (300, 292, "27"),
    (350, 292, "28,00"),
    (420, 292, "17 %"),
    (480, 292, "756,00"),
    (380, 330, "Honoraires hors TVA"),
    (480, 330, "1 041,00"),
    (380, 344, "TVA 17 %"),
    (480, 344, "176,97"),
    (380, 358, "Montant total EUR"),
    (480, 358, "1 217,97"),
]


def test_nombre_and_a_rate_in_a_currency_are_count_and_price() -> None:
    items = _extract(_FIDUCIARY)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Déclarations de TVA mensuelles", 3.0, 95.0, 285.0),
        ("Fiches de salaire", 27.0, 28.0, 756.0),
    ]


def test_taux_names_a_price_only_with_its_currency() -> None:
    assert classify_text("Taux (EUR)") == "unit_price"
    assert classify_text("Taux €") == "unit_price"
    assert classify_text("Taux") is None


def _header(texts: list[tuple[str, float]]) -> list[tuple[str, str]]:
    words = [Word(t, Box(1, x0, 100.0, x0 + 5.0 * len(t), 110.0)) for t, x0 in texts]
    line = build_lines(PageText(1, 595, 842, words))[0]
    return [(kind, " ".join(w.text for w in caption)) for kind, caption in header_words(line)]


def test_a_word_after_designation_des_completes_the_description_caption() -> None:
    header = [("Désignation", 50.0), ("des", 110.0), ("honoraires", 130.0), ("Nombre", 380.0)]
    header += [("P.U.", 440.0), ("HT", 465.0), ("Montant", 495.0), ("HT", 535.0)]
    assert _header(header) == [
        ("description", "Désignation des honoraires"),
        ("quantity", "Nombre"),
        ("unit_price", "P.U. HT"),
        ("amount", "Montant HT"),
    ]


def test_spanish_nombre_without_a_description_caption_is_no_count() -> None:
    header = [("Código", 50.0), ("Nombre", 120.0), ("Cantidad", 380.0), ("Importe", 495.0)]
    assert ("quantity", "Nombre") not in _header(header)


_FEES: Page = [
    (50, 50, "Lemaire & Associés"),
    (50, 64, "31 boulevard de l'Yser, 76000 Rouen"),
    (330, 100, "SARL DUPUIS FRÈRES"),
    (330, 114, "245 rue Ettore Bugatti, 76800 Saint-Étienne-du-Rouvray"),
    (50, 150, "Facture H25030042"),
    (50, 164, "Date 31/03/2025"),
    (50, 260, "Désignation des honoraires"),
    (330, 260, "Nombre"),
    (400, 260, "P.U. HT"),
    (480, 260, "Montant HT"),
    (50, 276, "Mission de tenue comptable et révision"),
    (480, 276, "480,00"),
    (50, 292, "Bulletins de paie et déclarations sociales"),
    (330, 292, "7"),
    (400, 292, "32,00"),
    (480, 292, "224,00"),
    (380, 330, "Total honoraires HT"),
    (480, 330, "704,00"),
    (380, 344, "TVA 20 %"),
    (480, 344, "140,80"),
    (380, 358, "Total TTC"),
    (480, 358, "844,80"),
]


def test_fee_descriptions_are_read_whole_under_designation_des_honoraires() -> None:
    items = _extract(_FEES)["line_items"]
    assert [(i["description"], i.get("quantity"), i["amount"]) for i in items] == [
        ("Mission de tenue comptable et révision", None, 480.0),
        ("Bulletins de paie et déclarations sociales", 7.0, 224.0),
    ]
