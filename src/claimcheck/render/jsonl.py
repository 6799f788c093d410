"""JSON Lines: one report object (the JSON contract) per input, one per line."""

from __future__ import annotations

import json

from ..report import Report
from .json import report_dict

# Characters that JSON allows raw inside strings but some line splitters treat as line ends.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def render_jsonl(reports: list[Report]) -> str:
    """Each report as compact JSON on its own line."""
    lines = []
    for report in reports:
        line = json.dumps(report_dict(report), ensure_ascii=False, separators=(",", ":"))
        for raw, escaped in _LINE_BREAKS.items():
            line = line.replace(raw, escaped)  # only ever inside strings, where the escape is valid
        lines.append(line + "\n")
    return "".join(lines)
