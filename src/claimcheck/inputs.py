"""Reading articles: files, folders and standard input, decoded without losing a byte's meaning."""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
DEFAULT_MAX_BYTES = 5_000_000


@dataclass(frozen=True)
class Article:
    """An article's name (path, URL or '-') and its text."""

    name: str
    text: str
    warnings: tuple[str, ...] = field(default=())


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Decode bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Latin-1 with a warning."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace"), ()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), ()
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), (
            f"{name}: not valid UTF-8; read as Windows-1252",
        )


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the input is empty")
    return text


def read_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    if len(data) > max_bytes:
        raise InputError(f"{name}: input is larger than {max_bytes} bytes (see --max-bytes)")
    text, warnings = decode(data, name)
    return Article(name, _check_text(text, name), warnings)


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{name}: input is larger than {max_bytes} bytes (see --max-bytes)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return read_bytes(data, name, max_bytes)


def expand(args: list[str]) -> list[str]:
    """Arguments to input names: folders become their articles, sorted; '-' is standard input."""
    names: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg != "-" and path.is_dir():
            found = sorted(
                str(p) for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
            )
            if not found:
                raise InputError(f"{arg}: folder has no .txt, .md or .html articles")
            names.extend(found)
        else:
            names.append(arg)
    return names


def iter_articles(
    names: list[str], stdin: bytes | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Article | InputError]:
    """Each input in order: an Article, or the InputError that stopped it (the batch goes on)."""
    for name in names:
        try:
            if name == "-":
                yield read_bytes(stdin or b"", "<stdin>", max_bytes)
            else:
                yield read_path(Path(name), max_bytes)
        except InputError as exc:
            yield exc
