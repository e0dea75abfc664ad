"""Lines in an address block that are no address part: a routing line framed by dashes or a
goods-in desk in the buyer's window ("- Wareneingang Halle 3 -"), and a wholesaler's trade
description with its branches over the seller's street ("Grossiste en quincaillerie -
Agences Lyon 3e, Bron") (readerlines.py, tradedescription.py)."""

from __future__ import annotations

from typing import Any

from facturist.engine import extract_canonical
from facturist.engine.readerlines import reader_line
from facturist.engine.tradedescription import trade_description

from .conftest import SizedText, make_aligned_pdf


def _german(routing: str) -> dict[str, Any]:
    texts: list[SizedText] = [
        (92, 54, "Nordstern Feinmechanik GmbH", 14),
        (56, 125, "Nordstern Feinmechanik GmbH · Am Hafen 7 · 28217 Bremen", 6),
        (352, 130, "Rechnung Nr.", 8),
        (440, 130, "RE-7781", 8),
        (56, 141, "Zentrum für Werkstoffprüfung", 9),
        (352, 141, "Rechnungsdatum", 8),
        (440, 141, "12.03.2025", 8),
        (56, 153, "Prüftechnik Olsen GmbH", 9),
        (352, 153, "Kunden-Nr.", 8),
        (440, 153, "K-4410", 8),
        (56, 166, routing, 9),
        (56, 178, "Wilhelmstraße 42", 9),
        (56, 191, "24103 Kiel", 9),
        (56, 260, "Pos.", 8),
        (90, 260, "Bezeichnung", 8),
        (330, 260, "Menge", 8),
        (400, 260, "Einzelpreis", 8),
        (480, 260, "Gesamtpreis", 8),
        (56, 278, "1", 8),
        (90, 278, "Messschieber digital 150 mm", 8),
        (355, 278, ">2", 8),
        (445, 278, ">64,00", 8),
        (530, 278, ">128,00", 8),
        (400, 320, "Nettobetrag", 9),
        (530, 320, ">128,00", 9),
        (400, 334, "USt 19 %", 9),
        (530, 334, ">24,32", 9),
        (400, 348, "Rechnungsbetrag", 9),
        (530, 348, ">152,32", 9),
    ]
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    return result


def test_routing_line_framed_by_dashes_is_no_address_line() -> None:
    address = _german("- Wareneingang Halle 3 -")["fields"]["buyer_address"]
    assert address == "Wilhelmstraße 42, 24103 Kiel"


def test_goods_in_desk_is_no_address_line() -> None:
    assert reader_line("Wareneingang Labor 2")
    assert reader_line("Goods-in Bay 4")
    assert not reader_line("Wilhelmstraße 42")


def test_trade_description_opens_with_the_trades_noun() -> None:
    assert trade_description("Grossiste en quincaillerie - Agences Lyon 3e, Bron")
    assert trade_description("Wholesale distributor of industrial fasteners")
    assert not trade_description("Distributeur 12 rue de la Gare")
    assert not trade_description("114 avenue Jean Jaurès")


def test_wholesalers_trade_line_over_its_street() -> None:
    texts: list[SizedText] = [
        (49, 48, "QRD", 16),
        (112, 48, "Quincaillerie Rhône-Dauphiné", 16),
        (112, 65, "Grossiste en quincaillerie - Agences Lyon 3e, Bron, Vienne", 7),
        (112, 78, "27 rue Garibaldi - 69003 Lyon - Tél. 04 72 11 20 30 - info@qrd-lyon.fr", 7),
        (49, 118, "FACTURE", 12),
        (320, 117, "Adresse de facturation", 7),
        (320, 129, "Menuiserie Faure SARL", 9),
        (49, 142, "N° facture :", 8),
        (110, 142, "FQ-30112", 8),
        (320, 142, "4 chemin des Vignes", 9),
        (49, 154, "Date :", 8),
        (110, 154, "11/03/2025", 8),
        (320, 154, "69500 Bron", 9),
        (42, 230, "Référence", 7),
        (110, 230, "Désignation", 7),
        (330, 230, "Qté", 7),
        (400, 230, "Prix unitaire HT", 7),
        (480, 230, "Montant HT", 7),
        (42, 248, "CHV-660", 7),
        (110, 248, "Charnière inox 60 mm", 7),
        (345, 248, ">12", 7),
        (450, 248, ">3,40", 7),
        (530, 248, ">40,80", 7),
        (400, 290, "Total HT", 9),
        (530, 290, ">40,80", 9),
        (400, 304, "TVA 20 %", 9),
        (530, 304, ">8,16", 9),
        (400, 318, "Total TTC", 9),
        (530, 318, ">48,96", 9),
    ]
    result: dict[str, Any] = extract_canonical(make_aligned_pdf(texts), use_einvoice=False)
    address = result["fields"]["seller_address"]
    assert address.startswith("27 rue Garibaldi") and address.endswith("69003 Lyon")
