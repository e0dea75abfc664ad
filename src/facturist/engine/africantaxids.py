"""National tax numbers of African countries, read after their own captions by shape.

None carries a country prefix, so no VAT check reads them; vatread.py asks here after a tax
caption (vatidcaptions.py names the African ones). Numbers of a shape no other ID shares are
read after any tax caption, also under it on the next line:

- Kenya's KRA PIN ("KRA PIN: P051234567X"): "A" or "P", nine digits, a check letter;
- Ghana's TIN ("TIN: C0004567891"): the taxpayer's kind (C, G, P, Q, V) and ten digits;
- Nigeria's TIN ("TIN: 20734518-0001"): eight digits, a hyphen and four;
- Tunisia's matricule fiscal ("1456789/K/A/M/000"): seven digits, the check letter, the VAT
  code, the category and the establishment's three digits, slashes between or not.

Numbers of a commoner shape are read only after their own caption on its line:

- Morocco's ICE ("ICE : 002145873000014"): fifteen digits;
- Senegal's NINEA ("NINEA : 006512347 2G3"): seven to nine digits, perhaps the COFI code
  (a digit, a letter, a digit) after them;
- Côte d'Ivoire's taxpayer account ("N° CC : 1834567 K"): seven digits and a letter;
- Cameroon's NIU ("NIU : M051200012345A"): a letter, twelve digits, a letter;
- a "TIN" of ten plain digits (Uganda, Zambia, Ethiopia), never a US employer number
  ("TIN: 06-1587342").

The number is returned as printed (its groups' spaces kept), the ICE's digits compacted.
"""

from __future__ import annotations

import re

from facturist.engine.model import Value, Word

# Read after any tax caption: shapes of these countries' numbers alone.
_DISTINCT = re.compile(
    r"[AP]\d{9}[A-Z]"  # Kenya
    r"|[CGPQV]\d{10}"  # Ghana
    r"|\d{8}-\d{4}"  # Nigeria
    r"|\d{7}\s?/?\s?[A-Z]\s?/?\s?[ABDNP]\s?/?\s?[MCPNE]\s?/?\s?\d{3}"  # Tunisia
)
# Per caption of its own, the shape read after it.
_CAPTIONED = (
    (re.compile(r"\bice\b", re.IGNORECASE), re.compile(r"\d{3}\s?\d{3}\s?\d{3}\s?\d{3}\s?\d{3}")),
    (re.compile(r"\bninea\b", re.IGNORECASE), re.compile(r"\d{7,9}(?:\s?\d[A-Z]\d)?")),
    (re.compile(r"\bn[°º]?\s?cc\b", re.IGNORECASE), re.compile(r"\d{7}\s?[A-Z]")),
    (re.compile(r"\bniu\b", re.IGNORECASE), re.compile(r"[A-Z]\d{12}[A-Z]")),
    (re.compile(r"\bt?pin\b|\btin\b", re.IGNORECASE), re.compile(r"\d{10}")),
)
_COMPACTED = re.compile(r"\bice\b", re.IGNORECASE)
_END_MARKS = ":;,·"


def african_tax_number(words: list[Word], caption: str = "") -> Value | None:
    """The African tax number opening the words after a caption's last words
    (vatread._id_words), in up to five words; a commoner shape only after its own caption."""
    shapes = [shape for named, shape in _CAPTIONED if named.search(caption)]
    for end in range(min(len(words), 5), 0, -1):
        run = words[:end]
        text = " ".join(w.text for w in run).strip(_END_MARKS).rstrip(".")
        if not text or not text[-1].isalnum():
            continue
        boxes = tuple(w.box for w in run)
        if _DISTINCT.fullmatch(text):
            return Value(text, text, boxes, 0.8)
        if any(shape.fullmatch(text) for shape in shapes):
            printed = text.replace(" ", "") if _COMPACTED.search(caption) else text
            return Value(printed, text, boxes, 0.8)
    return None
