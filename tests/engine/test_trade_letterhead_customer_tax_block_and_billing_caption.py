"""French parties' blocks: a letterhead naming the trade before the footer's legal name
("DROGUERIE MARCHAND" over "SAS Marchand au capital ..."), a customer's block marked by its
"N° TVA client" under a right-aligned letterhead, a bare "Facturation" over the billed
company's block."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.model import Value
from facturist.engine.tradeletterhead import trade_over_footer

from .conftest import SizedText, make_aligned_pdf


def _items(top: float) -> list[SizedText]:
    rows: list[SizedText] = [
        (50, top, "Désignation", 8),
        (330, top, "Qté", 8),
        (400, top, "P.U. HT", 8),
        (480, top, "Montant HT", 8),
    ]
    for n in range(4):
        y = top + 16 * (n + 1)
        rows += [(50, y, f"Article de quincaillerie {n + 1}", 8), (330, y, "2", 8)]
        rows += [(400, y, "25,00", 8), (480, y, "50,00", 8)]
    y = top + 100
    rows += [(380, y, "Total HT", 8), (480, y, "200,00", 8)]
    rows += [(380, y + 14, "TVA 20 %", 8), (480, y + 14, "40,00", 8)]
    rows += [(380, y + 28, "Total TTC", 8), (480, y + 28, "240,00", 8)]
    return rows


def _field(page: list[SizedText]) -> dict[str, object]:
    return extract_canonical(make_aligned_pdf(page), use_einvoice=False)["fields"]


def test_trade_letterhead_over_footer_legal_name_is_the_seller() -> None:
    page: list[SizedText] = [
        # The letterhead centred on the page.
        (297, 40, "=DROGUERIE MARCHAND", 14),
        (297, 62, "=Couleurs – Outillage – Entretien de la maison", 6),
        (297, 76, "=Rue des Halles – 35000 Rennes – Tél. 02 99 11 22 33", 6),
        (50, 130, "FACTURE N° 25-0412", 10),
        (50, 150, "Date de facture : 18/03/2025", 8),
        (330, 150, "COMMUNE DE BRUZ", 8),
        (50, 163, "Bon de commande : BC-771", 8),
        (330, 163, "Services techniques", 8),
        (50, 176, "Code service : ST-02", 8),
        (330, 176, "Place du Docteur Joly", 8),
        (50, 189, "Date limite de paiement : 17/04/2025", 8),
        (330, 189, "35170 Bruz", 8),
        *_items(260),
        (90, 780, "SAS Marchand au capital de 20 000 € — RCS Rennes 441 903 820", 6),
    ]
    fields = _field(page)
    assert fields["seller_name"] == "SAS Marchand"
    assert fields["seller_address"] is not None
    assert "35000 Rennes" in str(fields["seller_address"])
    assert fields["buyer_name"] == "COMMUNE DE BRUZ"


def test_trade_over_footer_needs_every_footer_word() -> None:
    name = Value("DROGUERIE MARCHAND", "DROGUERIE MARCHAND")
    assert trade_over_footer(name, Value("SAS Marchand", "SAS Marchand"))
    assert not trade_over_footer(name, Value("SAS Marchand Frères", "SAS Marchand Frères"))
    # A short word alone is no family's name; a name printing its own form is no letterhead.
    assert not trade_over_footer(Value("FREE SERVICE ABONNÉ", "x"), Value("Free SAS", "x"))
    assert not trade_over_footer(Value("MARCHAND SAS", "MARCHAND SAS"), Value("SAS Marchand", ""))


def test_block_over_customer_vat_is_the_buyer_under_a_right_letterhead() -> None:
    page: list[SizedText] = [
        (390, 40, "GARNIER & ASSOCIÉS", 13),
        (385, 60, "Conseil – Audit – Paie", 6),
        (470, 76, "12 rue Jeanne d'Arc", 7),
        (490, 86, "76000 Rouen", 7),
        (60, 150, "SARL BOULANGERIE DUVAL", 8),
        (60, 163, "Service comptabilité", 8),
        (60, 176, "8 rue du Gros Horloge", 8),
        (60, 189, "76100 Rouen", 8),
        (60, 215, "N° TVA client : FR06433188224", 6),
        (50, 250, "FACTURE D'HONORAIRES N° H2503", 10),
        (50, 266, "Date : 31/03/2025", 8),
        *_items(300),
        (90, 790, "Garnier & Associés – SAS au capital de 10 000 € – RCS Rouen", 6),
    ]
    fields = _field(page)
    assert fields["seller_name"] == "GARNIER & ASSOCIÉS"
    assert fields["buyer_name"] == "SARL BOULANGERIE DUVAL"


def test_bare_facturation_caption_heads_the_billed_company() -> None:
    page: list[SizedText] = [
        (180, 50, "HÔTEL DU LAC", 14),
        (120, 76, "2 quai du Lac · 74000 Annecy · +33 4 50 00 00 00", 6),
        (58, 130, "Facture n°", 8),
        (140, 130, "25-0191", 8),
        (330, 130, "Facturation", 8),
        (58, 142, "Date", 8),
        (140, 142, "16/03/2025", 8),
        (330, 147, "ALPES CONSEIL FORMATION", 8),
        (58, 153, "Chambre", 8),
        (140, 153, "12 – Double", 8),
        (330, 159, "4 rue Royale", 8),
        (58, 164, "Arrivée", 8),
        (140, 164, "13/03/2025", 8),
        (330, 171, "74000 Annecy", 8),
        (58, 175, "Départ", 8),
        (140, 175, "16/03/2025", 8),
        (58, 187, "Client", 8),
        (140, 187, "M. Paul Girard", 8),
        (58, 198, "Caissier", 8),
        (140, 198, "Marc", 8),
        *_items(260),
        (90, 790, "SARL Hôtellerie du Lac – capital 50 000 € – RCS Annecy", 6),
    ]
    fields = _field(page)
    assert fields["buyer_name"] == "ALPES CONSEIL FORMATION"


def test_footer_repeating_the_right_letterhead_street_marks_the_issuer() -> None:
    page: list[SizedText] = [
        (390, 40, "GARNIER & ASSOCIÉS", 13),
        (385, 60, "Conseil – Audit – Paie", 6),
        (460, 76, "Immeuble Le Belvédère", 7),
        (470, 86, "12 rue Jeanne d'Arc", 7),
        (490, 96, "76000 Rouen", 7),
        (60, 150, "SARL BOULANGERIE DUVAL", 8),
        (60, 163, "8 rue du Gros Horloge", 8),
        (60, 176, "76100 Rouen", 8),
        (50, 250, "FACTURE D'HONORAIRES N° H2503", 10),
        (50, 266, "Date : 31/03/2025", 8),
        *_items(300),
        (90, 790, "Garnier & Associés – SAS au capital de 10 000 €", 6),
        (90, 800, "Siège : 12 rue Jeanne d'Arc, 76000 Rouen – RCS Rouen 798 341 202", 6),
    ]
    fields = _field(page)
    assert fields["seller_name"] == "GARNIER & ASSOCIÉS"
    assert fields["buyer_name"] == "SARL BOULANGERIE DUVAL"
