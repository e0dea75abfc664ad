"""A marketplace invoice's "VAT #" in the seller's block is the seller's ID, not the operator's
in the footer; a hotel note billed to a company's block names its guest only in the stay's
caption | value rows ("Client : | M. ..."): the company is the buyer."""

from __future__ import annotations

from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.parties import party_names

from .conftest import ONE_ITEM_AND_TOTALS, SizedText, header_values, make_aligned_pdf


def test_vat_hash_caption_in_the_sold_by_block_beats_the_operators_footer_id() -> None:
    fields = header_values(
        [
            (50, 30, "VAT Invoice"),
            (50, 70, "Sold by"),
            (330, 70, "Invoice # MK-2025-0311"),
            (50, 82, "Ashdown Garden Tools Ltd"),
            (330, 82, "Invoice date 12 May 2025"),
            (50, 94, "4 Mill Road"),
            (50, 106, "Leicester, LE2 7QS"),
            (50, 118, "VAT # GB274518304"),
            (50, 150, "Billing address"),
            (50, 162, "Orchard Dental Care Ltd"),
            (50, 174, "9 Church Street"),
            (50, 186, "York, YO1 7HH"),
            *ONE_ITEM_AND_TOTALS,
            (50, 790, "Sold on a marketplace run by Tradepoint Europe S.à r.l., VAT LU15027442."),
        ]
    )
    assert fields["seller_vat_id"] == "GB274518304"


def _parties(texts: list[SizedText]) -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    return (
        None if seller is None else str(seller.value),
        None if buyer is None else str(buyer.value),
    )


def _hotel_note(with_company: bool) -> list[SizedText]:
    company: list[SizedText] = [
        (330, 75, "Maes & Janssens BV", 9),
        (330, 86, "À l'att. de M. Tom Maes", 9),
        (330, 99, "Rue Haute 18", 9),
        (330, 111, "1000 Bruxelles", 9),
    ]
    return [
        (40, 35, "Hôtel du Parc Léopold", 14),
        (40, 66, "NV Parc Léopold Hospitality", 7),
        (40, 75, "Chaussée de Wavre 120", 8),
        (40, 85, "1050 Ixelles", 8),
        *(company if with_company else []),
        (40, 142, "FACTURE N° 2025/00911", 12),
        (40, 164, "Date :", 8),
        (110, 164, "14/04/2025", 8),
        (40, 175, "Chambre :", 8),
        (110, 175, "112 - Single", 8),
        (40, 197, "Client :", 8),
        (110, 197, "M. Lucas Dubois", 8),
        (40, 220, "Description", 8),
        (480, 220, "Total TVAC", 8),
        (40, 238, "Hébergement Single", 8),
        (480, 238, "240,00", 8),
        (380, 318, "Total TVAC  240,00 EUR", 8),
        (40, 785, "NV Parc Léopold Hospitality - Chaussée de Wavre 120, 1050 Ixelles", 6),
    ]


def test_a_company_block_on_top_is_billed_for_the_guest_its_client_row_names() -> None:
    seller, buyer = _parties(_hotel_note(with_company=True))
    assert seller == "NV Parc Léopold Hospitality"
    assert buyer == "Maes & Janssens BV"


def test_without_a_company_block_the_client_row_names_the_buyer() -> None:
    _, buyer = _parties(_hotel_note(with_company=False))
    assert buyer is not None and buyer.endswith("Lucas Dubois")
