"""`facturist eval`: run the engine over a labelled folder and score it (TRUTH.md metric)."""

from facturist.eval.runner import run_eval
from facturist.eval.scorer import Score, score_documents

__all__ = ["Score", "run_eval", "score_documents"]
