"""Bad input: one `Error: …` line on stderr, exit code 2, never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from claimcheck import inputs
from conftest import ARTICLE, run_cli, run_proc


def assert_error(result, message: str, code: int = 2) -> None:  # type: ignore[no-untyped-def]
    assert result.exit_code == code, (result.stdout, result.stderr)
    assert result.stderr == f"Error: {message}\n"
    assert result.stdout == ""
    assert "Traceback" not in result.output


def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert_error(run_cli(str(missing)), f"{missing}: no such file")


def test_folder_with_no_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.7")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert_error(run_cli(str(tmp_path)), f"{tmp_path}: folder has no .txt, .md or .html articles")


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):  # root reads anything: simulate the refusal instead
            real_open = Path.open

            def refuse(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
                if self == locked:
                    raise PermissionError(13, "Permission denied", str(self))
                return real_open(self, *args, **kwargs)

            monkeypatch.setattr(Path, "open", refuse)
        assert_error(run_cli(str(locked)), f"{locked}: permission denied")
    finally:
        locked.chmod(0o644)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "a JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "a GIF image"),
        (b"GIF87a\x01\x00\x01\x00", "a GIF image"),
        (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive (such as a .docx or .epub file)"),
        (b"The MASH trial\x00\x00 enrolled", "a binary file (it contains NUL bytes)"),
    ],
)
def test_binary_input(tmp_path: Path, data: bytes, kind: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    assert_error(run_cli(str(path)), f"{path}: looks like {kind}, not text")
    assert_error(run_cli(input=data), f"<stdin>: looks like {kind}, not text")


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\u3000\u00a0\n".encode()])
def test_empty_or_whitespace_input(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.md"
    path.write_bytes(data)
    assert_error(run_cli(str(path)), f"{path}: the input is empty")
    assert_error(run_cli(input=data), "<stdin>: the input is empty")


def test_html_without_article_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><body><nav><a href='/'>Home</a></nav><script>x()</script></body></html>")
    assert_error(run_cli(str(path)), f"{path}: no article text found in the HTML")


def test_input_over_max_bytes(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARTICLE * 10, encoding="utf-8")
    assert_error(run_cli("--max-bytes", "100", str(path)), f"{path}: input is larger than 100 bytes (see --max-bytes)")
    assert_error(run_cli("--max-bytes", "100", input=ARTICLE * 10),
                 "<stdin>: input is larger than 100 bytes (see --max-bytes)")


def test_default_max_bytes_is_5_mb(tmp_path: Path) -> None:
    assert inputs.DEFAULT_MAX_BYTES == 5_000_000
    path = tmp_path / "huge.txt"
    path.write_bytes(b"a" * 5_000_001)
    assert_error(run_cli(str(path)), f"{path}: input is larger than 5000000 bytes (see --max-bytes)")


def test_invalid_facts_names_json_path_and_problem(tmp_path: Path, article: Path) -> None:
    from claimcheck.reference import default_facts_path

    data = json.loads(default_facts_path().read_text(encoding="utf-8"))
    data["arms"][1]["aliases"] = []
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(data), encoding="utf-8")
    assert_error(run_cli("--facts", str(facts), str(article)),
                 f"{facts}: $.arms[1].aliases: List should have at least 1 item after validation, not 0")


def test_facts_not_json(tmp_path: Path, article: Path) -> None:
    facts = tmp_path / "facts.json"
    facts.write_text('{"id": "x",\n  oops}', encoding="utf-8")
    assert_error(run_cli("--facts", str(facts), str(article)),
                 f"{facts}: not valid JSON (line 2, column 3: Expecting property name enclosed in double quotes)")


def test_facts_missing(tmp_path: Path, article: Path) -> None:
    facts = tmp_path / "nope.json"
    assert_error(run_cli("--facts", str(facts), str(article)), f"facts file not found: {facts}")


def test_unknown_option_value_is_usage_error() -> None:
    result = run_cli("--format", "xml", "x.txt")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "Usage: claimcheck [OPTIONS] [FILE|FOLDER|-]...\n"
        "Try 'claimcheck --help' for help.\n"
        "\n"
        "Error: Invalid value for '--format': 'xml' is not one of 'text', 'json', 'jsonl', 'line', 'markdown', 'html', 'claimreview'.\n"
    )


def test_unknown_option_is_usage_error() -> None:
    result = run_cli("--frobnicate")
    assert result.exit_code == 2
    *usage, error = result.stderr.splitlines()
    assert usage == ["Usage: claimcheck [OPTIONS] [FILE|FOLDER|-]...", "Try 'claimcheck --help' for help.", ""]
    # The wording differs between click versions; the option is always named.
    assert error.startswith("Error: No such option") and "--frobnicate" in error
    assert "Traceback" not in result.output


def test_bad_max_bytes_is_usage_error() -> None:
    result = run_cli("--max-bytes", "0", "x.txt")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "Error: Invalid value for '--max-bytes': 0 is not in the range x>=1."


def test_unwritable_output(tmp_path: Path, article: Path) -> None:
    out = tmp_path / "no-such-folder" / "report.txt"
    result = run_cli("-o", str(out), str(article))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {out}: cannot write (No such file or directory)\n"


def test_batch_reports_bad_file_and_checks_the_rest(tmp_path: Path) -> None:
    good1, bad, good2 = tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.txt"
    good1.write_text(ARTICLE, encoding="utf-8")
    bad.write_bytes(b"%PDF-1.5")
    good2.write_text(ARTICLE, encoding="utf-8")
    result = run_cli("--format", "json", str(good1), str(bad), str(good2))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {bad}: looks like a PDF file, not text\n"
    assert [r["input"] for r in json.loads(result.stdout)] == [str(good1), str(good2)]


def test_batch_in_folder_with_a_bad_file(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2.md").write_text("   ", encoding="utf-8")
    (tmp_path / "3.html").write_text(f"<p>{ARTICLE}</p>", encoding="utf-8")
    result = run_cli("--format", "json", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / '2.md'}: the input is empty\n"
    assert [r["input"] for r in json.loads(result.stdout)] == [str(tmp_path / "1.txt"), str(tmp_path / "3.html")]


def test_no_input_on_a_terminal_says_what_to_do() -> None:
    master, slave = os.openpty()
    try:
        import subprocess
        import sys

        proc = subprocess.run([sys.executable, "-m", "claimcheck"], stdin=slave, capture_output=True, timeout=30)
    finally:
        os.close(master)
        os.close(slave)
    assert proc.returncode == 2
    assert proc.stderr == b"Error: no input: name a FILE, FOLDER or URL, or pipe text in (see --help)\n"


def test_errors_in_a_real_process_have_no_traceback(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4")
    proc = run_proc(str(tmp_path / "x.pdf"))
    assert proc.returncode == 2
    assert proc.stderr == f"Error: {tmp_path / 'x.pdf'}: looks like a PDF file, not text\n".encode()
    assert proc.stdout == b""


def test_full_disk_is_an_error_line(article: Path) -> None:
    import os

    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    proc = run_proc("-o", "/dev/full", str(article))
    assert proc.returncode == 2
    assert proc.stderr == b"Error: /dev/full: cannot write (No space left on device)\n"
