"""Reading articles: files, folders, standard input and URLs, decoded without ever crashing.

Every problem becomes an `InputError` whose message is one line naming the input; the CLI prints
it as `Error: …`. HTML (by file extension, by content for standard input and other files, by
content type for URLs) is reduced to its main text by `claimcheck.html`.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .errors import InputError
from .html import extract_text, looks_like_html

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES = 5_000_000
STDIN_NAME = "<stdin>"

# Magic numbers of formats people hand to the tool by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (such as a .docx or .epub file)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
    (b"{\\rtf", "an RTF document"),
)
# Charset labels that browsers read as Windows-1252 (its C1 range is printable there).
_CP1252_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "windows-1252", "cp1252"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """An article's name (path, URL or '<stdin>') and its text."""

    name: str
    text: str
    warnings: tuple[str, ...] = field(default=())


def _too_large(name: str, max_bytes: int) -> InputError:
    return InputError(f"{name}: input is larger than {max_bytes} bytes (see --max-bytes)")


def sniff_binary(data: bytes, name: str) -> None:
    """Refuse bytes that are clearly not text: known binary formats, or NUL bytes."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: looks like {kind}, not text")
    if b"\x00" in data:
        raise InputError(f"{name}: looks like a binary file (it contains NUL bytes), not text")


def _codec(label: str | None) -> str | None:
    """A Python codec for a declared charset label, or None when unknown."""
    if not label:
        return None
    label = label.strip().lower()
    if label in _CP1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML document declares in a <meta> tag near its start, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", errors="replace") if m else None


def decode(data: bytes, name: str, charset: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Decode bytes, never raising on bad bytes; returns the text and any warnings.

    Order: a BOM (UTF-8, UTF-16 LE/BE) wins; then strict UTF-8; then the declared `charset`
    (an HTTP header or HTML <meta>); else Windows-1252 with a warning. Bytes that do not fit
    the chosen encoding become U+FFFD, with a warning.
    """
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), ()
            except UnicodeDecodeError:
                return body.decode(codec, errors="replace"), (
                    f"{name}: some bytes are not valid {codec.upper()}; replaced them with U+FFFD",
                )
    sniff_binary(data, name)
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    codec = _codec(charset)
    if codec and codec not in ("utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"):
        try:
            return data.decode(codec), ()
        except UnicodeDecodeError:
            pass
    return data.decode("cp1252", errors="replace"), (f"{name}: not valid UTF-8; read as Windows-1252",)


def _nonempty(text: str, name: str) -> str:
    if not text.strip():
        raise InputError(f"{name}: the input is empty")
    return text


def to_article(data: bytes, name: str, kind: str, max_bytes: int = DEFAULT_MAX_BYTES,
               charset: str | None = None) -> Article:
    """Bytes of a known `kind` ('text', 'html' or 'auto': HTML detected by content) to an Article."""
    if len(data) > max_bytes:
        raise _too_large(name, max_bytes)
    if not data.strip():
        raise InputError(f"{name}: the input is empty")
    if kind != "text" and charset is None:
        charset = declared_charset(data)
    text, warnings = decode(data, name, charset)
    _nonempty(text, name)
    if kind == "html" or (kind == "auto" and looks_like_html(text)):
        text = extract_text(text)
        if not text.strip():
            raise InputError(f"{name}: no article text found in the HTML")
    return Article(name, text, warnings)


def read_bytes(data: bytes, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Bytes of unknown kind (standard input): HTML is detected by content."""
    return to_article(data, name, "auto", max_bytes)


def read_stdin(stream: BinaryIO | None, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Standard input's bytes, reading at most one byte past the cap."""
    if stream is None:
        return b""
    try:
        return stream.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{STDIN_NAME}: cannot read ({exc.strerror or exc})") from None


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    return "text" if suffix in TEXT_SUFFIXES else "auto"


def read_path(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Article:
    """Read one file; every failure is an InputError naming it."""
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a folder")
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(name, max_bytes)
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may grow between stat and read
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return to_article(data, name, _kind(path), max_bytes)


def is_url(arg: str) -> bool:
    """Is this argument an http(s) URL (the only thing ever fetched from the network)?"""
    return arg.lower().startswith(("http://", "https://"))


def expand(args: list[str]) -> list[str]:
    """Arguments to input names: folders become their articles, sorted; '-' is standard input."""
    names: list[str] = []
    for arg in args:
        path = Path(arg)
        if arg != "-" and not is_url(arg) and path.is_dir():
            try:
                found = sorted(
                    str(p) for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                )
            except OSError as exc:
                raise InputError(f"{arg}: cannot read folder ({exc.strerror or exc})") from None
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
                yield read_bytes(stdin or b"", STDIN_NAME, max_bytes)
            elif is_url(name):
                from .fetch import fetch  # urllib is imported only when a URL is given

                yield fetch(name, max_bytes)
            else:
                yield read_path(Path(name), max_bytes)
        except InputError as exc:
            yield exc
