"""rankedlabels: the ranks searched one by one give exactly the matches of the whole
alternation (labels.LABELS_BY_RANK), rank names included, on lines in many languages."""

from __future__ import annotations

import re

import pytest

from facturist.engine.labelfilter import folded, needed_strings
from facturist.engine.labels import LABELS, LABELS_BY_RANK
from facturist.engine.rankedlabels import RANKED_CAPTIONS

LINES = [
    "Rechnungsnummer: RE-2024-0815   Rechnungsdatum: 14.05.2024",
    "Invoice No. 4471 | Invoice date | 03/03/2026 | Due date 02/04/2026",
    "FACTURE N° F-2026-118 du 5 mars 2026 - Échéance : 04/04/2026",
    "Nº factura 2026/0412  Fecha de vencimiento 20/03/2026  Base imponible 3.027,50",
    "Fattura n. 12/2026 del 2 aprile 2026 - Scadenza 30/04/2026 - Totale documento 1.220,00",
    "Factuurnummer 2026-031 Factuurdatum 05-03-2026 Vervaldatum 04-04-2026 Te betalen € 412,00",
    "Subtotal 242.11 Sales tax 9.68 Total 263.59 Amount due 263.59",
    "Netto 1.000,00 USt. 19 % 190,00 Brutto 1.190,00 Zahlbetrag 1.190,00",
    "VAT Reg No GB 904 6617 27 IBAN GB29 NWBK 6016 1331 9268 19",
    "Faktura VAT nr FV/123/03/2026 Termin płatności 19.03.2026 Do zapłaty 1 234,56 zł",
    "Αριθμός τιμολογίου 347 Ημερομηνία 05/03/2026 Σύνολο με ΦΠΑ 1.240,00",
    "FATURA NO: A-004512 FATURA TARİHİ: 05-03-2026 Ödenecek Tutar 26.500,00 TL",
    "СЧЁТ № 26/031 Дата счёта: 05.03.2026 Итого к оплате 1 240,00",
    "nothing here but words and 12,50 figures",
    "",
]


@pytest.mark.parametrize("key", sorted(LABELS_BY_RANK))
@pytest.mark.parametrize("text", LINES)
def test_ranked_captions_match_the_whole_alternation(key: str, text: str) -> None:
    whole = LABELS_BY_RANK[key]
    ranked = RANKED_CAPTIONS[key].for_line(folded(text))
    expected = [(m.span(), m.lastgroup) for m in whole.finditer(text)]
    assert [(m.span(), m.lastgroup) for m in ranked.finditer(text)] == expected
    for start in range(0, len(text), 7):
        for end in (len(text), min(len(text), start + 12)):
            one = whole.match(text, start, end)
            other = ranked.match(text, start, end)
            assert (one and (one.span(), one.lastgroup)) == (
                other and (other.span(), other.lastgroup)
            )


def test_a_line_without_any_ranks_strings_keeps_no_rank() -> None:
    assert not RANKED_CAPTIONS["iban"].for_line(folded("Menge 3 Stück zu 12,50"))


@pytest.mark.parametrize("text", LINES)
def test_one_scan_keeps_the_ranks_a_search_per_rank_keeps(text: str) -> None:
    # labelfilter.NeedScan: one scan of the line, the same ranks as each rank's own search.
    lowered = folded(text)
    for key, whole in LABELS.items():
        searched = [
            rank
            for rank, pattern in enumerate(whole)
            if lowered is None
            or (needed := needed_strings(pattern)) is None
            or needed.search(lowered)
        ]
        kept = RANKED_CAPTIONS[key].for_line(lowered)
        assert len(kept._patterns) == len(searched)


def test_a_case_sensitive_group_still_gives_its_strings() -> None:
    # "(?-i:IVE)" matches a subset of what "ive" matches ignoring case: still a safe gate.
    needed = needed_strings(re.compile(r"\b(?:iva|(?-i:IVE))\b", re.IGNORECASE))
    assert needed is not None
    assert needed.search("total ive") and needed.search("iva 21 %")
    assert not needed.search("invoice")
