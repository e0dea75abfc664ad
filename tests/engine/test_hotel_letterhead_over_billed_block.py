"""A hotel's invoice names the hotel only in its centred letterhead (no legal form) and in the
legal footer (the company with its form, register and VAT ID); the only legal-form name on
top is the billed company's address block. A folio's grey caption column ("Company |
Northgate ... LLP") and a scan's courtesy title read apart from the name ("Frau | Sabine
...") are no party's names either.

Conventions:
- A legal-form name on top under a letterhead that starts the footer's company name is the
  addressee, even where a "Client :" row names a guest: the footer's company is the seller,
  and the company's block is billed (for its guest's stay).
- A caption word alone ("Company", "Firma", "Société", "Name") is never a party's name,
  though "Company" reads as a legal form.
- A courtesy title alone ("Frau") is never a name: the name beside it on its line runs on.
- An address row under the letterhead is not the seller's when the buyer's name stands
  between them in its column (the folio's "Company | ..." over "Address | ...").
"""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import Drawn, analysed, make_pdf

_FRENCH_ITEMS = [
    Drawn(51, 280, "Libellé", size=8),
    Drawn(284, 280, "Date", size=8),
    Drawn(544, 280, "Montant TTC", size=8, align="right"),
    Drawn(51, 300, "Hébergement chambre Double", size=8),
    Drawn(284, 300, "03/06/2024", size=8),
    Drawn(544, 300, "210,00", size=8, align="right"),
    Drawn(51, 315, "Petit-déjeuner", size=8),
    Drawn(284, 315, "04/06/2024", size=8),
    Drawn(544, 315, "20,00", size=8, align="right"),
    Drawn(476, 360, "Total HT", size=8, align="right"),
    Drawn(546, 360, "209,09 €", size=8, align="right"),
    Drawn(476, 374, "Total TVA", size=8, align="right"),
    Drawn(546, 374, "20,91 €", size=8, align="right"),
    Drawn(476, 388, "Total TTC", size=8, align="right"),
    Drawn(546, 388, "230,00 €", size=8, align="right"),
]


def _french_hotel() -> CanonicalInvoice:
    page = [
        Drawn(297, 50, "Hôtel Les Tilleuls", size=20, align="centre"),
        Drawn(297, 78, "S A I N T - J E A N", size=9, align="centre"),
        Drawn(297, 94, "9 rue des Carmes – 69002 Lyon – +33 4 78 00 11 22", size=8, align="centre"),
        Drawn(335, 140, "CABINET VERNOUX CONSEIL SARL", size=9),
        Drawn(335, 154, "Service comptabilité", size=9),
        Drawn(335, 168, "12 cours Lafayette", size=9),
        Drawn(335, 182, "69003 Lyon", size=9),
        Drawn(60, 144, "FACTURE", size=16),
        Drawn(60, 170, "N° de facture :", size=8),
        Drawn(142, 170, "F24-11873", size=8),
        Drawn(60, 183, "Date :", size=8),
        Drawn(142, 183, "05/06/2024", size=8),
        Drawn(60, 196, "Chambre :", size=8),
        Drawn(142, 196, "12", size=8),
        Drawn(60, 209, "Client :", size=8),
        Drawn(142, 209, "M. Paul Girardin", size=8),
        *_FRENCH_ITEMS,
        Drawn(
            297,
            780,
            "Hôtel Les Tilleuls Saint-Jean SAS au capital de 80 000 € – RCS Lyon 512 447 365",
            size=6.5,
            align="centre",
        ),
        Drawn(297, 790, "N° TVA intracommunautaire : FR61512447365", size=6.5, align="centre"),
    ]
    return analysed(make_pdf(page))


def test_the_footers_hotel_is_the_seller_and_the_block_is_billed() -> None:
    invoice = _french_hotel()
    assert invoice.fields["seller_name"].value == "Hôtel Les Tilleuls Saint-Jean SAS"
    assert invoice.fields["buyer_name"].value == "CABINET VERNOUX CONSEIL SARL"


_GERMAN_ITEMS = [
    Drawn(61, 220, "DATUM", size=9),
    Drawn(120, 220, "TEXT", size=9),
    Drawn(410, 220, "BETRAG", size=9, align="right"),
    Drawn(61, 240, "29.03.25", size=9),
    Drawn(120, 240, "Logis EZ Komfort", size=9),
    Drawn(410, 240, "128,00", size=9, align="right"),
    Drawn(61, 254, "30.03.25", size=9),
    Drawn(120, 254, "Fruehstueck", size=9),
    Drawn(410, 254, "22,00", size=9, align="right"),
    Drawn(61, 280, "SUMME", size=9),
    Drawn(410, 280, "150,00", size=9, align="right"),
]


def _german_hotel(person: list[Drawn]) -> CanonicalInvoice:
    page = [
        Drawn(297, 50, "PARKHOTEL AM KURGARTEN", size=16, align="centre"),
        Drawn(
            297,
            64,
            "Kurgartenstr. 7 - 79189 Bad Krozingen - Tel. 07633 40 10",
            size=8,
            align="centre",
        ),
        Drawn(62, 112, "Brandt & Ohlsen Steuerberatung PartG mbB", size=10),
        *person,
        Drawn(62, 140, "Bertoldstr. 48", size=10),
        Drawn(62, 153, "79098 Freiburg im Breisgau", size=10),
        Drawn(354, 112, "RECHNUNG NR. 44120", size=9),
        Drawn(354, 125, "DATUM", size=9),
        Drawn(430, 125, "31.03.25", size=9),
        Drawn(354, 138, "ZIMMER", size=9),
        Drawn(430, 138, "36", size=9),
        *_GERMAN_ITEMS,
        Drawn(
            62,
            770,
            "Parkhotel am Kurgarten GmbH - Kurgartenstr. 7 - 79189 Bad Krozingen"
            " - AG Freiburg HRB 702214",
            size=7,
        ),
        Drawn(62, 780, "USt-IdNr. DE142853072 - Sparkasse Staufen-Breisach", size=7),
    ]
    return analysed(make_pdf(page))


def test_a_centred_letterhead_the_footer_spells_out_names_the_seller() -> None:
    invoice = _german_hotel([Drawn(62, 126, "Frau Sabine Lindqvist", size=10)])
    assert invoice.fields["seller_name"].value == "Parkhotel am Kurgarten GmbH"
    assert invoice.fields["buyer_name"].value == "Brandt & Ohlsen Steuerberatung PartG mbB"


def test_a_courtesy_title_apart_from_the_name_names_no_one() -> None:
    invoice = _german_hotel(
        [Drawn(62, 126, "Frau", size=10), Drawn(95, 126, "Sabine Lindqvist", size=10)]
    )
    assert invoice.fields["seller_name"].value == "Parkhotel am Kurgarten GmbH"
    assert invoice.fields["buyer_name"].value == "Brandt & Ohlsen Steuerberatung PartG mbB"


def _window_person() -> CanonicalInvoice:
    page = [
        Drawn(62, 50, "Sanitär Oberle GmbH", size=14),
        Drawn(62, 64, "Hauptstr. 12 - 79104 Freiburg", size=8),
        Drawn(62, 126, "Frau", size=10),
        Drawn(95, 126, "Sabine Lindqvist", size=10),
        Drawn(62, 140, "Bertoldstr. 48", size=10),
        Drawn(62, 153, "79098 Freiburg im Breisgau", size=10),
        Drawn(354, 112, "RECHNUNG NR. 44120", size=9),
        Drawn(354, 125, "DATUM", size=9),
        Drawn(430, 125, "31.03.25", size=9),
        *_GERMAN_ITEMS,
    ]
    return analysed(make_pdf(page))


def test_a_courtesy_title_alone_runs_on_with_the_name_beside_it() -> None:
    assert _window_person().fields["buyer_name"].value == "Frau Sabine Lindqvist"


def _london_folio() -> CanonicalInvoice:
    rows = [
        ("Guest", "Ms Priya Raman"),
        ("Company", "Northgate Capital Partners LLP"),
        ("Address", "5 Bishopsgate Court"),
        ("", "London EC2N 4AY"),
        ("Company VAT", "GB 318 4420 73"),
    ]
    page = [
        Drawn(538, 40, "TAX INVOICE", size=14, align="right"),
        Drawn(57, 49, "THE ALDRIDGE MEWS", size=22),
        Drawn(57, 73, "Marylebone, London", size=8),
        *(
            drawn
            for row, (caption, value) in enumerate(rows)
            for drawn in (
                Drawn(57, 113 + 14 * row, caption, size=8, colour=(0.5, 0.5, 0.5)),
                Drawn(128, 113 + 14 * row, value, size=8, colour=(0, 0, 0)),
            )
        ),
        Drawn(355, 113, "Invoice No.", size=8),
        Drawn(538, 113, "AMH-77215", size=8, align="right"),
        Drawn(355, 127, "Invoice Date", size=8),
        Drawn(538, 127, "13-Nov-24", size=8, align="right"),
        Drawn(63, 235, "Date", size=8),
        Drawn(128, 235, "Description", size=8),
        Drawn(453, 235, "Charges", size=8, align="right"),
        Drawn(63, 258, "11-Nov-24", size=8),
        Drawn(128, 258, "Accommodation - Deluxe King", size=8),
        Drawn(453, 258, "245.00", size=8, align="right"),
        Drawn(63, 273, "12-Nov-24", size=8),
        Drawn(128, 273, "Breakfast - Full English", size=8),
        Drawn(453, 273, "24.00", size=8, align="right"),
        Drawn(326, 300, "Total", size=8),
        Drawn(453, 300, "269.00", size=8, align="right"),
        Drawn(
            297,
            774,
            "The Aldridge Mews Hotel Ltd | 22 Aldridge Street, London W1H 4HH"
            " | Registered in England & Wales No. 08841276",
            size=6.5,
            align="centre",
        ),
        Drawn(297, 784, "VAT Reg. No. GB 284 6193 31 | Barclays Bank", size=6.5, align="centre"),
    ]
    return analysed(make_pdf(page))


def test_a_company_caption_is_no_sellers_name() -> None:
    invoice = _london_folio()
    assert invoice.fields["seller_name"].value == "The Aldridge Mews Hotel Ltd"
    assert invoice.fields["buyer_name"].value == "Northgate Capital Partners LLP"
    # The "Address" row under the billed company's row is the company's, not the hotel's.
    assert invoice.fields["seller_address"].value == "22 Aldridge Street, London W1H 4HH"
