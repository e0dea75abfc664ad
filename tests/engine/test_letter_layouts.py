"""Letter-style invoices from real invoicing software: who is seller and buyer when the
window address, an info block beside it and the footer all name parties, and the captions
such letters use for their numbers and dates."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf

Text = SizedText  # (x, y from the top, text, font size)

_ITEMS: list[Text] = [
    (60, 330, "Pos.", 9),
    (100, 330, "Bezeichnung", 9),
    (330, 330, "Menge", 9),
    (400, 330, "Einzelpreis", 9),
    (480, 330, "Gesamt", 9),
    (60, 348, "1", 9),
    (100, 348, "Wartung Heizungsanlage", 9),
    (330, 348, "1,00", 9),
    (400, 348, "500,00", 9),
    (480, 348, "500,00", 9),
    (360, 380, "Summe netto", 9),
    (480, 380, "500,00", 9),
    (360, 394, "zzgl. 19 % USt.", 9),
    (480, 394, "95,00", 9),
    (360, 408, "Gesamtbetrag", 9),
    (480, 408, "595,00", 9),
]
_FOOTER: list[Text] = [
    (57, 775, "Kranz Haustechnik GmbH", 7),
    (200, 775, "Geschäftsführer: Jens Kranz", 7),
    (380, 775, "Sparkasse Bremen", 7),
    (57, 784, "Am Hafen 7", 7),
    (200, 784, "Amtsgericht Bremen HRB 31245", 7),
    (380, 784, "IBAN DE55 2905 0101 0082 6155 00", 7),
    (57, 793, "28217 Bremen", 7),
]


def _fields(texts: list[Text]) -> dict[str, Any]:
    fields: dict[str, Any] = extract_canonical(make_sized_pdf(texts + _ITEMS), use_einvoice=False)[
        "fields"
    ]
    return fields


def _return_line() -> list[Text]:
    return [
        (450, 50, "KRANZ", 16),
        (57, 125, "Kranz Haustechnik GmbH · Am Hafen 7 · 28217 Bremen", 6),
    ]


def test_a_salutation_line_joins_the_name_below_across_an_info_block() -> None:
    # The info block's rows at the right interleave with the address lines: the name is the
    # next line of the same column, not the next line of the page.
    fields = _fields(
        [
            *_return_line(),
            (57, 140, "Herrn", 9),
            (320, 144, "Kundennummer", 8),
            (420, 144, "300 118 472", 8),
            (57, 152, "Wolfgang Maier", 10),
            (320, 157, "Rechnungsnummer", 8),
            (420, 157, "J-2025-0044", 8),
            (57, 164, "Brunnenstraße 23", 10),
            (57, 176, "72074 Tübingen", 10),
        ]
    )
    assert fields["buyer_name"] == "Herrn Wolfgang Maier"


def test_familie_and_firma_open_the_recipient_block() -> None:
    # "Familie" belongs to the name; "Firma" only opens the block (no part of the company's).
    expected = {"Familie": "Familie Stefan und Maria Huber", "Firma": "Lichtwerk UG"}
    for opening, name in (("Familie", "Stefan und Maria Huber"), ("Firma", "Lichtwerk UG")):
        fields = _fields(
            [
                *_return_line(),
                (57, 140, opening, 10),
                (57, 152, name, 10),
                (57, 164, "Am Sandtorkai 5", 10),
                (57, 176, "20457 Hamburg", 10),
            ]
        )
        assert fields["buyer_name"] == expected[opening]


def test_a_customer_number_beside_kunde_is_no_buyer_name() -> None:
    for code in ("KD-3381", "4711", "D 14022"):
        fields = _fields(
            [
                *_return_line(),
                (57, 140, "Café Rheinblick", 10),
                (360, 140, "Kunde", 9),
                (430, 140, code, 9),
                (360, 152, "Lieferung", 9),
                (430, 152, "02.04.2025", 9),
                (57, 152, "Frankenwerft 19", 10),
                (57, 164, "50667 Köln", 10),
            ]
        )
        assert fields["buyer_name"] == "Café Rheinblick", code


def test_a_salesperson_in_the_info_block_is_no_seller() -> None:
    fields = _fields(
        [
            (57, 40, "Brandt Industriebedarf GmbH", 12),
            (57, 54, "Gutenbergstraße 9, 31515 Wunstorf", 9),
            (346, 140, "Rechnungsnr.", 8),
            (430, 140, "VR103452", 8),
            (346, 152, "Verkäufer", 8),
            (430, 152, "Jan Meiners", 8),
            (346, 164, "USt-IdNr.", 8),
            (430, 164, "DE136695976", 8),
        ]
    )
    assert fields["seller_name"] == "Brandt Industriebedarf GmbH"


def test_the_footer_company_is_the_seller_when_only_a_logo_heads_the_page() -> None:
    # No return address: the buyer's block, legal form and all, stands in the window; the
    # seller's full name is only in the footer.
    fields = _fields(
        [
            (450, 50, "KRANZ", 16),
            (450, 80, "Haustechnik", 8),
            (72, 140, "Hausverwaltung Ostertor GmbH", 10),
            (72, 153, "Herrn Klaus Dierks", 10),
            (72, 166, "Ostertorsteinweg 88", 10),
            (72, 179, "28203 Bremen", 10),
            (72, 268, "Rechnung RE-10482", 12),
            *_FOOTER,
        ]
    )
    assert fields["seller_name"] == "Kranz Haustechnik GmbH"
    assert fields["buyer_name"] == "Hausverwaltung Ostertor GmbH"


def test_a_title_addressing_the_reader_is_no_seller_and_its_date_is_the_issue_date() -> None:
    fields = _fields(
        [
            (420, 40, "Votre facture", 14),
            (96, 60, "lumibox", 22),
            (420, 60, "du 5 novembre 2024", 10),
            (40, 112, "N° de facture :", 8),
            (130, 112, "FL2411058329147", 8),
            (57, 790, "Lumibox Télécom SAS · 16 rue de la Paix · 75002 Paris", 7),
        ]
    )
    assert fields["invoice_date"] == "2024-11-05"
    assert fields["seller_name"] == "Lumibox Télécom SAS"


def test_a_bare_swiss_uid_in_the_footer_is_the_sellers_vat_id() -> None:
    fields = _fields(
        [
            *_return_line(),
            (57, 800, "Seeland Software AG · Zentralstrasse 45 · CHE-418.739.265 MWST", 7),
        ]
    )
    assert fields["seller_vat_id"] == "CHE418739265"


def test_the_buyers_vat_id_in_its_block_yields_to_a_bare_one_in_the_footer() -> None:
    fields = _fields(
        [
            (57, 60, "Alpenglanz Reinigungstechnik GmbH", 10),
            (327, 135, "Hotel Goldener Hirsch Betriebs GmbH", 7),
            (327, 147, "Frau Mag. Eva Steiner", 9),
            (327, 159, "Getreidegasse 37", 9),
            (327, 171, "5020 Salzburg", 9),
            (327, 183, "Österreich", 9),
            (327, 195, "UID: ATU57301949", 7),
            (114, 791, "office@alpenglanz.at | ATU64138720 | IBAN AT53 2011 1829 1147 3800", 7),
        ]
    )
    assert fields["seller_vat_id"] == "ATU64138720"


def test_the_buyers_vat_id_alone_is_no_sellers() -> None:
    fields = _fields(
        [
            (57, 60, "Alpenglanz Reinigungstechnik GmbH", 10),
            (327, 135, "Hotel Goldener Hirsch Betriebs GmbH", 7),
            (327, 147, "Getreidegasse 37", 9),
            (327, 159, "5020 Salzburg", 9),
            (327, 171, "UID: ATU57301949", 7),
        ]
    )
    assert "seller_vat_id" not in fields


def test_german_info_block_captions() -> None:
    fields = _fields(
        [
            *_return_line(),
            (346, 140, "Rechnungsnr.", 8),
            (430, 140, "VR103452", 8),
            (346, 152, "Buchungsdatum", 8),
            (430, 152, "03.04.25", 8),
            (346, 164, "Fällig", 8),
            (430, 164, "2025-05-03", 8),
        ]
    )
    assert (fields["invoice_date"], fields["due_date"]) == ("2025-04-03", "2025-05-03")


def test_a_correction_numbers_itself_not_the_invoice_it_corrects() -> None:
    fields = _fields(
        [
            *_return_line(),
            (300, 140, "Korrektur-Nr.:", 8),
            (400, 140, "RK-2025-0031", 8),
            (300, 165, "Zur Rechnung:", 8),
            (400, 165, "RE-2025-1184", 8),
            (57, 245, "Rechnungskorrektur RK-2025-0031", 12),
            (57, 268, "zur Rechnung RE-2025-1184 vom 12.03.2025.", 9),
        ]
    )
    assert fields["invoice_number"] == "RK-2025-0031"


def test_a_letter_dates_itself_after_its_place_in_several_languages() -> None:
    for line, expected in (
        ("Wien, am 5. Dezember 2024", "2024-12-05"),
        ("Paris, le 5 décembre 2024", "2024-12-05"),
    ):
        fields = _fields([*_return_line(), (390, 232, line, 9), (57, 270, "Rechnung Nr. 42", 12)])
        assert fields["invoice_date"] == expected, line


def test_a_transfer_requested_by_a_date_in_prose_sets_the_due_date() -> None:
    fields = _fields(
        [
            *_return_line(),
            (57, 270, "Rechnung Nr. 2024-0312", 12),
            (57, 290, "Rechnungsdatum: 05.12.2024", 9),
            (57, 490, "Wir ersuchen um Überweisung ohne Abzug bis 19.12.2024 auf unser Konto.", 9),
        ]
    )
    assert fields["due_date"] == "2024-12-19"


def test_a_portuguese_series_with_a_year_in_its_code() -> None:
    fields = _fields(
        [(57, 50, "Oliveira & Barros, Lda.", 12), (380, 62, "Fatura FT 2024A/1532", 11)]
    )
    assert fields["invoice_number"] == "FT 2024A/1532"


def test_a_logo_line_is_completed_by_the_return_address() -> None:
    fields = _fields(
        [
            (466, 44, "Hauser", 18),
            (435, 73, "WERKZEUGHANDEL GMBH", 7),
            (72, 131, "Hauser Werkzeughandel GmbH · Industriestraße 12 · 70565 Stuttgart", 6),
            (72, 148, "Schreinerei Albrecht KG", 10),
            (72, 161, "Lindenweg 4", 10),
            (72, 174, "72762 Reutlingen", 10),
        ]
    )
    assert fields["seller_name"] == "Hauser Werkzeughandel GmbH"
    assert fields["seller_address"] == "Industriestraße 12, 70565 Stuttgart"
    assert fields["buyer_name"] == "Schreinerei Albrecht KG"


def test_a_footer_address_ends_at_its_town() -> None:
    # The footer runs on with capital, register and VAT number after the town.
    fields = _fields(
        [
            (420, 40, "Votre facture", 14),
            (96, 60, "lumibox", 22),
            (
                40,
                790,
                "Lumibox Télécom SAS · 16 rue de la Paix · 75002 Paris · SAS au capital de "
                "3 000 000 € · RCS Paris 812345676",
                6,
            ),
        ]
    )
    assert fields["seller_address"] == "16 rue de la Paix, 75002 Paris"


def test_a_footer_in_cells_gives_the_sellers_address() -> None:
    fields = _fields(
        [
            (118, 46, "nimbusfield", 22),
            (131, 740, "Nimbusfield Cloud, Inc.", 7),
            (240, 740, "1200 Westlake Ave N, Suite 900", 7),
            (380, 740, "Seattle, WA 98109", 7),
            (470, 740, "billing@nimbusfield.io", 7),
        ]
    )
    assert fields["seller_name"] == "Nimbusfield Cloud, Inc."
    assert fields["seller_address"] == "1200 Westlake Ave N, Suite 900, Seattle, WA 98109"


def test_issuer_and_addressee_captions_side_by_side() -> None:
    fields = _fields(
        [
            (466, 40, "Facture", 16),
            (37, 132, "Émetteur", 8),
            (300, 132, "Adressé à", 8),
            (37, 146, "OVALIS SAS", 9),
            (300, 146, "Atelier Gravure Morel SARL", 9),
            (37, 158, "2 rue Kellermann", 9),
            (300, 158, "14 rue des Tanneurs", 9),
            (37, 170, "59100 Roubaix", 9),
            (300, 170, "69002 Lyon", 9),
        ]
    )
    assert (fields["seller_name"], fields["buyer_name"]) == (
        "OVALIS SAS",
        "Atelier Gravure Morel SARL",
    )


def test_a_british_vat_number_printed_in_groups() -> None:
    fields = _fields([*_return_line(), (252, 800, "VAT Reg No GB 283 7461 33", 7)])
    assert fields["seller_vat_id"] == "GB283746133"


def test_a_polish_domestic_account_number_is_the_iban() -> None:
    fields = _fields([*_return_line(), (41, 492, "Nr konta: 35 1140 2004 0000 3902 1234 5678", 8)])
    assert fields["iban"] == "PL35114020040000390212345678"


def test_a_courtesy_title_and_name_on_one_line_open_an_uncaptioned_block() -> None:
    fields = _fields(
        [
            (40, 40, "Lumibox Télécom SAS", 12),
            (40, 112, "N° de facture :", 8),
            (130, 112, "FL2411058329147", 8),
            (380, 112, "Mme Claire Dubreuil", 9),
            (380, 125, "8 allée des Tilleuls", 9),
            (380, 138, "44300 Nantes", 9),
        ]
    )
    assert fields["buyer_name"] == "Mme Claire Dubreuil"
