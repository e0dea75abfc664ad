"""Legal forms that must stay whole in a party's name: the non-profit "gGmbH" of hospitals
and charities is neither a glued "GmbH" to part off nor a name without a legal form."""

from __future__ import annotations

from facturist.engine import extract_canonical
from facturist.engine.legalforms import LEGAL_FORM
from facturist.engine.partynames import spaced_name

from .conftest import make_aligned_pdf


def test_non_profit_gmbh_keeps_its_g() -> None:
    assert spaced_name("Kreisklinik Nordheim gGmbH") == "Kreisklinik Nordheim gGmbH"
    assert spaced_name("MüllerGmbH") == "Müller GmbH"


def test_non_profit_gmbh_is_a_legal_form() -> None:
    assert LEGAL_FORM.search("Kreisklinik Nordheim gGmbH") is not None


def _monospace_printout() -> dict[str, object]:
    lines = [
        "RECHNUNG / INVOICE",
        "Rechnungsnummer / Invoice number ....... 4471-2025",
        "Rechnungsdatum / Issue date ............ 05.03.2025",
        "Projekt / Project ...................... Neubau Ost",
        "",
        "VERKÄUFER / SELLER",
        " Feinmechanik Hegau GmbH",
        " Bahnhofstraße 8",
        " 78224 Singen",
        " USt-IdNr./VAT ID: DE123456788",
        "",
        "KÄUFER / BUYER",
        " Kreisklinik Nordheim gGmbH",
        " Zentraleinkauf",
        " Kliniksstraße 3",
        " 74226 Nordheim",
        "",
        "Pos Bezeichnung                 Menge   Preis    Netto",
        "1   Wartung Infusionspumpe         2  500,00  1.000,00",
        "",
        "Summe netto / Net ..................... 1.000,00",
        "USt 19 % / VAT ........................   190,00",
        "Gesamtbetrag / Total .................. 1.190,00",
    ]
    texts = [(43.0, 60.0 + 11 * i, text, 9.0) for i, text in enumerate(lines) if text]
    pdf = make_aligned_pdf(texts, font="Courier")
    return extract_canonical(pdf, use_einvoice=False)["fields"]  # type: ignore[no-any-return]


def test_bilingual_captions_in_monospace_cells_head_whole_names() -> None:
    # "KÄUFER | / | BUYER": the second wording names the same block, so it neither cuts
    # the name under it nor moves the block's left edge past the name.
    fields = _monospace_printout()
    assert fields.get("seller_name") == "Feinmechanik Hegau GmbH"
    assert fields.get("buyer_name") == "Kreisklinik Nordheim gGmbH"
