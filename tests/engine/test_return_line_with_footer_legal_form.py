"""A seller named by the return-address line over the window ("Brandt + Lutz Ingenieure ·
Hohe Straße 7 · 50667 Köln"), spelled out with its legal form by the footer ("... PartGmbB"):
its address is the rest of the return line, never the addressee's block under it; and the
addressee's name line ends any block read from above, whatever its words look like."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_return_line_address_of_a_name_the_footer_completes() -> None:
    texts: list[SizedText] = [
        (380, 40, "BRANDT + LUTZ", 16),
        (470, 60, "INGENIEURE", 9),
        (470, 72, "Hohe Straße 7", 9),
        (470, 84, "50667 Köln", 9),
        (470, 96, "Tel. 0221 555 1234", 9),
        (57, 123, "Brandt + Lutz Ingenieure · Hohe Straße 7 · 50667 Köln", 7),
        (57, 140, "Rheinwerk Wohnen GmbH", 10),
        (380, 140, "Rechnungs-Nr.:", 9),
        (490, 140, "RE-2025-044", 9),
        (57, 153, "z. Hd. Frau Dr. Anna Becker", 10),
        (380, 153, "Datum:", 9),
        (490, 153, "03.03.2025", 9),
        (57, 166, "Aachener Straße 210", 10),
        (57, 179, "50931 Köln", 10),
        (57, 230, "Rechnung", 14),
        (57, 260, "Pos. Leistung", 9),
        (470, 260, "Gesamt €", 9),
        (57, 278, "1 Tragwerksplanung", 9),
        (480, 278, "4.000,00", 9),
        (360, 320, "Summe netto", 9),
        (480, 320, "4.000,00 €", 9),
        (360, 334, "zzgl. 19 % USt", 9),
        (480, 334, "760,00 €", 9),
        (360, 348, "Rechnungsbetrag", 9),
        (480, 348, "4.760,00 €", 9),
        (57, 760, "Brandt + Lutz Ingenieure PartGmbB", 7),
        (250, 760, "USt-IdNr. DE314785264", 7),
        (57, 770, "Sitz Köln, Partnerschaftsregister", 7),
        (250, 770, "IBAN DE08 7015 0000 1004 5837 26", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Brandt + Lutz Ingenieure PartGmbB"
    assert fields["seller_address"] == "Hohe Straße 7, 50667 Köln"
    assert fields["buyer_name"] == "Rheinwerk Wohnen GmbH"
    assert fields["buyer_address"] == "Aachener Straße 210, 50931 Köln"


def test_return_line_address_without_a_letterhead_address() -> None:
    texts: list[SizedText] = [
        (380, 40, "BRANDT + LUTZ", 16),
        (470, 60, "INGENIEURE", 9),
        (57, 123, "Brandt + Lutz Ingenieure · Hohe Straße 7 · 50667 Köln", 7),
        (57, 140, "Rheinwerk Wohnen GmbH", 10),
        (380, 140, "Rechnungs-Nr.:", 9),
        (490, 140, "RE-2025-044", 9),
        (57, 153, "Aachener Straße 210", 10),
        (57, 166, "50931 Köln", 10),
        (57, 230, "Rechnung", 14),
        (57, 260, "Pos. Leistung", 9),
        (470, 260, "Gesamt €", 9),
        (57, 278, "1 Tragwerksplanung", 9),
        (480, 278, "4.000,00", 9),
        (360, 348, "Rechnungsbetrag", 9),
        (480, 348, "4.000,00 €", 9),
        (57, 760, "Brandt + Lutz Ingenieure PartGmbB", 7),
        (250, 760, "Steuernummer 215/5812/1234", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Brandt + Lutz Ingenieure PartGmbB"
    assert fields["seller_address"] == "Hohe Straße 7, 50667 Köln"
    assert fields["buyer_address"] == "Aachener Straße 210, 50931 Köln"
