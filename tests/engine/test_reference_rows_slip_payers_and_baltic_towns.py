"""Nordic and Baltic layouts around the parties and the item table.

A left-hand "Er referens | <person>" row beside the buyer's block names a contact, never the
buyer; a logo printing the seller's name without its legal form ("SAVON PELTI") while the
footer prints it whole, over a Finnish bank-transfer slip whose captions ("Viitenumero /
Ref.nr") name no one; Latvian town lines with the postcode after the town ("Rīga, LV-1050");
an English table whose figure captions carry the currency after a comma ("Price, EUR").
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine import extract_canonical
from facturist.engine.column_captions import classify_text

from .conftest import make_sized_pages

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# (x, y from the top, text[, font size])
Row = tuple[float, float, str] | tuple[float, float, str, float]


def _extract(rows: list[Row]) -> dict[str, Any]:
    pdf = make_sized_pages(rows, size=8, font=_FONT)
    result: dict[str, Any] = extract_canonical(pdf, use_einvoice=False)
    return result


def test_reference_person_beside_the_buyers_block_is_no_buyer() -> None:
    rows: list[Row] = [
        (330, 40, "Faktura", 16),
        (40, 48, "Norrbottens", 18),
        (40, 64, "MÅLERI", 10),
        (334, 64, "Fakturadatum"),
        (446, 64, "Fakturanr"),
        (334, 74, "2025-05-12"),
        (446, 74, "5521"),
        (334, 86, "Kundnr"),
        (446, 86, "774"),
        (334, 96, "2210"),
        (446, 96, "20255521"),
        (40, 103, "Er referens"),
        (136, 103, "Karin Ek"),
        (40, 114, "Vår referens"),
        (136, 114, "Olle Berg"),
        (330, 117, "Kiruna Frakt AB"),
        (40, 127, "Betalningsvillkor"),
        (136, 127, "30 dagar netto"),
        (330, 127, "Ekonomiavdelningen"),
        (40, 139, "Förfallodatum"),
        (136, 139, "2025-06-11"),
        (330, 139, "Industrigatan 4"),
        (40, 150, "Dröjsmålsränta"),
        (136, 150, "8 %"),
        (330, 150, "981 38 Kiruna"),
        (43, 214, "Art.nr"),
        (105, 214, "Benämning"),
        (346, 214, "Antal"),
        (452, 214, "À-pris"),
        (517, 214, "Summa"),
        (44, 230, "70-110"),
        (105, 230, "Fasadfärg vit 10 l"),
        (376, 230, "4"),
        (451, 230, "950,00"),
        (515, 230, "3 800,00"),
        (360, 260, "Exkl. moms"),
        (500, 260, "3 800,00"),
        (360, 272, "Moms 25 %"),
        (500, 272, "950,00"),
        (360, 284, "Att betala SEK"),
        (500, 284, "4 750,00"),
        (40, 782, "Norrbottens Måleri AB", 7),
        (212, 782, "Telefon 0920-22 14 00", 7),
        (384, 782, "Org.nr 556612-3344", 7),
        (40, 791, "Storgatan 3", 7),
        (212, 791, "Bankgiro 5050-1122", 7),
        (384, 791, "Momsreg.nr SE556612334401", 7),
        (40, 800, "972 31 Luleå", 7),
    ]
    fields = _extract(rows)["fields"]
    assert fields["buyer_name"] == "Kiruna Frakt AB"
    assert "Industrigatan 4, 981 38 Kiruna" in fields["buyer_address"]
    assert fields["seller_name"] == "Norrbottens Måleri AB"


def test_logo_without_legal_form_and_a_transfer_slip_name_the_seller() -> None:
    rows: list[Row] = [
        (40, 40, "SAVON PELTI", 16),
        (330, 40, "LASKU", 16),
        (40, 58, "Ohutlevytyöt ja asennus"),
        (330, 58, "Laskun numero"),
        (425, 58, "918"),
        (330, 70, "Laskun päivämäärä"),
        (425, 70, "03.06.2025"),
        (330, 82, "Asiakasnumero"),
        (425, 82, "3301"),
        (40, 102, "Järvi Kuljetus Oy", 9),
        (330, 102, "Eräpäivä"),
        (425, 102, "17.06.2025"),
        (40, 114, "Ostolaskut"),
        (330, 114, "Viitenumero"),
        (425, 114, "91803"),
        (40, 126, "Satamatie 12"),
        (330, 126, "Viivästyskorko"),
        (425, 126, "8 %"),
        (40, 138, "40100 Jyväskylä"),
        (44, 204, "Nimike"),
        (300, 204, "Määrä"),
        (380, 204, "À-hinta"),
        (500, 204, "Yhteensä"),
        (44, 220, "Peltikatteen korjaus"),
        (300, 220, "1"),
        (380, 220, "800,00"),
        (500, 220, "800,00"),
        (360, 250, "Veroton yhteensä"),
        (500, 250, "800,00"),
        (360, 262, "ALV 25,5 %"),
        (500, 262, "204,00"),
        (360, 274, "Yhteensä EUR"),
        (500, 274, "1 004,00"),
        (44, 656, "Saajan tilinumero / Mottagarens kontonummer IBAN FI21 1234 5600 0007 85"),
        (44, 676, "Saaja / Mottagare"),
        (201, 676, "Savon Pelti Oy"),
        (44, 696, "Maksaja / Betalare"),
        (201, 696, "Järvi Kuljetus Oy, Satamatie 12, 40100 Jyväskylä"),
        (44, 716, "Viitenumero / Ref.nr"),
        (201, 716, "91803"),
        (44, 736, "Eräpäivä / Förfallodag"),
        (201, 736, "17.06.2025"),
        (44, 756, "Euro"),
        (201, 756, "1 004,00"),
        (40, 788, "Savon Pelti Oy", 7),
        (212, 788, "Y-tunnus 2233445-1", 7),
        (40, 797, "Puijonkatu 5", 7),
        (40, 806, "70100 Kuopio", 7),
    ]
    fields = _extract(rows)["fields"]
    assert fields["seller_name"] == "Savon Pelti Oy"
    assert fields["buyer_name"] == "Järvi Kuljetus Oy"
    assert "Satamatie 12, 40100 Jyväskylä" in fields["buyer_address"]


def test_latvian_town_lines_with_the_postcode_after_the_town() -> None:
    rows: list[Row] = [
        (41, 40, "RĒĶINS / INVOICE", 14),
        (41, 62, "Nr. AB-25/114"),
        (41, 80, "Datums / Date:"),
        (191, 80, "12.05.2025"),
        (41, 146, "Piegādātājs / Supplier"),
        (310, 146, "Saņēmējs / Customer"),
        (41, 157, "SIA Gaujas Serviss"),
        (311, 157, "SIA Lielupe Trans"),
        (41, 168, "Brīvības iela 77"),
        (311, 168, "Rūpniecības iela 5"),
        (41, 180, "Rīga, LV-1050"),
        (311, 180, "Rīga, LV-1010"),
        (41, 190, "Latvia"),
        (311, 190, "Latvia"),
        (44, 268, "Description"),
        (300, 268, "Qty"),
        (380, 268, "Price"),
        (500, 268, "Amount"),
        (44, 284, "Service visit"),
        (300, 284, "1"),
        (380, 284, "100.00"),
        (500, 284, "100.00"),
        (360, 310, "Total without VAT"),
        (500, 310, "100.00"),
        (360, 322, "VAT 21%"),
        (500, 322, "21.00"),
        (360, 334, "Total EUR"),
        (500, 334, "121.00"),
    ]
    fields = _extract(rows)["fields"]
    assert fields["seller_address"].startswith("Brīvības iela 77, Rīga, LV-1050")
    assert fields["buyer_address"].startswith("Rūpniecības iela 5, Rīga, LV-1010")


def test_figure_captions_with_the_currency_after_a_comma() -> None:
    assert classify_text("Price, EUR") == "unit_price"
    assert classify_text("Amount, EUR") == "amount"
    rows: list[Row] = [
        (41, 40, "VAT INVOICE", 14),
        (41, 62, "Series AB No. 0091"),
        (41, 74, "2025-05-12"),
        (41, 100, "Seller"),
        (300, 100, "Buyer"),
        (41, 112, "UAB Jūros Servisas"),
        (300, 112, "UAB Nemuno Prekyba"),
        (44, 228, "No."),
        (70, 228, "Service"),
        (330, 228, "Qty"),
        (390, 228, "Price, EUR"),
        (480, 228, "Amount, EUR"),
        (44, 244, "1"),
        (70, 244, "Container handling, 40 ft"),
        (335, 244, "2"),
        (395, 244, "150.00"),
        (490, 244, "300.00"),
        (44, 259, "2"),
        (70, 259, "Storage, per day"),
        (335, 259, "4"),
        (395, 259, "12.50"),
        (495, 259, "50.00"),
        (360, 280, "Total without VAT"),
        (490, 280, "350.00"),
        (360, 294, "VAT 21%"),
        (495, 294, "73.50"),
        (360, 308, "Total with VAT"),
        (490, 308, "423.50"),
    ]
    items = _extract(rows)["line_items"]
    assert [(i["description"], i["quantity"], i["unit_price"], i["amount"]) for i in items] == [
        ("Container handling, 40 ft", 2.0, 150.0, 300.0),
        ("Storage, per day", 4.0, 12.5, 50.0),
    ]
