"""A scanned Italian invoice's letterhead and payment box: a bank's branch line with its bank
and branch codes ("Banca ... - Ag. ... ABI ... CAB ...") names no seller, though its "Ag."
(agenzia) reads like a legal form; the footer's company with its form misread by OCR
("S.r.1.") or printed only with a dotted form is the letterhead's name in full; the street
line level with the addressee's name in a column beside it is the letterhead's address; and
a VAT ID with a separator's dash glued to it ("01982340174–") is read."""

from __future__ import annotations

import pytest

from facturist.engine.footerbank import bank_line
from facturist.engine.footerfullname import footer_holds
from facturist.engine.model import Box, Value, Word
from facturist.engine.vatread import read_vat_id

from .conftest import SizedText, analysed, header_values, make_sized_pdf


def _page(footer_form: str) -> list[SizedText]:
    return [
        (96, 40, "LEGNAMI CORTESI", 20),
        (96, 60, "S.r.l. · legno · pannelli · isolanti", 8),
        (330, 72, "Spett.le", 8),
        (44, 86, "Via Cavour 41 - 37121 Verona (VR)", 8),
        (342, 86, "TERMOIDRAULICA PASETTO S.N.C.", 8),
        (44, 98, "Tel. 045 800 1122", 8),
        (342, 98, "Via dell'Artigianato 9", 8),
        (44, 110, "info@legnamicortesi.it", 8),
        (342, 110, "37057 San Giovanni Lupatoto (VR)", 8),
        (44, 122, "C.F. e P.IVA 04615930981", 8),
        (342, 122, "P.IVA 03771200379", 8),
        (46, 186, "FATTURA N. 77/2025 del 14/03/2025", 10),
        (46, 214, "Pagamento", 8),
        (200, 214, "Banca d'appoggio", 8),
        (46, 226, "RI.BA. 60 GG D.F.F.M.", 8),
        (200, 226, "Banca Valpadana - Ag. Bussolengo ABI 05034 CAB 59300", 8),
        (60, 270, "Descrizione", 8),
        (330, 270, "Quantità", 8),
        (400, 270, "Prezzo", 8),
        (480, 270, "Importo", 8),
        (60, 286, "Pannello OSB 18 mm", 8),
        (330, 286, "20,00", 8),
        (400, 286, "15,00", 8),
        (480, 286, "300,00", 8),
        (60, 300, "Lana di roccia 100 mm", 8),
        (330, 300, "10,00", 8),
        (400, 300, "20,00", 8),
        (480, 300, "200,00", 8),
        (360, 520, "Totale imponibile 500,00", 8),
        (360, 534, "IVA 22% 110,00", 8),
        (360, 548, "TOTALE DOCUMENTO € 610,00", 8),
        (
            90,
            773,
            f"Legnami Cortesi {footer_form} - Cap. Soc. € 20.000,00 i.v. - R.E.A. VR-301122"
            " - C.F./P.IVA 04615930981",
            7,
        ),
    ]


@pytest.mark.parametrize("footer_form", ["S.r.l.", "S.r.1."])
def test_bank_branch_line_is_no_seller_and_letterhead_keeps_its_address(footer_form: str) -> None:
    invoice = analysed(make_sized_pdf(_page(footer_form)))
    fields = {key: value.value for key, value in invoice.fields.items()}
    assert fields["seller_name"] == "Legnami Cortesi S.r.l."
    assert fields["seller_address"] == "Via Cavour 41, 37121 Verona (VR)"
    assert fields["buyer_name"] == "TERMOIDRAULICA PASETTO S.N.C."


def test_bank_lines_by_their_codes() -> None:
    assert bank_line("Banca Valpadana - Ag. Bussolengo ABI 05034 CAB 59300")
    assert bank_line("Volksbank Mittelhessen eG BLZ 513 900 00")
    assert bank_line("Banque Alpine, BIC ALPIFRPPXXX")
    assert bank_line("AB SEB bankas · LT60 7044 0600 0821 9574")
    assert not bank_line("Banca Valpadana S.p.A.")
    assert not bank_line("Cabinet Ferrand SARL")


def test_footer_holds_a_name_with_a_dotted_form_only() -> None:
    short = Value("LEGNAMI CORTESI", "LEGNAMI CORTESI", ())
    assert footer_holds(short, Value("Legnami Cortesi S.r.l.", "", ()))
    assert footer_holds(short, Value("Legnami Cortesi GmbH", "", ()))
    assert not footer_holds(short, Value("Legnami Verdi S.r.l.", "", ()))


def _words(text: str) -> list[Word]:
    return [Word(t, Box(1, 10.0 * i, 0, 10.0 * i + 8, 10)) for i, t in enumerate(text.split())]


@pytest.mark.parametrize("dash", ["–", "—", "-"])
def test_vat_id_with_a_glued_separator_dash(dash: str) -> None:
    found = read_vat_id(_words(f"01982340174{dash} REA BS-223344{dash} info@ferri.it"))
    assert found is not None and found.value == "01982340174"


def test_seller_vat_id_before_a_handwritten_note() -> None:
    values = header_values(
        [
            (60, 40, "COLORIFICIO TREVANI S.n.c."),
            (60, 54, "Via Roma 12 - 25121 Brescia (BS)"),
            (60, 68, "P.IVA e C.F. 01982340174– REA BS-223344– info@trevani.it   x Gianni - ok"),
            (330, 110, "Spett.le"),
            (330, 122, "EDILPIU S.R.L."),
            (330, 134, "Via Verdi 3"),
            (330, 146, "25030 Castel Mella (BS)"),
            (330, 158, "P.IVA 03771200379"),
            (60, 200, "FATTURA N. 12 del 03/03/2025"),
            (360, 400, "TOTALE FATTURA EURO 122,00"),
        ]
    )
    assert values["seller_vat_id"] == "01982340174"
