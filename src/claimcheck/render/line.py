"""`path:line:col:verdict:rule:message`, one finding per line: the prose-linter convention (Vale).

Article-level notes follow the findings as `path:1:1:note:<note-id>:message`. The message is the
last field, so it may itself contain colons; every field is one line with control characters removed.
"""

from __future__ import annotations

from ..report import Report
from .safe import clean
from .verdicts import shown

STDIN = "<stdin>"


def render_line(reports: list[Report], *, only_problems: bool = False) -> str:
    """Findings, then notes, for each report in order."""
    out: list[str] = []
    for report in reports:
        path = clean(report.input or STDIN)
        for f in shown(report, only_problems):
            out.append(f"{path}:{f.line}:{f.column}:{f.verdict.value}:{clean(f.rule)}:{clean(f.reason)}")
        for note in report.notes:
            out.append(f"{path}:1:1:note:{clean(note.id)}:{clean(note.message)}")
    return "".join(line + "\n" for line in out)
