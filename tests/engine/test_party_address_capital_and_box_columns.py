"""Party addresses: the legal lines and neighbouring boxes that are no part of them.

Conventions:
- A French, Italian, German or British company prints its legal form with its share capital
  under the name ("SAS au capital de 50 000 €", "Stammkapital 25.000 €", "Share capital
  £1,000"): a legal mention the law asks for, no line of the postal address.
- Seller and buyer boxes printed side by side, their addresses split over captioned rows
  ("Comune: Bologna (BO)  Cap: 40133"): each box's address is read in its own column.
- A Malaysian address ends with postcode and town, then the state and the country on one line
  ("11100 BATU FERRINGHI," / "PULAU PINANG, MALAYSIA."): that last line is the address's too.
"""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf
from .receipts.test_receipt_seller_blocks_and_nett import invoice_of, rows, values

Page = list[tuple[float, float, str]]


def _fields(page: Page) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page]), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


_INVOICE: Page = [
    (350, 90, "N° de facture"),
    (450, 90, "FA-24-017"),
    (350, 104, "Date de facture"),
    (450, 104, "12/04/2024"),
    (50, 300, "Total TTC : 1 200,00 €"),
]


def test_a_share_capital_line_under_the_name_is_no_part_of_the_address() -> None:
    fields = _fields(
        [
            (50, 78, "Bureautique Services Rhône"),
            (50, 92, "SAS au capital de 50 000 €"),
            (50, 106, "42, avenue Jean Jaurès"),
            (50, 120, "69007 Lyon"),
            (50, 134, "France"),
            (50, 148, "N° TVA : FR02812340594"),
            (330, 160, "Adresse de facturation"),
            (338, 174, "Cabinet Mercier Avocats"),
            (338, 188, "5, quai Saint-Antoine"),
            (338, 202, "69002 Lyon"),
            *_INVOICE,
        ]
    )
    assert fields["seller_address"] == "42, avenue Jean Jaurès, 69007 Lyon, France"


def test_side_by_side_boxes_read_the_wrapped_postcode_from_their_own_column() -> None:
    fields = _fields(
        [
            (60, 54, "Cedente/prestatore (fornitore)"),
            (312, 54, "Cessionario/committente (cliente)"),
            (60, 70, "Identificativo fiscale ai fini IVA: IT02917341204"),
            (312, 70, "Identificativo fiscale ai fini IVA: IT01774520371"),
            (60, 91, "Denominazione: Laboratorio Analisi Emilia S.r.l."),
            (312, 91, "Denominazione: Ceramiche Valsecchia S.p.A."),
            (60, 102, "Regime fiscale: RF01 (ordinario)"),
            (312, 102, "Indirizzo: Via Radici in Monte 71"),
            (60, 112, "Indirizzo: Via Emilia Ponente 211"),
            (312, 112, "Comune: Sassuolo"),
            (400, 112, "Provincia: MO"),
            (60, 123, "Comune: Bologna Provincia: BO"),
            (312, 123, "Cap: 41049"),
            (374, 123, "Nazione: IT"),
            (60, 133, "Cap: 40133"),
            (122, 133, "Nazione: IT"),
            (60, 144, "Telefono: 051 6418820"),
            (60, 192, "Tipologia documento"),
            (160, 192, "Numero documento"),
            (260, 192, "Data documento"),
            (60, 206, "TD01 fattura"),
            (160, 206, "118/FE"),
            (260, 206, "15-03-2024"),
            (60, 300, "Totale documento: 3.392,50"),
        ]
    )
    assert fields["seller_address"] == "Via Emilia Ponente 211, 40133 Bologna (BO), IT"
    assert fields["buyer_address"] == "Via Radici in Monte 71, 41049 Sassuolo (MO), IT"


def test_a_receipts_state_and_country_line_after_the_postcode_town_ends_its_address() -> None:
    found = values(
        invoice_of(
            rows(
                [
                    "HOTEL SERI PELANGI SDN BHD",
                    "(312456-M)",
                    "1, JALAN PANTAI BARU,",
                    "11100 BATU FERRINGHI,",
                    "PULAU PINANG, MALAYSIA.",
                    "Tel: 04-881 2000",
                    "TAX INVOICE",
                    "Date: 11/09/2017 20:31",
                    "NASI LEMAK ROYALE || 32.00",
                    "TOTAL || 32.00",
                ]
            )
        )
    )
    assert found["seller_address"] == (
        "1, JALAN PANTAI BARU, 11100 BATU FERRINGHI, PULAU PINANG, MALAYSIA."
    )


def test_a_state_and_country_line_read_with_the_countrys_l_as_an_i_ends_the_address() -> None:
    found = values(
        invoice_of(
            rows(
                [
                    "Aneka Intertrade Marketing Sdn Bhd (524463-X)",
                    "GST Reg No 001532760064",
                    "Lot 2, Jalan Utarid U5/13,",
                    "Seksyen U5, 40150 Shah Alam,",
                    "Selangor Darul Ehsan, Maiaysia",
                    "Tel: (+603) 7831 0109",
                    "19/05/16 12:01:43 pm",
                    "Samudra Bun 180g || 3.05",
                    "TOTAL || 3.05",
                ]
            )
        )
    )
    assert str(found["seller_address"]).endswith("40150 Shah Alam, Selangor Darul Ehsan, Malaysia")
