"""Party boxes of e-invoice viewers: EN 16931 term captions ("Seller name", "Buyer name"),
group numbers before the box captions ("BG-4 Verkäufer"), and a name wrapped to a second line
of the value column."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

_HEAD = [
    (50, 60, "Invoice"),
    (50, 90, "Invoice number"),
    (180, 90, "INV-2025-0917"),
    (50, 104, "Invoice issue date"),
    (180, 104, "2025-03-21"),
]

_TOTALS = [
    (50, 420, "Description"),
    (300, 420, "Quantity"),
    (380, 420, "Price"),
    (470, 420, "Amount"),
    (50, 436, "Consulting services"),
    (300, 436, "2"),
    (380, 436, "500.00"),
    (470, 436, "1,000.00"),
    (330, 480, "Total without VAT 1,000.00"),
    (330, 494, "VAT 19% 190.00"),
    (330, 508, "Amount due 1,190.00"),
]


def test_english_term_captions_are_not_part_of_the_names() -> None:
    rows = [
        *_HEAD,
        (50, 200, "Seller"),
        (306, 200, "Buyer"),
        (50, 220, "Seller name"),
        (138, 220, "Albrecht Drehteile GmbH"),
        (306, 220, "Buyer name"),
        (391, 220, "Huber Mechanik GmbH"),
        (50, 233, "Address line 1"),
        (138, 233, "Möhringer Straße 41"),
        (306, 233, "Address line 1"),
        (391, 233, "Grabenweg 68"),
        (50, 246, "City"),
        (138, 246, "Tuttlingen"),
        (306, 246, "City"),
        (391, 246, "Innsbruck"),
        *_TOTALS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Albrecht Drehteile GmbH"
    assert fields["buyer_name"] == "Huber Mechanik GmbH"


def test_group_numbered_boxes_side_by_side() -> None:
    rows = [
        *_HEAD,
        (56, 210, "BG-4 Verkäufer"),
        (306, 210, "BG-7 Käufer"),
        (56, 230, "Name (BT-27)"),
        (141, 230, "Mira Osterkamp Grafikdesign"),
        (306, 230, "Name (BT-44)"),
        (391, 230, "Bäckerei Hinrichs e.K."),
        (56, 243, "Straße (BT-35)"),
        (141, 243, "Am Sande 23"),
        (306, 243, "Straße (BT-50)"),
        (391, 243, "Bardowicker Straße 5"),
        (56, 256, "Ort (BT-37)"),
        (141, 256, "Lüneburg"),
        (306, 256, "Ort (BT-52)"),
        (391, 256, "Lüneburg"),
        *_TOTALS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Mira Osterkamp Grafikdesign"
    assert fields["buyer_name"] == "Bäckerei Hinrichs e.K."


def test_a_name_wrapped_in_the_value_column_is_joined() -> None:
    rows = [
        *_HEAD,
        (47, 200, "Käufer"),
        (307, 200, "Verkäufer"),
        (47, 220, "Firmenname:"),
        (127, 220, "Stadt Remscheid – Fachdienst"),
        (307, 220, "Firmenname:"),
        (387, 220, "Bergische Büromöbel GmbH"),
        (127, 231, "Zentrale Dienste"),
        (307, 233, "Straße:"),
        (387, 233, "Kohlfurther Brücke 14"),
        (47, 244, "Straße:"),
        (127, 244, "Theodor-Heuss-Platz 1"),
        (307, 246, "Ort:"),
        (387, 246, "42349 Wuppertal"),
        (47, 257, "Ort:"),
        (127, 257, "42853 Remscheid"),
        *_TOTALS,
    ]
    fields = extract_canonical(make_invoice_pdf([rows]), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Stadt Remscheid – Fachdienst Zentrale Dienste"
    assert fields["seller_name"] == "Bergische Büromöbel GmbH"
