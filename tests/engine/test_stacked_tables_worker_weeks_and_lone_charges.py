"""A workshop's flat charge printed on its own line under the item tables, before the
totals box ("Kleinmaterial pauschal  14,20"): an item where the net total needs it."""

from __future__ import annotations

from facturist.engine.extraction import CanonicalInvoice

from .conftest import analysed, make_placed_pdf

# (x, y from the top, text, right-aligned)
Text = tuple[float, float, str, bool]


def _invoice(texts: list[Text]) -> CanonicalInvoice:
    return analysed(make_placed_pdf(texts, 9))


def _row(y: float, name: str, count: str, price: str, amount: str) -> list[Text]:
    return [
        (50, y, name, False),
        (330, y, count, True),
        (420, y, price, True),
        (540, y, amount, True),
    ]


def _workshop(
    charge: str,
    net: str,
    name: str = "Kleinmaterial und Reinigung (pauschal)",
    labour: str = "126,00",
) -> list[Text]:
    texts: list[Text] = [
        (50, 40, "Werkstatt Nordtal GmbH", False),
        (50, 52, "Am Kanal 7, 31134 Hildesheim", False),
        (380, 90, "Rechnung Nr. W-55120", False),
        (380, 102, "Datum 02.02.2026", False),
        (50, 150, "ERSATZTEILE", False),
    ]
    texts += _row(168, "Bezeichnung", "Menge", "Preis", "Betrag")
    texts += _row(184, "Luftfilter Kabine", "2", "24,10", "48,20")
    texts += _row(198, "Keilriemen Lima", "1", "63,90", "63,90")
    texts += [(50, 214, "Zwischensumme Teile", False), (540, 214, "112,10", True)]
    texts.append((50, 240, "ARBEITSLOHN", False))
    texts += _row(258, "Bezeichnung", "Menge", "Preis", "Betrag")
    texts += _row(274, "Filter wechseln", "0,50", "84,00", "42,00")
    texts += _row(288, "Riemen tauschen", "1,00", "84,00", "84,00")
    texts += [(50, 304, "Zwischensumme Arbeit", False), (540, 304, labour, True)]
    texts += [(50, 326, name, False), (540, 326, charge, True)]
    texts += [(400, 356, "Summe netto", False), (540, 356, net, True)]
    texts += [(400, 370, "MwSt. 19 %", False), (540, 370, "48,00", True)]
    texts += [(400, 384, "Gesamtbetrag", False), (540, 384, "300,00", True)]
    return texts


def _amounts(invoice: CanonicalInvoice) -> list[object]:
    return [item["amount"].value for item in invoice.items]


def test_lone_charge_before_the_totals_is_an_item_where_the_net_needs_it() -> None:
    invoice = _invoice(_workshop("13,90", "252,00"))
    assert _amounts(invoice) == [48.2, 63.9, 42.0, 84.0, 13.9]
    assert invoice.items[-1]["description"].value == "Kleinmaterial und Reinigung (pauschal)"


def test_lone_charge_outside_the_net_stays_out() -> None:
    # The net is the items' sum alone: the line below is no charge of the invoice.
    invoice = _invoice(_workshop("13,90", "238,10"))
    assert _amounts(invoice) == [48.2, 63.9, 42.0, 84.0]


def test_tax_line_under_the_tables_is_no_charge() -> None:
    # The tax the gross total below needs as well: no item.
    invoice = _invoice(_workshop("45,24", "283,34", "zuzüglich 19 % MwSt."))
    assert _amounts(invoice) == [48.2, 63.9, 42.0, 84.0]


def test_charge_under_the_goods_total_is_the_documents_own() -> None:
    # "Zwischensumme 238,10" sums all items: the totals box has begun, its shipping share
    # is a charge on the whole invoice, no item.
    invoice = _invoice(_workshop("13,90", "252,00", "Versandkostenanteil", "238,10"))
    assert _amounts(invoice) == [48.2, 63.9, 42.0, 84.0]
