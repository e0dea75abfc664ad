"""automotive215: a car workshop's invoice, its vehicle block beside the customer's."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pages


def _fields(texts: list[SizedText]) -> dict[str, object]:
    fields: dict[str, object] = extract_canonical(make_aligned_pages(texts), use_einvoice=False)[
        "fields"
    ]
    return fields


_ITEMS: list[SizedText] = [
    (65, 277, "Menge", 8),
    (142, 277, "Bezeichnung", 8),
    (411, 277, "Preis", 8),
    (527, 277, "Betrag", 8),
    (80, 312, "2", 8),
    (142, 312, "Inspektion nach Herstellervorgabe", 8),
    (428, 312, "100,00", 8),
    (528, 312, "200,00", 8),
    (318, 495, "Summe netto", 8),
    (524, 495, "200,00", 8),
    (318, 510, "zzgl. 20 % USt.", 8),
    (529, 510, "40,00", 8),
    (318, 526, "Gesamtbetrag EUR", 8),
    (524, 526, "240,00", 8),
]


def _workshop(caption: str) -> list[SizedText]:
    return [
        (52, 39, "SCHMIDLER", 18),
        (466, 40, "Kfz-Technik Schmidler GmbH", 8),
        (493, 50, "Linzer Gasse 14", 8),
        (482, 60, "5020 Salzburg", 8),
        (486, 92, "UID: ATU12345675", 8),
        (51, 136, "Rechnungsempfänger", 8),
        (318, 136, "Fahrzeug", 8),
        (51, 148, "Ing. Paul Weninger", 9),
        (318, 148, "Kennzeichen", 8),
        (392, 148, "S-123 PW", 8),
        (51, 159, "Mozartgasse 3", 9),
        (318, 159, "Marke/Type", 8),
        (391, 159, "VW Golf 1.6 TDI", 8),
        (52, 172, "5020 Salzburg", 9),
        (318, 183, "km-Stand", 8),
        (392, 183, "98.120", 8),
        (318, 195, caption, 8),
        (391, 195, "14.06.2016", 8),
        (52, 224, "Rechnung", 16),
        (204, 228, "Nr. 2024-0412", 9),
        (455, 228, "Salzburg, am 4. April 2024", 9),
        *_ITEMS,
    ]


def test_first_registration_in_a_vehicle_block_is_no_invoice_date() -> None:
    for caption in ("Erstzulassung", "EZ", "First registration", "HU/AU", "Baujahr"):
        assert _fields(_workshop(caption))["invoice_date"] == "2024-04-04", caption


def _garage(number: str) -> list[SizedText]:
    return [
        (377, 49, "DE GROOT", 18),
        (378, 70, "autobedrijf · APK · onderhoud", 7),
        (483, 96, "Havenstraat 9", 8),
        (482, 107, "3811 AB Amersfoort", 8),
        (476, 118, "T 033 - 461 22 80", 8),
        (58, 128, "Dhr. P. Visser", 9),
        (441, 128, "info@degroot-auto.nl", 8),
        (487, 139, "KvK 30112233", 8),
        (57, 141, "Lindelaan 4", 9),
        (455, 150, "BTW NL001234567B01", 8),
        (57, 154, "3812 CD Amersfoort", 9),
        (58, 212, "FACTUUR", 16),
        (57, 247, "Factuurnummer", 7),
        (176, 247, "Factuurdatum", 7),
        (295, 247, "Vervaldatum", 7),
        (414, 247, "Klantnummer", 7),
        (57, 259, number, 9),
        (176, 259, "12-03-2024", 9),
        (295, 259, "26-03-2024", 9),
        (414, 259, "5120", 9),
        (57, 322, "Omschrijving", 8),
        (355, 322, "Aantal", 8),
        (443, 322, "Prijs", 8),
        (508, 322, "Bedrag", 8),
        (68, 360, "APK-keuring", 8),
        (379, 360, "1", 8),
        (432, 360, "€ 40,00", 8),
        (509, 360, "€ 40,00", 8),
        (326, 541, "Totaal excl. BTW", 8),
        (502, 541, "€ 40,00", 8),
        (327, 557, "BTW 21%", 8),
        (507, 557, "€ 8,40", 8),
        (326, 572, "Totaal incl. BTW", 8),
        (502, 572, "€ 48,40", 8),
    ]


def test_date_shaped_digits_under_a_number_caption_are_the_number() -> None:
    fields = _fields(_garage("20240312"))
    assert fields["invoice_number"] == "20240312"
    assert fields["invoice_date"] == "2024-03-12"
    assert _fields(_garage("4471"))["invoice_number"] == "4471"


def test_titled_addressee_and_account_holder_spelling_out_the_logo() -> None:
    texts = [
        *_garage("4471"),
        (57, 634, "Wij verzoeken u het bedrag vóór de vervaldatum over te maken op", 7),
        (57, 646, "NL26 RABO 0316 8427 15 t.n.v. Garagebedrijf De Groot B.V.", 7),
        (57, 658, "o.v.v. het factuurnummer. Op al onze werkzaamheden zijn de voorwaarden", 7),
        (57, 670, "van toepassing.", 7),
    ]
    fields = _fields(texts)
    assert fields["buyer_name"] == "Dhr. P. Visser"  # the title kept, as test_party_blocks
    assert fields["seller_name"] == "Garagebedrijf De Groot B.V."
    assert fields["seller_address"] == "Havenstraat 9, 3811 AB Amersfoort"


def test_titled_contact_under_a_company_is_no_addressee_of_its_own() -> None:
    texts = [*_garage("4471"), (58, 116, "Leasewise Fleet B.V.", 9)]
    assert _fields(texts).get("buyer_name") != "Dhr. P. Visser"
