"""Credit notes and corrective documents: the corrected document's number quoted under a
Czech "Opravovaný doklad č." caption or an Italian "Storno parziale fattura n.", an original
invoice's date a letterhead line apart from its caption, a US street ending in a lettered
suite, a Portuguese salesperson's "Vendedor:" row, a short certified series number under the
title, and a self-billed statement's "Leistender" / "Leistungsempfänger" boxes."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

_FONT = "DejaVuSans"
pdfmetrics.registerFont(TTFont(_FONT, "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text], sizes: dict[int, float] | None = None) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 8, font=_FONT, sizes=sizes))


def _value(invoice: CanonicalInvoice, key: str) -> object:
    return invoice.fields[key].value if key in invoice.fields else None


_TOTALS: list[Text] = [
    (330, 420, "Základ daně", False),
    (540, 420, "-1 000,00", True),
    (330, 434, "DPH 21 %", False),
    (540, 434, "-210,00", True),
    (330, 448, "Celkem k vrácení", False),
    (540, 448, "-1 210,00 Kč", True),
]


def test_a_czech_corrected_documents_number_is_not_the_corrective_ones() -> None:
    texts: list[Text] = [
        (40, 40, "Elektro Hrubý s.r.o.", False),
        (380, 40, "OPRAVNÝ DAŇOVÝ DOKLAD", False),
        (380, 56, "č. 2506100088", False),
        (40, 90, "Dodavatel:", False),
        (300, 90, "Odběratel:", False),
        (40, 102, "Elektro Hrubý s.r.o.", False),
        (300, 102, "Montáže Kos s.r.o.", False),
        (40, 114, "Palackého 12", False),
        (300, 114, "Nádražní 5", False),
        (40, 126, "602 00 Brno", False),
        (300, 126, "370 01 České Budějovice", False),
        (40, 160, "Datum vystavení:", False),
        (140, 160, "10.06.2025", False),
        (40, 174, "Opravovaný doklad č.:", False),
        (140, 174, "2505100377", False),
        (220, 174, "ze dne:", False),
        (270, 174, "20.05.2025", False),
        (40, 220, "Označení dodávky", False),
        (540, 220, "Rozdíl základu", True),
        (40, 234, "Vrácení zboží", False),
        (540, 234, "-1 000,00", True),
        *_TOTALS,
    ]
    invoice = _invoice(texts, {1: 12})
    assert _value(invoice, "invoice_number") == "2506100088"


def test_an_italian_partial_reversal_names_the_reversed_invoice() -> None:
    texts: list[Text] = [
        (40, 40, "Cedente/prestatore (fornitore)", False),
        (300, 40, "Cessionario/committente (cliente)", False),
        (40, 54, "Denominazione: Utensileria Ferri S.r.l.", False),
        (300, 54, "Denominazione: Costruzioni Gatti S.r.l.", False),
        (40, 68, "Indirizzo: Via Milano 4, 20121 Milano", False),
        (300, 68, "Indirizzo: Via Po 8, 10123 Torino", False),
        (40, 110, "Tipologia documento", False),
        (160, 110, "Numero documento", False),
        (260, 110, "Data documento", False),
        (40, 124, "TD04 nota di credito", False),
        (160, 124, "NC/2025/31", False),
        (260, 124, "12-06-2025", False),
        (40, 150, "Causale", False),
        (40, 164, "STORNO PARZIALE FATTURA N. FT/2025/410 DEL 30-05-2025 PER RESO MERCE", False),
        (40, 200, "Descrizione", False),
        (540, 200, "Prezzo totale", True),
        (40, 214, "Avvitatore a batteria", False),
        (540, 214, "300,00", True),
        (330, 260, "Totale imponibile", False),
        (540, 260, "300,00", True),
        (330, 274, "Totale imposta", False),
        (540, 274, "66,00", True),
        (330, 288, "Totale documento", False),
        (540, 288, "366,00", True),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "invoice_number") == "NC/2025/31"


def test_an_original_invoices_date_a_letterhead_line_below_its_caption() -> None:
    texts: list[Text] = [
        (40, 45, "Pennine Catering Ltd", False),
        (400, 45, "CREDIT NOTE", False),
        (400, 70, "Credit Note No.", False),
        (550, 70, "CN-0718", True),
        (40, 84, "Unit 3, Dale Road", False),
        (400, 84, "Date / Tax point", False),
        (550, 84, "12/08/2025", True),
        (40, 96, "Skipton BD23 2AB", False),
        (400, 106, "Original invoice", False),
        (550, 106, "INV-2291", True),
        (40, 112, "Tel 01756 700 100 · accounts@pennine.example", False),
        (400, 118, "Invoice date", False),
        (550, 118, "21/07/2025", True),
        (40, 160, "CREDIT TO", False),
        (40, 172, "The Dale Inn Ltd", False),
        (40, 184, "2 Market Place", False),
        (40, 196, "Settle BD24 9ED", False),
        (40, 240, "Description", False),
        (550, 240, "Net £", True),
        (40, 254, "Blender returned faulty", False),
        (550, 254, "(100.00)", True),
        (380, 290, "Net total", False),
        (550, 290, "(100.00)", True),
        (380, 304, "VAT @ 20%", False),
        (550, 304, "(20.00)", True),
        (380, 318, "Total credit", False),
        (550, 318, "£(120.00)", True),
    ]
    invoice = _invoice(texts, {1: 14})
    assert str(_value(invoice, "invoice_date")) == "2025-08-12"


def test_a_street_ending_in_a_lettered_suite_goes_on_to_its_town() -> None:
    texts: list[Text] = [
        (100, 45, "SUMMIT TRAIL", False),
        (430, 45, "CREDIT MEMO", False),
        (100, 62, "OUTFITTERS, INC.", False),
        (406, 70, "Credit Memo #", False),
        (550, 70, "CM-2201", True),
        (100, 80, "1850 Port of Everett Rd, Suite C", False),
        (406, 82, "Date", False),
        (550, 82, "09/12/2025", True),
        (100, 91, "Everett, WA 98201", False),
        (50, 140, "BILL TO", False),
        (50, 154, "Pinewood Camps Association", False),
        (50, 166, "1180 Chumstick Hwy", False),
        (50, 178, "Leavenworth, WA 98826", False),
        (44, 230, "Description", False),
        (550, 230, "Amount", True),
        (44, 244, "Tent returned unused", False),
        (550, 244, "-219.00", True),
        (363, 280, "Subtotal", False),
        (550, 280, "-219.00", True),
        (363, 294, "Sales Tax 8.4%", False),
        (550, 294, "-18.40", True),
        (363, 308, "Total Credit", False),
        (550, 308, "-$237.40", True),
    ]
    invoice = _invoice(texts, {0: 14, 1: 14})
    assert (
        _value(invoice, "seller_address") == "1850 Port of Everett Rd, Suite C, Everett, WA 98201"
    )


def _portuguese_credit_note() -> CanonicalInvoice:
    texts: list[Text] = [
        (408, 32, "NOTA DE CRÉDITO", False),
        (97, 45, "Mármores do Lis, Lda.", False),
        (550, 55, "NC B/12", True),
        (97, 64, "Rua da Fonte, 14", False),
        (97, 73, "2400-118 Leiria", False),
        (473, 84, "ATCUD: KK72PQ1Z-12", False),
        (97, 94, "NIF: PT 507000123", False),
        (40, 128, "Cliente n.º: 3310", False),
        (321, 128, "Exmo.(s) Sr.(s)", False),
        (40, 140, "V/ Ref.ª: OBRA 12/25", False),
        (321, 140, "Construções Lima & Filhos, S.A.", False),
        (40, 152, "Condições: devolução", False),
        (321, 152, "Rua Direita, 9", False),
        (40, 164, "Vendedor: Nuno Pires", False),
        (321, 166, "3800-150 Aveiro", False),
        (43, 282, "Descrição", False),
        (550, 282, "Total Líquido", True),
        (43, 298, "Mosaico porcelânico 60x60", False),
        (550, 298, "500,00", True),
        (369, 362, "Total Ilíquido", False),
        (550, 362, "500,00 €", True),
        (369, 376, "Total IVA", False),
        (550, 376, "115,00 €", True),
        (369, 390, "Total a Creditar", False),
        (550, 390, "615,00 €", True),
    ]
    return _invoice(texts, {0: 13, 2: 10})


def test_a_salespersons_vendedor_row_is_not_the_seller() -> None:
    invoice = _portuguese_credit_note()
    assert _value(invoice, "seller_name") == "Mármores do Lis, Lda."


def test_a_short_certified_series_number_under_the_title() -> None:
    invoice = _portuguese_credit_note()
    assert _value(invoice, "invoice_number") == "NC B/12"


def test_a_self_billed_statements_supplier_and_customer_boxes() -> None:
    texts: list[Text] = [
        (46, 120, "Holmgaard Polstermöbel GmbH · Werkstraße 2 · 33602 Bielefeld", False),
        (46, 135, "Herrn", False),
        (349, 135, "Gutschrift-Nr.", False),
        (470, 135, "PG-2025-07", False),
        (46, 147, "Uwe Kessler", False),
        (349, 147, "Datum", False),
        (470, 147, "15.07.2025", False),
        (46, 159, "Handelsvertretung für Polstermöbel", False),
        (46, 171, "Ringstraße 8", False),
        (349, 171, "Ihre USt-IdNr.", False),
        (470, 171, "DE136695976", False),
        (46, 183, "44135 Dortmund", False),
        (349, 183, "Unsere USt-IdNr.", False),
        (470, 183, "DE129273398", False),
        (46, 230, "GUTSCHRIFT – Provisionsabrechnung", False),
        (46, 246, "Abrechnung im Gutschriftsverfahren gemäß § 14 Abs. 2 Satz 2 UStG.", False),
        (52, 290, "Leistender / Gutschriftsempfänger:", False),
        (313, 290, "Leistungsempfänger / Aussteller:", False),
        (52, 302, "Uwe Kessler Handelsvertretung", False),
        (313, 302, "Holmgaard Polstermöbel GmbH", False),
        (52, 314, "Ringstraße 8, 44135 Dortmund", False),
        (313, 314, "Werkstraße 2, 33602 Bielefeld", False),
        (52, 326, "USt-IdNr.: DE136695976", False),
        (313, 326, "USt-IdNr.: DE129273398", False),
        (52, 370, "Kunde / Beleg", False),
        (540, 370, "Provision €", True),
        (52, 384, "Möbel Kerner KG, Rechnung 25-1 vom 08.04.2025", False),
        (540, 384, "1.000,00", True),
        (341, 420, "Provision netto", False),
        (540, 420, "1.000,00 €", True),
        (341, 434, "zzgl. 19 % Umsatzsteuer", False),
        (540, 434, "190,00 €", True),
        (341, 448, "Gutschriftsbetrag brutto", False),
        (540, 448, "1.190,00 €", True),
    ]
    invoice = _invoice(texts)
    assert _value(invoice, "seller_name") == "Uwe Kessler Handelsvertretung"
    assert _value(invoice, "buyer_name") == "Holmgaard Polstermöbel GmbH"
    assert _value(invoice, "seller_vat_id") == "DE136695976"
    assert _value(invoice, "buyer_vat_id") == "DE129273398"
