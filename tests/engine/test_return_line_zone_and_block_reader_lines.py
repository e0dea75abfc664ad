"""An addressee's block in the window under the sender's return line, a deep notes zone
between the two and a bold name whose glyphs stand no taller than the return line's descenders;
a contact line with its department after a dash ("Frau ... – Human Resources") inside the
block; a role line ("The Practice Manager") over the organisation's name under "Bill to"."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_block_deep_under_the_return_line_is_the_addressee() -> None:
    texts: list[SizedText] = [
        (57, 40, "HOLZMANN", 24),
        (470, 36, "Tel. 080 22 41 07", 8),
        (470, 50, "info@holzmann-vith.be", 8),
        (55, 58, "Tischlerei · Treppenbau · Fenster", 8),
        (470, 64, "MwSt. BE 0412.345.614", 8),
        (55, 75, "Tischlerei Holzmann PGmbH · Lindenweg 12 · 4780 Sankt Vith", 8),
        (40, 133, "Lambert Automobile AG", 10.5),
        (430, 133, "Sankt Vith, den 18.02.2025", 9.5),
        (40, 147, "Malmedyer Straße 55", 10),
        (40, 161, "4750 Bütgenbach", 10),
        (40, 179, "MwSt.-Nr.: BE 0841.237.745", 9),
        (40, 220, "RECHNUNG Nr. 25-0047", 13),
        (46, 270, "Pos.", 9),
        (81, 270, "Beschreibung", 9),
        (379, 270, "Menge", 9),
        (510, 270, "Betrag €", 9),
        (46, 288, "1", 9),
        (81, 288, "Haustür Eiche massiv, nach Maß gefertigt", 9),
        (400, 288, "1", 9),
        (510, 288, "3.000,00", 9),
        (420, 320, "Nettobetrag", 9),
        (500, 320, "3.000,00 €", 9),
        (420, 334, "MwSt. 21 %", 9),
        (500, 334, "630,00 €", 9),
        (420, 348, "Gesamtbetrag", 9),
        (500, 348, "3.630,00 €", 9),
    ]
    fields = extract_canonical(
        make_sized_pdf(texts, bold=frozenset({"HOLZMANN", "Lambert Automobile AG"})),
        use_einvoice=False,
    )["fields"]
    assert fields["seller_name"] == "Tischlerei Holzmann PGmbH"
    assert fields["seller_vat_id"] == "BE0412345614"
    assert fields["seller_address"] == "Lindenweg 12, 4780 Sankt Vith"
    assert fields["buyer_name"] == "Lambert Automobile AG"
    assert fields["buyer_address"] == "Malmedyer Straße 55, 4750 Bütgenbach"
    assert fields["buyer_vat_id"] == "BE0841237745"


def test_contact_line_with_a_department_after_a_dash_is_no_address_part() -> None:
    texts: list[SizedText] = [
        (421, 30, "Saveurs du Nord S.à r.l.", 9),
        (41, 32, "SaveursNord", 18),
        (491, 42, "Rue Principale 12", 9),
        (466, 54, "L-9099 Ettelbruck", 9),
        (40, 102, "Saveurs du Nord S.à r.l. · Rue Principale 12 · L-9099 Ettelbruck", 7),
        (40, 118, "Keller Asset Services S.A.", 10),
        (381, 118, "Rechnungsnr.", 9),
        (505, 118, "2025-0214", 9),
        (41, 132, "Frau Martina Roth – Human Resources", 10),
        (381, 132, "Rechnungsdatum", 9),
        (505, 132, "21.03.2025", 9),
        (41, 145, "14, avenue de la Gare", 10),
        (41, 158, "L-1611 Luxembourg", 10),
        (41, 176, "USt-IdNr.: LU20451784", 9),
        (41, 215, "Rechnung", 14),
        (41, 270, "Pos.", 9),
        (71, 270, "Bezeichnung", 9),
        (331, 270, "Menge", 9),
        (510, 270, "Gesamt", 9),
        (41, 289, "1", 9),
        (71, 289, "Buffet, pro Person", 9),
        (350, 289, "50", 9),
        (500, 289, "1.000,00 €", 9),
        (414, 330, "Summe netto", 9),
        (500, 330, "1.000,00 €", 9),
        (414, 344, "zzgl. 17 % MwSt.", 9),
        (500, 344, "170,00 €", 9),
        (414, 358, "Rechnungsbetrag", 9),
        (500, 358, "1.170,00 €", 9),
        (40, 787, "Saveurs du Nord S.à r.l.", 7),
        (401, 787, "MwSt.-Nr. LU18423303", 7),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Keller Asset Services S.A."
    assert fields["buyer_address"] == "14, avenue de la Gare, L-1611 Luxembourg"
    assert fields["buyer_vat_id"] == "LU20451784"
    assert fields["seller_vat_id"] == "LU18423303"


def test_role_line_over_the_organisation_under_bill_to() -> None:
    texts: list[SizedText] = [
        (50, 40, "Avon", 16),
        (300, 40, "Avon Window Services Ltd", 10),
        (300, 54, "4 Mill Lane", 9),
        (300, 66, "Bath BA1 2AB", 9),
        (300, 78, "VAT No GB123456782", 9),
        (50, 110, "Tax Invoice", 16),
        (50, 150, "Bill to", 9),
        (320, 150, "Invoice number", 9),
        (470, 150, "INV-2207", 9),
        (50, 163, "The Practice Manager", 10),
        (320, 163, "Invoice date", 9),
        (470, 163, "31 March 2025", 9),
        (50, 177, "Riverside Veterinary Surgery", 10),
        (320, 177, "Due date", 9),
        (470, 177, "14 April 2025", 9),
        (50, 191, "22 Quay Street", 10),
        (50, 204, "Bath BA2 3CD", 10),
        (50, 250, "Description", 9),
        (380, 250, "Qty", 9),
        (500, 250, "Amount", 9),
        (50, 268, "Window cleaning, March", 9),
        (380, 268, "1", 9),
        (500, 268, "100.00", 9),
        (400, 300, "Subtotal", 9),
        (500, 300, "100.00", 9),
        (400, 314, "VAT 20%", 9),
        (500, 314, "20.00", 9),
        (400, 328, "Total GBP", 9),
        (500, 328, "120.00", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Riverside Veterinary Surgery"
    assert fields["buyer_address"] == "22 Quay Street, Bath BA2 3CD"
    assert fields["seller_name"] == "Avon Window Services Ltd"
