"""Party blocks that the engine took for the wrong party: a delivery box beside the billing
box, a register court's lines in the letterhead's side column, an old-style window block with
a blank line before its town, a private couple's block, a reference value ending in a legal
form's letters, a customer named in a caption | value grid, and a role line ("The Manager")
heading the addressee's block."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

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


def _items(top: float, rows: list[tuple[str, str, str, str]], header: list[str]) -> list[Text]:
    """An item table: description, quantity, unit price, amount, under its header."""
    xs = (58, 330, 400, 500)
    out = [_t(x, top, word, 8, True) for x, word in zip(xs, header, strict=True)]
    for offset, row in enumerate(rows, start=1):
        out += [_t(x, top + 15 * offset, cell) for x, cell in zip(xs, row, strict=True)]
    return out


def test_register_court_in_side_column_and_window_block_with_blank_line_before_town() -> None:
    # The seller's details run down a column at the right edge, its register court among
    # them ("Amtsgericht Kiel" over "HRB 11452 KI"); the addressee's block at the left sets
    # a blank line between its street and its town (DIN 5008's older layout).
    texts = [
        _t(432, 50, "Lindqvist", 16, True),
        _t(432, 70, "Messtechnik GmbH", 8),
        _t(432, 106, "Werftstraße 7", 6.5),
        _t(432, 117, "24143 Kiel", 6.5),
        _t(58, 136, "Haffkrug Bootsbau OHG", 9.5),
        _t(432, 136, "Telefon 0431 552 010", 6),
        _t(58, 150, "z. Hd. Frau Maren Voss", 7.5),
        _t(432, 150, "info@lindqvist-mess.de", 6),
        _t(58, 163, "Strandweg 31", 7.5),
        _t(432, 173, "www.lindqvist-mess.de", 6),
        _t(58, 189, "23683 Scharbeutz", 7.5),
        _t(432, 197, "Geschäftsführer:", 6),
        _t(432, 208, "Dr. Ole Lindqvist", 7.5),
        _t(432, 230, "Amtsgericht Kiel", 7.5),
        _t(432, 240, "HRB 11452 KI", 6),
        _t(432, 260, "USt-IdNr.:", 6),
        _t(58, 270, "Rechnung", 15, True),
        _t(432, 270, "DE 318204771", 6),
        _t(58, 295, "Rechnungsnummer"),
        _t(160, 295, "RE-2025-0311"),
        _t(58, 307, "Rechnungsdatum"),
        _t(160, 307, "04.02.2025"),
        *_items(
            360,
            [("Messbügel MB-20", "10", "42,00", "420,00"), ("Kalibrierung", "1", "80,00", "80,00")],
            ["Bezeichnung", "Menge", "E-Preis €", "Gesamt €"],
        ),
        _t(330, 420, "Nettobetrag"),
        _t(500, 420, "500,00"),
        _t(330, 433, "zzgl. 19 % Umsatzsteuer"),
        _t(500, 433, "95,00"),
        _t(330, 446, "Rechnungsbetrag EUR"),
        _t(500, 446, "595,00"),
        _t(58, 560, "Zahlbar ohne Abzug bis zum 18.02.2025."),
        _t(58, 585, "Mit freundlichen Grüßen"),
        _t(58, 608, "Lindqvist Messtechnik GmbH"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "Haffkrug Bootsbau OHG"
    assert _value(invoice, "seller_name") == "Lindqvist Messtechnik GmbH"


def test_delivery_box_beside_the_billing_box_is_no_seller() -> None:
    # "Facturer à" left, "Livrer à" right over another company's depot: the goods' place,
    # never the issuer, whose letterhead stands at the top left.
    texts = [
        _t(51, 58, "Ferronnerie Aubert & Fils", 12, True),
        _t(461, 58, "FACTURE", 13, True),
        _t(51, 80, "SARL au capital de 20 000 €", 7.5),
        _t(391, 80, "N° de facture :", 6.5),
        _t(493, 80, "F-2025-00112", 6.5),
        _t(51, 90, "7 rue des Forges", 7.5),
        _t(423, 93, "Date :", 6.5),
        _t(504, 93, "03/02/2025", 6.5),
        _t(51, 100, "42000 Saint-Étienne", 7.5),
        _t(57, 160, "Facturer à", 7),
        _t(312, 160, "Livrer à", 7),
        _t(57, 180, "Brasserie du Lac SAS", 8),
        _t(312, 180, "Entrepôt Rhodanien SARL", 8),
        _t(57, 192, "Service achats", 8),
        _t(312, 192, "Quai de chargement n° 4", 8),
        _t(57, 204, "3 quai Rambaud", 8),
        _t(312, 204, "ZI des Tuileries", 8),
        _t(57, 216, "69002 Lyon", 8),
        _t(312, 216, "69330 Meyzieu", 8),
        *_items(
            290,
            [("Rampe forgée", "2", "310,00", "620,00"), ("Pose", "1", "180,00", "180,00")],
            ["Désignation", "Qté", "P.U. HT", "Montant HT"],
        ),
        _t(350, 350, "Total HT"),
        _t(500, 350, "800,00 €"),
        _t(350, 363, "TVA 20 %"),
        _t(500, 363, "160,00 €"),
        _t(350, 376, "Total TTC"),
        _t(500, 376, "960,00 €"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "seller_name") == "Ferronnerie Aubert & Fils"
    assert _value(invoice, "buyer_name") == "Brasserie du Lac SAS"


def test_private_couple_block_with_an_elided_town_name() -> None:
    # "M. et Mme Lefort" over the street and "94240 L'Haÿ-les-Roses" at the right, no caption.
    texts = [
        _t(42, 40, "DURAND", 18, True),
        _t(42, 58, "Peinture & Décoration", 10),
        _t(42, 75, "Peinture Durand SARL", 7.5),
        _t(42, 84, "5 rue Pasteur", 6),
        _t(42, 95, "38000 Grenoble", 7.5),
        _t(42, 103, "04 76 11 22 33 · contact@durand-peinture.fr", 6.5),
        _t(331, 103, "M. et Mme Lefort", 7.5),
        _t(331, 115, "12 impasse des Lilas", 9),
        _t(331, 127, "94240 L'Haÿ-les-Roses", 7.5),
        _t(42, 150, "Facture n° FA-2025-0077", 9.5, True),
        _t(42, 168, "Date de facture : 10 février 2025"),
        *_items(
            220,
            [("Peinture séjour", "38 m²", "24,00", "912,00"), ("Enduit", "1", "150,00", "150,00")],
            ["Désignation", "Quantité", "Prix unitaire HT", "Total HT"],
        ),
        _t(380, 280, "Total HT"),
        _t(500, 280, "1 062,00 €"),
        _t(380, 293, "TVA 10 %"),
        _t(500, 293, "106,20 €"),
        _t(380, 306, "Total TTC"),
        _t(500, 306, "1 168,20 €"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "M. et Mme Lefort"


def test_reference_value_ending_in_form_letters_is_no_seller() -> None:
    # "Ihre Referenz: | Garderobe Diele OG": a caption's value whose last word reads like a
    # legal form (Austria's "OG"); the seller is the large name at the top left.
    texts = [
        _t(58, 62, "Vogt Schreinerei", 15, True),
        _t(413, 62, "Rechnung #000212", 13),
        _t(58, 80, "Inh. Lena Vogt", 8.5),
        _t(357, 85, "Rechnungsdatum: 11.02.2025"),
        _t(58, 96, "Talstraße 3", 8.5),
        _t(362, 96, "Fälligkeitsdatum: 25.02.2025"),
        _t(58, 106, "77652 Offenburg", 6.5),
        _t(372, 109, "Ihre Referenz:", 6.5),
        _t(432, 109, "Garderobe Diele OG", 6.5),
        _t(58, 118, "Telefon 0781 220 14", 6.5),
        _t(58, 175, "Rechnungsempfänger:"),
        _t(58, 188, "Paul Stein"),
        _t(58, 201, "Kirchgasse 9"),
        _t(58, 214, "77933 Lahr"),
        *_items(
            260,
            [
                ("Arbeitszeit Tischler", "10,00", "58,00", "580,00 €"),
                ("Material", "1", "210,00", "210,00 €"),
            ],
            ["Beschreibung", "Menge", "Stückpreis", "Summe"],
        ),
        _t(424, 320, "Nettobetrag"),
        _t(500, 320, "790,00 €"),
        _t(424, 333, "Steuer"),
        _t(500, 333, "150,10 €"),
        _t(424, 346, "Gesamtsumme"),
        _t(500, 346, "940,10 €"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "seller_name") == "Vogt Schreinerei"


def test_customer_captions_in_a_grid_name_the_buyer() -> None:
    # "Kunde | ...", "Kundenadresse | ...", "UID Kunde | ATU...": rows of one grid, all the
    # customer's; the seller's full name stands only in the footer (its logo split in two).
    texts = [
        _t(58, 55, "ALPSTEIN", 13, True),
        _t(398, 55, "Ausgangsrechnung", 14, True),
        _t(58, 70, "FÖRDERTECHNIK", 7),
        _t(434, 70, "ACC-SINV-2025-00007", 7.5),
        _t(58, 108, "Kunde", 6),
        _t(142, 108, "Bodensee Verpackung GmbH", 8),
        _t(341, 108, "Rechnungsdatum", 7.5),
        _t(493, 108, "12-02-2025", 6.5),
        _t(58, 122, "Kundenadresse", 6),
        _t(142, 122, "Seestraße 12", 7),
        _t(341, 122, "Fälligkeitsdatum", 7.5),
        _t(493, 122, "14-03-2025", 6.5),
        _t(142, 136, "6900 Bregenz, Österreich", 8),
        _t(58, 150, "UID Kunde", 6),
        _t(142, 150, "ATU12345678", 6.5),
        _t(341, 150, "Zahlungsbedingung", 7.5),
        _t(483, 150, "30 Tage netto", 8),
        *_items(
            205,
            [("Förderband FB-1200", "2,000 Stk", "€ 1.450,00", "€ 2.900,00")],
            ["Beschreibung", "Menge", "Preis", "Betrag"],
        ),
        _t(326, 250, "Nettosumme"),
        _t(491, 250, "€ 2.900,00"),
        _t(326, 265, "Umsatzsteuer 0 % (Reverse Charge)"),
        _t(508, 265, "€ 0,00"),
        _t(326, 280, "Gesamtbetrag"),
        _t(491, 280, "€ 2.900,00"),
        _t(57, 765, "Alpstein Fördertechnik GmbH", 5.5),
        _t(241, 765, "Sparkasse Bodensee", 7),
        _t(425, 765, "AG Freiburg HRB 700112", 7),
        _t(57, 775, "Hafenweg 5", 5.5),
        _t(242, 775, "IBAN DE12 6905 0001 0000 1234 56", 5.5),
        _t(426, 775, "USt-IdNr. DE811223344", 5.5),
        _t(57, 785, "78462 Konstanz, Deutschland", 7),
        _t(241, 785, "BIC SOLADES1KNZ", 5.5),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "Bodensee Verpackung GmbH"
    assert _value(invoice, "seller_name") == "Alpstein Fördertechnik GmbH"


def test_role_line_opens_the_addressee_block() -> None:
    # "The Manager" over "Bramble Bakery Ltd" and its street, town and postcode: the
    # addressee's block; the council's logo is split over two lines at the top left.
    texts = [
        _t(52, 53, "Eastcombe", 13, True),
        _t(455, 53, "VAT INVOICE", 10.5, True),
        _t(444, 67, "Environmental Services", 6),
        _t(52, 72, "DISTRICT COUNCIL", 7.5),
        _t(450, 78, "Town Hall, Market Place", 7),
        _t(475, 90, "Eastcombe, GL6 7AA", 7),
        _t(51, 131, "The Manager", 9.5),
        _t(344, 131, "Invoice number", 6),
        _t(499, 131, "71002231", 6),
        _t(51, 145, "Bramble Bakery Ltd", 9.5),
        _t(344, 145, "Invoice date", 6),
        _t(494, 145, "14/02/2025", 6),
        _t(51, 159, "12 Mill Lane", 9.5),
        _t(343, 159, "Customer number", 6),
        _t(498, 159, "C0033120", 6),
        _t(52, 172, "Eastcombe", 7.5),
        _t(52, 186, "GL6 7DN", 7.5),
        *_items(
            265,
            [("Trade waste collection", "13", "20.00", "260.00")],
            ["Description", "Qty", "Unit price £", "Net £"],
        ),
        _t(417, 320, "Total net"),
        _t(505, 320, "£260.00"),
        _t(417, 335, "VAT @ 20%"),
        _t(505, 335, "£52.00"),
        _t(417, 350, "Invoice total"),
        _t(505, 350, "£312.00"),
        _t(52, 420, "BACS: Eastcombe District Council, sort code 20-00-00, account 12345678"),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "buyer_name") == "Bramble Bakery Ltd"
    # The logo "Eastcombe" / "DISTRICT COUNCIL" is the name the payment line prints whole.
    assert _value(invoice, "seller_name") == "Eastcombe District Council"
