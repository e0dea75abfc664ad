"""Party names and addresses round 4: an owner's line under a firm, partners' names on a
window's second line, a "Firma" salutation, a name beside the totals, a sidebar's address
after a blank line, a return line with only a PO-box postcode, a name set over two lines
before its address, a logo word over a centred letterhead, a form's head beside its title."""

from __future__ import annotations

from facturist.engine.addresses import party_address
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names
from facturist.engine.receipts import receipt_fields

from .conftest import make_aligned_pdf

# (x, y from the top, text, font size); "=" centres the text on x.
Text = tuple[float, float, str, float]


def _parties(texts: list[Text]) -> tuple[str | None, ...]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    address = party_address(lines, seller, buyer)
    return tuple(None if v is None else str(v.value) for v in (seller, address, buyer))


_TABLE: list[Text] = [
    (57, 300, "Bezeichnung", 9),
    (380, 300, "Menge", 9),
    (500, 300, "Betrag", 9),
    (57, 318, "Flyer DIN lang", 9),
    (390, 318, "1", 9),
    (500, 318, "193,00", 9),
]


def test_owner_line_under_the_logo_is_not_the_seller() -> None:
    seller, _address, buyer = _parties(
        [
            (57, 50, "DRUCKHAUS SEEBACH", 18),
            (426, 80, "Inh. Johanna Seebach e.K.", 7),
            (426, 90, "Reichenaustraße 19", 7),
            (426, 99, "78467 Konstanz", 7),
            (57, 126, "Druckhaus Seebach e.K. – Reichenaustraße 19 – 78467 Konstanz", 6),
            (57, 143, "Weingut Albrecht-Kessler GbR", 10),
            (57, 157, "Seestraße 7", 10),
            (57, 171, "88709 Meersburg", 10),
            *_TABLE,
        ]
    )
    assert seller == "Druckhaus Seebach e.K."
    assert buyer == "Weingut Albrecht-Kessler GbR"


def test_partners_names_on_the_window_s_second_line_finish_the_name() -> None:
    _seller, _address, buyer = _parties(
        [
            (400, 45, "Bürowelt Pfeiffer GmbH", 9),
            (57, 120, "Bürowelt Pfeiffer GmbH · Karl-Heine-Straße 85 · 04229 Leipzig", 6),
            (57, 134, "Praxis für Physiotherapie", 10),
            (57, 148, "Kranz & Möller", 10),
            (57, 162, "Könneritzstraße 40", 10),
            (57, 176, "04229 Leipzig", 10),
            *_TABLE,
        ]
    )
    assert buyer == "Praxis für Physiotherapie Kranz & Möller"


def test_firma_salutation_is_no_part_of_the_buyer_s_name() -> None:
    _seller, _address, buyer = _parties(
        [
            (300, 92, "SEMINARHOTEL DACHSTEINBLICK GMBH", 12),
            (57, 140, "Seminarhotel Dachsteinblick GmbH · Gosauseestraße 14 · 4824 Gosau", 6),
            (57, 152, "Firma", 10),
            (57, 166, "Hainzl Anlagentechnik GmbH", 10),
            (57, 180, "Industriestraße 5", 10),
            (57, 194, "4840 Vöcklabruck", 10),
            *_TABLE,
        ]
    )
    assert buyer == "Hainzl Anlagentechnik GmbH"


def test_bill_to_name_beside_the_totals_and_a_sidebar_address_after_a_blank_line() -> None:
    seller, address, buyer = _parties(
        [
            (230, 63, "Invoice", 22),
            (40, 104, "Harrowgate Data", 12),
            (40, 119, "Consulting Ltd", 12),
            (228, 119, "Invoice number", 8),
            (340, 119, "HDC-1187", 8),
            (40, 145, "3rd Floor", 7),
            (40, 156, "14 Park Row", 7),
            (40, 167, "Leeds LS1 5HD", 7),
            (40, 178, "United Kingdom", 7),
            (226, 230, "Description", 8),
            (418, 230, "Qty", 8),
            (509, 230, "Amount £", 8),
            (226, 245, "Discovery workshops", 8),
            (428, 245, "3", 8),
            (509, 245, "2,850.00", 8),
            (40, 357, "BILL TO", 6),
            (40, 367, "Pennine Freight Services Ltd", 12),
            (377, 367, "Subtotal", 8),
            (506, 367, "2,850.00", 8),
            (40, 383, "Unit 4, Calder Park", 8),
            (40, 395, "Wakefield WF2 7AY", 8),
        ]
    )
    assert seller == "Harrowgate Data Consulting Ltd"
    assert address == "3rd Floor, 14 Park Row, Leeds LS1 5HD, United Kingdom"
    assert buyer == "Pennine Freight Services Ltd"


def test_a_return_line_with_only_a_po_box_postcode_yields_to_the_footer_s_street() -> None:
    _seller, address, _buyer = _parties(
        [
            (454, 39, "taunus", 18),
            (57, 135, "Taunus Direkt Versicherung AG · 60276 Frankfurt am Main", 8),
            (57, 150, "Frau", 9),
            (57, 161, "Sabine Kowalczyk", 9),
            (57, 176, "Louisenstraße 121", 9),
            (57, 189, "61348 Bad Homburg vor der Höhe", 9),
            *_TABLE,
            (57, 772, "Taunus Direkt Versicherung AG", 6),
            (57, 781, "Mainzer Landstraße 210", 6),
            (57, 789, "60327 Frankfurt am Main", 6),
        ]
    )
    assert address == "Mainzer Landstraße 210, 60327 Frankfurt am Main"


def test_a_name_over_two_lines_then_its_address_after_dashes() -> None:
    seller, address, _buyer = _parties(
        [
            (298, 90, "=Trattoria Il Melograno", 16),
            (298, 112, "=di Bellandi Marco & C. s.n.c. — Via dei Serragli 41/r — 50124 Firenze", 8),
            (335, 161, "Spett.le", 10),
            (335, 178, "Studio Legale Bartolini & Associati", 9),
            (335, 189, "Piazza della Repubblica 6", 9),
            (335, 201, "50123 Firenze (FI)", 9),
            *_TABLE,
            (298, 790, "=Trattoria Il Melograno di Bellandi Marco & C. s.n.c. — REA FI-612744", 7),
        ]
    )
    assert seller == "Trattoria Il Melograno di Bellandi Marco & C. s.n.c."
    assert address == "Via dei Serragli 41/r, 50124 Firenze"


def test_a_logo_word_over_a_centred_letterhead_names_no_one() -> None:
    seller, address, _buyer = _parties(
        [
            (113, 25, "=TAXI", 12),
            (113, 50, "=Taxiunternehmen", 7),
            (113, 60, "=Serkan Yilmaz", 8),
            (113, 72, "=Fürther Straße 64", 7),
            (113, 83, "=90429 Nürnberg", 7),
            (113, 94, "=Tel. 0911 19410", 7),
            (17, 160, "Datum", 7),
            (180, 160, "07.03.25", 7),
            (17, 345, "FAHRPREIS EUR", 8),
            (180, 345, "28,60", 8),
        ]
    )
    assert seller == "Taxiunternehmen Serkan Yilmaz"
    assert address == "Fürther Straße 64, 90429 Nürnberg"


def test_a_form_s_printed_head_beside_its_title_names_the_seller() -> None:
    texts: list[Text] = [
        (40, 50, "PERNIAGAAN BAHAN BINAAN SRI TANJUNG", 14),
        (480, 50, "INVOICE", 14),
        (40, 70, "(002245719-T)", 9),
        (40, 85, "Lot 1442, Jalan Kuala Kedah, 06600 Kuala Kedah", 9),
        (40, 100, "Tel / Fax: 04-762 1509", 9),
        (40, 125, "Kepada / To :", 10),
        (130, 125, "Kontraktor Hamid Bina", 10),
        (400, 125, "Tarikh/Date: 3/7/2018", 10),
        (40, 145, "Alamat/ Address: Kg. Seberang Perak, Alor Setar", 10),
        (60, 200, 'Paku 3" (kg)', 10),
        (480, 200, "34.00", 10),
        (400, 300, "JUMLAH/TOTAL", 10),
        (480, 300, "34.00", 10),
    ]
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    assert str(receipt_fields(lines)["seller_name"].value) == "PERNIAGAAN BAHAN BINAAN SRI TANJUNG"
    seller, _address, buyer = _parties(texts)
    assert seller == "PERNIAGAAN BAHAN BINAAN SRI TANJUNG"
    assert buyer == "Kontraktor Hamid Bina"
