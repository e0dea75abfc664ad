"""Which block is the buyer's when captions are missing or only half-helpful: a "To"/"From"
pair, a caption line over the block, an "Attention:" line under the addressee, the seller's
own letterhead block, a customer-code caption, a place-and-date line beside the window."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); a text starting with "=" is centred on x.
Text = tuple[float, float, str, float]


def _parties(texts: list[Text], font: str = "Helvetica") -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts, font)).texts[0])
    seller, buyer = party_names(lines)
    return tuple(None if v is None else str(v.value) for v in (seller, buyer))  # type: ignore[return-value]


_TABLE: list[Text] = [
    (54, 300, "Description", 9),
    (400, 300, "Qty", 9),
    (500, 300, "Amount", 9),
    (54, 318, "Consulting services", 9),
    (400, 318, "1", 9),
    (500, 318, "1,000.00", 9),
    (400, 360, "Total", 9),
    (500, 360, "1,230.00", 9),
]


def test_to_and_from_captions_without_colons_head_buyer_and_seller() -> None:
    texts: list[Text] = [
        (51, 50, "harbour metrics", 22),
        (436, 50, "Invoice no. HM-2025-036", 9),
        (438, 70, "Date: 28 February 2025", 9),
        (50, 124, "To", 7),
        (321, 124, "From", 7),
        (51, 140, "Ormond Wholesale Ltd", 10),
        (321, 140, "Harbour Metrics Ltd", 10),
        (51, 152, "Finance Department", 10),
        (321, 152, "Unit 4, The Digital Hub", 10),
        (51, 164, "Ballymount Industrial Estate", 10),
        (321, 164, "Thomas Street", 10),
        (51, 176, "Dublin 12, D12 X2F8", 10),
        (321, 176, "Dublin 8, D08 TCV4", 10),
        *_TABLE,
    ]
    assert _parties(texts) == ("Harbour Metrics Ltd", "Ormond Wholesale Ltd")


def test_a_caption_line_over_an_uncaptioned_block_is_no_part_of_the_name() -> None:
    texts: list[Text] = [
        (46, 43, "KONKAN CARRIERS PVT. LTD.", 14),
        (46, 62, "Plot 17, Sector 7, Bhosari, Pune, Maharashtra 411026", 8),
        (204, 109, "FREIGHT BILL / TAX INVOICE", 11),
        (35, 134, "Consignor / Billed to", 9),
        (341, 134, "Bill No.", 9),
        (431, 134, ": KC/2425/1142", 9),
        (36, 146, "M/s Narmada Polymers Ltd", 9),
        (341, 146, "Bill Date", 9),
        (431, 146, ": 05-Feb-2025", 9),
        (36, 157, "Plot 221, GIDC Estate, Vatva", 9),
        (36, 168, "Ahmedabad, Gujarat 382445", 9),
        *_TABLE,
    ]
    assert _parties(texts) == ("KONKAN CARRIERS PVT. LTD.", "Narmada Polymers Ltd")


def test_the_addressee_over_an_attention_line_is_never_the_seller() -> None:
    texts: list[Text] = [
        (298, 45, "=BRANDON ASHE", 22),
        (298, 69, "=L A W Y E R S", 8),
        (298, 92, "=Level 9, 60 Margaret Street, Sydney NSW 2000 · T 02 9555 0110", 8),
        (298, 104, "=ABN 51 824 753 556", 8),
        (298, 130, "=TAX INVOICE", 12),
        (60, 163, "Kestrel Holdings Pty Ltd", 10),
        (370, 163, "Invoice No:", 9),
        (440, 163, "24817", 9),
        (60, 176, "Attention: Ms Fiona Hale", 9),
        (370, 176, "Date:", 9),
        (440, 176, "05/03/2025", 9),
        (60, 189, "PO Box 212", 9),
        (60, 202, "Lane Cove NSW 1595", 9),
        *_TABLE,
    ]
    seller, buyer = _parties(texts, "Times-Roman")
    assert buyer == "Kestrel Holdings Pty Ltd"
    assert seller is not None and seller.startswith("BRANDON ASHE")


def test_customer_caption_block_is_never_the_sellers_in_monospaced_print() -> None:
    texts: list[Text] = [
        (50, 47, "MOORSIDE FREIGHT SERVICES LTD", 9),
        (408, 57, "CREDIT NOTE", 11),
        (50, 64, "Unit 3, Stourton Link, Leeds LS10 1RS", 8),
        (50, 87, "VAT Reg No. 661 3048 55", 8),
        (50, 124, "CUSTOMER:", 8),
        (320, 124, "Credit Note No: CN-00412", 8),
        (50, 136, "Calder Valley Textiles Ltd", 8),
        (320, 136, "Date: 21/10/2025", 8),
        (50, 147, "Canal Mills, Armley Road", 8),
        (50, 158, "Leeds LS12 2QF", 8),
        *_TABLE,
        (50, 800, "Moorside Freight Services Ltd - Registered in England No. 07204418", 7),
    ]
    seller, buyer = _parties(texts, "Courier")
    assert buyer == "Calder Valley Textiles Ltd"
    assert seller is not None and "Calder" not in seller


def test_the_sellers_letterhead_block_is_not_the_uncaptioned_recipient() -> None:
    texts: list[Text] = [
        (40, 38, "TRANSPORTS GUILLOU & FILS", 15),
        (435, 59, "Facture n°", 8),
        (510, 59, "F25-0318", 8),
        (41, 61, "SAS Transports Guillou & Fils", 8),
        (40, 72, "ZA de la Janais, 4 rue des Charmilles", 8),
        (41, 83, "35770 Vern-sur-Seiche", 8),
        (435, 83, "Date", 8),
        (502, 83, "18/03/2025", 8),
        (40, 95, "Tél. 02 99 62 48 10", 8),
        (330, 134, "Ateliers Le Goff SA", 10),
        (331, 146, "Service comptabilité fournisseurs", 10),
        (331, 159, "12 boulevard de la Liberté", 10),
        (331, 172, "29200 Brest", 10),
        *_TABLE,
    ]
    assert _parties(texts)[1] == "Ateliers Le Goff SA"


def test_a_client_caption_over_a_customer_code_names_no_buyer() -> None:
    texts: list[Text] = [
        (70, 60, "PAPETERIE LANDAIS", 22),
        (70, 127, "Papeterie Landais SAS", 10),
        (70, 144, "8 boulevard Gabriel Lauriol", 10),
        (70, 162, "44300 Nantes", 10),
        (70, 176, "Tél. 02 40 49 71 83", 10),
        (466, 176, "Cabinet Roussel Avocats", 10),
        (465, 193, "Service comptabilité", 10),
        (465, 213, "3 place du Commerce", 10),
        (465, 229, "44000 Nantes", 10),
        (70, 260, "FACTURE N° FD250522-07", 12),
        (70, 276, "Client : 0411-ROUSSEL", 10),
        *[(x, y + 40, t, s) for x, y, t, s in _TABLE],
    ]
    assert _parties(texts)[1] == "Cabinet Roussel Avocats"


def test_a_place_and_date_line_beside_the_window_is_not_the_recipient() -> None:
    texts: list[Text] = [
        (298, 38, "=HOLZBAU WEISS", 20),
        (
            298,
            88,
            "=Holzbau Weiss GmbH · Sägewerkstraße 12 · 79199 Kirchzarten · Tel. 07661 9847",
            7,
        ),
        (57, 133, "Holzbau Weiss GmbH, Sägewerkstraße 12, 79199 Kirchzarten", 6.5),
        (370, 133, "Kirchzarten, den 17.03.2025", 9),
        (57, 147, "Familie", 10),
        (57, 159, "Thomas und Anja Berger", 10),
        (370, 159, "Kunden-Nr.: 2207", 9),
        (57, 172, "Im Grün 8", 10),
        (57, 185, "79117 Freiburg im Breisgau", 10),
        *_TABLE,
    ]
    buyer = _parties(texts)[1]
    assert buyer is not None and buyer.endswith("Thomas und Anja Berger")


def test_a_patient_caption_names_the_buyer_of_a_medical_invoice() -> None:
    texts: list[Text] = [
        (75, 34, "Harbourfront Dental", 12),
        (75, 52, "Harbourfront Dental Pte. Ltd.", 7),
        (74, 61, "290 Orchard Road, #12-05 Paragon, Singapore 238859", 7),
        (172, 91, "TAX INVOICE", 11),
        (24, 116, "Invoice No", 8),
        (81, 116, "HD-250807-0042", 8),
        (251, 116, "Date", 8),
        (290, 116, "07/08/2025", 8),
        (25, 127, "Patient", 8),
        (80, 127, "Lim Mei Ling", 8),
        (251, 127, "NRIC", 8),
        (290, 127, "S****512F", 8),
        (25, 138, "Dentist", 8),
        (81, 138, "Dr. Arjun Menon", 8),
        *_TABLE,
    ]
    assert _parties(texts)[1] == "Lim Mei Ling"


def test_an_einvoice_printout_names_parties_by_their_term_numbered_captions() -> None:
    texts: list[Text] = [
        (52, 40, "Rechnung", 14),
        (58, 78, "Käufer", 7),
        (57, 95, "Name (BT-44):", 8),
        (242, 95, "Lindqvist & Roth GmbH", 8),
        (57, 107, "Straße (BT-50):", 8),
        (242, 107, "Industriestraße 14", 8),
        (57, 119, "PLZ / Ort (BT-53/52):", 8),
        (242, 119, "33602 Bielefeld", 8),
        (57, 170, "Verkäufer", 7),
        (57, 187, "Firmenname (BT-27):", 8),
        (242, 187, "Niederrhein Gase GmbH", 8),
        (57, 199, "Straße (BT-35):", 8),
        (242, 199, "Hansaring 61", 8),
        (57, 211, "PLZ / Ort (BT-38/37):", 8),
        (242, 211, "50670 Köln", 8),
        *_TABLE,
    ]
    assert _parties(texts) == ("Niederrhein Gase GmbH", "Lindqvist & Roth GmbH")


def test_a_french_attention_line_marks_the_addressee_not_the_issuer() -> None:
    texts: list[Text] = [
        (115, 50, "Scintilla", 14),
        (114, 73, "services de nettoyage professionnel", 8),
        (57, 113, "Rue des Guillemins 112", 8),
        (57, 123, "4000 Liège", 8),
        (335, 129, "Vandermeulen Trading SA", 10),
        (57, 134, "Belgique", 8),
        (335, 141, "à l'att. de M. Laurent Dupuis", 10),
        (335, 154, "Avenue Louise 231", 8),
        (335, 166, "1050 Ixelles", 8),
        (58, 261, "Facture", 11),
        *[(x, y + 40, t, s) for x, y, t, s in _TABLE],
        (298, 800, "=Scintilla Services SRL · Rue des Guillemins 112 · 4000 Liège · RPM Liège", 7),
    ]
    assert _parties(texts) == ("Scintilla Services SRL", "Vandermeulen Trading SA")


def test_a_letter_spaced_line_under_a_centred_letterhead_completes_the_name() -> None:
    texts: list[Text] = [
        (298, 45, "=BRANDON ASHE", 22),
        (298, 59, "=L A W Y E R S", 8),
        (298, 92, "=Level 9, 60 Margaret Street, Sydney NSW 2000 · T 02 9555 0110", 8),
        (298, 130, "=TAX INVOICE", 12),
        (60, 163, "Kestrel Holdings Pty Ltd", 10),
        (60, 176, "Attention: Ms Fiona Hale", 9),
        (60, 189, "PO Box 212", 9),
        *_TABLE,
    ]
    assert _parties(texts, "Times-Roman")[0] == "BRANDON ASHE LAWYERS"


def test_a_fax_transmission_line_over_the_letterhead_names_no_seller() -> None:
    texts: list[Text] = [
        (24, 12, "09/06/2025 14:22   FROM: 0161 496 0732   ASHGROVE TILES   P.001/001", 8),
        (298, 45, "=ASHGROVE", 26),
        (298, 62, "=TILE SUPPLIES LTD", 12),
        (298, 88, "=Unit 7, Brook Street Industrial Estate, Oldham OL9 6RS", 9),
        (298, 124, "=SALES INVOICE", 12),
        *[(x, y + 40, t, s) for x, y, t, s in _TABLE],
    ]
    assert _parties(texts, "Courier")[0] == "ASHGROVE TILE SUPPLIES LTD"


def test_the_window_addressee_pays_for_the_patient_named_under_it() -> None:
    texts: list[Text] = [
        (57, 40, "Dr. med. Carola Fink", 14),
        (57, 120, "Dr. Carola Fink · Lindenstraße 3 · 79098 Freiburg", 6),
        (57, 134, "Herrn", 10),
        (57, 147, "Max Mustermann", 10),
        (57, 160, "Im Grün 8", 10),
        (57, 173, "79117 Freiburg im Breisgau", 10),
        (57, 220, "Patient: Lisa Mustermann", 10),
        (57, 234, "Rechnung Nr. 2025-047 vom 17.03.2025", 10),
        *[(x, y + 20, t, s) for x, y, t, s in _TABLE],
    ]
    buyer = _parties(texts)[1]
    assert buyer is not None and buyer.endswith("Max Mustermann")


def test_a_letterhead_with_its_address_over_a_lower_right_legal_form_block_is_the_seller() -> None:
    texts: list[Text] = [
        (40, 38, "TRANSPORTS GUILLOU", 15),
        (435, 59, "Facture n°", 8),
        (510, 59, "F25-0318", 8),
        (40, 61, "ZA de la Janais, 4 rue des Charmilles", 8),
        (41, 72, "35770 Vern-sur-Seiche", 8),
        (435, 83, "Date", 8),
        (502, 83, "18/03/2025", 8),
        (40, 84, "Tél. 02 99 62 48 10", 8),
        (330, 134, "Ateliers Le Goff SA", 10),
        (331, 146, "Service comptabilité fournisseurs", 10),
        (331, 159, "12 boulevard de la Liberté", 10),
        (331, 172, "29200 Brest", 10),
        *_TABLE,
    ]
    assert _parties(texts) == ("TRANSPORTS GUILLOU", "Ateliers Le Goff SA")
