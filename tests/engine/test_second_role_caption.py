"""A party caption naming a second role of the same party after a slash ("Odběratel /
Konečný příjemce", buyer / final recipient; "Customer / Consignee"; "Käufer /
Warenempfänger"): the caption goes on, the party's name is the block's first line under
it. Read as a caption with another field's label after it, the block was dropped and a
delivery place's "caption: value" line further down was taken for the buyer."""

from __future__ import annotations

import pytest

from facturist.engine.parties import party_names

from .conftest import spaced_lines


def _page(caption: str) -> list[tuple[float, float, str]]:
    return [
        (380, 40, "FAKTURA č. 4471"),
        (380, 60, "Datum vystavení 12.05.2024"),
        (45, 145, "DODAVATEL"),
        (320, 145, caption),
        (45, 159, "Pila Borovina s.r.o."),
        (320, 159, "Gemeinde Talhausen"),
        (45, 171, "Lesní 8"),
        (320, 171, "Rathausgasse 2"),
        (45, 183, "675 21 Okříšky"),
        (320, 183, "88410 Talhausen, Německo"),
        (320, 195, "VAT: DE999888777"),
        (320, 215, "Místo dodání: Bahnhofstr. 7, 88410 Talhausen"),
        (45, 250, "Položka"),
        (290, 250, "Množství"),
        (494, 250, "Cena celkem"),
        (45, 268, "Fošny smrkové"),
        (290, 268, "12"),
        (494, 268, "960,00"),
    ]


@pytest.mark.parametrize(
    "caption",
    [
        "ODBĚRATEL / KONEČNÝ PŘÍJEMCE",
        "Odběratel / Příjemce",
        "Customer / Consignee",
        "Käufer / Warenempfänger",
    ],
)
def test_buyer_caption_with_second_role_heads_the_block(caption: str) -> None:
    _, buyer = party_names(spaced_lines(_page(caption)))
    assert buyer is not None
    assert buyer.value == "Gemeinde Talhausen"
