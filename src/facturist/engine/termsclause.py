"""An amount caption deep inside a clause of terms: no sum of this invoice.

General terms and conditions name sums in running prose: "En cas de non-paiement à
l'échéance, un intérêt de retard est dû ..., ainsi qu'une indemnité forfaitaire de 10 % du
montant dû avec un minimum de 40,00 €", "a fixed fee of 12 % of the amount due with a
minimum of 50.00". The caption ("montant dû", "amount due") stands many words into a long
sentence that runs on from the line above, where a payment request ("Merci de verser le
montant de ...", "Please transfer the amount due of ...") names it within its first words.
Such a caption ranks after every caption in prose (CLAUSE_RANK), and its figure never
stands against a total printed under a caption (totals.py).
"""

from __future__ import annotations

import re

from facturist.engine.candidates import Candidate

# Rank added to a total or amount-due caption deep in a clause: after captions in prose.
CLAUSE_RANK = 100
# Words of the caption's sentence before it that make it a clause's, not a request's.
_CLAUSE_WORDS = 16
# A line of running text that goes on into the next: it ends on a lower-case word or a comma.
_RUNS_ON = re.compile(r"(?:^|\s)[a-zà-ÿ'’\-]*[a-zà-ÿ],?$")
_SENTENCE_BREAK = re.compile(r"[.!?;:]\s+(?=\S)|[.!?;:]$")


def deep_in_clause(before: str, prior: str) -> bool:
    """Whether the caption, `before` being its line's text before it and `prior` the line
    above, stands at least _CLAUSE_WORDS words into a sentence (one the line above runs on
    into when it ends unfinished)."""
    words = _SENTENCE_BREAK.split(before)[-1].split()
    if len(_SENTENCE_BREAK.split(before)) == 1 and _RUNS_ON.search(prior.strip()):
        words = _SENTENCE_BREAK.split(prior.strip())[-1].split() + words
    return len(words) >= _CLAUSE_WORDS


def beside_printed_total(dues: list[Candidate], totals: list[Candidate]) -> list[Candidate]:
    """The amount-due candidates, less those from a clause of terms where a total was read
    from a caption outside any such clause (a rank before CLAUSE_RANK)."""
    if not any(t.value.text and 0 <= t.rank < CLAUSE_RANK for t in totals):
        return dues
    return [c for c in dues if c.rank < CLAUSE_RANK]
