"""The JSON contract (documented in the README): one report object, or an array for several inputs."""

from __future__ import annotations

import json

from ..report import Report


def report_dict(report: Report) -> dict[str, object]:
    data = report.model_dump(mode="json")
    if data.get("text") is None:
        data.pop("text", None)
    return data


def render_json(reports: list[Report]) -> str:
    payload: object = report_dict(reports[0]) if len(reports) == 1 else [report_dict(r) for r in reports]
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
