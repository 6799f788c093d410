"""JSON Lines: one compact report object per line, the shape of the JSON format (see the README)."""

from __future__ import annotations

import json

from ..report import Report
from .json import report_dict


def report_line(report: Report, record_id: str | int | None = None) -> str:
    """One report as one line of compact JSON (no newline); a batch record's `id` comes first."""
    data = report_dict(report)
    if record_id is not None:
        data = {"id": record_id, **data}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def render_jsonl(reports: list[Report]) -> str:
    return "".join(report_line(r) + "\n" for r in reports)
