"""Reading and decoding: encodings, kinds of input, and the warnings they produce."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from claimcheck.errors import InputError
from claimcheck.inputs import decode, expand, read_bytes, read_path, to_article
from conftest import ARTICLE, run_cli

TEXT = "Café patients — aged 60–85 — said “it helped” (n = 184)."


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom"],
)
def test_unicode_encodings_decode_exactly_without_warning(data: bytes) -> None:
    assert decode(data, "x") == (TEXT, ())


def test_windows_1252_falls_back_with_a_warning() -> None:
    data = "Café “quoted” — 60–85".encode("cp1252")
    assert decode(data, "old.txt") == ("Café “quoted” — 60–85", ("old.txt: not valid UTF-8; read as Windows-1252",))


def test_declared_charset_is_used_when_not_utf8() -> None:
    data = '<meta charset="koi8-r"><p>Привет, мир. The trial.</p>'.encode("koi8-r")
    article = to_article(data, "page.html", "html")
    assert article.text == "Привет, мир. The trial.\n"
    assert article.warnings == ()


def test_latin1_label_means_windows_1252() -> None:
    data = '<meta http-equiv="content-type" content="text/html; charset=iso-8859-1"><p>“Hips” matter.</p>'.encode("cp1252")
    assert to_article(data, "p.html", "html").text == "“Hips” matter.\n"


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (codecs.BOM_UTF8 + b"ok \xff\xfe bad", "x: some bytes are not valid UTF-8; replaced them with U+FFFD"),
        (codecs.BOM_UTF16_LE + b"o\x00k\x00\x00\xd8", "x: some bytes are not valid UTF-16-LE; replaced them with U+FFFD"),
        (codecs.BOM_UTF16_BE + b"\x00o\x00k\x00", "x: some bytes are not valid UTF-16-BE; replaced them with U+FFFD"),
    ],
)
def test_invalid_bytes_after_a_bom_are_replaced_with_a_warning(data: bytes, warning: str) -> None:
    text, warnings = decode(data, "x")
    assert "\ufffd" in text
    assert warnings == (warning,)


def test_undefined_windows_1252_bytes_never_crash() -> None:
    text, warnings = decode(b"caf\xe9 \x81\x8d\x8f\x90\x9d end", "x")
    assert text == "café \ufffd\ufffd\ufffd\ufffd\ufffd end"
    assert warnings == ("x: not valid UTF-8; read as Windows-1252",)


def test_every_single_byte_and_pair_decodes_or_is_refused_cleanly() -> None:
    for a in range(256):
        for b in (0x00, 0x41, 0x80, 0xBF, 0xC3, 0xFF):
            data = bytes([a, b]) + b" text"
            try:
                decode(data, "x")
            except InputError as exc:
                assert str(exc).startswith("x: looks like")


def test_warning_is_printed_on_stderr_and_report_still_made(tmp_path: Path) -> None:
    path = tmp_path / "old.txt"
    path.write_bytes(ARTICLE.replace("aged", "âged").encode("cp1252"))
    result = run_cli("--format", "json", str(path))
    assert result.exit_code == 0
    assert result.stderr == f"Warning: {path}: not valid UTF-8; read as Windows-1252\n"
    assert json.loads(result.stdout)["input"] == str(path)


def test_utf16_file_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "u16.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + ARTICLE.encode("utf-16-le"))
    result = run_cli("--format", "json", "--include-text", str(path))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["text"] == ARTICLE


# --- kinds of input -----------------------------------------------------------------------------

PAGE = "<!DOCTYPE html><html><body><nav>Home</nav><h1>Hips?</h1><p>The trial  enrolled\n184 adults.</p></body></html>"
EXTRACTED = "# Hips?\n\nThe trial enrolled 184 adults.\n"


@pytest.mark.parametrize("suffix", [".html", ".htm", ".HTML"])
def test_html_files_are_extracted(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE, encoding="utf-8")
    assert read_path(path).text == EXTRACTED


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_text_and_markdown_files_are_taken_as_they_are(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"page{suffix}"
    path.write_text(PAGE, encoding="utf-8")
    assert read_path(path).text == PAGE


def test_files_of_other_kinds_are_detected_by_content(tmp_path: Path) -> None:
    (tmp_path / "saved").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes").write_text(ARTICLE, encoding="utf-8")
    assert read_path(tmp_path / "saved").text == EXTRACTED
    assert read_path(tmp_path / "notes").text == ARTICLE


@pytest.mark.parametrize(
    ("data", "extracted"),
    [
        (PAGE, EXTRACTED),
        ("  <html><p>One claim here.</p></html>", "One claim here.\n"),
        ("<!-- saved --> <!doctype HTML><title>x</title><p>Para.</p>", "Para.\n"),
        ("Some text first <div>then a div</div> and <p>a paragraph.</p>",
         "Some text first\n\nthen a div\n\nand\n\na paragraph.\n"),
        ("A plain article about <hips> and a < b.", None),
        ("Prose that mentions the <p> tag without closing it.", None),
    ],
)
def test_stdin_html_is_detected_by_content(data: str, extracted: str | None) -> None:
    article = read_bytes(data.encode(), "<stdin>")
    assert article.text == (data if extracted is None else extracted)


def test_stdin_html_through_the_cli_offsets_refer_to_extracted_text() -> None:
    result = run_cli("--format", "json", "--include-text", input=PAGE)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    assert report["input"] == "<stdin>"
    assert report["text"] == EXTRACTED
    for claim in report["claims"]:
        assert report["text"][claim["start"] : claim["end"]] == claim["text"]


def test_expand_folders_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b.md").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.HTML").write_text("x")
    (tmp_path / "skip.pdf").write_text("x")
    assert expand([str(tmp_path), "-", "http://example.test/a"]) == [
        str(tmp_path / "a.txt"), str(tmp_path / "b.md"), str(tmp_path / "sub" / "c.HTML"), "-",
        "http://example.test/a",
    ]


def test_a_folder_named_directly_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder$"):
        read_path(tmp_path)
