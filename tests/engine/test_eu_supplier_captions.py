"""Invoices from EU and US suppliers: French "Émise par | Facturée à" captions, a hotel's
"Client" row beside the billed company's block, a letterhead name stacked over its legal form,
slashed department lines, a card payment's "paid in full" date, a Dutch credit note's "Betreft
factuur", Belgium's "MwSt.-Nr." and Spain's CIF beside its intra-EU VAT ID."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.fields import find_candidates, header_fields
from facturist.engine.labels import BUYER_SECTION, LABELS_BY_RANK, SELLER_SECTION
from facturist.engine.layout import Line, build_lines
from facturist.engine.model import Value
from facturist.engine.parties import party_names
from facturist.engine.payeename import payee_spelled
from facturist.engine.readerlines import reader_line

from .conftest import make_aligned_pdf

Text = tuple[float, float, str, float]


def _lines(texts: list[Text]) -> list[Line]:
    return build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])


def _names(texts: list[Text]) -> tuple[str | None, str | None]:
    seller, buyer = party_names(_lines(texts))
    return (
        None if seller is None else str(seller.value),
        None if buyer is None else str(buyer.value),
    )


def test_french_issued_by_and_billed_to_captions() -> None:
    assert SELLER_SECTION.match("ÉMISE PAR")
    assert SELLER_SECTION.match("Émis par :")
    assert not SELLER_SECTION.match("Émis par Jean Dupont le 3 mars")
    assert BUYER_SECTION.match("FACTURÉE À")
    assert BUYER_SECTION.match("Facturés à :")


def test_folio_client_row_beside_the_billed_company() -> None:
    page: list[Text] = [
        (70, 50, "Hôtel des Lilas", 18),
        (70, 70, "12 rue des Lilas", 9),
        (70, 82, "75011 Paris", 9),
        (400, 50, "FACTURE", 16),
        (70, 130, "Client", 9),
        (160, 130, "M. Paul Martin", 9),
        (340, 130, "Voss Maschinenbau GmbH", 9),
        (70, 142, "Chambre", 9),
        (160, 142, "208 - Deluxe", 9),
        (340, 142, "Hafenstraße 12", 9),
        (70, 154, "Arrivée", 9),
        (160, 154, "19/03/2024", 9),
        (340, 154, "20457 Hamburg", 9),
        (70, 166, "Départ", 9),
        (160, 166, "22/03/2024", 9),
        (340, 166, "Allemagne", 9),
    ]
    seller, buyer = _names(page)
    assert buyer == "Voss Maschinenbau GmbH"
    assert seller != buyer


def test_stacked_letterhead_name_spelled_by_the_payee() -> None:
    """ "Brandt & Okoye" over "CONSULTING PARTNERS, LLC": the legal form's line read as the
    name is the payee's name after the line above it."""
    page: list[Text] = [
        (50, 62, "INVOICE", 21),
        (540, 35, ">Brandt & Okoye", 9),
        (540, 47, ">CONSULTING PARTNERS, LLC", 9),
        (540, 62, ">200 Pine Street, Suite 4", 8),
        (540, 72, ">San Francisco, CA 94104", 8),
        (300, 300, "Invoice Total", 9),
        (450, 300, "$1,200.00", 9),
        (
            50,
            400,
            "Checks payable to Brandt & Okoye Consulting Partners, LLC, at the address above.",
            8,
        ),
    ]
    lines = _lines(page)
    cell = next(c for ln in lines for c in ln.cells if c.text.startswith("CONSULTING"))
    read = payee_spelled(Value(cell.text, cell.text, cell.boxes), lines)
    assert str(read.value) == "Brandt & Okoye Consulting Partners, LLC"
    other = payee_spelled(Value(cell.text, cell.text, cell.boxes), lines[:-1])
    assert str(other.value) == "CONSULTING PARTNERS, LLC"


def test_slashed_department_line_is_a_readers_line() -> None:
    assert reader_line("IT Operations / Kreditorenbuchhaltung")
    assert not reader_line("Müller GmbH / Einkauf")
    assert not reader_line("Schanzenstraße 70 / Einkauf")


def test_a_payment_made_in_full_is_no_due_date() -> None:
    page: list[Text] = [
        (50, 50, "Skylark Airways Ltd", 14),
        (50, 90, "Invoice no. SK-0098", 9),
        (50, 102, "Invoice date 02 Apr 2024", 9),
        (300, 200, "Total GBP", 9),
        (450, 200, "515.00", 9),
        (
            50,
            260,
            "Paid in full by Mastercard ending 2291 on 02 Apr 2024. No payment is required.",
            8,
        ),
    ]
    candidates = find_candidates(_lines(page))
    assert not [c for c in candidates if c.key == "due_date"]


def test_dutch_credit_note_subject_names_the_credited_invoice() -> None:
    page: list[Text] = [
        (58, 50, "Verlichting Peeters BV", 12),
        (58, 62, "Stationsstraat 4", 9),
        (58, 74, "2800 Mechelen", 9),
        (58, 150, "CREDITNOTA", 14),
        (200, 150, "nr. CN25-0031", 9),
        (58, 180, "Datum", 9),
        (150, 180, "27/02/2025", 9),
        (58, 192, "Betreft factuur", 9),
        (150, 192, "25-0187 van 12/02/2025", 9),
        (330, 260, "Totaal creditnota", 9),
        (480, 260, "-930,49", 9),
    ]
    fields = header_fields(_lines(page))
    assert str(fields["invoice_number"].value) == "CN25-0031"


def test_mwst_number_caption_with_its_dot() -> None:
    found = LABELS_BY_RANK["seller_vat_id"].search("Ihre MwSt.-Nr.: BE 0712.408.382")
    assert found is not None


def test_spanish_cif_read_as_its_intra_eu_vat_id() -> None:
    page: list[Text] = [
        (43, 40, "CERÁMICAS LEVANTE, S.L.", 14),
        (43, 60, "C/ Mayor 14", 9),
        (43, 72, "12200 Onda (Castellón)", 9),
        (43, 84, "CIF: B12448767", 9),
        (43, 96, "NIF-IVA intracomunitario: ESB12448767", 9),
        (300, 300, "TOTAL FACTURA", 9),
        (450, 300, "3.394,86", 9),
    ]
    fields = header_fields(_lines(page))
    assert str(fields["seller_vat_id"].value) == "ESB12448767"


def test_dutch_due_caption_beside_the_number_dates_nothing() -> None:
    """ "Factuurnr.: | 2025-0311 | Te betalen vóór: | 14 maart 2025" over "Datum: | 28
    februari 2025": the date on the number's line is the due date's."""
    page: list[Text] = [
        (130, 50, "Schoonmaakbedrijf Jansen B.V.", 14),
        (130, 150, "FACTUUR", 16),
        (130, 180, "Factuurnr.:", 9),
        (220, 180, "2025-0311", 9),
        (330, 180, "Te betalen vóór:", 9),
        (430, 180, "14 maart 2025", 9),
        (130, 194, "Datum:", 9),
        (220, 194, "28 februari 2025", 9),
        (330, 300, "Totaal incl. BTW", 9),
        (450, 300, "€ 1.491,45", 9),
    ]
    fields = header_fields(_lines(page))
    assert str(fields["invoice_date"].value) == "2025-02-28"
