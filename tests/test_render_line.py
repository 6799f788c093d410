"""`--format line`: path:line:col:verdict:rule:message."""

from __future__ import annotations

from render_fixtures import NOTES, finding, report, sample_findings

from claimcheck.render.line import render_line
from claimcheck.report import Verdict


def test_one_line_per_finding_then_notes() -> None:
    fs = sample_findings()
    out = render_line([report(findings=[fs[0], fs[3]], notes=NOTES[:1])])
    assert out == (
        "article.txt:3:27:contradicted:population-age:"
        "The article says 65 and above; the trial enrolled adults aged 60 to 85.\n"
        "article.txt:4:13:supported:count-randomised:The article says 184; the trial randomised 184.\n"
        "article.txt:1:1:note:no-harms:The article never mentions harms, side effects or adverse events.\n"
    )


def test_only_problems_and_stdin_path() -> None:
    out = render_line([report(name=None, notes=[])], only_problems=True)
    assert [line.split(":")[:5] for line in out.splitlines()] == [
        ["<stdin>", "3", "27", "contradicted", "population-age"],
        ["<stdin>", "3", "62", "contradicted", "intervention-duration"],
        ["<stdin>", "3", "103", "overstated", "outcome-substituted"],
    ]


def test_messages_stay_on_one_line_without_control_characters() -> None:
    text = "A claim 65 here.\n"
    f = finding(text, "65", "A claim 65 here.", Verdict.CONTRADICTED, reason="two\nlines\x1b[2J and\rmore")
    out = render_line([report(text, [f], notes=[], name="a\nb.txt")])
    assert out == "a b.txt:1:9:contradicted:rule-contradicted:two lines[2J and more\n"


def test_no_findings_no_output() -> None:
    assert render_line([report(findings=[], notes=[])]) == ""
