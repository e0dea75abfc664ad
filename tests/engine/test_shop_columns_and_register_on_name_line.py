"""A shop's billing and delivery addresses side by side (the delivery block names a third
party, a care home), and a register number printed on the issuer's name line."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_sized_pdf


def _invoice(texts: list[tuple[float, float, str, float]]) -> CanonicalInvoice:
    return analysed(make_sized_pdf(texts))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


def test_delivery_block_never_names_the_seller() -> None:
    invoice = _invoice(
        [
            (430, 40, "www.roesterei-beispiel.de", 8),
            (72, 66, "Rösterei Talblick", 22),
            (57, 102, "Rösterei Talblick · Inh. Jan Roth · Bergstraße 3 · 88212 Ravensburg", 7),
            (57, 124, "Rechnungsadresse", 9),
            (233, 124, "Lieferadresse", 9),
            (426, 124, "Rechnungsnummer RE100-25874", 8),
            (58, 137, "Lena Hartmann", 9),
            (233, 137, "Herr Bernd Hartmann", 9),
            (426, 137, "Rechnungsdatum 04.03.2021", 8),
            (58, 149, "Kolpingstraße 21", 9),
            (233, 149, "Seniorenresidenz am Park", 9),
            (57, 161, "70178 Stuttgart", 9),
            (233, 161, "Parkweg 8, App. 12", 9),
            (233, 173, "71334 Waiblingen", 9),
            (61, 275, "Artikel", 9),
            (371, 275, "Menge", 9),
            (513, 275, "Gesamt", 9),
            (61, 292, "Espresso ganze Bohne 1000 g", 9),
            (396, 292, "2", 9),
            (517, 292, "49,80 €", 9),
            (355, 330, "Summe (brutto)", 9),
            (517, 330, "49,80 €", 9),
        ]
    )
    assert _value(invoice, "seller_name") == "Rösterei Talblick"
    assert _value(invoice, "buyer_name") == "Lena Hartmann"
    # The sender line's owner piece ("Inh. Jan Roth") is no part of the address.
    assert _value(invoice, "seller_address") == "Bergstraße 3, 88212 Ravensburg"


def test_register_number_after_the_legal_form_is_no_part_of_the_name() -> None:
    invoice = _invoice(
        [
            (455, 27, "Tax Invoice", 12),
            (435, 53, "Invoice number WB-7731204", 9),
            (43, 65, "Koala Networks Pty Ltd  ABN 93 612 447 901", 9),
            (459, 65, "Issue date 3 April 2024", 9),
            (57, 135, "Ms Hannah Le", 10),
            (57, 147, "Unit 4/118 Glebe Point Road", 10),
            (57, 159, "GLEBE NSW 2037", 10),
            (43, 291, "Service", 9),
            (471, 291, "Amount (incl. GST)", 9),
            (43, 313, "Home Fast 100/20 monthly plan", 9),
            (526, 313, "$95.00", 9),
            (340, 448, "Total (inc GST)", 9),
            (519, 448, "$95.00", 9),
        ]
    )
    assert _value(invoice, "seller_name") == "Koala Networks Pty Ltd"
