"""How verdicts look in every format: order, labels, colours and glyphs, kept in one place."""

from __future__ import annotations

from ..report import Finding, Report, Verdict

#: Worst first: the order of counts in summaries and of columns in tables.
ORDER = (Verdict.CONTRADICTED, Verdict.OVERSTATED, Verdict.UNVERIFIABLE, Verdict.SUPPORTED)

#: rich styles for the terminal (16-colour palette, so every terminal shows them).
STYLE = {
    Verdict.CONTRADICTED: "bold red",
    Verdict.OVERSTATED: "bold magenta",
    Verdict.UNVERIFIABLE: "yellow",
    Verdict.SUPPORTED: "green",
}

#: Distinct glyphs so the summary bar still reads without colour.
GLYPH = {
    Verdict.CONTRADICTED: "█",
    Verdict.OVERSTATED: "▓",
    Verdict.UNVERIFIABLE: "▒",
    Verdict.SUPPORTED: "░",
}

#: Text and background colours for HTML (each pair has a contrast ratio above 4.5:1).
HEX = {
    Verdict.CONTRADICTED: ("#8b0000", "#ffd6d6"),
    Verdict.OVERSTATED: ("#6a1b7a", "#f3d9fa"),
    Verdict.UNVERIFIABLE: ("#6b4e00", "#fff0b3"),
    Verdict.SUPPORTED: ("#1b5e20", "#d7f5d9"),
}


def label(verdict: Verdict) -> str:
    """The verdict as a capitalised word."""
    return verdict.value.capitalize()


def shown(report: Report, only_problems: bool) -> list[Finding]:
    """The findings a report shows: all, or only overstated and contradicted ones."""
    return [f for f in report.claims if f.verdict.is_problem or not only_problems]


def worst_of(reports: list[Report]) -> Verdict | None:
    """The most severe verdict across reports, or None when no claim was checked."""
    verdicts = [r.worst for r in reports if r.worst is not None]
    return max(verdicts, key=lambda v: v.severity, default=None)
