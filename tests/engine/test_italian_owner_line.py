"""Italy's sole trader prints its owner under the shop's name ("BAR IL CHIOSTRO" / "di De
Luca Anna"): the owner's line runs the name on and is no line of the address, also where it
heads the letterhead's address, the firm's name over it in the same column."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_aligned_pdf, make_sized_pdf

_TABLE: list[SizedText] = [
    (56, 260, "Descrizione", 9),
    (480, 260, "Importo", 9),
    (56, 275, "Manutenzione caldaia", 9),
    (480, 275, "200,00", 9),
    (330, 320, "Imponibile", 9),
    (480, 320, "200,00", 9),
    (330, 333, "IVA 22%", 9),
    (480, 333, "44,00", 9),
    (330, 346, "Totale fattura", 9),
    (480, 346, "244,00", 9),
]


def test_owner_line_under_buyer_name_is_no_address_line() -> None:
    texts: list[SizedText] = [
        (40, 40, "DISTRIBUZIONE ALIMENTARE ROMANO S.P.A.", 11),
        (40, 54, "Via Appia 40 - 80078 Pozzuoli (NA)", 8),
        (40, 66, "P.IVA IT06123450634", 8),
        (336, 80, "Spett.le", 9),
        (336, 93, "BAR PASTICCERIA LA TORRE", 9),
        (336, 106, "di Esposito Maria", 9),
        (336, 119, "Via Toledo 18", 9),
        (336, 132, "80134 Napoli (NA)", 9),
        (40, 180, "FATTURA N. FT/2026/0045 del 30/11/2026", 10),
        *_TABLE,
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["buyer_address"] == "Via Toledo 18, 80134 Napoli (NA)"


def test_owner_line_heading_letterhead_address_is_no_seller_name() -> None:
    texts: list[SizedText] = [
        # The letterhead set flush right at the top right, the trade's lines on the left.
        (555, 43, ">IDRAULICA FERRI", 10),
        (40, 49, "Impianti termici - idraulici - condizionamento", 9),
        (555, 55, ">di Ferri Paolo", 8),
        (40, 61, "Abilitazione D.M. 37/08", 7),
        (555, 67, ">Via Borgo Palazzo 77", 8),
        (555, 78, ">24125 Bergamo (BG)", 8),
        (555, 90, ">P.IVA 03988770164", 8),
        (40, 130, "Gentile Cliente", 9),
        (40, 143, "Alberto Neri", 9),
        (40, 156, "Via Verdi 12", 9),
        (40, 169, "24122 Bergamo (BG)", 9),
        (40, 210, "FATTURA N. 41", 10),
        (200, 210, "Data: 20/11/2026", 9),
        *_TABLE,
    ]
    fields = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "IDRAULICA FERRI di Ferri Paolo"
    assert fields["seller_address"] == "Via Borgo Palazzo 77, 24125 Bergamo (BG)"
    assert fields["buyer_name"] == "Alberto Neri"
