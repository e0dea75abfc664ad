"""Scans whose OCR drops a mark: the return line's dot after the name, a VAT ID glued to its
caption's colon, the share capital on the street's column, a tilted photo's drifting edge."""

from __future__ import annotations

from facturist.engine.layout import Line, build_lines
from facturist.engine.letterheadaddress import letterhead_address
from facturist.engine.model import Box, PageText, Word
from facturist.engine.parties import party_names
from facturist.engine.partyblocks import uncaptioned_block, window_address

from .conftest import header_values, spaced_lines


def _scanned(items: list[tuple[float, float, str]], height: float = 9) -> list[Line]:
    """Lines as OCR reads them (confidence under 1), words about 5 points a letter wide."""
    words = []
    for x, y, text in items:
        for token in text.split(" "):
            width = 5.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + height), 0.95))
            x += width + 2.5
    return build_lines(PageText(1, 595, 842, words))


def test_return_line_without_the_dot_after_the_name_heads_the_window() -> None:
    # OCR dropped the "·" between the firm's form and its street: the name ends at its form.
    lines = _scanned(
        [
            (50, 40, "Kontor Elbmarsch"),
            (50, 100, "Kontor Elbmarsch GmbH & Co. KG Am Kanal 7 ·21129 Hamburg"),
            (350, 110, "Rechnung Nr. 5511"),
            (50, 120, "Kanzlei Hofmann & Partner mbB"),
            (50, 132, "Lindenallee 12"),
            (50, 144, "20259 Hamburg"),
            (50, 400, "Pos Bezeichnung Menge Betrag"),
            (50, 420, "1 Beratung 1 100,00"),
            (50, 800, "Seite 1"),
        ]
    )
    buyer, sender = window_address(lines)
    assert buyer is not None and buyer.value == "Kanzlei Hofmann & Partner mbB"
    assert sender is not None and sender.value == "Kontor Elbmarsch GmbH & Co. KG"


def test_tilted_photo_block_runs_down_to_its_town() -> None:
    # The block's left edge drifts by the same step each line (a photo taken at a slant).
    words = []
    for x, y, text in [
        (600, 500, "Monsieur et Madame Lambrecht"),
        (592, 550, "Rue des Tilleuls 31"),
        (585, 600, "5000 Namur"),
    ]:
        for token in text.split(" "):
            width = 25.0 * len(token)
            words.append(Word(token, Box(1, x, y, x + width, y + 45), 0.95))
            x += width + 12
    words.append(Word("FACTURE", Box(1, 100, 900, 300, 945), 0.95))
    words.append(Word("Total", Box(1, 100, 2700, 200, 2745), 0.95))
    lines = build_lines(PageText(1, 1654, 2339, words))
    found = uncaptioned_block(lines, None)
    assert found is not None and found.value == "Monsieur et Madame Lambrecht"


def test_seller_vat_id_glued_to_a_garbled_caption() -> None:
    fields = header_values(
        [
            (50, 40, "TRANSPORTS VIGNAL"),
            (50, 52, "8 rue des Forges"),
            (50, 64, "44000 Nantes"),
            (320, 90, "Client :"),
            (320, 102, "ATELIERS DU LAC SAS"),
            (320, 114, "3 avenue du Port"),
            (320, 126, "35000 Rennes"),
            (50, 180, "FACTURE N° F24/118"),
            (50, 200, "N° TVA client : FR78793802141"),
            (50, 240, "Désignation Qté P.U. Montant"),
            (50, 256, "Transport 1 100,00 100,00"),
            (350, 300, "Total HT 100,00"),
            (350, 312, "TVA 20 % 20,00"),
            (350, 324, "Net à payer 120,00"),
            (50, 760, "TRANSPORTS VIGNAL SARL - RCS Nantes 412 739 500"),
            (50, 772, "N° TyA intràcommunautain :FR29412739500,- APE 4941A"),
        ]
    )
    assert fields.get("seller_vat_id") == "FR29412739500"


def test_share_capital_under_the_name_is_no_street() -> None:
    lines = spaced_lines(
        [
            (50, 40, "EMBALLAGES VIGNAL"),
            (50, 54, "SARL. au capital de 40 000 €"),
            (50, 66, "ZA des Landes - 12 rue Denis Papin"),
            (50, 78, "44470 Carquefou"),
            (50, 500, "Total 100,00"),
            (50, 800, "Page 1"),
        ]
    )
    found = letterhead_address(lines, None)
    assert found is not None
    assert found.value == "ZA des Landes - 12 rue Denis Papin, 44470 Carquefou"


def test_return_line_seller_is_its_name_piece() -> None:
    lines = _scanned(
        [
            (50, 40, "Kontor Elbmarsch"),
            (50, 60, "Bürobedarf · Papier · Druckerzubehör"),
            (50, 100, "Kontor Elbmarsch GmbH & Co. KG Am Kanal 7 ·21129 Hamburg"),
            (350, 110, "Rechnung Nr. 5511"),
            (50, 120, "Kanzlei Hofmann & Partner mbB"),
            (50, 132, "Lindenallee 12"),
            (50, 144, "20259 Hamburg"),
            (50, 400, "Pos Bezeichnung Menge Betrag"),
            (50, 420, "1 Beratung 1 100,00"),
            (50, 800, "Seite 1"),
        ]
    )
    seller, buyer = party_names(lines)
    assert buyer is not None and buyer.value == "Kanzlei Hofmann & Partner mbB"
    assert seller is not None and "Kanal" not in str(seller.value)
