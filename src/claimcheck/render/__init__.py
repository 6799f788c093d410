"""Renderers: one module per output format, each a pure function of reports to a string."""

from __future__ import annotations

from enum import Enum

from ..report import Report


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"


def render(fmt: Format, reports: list[Report], *, color: bool = False, width: int = 80,
           only_problems: bool = False) -> str:
    """Render reports in the chosen format."""
    if fmt is Format.JSON:
        from .json import render_json

        return render_json(reports)
    if fmt is Format.JSONL:
        from .jsonl import render_jsonl

        return render_jsonl(reports)
    from .text import render_text  # rich is imported only for the text report

    return render_text(reports, color=color, width=width, only_problems=only_problems)
