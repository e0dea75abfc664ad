"""The accuracy metric of TRUTH.md: header-field micro F1 and one-to-one line-item F1."""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

ID_FIELDS = frozenset(
    {"invoice_number", "seller_vat_id", "buyer_vat_id", "iban", "currency", "document_type"}
)
TEXT_FIELDS = frozenset({"seller_name", "buyer_name", "seller_address", "buyer_address"})
DATE_FIELDS = frozenset({"invoice_date", "due_date"})
AMOUNT_FIELDS = frozenset({"net_amount", "tax_amount", "total_amount", "amount_due"})
SCORED_FIELDS = (
    "invoice_number", "invoice_date", "due_date", "seller_name", "seller_vat_id", "seller_address",
    "buyer_name", "currency", "net_amount", "tax_amount", "total_amount", "amount_due", "iban",
)  # fmt: skip
LINE_COLUMNS = ("description", "quantity", "unit_price", "amount")
_TOLERANCE = 0.011


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def normalise_id(value: Any) -> str:
    """Letters and digits only, case-folded, without a leading "No."/"Nr."/"#"."""
    text = re.sub(r"^(no\.?|nr\.?|#)\s*", "", _fold(str(value)).strip())
    return re.sub(r"[^0-9a-z]", "", text)


def _tokens(value: Any) -> list[str]:
    return re.findall(r"[0-9a-z]+", _fold(str(value)))


def token_f1(a: Any, b: Any) -> float:
    """Token-overlap F1 of two texts (multiset overlap)."""
    left, right = _tokens(a), _tokens(b)
    if not left or not right:
        return 0.0
    pool = list(right)
    common = 0
    for token in left:
        if token in pool:
            pool.remove(token)
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(left), common / len(right)
    return 2 * precision * recall / (precision + recall)


def to_number(value: Any) -> float | None:
    """A number from a number or amount text ("1.234,56", "(12.00)", "5-")."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = re.sub(r"[^0-9,.\-()]", "", str(value).strip().replace("\u00a0", "").replace(" ", ""))
    if not text:
        return None
    negative = (
        text.startswith("-") or (text.startswith("(") and text.endswith(")")) or text.endswith("-")
    )
    text = text.strip("-()")
    if "," in text and "." in text:
        mark = "," if text.rfind(",") > text.rfind(".") else "."
        text = text.replace("." if mark == "," else ",", "").replace(mark, ".")
    elif "," in text:
        head, _, tail = text.rpartition(",")
        text = text.replace(",", "") if len(tail) == 3 and head else text.replace(",", ".")
    try:
        number = float(text)
    except ValueError:
        return None
    return -number if negative else number


def _iso_date(value: Any) -> str | None:
    if value is None:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", str(value).strip())
    return match.group(0) if match else str(value).strip()


def is_empty(value: Any) -> bool:
    """None or a blank string."""
    return value is None or (isinstance(value, str) and not value.strip())


def _numbers_agree(a: Any, b: Any) -> bool:
    x, y = to_number(a), to_number(b)
    return x is not None and y is not None and abs(abs(x) - abs(y)) <= _TOLERANCE


def field_matches(name: str, truth: Any, predicted: Any, alternatives: Any = ()) -> bool:
    """Whether a predicted header value counts as right for this field."""
    if predicted is None or predicted == "":
        return False
    accepted = [truth, *alternatives]
    if name in AMOUNT_FIELDS:
        guess = to_number(predicted)
        return guess is not None and any(
            abs(abs(guess) - abs(to_number(t) or 0.0)) <= _TOLERANCE for t in accepted
        )
    if name in DATE_FIELDS:
        return any(_iso_date(predicted) == _iso_date(t) for t in accepted)
    if name in TEXT_FIELDS:
        return any(
            normalise_id(predicted) == normalise_id(t) or token_f1(predicted, t) >= 0.8
            for t in accepted
        )
    return any(
        normalise_id(predicted) == normalise_id(t) and normalise_id(t) != "" for t in accepted
    )


def _line_pair(truth: dict[str, Any], predicted: dict[str, Any]) -> tuple[float, bool]:
    similarity, agrees, shared = 0.0, True, 0
    for column in LINE_COLUMNS:
        true_value, guess = truth.get(column), predicted.get(column)
        if is_empty(true_value):
            continue
        shared += 1
        if column == "description":
            overlap = token_f1(true_value, guess) if not is_empty(guess) else 0.0
            similarity += overlap
            agrees = agrees and overlap >= 0.5
        else:
            good = _numbers_agree(true_value, guess)
            similarity += 1.0 if good else 0.0
            agrees = agrees and good
    return similarity, agrees and shared > 0


@dataclass
class Counts:
    """True positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        """Accumulate another count into this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def f1(self) -> tuple[float, float, float]:
        """Precision, recall, F1."""
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def score_lines(
    truth: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> tuple[Counts, dict[str, list[int]]]:
    """Pair rows best-first, one to one; count correct pairs and per-column agreement."""
    pairs = []
    for i, true_row in enumerate(truth):
        for j, guess_row in enumerate(predicted):
            similarity, agrees = _line_pair(true_row, guess_row)
            pairs.append((similarity, i, j, agrees))
    pairs.sort(key=lambda pair: -pair[0])
    used_truth: set[int] = set()
    used_guess: set[int] = set()
    correct = 0
    cells: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for similarity, i, j, agrees in pairs:
        if i in used_truth or j in used_guess or similarity <= 0:
            continue
        used_truth.add(i)
        used_guess.add(j)
        correct += agrees
        for column in LINE_COLUMNS:
            true_value = truth[i].get(column)
            if is_empty(true_value):
                continue
            guess = predicted[j].get(column)
            if column == "description":
                good = not is_empty(guess) and token_f1(true_value, guess) >= 0.5
            else:
                good = _numbers_agree(true_value, guess)
            cells[column][0] += good
            cells[column][1] += 1
    return Counts(correct, len(predicted) - correct, len(truth) - correct), dict(cells)


@dataclass
class Score:
    """Scores over a set of documents, overall, per field and per group (family)."""

    documents: dict[str, int] = field(default_factory=dict)
    fields: dict[str, Counts] = field(default_factory=dict)
    group_fields: dict[str, Counts] = field(default_factory=dict)
    lines: Counts = field(default_factory=Counts)
    group_lines: dict[str, Counts] = field(default_factory=dict)
    line_cells: dict[str, list[int]] = field(default_factory=dict)
    missing: int = 0

    def header(self) -> Counts:
        """Micro-averaged header counts."""
        total = Counts()
        for counts in self.fields.values():
            total.add(counts)
        return total


def score_documents(
    pairs: list[tuple[dict[str, Any], dict[str, Any] | None]], group_by: str = "family"
) -> Score:
    """Score (truth, prediction) pairs; a None prediction counts as an empty one."""
    score = Score()
    for truth, prediction in pairs:
        predicted = prediction or {}
        score.missing += prediction is None
        group = str(truth.get(group_by, "all"))
        score.documents[group] = score.documents.get(group, 0) + 1
        true_fields = truth.get("fields", {})
        guessed = predicted.get("fields") or {}
        alternatives = truth.get("alternatives", {})
        group_counts = score.group_fields.setdefault(group, Counts())
        for name in SCORED_FIELDS:
            if name not in true_fields:
                continue
            counts = Counts()
            true_value, guess = true_fields.get(name), guessed.get(name)
            if is_empty(true_value):
                counts.fp += not is_empty(guess)
            elif field_matches(name, true_value, guess, alternatives.get(name, ())):
                counts.tp += 1
            else:
                counts.fn += 1
                counts.fp += not is_empty(guess)
            score.fields.setdefault(name, Counts()).add(counts)
            group_counts.add(counts)
        true_lines = truth.get("line_items")
        if true_lines:
            counts, cells = score_lines(true_lines, predicted.get("line_items") or [])
            score.lines.add(counts)
            score.group_lines.setdefault(group, Counts()).add(counts)
            for column, (good, seen) in cells.items():
                slot = score.line_cells.setdefault(column, [0, 0])
                slot[0] += good
                slot[1] += seen
    return score


def format_report(score: Score, group_by: str = "family") -> str:
    """Per-field and per-group tables, ending with "header_f1=… line_item_f1=…"."""
    out = [f"documents: {sum(score.documents.values())} ({score.missing} without a prediction)"]
    out.append(f"{'field':16} {'P':>6} {'R':>6} {'F1':>6}   support")
    for name in SCORED_FIELDS:
        counts = score.fields.get(name)
        if counts is None or counts.tp + counts.fp + counts.fn == 0:
            continue
        p, r, f = counts.f1()
        out.append(f"{name:16} {p:6.3f} {r:6.3f} {f:6.3f}   {counts.tp + counts.fn}")
    header = score.header()
    hp, hr, hf = header.f1()
    lp, lr, lf = score.lines.f1()
    out.append(f"{'HEADER (micro)':16} {hp:6.3f} {hr:6.3f} {hf:6.3f}   {header.tp + header.fn}")
    out.append(
        f"{'LINE ITEMS':16} {lp:6.3f} {lr:6.3f} {lf:6.3f}   {score.lines.tp + score.lines.fn}"
    )
    for column, (good, seen) in score.line_cells.items():
        out.append(f"  line {column:11} accuracy {good / seen:6.3f} over {seen} paired rows")
    out.append(f"\nby {group_by}:")
    for group in sorted(score.documents):
        group_header = score.group_fields.get(group, Counts()).f1()[2]
        group_lines = score.group_lines.get(group)
        line_text = (
            f"{group_lines.f1()[2]:.3f}"
            if group_lines and group_lines.tp + group_lines.fp + group_lines.fn
            else "  -  "
        )
        out.append(
            f"  {group[:44]:44} docs={score.documents[group]:4} "
            f"header_f1={group_header:.3f} line_f1={line_text}"
        )
    out.append(f"header_f1={hf:.3f} line_item_f1={lf:.3f}")
    return "\n".join(out)
