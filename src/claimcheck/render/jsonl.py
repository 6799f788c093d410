"""JSON Lines: one report object (the JSON contract) per input, one per line."""

from __future__ import annotations

import json

from ..report import Report
from .json import escape_unsafe, report_dict


def compact(data: object) -> str:
    """Compact JSON that is always exactly one line and inert in a terminal: line separators (NEL,
    U+2028, U+2029), C1 controls and bidi marks are written as escapes."""
    return escape_unsafe(json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def report_line(report: Report, record_id: str | int | None = None) -> str:
    """One report as one line of compact JSON (no newline); a batch record's `id` comes first."""
    data = report_dict(report)
    if record_id is not None:
        data = {"id": record_id, **data}
    return compact(data)


def render_jsonl(reports: list[Report]) -> str:
    """Each report as compact JSON on its own line."""
    return "".join(report_line(r) + "\n" for r in reports)
