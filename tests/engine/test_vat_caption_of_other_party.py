"""Side-by-side party blocks print both VAT numbers on one line ("P.IVA 04712380163 – C.F.
04712380163 | P.IVA IT09936510487"): the seller's caption reads its own number, printed
without the country prefix, and never the buyer's ID after the buyer's own caption."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_vat_caption_stops_at_the_next_party_caption() -> None:
    texts: list[SizedText] = [
        (60, 50, "Trattoria Valtellina S.r.l.", 14),
        (60, 90, "CEDENTE / PRESTATORE", 8),
        (320, 90, "CESSIONARIO / COMMITTENTE", 8),
        (60, 104, "Trattoria Valtellina S.r.l.", 9),
        (320, 104, "Officine Brianza S.p.A.", 9),
        (60, 116, "Via Carlo Porta 12", 9),
        (320, 116, "Viale Lombardia 77", 9),
        (60, 128, "23100 Sondrio (SO)", 9),
        (320, 128, "20900 Monza (MB)", 9),
        (60, 140, "P.IVA 04712380163 – C.F. 04712380163", 9),
        (320, 140, "P.IVA IT09936510487", 9),
        (60, 180, "Numero", 9),
        (160, 180, "Data", 9),
        (60, 192, "88/2025", 9),
        (160, 192, "14/05/2025", 9),
        (60, 230, "Descrizione", 9),
        (440, 230, "Importo", 9),
        (60, 244, "Pranzo di lavoro", 9),
        (440, 244, "500,00", 9),
        (360, 290, "Totale imponibile", 9),
        (480, 290, "500,00", 9),
        (360, 302, "Totale IVA", 9),
        (480, 302, "50,00", 9),
        (360, 314, "Totale documento", 9),
        (480, 314, "550,00", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_vat_id"] == "04712380163"
    assert fields.get("buyer_vat_id") == "IT09936510487"
