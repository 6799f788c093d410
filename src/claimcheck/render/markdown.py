"""A review note in GitHub-flavoured Markdown, to paste into a document or a pull request.

Article-derived text is untrusted: `escape()` neutralises emphasis, links, images, code, tables,
HTML, @mentions and #references, and line-start syntax such as headings, quotes and lists.
"""

from __future__ import annotations

import re

from ..report import Finding, Report, Verdict
from .excerpt import evidence, excerpt
from .safe import clean
from .verdicts import ORDER, label, shown, worst_of

# Backslash-escaped anywhere in a line (CommonMark allows escaping any ASCII punctuation).
_INLINE = re.compile(r"([\\`*_{}\[\]()#!|~@$])")
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;"}
# Line-start syntax: a list marker ("- ", "+ ", "1984." or "3)") or a setext underline ("=").
_LIST_START = re.compile(r"^(\s*)([-+=]|\d+[.)])")


def escape(text: str) -> str:
    """One line of untrusted text, rendered literally by CommonMark and GitHub."""
    text = clean(text)
    text = "".join(_ENTITIES.get(c, c) for c in text)
    text = _INLINE.sub(r"\\\1", text)
    return _LIST_START.sub(lambda m: m.group(1) + _escape_marker(m.group(2)), text)


def _escape_marker(marker: str) -> str:
    return "\\" + marker if not marker[0].isdigit() else marker[:-1] + "\\" + marker[-1]


def render_markdown(reports: list[Report], *, only_problems: bool = False) -> str:
    """The review note for every report, then a table across files when there are several."""
    parts = [_report(r, only_problems) for r in reports]
    if len(reports) > 1:
        parts.append(summary_table(reports))
    return "\n".join(parts)


def _report(report: Report, only_problems: bool) -> str:
    trial = report.trial
    lines = [
        f"## claimcheck: {escape(report.input or '<stdin>')}",
        "",
        f"Checked against **{escape(trial.name)}** ({escape(trial.registry_id)}): {escape(trial.title)}.",
        "",
    ]
    if not report.about_trial:
        lines += [f"This article does not discuss {escape(trial.name)}; no claims were checked.", ""]
        return "\n".join(lines)
    lines += [counts_table(report.counts), ""]
    findings = shown(report, only_problems)
    detailed = [f for f in findings if f.verdict is not Verdict.SUPPORTED]
    if detailed:
        lines += ["### Claims to fix", ""]
        for i, f in enumerate(detailed, 1):
            lines += _detail(i, f, report.text)
    supported = [f for f in findings if f.verdict is Verdict.SUPPORTED]
    if supported:
        lines += ["### Supported claims", ""]
        lines += [f"- Line {f.line}: “{escape(f.text)}” (`{_code(f.fact_id)}`)" for f in supported]
        lines.append("")
    hidden = len(report.claims) - len(findings)
    if hidden:
        lines += [f"_{hidden} supported or unverifiable claim{'s' if hidden != 1 else ''} not shown._", ""]
    if report.notes:
        lines += ["### Notes on the article", ""]
        lines += [f"- **{escape(n.id)}**: {escape(n.message)}" for n in report.notes]
        lines.append("")
    return "\n".join(lines)


def counts_table(counts: dict[str, int]) -> str:
    """A one-row table of counts per verdict, worst first."""
    head = "| " + " | ".join(v.value for v in ORDER) + " |"
    rule = "|" + "|".join(" ---: " for _ in ORDER) + "|"
    row = "| " + " | ".join(str(counts.get(v.value, 0)) for v in ORDER) + " |"
    return "\n".join((head, rule, row))


def _detail(i: int, f: Finding, text: str | None) -> list[str]:
    ex = excerpt(f, text)
    quote = escape(ex.before) + (_bold(ex.claim) + escape(ex.after) if ex.located else "")
    lines = [
        f"**{i}. {label(f.verdict)}** · line {f.line}, column {f.column} · rule `{_code(f.rule)}`",
        "",
        f"> {quote}",
        "",
    ]
    if not ex.located:
        lines.append(f"- **Claim:** “{escape(f.text)}”")
    ev = evidence(f)
    if ev.article_value is not None or ev.trial_value is not None:
        values = []
        if ev.article_value is not None:
            values.append(f"**Article:** {escape(ev.article_value)}")
        if ev.trial_value is not None:
            values.append(f"**Trial:** {escape(ev.trial_value)}")
        lines.append("- " + " · ".join(values))
    if ev.reason is not None:
        lines.append(f"- **Why:** {escape(ev.reason)}")
    lines += [
        f"- **Fact** `{_code(f.fact_id)}`: {escape(f.fact)}",
        f"- **Source:** {escape(f.source)}",
    ]
    if f.suggestion:
        lines.append(f"- **Suggested rewrite:** {escape(f.suggestion)}")
    lines.append("")
    return lines


def _bold(claim: str) -> str:
    # Emphasis cannot start or end on a space, so keep surrounding spaces outside the markers.
    core = claim.strip()
    if not core:
        return escape(claim)
    lead = claim[: len(claim) - len(claim.lstrip())]
    trail = claim[len(claim.rstrip()):]
    return escape(lead) + f"**{escape(core)}**" + escape(trail)


def _code(ident: str) -> str:
    # Ids are kebab/dotted by contract; drop backticks anyway so a code span cannot be closed early.
    return clean(ident).replace("`", "")


def summary_table(reports: list[Report]) -> str:
    """A table across files: claims, counts per verdict and the worst verdict."""
    head = "| file | claims | " + " | ".join(v.value for v in ORDER) + " | worst |"
    rule = "| --- | ---: | " + " | ".join("---:" for _ in ORDER) + " | --- |"
    rows = [f"## Summary of {len(reports)} files", "", head, rule]
    for r in reports:
        name = escape(r.input or "<stdin>")
        if not r.about_trial:
            rows.append(f"| {name} | – | " + " | ".join("–" for _ in ORDER) + " | not about trial |")
            continue
        cells = " | ".join(str(r.counts.get(v.value, 0)) for v in ORDER)
        rows.append(f"| {name} | {len(r.claims)} | {cells} | {r.worst.value if r.worst else 'none'} |")
    totals = " | ".join(str(sum(r.counts.get(v.value, 0) for r in reports)) for v in ORDER)
    worst = worst_of(reports)
    rows.append(f"| **all files** | {sum(len(r.claims) for r in reports)} | {totals} | "
                f"{worst.value if worst else 'none'} |")
    return "\n".join(rows) + "\n"
