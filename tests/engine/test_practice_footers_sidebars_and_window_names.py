"""Professional practices' invoices: a footer naming the firm before its form piece with the
profession ("Atelier ... Architectes – SARL d'architecture – SIRET ..."), a sidebar's name beside
a "Dossier" reference, and a window's company printed over three lines."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _rows() -> list[SizedText]:
    rows: list[SizedText] = [
        (60, 360, "Désignation", 8),
        (300, 360, "Qté", 8),
        (380, 360, "PU HT", 8),
        (500, 360, "Montant HT", 8),
    ]
    for n in range(4):
        y = 376 + 12 * n
        rows += [(60, y, f"Mission phase {n + 1}", 8), (300, y, "1", 8)]
        rows += [(380, y, "100,00", 8), (500, y, "100,00", 8)]
    rows += [(380, 440, "Total HT", 8), (500, 440, "400,00", 8)]
    rows += [(380, 452, "TVA 20 %", 8), (500, 452, "80,00", 8)]
    rows += [(380, 464, "Total TTC", 8), (500, 464, "480,00", 8)]
    return rows


def test_footer_name_before_its_form_with_the_profession() -> None:
    page: list[SizedText] = [
        (57, 43, "atelier dumont", 18),
        (57, 66, "ARCHITECTES", 9),
        (57, 88, "SARL d'architecture au capital de 8 000 €", 7),
        (57, 97, "12 rue des Carmes", 7),
        (57, 107, "31000 Toulouse", 7),
        (57, 116, "05 61 00 00 00 · contact@atelier-dumont.fr", 7),
        (332, 160, "SCI Les Jardins du Canal", 9),
        (332, 172, "45 allée Jean Jaurès", 9),
        (332, 184, "31000 Toulouse", 9),
        (57, 250, "NOTE D'HONORAIRES N° 2024-012", 10),
        (57, 270, "Toulouse, le 14 novembre 2024", 8),
        *_rows(),
        (70, 783, "Atelier Dumont Architectes – SARL d'architecture – SIRET 81452063100026", 6),
        (126, 793, "IBAN FR76 1348 5008 0008 0124 7793 648 – BIC CEPAFRPP348", 6),
    ]
    fields = extract_canonical(make_sized_pdf(page), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Atelier Dumont Architectes"


def test_dossier_value_beside_the_sidebar_is_no_name() -> None:
    page: list[SizedText] = [
        (24, 50, "FOURCADE", 14),
        (177, 58, "NOTE D'HONORAIRES ET DE FRAIS", 11),
        (24, 66, "& ASSOCIÉS", 14),
        (177, 90, "N°", 8),
        (233, 90, "NH-2024-0101", 8),
        (177, 104, "Date", 8),
        (233, 104, "22/10/2024", 8),
        (24, 118, "Géomètres-Experts", 7),
        (177, 118, "Dossier", 8),
        (233, 118, "24-0112 – Bornage parcelles AB 14 / AB 15", 8),
        (24, 129, "SELARL", 7),
        (177, 132, "Commune", 8),
        (233, 132, "Proissans (24)", 8),
        (369, 168, "Monsieur et Madame", 9),
        (24, 181, "5 place de la Liberté", 7),
        (369, 181, "Paul MARTY", 9),
        (24, 191, "24200 Sarlat-la-Canéda", 7),
        (369, 191, "Lieu-dit Les Granges", 9),
        (369, 205, "24200 Proissans", 9),
        *_rows(),
        (177, 573, "Payable par virement ou chèque à l'ordre de Fourcade & Associés.", 7),
        (24, 676, "SIREN 523188464", 6),
        (24, 695, "TVA FR62523188464", 6),
    ]
    fields = extract_canonical(make_sized_pdf(page), use_einvoice=False)["fields"]
    # The stack heading the sidebar, with the form its column prints under the profession.
    assert fields["seller_name"] == "Fourcade & Associés SELARL"


def test_window_company_stacked_over_its_legal_name() -> None:
    page: list[SizedText] = [
        (143, 39, "Ingenieurbüro Dr. Brenner & Partner", 14),
        (57, 108, "Ingenieurbüro Dr. Brenner & Partner mbB · Hansaring 9 · 50670 Köln", 6),
        (57, 126, "WBG Nord-Eifel", 9),
        (57, 136, "Gemeinnützige Wohnungsgesellschaft", 9),
        (330, 136, "Rechnung Nr. 2024/0411", 9),
        (57, 150, "Nord-Eifel mbH", 9),
        (330, 150, "Datum 08.11.2024", 9),
        (57, 163, "Frau Anna Keller", 9),
        (57, 176, "Kölner Straße 20", 9),
        (57, 188, "53902 Bad Münstereifel", 9),
        (60, 360, "Bezeichnung", 8),
        (300, 360, "Menge", 8),
        (380, 360, "Einzelpreis", 8),
        (500, 360, "Betrag", 8),
        (60, 376, "Tragwerksplanung LPH 1", 8),
        (300, 376, "1", 8),
        (380, 376, "100,00", 8),
        (500, 376, "100,00", 8),
        (380, 440, "Summe netto", 8),
        (500, 440, "100,00", 8),
        (380, 452, "USt 19 %", 8),
        (500, 452, "19,00", 8),
        (380, 464, "Gesamtbetrag", 8),
        (500, 464, "119,00", 8),
    ]
    fields = extract_canonical(make_sized_pdf(page), use_einvoice=False)["fields"]
    whole = "WBG Nord-Eifel Gemeinnützige Wohnungsgesellschaft Nord-Eifel mbH"
    assert fields["buyer_name"] == whole
