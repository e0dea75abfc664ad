"""A figure a net's caption names exactly is no tax, though its caption names the tax too.

"Grunnlag MVA 25% | 5 265,00" (Norway), "Underlag moms 25%", "Momsgrundlag" (Denmark),
"Totalt eks. MVA": a VAT rate's base, or the net before VAT, whose caption holds the tax's
name ("MVA", "moms") and so reads as a tax as well. The net's caption is the more specific
(rank 0 against the tax's generic rank): the figure is the base, never the tax.
"""

from __future__ import annotations

from facturist.engine.candidates import Candidate


def without_bases(taxes: list[Candidate], nets: list[Candidate]) -> list[Candidate]:
    """The tax candidates less those whose figure a better-ranked net caption reads."""
    bases = [n.value.boxes for n in nets if n.rank <= 0 and n.value.boxes]
    return [t for t in taxes if not (t.rank > 0 and t.value.boxes in bases)]
