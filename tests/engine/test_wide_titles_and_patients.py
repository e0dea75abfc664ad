"""A large bold title whose word spaces exceed a cell's gap ("NOTA DI CREDITO" over "N. NC
12/2026 del 20/03/2026"), a title drawn over the end of the letterhead's name with "Doc. n."
under it, and a doctor's bill captioning its buyer "Paziente" (widetitle.py, labels.py)."""

from __future__ import annotations

from facturist.engine import extract_canonical

from .conftest import Drawn, make_pdf


def _page(seller: str, title: str, meta: list[str], caption: str, buyer: str) -> list[Drawn]:
    page = [
        Drawn(40, 47, seller, size=15, bold=True),
        Drawn(40, 63, "Via del Lavoro 19", size=8.5),
        Drawn(40, 75, "40127 Bologna (BO)", size=8.5),
        Drawn(40, 87, "P.IVA 66031204879", size=8.5),
        # Drawn after the letterhead's lines, as a template's separate title block is.
        Drawn(555, 47, title, size=16, align="right", bold=True),
        Drawn(320, 137, caption, size=8, bold=True),
        Drawn(320, 150, buyer, size=9.5),
        Drawn(320, 162, "Via Achille Grandi 14", size=9.5),
        Drawn(320, 174, "20092 Cinisello Balsamo (MI)", size=9.5),
        Drawn(44, 242, "Descrizione", size=8.5, bold=True),
        Drawn(551, 242, "Importo", size=8.5, align="right", bold=True),
        Drawn(44, 262, "Reso cartucce toner", size=8.8),
        Drawn(551, 262, "384,00", size=8.8, align="right"),
        Drawn(460, 292, "Imponibile", align="right"),
        Drawn(551, 292, "384,00", align="right"),
        Drawn(460, 306, "IVA 22%", align="right"),
        Drawn(551, 306, "84,48", align="right"),
        Drawn(460, 320, "Totale", align="right", bold=True),
        Drawn(551, 320, "€ 468,48", align="right", bold=True),
    ]
    page += [Drawn(555, 65 + 11 * i, text, size=9, align="right") for i, text in enumerate(meta)]
    return page


def test_number_under_a_wide_spaced_title() -> None:
    page = _page(
        "Office Point Italia S.r.l.",
        "NOTA DI CREDITO",
        [
            "N. NC 12/2026 del 20/03/2026",
            "Tipo documento: TD04",
            "Rif. fattura n. 388/2026 del 02/03/2026",
        ],
        "Spett.le",
        "Tipografia Lombarda S.r.l.",
    )
    fields = extract_canonical(make_pdf(page), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "NC 12/2026"
    assert fields["invoice_date"] == "2026-03-20"


def test_doc_number_under_a_title_drawn_over_the_name() -> None:
    page = _page(
        "DAUNIA FOOD DISTRIBUZIONE S.P.A.",
        "FATTURA ACCOMPAGNATORIA",
        ["Doc. n. 2026/V/00871", "Data 05.03.2026"],
        "Cessionario / committente",
        "Ristorante La Pergola S.a.s.",
    )
    fields = extract_canonical(make_pdf(page), use_einvoice=False)["fields"]
    assert fields["invoice_number"] == "2026/V/00871"


def test_patient_caption_over_the_billed_person() -> None:
    page = _page(
        "Dott. Marco Bianchi",
        "Fattura n. 2026/118",
        ["Data 14/03/2026"],
        "Paziente",
        "Sig. Paolo Ferrari",
    )
    fields = extract_canonical(make_pdf(page), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Sig. Paolo Ferrari"
