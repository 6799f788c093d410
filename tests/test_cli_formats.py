"""The CLI's output options: every format to stdout or --output, ClaimReview options, exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from render_fixtures import finding, report

from claimcheck import cli
from claimcheck.progress import progress, wanted
from claimcheck.render import Format
from claimcheck.report import Report, Verdict

ARTICLE = "The MASH trial (NCT04009837) compared hip-focused and spine-focused therapy.\n"


def invoke(args: list[str], stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.main, ["--color", "never", *args], input=stdin,
                                env={"COLUMNS": "80", "NO_COLOR": None})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", [f.value for f in Format])
def test_output_file_holds_exactly_what_stdout_would(fmt: str, article: Path, tmp_path: Path) -> None:
    code, stdout, stderr = invoke(["--format", fmt, str(article)])
    assert (code, stderr) == (0, "")
    out = tmp_path / f"out.{fmt}"
    code, written, stderr = invoke(["--format", fmt, "-o", str(out), str(article)])
    assert (code, written, stderr) == (0, "", "")
    assert out.read_text(encoding="utf-8") == stdout


def test_output_into_a_missing_folder_is_one_error_line(article: Path, tmp_path: Path) -> None:
    code, stdout, stderr = invoke(["-o", str(tmp_path / "nope" / "out.txt"), str(article)])
    assert (code, stdout) == (2, "")
    assert stderr == f"Error: {tmp_path / 'nope' / 'out.txt'}: cannot write (No such file or directory)\n"


def test_html_always_includes_the_article_text(article: Path) -> None:
    code, stdout, _ = invoke(["--format", "html", str(article)])
    assert code == 0 and "The MASH trial" in stdout and "The article text was not included" not in stdout


def test_claimreview_from_stdin_needs_url() -> None:
    code, stdout, stderr = invoke(["--format", "claimreview"], stdin=ARTICLE)
    assert (code, stdout) == (2, "")
    assert stderr == "Error: ClaimReview output for standard input needs the article's address (--url)\n"
    code, stdout, stderr = invoke(["--format", "claimreview", "--url", "https://news.example/a"], stdin=ARTICLE)
    assert (code, stderr) == (0, "")
    assert all(r["itemReviewed"]["appearance"]["url"] == "https://news.example/a" for r in json.loads(stdout))


def test_url_names_one_input(article: Path) -> None:
    code, _, stderr = invoke(["--format", "claimreview", "--url", "https://x.example", str(article), str(article)])
    assert code == 2
    assert stderr == "Error: --url names one article's address; give exactly one input with it\n"


def test_date_published_is_validated(article: Path) -> None:
    code, _, stderr = invoke(["--format", "claimreview", "--date-published", "2024-13-01", str(article)])
    assert code == 2 and "'2024-13-01' is not a date in the form YYYY-MM-DD" in stderr


def _fake_check(verdicts: dict[str, Verdict | None]):  # type: ignore[no-untyped-def]
    """check_text stand-in: the report for each input has one finding of the given verdict."""
    def check(text: str, trial: object, *, source: str, include_text: bool) -> Report:
        verdict = verdicts[Path(source).name]
        fs = [] if verdict is None else [finding(text, "MASH", text.strip(), verdict)]
        return report(text, fs, notes=[], name=source, include_text=include_text)
    return check


@pytest.mark.parametrize(("fail_on", "expected"), [
    ("contradicted", 0), ("overstated", 1), ("unverifiable", 1), ("never", 0),
])
def test_exit_code_follows_the_worst_finding_across_files(
    fail_on: str, expected: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(cli, "check_text", _fake_check(
        {"a.txt": Verdict.SUPPORTED, "b.txt": Verdict.OVERSTATED, "c.txt": None}))
    code, stdout, stderr = invoke(["--fail-on", fail_on, str(tmp_path)])
    assert (code, stderr) == (expected, "")
    assert "Summary of 3 files" in stdout
    summary = stdout[stdout.index("Summary of 3 files"):]
    assert "all files" in summary and summary.count("overstated") == 3  # b.txt, all files, legend


def test_line_format_for_several_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a.txt", "b.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setattr(cli, "check_text", _fake_check({"a.txt": Verdict.CONTRADICTED, "b.md": Verdict.SUPPORTED}))
    code, stdout, _ = invoke(["--format", "line", str(tmp_path)])
    assert code == 1
    assert stdout == (
        f"{tmp_path / 'a.txt'}:1:5:contradicted:rule-contradicted:Reason for contradicted.\n"
        f"{tmp_path / 'b.md'}:1:5:supported:rule-supported:Reason for supported.\n"
    )


def test_jsonl_has_one_line_per_input(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    code, stdout, _ = invoke(["--format", "jsonl", str(tmp_path)])
    assert code == 0
    assert [json.loads(line)["input"] for line in stdout.splitlines()] == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_for_several_files_on_a_terminal() -> None:
    assert wanted(2, _Tty()) is True
    assert wanted(1, _Tty()) is False
    assert wanted(5, io.StringIO()) is False
    quiet = io.StringIO()
    with progress(3, quiet, enabled=False) as advance:
        advance("a.txt")
    assert quiet.getvalue() == ""
