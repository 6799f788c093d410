"""The terminal report, built from rich Text objects only (article text is never markup)."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from ..report import Report, Verdict
from .safe import clean

STYLES = {
    Verdict.SUPPORTED: "green",
    Verdict.UNVERIFIABLE: "yellow",
    Verdict.OVERSTATED: "magenta",
    Verdict.CONTRADICTED: "bold red",
}


def _report(console: Console, report: Report, only_problems: bool) -> None:
    name = clean(report.input or "<text>")
    header = Text(f"{name} · {clean(report.trial.name)} ({clean(report.trial.registry_id)})", style="bold")
    console.print(header)
    if not report.about_trial:
        console.print(Text("  not about this trial: no claims checked", style="dim"))
        return
    for f in report.claims:
        if only_problems and not f.verdict.is_problem:
            continue
        row = Text("  ")
        row.append(f"{f.line}:{f.column}".ljust(8), style="dim")
        row.append(f.verdict.value.upper().ljust(13), style=STYLES[f.verdict])
        row.append(f"“{clean(f.text)}”")
        console.print(row)
        detail = Text("      ")
        detail.append(clean(f.reason))
        console.print(detail)
        ref = Text(f"      {clean(f.rule)} · fact {clean(f.fact_id)} · {clean(f.source)}", style="dim")
        console.print(ref)
        if f.suggestion and f.verdict.is_problem:
            console.print(Text(f"      suggest: {clean(f.suggestion)}", style="italic"))
    for note in report.notes:
        console.print(Text(f"  note: {clean(note.message)}", style="cyan"))
    summary = ", ".join(f"{n} {v}" for v, n in report.counts.items() if n)
    style = STYLES[report.worst] if report.worst else "green"
    console.print(Text(f"  {len(report.claims)} claims: {summary or 'none'}", style=style))


def render_text(reports: list[Report], *, color: bool, width: int, only_problems: bool) -> str:
    buf = io.StringIO()
    console = Console(
        file=buf,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )
    for i, report in enumerate(reports):
        if i:
            console.print()
        _report(console, report, only_problems)
    return buf.getvalue()
