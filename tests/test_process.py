"""The CLI as a real process: determinism, closed pipes, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from claimcheck import cli
from conftest import ARTICLE, run_cli, run_proc

PAGE = (Path(__file__).parent / "data" / "html" / "news.html").read_text(encoding="utf-8")


# --- determinism ----------------------------------------------------------------------------------

def test_json_is_byte_identical_across_runs_and_hash_seeds(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE * 3, encoding="utf-8")
    (tmp_path / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "c.md").write_bytes("# Café\n\n".encode("cp1252") + ARTICLE.encode())
    args = ("--format", "json", "--include-text", str(tmp_path))
    outputs = {run_proc(*args, env={"PYTHONHASHSEED": seed}).stdout for seed in ("0", "1", "12345")}
    assert len(outputs) == 1
    reports = json.loads(outputs.pop())
    assert [r["input"] for r in reports] == [str(tmp_path / n) for n in ("a.txt", "b.html", "c.md")]


def test_text_report_is_identical_across_runs(article: Path) -> None:
    assert run_cli(str(article)).stdout == run_cli(str(article)).stdout


# --- closed pipe: `claimcheck big.txt | head -1` ---------------------------------------------------

def _read_one_line_then_close(args: list[str]) -> tuple[int, bytes]:
    env = {**os.environ, "PYTHONUNBUFFERED": "0"}
    proc = subprocess.Popen([sys.executable, "-m", "claimcheck", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, like `head -1`
    stderr = proc.stderr.read()
    proc.stderr.close()
    code = proc.wait(timeout=60)
    assert first
    return code, stderr


def test_broken_pipe_exits_quietly_with_the_checks_code(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(ARTICLE * 20_000, encoding="utf-8")  # ~2.6 MB of output with --include-text
    code, stderr = _read_one_line_then_close(["--fail-on", "never", "--format", "json", "--include-text", str(big)])
    assert stderr == b""
    assert code == 0  # the check's own verdict (click alone would exit 1)


def test_broken_pipe_in_a_batch_of_text_reports(tmp_path: Path) -> None:
    for i in range(1500):
        (tmp_path / f"{i:04}.txt").write_text(ARTICLE, encoding="utf-8")
    code, stderr = _read_one_line_then_close(["--fail-on", "never", str(tmp_path)])
    assert stderr == b""
    assert code == 0


def test_broken_pipe_helper_silences_the_stream() -> None:
    from claimcheck.guard import write

    class Closed:
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def flush(self) -> None:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            raise OSError("no descriptor")

    assert write(Closed(), "x") is False  # type: ignore[arg-type]


# --- Ctrl-C --------------------------------------------------------------------------------------

def test_ctrl_c_in_a_batch_flushes_what_was_done_and_exits_130(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    paths = []
    for i in range(6):
        path = tmp_path / f"{i}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        paths.append(str(path))
    real = cli.check_text
    calls = []

    def interrupted_on_third(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args, **kwargs)

    monkeypatch.setattr(cli, "check_text", interrupted_on_third)
    result = run_cli("--format", "json", *paths)
    assert result.exit_code == 130
    assert result.stderr == "Error: interrupted after 2 of 6 inputs\n"
    assert [r["input"] for r in json.loads(result.stdout)] == paths[:2]


def test_ctrl_c_before_any_report(monkeypatch: pytest.MonkeyPatch, article: Path) -> None:
    def interrupt(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "load_trial", interrupt)
    result = run_cli(str(article))
    assert (result.exit_code, result.stdout, result.stderr) == (130, "", "Error: interrupted\n")


SLOW_CLI = """
import sys, time
import claimcheck.cli as cli
real = cli.check_text
def slow(*args, **kwargs):
    sys.stderr.write("checking\\n"); sys.stderr.flush()
    time.sleep(0.4)
    return real(*args, **kwargs)
cli.check_text = slow
cli.main(prog_name="claimcheck")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigint_to_a_real_process(tmp_path: Path) -> None:
    paths = []
    for i in range(10):
        path = tmp_path / f"{i}.txt"
        path.write_text(ARTICLE, encoding="utf-8")
        paths.append(str(path))
    proc = subprocess.Popen([sys.executable, "-c", SLOW_CLI, "--format", "json", *paths],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stderr is not None
    for _ in range(3):
        assert proc.stderr.readline() == b"checking\n"
    proc.send_signal(signal.SIGINT)  # during the third check
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert stderr == b"Error: interrupted after 2 of 10 inputs\n"
    assert [r["input"] for r in json.loads(stdout)] == paths[:2]
