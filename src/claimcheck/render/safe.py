"""Article text is untrusted: strip what could drive a terminal before it is shown."""

from __future__ import annotations

import re

# Tabs and line breaks would break the one-line layout: each becomes a space.
_SPACES = re.compile("[\t\n\r\x85\u2028\u2029]")
# C0 and C1 control characters (ESC, CSI, OSC, BEL…), DEL, zero-width and bidi controls: dropped.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """One line of article-derived text, safe to print."""
    return _CONTROL.sub("", _SPACES.sub(" ", text))
