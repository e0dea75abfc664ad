"""The buyer's VAT ID (buyervat.py): the captioned ID seller_vat.py sets aside as the buyer's
(in its address block, in the column its section caption heads, after "Ihre USt-IdNr." /
"Your VAT ID", or in a sentence naming the recipient), never the seller's own; and a GST
registration number outranks a company number (UEN) as the seller's tax ID."""

from __future__ import annotations

from .conftest import ONE_ITEM_AND_TOTALS, Page, header_values


def test_captioned_id_in_the_billed_to_block_is_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Lumeria SAS"),
            (350, 40, "FACTURE"),
            (350, 60, "N° de facture FA-2024-118"),
            (350, 72, "Date 04/03/2024"),
            (50, 60, "12 rue des Lilas"),
            (50, 72, "59000 Lille"),
            (50, 84, "TVA intracom. : FR40714236585"),
            (50, 140, "Facturé à"),
            (50, 154, "Boulangerie Marceau SARL"),
            (50, 166, "8 place du Marché"),
            (50, 178, "69002 Lyon"),
            (50, 190, "N° TVA : FR60839517265"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "FR40714236585"
    assert fields["buyer_vat_id"] == "FR60839517265"


def test_side_by_side_party_columns_give_the_buyers_column_id() -> None:
    fields = header_values(
        [
            (50, 40, "Faktura VAT nr FV/12/03/2024"),
            (50, 52, "Data wystawienia: 2024-03-28"),
            (50, 100, "Sprzedawca"),
            (300, 100, "Nabywca"),
            (50, 114, "Rubinex Sp. z o.o."),
            (300, 114, "Apteka Pod Lipami Sp. z o.o."),
            (50, 126, "ul. Długa 4"),
            (300, 126, "ul. Krótka 9"),
            (50, 138, "00-238 Warszawa"),
            (300, 138, "90-103 Łódź"),
            (50, 150, "NIP: 5213140006"),
            (300, 150, "NIP: 7781230016"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "5213140006"
    assert fields["buyer_vat_id"] == "7781230016"


def test_your_vat_id_caption_beside_the_address_is_the_buyers() -> None:
    fields = header_values(
        [
            (50, 40, "Holzwerk Lechner GmbH · Bahnhofstr. 3 · 83022 Rosenheim"),
            (50, 70, "Alpenmöbel Handels GmbH"),
            (50, 82, "Innsbrucker Straße 7"),
            (50, 94, "6130 Schwaz"),
            (330, 70, "Rechnungsnummer"),
            (430, 70, "RE-2024-0911"),
            (330, 82, "Rechnungsdatum"),
            (430, 82, "28.06.2024"),
            (330, 94, "Ihre USt-IdNr."),
            (430, 94, "ATU61803392"),
            *ONE_ITEM_AND_TOTALS,
            (50, 780, "Holzwerk Lechner GmbH"),
            (300, 780, "USt-IdNr.: DE271828180"),
        ]
    )
    assert fields["seller_vat_id"] == "DE271828180"
    assert fields["buyer_vat_id"] == "ATU61803392"


def test_recipients_id_in_a_reverse_charge_sentence() -> None:
    fields = header_values(
        [
            (50, 40, "Holzwerk Lechner GmbH"),
            (350, 40, "Rechnung Nr. 2024-17"),
            (350, 52, "Datum: 03.07.2024"),
            (50, 70, "Alpenmöbel Handels GmbH"),
            (50, 82, "Innsbrucker Straße 7"),
            (50, 94, "6130 Schwaz"),
            *ONE_ITEM_AND_TOTALS,
            (50, 420, "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge)."),
            (50, 432, "USt-IdNr. des Leistungsempfängers: ATU27182811"),
            (50, 780, "Holzwerk Lechner GmbH"),
            (300, 780, "USt-IdNr.: DE314159262"),
        ]
    )
    assert fields["seller_vat_id"] == "DE314159262"
    assert fields["buyer_vat_id"] == "ATU27182811"


def test_the_sellers_own_id_is_never_the_buyers() -> None:
    page: Page = [
        (50, 40, "Holzwerk Lechner GmbH"),
        (350, 40, "Rechnung Nr. 2024-18"),
        (350, 52, "Datum: 03.07.2024"),
        (50, 70, "Alpenmöbel Handels GmbH"),
        (50, 82, "Innsbrucker Straße 7"),
        (50, 94, "6130 Schwaz"),
        *ONE_ITEM_AND_TOTALS,
        (50, 780, "Holzwerk Lechner GmbH"),
        (300, 780, "USt-IdNr.: DE314159262"),
    ]
    fields = header_values(page)
    assert fields["seller_vat_id"] == "DE314159262"
    assert "buyer_vat_id" not in fields


def test_gst_registration_number_outranks_the_uen() -> None:
    fields = header_values(
        [
            (50, 40, "Orchid Cloud Pte. Ltd."),
            (350, 40, "Tax Invoice"),
            (350, 56, "Invoice Number INV-2025-0312"),
            (350, 68, "Invoice Date 1 March 2025"),
            (50, 56, "8 Marina View, #12-01"),
            (50, 68, "Singapore 018960"),
            (50, 80, "UEN: 201604417G"),
            (50, 92, "GST Reg. No.: M2-0318826-4"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "M203188264"


def test_gst_registration_number_with_a_digit_more_is_read() -> None:
    fields = header_values(
        [
            (50, 40, "Orchid Cloud Pte. Ltd."),
            (350, 40, "Tax Invoice"),
            (350, 56, "Invoice Number INV-2025-0313"),
            (350, 68, "Invoice Date 2 March 2025"),
            (50, 56, "8 Marina View, #12-01"),
            (50, 68, "Singapore 018960"),
            (50, 80, "GST Reg. No.: M91-2345678-X"),
            (50, 104, "UEN: 201604417G"),
            *ONE_ITEM_AND_TOTALS,
        ]
    )
    assert fields["seller_vat_id"] == "M912345678X"
