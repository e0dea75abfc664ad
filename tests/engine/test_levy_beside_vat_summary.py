"""A hotel bill whose total holds a tourist tax outside VAT beside the taxed net and the VAT
summary's tax: no net + tax = total holds, and the total less the net is no tax; the printed
tax stands where net, tax and the levy add up to the total, and the net is the total less
the tax (BT-109: the levy is part of the sum without VAT, as on the per-rate bills of
test_levy_beside_rate_lines.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf


def _bill() -> list[tuple[float, float, str]]:
    return [
        (150, 50, "Albergo Due Torri S.r.l. - Via Roma 12 - 37121 Verona (VR)"),
        (150, 62, "P.IVA 03345670231"),
        (50, 100, "Numero"),
        (130, 100, "88/2025"),
        (350, 100, "Spett.le"),
        (50, 114, "Data"),
        (130, 114, "11/04/2025"),
        (350, 114, "Brennerwerk Maschinenbau GmbH"),
        (350, 128, "Industriestraße 7, 6020 Innsbruck (Austria)"),
        (55, 170, "Descrizione"),
        (300, 170, "Q.tà"),
        (340, 170, "Prezzo unit."),
        (420, 170, "IVA"),
        (480, 170, "Importo €"),
        (55, 186, "Camera singola"),
        (300, 186, "3"),
        (340, 186, "120,00"),
        (420, 186, "10%"),
        (480, 186, "360,00"),
        (55, 202, "Parcheggio"),
        (300, 202, "1"),
        (340, 202, "30,00"),
        (420, 202, "22%"),
        (480, 202, "30,00"),
        (55, 218, "Imposta di soggiorno (fuori campo IVA art. 15 DPR 633/72)"),
        (300, 218, "3"),
        (340, 218, "4,00"),
        (420, 218, "FC"),
        (480, 218, "12,00"),
        (50, 250, "Riepilogo IVA"),
        (55, 264, "Aliquota"),
        (120, 264, "Imponibile"),
        (190, 264, "Imposta"),
        (330, 264, "Totale imponibile"),
        (460, 264, "€ 390,00"),
        (55, 278, "10%"),
        (120, 278, "360,00"),
        (190, 278, "36,00"),
        (330, 278, "Totale IVA"),
        (460, 278, "€ 42,60"),
        (55, 292, "22%"),
        (120, 292, "30,00"),
        (190, 292, "6,60"),
        (330, 292, "Fuori campo IVA"),
        (460, 292, "€ 12,00"),
        (330, 306, "TOTALE DOCUMENTO"),
        (460, 306, "€ 444,60"),
    ]


def test_the_printed_vat_stands_beside_a_levy_outside_vat() -> None:
    fields = extract_canonical(make_invoice_pdf([_bill()]))["fields"]
    assert fields.get("total_amount") == 444.6
    assert fields.get("tax_amount") == 42.6
    assert fields.get("net_amount") == 402.0
