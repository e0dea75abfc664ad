"""A hotel folio sets the billed company's block upper right without a caption ("Kessler
Medizintechnik GmbH / z. Hd. Buchhaltung / street / town / ALLEMAGNE"), names the guest
inline ("Client : M. ..."), and prints its own legal name only in the footer ("SAS ... au
capital de ... – RCS ..."): the block is the addressee, the footer's company the seller."""

from __future__ import annotations

from facturist.engine.attention import heads_attention
from facturist.engine.extraction import read_for_canonical
from facturist.engine.layout import build_lines
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parties import party_names

from .conftest import ONE_ITEM_AND_TOTALS, SizedText, analysed, make_aligned_pdf


def _folio(attention_offset: float) -> list[SizedText]:
    return [
        (50, 40, "HÔTEL LES TROIS ORMEAUX", 16),
        (50, 62, "8, place des Prêcheurs - 84000 Avignon - +33 4 90 11 22 33", 7),
        (50, 100, "FACTURE / FOLIO N° 24-01288", 11),
        (50, 130, "Chambre : 108", 9),
        (360, 130, "Brenner Anlagenbau GmbH", 9),
        (50, 142, "Arrivée : 02/09/2024", 9),
        (360 - attention_offset, 142, "z. Hd. Rechnungswesen", 9),
        (50, 154, "Départ : 04/09/2024", 9),
        (360, 154, "Lindenweg 7", 9),
        (50, 166, "Nb de personnes : 1", 9),
        (360, 166, "70173 Stuttgart", 9),
        (50, 178, "Client : Mme Sabine Albrecht", 9),
        (360, 178, "ALLEMAGNE", 9),
        (50, 190, "Date de facture : 04/09/2024", 9),
        (360, 190, "N° TVA : DE298765431", 9),
        *[(x, y + 20, text, 9) for x, y, text in ONE_ITEM_AND_TOTALS],
        (
            60,
            790,
            "SARL Les Trois Ormeaux au capital de 50 000 € - RCS Avignon 512345678 - NAF 5510Z",
            6,
        ),
        (60, 800, "TVA intracommunautaire FR40512345678 - BIC AGRIFRPP", 6),
    ]


def _parties(texts: list[SizedText]) -> tuple[str | None, str | None]:
    lines = build_lines(read_for_canonical(make_aligned_pdf(texts)).texts[0])
    seller, buyer = party_names(lines)
    return (
        None if seller is None else str(seller.value),
        None if buyer is None else str(buyer.value),
    )


def test_folio_company_block_over_an_attention_line_is_billed_not_issuing() -> None:
    seller, buyer = _parties(_folio(attention_offset=0))
    assert buyer == "Brenner Anlagenbau GmbH"
    assert seller is not None and "Trois Ormeaux" in seller


def test_an_attention_line_a_scans_ocr_sets_left_of_the_name_still_heads_the_block() -> None:
    # OCR's word boxes are the text line's band (~40 px at 200 dpi) and a block's lines start
    # some pixels apart: "z. Hd." 10 px left of the company's name over it.
    words = [
        Word("Brenner", Box(1, 948, 400, 1054, 438)),
        Word("Anlagenbau", Box(1, 1068, 400, 1290, 438)),
        Word("GmbH", Box(1, 1302, 400, 1390, 438)),
        Word("z.", Box(1, 938, 426, 968, 470)),
        Word("Hd.", Box(1, 974, 426, 1026, 472)),
        Word("Rechnungswesen", Box(1, 1032, 428, 1250, 474)),
        Word("Lindenweg", Box(1, 944, 464, 1100, 502)),
        Word("7", Box(1, 1110, 464, 1124, 502)),
    ]
    lines = build_lines(PageText(1, 1694, 2379, words, source="ocr"))
    assert heads_attention(lines, 0, lines[0].cells[0].x0)
    assert not heads_attention(lines, 1, lines[1].cells[0].x0)


def test_folio_fields_give_the_block_its_vat_id_and_the_footer_its_own() -> None:
    fields = analysed(make_aligned_pdf(_folio(attention_offset=0))).fields
    assert {key: fields[key].value for key in fields if "_" in key and "name" in key} == {
        "seller_name": "SARL Les Trois Ormeaux",
        "buyer_name": "Brenner Anlagenbau GmbH",
    }
    assert fields["buyer_vat_id"].value == "DE298765431"
    assert fields["seller_vat_id"].value == "FR40512345678"
    address = str(fields["buyer_address"].value)
    assert address.casefold() == "lindenweg 7, 70173 stuttgart, allemagne"
