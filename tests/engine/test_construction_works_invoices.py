"""Construction works invoices: the works' client captioned "Maître d'ouvrage" over its block,
the addressee's block beside a site line, deductions of earlier instalments under the total,
and a progress statement ("situation de travaux") billing this period's share of each item."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Align, Drawn, SizedText, make_pdf


def _extract(
    texts: list[SizedText], *, aligned: bool = False, more: list[Drawn] | None = None
) -> dict[str, Any]:
    """The engine's reading of a page of (x, y, text, size) strings; `aligned`: a text
    opening with "=" is centred on x, one opening with ">" ends at x; `more`: strings in
    other fonts."""
    aligns: dict[str, Align] = {"=": "centre", ">": "right"}
    drawn = [
        Drawn(x, y, text[1:], size=size, align=aligns[text[0]])
        if aligned and text[:1] in aligns
        else Drawn(x, y, text, size=size)
        for x, y, text, size in texts
    ]
    pdf = make_pdf([*drawn, *(more or [])])
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return result


_FRENCH_TOTALS: list[SizedText] = [
    (60, 330, "Désignation", 9),
    (330, 330, "Qté", 9),
    (400, 330, "Prix HT", 9),
    (480, 330, "Montant HT", 9),
    (60, 348, "Maçonnerie des murs de clôture", 9),
    (330, 348, "1", 9),
    (400, 348, "1 000,00", 9),
    (480, 348, "1 000,00", 9),
    (380, 390, "Total HT", 9),
    (480, 390, "1 000,00", 9),
    (380, 404, "TVA 20 %", 9),
    (480, 404, "200,00", 9),
    (380, 418, "Total TTC", 9),
    (480, 418, "1 200,00", 9),
]


def test_works_client_caption_heads_the_buyer_block() -> None:
    # "Maître d'ouvrage" is the client of a works contract: the caption over the billed
    # party's block (as "Maître d'œuvre", the architect, is not).
    texts: list[SizedText] = [
        (60, 50, "MAÇONNERIE DUPONT FRÈRES", 14),
        (60, 66, "17 rue des Tanneurs, 69007 Lyon · Tél. 04 78 61 22 09", 7),
        (60, 76, "SIRET 813472651 00027 · TVA intracom. FR09813472651", 7),
        (60, 150, "Facture n°", 7),
        (60, 162, "F2025-0188", 10),
        (160, 150, "Date", 7),
        (160, 162, "30/04/2025", 10),
        (330, 150, "Maître d'ouvrage", 7),
        (330, 168, "SCI Les Jardins du Rhône", 10),
        (330, 180, "5 avenue Jean Jaurès", 10),
        (330, 192, "69100 Villeurbanne", 10),
        (330, 214, "Maître d'œuvre : Atelier Morel, Lyon 3e", 6),
        *_FRENCH_TOTALS,
    ]
    fields = _extract(texts)["fields"]
    assert fields["buyer_name"] == "SCI Les Jardins du Rhône"


_GERMAN_TOTALS: list[SizedText] = [
    (55, 285, "Pos.", 8),
    (114, 285, "Kurztext", 8),
    (347, 285, "Menge", 8),
    (430, 285, "EP (EUR)", 8),
    (505, 285, "GP (EUR)", 8),
    (55, 303, "01", 8),
    (114, 303, "Oberboden abtragen, seitlich lagern", 8),
    (347, 303, "100,00", 8),
    (430, 303, "10,00", 8),
    (505, 303, "1.000,00", 8),
    (380, 340, "Nettobetrag", 8),
    (505, 340, "1.000,00", 8),
    (380, 354, "USt 19 %", 8),
    (505, 354, "190,00", 8),
    (380, 368, "Rechnungsbetrag", 8),
    (505, 368, "1.190,00", 8),
]


def test_return_line_under_the_letterhead_gives_no_name_to_the_address() -> None:
    # The sender line over the window repeats the firm's name before its street and town:
    # the name is no piece of the seller's address.
    texts: list[SizedText] = [
        (52, 57, "Brandt & Söhne", 20),
        (544, 42, ">Industriestraße 7", 7),
        (544, 52, ">74076 Heilbronn", 7),
        (544, 62, ">Telefon 07131 56 88-0", 7),
        (544, 72, ">info@brandt-soehne-bau.de", 7),
        (52, 119, "Brandt & Söhne Bauunternehmung GmbH, Industriestraße 7, 74076 Heilbronn", 6),
        (52, 139, "Gemeinnützige Baugenossenschaft", 10),
        (52, 151, "Neckartal eG", 10),
        (52, 164, "Technische Abteilung", 10),
        (52, 177, "Karlstraße 22", 10),
        (52, 190, "74072 Heilbronn", 10),
        (349, 136, "Rechnungsnummer:", 8),
        (490, 136, "SR 24-1187", 8),
        (349, 152, "Rechnungsdatum:", 8),
        (490, 152, "28.11.2024", 8),
        (52, 240, "SCHLUSSRECHNUNG", 11),
        *_GERMAN_TOTALS,
    ]
    tagline = [
        Drawn(52, 74, "Bauunternehmung GmbH", "Times-Italic", 9),
        Drawn(175, 74, "·", "Times-Italic", 9),
        Drawn(183, 74, "Hoch- und Ingenieurbau seit 1958", "Times-Italic", 9),
    ]
    fields = _extract(texts, aligned=True, more=tagline)["fields"]
    assert fields["seller_name"] == "Brandt & Söhne Bauunternehmung GmbH"
    assert fields["seller_address"] == "Industriestraße 7, 74076 Heilbronn"
    assert fields["buyer_name"] == "Gemeinnützige Baugenossenschaft Neckartal eG"


def test_an_die_opens_the_addressee_block_under_a_centred_sender_line() -> None:
    # "An die" over the block addresses it (as "Herrn", "Firma" do); the firm's one-line
    # address centred under its letterhead is the sender's, no addressee.
    texts: list[SizedText] = [
        (298, 45, "=HAUSTECHNIK GRUBER", 16),
        (298, 66, "=Gas · Wasser · Heizung · Sanitär — Meisterbetrieb", 9),
        (
            298,
            82,
            "=Haustechnik Gruber GmbH, Brünner Straße 131, 1210 Wien · Tel. +43 1 292 44 18",
            7,
        ),
        (63, 128, "An die", 8),
        (63, 141, "Hausverwaltung Steiner & Co KG", 10),
        (63, 154, "Landstraßer Hauptstraße 54/3", 10),
        (63, 167, "1030 Wien", 10),
        (349, 128, "Rechnungsnummer:", 8),
        (431, 128, "RG-25-0219", 8),
        (349, 142, "Rechnungsdatum:", 8),
        (431, 142, "21.02.2025", 8),
        (63, 210, "REGIERECHNUNG", 10),
        *_GERMAN_TOTALS,
        (298, 800, "=Haustechnik Gruber GmbH · Sitz Wien · FN 412358 t · UID ATU68294133", 7),
    ]
    fields = _extract(texts, aligned=True)["fields"]
    assert fields["seller_name"] == "Haustechnik Gruber GmbH"
    assert fields["buyer_name"] == "Hausverwaltung Steiner & Co KG"


def _final_account(extra: list[SizedText]) -> list[SizedText]:
    """A Swiss joiner's final account: the letterhead's block left, the addressee's right on
    the line of its VAT number, then the site's line over the item table."""
    return [
        (51, 60, "Favre & Cie", 22),
        (51, 78, "MENUISERIE · ÉBÉNISTERIE · AGENCEMENT", 7),
        (51, 102, "Menuiserie Favre & Cie SA", 7),
        (51, 112, "Route de Genève 84", 7),
        (51, 122, "1004 Lausanne", 7),
        (51, 132, "N° IDE CHE-106.934.278 TVA", 7),
        (335, 135, "Régie du Léman SA", 10),
        (335, 150, "Service technique", 10),
        (335, 163, "Avenue de la Gare 12", 10),
        (335, 176, "1003 Lausanne", 10),
        (335, 212, "Lausanne, le 22 août 2025", 8),
        (52, 252, "Facture n° 25-0577 — Décompte final", 12),
        (
            51,
            268,
            "Chantier : Immeuble « Les Cèdres », chemin de Montelly 30, 1008 Prilly — CFC 273"
            " Menuiserie intérieure",
            7,
        ),
        (56, 293, "Pos.", 8),
        (83, 293, "Désignation", 8),
        (338, 293, "Qté", 8),
        (419, 293, "Prix unit.", 8),
        (479, 293, "Montant CHF", 8),
        (64, 310, "1", 8),
        (83, 310, "Portes palières EI30, chêne", 8),
        (344, 310, "10", 8),
        (426, 310, "1'000.00", 8),
        (500, 310, "10'000.00", 8),
        *extra,
        (51, 600, "Nous vous remercions de votre confiance.", 8),
        (51, 640, "Laurent Favre", 8),
    ]


def test_site_line_over_the_table_is_no_addressee() -> None:
    texts = _final_account(
        [
            (370, 340, "Total HT", 8),
            (500, 340, "10'000.00", 8),
            (370, 354, "TVA 8,1 %", 8),
            (500, 354, "810.00", 8),
            (370, 368, "Total TTC", 8),
            (500, 368, "10'810.00", 8),
        ]
    )
    fields = _extract(texts)["fields"]
    assert fields["buyer_name"] == "Régie du Léman SA"


def test_instalments_deducted_under_the_french_total_leave_the_balance_due() -> None:
    # "Acompte n° 1 du ..." lines under "Total TTC", then "Solde en notre faveur": the
    # balance is what is due now; the total stays the gross one.
    texts = _final_account(
        [
            (370, 340, "Total HT", 8),
            (500, 340, "10'000.00", 8),
            (370, 354, "TVA 8,1 %", 8),
            (500, 354, "810.00", 8),
            (370, 368, "Total TTC", 8),
            (500, 368, "10'810.00", 8),
            (370, 382, "Acompte n° 1 du 15.04.2025", 8),
            (500, 382, "-3'000.00", 8),
            (370, 396, "Acompte n° 2 du 20.06.2025", 8),
            (500, 396, "-4'000.00", 8),
            (370, 410, "Solde en notre faveur", 8),
            (480, 410, "CHF 3'810.00", 8),
        ]
    )
    fields = _extract(texts)["fields"]
    assert fields["total_amount"] == 10810.0
    assert fields["amount_due"] == 3810.0


def _progress_statement(*, remaining: bool = False) -> list[SizedText]:
    """A French progress statement ("situation de travaux"): each item's contract amount, its
    completion, the work to date, earlier statements and this one's share, the captions
    wrapped on two lines; with `remaining`, the work left to do in a column right of it."""
    rows = [
        (
            "1",
            "Installation de chantier",
            "8 500,00",
            "100 %",
            "8 500,00",
            "6 375,00",
            "2 125,00",
            "0,00",
        ),
        (
            "2",
            "Terrassements en pleine masse",
            "14 200,00",
            "100 %",
            "14 200,00",
            "12 780,00",
            "1 420,00",
            "0,00",
        ),
        (
            "3",
            "Planchers poutrelles-hourdis",
            "37 400,00",
            "40 %",
            "14 960,00",
            "0,00",
            "14 960,00",
            "22 440,00",
        ),
    ]
    period = 500 if remaining else 550
    texts: list[SizedText] = [
        (45, 50, "MAÇONNERIE DUPONT FRÈRES", 14),
        (45, 66, "17 rue des Tanneurs, 69007 Lyon", 8),
        (45, 76, "TVA intracom. FR09813472651", 8),
        (330, 120, "SCI Les Jardins du Rhône", 10),
        (330, 132, "5 avenue Jean Jaurès", 10),
        (330, 144, "69100 Villeurbanne", 10),
        (45, 180, "Facture n° F2025-0188", 9),
        (45, 192, "Date : 30/04/2025", 9),
        (298, 250, "=SITUATION DE TRAVAUX N° 4", 13),
        (47, 296, "N°", 7.6),
        (69, 296, "Désignation", 7.6),
        (284, 296, ">Montant", 7.6),
        (284, 305, ">marché HT", 7.6),
        (324, 296, ">Avanc.", 7.6),
        (324, 305, ">cumulé", 7.6),
        (389, 296, ">Cumul HT", 7.6),
        (454, 296, ">Situations", 7.6),
        (454, 305, ">précéd. HT", 7.6),
        (period, 296, ">Montant de la", 7.6),
        (period, 305, ">situation HT", 7.6),
    ]
    if remaining:
        texts += [(560, 296, ">Montant", 7.6), (560, 305, ">restant HT", 7.6)]
    y = 321.0
    for number, name, market, done, to_date, before, share, left in rows:
        texts += [
            (52, y, number, 7.6),
            (69, y, name, 7.6),
            (284, y, f">{market}", 7.6),
            (324, y, f">{done}", 7.6),
            (389, y, f">{to_date}", 7.6),
            (454, y, f">{before}", 7.6),
            (period, y, f">{share}", 7.6),
        ]
        if remaining:
            texts.append((560, y, f">{left}", 7.6))
        y += 15.5
    texts += [
        (298, 400, "Travaux cumulés HT à ce jour", 8.3),
        (550, 400, ">37 660,00", 8.3),
        (298, 415, "À déduire : situations n° 1 à 3 HT", 8.3),
        (550, 415, ">- 19 155,00", 8.3),
        (298, 430, "Montant HT de la situation", 8.3),
        (550, 430, ">18 505,00", 8.3),
        (298, 445, "TVA 20 %", 8.3),
        (550, 445, ">3 701,00", 8.3),
        (298, 460, "Montant TTC de la situation", 8.3),
        (550, 460, ">22 206,00", 8.3),
        (298, 475, "NET À PAYER", 8.3),
        (550, 475, ">22 206,00 €", 8.3),
        (45, 520, "IBAN FR76 1009 6180 4200 0718 5430 264", 7.3),
        (298, 810, "=Maçonnerie Dupont Frères SARL — Assurance décennale", 6.5),
    ]
    return texts


def test_progress_statement_bills_this_statements_share_of_each_item() -> None:
    # "Montant de la situation HT" is this statement's amount for each row (the work to date
    # less the earlier statements), as a G703 sheet's "This period": the rows sum to the net.
    result = _extract(_progress_statement(), aligned=True)
    items = [(i["description"], i["amount"]) for i in result["line_items"]]
    assert items == [
        ("Installation de chantier", 2125.0),
        ("Terrassements en pleine masse", 1420.0),
        ("Planchers poutrelles-hourdis", 14960.0),
    ]
    assert result["fields"]["net_amount"] == 18505.0


def test_progress_statement_share_column_left_of_the_work_remaining() -> None:
    # "Montant de la situation" names the row's amount wherever it stands, as "This period"
    # does on a G703 sheet: the work left to do ("Montant restant") right of it is none.
    result = _extract(_progress_statement(remaining=True), aligned=True)
    assert [i["amount"] for i in result["line_items"]] == [2125.0, 1420.0, 14960.0]
