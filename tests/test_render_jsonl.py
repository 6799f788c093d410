"""`--format jsonl`: one report per line."""

from __future__ import annotations

import json

from render_fixtures import finding, report

from claimcheck.render.jsonl import render_jsonl
from claimcheck.report import Verdict


def test_one_compact_report_per_line() -> None:
    out = render_jsonl([report(include_text=False), report(name="b.txt", findings=[], notes=[])])
    lines = out.splitlines()
    assert len(lines) == 2 and out.endswith("\n")
    first, second = (json.loads(line) for line in lines)
    assert first["input"] == "article.txt" and len(first["claims"]) == 5 and "text" not in first
    assert second["input"] == "b.txt" and second["claims"] == [] and second["worst"] is None


def test_unicode_line_separators_cannot_split_a_record() -> None:
    text = "Para one\u2028still 65 here\u0085 and\u2029 more.\n"
    f = finding(text, "65", "still 65 here", Verdict.SUPPORTED)
    out = render_jsonl([report(text, [f], notes=[])])
    assert len(out.splitlines()) == 1
    assert json.loads(out)["text"] == text
