"""Text boxes cut at the ruling lines of a grid (cells the detector joined)."""

from __future__ import annotations

import numpy as np

from facturist.engine.ocr.rules import cut_at_rules, vertical_rules


def box(x0: float, y0: float, x1: float, y1: float) -> np.ndarray:
    return np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]], np.float32)


def ruled_page() -> np.ndarray:
    """A white 1000 x 800 page, a grid border at x = 400 from y = 100 to 300, "text" blobs
    either side of it, and a tall letter stroke (30 px) that is no rule."""
    page = np.full((1000, 800), 255, np.uint8)
    page[100:300, 399:402] = 0  # the rule
    page[180:200, 300:395] = 0  # text left of it
    page[180:200, 405:500] = 0  # text right of it
    page[500:530, 600:603] = 0  # a letter's stem
    return page


def spans(boxes: list[np.ndarray]) -> list[tuple[int, int]]:
    return [(round(float(b[:, 0].min())), round(float(b[:, 0].max()))) for b in boxes]


def test_a_box_across_a_rule_is_cut_there() -> None:
    rules = vertical_rules(ruled_page())
    pieces = cut_at_rules([box(290, 175, 510, 205)], rules)
    assert spans(pieces) == [(290, 399), (402, 510)]
    assert all(float(p[:, 1].min()) == 175 and float(p[:, 1].max()) == 205 for p in pieces)


def test_boxes_no_rule_crosses_stay_whole() -> None:
    rules = vertical_rules(ruled_page())
    # Beside the rule, below its end, and over the short letter stem.
    boxes = [box(300, 175, 395, 205), box(290, 400, 510, 430), box(550, 495, 700, 535)]
    assert spans(cut_at_rules(boxes, rules)) == spans(boxes)


def test_a_page_without_rules_keeps_its_boxes() -> None:
    page = np.full((400, 300), 255, np.uint8)
    boxes = [box(10, 10, 200, 30)]
    assert cut_at_rules(boxes, vertical_rules(page)) is boxes


def test_a_shadow_over_the_page_is_no_rule() -> None:
    # A photographed receipt with a shadow over its left part: the shaded paper is darker
    # than the ink threshold in every column from top to bottom, yet no border; taken for
    # rules, its columns cut the words under it away ("DOC NO" read as "NO").
    page = np.full((1000, 800), 255, np.uint8)
    page[:, :330] = 100  # the shadow, its edge at x = 330
    page[180:200, 300:395] = 0  # a line of text running out of it
    boxes = [box(290, 175, 400, 205)]
    assert spans(cut_at_rules(boxes, vertical_rules(page))) == spans(boxes)
    # A thin border beside it still cuts.
    page[100:300, 600:603] = 0
    page[180:200, 560:596] = 0
    page[180:200, 607:700] = 0
    assert spans(cut_at_rules([box(550, 175, 710, 205)], vertical_rules(page))) == [
        (550, 600),
        (603, 710),
    ]
