"""JSON Lines: one report object (the JSON contract) per input, one per line."""

from __future__ import annotations

import json

from ..report import Report
from .json import report_dict

# Characters that JSON allows raw inside strings but some line splitters treat as line ends.
_LINE_BREAKS = {"\u0085": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def compact(data: object) -> str:
    """Compact JSON that is always exactly one line."""
    line = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for raw, escaped in _LINE_BREAKS.items():
        line = line.replace(raw, escaped)  # only ever inside strings, where the escape is valid
    return line


def report_line(report: Report, record_id: str | int | None = None) -> str:
    """One report as one line of compact JSON (no newline); a batch record's `id` comes first."""
    data = report_dict(report)
    if record_id is not None:
        data = {"id": record_id, **data}
    return compact(data)


def render_jsonl(reports: list[Report]) -> str:
    """Each report as compact JSON on its own line."""
    return "".join(report_line(r) + "\n" for r in reports)
