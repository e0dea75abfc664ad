"""A buyer caption whose words' space the text layer lost, and Canada's GST number printed
only in the tax line's label.

Conventions:
- A multi-word address caption over the buyer's block ("Adresse de facturation", "Bill to")
  is the same caption when the text layer glues its words ("Adresse defacturation", an
  italic caption's lost space): the name under it is the buyer's, the caption never is.
- "TPS 5 % (734629181RT0001)": a business number with its RT program account bracketed after
  the GST/TPS/HST rate in the totals block is the seller's tax ID; the Quebec tax's TQ number
  beside it is not.
"""

from __future__ import annotations

from .conftest import Drawn, analysed, make_pdf


def _french_page(caption: str, font: str = "Times-Italic", size: float = 8) -> list[Drawn]:
    return [
        Drawn(50, 50, "ATELIER DES TROIS CHENES", size=14, bold=True),
        Drawn(400, 50, "FACTURE", size=18, bold=True),
        Drawn(50, 66, "4 rue du Moulin"),
        Drawn(400, 70, "N° F-2025-118"),
        Drawn(50, 80, "21000 Dijon"),
        Drawn(54, 130, caption, font=font, size=size),
        Drawn(330, 130, "Date de facture : 12/05/2025"),
        Drawn(54, 144, "Fromagerie Lambert"),
        Drawn(330, 144, "Date d'échéance : 11/06/2025"),
        Drawn(54, 158, "7 place du Marché"),
        Drawn(54, 172, "71100 Chalon-sur-Saône"),
        Drawn(50, 230, "Désignation"),
        Drawn(300, 230, "Quantité"),
        Drawn(380, 230, "Prix unitaire HT"),
        Drawn(540, 230, "Montant HT", align="right"),
        Drawn(50, 248, "Étagère chêne massif"),
        Drawn(300, 248, "2"),
        Drawn(380, 248, "150,00"),
        Drawn(540, 248, "300,00", align="right"),
        Drawn(380, 290, "TOTAL HT"),
        Drawn(540, 290, "300,00 €", align="right"),
        Drawn(380, 304, "TVA 20%"),
        Drawn(540, 304, "60,00 €", align="right"),
        Drawn(380, 318, "TOTAL TTC"),
        Drawn(540, 318, "360,00 €", align="right"),
        Drawn(50, 780, "SARL Atelier des Trois Chênes — SIRET 51234567800012", size=7),
    ]


def test_a_glued_billing_caption_heads_the_buyers_block() -> None:
    # Small italic type: the text layer reads "Adresse defacturation".
    invoice = analysed(make_pdf(_french_page("Adresse de facturation")))
    assert invoice.fields["buyer_name"].value == "Fromagerie Lambert"


def test_the_spaced_billing_caption_still_heads_it() -> None:
    invoice = analysed(make_pdf(_french_page("Adresse de facturation", "Helvetica", 10)))
    assert invoice.fields["buyer_name"].value == "Fromagerie Lambert"


def _quebec_page() -> list[Drawn]:
    return [
        Drawn(50, 50, "Rénovations Laurentides inc.", size=14, bold=True),
        Drawn(420, 50, "FACTURE", size=16, bold=True),
        Drawn(420, 70, "No : 2281"),
        Drawn(50, 68, "220, rue Principale"),
        Drawn(420, 84, "Date : 2025-04-02"),
        Drawn(50, 82, "Saint-Jérôme (Québec) J7Z 1X4"),
        Drawn(50, 120, "Vendu à :"),
        Drawn(50, 134, "Coopérative du Ruisseau"),
        Drawn(50, 148, "88, chemin du Lac"),
        Drawn(50, 162, "Mirabel (Québec) J7J 1B8"),
        Drawn(50, 220, "Description"),
        Drawn(360, 220, "Qté"),
        Drawn(430, 220, "Prix"),
        Drawn(540, 220, "Montant", align="right"),
        Drawn(50, 238, "Peinture corridor"),
        Drawn(360, 238, "1"),
        Drawn(430, 238, "800,00 $"),
        Drawn(540, 238, "800,00 $", align="right"),
        Drawn(300, 280, "Sous-total"),
        Drawn(540, 280, "800,00 $", align="right"),
        Drawn(300, 294, "TPS 5 % (734629181RT0001)"),
        Drawn(540, 294, "40,00 $", align="right"),
        Drawn(300, 308, "TVQ 9,975 % (1234567890TQ0001)"),
        Drawn(540, 308, "79,80 $", align="right"),
        Drawn(300, 322, "Total"),
        Drawn(540, 322, "919,80 $", align="right"),
    ]


def test_a_business_number_bracketed_after_the_gst_rate_is_the_sellers() -> None:
    invoice = analysed(make_pdf(_quebec_page()))
    assert invoice.fields["seller_vat_id"].value == "734629181RT0001"
