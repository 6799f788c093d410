"""Article text can never style the terminal or emit control sequences, in any output format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimcheck.render import Format, render
from claimcheck.render.safe import clean
from claimcheck.report import Finding, Note, Report, TrialInfo, Verdict, count_verdicts, worst_verdict
from conftest import ARTICLE, run_cli, run_proc

# Each payload tries to take over a terminal or a document.
PAYLOADS = {
    "rich markup": "[bold red]ALARM[/bold red] [link=https://evil.test]click[/link] :skull:",
    "clear screen": "\x1b[2J\x1b[H",
    "sgr colour": "\x1b[31mred\x1b[0m",
    "osc 8 link": "\x1b]8;;https://evil.test\x1b\\click me\x1b]8;;\x1b\\",
    "osc title": "\x1b]0;pwned\x07",
    "c1 csi": "\x9b2J\x9d0;t\x9c",
    "carriage return": "safe text\roverwritten",
    "backspace and bell": "abc\x08\x08\x07",
    "bidi override": "\u202etxt.exe\u202c",
    "script": "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "markdown": "**bold** [link](javascript:alert(1)) `code` | table |",
}
ALL = " ".join(PAYLOADS.values())
# What a terminal may legitimately receive from us: colour (SGR) sequences and nothing else.
SGR = re.compile(r"\x1b\[[0-9;]*m")
FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _finding(text: str, verdict: Verdict) -> Finding:
    return Finding(
        start=0, end=len(text), line=1, column=1, text=text, sentence=f"Sentence: {text}", verdict=verdict,
        rule="rule-id", reason_code="hype" if verdict is Verdict.OVERSTATED else None, fact_id="design.randomised",
        fact=f"Fact {text}", source=f"Source {text}", reason=f"Reason {text}", article_value=text,
        trial_value=text, suggestion=f"Suggest {text}",
    )


def _report(payload: str) -> Report:
    findings = [_finding(payload, v) for v in Verdict]
    return Report(
        trial=TrialInfo(id="mash", name=f"MASH {payload}", registry_id="NCT04009837", title=f"Title {payload}"),
        input=f"article {payload}.txt",
        about_trial=True,
        claims=findings,
        notes=[Note(id="note-id", message=f"Note {payload}")],
        counts=count_verdicts(findings),
        worst=worst_verdict(findings),
        text=f"Text {payload}",
    )


def _terminal_safe(output: str) -> None:
    bare = SGR.sub("", output)
    assert "\x1b" not in bare
    assert FORBIDDEN.findall(bare.replace("\n", "")) == []


@pytest.mark.parametrize("fmt", list(Format), ids=lambda f: f.value)
@pytest.mark.parametrize("color", [True, False], ids=["color", "plain"])
@pytest.mark.parametrize("name", sorted(PAYLOADS) + ["all"])
def test_rendered_output_is_inert(fmt: Format, color: bool, name: str) -> None:
    payload = ALL if name == "all" else PAYLOADS[name]
    output = render(fmt, [_report(payload)], color=color, width=100, only_problems=False)
    _terminal_safe(output)
    if not color:
        assert "\x1b" not in output
    if fmt is Format.TEXT and name == "rich markup":
        # Shown literally, not interpreted: markup, links and emoji codes stay as typed.
        assert "[bold red]ALARM[/bold red] [link=https://evil.test]click[/link] :skull:" in output
    if fmt.value in ("html", "markdown"):
        assert "<script>" not in output


def test_text_report_uses_only_our_colours() -> None:
    output = render(Format.TEXT, [_report(PAYLOADS["sgr colour"])], color=True, width=100)
    assert "red" in output
    assert "\x1b[31mred" not in output  # the article's own colour code is gone; ours remain
    assert SGR.search(output)


def test_json_round_trips_the_payload_exactly_but_escaped() -> None:
    report = _report(ALL)
    output = render(Format.JSON, [report])
    assert json.loads(output)["claims"][0]["text"] == ALL  # nothing lost: it is data
    assert "\x1b" not in output and "\x9b" not in output and "\u202e" not in output
    assert "\\u001b" in output and "\\u009b" in output and "\\u202e" in output


def test_html_and_markdown_escape_script_when_those_formats_exist() -> None:
    for value in ("html", "markdown"):
        fmt = next((f for f in Format if f.value == value), None)
        if fmt is None:
            continue
        output = render(fmt, [_report(PAYLOADS["script"])])
        assert "<script>alert" not in output
        assert "<img src=x" not in output


@pytest.mark.parametrize("payload", list(PAYLOADS.values()))
def test_clean_leaves_one_printable_line(payload: str) -> None:
    cleaned = clean(payload)
    assert "\x1b" not in cleaned and "\n" not in cleaned and "\r" not in cleaned
    assert FORBIDDEN.findall(cleaned) == []


# --- end to end, through the CLI with --color always ---------------------------------------------

def _hostile_article(tmp_path: Path) -> Path:
    # The file name itself carries an escape sequence and markup.
    path = tmp_path / "evil \x1b[2J [bold red]name \x1b]8;;https:evil\x07.txt"
    body = ARTICLE + "".join(f"The MASH trial said {p} about 184 adults aged 60 to 85.\n" for p in PAYLOADS.values())
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_cli_output_is_inert_with_color_always(tmp_path: Path, fmt: str) -> None:
    path = _hostile_article(tmp_path)
    proc = run_proc("--color", "always", "--format", fmt, "--include-text", str(path), "missing \x1b[2J.txt")
    assert proc.returncode == 2  # the missing file
    stdout, stderr = proc.stdout.decode(), proc.stderr.decode()
    _terminal_safe(stdout)
    _terminal_safe(stderr)
    assert "Traceback" not in stderr
    assert stderr == "Error: missing [2J.txt: no such file\n"
    if fmt == "text":
        assert "[bold" in stdout and "red]name" in stdout  # shown literally (may wrap), not as style


def test_cli_warning_lines_are_cleaned(tmp_path: Path) -> None:
    path = tmp_path / "old\x1b[31m.txt"
    path.write_bytes(ARTICLE.replace("aged", "\xe2ged").encode("cp1252"))
    result = run_cli(str(path))
    assert result.stderr == f"Warning: {tmp_path}/old[31m.txt: not valid UTF-8; read as Windows-1252\n"


def test_facts_file_is_data_not_code(tmp_path: Path, article: Path) -> None:
    """A facts file is JSON validated by pydantic: nothing in it is ever executed or imported."""
    marker = tmp_path / "pwned"
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps({"__import__": "os", "schema_version": 1,
                                 "id": f"x'); open('{marker}', 'w')  # "}), encoding="utf-8")
    result = run_cli("--facts", str(facts), str(article))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {facts}: $.")
    assert not marker.exists()
