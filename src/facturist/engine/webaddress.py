"""Web addresses in a line ("brightwave.co.uk/business | 0344 880 4172"): a letterhead's
contact details, never a company's name, though a domain's "co." reads like a legal form
("Co.") and a line holding one like a company's name."""

from __future__ import annotations

import re

# Labels of letters, digits and hyphens joined by dots, ending in a top-level domain in lower
# case (a legal form's "S.A", "Co.KG" ends in capitals), perhaps a scheme before and a path
# after; a word of its own (spaces or a line's ends about it).
_WEB_ADDRESS = re.compile(
    r"(?<!\S)(?:https?://)?(?:[A-Za-z0-9][A-Za-z0-9-]+\.)+[a-z]{2,12}(?:[/?#]\S*)?(?!\S)"
)


def without_web_addresses(text: str) -> str:
    """The text with each web address in it blanked out."""
    return _WEB_ADDRESS.sub(" ", text)
