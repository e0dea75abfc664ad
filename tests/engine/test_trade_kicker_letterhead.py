"""A professional's letterhead: a small capital caption of the trade over the name set large
("STUDIO TECNICO" / "Ing. Paolo Bellandi"), a list of services, then the street and town on
one line parted by a dash ("Via Garibaldi 45 – 50123 Firenze")."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def test_large_name_under_the_trade_caption_is_the_seller() -> None:
    texts: list[SizedText] = [
        (62, 53, "STUDIO TECNICO", 10),
        (64, 75, "Ing. Marco Vannucci", 22),
        (61, 95, "Ingegneria strutturale – Direzione lavori – Collaudi", 9),
        (64, 118, "Via Garibaldi 45 – 50123 Firenze", 9),
        (60, 129, "tel. 055 214 809 – m.vannucci@ingpec.eu", 9),
        (63, 141, "P.IVA 05873120488", 9),
        (336, 188, "Spett.le", 10),
        (335, 202, "EDILCASA COSTRUZIONI S.p.A.", 10),
        (336, 215, "Via Pisana 310", 10),
        (336, 229, "50143 Firenze (FI)", 10),
        (60, 280, "FATTURA N. 23/2025 del 15/01/2025", 12),
        (60, 320, "Descrizione", 10),
        (480, 320, "Importo", 10),
        (60, 340, "Progettazione strutturale esecutiva", 10),
        (480, 340, "2.800,00", 10),
        (380, 400, "Imponibile 2.800,00", 10),
        (380, 415, "IVA 22% 616,00", 10),
        (380, 430, "Totale fattura 3.416,00", 10),
        (60, 780, "Pagamento a 30 giorni data fattura", 9),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Ing. Marco Vannucci"
    assert fields["seller_address"] == "Via Garibaldi 45, 50123 Firenze"


def test_mixed_case_kicker_over_a_titled_name() -> None:
    # "Studio Tecnico" in small mixed case over "Geom. Luca Ferri" set large: the kicker is
    # a trade's caption; the titled name under it is the seller.
    texts: list[SizedText] = [
        (57, 57, "Studio Tecnico", 11),
        (57, 77, "Geom. Luca Ferri", 17),
        (57, 94, "Via Saragozza 87 – 40123 Bologna", 9),
        (57, 106, "P.IVA 05873120488", 9),
        (336, 165, "Spett.le", 10),
        (336, 179, "Condominio Via Mazzini 14", 10),
        (336, 193, "Via dell'Indipendenza 40", 10),
        (336, 207, "40121 Bologna", 10),
        (60, 280, "FATTURA N. 23/2025 del 15/01/2025", 12),
        (60, 320, "Descrizione", 10),
        (480, 320, "Importo", 10),
        (60, 340, "Rilievo e aggiornamento catastale", 10),
        (480, 340, "2.800,00", 10),
        (380, 400, "Imponibile 2.800,00", 10),
        (380, 415, "IVA 22% 616,00", 10),
        (380, 430, "Totale fattura 3.416,00", 10),
    ]
    fields = extract_canonical(make_sized_pdf(texts), use_einvoice=False)["fields"]
    assert fields["seller_name"] == "Geom. Luca Ferri"
