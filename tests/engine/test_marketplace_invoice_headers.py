"""Marketplace sellers' invoices (a shop's own layout, an order block beside the invoice's):

- "Data della fattura" over "Numero della fattura" in the right-hand header: the captions of
  the document's own date and number, no reference to another invoice; the order's number
  lower down ("Numero dell'ordine") never beats the invoice's.
- "FATTURA N. | 2025/0412" over "del | 14/05/2025": the date word under the caption, the
  date under the number, dates the number; an order strip's "Data ordine" below does not.
- A "SHIP TO" block beside the invoice's caption rows ("Invoice date", "Order date", each a
  line of its own) stays the customer's further down than four lines: its county line ("Co.
  Kerry ...") reads like a company's legal form but names no seller.
- Two-line column captions ("Prezzo unitario" over "(IVA esclusa)") with "Descrizione | Qtà"
  centred beside them, right of the order block's column: the first caption row is the
  header's own, no sidebar's line, and each row keeps its count and price.
"""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _fields(texts: list[SizedText]) -> dict[str, object]:
    fields: dict[str, object] = extract_canonical(make_sized_pdf(texts), use_einvoice=False)[
        "fields"
    ]
    return fields


def test_invoice_number_caption_under_its_date_caption() -> None:
    fields = _fields(
        [
            (312, 39, "Data della fattura/Data di spedizione", 8),
            (495, 39, "9 aprile 2025", 8),
            (44, 40, "Saldato", 22),
            (312, 50, "Numero della fattura", 8),
            (468, 50, "DE7-QPRA-25-0004412", 8),
            (312, 68, "Totale da pagare", 8),
            (529, 68, "0,00 €", 8),
            (43, 119, "Venduto da", 8),
            (43, 134, "Orsolini Arredi S.r.l.", 8),
            (43, 144, "Viale Trento 12", 8),
            (43, 155, "37121 Verona VR", 8),
            (43, 226, "Informazioni sull'ordine", 9),
            (43, 242, "Data dell'ordine", 8),
            (107, 242, "7 aprile 2025", 8),
            (43, 252, "Numero dell'ordine 302-5519027-8830416", 8),
            (47, 300, "Descrizione", 8),
            (300, 300, "Qtà", 8),
            (480, 300, "Importo", 8),
            (47, 316, "Sgabello in rovere", 8),
            (300, 316, "1", 8),
            (480, 316, "61,00 €", 8),
            (400, 350, "Totale", 8),
            (480, 350, "61,00 €", 8),
        ]
    )
    assert fields["invoice_number"] == "DE7-QPRA-25-0004412"


def test_date_word_under_the_number_caption_dates_the_number() -> None:
    fields = _fields(
        [
            (100, 46, "CICLI BARALDI", 16),
            (100, 67, "Cicli Baraldi S.r.l. - Via Piave 8 - 44121 Ferrara (FE)", 7),
            (43, 105, "Spett.le", 9),
            (378, 105, "FATTURA N.", 10),
            (493, 105, "2025/0412", 10),
            (43, 121, "Sig.ra Elena Conti", 9),
            (377, 121, "del", 9),
            (494, 121, "14/05/2025", 9),
            (43, 132, "Via Garibaldi 51", 9),
            (43, 144, "48121 Ravenna (RA)", 9),
            (49, 216, "Rif. ordine", 7),
            (151, 216, "Data ordine", 7),
            (253, 216, "Pagamento", 7),
            (48, 229, "18-55012-33071", 8),
            (150, 229, "11/05/2025", 8),
            (253, 229, "Bonifico", 8),
            (47, 260, "Descrizione", 8),
            (358, 260, "Q.tà", 8),
            (400, 260, "Prezzo", 8),
            (519, 260, "Importo", 8),
            (47, 282, "Camera d'aria 28 pollici", 8),
            (368, 282, "2", 8),
            (414, 282, "7,50", 8),
            (528, 282, "15,00", 8),
            (397, 320, "Totale imponibile", 8),
            (522, 320, "15,00", 8),
            (397, 332, "Totale IVA", 8),
            (526, 332, "3,30", 8),
            (397, 344, "Totale documento", 8),
            (521, 344, "18,30", 8),
        ]
    )
    assert fields["invoice_date"] == "2025-05-14"


def test_ship_to_block_far_down_its_column_names_no_seller() -> None:
    fields = _fields(
        [
            (463, 48, "INVOICE", 16),
            (86, 55, "Fern & Flint", 18),
            (87, 83, "HANDMADE SOAPS", 8),
            (52, 147, "BILL TO", 8),
            (185, 147, "SHIP TO", 8),
            (341, 147, "Invoice no.", 8),
            (425, 147, "FF-2025-0107", 8),
            (51, 161, "Orla Byrne", 9),
            (184, 161, "Seán Byrne", 9),
            (341, 161, "Invoice date", 8),
            (425, 161, "6 May 2025", 8),
            (52, 172, "4 Castle Street", 9),
            (184, 172, "9 Strand Road", 9),
            (341, 172, "Shop order no.", 8),
            (425, 172, "4471098235", 8),
            (52, 183, "Ranelagh, Dublin 6", 9),
            (185, 183, "Cahersiveen", 9),
            (341, 188, "Order date", 8),
            (425, 188, "4 May 2025", 8),
            (52, 194, "D06 F2C9", 9),
            (185, 194, "Co. Kerry V23 X8K4", 9),
            (52, 205, "Ireland", 9),
            (57, 255, "Item", 8),
            (383, 255, "Qty", 8),
            (448, 255, "Price", 8),
            (518, 255, "Total", 8),
            (57, 280, "Oat milk soap bar", 9),
            (392, 280, "3", 9),
            (440, 280, "€6.00", 9),
            (511, 280, "€18.00", 9),
            (417, 320, "Order total", 9),
            (508, 320, "€18.00", 9),
            (388, 335, "Includes VAT @ 23%", 9),
            (513, 335, "€3.37", 9),
            (51, 780, "Fern & Flint Soapworks Limited · 12 Quay Lane, Dingle V92 D3F1", 7),
            (52, 789, "Registered in Ireland, CRO no. 701234 · VAT no. IE3668997OH", 7),
        ]
    )
    assert fields["seller_name"] == "Fern & Flint Soapworks Limited"


def test_two_line_captions_beside_a_centred_description_caption() -> None:
    texts: list[SizedText] = [
        (43, 40, "Fattura", 16),
        (312, 40, "Numero fattura", 8),
        (468, 40, "FT-2025-0088", 8),
        (312, 52, "Data fattura", 8),
        (468, 52, "3 aprile 2025", 8),
        (43, 119, "Venduto da", 8),
        (43, 134, "Bottega Lunare S.r.l.", 8),
        (43, 144, "Via Roma 3", 8),
        (43, 155, "00184 Roma RM", 8),
        (43, 226, "Informazioni sull'ordine", 9),
        (312, 226, "Dettagli di pagamento", 9),
        (43, 242, "Data dell'ordine 1 aprile 2025", 8),
        (312, 242, "Metodo: Mastercard ****8812", 8),
        (43, 252, "Numero dell'ordine 171-0099812-6627301", 8),
        (312, 252, "Pagato il: 1 aprile 2025", 8),
        (315, 280, "Prezzo unitario", 7),
        (387, 280, "Aliquota", 7),
        (429, 280, "Prezzo unitario", 7),
        (504, 280, "Prezzo totale", 7),
        (47, 284.4, "Descrizione", 7),
        (291, 284.4, "Qtà", 7),
        (322, 289.6, "(IVA esclusa)", 7),
        (405, 289.6, "IVA", 7),
        (437, 289.6, "(IVA inclusa)", 7),
        (505, 289.6, "(IVA inclusa)", 7),
        (47, 311, "Vaso in vetro soffiato", 8),
        (299, 311, "2", 8),
        (340, 311, "20,49 €", 8),
        (400, 311, "22%", 8),
        (454, 311, "25,00 €", 8),
        (522, 311, "50,00 €", 8),
        (47, 324, "Codice: VX-2291 | Colore: ambra", 7),
        (47, 348, "Portacandele in ottone", 8),
        (299, 348, "1", 8),
        (340, 348, "12,30 €", 8),
        (400, 348, "22%", 8),
        (454, 348, "15,00 €", 8),
        (522, 348, "15,00 €", 8),
        (457, 380, "Totale", 8),
        (519, 380, "65,00 €", 8),
    ]
    items = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["line_items"]
    assert [(i.get("quantity"), i.get("unit_price"), i.get("amount")) for i in items] == [
        (2.0, 25.0, 50.0),
        (1.0, 15.0, 15.0),
    ]
