"""Article text is untrusted: strip what could drive a terminal before it is shown."""

from __future__ import annotations

import re

# C0 and C1 control characters (ESC, CSI, OSC, BEL, CR…) and DEL; tabs and newlines become spaces.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """One line of article-derived text, safe to print."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\n", " ").replace("\r", " "))
