"""JSON Lines: one report object (the JSON contract) per input, one per line."""

from __future__ import annotations

import json

from ..report import Report
from .json import escape_unsafe, report_dict


def render_jsonl(reports: list[Report]) -> str:
    """Each report as compact JSON on its own line.

    Line separators (NEL, U+2028, U+2029), C1 controls and bidi marks are written as escapes, so a
    record can neither be split by a line reader nor drive a terminal."""
    lines = []
    for report in reports:
        line = json.dumps(report_dict(report), ensure_ascii=False, separators=(",", ":"))
        lines.append(escape_unsafe(line) + "\n")
    return "".join(lines)
