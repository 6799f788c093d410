"""Compare HTML main-text extractors on the saved pages in tests/data/html (quality and speed).

Run with any extractors you want compared installed next to claimcheck, e.g.
    python -m venv /tmp/bench && /tmp/bench/bin/pip install -e . trafilatura selectolax beautifulsoup4
    /tmp/bench/bin/python bench/html_extraction.py
Quality: 'kept' = article passages found (of expected.json's "keep"), 'leaked' = cruft strings found
(of "drop"); both compared after collapsing white space. Speed: best of 5 rounds, ms per page.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

PAGES = Path(__file__).resolve().parents[1] / "tests" / "data" / "html"
FURNITURE = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template", "svg"]


def stdlib(html: str) -> str:
    from claimcheck.html import extract_text

    return extract_text(html)


def trafilatura_(html: str) -> str:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=False) or ""


def selectolax_(html: str) -> str:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    tree.strip_tags(FURNITURE)
    body = tree.body
    return body.text(separator="\n") if body else ""


def bs4_(html: str) -> str:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(FURNITURE):
        tag.decompose()
    return soup.get_text("\n")


EXTRACTORS: dict[str, Callable[[str], str]] = {
    "stdlib html.parser (claimcheck.html)": stdlib,
    "trafilatura": trafilatura_,
    "selectolax, drop furniture tags": selectolax_,
    "beautifulsoup4, drop furniture tags": bs4_,
}
IMPORTS = {
    "stdlib html.parser (claimcheck.html)": "html.parser",
    "trafilatura": "trafilatura",
    "selectolax, drop furniture tags": "selectolax.lexbor",
    "beautifulsoup4, drop furniture tags": "bs4",
}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _import_ms(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print((time.perf_counter() - t) * 1000)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main() -> None:
    expected = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
    pages = {name: (PAGES / name).read_text(encoding="utf-8", errors="replace") for name in expected}
    print(f"pages: {', '.join(f'{n} ({len(h) // 1024} KB)' for n, h in pages.items())}\n")
    print("| extractor | kept | leaked | ms/page (all pages) | import ms |")
    print("| --- | --- | --- | --- | --- |")
    for label, fn in EXTRACTORS.items():
        try:
            fn("<p>warm up</p>")
        except ImportError:
            print(f"| {label} | not installed | | | |")
            continue
        kept = leaked = want = cruft = 0
        misses: list[str] = []
        for name, html in pages.items():
            text = _norm(fn(html))
            for k in expected[name]["keep"]:
                want += 1
                if _norm(k) in text:
                    kept += 1
                else:
                    misses.append(f"{name}: missing {k[:40]!r}")
            for d in expected[name]["drop"]:
                cruft += 1
                if _norm(d) in text:
                    leaked += 1
                    misses.append(f"{name}: leaked {d!r}")
        best = min(_timed(fn, pages) for _ in range(5))
        ms = best * 1000 / len(pages)
        print(f"| {label} | {kept}/{want} | {leaked}/{cruft} | {ms:.2f} | {_import_ms(IMPORTS[label]):.0f} |")
        for m in misses:
            print(f"|  | {m} | | | |")


def _timed(fn: Callable[[str], str], pages: dict[str, str]) -> float:
    t = time.perf_counter()
    for html in pages.values():
        fn(html)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
