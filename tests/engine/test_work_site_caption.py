"""A work site's caption beside the customer's block ("Luogo intervento:", "Lieu
d'intervention :", "Einsatzort:") heads where the tradesman worked, not who is billed: the
buyer is the block the greeting opens, and its address is the buyer's."""

from __future__ import annotations

import pytest

from facturist.engine import extract_canonical

from .conftest import SizedText, make_sized_pdf


def _page(site: str) -> list[SizedText]:
    return [
        (420, 40, "IDRAULICA FERRETTI S.R.L.", 12),
        (420, 54, "Via Roma 5", 9),
        (420, 66, "20121 Milano (MI)", 9),
        (420, 78, "P.IVA 03988770164", 9),
        (40, 130, "Gentile Cliente", 9),
        (300, 130, site, 9),
        (40, 143, "Marco Bianchi", 9),
        (300, 143, "Via Garibaldi 40, int. 2", 9),
        (40, 156, "Via Verdi 12", 9),
        (300, 156, "20122 Milano", 9),
        (40, 169, "20123 Milano (MI)", 9),
        (40, 210, "FATTURA N. 41", 11),
        (200, 210, "Data: 20/11/2026", 9),
        (56, 240, "Descrizione", 9),
        (480, 240, "Importo", 9),
        (56, 255, "Sostituzione rubinetteria", 9),
        (480, 255, "200,00", 9),
        (330, 300, "Imponibile", 9),
        (480, 300, "200,00", 9),
        (330, 313, "IVA 22%", 9),
        (480, 313, "44,00", 9),
        (330, 326, "Totale fattura", 9),
        (480, 326, "244,00", 9),
    ]


@pytest.mark.parametrize("site", ["Luogo intervento:", "Lieu d'intervention :", "Einsatzort:"])
def test_work_site_caption_heads_no_buyer(site: str) -> None:
    fields = extract_canonical(make_sized_pdf(_page(site)), use_einvoice=False)["fields"]
    assert fields["buyer_name"] == "Marco Bianchi"
    assert fields["buyer_address"] == "Via Verdi 12, 20123 Milano (MI)"
