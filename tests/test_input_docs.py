"""The README's "Input and errors" section names every error message the input code can give."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["inputs.py", "fetch.py", "guard.py", "cli.py"]


def _section() -> str:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Input and errors")
    end = readme.find("\n## ", start + 1)
    return readme[start : end if end > 0 else None]


def _message_fragments() -> set[str]:
    fragments: set[str] = set()
    for name in SOURCES:
        code = (ROOT / "src" / "claimcheck" / name).read_text(encoding="utf-8")
        for template in re.findall(r'(?:InputError|_error|echo_err)\(\s*f?"([^"]+)"', code):
            for part in re.split(r"\{[^}]*\}", template):
                part = part.strip(" :;()")
                if len(part) >= 6 and not part.startswith(("Error", "Warning")):
                    fragments.add(part)
    for kind in re.findall(r'\(b"[^"]*", "([^"]+)"\)', (ROOT / "src/claimcheck/inputs.py").read_text()):
        fragments.add(kind)
    return fragments


def test_every_message_is_documented() -> None:
    section = _section()
    fragments = _message_fragments()
    assert len(fragments) > 20
    assert sorted(f for f in fragments if f not in section) == []


def test_every_exit_code_is_documented() -> None:
    section = _section()
    for code in ("| 0 |", "| 1 |", "| 2 |", "| 130 |"):
        assert code in section
