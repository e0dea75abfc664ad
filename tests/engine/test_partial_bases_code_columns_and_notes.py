"""A taxed part's base under untaxed parts, read as the net (partialbase.py); an item code
shaped like a currency in an item table's code column, and a page printing no currency
(currencycolumn.py, countrycurrency.py); a note row under the items running on under the
figure columns (acrossfigures.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical

from .conftest import make_invoice_pdf

Page = list[tuple[float, float, str]]


def _read(page: Page, size: float = 10) -> dict[str, Any]:
    result: dict[str, Any] = extract_canonical(make_invoice_pdf([page], marks=True, size=size))
    return result


def _agency_bill(taxed_caption: str) -> Page:
    return [
        (50, 50, "Voyages Armor SARL"),
        (50, 64, "12 rue de Brest"),
        (50, 78, "56100 Lorient"),
        (330, 100, "Société Quimper Métal"),
        (330, 114, "3 rue du Port"),
        (330, 128, "29000 Quimper"),
        (50, 170, "FACTURE"),
        (50, 190, "Numéro"),
        (150, 190, "VA-2025-118"),
        (50, 204, "Date"),
        (150, 204, "12/03/2025"),
        (50, 250, "Désignation"),
        (330, 250, "Qté"),
        (460, 250, ">P.U."),
        (540, 250, ">Montant"),
        (50, 270, "Circuit Porto 3 nuits (régime de la marge)"),
        (330, 270, "2"),
        (460, 270, ">640,00"),
        (540, 270, ">1 280,00"),
        (50, 290, "Assurance multirisque"),
        (330, 290, "2"),
        (460, 290, ">27,50"),
        (540, 290, ">55,00"),
        (50, 310, "Frais de dossier"),
        (330, 310, "1"),
        (460, 310, ">80,00"),
        (540, 310, ">80,00"),
        (250, 350, "Prestations soumises au régime de la marge"),
        (540, 350, ">1 280,00 €"),
        (250, 364, "Prestations exonérées"),
        (540, 364, ">55,00 €"),
        (250, 378, taxed_caption),
        (540, 378, ">80,00 €"),
        (250, 392, "TVA 20 %"),
        (540, 392, ">16,00 €"),
        (250, 406, "Net à payer TTC"),
        (540, 406, ">1 431,00 €"),
    ]


def test_a_taxed_parts_base_under_untaxed_parts_leaves_the_net_to_the_sum_due() -> None:
    fields = _read(_agency_bill("Total HT soumis à TVA"))["fields"]
    assert fields["tax_amount"] == 16.0
    assert fields["net_amount"] == 1415.0
    assert fields["total_amount"] == 1431.0
    assert fields["amount_due"] == 1431.0


def test_parts_that_do_not_make_up_the_sum_due_leave_the_base_as_the_net() -> None:
    page = [item for item in _agency_bill("Total HT soumis à TVA") if item[1] != 364]
    fields = _read(page)["fields"]
    assert fields["net_amount"] == 80.0
    assert fields["total_amount"] != 1431.0


def _restaurant_copy(first_code: str, note: str | None) -> Page:
    page: Page = [
        (50, 40, "Documento elettronico - copia di cortesia"),
        (50, 62, "Cedente/prestatore"),
        (320, 62, "Cessionario/committente"),
        (50, 76, "Partita IVA: IT01533030462"),
        (320, 76, "Partita IVA: IT02208740365"),
        (50, 90, "Denominazione: TRATTORIA DEL PONTE S.R.L."),
        (320, 90, "Denominazione: OFFICINE BERTI S.P.A."),
        (50, 104, "Via del Ponte 7, 55100 Lucca"),
        (320, 104, "Via Emilia 120, 41121 Modena"),
        (50, 140, "Numero documento"),
        (150, 140, "77/A"),
        (50, 154, "Data documento"),
        (150, 154, "04-11-2024"),
        (50, 200, "Cod. articolo"),
        (115, 200, "Descrizione"),
        (320, 200, "Quantità"),
        (410, 200, ">Prezzo unitario"),
        (545, 200, ">Prezzo totale"),
        (50, 218, first_code),
        (115, 218, "Coperto"),
        (350, 218, ">6,00"),
        (410, 218, ">3,00"),
        (545, 218, ">18,00"),
        (50, 231, "PRI-RAG"),
        (115, 231, "Pappardelle al ragù"),
        (350, 231, ">6,00"),
        (410, 231, ">14,00"),
        (545, 231, ">84,00"),
        (50, 244, "VIN-CHI"),
        (115, 244, "Chianti Colli Lucchesi DOCG"),
        (350, 244, ">2,00"),
        (410, 244, ">26,00"),
        (545, 244, ">52,00"),
        (50, 257, "DOL"),
        (115, 257, "Torta della casa"),
        (350, 257, ">6,00"),
        (410, 257, ">5,50"),
        (545, 257, ">33,00"),
    ]
    if note is not None:
        page.append((115, 270, note))
    page += [
        (50, 310, "Totale imponibile"),
        (545, 310, ">187,00"),
        (50, 324, "Totale imposta"),
        (545, 324, ">18,70"),
        (50, 338, "Totale documento"),
        (545, 338, ">205,70"),
        (50, 380, "IBAN: IT60X0542811101000000123456"),
    ]
    return page


def test_a_currency_shaped_item_code_is_no_currency_and_the_sellers_country_gives_it() -> None:
    fields = _read(_restaurant_copy("COP", None))["fields"]
    assert fields["currency"] == "EUR"
    assert fields["total_amount"] == 205.7


def test_a_note_running_on_under_the_figures_is_no_part_of_the_last_items_name() -> None:
    note = "Pranzo di lavoro del 03/11/2024 - 6 coperti - rif. dott. Berti e colleghi"
    items = _read(_restaurant_copy("COP", note))["line_items"]
    assert [item["description"] for item in items][-1] == "Torta della casa"
    assert len(items) == 4


def test_a_wrapped_name_inside_the_description_column_stays_the_items() -> None:
    items = _read(_restaurant_copy("COP", "con panna montata"))["line_items"]
    assert items[-1]["description"] == "Torta della casa con panna montata"
