"""Renderers: one module per output format, each a pure function of reports to a string."""

from __future__ import annotations

from enum import Enum

from ..report import Report


class Format(str, Enum):
    """The output formats, by their `--format` name."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    LINE = "line"
    MARKDOWN = "markdown"
    HTML = "html"
    CLAIMREVIEW = "claimreview"

    @property
    def needs_text(self) -> bool:
        """Whether the format shows the whole article, so reports must include its text."""
        return self is Format.HTML


def render(
    fmt: Format,
    reports: list[Report],
    *,
    color: bool = False,
    width: int = 80,
    only_problems: bool = False,
    reviewer: str = "claimcheck",
    url: str | None = None,
    date_published: str | None = None,
) -> str:
    """Render reports in the chosen format.

    `color`, `width` and `only_problems` shape the text report (`only_problems` also the line and
    Markdown ones); `reviewer`, `url` and `date_published` fill in ClaimReview.
    """
    if fmt is Format.JSON:
        from .json import render_json

        return render_json(reports)
    if fmt is Format.JSONL:
        from .jsonl import render_jsonl

        return render_jsonl(reports)
    if fmt is Format.LINE:
        from .line import render_line

        return render_line(reports, only_problems=only_problems)
    if fmt is Format.MARKDOWN:
        from .markdown import render_markdown

        return render_markdown(reports, only_problems=only_problems)
    if fmt is Format.HTML:
        from .html import render_html

        return render_html(reports)
    if fmt is Format.CLAIMREVIEW:
        from .claimreview import render_claimreview

        return render_claimreview(reports, reviewer=reviewer, url=url, date_published=date_published)
    from .text import render_text  # rich is imported only for the text report

    return render_text(reports, color=color, width=width, only_problems=only_problems)
