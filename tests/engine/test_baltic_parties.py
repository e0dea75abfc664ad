"""Baltic party captions, form-first names, bank lines (balticparties.py) and another
invoice's number cited after a prepayment word or in brackets (referencednumbers.py)."""

from __future__ import annotations

from facturist.engine.balticparties import form_first_name, more_party_caption
from facturist.engine.extraction import CanonicalInvoice
from facturist.engine.footerbank import bank_line

from .conftest import SizedText, analysed, make_sized_pdf

_ESTONIAN: list[SizedText] = [
    (24, 50, "Emajoe", 20),
    (200, 50, "Arve", 20),
    (24, 74, "Kliima OÜ", 20),
    (201, 74, "nr 3318", 9),
    (406, 60, "Arve kuupäev 2026-03-02", 8),
    (200, 145, "ARVE SAAJA", 8),
    (201, 156, "Elva Vallavara Haldus MTÜ", 8),
    (201, 171, "Kesk tn 32", 8),
    (201, 184, "61507 Elva, Tartumaa", 8),
    (203, 240, "Nimetus", 8),
    (420, 240, "Kogus", 8),
    (470, 240, "Summa", 8),
    (203, 256, "Soojuspumba hooldus", 8),
    (420, 256, "2", 8),
    (470, 256, "290.00", 8),
    (366, 343, "Summa km-ta 290.00", 8),
    (366, 356, "Käibemaks 24 % 69.60", 8),
    (366, 373, "Kokku 359.60", 8),
    (366, 388, "Ettemaks (arve 3290) -100.00", 8),
    (366, 402, "Tasuda EUR 259.60", 8),
    (200, 728, "Ettemaks on tasutud 20.02.2026 arve nr 3290 alusel.", 8),
]


def _invoice(texts: list[SizedText]) -> CanonicalInvoice:
    return analysed(make_sized_pdf(texts))


def _field(invoice: CanonicalInvoice, key: str) -> object:
    value = invoice.fields.get(key)
    return value.value if value is not None else None


def test_title_over_its_number_outranks_a_prepayment_reference() -> None:
    assert _field(_invoice(_ESTONIAN), "invoice_number") == "3318"


def test_arve_saaja_heads_the_buyers_block() -> None:
    invoice = _invoice(_ESTONIAN)
    assert _field(invoice, "buyer_name") == "Elva Vallavara Haldus MTÜ"
    assert _field(invoice, "buyer_address") == "Kesk tn 32, 61507 Elva, Tartumaa"


def test_baltic_captions() -> None:
    assert more_party_caption(False, "Gavėjas:") is not None
    assert more_party_caption(False, "Arve saaja") is not None
    assert more_party_caption(True, "Pakalpojuma sniedzējs") is not None
    assert more_party_caption(False, "Mokėtojas") is not None
    assert more_party_caption(False, "Mokėtojas kodas 123") is None


def test_form_first_names_and_bank_lines() -> None:
    assert form_first_name("UAB „Medžio Linija“")
    assert form_first_name("SIA „Dzirnavkalns”")
    assert not form_first_name("Pardavėjas")
    assert bank_line("AB SEB bankas · LT60 7044 0600 0821 9574")
    assert not bank_line("UAB „Šilutės Statybų Centras“")
