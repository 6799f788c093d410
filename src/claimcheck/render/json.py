"""The JSON contract (documented in the README): one report object, or an array for several inputs."""

from __future__ import annotations

import json
import re

from ..report import Report

# json.dumps escapes C0 controls; with ensure_ascii=False it leaves DEL, the C1 controls (0x9b is
# a one-byte CSI on some terminals) and invisible bidi/zero-width marks raw. Escape them too: the
# JSON still parses to the same strings, and printing it cannot drive a terminal.
_UNSAFE = re.compile("[\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def escape_unsafe(text: str) -> str:
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def report_dict(report: Report) -> dict[str, object]:
    data = report.model_dump(mode="json")
    if data.get("text") is None:
        data.pop("text", None)
    return data


def render_json(reports: list[Report]) -> str:
    payload: object = report_dict(reports[0]) if len(reports) == 1 else [report_dict(r) for r in reports]
    return escape_unsafe(json.dumps(payload, indent=2, ensure_ascii=False)) + "\n"
