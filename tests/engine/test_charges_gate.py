"""The charge scan's gate (charges._CELL_NEEDED) is derived from a hand-kept list of the
patterns its cell loop tries: a pattern used in the loop but missing from the list would make
the gate skip lines only that pattern takes. This reads the loop's source and checks."""

from __future__ import annotations

import ast
import inspect
import re
import textwrap

from facturist.engine import charges


def _loop_patterns() -> set[str]:
    """Names of module-level compiled patterns used inside the loop over the scanned cells."""
    tree = ast.parse(textwrap.dedent(inspect.getsource(charges.adjustment_candidates)))
    loops = [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.For) and "scanned" in ast.unparse(node.iter)
    ]
    assert len(loops) == 1, "the cell scan loop over `scanned` was not found"
    names = {node.id for node in ast.walk(loops[0]) if isinstance(node, ast.Name)}
    return {name for name in names if isinstance(getattr(charges, name, None), re.Pattern)}


def test_every_pattern_of_the_cell_scan_feeds_its_gate() -> None:
    used = _loop_patterns()
    listed = {id(pattern) for pattern in charges.CELL_PATTERNS}
    assert used, "no pattern found in the loop: the check itself is broken"
    missing = sorted(name for name in used if id(getattr(charges, name)) not in listed)
    assert not missing, f"patterns used in the cell scan but not in CELL_PATTERNS: {missing}"
