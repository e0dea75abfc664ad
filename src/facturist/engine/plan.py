"""Prompt -> ExtractionPlan: columns from a sentence or a field list, plus the rules asked for."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from facturist.engine.catalogue import (
    BY_KEY,
    CATALOGUE,
    DEFAULT_INVOICE_KEYS,
    DEFAULT_LINE_KEYS,
    FieldSpec,
)
from facturist.engine.model import (
    Column,
    ColumnKind,
    ExtractionPlan,
    OutputStructure,
    SuggestedAddition,
    UncertaintyNote,
)

_GENERIC = re.compile(
    r"\b(all|every|everything|any|full|complete|standard|default|relevant|key|main|important)\b"
    r"[\w\s]{0,30}\b(data|fields?|information|info|details|values)\b"
)
_LINE_CONTEXT = re.compile(
    r"\b(line[\s-]?items?|each (item|line|product)|per (item|line)|items? lines?|positions?|"
    r"products?)\b"
)
# Words that, once a line-item context is open, mean line columns rather than invoice totals.
_LINE_AMBIGUOUS = {
    "amount": "line.amount",
    "total": "line.amount",
    "price": "line.unit_price",
    "tax": "line.vat_rate",
    "vat": "line.vat_rate",
}
_NEGATION = re.compile(
    r"\(?\b(?:not|never|excluding|exclude|except|but not|rather than|"
    r"instead of)\b\s+(?:the\s+)?([^,;.()]+)\)?"
)
_DATE_TOKENS = [
    ("YYYY", "%Y"),
    ("YY", "%y"),
    ("MMMM", "%B"),
    ("MMM", "%b"),
    ("MM", "%m"),
    ("DD", "%d"),
    ("M", "%m"),
    ("D", "%d"),
]
_DATE_FORMAT = re.compile(
    r"\b((?:DD|MM|YYYY|YY|D|M|MMM|MMMM)(?:[./\- ](?:DD|MM|YYYY|YY|D|M|MMM|MMMM)){2})\b",
    re.IGNORECASE,
)
_NUMBER_WORDS = {"zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4}
_DECIMALS = re.compile(r"\b(\d|zero|no|one|two|three|four)\s+decimal(?:\s+places?|s)?\b")
_SKIP = re.compile(
    r"\b(?:skip|ignore|exclude|omit|leave out|drop)\s+(?:all\s+|any\s+)?([a-z\s]+?)(?:[,.;]|"
    r"$| and )"
)
_DOC_TYPES = {
    "credit note": "credit_note",
    "receipt": "receipt",
    "delivery note": "delivery_note",
    "quote": "quote",
    "quotation": "quote",
    "order confirmation": "order_confirmation",
    "statement": "statement",
    "reminder": "reminder",
    "proforma": "proforma",
    "pro forma": "proforma",
}
# Requests the engine has no way to carry out, whichever field they name.
_UNSUPPORTED = re.compile(
    r"\b(translate|summari[sz]e|classify|categori[sz]e|convert|calculate|compute|uppercase|"
    r"lowercase|capitali[sz]e|abbreviate)\b"
)
_INSTRUCTION_HINT = re.compile(
    r"\b(format|round|convert|translate|uppercase|lowercase|only|if|when|should|must|always|"
    r"use|show|put|as)\b"
)


@dataclass
class _Mention:
    start: int
    end: int
    key: str
    text: str


@dataclass
class _Rules:
    date_format: str | None = None
    decimals: int | None = None
    currency_symbol: bool = False
    credit_notes_negative: bool = True
    include_non_invoices: bool = False
    skip: list[str] = field(default_factory=list)
    notes: list[UncertaintyNote] = field(default_factory=list)
    handled_spans: list[tuple[int, int]] = field(default_factory=list)


def plan_from_prompt(
    prompt: str | dict[str, Any], structure: OutputStructure = "per_invoice"
) -> ExtractionPlan:
    """Turn a sentence or a field-list object into an ExtractionPlan."""
    if isinstance(prompt, dict):
        return _plan_from_fields(prompt, structure)
    return _plan_from_sentence(str(prompt), structure)


def _plan(
    columns: list[Column], structure: OutputStructure, rules: _Rules, general: str
) -> ExtractionPlan:
    return ExtractionPlan(
        columns=tuple(columns),
        structure=structure,
        date_format=rules.date_format,
        decimals=rules.decimals,
        currency_symbol=rules.currency_symbol,
        credit_notes_negative=rules.credit_notes_negative,
        include_non_invoices=rules.include_non_invoices,
        skip_document_types=tuple(dict.fromkeys(rules.skip)),
        general_prompt=general,
        notes=tuple(rules.notes),
    )


def _column(spec: FieldSpec, instruction: str = "") -> Column:
    return Column(spec.name, spec.key, spec.level, spec.kind, instruction)


def _find_mentions(text: str) -> list[_Mention]:
    """Catalogue synonyms in text, longest first, without overlaps, in reading order."""
    candidates: list[tuple[int, int, int, str, str]] = []
    for order, spec in enumerate(CATALOGUE):
        for synonym in spec.synonyms:
            for match in re.finditer(r"(?<![\w])" + re.escape(synonym) + r"(?![\w])", text):
                candidates.append((match.start(), match.end(), order, spec.key, synonym))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[_Mention] = []
    for start, end, _, key, synonym in candidates:
        if any(start < m.end and m.start < end for m in taken):
            continue
        taken.append(_Mention(start, end, key, synonym))
    return sorted(taken, key=lambda m: m.start)


def _parse_rules(text: str, rules: _Rules) -> None:
    lowered = text.lower()
    match = _DATE_FORMAT.search(text)
    if match:
        rules.date_format = _to_strftime(match.group(1))
        rules.handled_spans.append(match.span())
    elif re.search(r"\biso[\s-]?(8601)?\b", lowered):
        rules.date_format = None
    decimals = _DECIMALS.search(lowered)
    if decimals:
        word = decimals.group(1)
        rules.decimals = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        rules.handled_spans.append(decimals.span())
    symbol = re.search(
        r"\b(no|without|remove|strip|exclude|omit|with|keep|"
        r"include)\b[\w\s]{0,12}currency symbols?",
        lowered,
    )
    if symbol:
        rules.currency_symbol = symbol.group(1) in ("with", "keep", "include")
        rules.handled_spans.append(symbol.span())
    if re.search(r"credit notes?[\w\s,]{0,30}\b(positive|not negative|as is)\b", lowered):
        rules.credit_notes_negative = False
    if re.search(
        r"\b(include|keep)\b[\w\s]{0,20}\b(non[- ]invoices?|all documents|every document|"
        r"other documents)\b",
        lowered,
    ):
        rules.include_non_invoices = True
    for skip in _SKIP.finditer(lowered):
        target = skip.group(1).strip()
        for phrase, doc_type in _DOC_TYPES.items():
            if phrase in target:
                rules.skip.append(doc_type)
                rules.handled_spans.append(skip.span())
    if re.search(r"\bonly\s+(?:extract\s+)?(?:from\s+)?invoices\b", lowered):
        rules.skip.extend(["credit_note", "receipt", "delivery_note", "quote"])


def _to_strftime(pattern: str) -> str:
    out = pattern.upper()
    result = ""
    index = 0
    while index < len(out):
        for token, code in _DATE_TOKENS:
            if out.startswith(token, index):
                result += code
                index += len(token)
                break
        else:
            result += out[index]
            index += 1
    return result


def _plan_from_sentence(prompt: str, structure: OutputStructure) -> ExtractionPlan:
    rules = _Rules()
    _parse_rules(prompt, rules)
    lowered = prompt.lower()
    masked = lowered
    for start, end in rules.handled_spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    negated: list[tuple[int, str]] = []
    for negation in _NEGATION.finditer(masked):
        negated.append((negation.start(), prompt[negation.start() : negation.end()].strip(" ()")))
        masked = (
            masked[: negation.start()]
            + " " * (negation.end() - negation.start())
            + masked[negation.end() :]
        )
    line_context = _LINE_CONTEXT.search(masked)
    line_from = line_context.start() if line_context else len(masked) + 1
    mentions = _find_mentions(masked)
    keys: list[tuple[str, int]] = []
    for mention in mentions:
        key = mention.key
        if mention.start >= line_from and mention.text in _LINE_AMBIGUOUS:
            key = _LINE_AMBIGUOUS[mention.text]
        if (
            mention.text in ("item", "items", "line items", "line item", "product", "products")
            and mention.start == line_from
        ):
            key = "line.description"
        if key not in (k for k, _ in keys):
            keys.append((key, mention.start))
    if not keys or (_GENERIC.search(masked) and len(keys) <= 1):
        keys = [(k, 0) for k in DEFAULT_INVOICE_KEYS]
        if line_context:
            keys += [(k, 0) for k in DEFAULT_LINE_KEYS]
        if not _GENERIC.search(masked):
            rules.notes.append(
                UncertaintyNote(
                    "columns",
                    "No known field was named in the prompt; the standard columns were used.",
                    (
                        SuggestedAddition(
                            "Name the fields you need", ("Extract invoice number, date and total",)
                        ),
                    ),
                )
            )
    elif line_context and not any(k.startswith("line.") for k, _ in keys):
        keys += [(k, line_from) for k in DEFAULT_LINE_KEYS]
    columns = []
    for key, position in keys:
        instruction = " ".join(
            text for start, text in negated if start > position and _owner(keys, start) == key
        )
        columns.append(_column(BY_KEY[key], instruction))
    _note_unhandled(prompt, masked, mentions, rules)
    return _plan(columns, structure, rules, prompt)


def _owner(keys: list[tuple[str, int]], position: int) -> str | None:
    """The column mentioned last before `position`: a negation qualifies that column."""
    before = [key for key, start in keys if start < position]
    return before[-1] if before else None


def _note_unhandled(prompt: str, masked: str, mentions: list[_Mention], rules: _Rules) -> None:
    """Clauses that name no field and set no rule, yet read as instructions, become notes."""
    for piece in re.finditer(r"[^.;\n]+", masked):
        clause = piece.group(0)
        words = clause.split()
        if len(words) < 3:
            continue
        unsupported = _UNSUPPORTED.search(clause)
        if not unsupported and (
            not _INSTRUCTION_HINT.search(clause) or any(m.text in clause for m in mentions)
        ):
            continue
        original = prompt[piece.start() : piece.end()].strip()
        rules.notes.append(
            UncertaintyNote(
                "instruction",
                f"This instruction could not be applied: {original!r}.",
            )
        )


def _guess_kind(text: str) -> ColumnKind:
    lowered = text.lower()
    if re.search(r"\bdate\b|\bdatum\b|\bdated\b", lowered):
        return "date"
    if re.search(r"\b(amount|total|price|sum|fee|charge|tax|vat|quantity|qty)\b", lowered):
        return "number"
    return "text"


def _plan_from_fields(prompt: dict[str, Any], structure: OutputStructure) -> ExtractionPlan:
    rules = _Rules()
    general = str(prompt.get("general_prompt") or "")
    _parse_rules(general, rules)
    raw_fields = prompt.get("fields") or []
    columns: list[Column] = []
    used: set[str] = set()
    for raw in raw_fields:
        if isinstance(raw, str):
            name, instruction = raw, ""
        elif isinstance(raw, dict):
            name, instruction = str(raw.get("name", "")).strip(), str(raw.get("prompt") or "")
        else:
            continue
        if not name:
            continue
        if instruction:
            _parse_rules(instruction, rules)
        key = _key_for_named_field(name, instruction, used)
        if key is None:
            columns.append(Column(name, "custom", "invoice", _guess_kind(name), instruction))
            continue
        used.add(key)
        spec = BY_KEY[key]
        columns.append(Column(name, key, spec.level, spec.kind, instruction))
    if not columns:
        columns = [_column(BY_KEY[k]) for k in DEFAULT_INVOICE_KEYS]
        rules.notes.append(
            UncertaintyNote(
                "columns", "The field list was empty; the standard invoice columns were used."
            )
        )
    return _plan(columns, structure, rules, general)


def _key_for_named_field(name: str, instruction: str, used: set[str]) -> str | None:
    """The catalogue key a named field means: its name decides, its prompt breaks ties."""
    lowered_name = re.sub(r"[_\-]+", " ", name.lower()).strip()
    for spec in CATALOGUE:
        named = lowered_name in spec.synonyms or lowered_name == spec.name.lower()
        if named and spec.key not in used:
            return spec.key
    mentions = _find_mentions(lowered_name)
    if len(mentions) == 1 and mentions[0].end - mentions[0].start >= len(lowered_name) * 0.6:
        return mentions[0].key if mentions[0].key not in used else None
    masked = _NEGATION.sub(" ", instruction.lower())
    prompt_mentions = [m for m in _find_mentions(masked) if m.key not in used]
    if mentions and prompt_mentions and any(m.key == prompt_mentions[0].key for m in mentions):
        return prompt_mentions[0].key
    if not mentions and prompt_mentions and len(prompt_mentions[0].text.split()) >= 2:
        return prompt_mentions[0].key
    if len(mentions) == 1 and mentions[0].key not in used:
        return mentions[0].key
    return None
