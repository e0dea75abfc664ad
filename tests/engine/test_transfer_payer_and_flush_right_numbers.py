"""A Belgian transfer form at the invoice's foot ("Nom et adresse du donneur d'ordre" over the
customer's block, "Nom et adresse du bénéficiaire" over the issuer's): the payer is the buyer,
never the seller the footer names. A credit note's info block, a bare "Nummer" heading its
caption column with the values set flush right: the document's own number, not the invoice's
number a "Betreft factuur" row or an item names. A stacked "Ihre USt-IdNr.:" takes the value
under it, past a window line of another pitch."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from facturist.engine import extract_canonical
from facturist.engine.layout import Cell, Line
from facturist.engine.model import Box, Word
from facturist.engine.possessivegrid import grid_owned_ids
from facturist.engine.transferpayer import without_payer_blocks

from .conftest import SizedText, make_sized_pdf


def _line(y: float, *cells: tuple[float, str]) -> Line:
    built = [Cell([Word(text, Box(1, x, y, x + 6 * len(text), y + 7))]) for x, text in cells]
    return Line(1, [w for c in built for w in c.words], built)


def test_payer_block_is_dropped_up_to_the_payee_caption() -> None:
    page = [
        _line(680, (48, "Nom et adresse du donneur d'ordre")),
        _line(690, (48, "ATELIER DUPONT SA"), (384, "676,21")),
        _line(700, (48, "RUE HAUTE 12")),
        _line(710, (48, "1000 BRUXELLES")),
        _line(726, (48, "Nom et adresse du bénéficiaire")),
        _line(736, (48, "COURSIERS RAPIDES SRL")),
    ]
    kept = [line.text for line in without_payer_blocks(page)]
    assert kept == [
        "Nom et adresse du donneur d'ordre",
        "676,21",
        "Nom et adresse du bénéficiaire",
        "COURSIERS RAPIDES SRL",
    ]
    plain = [_line(690, (48, "ATELIER DUPONT SA"))]
    assert without_payer_blocks(plain) is plain


def test_transfer_forms_payer_is_the_buyer_not_the_footers_company() -> None:
    texts: list[SizedText] = [
        (83, 30, "Rapido Coursiers", 12),
        (41, 68, "Rapido Coursiers SRL", 7),
        (40, 76, "Avenue du Port 86C", 7),
        (330, 76, "Menuiserie Lambert & Fils SA", 7),
        (41, 88, "1000 Bruxelles", 7),
        (330, 88, "Service comptabilité", 7),
        (40, 100, "TVA BE 0570.080.183", 7),
        (330, 100, "Chaussée de Louvain 431", 7),
        (330, 112, "1030 Schaerbeek", 7),
        (41, 150, "FACTURE", 12),
        (41, 176, "N° DE FACTURE", 6),
        (215, 176, "DATE DE FACTURE", 6),
        (40, 186, "2024/00412", 7),
        (215, 186, "29/02/2024", 7),
        (43, 228, "Date", 6),
        (120, 228, "Prestation", 6),
        (400, 228, "Montant HTVA €", 6),
        (42, 244, "02/02", 6),
        (120, 244, "Express 24h – Anvers", 6),
        (420, 244, "18,50", 6),
        (42, 257, "05/02", 6),
        (120, 257, "Direct 4h – Louvain", 6),
        (420, 257, "64,00", 6),
        (350, 300, "Total HTVA", 7),
        (500, 300, "82,50 €", 7),
        (350, 312, "TVA 21 %", 7),
        (500, 312, "17,33 €", 7),
        (350, 330, "Total TVAC à payer", 8),
        (500, 330, "99,83 €", 8),
        (24, 565, "✂ À détacher et à joindre à votre paiement", 5),
        (48, 596, "VIREMENT EUROPÉEN / EUROPESE OVERSCHRIJVING", 7),
        (48, 648, "Compte donneur d'ordre (IBAN)", 5),
        (48, 682, "Nom et adresse du donneur d'ordre", 5),
        (48, 691, "MENUISERIE LAMBERT & FILS SA", 5),
        (48, 701, "CHAUSSEE DE LOUVAIN 431", 5),
        (48, 711, "1030 SCHAERBEEK", 5),
        (48, 728, "Compte bénéficiaire (IBAN)", 5),
        (51, 740, "BE02 0010 1825 1840", 6),
        (48, 761, "Nom et adresse du bénéficiaire", 5),
        (48, 771, "RAPIDO COURSIERS SRL", 5),
        (48, 781, "AVENUE DU PORT 86C", 5),
        (48, 791, "1000 BRUXELLES", 5),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Rapido Coursiers SRL"
    assert fields["buyer_name"] == "Menuiserie Lambert & Fils SA"


def _right(x1: float, y: float, text: str, size: float) -> SizedText:
    return (x1 - stringWidth(text, "Helvetica", size), y, text, size)


def test_bare_number_caption_over_flush_right_values_numbers_the_credit_note() -> None:
    texts: list[SizedText] = [
        (19, 40, "SCHELDE", 14),
        (176, 40, "CREDITNOTA", 14),
        (18, 60, "Cargo Services", 9),
        (176, 86, "Kempense Bouwmaterialen BV", 8),
        (391, 86, "Nummer", 8),
        _right(554, 86, "CN/24/0031", 8),
        (176, 98, "t.a.v. boekhouding", 8),
        (391, 98, "Datum", 8),
        _right(554, 98, "21/03/2024", 8),
        (18, 108, "Schelde Cargo Services NV", 8),
        (176, 108, "Industrieweg 12", 8),
        (391, 108, "Klantnummer", 8),
        _right(554, 108, "K10442", 8),
        (18, 118, "Noorderlaan 139", 7),
        (176, 122, "2440 Geel", 8),
        (391, 122, "Betreft factuur", 8),
        _right(554, 122, "24/10877", 8),
        (18, 128, "2030 Antwerpen", 7),
        (391, 134, "Factuurdatum", 8),
        _right(554, 134, "05/03/2024", 8),
        (177, 216, "Omschrijving", 8),
        (360, 216, "Aantal", 8),
        (400, 216, "Prijs", 8),
        (460, 216, "Bedrag EUR", 8),
        (177, 232, "Administratiekosten factuur 24/10877", 8),
        (360, 232, "1", 8),
        (400, 232, "35,00", 8),
        (460, 232, "-35,00", 8),
        (361, 270, "Totaal excl. BTW", 8),
        _right(554, 270, "-35,00", 8),
        (361, 282, "BTW 21%", 8),
        _right(554, 282, "-7,35", 8),
        (360, 296, "Totaal creditnota EUR", 9),
        _right(554, 296, "-42,35", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "CN/24/0031"


def test_stacked_buyer_vat_caption_pairs_its_value_by_position() -> None:
    page = [
        _line(158.4, (50, "Wandsbeker Zollstraße 87"), (370, "40192")),
        _line(169.7, (370, "Ihre USt-IdNr.:")),
        _line(172.7, (50, "22041 Hamburg")),
        _line(179.3, (370, "DE931111057")),
        _line(190.9, (370, "Datum:")),
    ]
    assert [v.value for v in grid_owned_ids(page)] == ["DE931111057"]
