"""A Courier letterhead whose legal form stands in a cell of its own (spacedform.py), a
customer caption holding a code and a contract reference, no name (clientreference.py), the
Italian "TIPO DOCUMENTO | NUMERO" grid (labels.py), a totals box of small captions over tall
figures at its foot, and a VAT recap with the amount to pay in a box beside its rows
(totalgrid.py, figureaside.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import Drawn, SizedText, make_aligned_pdf, make_pdf, marked


def _fields(texts: list[SizedText]) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    fields: dict[str, Any] = result["fields"]
    return fields


def _courier_pdf(heading: str, texts: list[SizedText]) -> bytes:
    """Courier texts under a heading set large in Courier-Bold, as an ERP prints them."""
    courier = [marked(x, y, text, "Courier", size) for x, y, text, size in texts]
    return make_pdf([Drawn(40, 40, heading, "Courier-Bold", 14), *courier])


def test_courier_letterhead_keeps_its_legal_form_cell() -> None:
    pdf = _courier_pdf(
        "HARTWELL DYESTUFFS LTD",
        [
            (555, 40, ">SALES INVOICE", 13),
            (40, 56, "9 Canal Street", 8.5),
            (40, 67, "Bolton BL1 4QP", 8.5),
            (40, 110, "INVOICE TO:", 8.5),
            (40, 122, "Ormsby Plastics Ltd", 9),
            (40, 133, "4 Mill Lane", 9),
            (40, 144, "Leigh WN7 2AB", 9),
            (336, 115, "Invoice No", 8.5),
            (420, 115, ": 0075521", 8.5),
            (336, 127, "Tax Point", 8.5),
            (420, 127, ": 11/04/2025", 8.5),
            (40, 200, "DESCRIPTION", 8.5),
            (330, 200, "QTY", 8.5),
            (480, 200, "NET AMOUNT", 8.5),
            (40, 215, "Reactive dye blue 20kg", 8.5),
            (330, 215, "2", 8.5),
            (480, 215, "300.00", 8.5),
            (330, 250, "GOODS TOTAL", 8.5),
            (480, 250, "300.00", 8.5),
            (330, 262, "VAT TOTAL", 8.5),
            (480, 262, "60.00", 8.5),
            (330, 274, "INVOICE TOTAL", 8.5),
            (480, 274, "360.00", 8.5),
        ],
    )
    fields = extract_canonical(pdf, use_einvoice=False)["fields"]
    assert fields["seller_name"] == "HARTWELL DYESTUFFS LTD"


def test_client_code_and_contract_reference_names_no_buyer() -> None:
    fields = _fields(
        [
            (40, 40, "Jardins Lavandière", 16),
            (40, 62, "12, avenue Foch", 9),
            (40, 73, "38000 Grenoble", 9),
            (330, 140, "Jardins Lavandière · 12, avenue Foch · 38000 Grenoble", 7),
            (330, 155, "ORSALIS INDUSTRIE SAS", 10),
            (330, 168, "Service achats", 10),
            (330, 181, "14, rue des Forges", 10),
            (330, 194, "38400 Saint-Martin-d'Hères", 10),
            (40, 240, "FACTURE N° JL-2025-044", 12),
            (40, 258, "Date : 14/05/2025", 9),
            (40, 272, "Client : ORS-112 – Contrat d'entretien n° EV-2024-031", 9),
            (46, 300, "Désignation", 9),
            (330, 300, "Qté", 9),
            (480, 300, "Montant HT", 9),
            (46, 318, "Entretien des espaces verts – mai 2025", 9),
            (330, 318, "1", 9),
            (480, 318, "900,00 €", 9),
            (400, 350, "Total HT", 9),
            (480, 350, "900,00 €", 9),
            (400, 364, "TVA 20 %", 9),
            (480, 364, "180,00 €", 9),
            (400, 378, "Total TTC", 9),
            (480, 378, "1 080,00 €", 9),
        ]
    )
    assert fields["buyer_name"] == "ORSALIS INDUSTRIE SAS"
    assert fields["seller_name"] == "Jardins Lavandière"


def test_document_type_grid_number_and_tall_totals_box() -> None:
    fields = _fields(
        [
            (40, 40, "VERNICI BRENTA S.r.l.", 14),
            (40, 58, "Via Roma 8 - 35010 Vigonza (PD)", 7.5),
            (46, 100, "TIPO DOCUMENTO", 6),
            (176, 100, "NUMERO", 6),
            (46, 112, "FATTURA ACCOMPAGNATORIA", 10),
            (176, 112, "FA/2025/000118", 10),
            (46, 127, "DATA", 6),
            (46, 133, "22/04/2025", 8),
            (42, 200, "DESCRIZIONE", 6.5),
            (300, 200, "QUANTITÀ", 6.5),
            (470, 200, "IMPORTO", 6.5),
            (42, 218, "Smalto poliuretanico bianco", 7.5),
            (300, 218, "10", 7.5),
            (470, 218, "1.200,00", 7.5),
            (44, 560, "IMPONIBILE", 6.5),
            (154, 560, "ALIQ. IVA", 6.5),
            (234, 560, "IMPOSTA", 6.5),
            (434, 560, "TOTALE FATTURA EUR", 6.5),
            (146, 590, ">1.200,00", 9),
            (226, 590, ">22%", 9),
            (326, 590, ">264,00", 9),
            (551, 590, ">1.464,00", 10),
        ]
    )
    assert fields["invoice_number"] == "FA/2025/000118"
    assert fields["net_amount"] == 1200.0
    assert fields["tax_amount"] == 264.0
    assert fields["total_amount"] == 1464.0


def test_recap_rows_read_past_the_amount_to_pay_beside_them() -> None:
    fields = _fields(
        [
            (48, 40, "FAKTURA – DAŇOVÝ DOKLAD č. 2025-0412", 13),
            (48, 70, "DODAVATEL", 8),
            (300, 70, "ODBĚRATEL", 8),
            (48, 84, "Ostravit Barvy s.r.o.", 9),
            (300, 84, "Lakovna Hranice s.r.o.", 9),
            (48, 96, "Nádražní 12", 9),
            (300, 96, "Tovární 5", 9),
            (48, 108, "702 00 Ostrava", 9),
            (300, 108, "753 01 Hranice", 9),
            (44, 280, "Označení dodávky", 8),
            (300, 280, "DPH", 8),
            (380, 280, "Bez DPH", 8),
            (470, 280, "Celkem", 8),
            (44, 298, "Barva syntetická", 8),
            (300, 298, "21 %", 8),
            (380, 298, "10 000,00", 8),
            (470, 298, "12 100,00", 8),
            (44, 314, "Příručka natěrače", 8),
            (300, 314, "12 %", 8),
            (380, 314, "1 000,00", 8),
            (470, 314, "1 120,00", 8),
            (40, 400, "Rekapitulace DPH v Kč:", 8),
            (450, 410, "Celkem k úhradě:", 9),
            (40, 414, "Sazba", 8),
            (100, 414, "Základ", 8),
            (180, 414, "DPH", 8),
            (250, 414, "Celkem", 8),
            (40, 428, "21 %", 8),
            (100, 428, "10 000,00", 8),
            (180, 428, "2 100,00", 8),
            (250, 428, "12 100,00", 8),
            (455, 434, "13 220,00 Kč", 12),
            (40, 442, "12 %", 8),
            (100, 442, "1 000,00", 8),
            (180, 442, "120,00", 8),
            (250, 442, "1 120,00", 8),
        ]
    )
    assert fields["net_amount"] == 11000.0
    assert fields["tax_amount"] == 2220.0
    assert fields["total_amount"] == 13220.0
