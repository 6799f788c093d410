"""The terminal report, built from rich Text objects only (article text is never markup).

Every article-derived string passes through `clean()` before it reaches a Text, and the Console has
markup, highlighting and emoji codes switched off, so an article cannot style or drive the terminal.
"""

from __future__ import annotations

import io
import re

from rich import box
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from ..report import Finding, Report, Verdict
from .excerpt import evidence, excerpt
from .safe import clean
from .verdicts import GLYPH, ORDER, STYLE, shown, worst_of

ICON = {
    Verdict.CONTRADICTED: "✗",
    Verdict.OVERSTATED: "▲",
    Verdict.UNVERIFIABLE: "?",
    Verdict.SUPPORTED: "✓",
}
INDENT = 2
BAR_MAX = 60


def render_text(reports: list[Report], *, color: bool, width: int = 80, only_problems: bool = False) -> str:
    """The human report for a terminal (or a file, without colour)."""
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
        legacy_windows=False,
    )
    for i, report in enumerate(reports):
        if i:
            console.print()
            console.print(Text("─" * width, style="dim"))
        _report(console, report, only_problems=only_problems, color=color)
    if len(reports) > 1:
        console.print()
        console.print(summary_table(reports))
    return _TRAILING.sub(r"\1", buf.getvalue())


# Spaces rich pads lines with, possibly followed by style resets, at the end of each line.
_TRAILING = re.compile(r"[ ]+((?:\x1b\[[0-9;]*m)*)$", re.MULTILINE)


def _report(console: Console, report: Report, *, only_problems: bool, color: bool) -> None:
    trial = report.trial
    console.print(Text(clean(report.input or "<stdin>"), style="bold"))
    console.print(Text(f"checked against {clean(trial.name)} · {clean(trial.registry_id)}", style="dim"))
    console.print()
    if not report.about_trial:
        console.print(Text(f"Not about {clean(trial.name)}: no claims checked.", style="dim"))
        return
    console.print(counts_line(report))
    if report.claims:
        console.print(bar(report.counts, min(console.width - 1, BAR_MAX)))

    findings = shown(report, only_problems)
    for f in (f for f in findings if f.verdict is not Verdict.SUPPORTED):
        console.print()
        _detail(console, f, report.text, color)
    supported = [f for f in findings if f.verdict is Verdict.SUPPORTED]
    if supported:
        console.print()
        for f in supported:
            console.print(compact_line(f), no_wrap=True, overflow="ellipsis")
    hidden = len(report.claims) - len(findings)
    if hidden:
        console.print()
        console.print(Text(f"{hidden} supported or unverifiable claim{'s' if hidden != 1 else ''} "
                           "hidden (--only-problems)", style="dim"))
    if report.notes:
        console.print()
        console.print(Text("Notes on the article", style="bold"))
        for note in report.notes:
            console.print(Text(f"• {clean(note.id)}", style="cyan"))
            _indented(console, Text(clean(note.message)))


def counts_line(report: Report) -> Text:
    """`█ 2 contradicted  ▓ 1 overstated  … · 6 claims`, zero counts dimmed."""
    line = Text()
    for i, v in enumerate(ORDER):
        n = report.counts.get(v.value, 0)
        if i:
            line.append("  ")
        line.append(GLYPH[v] + " ", style=STYLE[v])
        line.append(f"{n} {v.value}", style=STYLE[v] if n else "dim")
    total = len(report.claims)
    line.append(f" · {total} claim{'s' if total != 1 else ''}")
    return line


def bar(counts: dict[str, int], width: int) -> Text:
    """A bar of `width` cells split by verdict (largest remainder, every present verdict visible)."""
    total = sum(counts.get(v.value, 0) for v in ORDER)
    out = Text()
    if total == 0 or width <= 0:
        return out
    present = [v for v in ORDER if counts.get(v.value, 0)]
    cells = {v: 1 for v in present}  # one cell each first, so a single finding is never invisible
    spare = max(0, width - len(present))
    exact = {v: counts[v.value] * spare / total for v in present}
    for v in present:
        cells[v] += int(exact[v])
    left = width - sum(cells.values())
    for v in sorted(present, key=lambda v: exact[v] - int(exact[v]), reverse=True)[:max(0, left)]:
        cells[v] += 1
    for v in present:
        out.append(GLYPH[v] * cells[v], style=STYLE[v])
    return out


def _detail(console: Console, f: Finding, text: str | None, color: bool) -> None:
    style = STYLE[f.verdict]
    head = Text()
    head.append(f"{ICON[f.verdict]} {f.verdict.value.upper()}", style=style)
    head.append(f"  line {f.line}, col {f.column}", style="dim")
    head.append(f" · {clean(f.rule)}", style="dim")
    console.print(head)

    ex = excerpt(f, text)
    rows = Table.grid(padding=(0, 2, 0, 0), pad_edge=False)
    rows.add_column(justify="right", style="dim", no_wrap=True, min_width=len("rewrite"))
    rows.add_column(ratio=1)
    sentence = Text(clean(ex.before))
    if ex.located:
        # Without colour the highlight is invisible, so mark the claim's words with guillemets.
        open_, close = ("", "") if color else ("»", "«")
        sentence.append(open_ + clean(ex.claim) + close, style=f"{style} underline")
        sentence.append(clean(ex.after))
        rows.add_row("claim", sentence)
    else:
        rows.add_row("claim", Text(f"“{clean(f.text)}”", style=style))
        rows.add_row("in", sentence)
    ev = evidence(f)
    if ev.article_value is not None or ev.trial_value is not None:
        values = Text()
        if ev.article_value is not None:
            values.append("article: ", style="dim")
            values.append(clean(ev.article_value), style=style)
        if ev.article_value is not None and ev.trial_value is not None:
            values.append(" · ", style="dim")
        if ev.trial_value is not None:
            values.append("trial: ", style="dim")
            values.append(clean(ev.trial_value), style="green")
        rows.add_row("", values)
    if ev.reason is not None:
        rows.add_row("why", Text(clean(ev.reason)))
    fact = Text(clean(f.fact))
    fact.append(f" ({clean(f.fact_id)})", style="dim")
    rows.add_row("fact", fact)
    rows.add_row("source", Text(clean(f.source)))
    if f.suggestion:
        rows.add_row("rewrite", Text(clean(f.suggestion), style="italic"))
    console.print(Padding(rows, (0, 0, 0, INDENT), expand=False))


def _indented(console: Console, text: Text) -> None:
    console.print(Padding(text, (0, 0, 0, INDENT), expand=False))


def compact_line(f: Finding) -> Text:
    """One line for a supported claim: icon, position, the claim's words and the fact id."""
    line = Text()
    line.append(f"{ICON[f.verdict]} ", style=STYLE[f.verdict])
    line.append(f"{f.line}:{f.column}".ljust(7), style="dim")
    line.append(f"“{clean(f.text)}”")
    line.append(f" · {clean(f.fact_id)}", style="dim")
    return line


def summary_table(reports: list[Report]) -> Table:
    """One row per input, plus a total: claims, counts per verdict, worst verdict."""
    legend = Text()
    for i, v in enumerate(ORDER):
        legend.append(("  " if i else "") + ICON[v], style=STYLE[v])
        legend.append(f" {v.value}", style="dim")
    table = Table(box=box.SIMPLE_HEAD, title=Text(f"Summary of {len(reports)} files", style="bold"),
                  title_justify="left", caption=legend, caption_justify="left", pad_edge=False,
                  show_edge=False, expand=True)
    table.add_column(Text("file"), overflow="fold", ratio=1)
    table.add_column(Text("claims"), justify="right", no_wrap=True)
    for v in ORDER:
        table.add_column(Text(ICON[v], style=STYLE[v]), justify="right", no_wrap=True)
    table.add_column(Text("worst"), no_wrap=True)
    for r in reports:
        if not r.about_trial:
            table.add_row(Text(clean(r.input or "<stdin>")), Text("–", style="dim"),
                          *[Text("–", style="dim") for _ in ORDER], Text("off-topic", style="dim"))
            continue
        table.add_row(Text(clean(r.input or "<stdin>")), Text(str(len(r.claims))),
                      *[_count_cell(r.counts.get(v.value, 0), v) for v in ORDER], _worst_cell(r.worst))
    totals = {v.value: sum(r.counts.get(v.value, 0) for r in reports) for v in ORDER}
    table.add_section()
    table.add_row(Text("all files", style="bold"), Text(str(sum(len(r.claims) for r in reports))),
                  *[_count_cell(totals[v.value], v) for v in ORDER], _worst_cell(worst_of(reports)))
    return table


def _count_cell(n: int, v: Verdict) -> Text:
    return Text(str(n), style=STYLE[v] if n else "dim")


def _worst_cell(worst: Verdict | None) -> Text:
    return Text(worst.value, style=STYLE[worst]) if worst else Text("none", style="dim")
