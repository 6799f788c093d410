"""Golden files: every output format for every example article, through the CLI.

Run `UPDATE_GOLDEN=1 pytest tests/test_golden.py` to rewrite them after a deliberate change (for
instance when the claim engine starts returning findings), then review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimcheck.cli import main

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = Path(__file__).resolve().parent / "golden"
EXAMPLES = sorted(p.name for p in (ROOT / "examples").glob("*.txt"))
FORMATS = {"text": "txt", "line": "line", "markdown": "md", "html": "html", "claimreview": "jsonld",
           "jsonl": "jsonl", "json": "json"}


def run(args: list[str], monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["--color", "never", "--fail-on", "never", *args],
                                env={"COLUMNS": "80", "NO_COLOR": None, "FORCE_COLOR": None})
    assert result.exit_code == 0, result.output
    return result.stdout


def check(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with UPDATE_GOLDEN=1"
    assert actual == path.read_text(encoding="utf-8")


def test_examples_are_there() -> None:
    assert {"accurate-summary.txt", "distorted-blog.txt", "offtopic-clinic.txt", "mixed-news.txt"} <= set(EXAMPLES)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("example", EXAMPLES)
def test_each_format_of_each_example(example: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = run(["--format", fmt, f"examples/{example}"], monkeypatch)
    check(f"{Path(example).stem}.{FORMATS[fmt]}", out)


@pytest.mark.parametrize("fmt", ["text", "markdown", "line"])
def test_the_examples_folder_at_once(fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    out = run(["--format", fmt, "examples/"], monkeypatch)
    check(f"all-examples.{FORMATS[fmt]}", out)
