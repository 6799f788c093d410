"""One self-contained HTML page: the article with every claim highlighted in its verdict's colour.

Hovering or focusing a highlight (a `<mark tabindex="0">`) shows the reason, the fact, its source
and the rewrite, with CSS only: the page has no script and no external asset, and its Content
Security Policy forbids both. Every data-derived string goes through `html.escape`, so markup in
an article is shown as text and never runs.
"""

from __future__ import annotations

import re
from html import escape as _escape
from itertools import pairwise

from ..report import Finding, Report, Verdict
from .excerpt import evidence, excerpt
from .safe import clean
from .verdicts import HEX, ORDER, label, worst_of


def esc(text: str) -> str:
    """Escape for HTML text and quoted attributes, without control characters."""
    return _escape(clean(text), quote=True)


def _esc_block(text: str, start: int = 0, soft: frozenset[int] = frozenset()) -> str:
    """Escape text[...] that begins at offset `start` of the article, keeping its line breaks.

    The block is pre-wrap; a newline at an offset in `soft` (prose hard-wrapped at a fixed width) is
    wrapped in a span that lets the browser reflow it as a space. Other control characters go.
    """
    parts: list[str] = []
    at = 0
    for i, ch in enumerate(text):
        if ch in "\r\n":
            parts.append(_escape(clean(text[at:i]), quote=True))
            if not (ch == "\r" and text[i + 1:i + 2] == "\n"):  # CRLF is one break
                parts.append('<span class="soft">\n</span>' if start + i in soft else "\n")
            at = i + 1
    parts.append(_escape(clean(text[at:]), quote=True))
    return "".join(parts)


_LINE_START_SYNTAX = re.compile(r"\s*(?:[-*+•#>|]|\d{1,3}[.)])")


def soft_breaks(text: str) -> frozenset[int]:
    """Offsets of newlines that only wrap a paragraph: both lines have text, the first is long, and
    the second neither starts a list item or heading nor follows a finished sentence with a capital."""
    soft = set()
    lines = text.split("\n")
    offset = 0
    for prev, nxt in pairwise(lines):
        offset += len(prev)
        p, n = prev.rstrip(), nxt.lstrip()
        if (len(p) >= 40 and n and not _LINE_START_SYNTAX.match(nxt)
                and not (p[-1] in ".!?:\"”" and n[0].isupper())):
            soft.add(offset)
        offset += 1
    return frozenset(soft)


def render_html(reports: list[Report]) -> str:
    """The whole page for one or several reports."""
    names = ", ".join(r.input or "<stdin>" for r in reports)
    body = []
    if len(reports) > 1:
        body.append(summary_table(reports))
    body += [_report(i, r) for i, r in enumerate(reports)]
    return _PAGE.format(title=esc(f"claimcheck: {names}"), css=_css(), body="\n".join(body))


def _report(index: int, report: Report) -> str:
    trial = report.trial
    head = (
        f'<header><h1>{esc(report.input or "<stdin>")}</h1>'
        f'<p class="trial">checked against <strong>{esc(trial.name)}</strong> '
        f"({esc(trial.registry_id)}): {esc(trial.title)}</p></header>"
    )
    if not report.about_trial:
        article = (f'<div class="article">{_esc_block(report.text, 0, soft_breaks(report.text))}</div>'
                   if report.text else "")
        return (f'<section class="report" id="report-{index}">{head}'
                f'<p class="offtopic">This article does not discuss {esc(trial.name)}; '
                f"no claims were checked.</p>{article}</section>")
    ids = {id(f): f"r{index}-c{i}" for i, f in enumerate(report.claims)}
    article, stray = _article(report, ids)
    return (f'<section class="report" id="report-{index}">{head}'
            f"{_panel(report, ids)}"
            f'<h2>Article</h2><div class="article">{article}</div>'
            f"{stray}</section>")


def _panel(report: Report, ids: dict[int, str]) -> str:
    counts = "".join(
        f'<li class="v-{v.value}"><span class="n">{report.counts.get(v.value, 0)}</span> {v.value}</li>'
        for v in ORDER
    )
    problems = [f for f in report.claims if f.verdict is not Verdict.SUPPORTED]
    items = "".join(
        f'<li><a href="#{ids[id(f)]}"><span class="tag v-{f.verdict.value}">'
        f"{label(f.verdict)}</span> line {f.line}: “{esc(f.text)}”</a></li>"
        for f in problems
    )
    listing = f'<ol class="problems">{items}</ol>' if items else ""
    notes = ""
    if report.notes:
        notes = '<h2>Notes on the article</h2><ul class="notes">' + "".join(
            f'<li><strong>{esc(n.id)}</strong>: {esc(n.message)}</li>' for n in report.notes
        ) + "</ul>"
    worst = report.worst.value if report.worst else "none"
    return (f'<aside class="panel"><h2>Summary</h2><ul class="counts">{counts}</ul>'
            f'<p>{len(report.claims)} claims checked; worst verdict: <strong>{worst}</strong>. '
            f"Hover over or tab to a highlight for the evidence.</p>{listing}{notes}</aside>")


def _mark(cid: str, f: Finding, inner: str) -> str:
    """A highlight with its tooltip; `inner` is already escaped HTML."""
    rows = [f'<span class="tip-verdict v-{f.verdict.value}">{label(f.verdict)}</span>']
    ev = evidence(f)
    if ev.article_value is not None or ev.trial_value is not None:
        values = []
        if ev.article_value is not None:
            values.append(f"article: <b>{esc(ev.article_value)}</b>")
        if ev.trial_value is not None:
            values.append(f"trial: <b>{esc(ev.trial_value)}</b>")
        rows.append(f'<span class="row">{" · ".join(values)}</span>')
    if ev.reason is not None:
        rows.append(f'<span class="row"><i>Why</i> {esc(ev.reason)}</span>')
    rows += [
        f'<span class="row"><i>Fact</i> {esc(f.fact)} <code>{esc(f.fact_id)}</code></span>',
        f'<span class="row"><i>Source</i> {esc(f.source)}</span>',
    ]
    if f.suggestion:
        rows.append(f'<span class="row"><i>Rewrite</i> {esc(f.suggestion)}</span>')
    rows.append(f'<span class="row meta">line {f.line}, column {f.column} · rule {esc(f.rule)}</span>')
    return (
        f'<mark id="{cid}" class="v-{f.verdict.value}" tabindex="0" aria-describedby="{cid}-tip" '
        f'data-verdict="{f.verdict.value}" data-rule="{esc(f.rule)}" data-fact="{esc(f.fact_id)}" '
        f'data-line="{f.line}" data-column="{f.column}">{inner}'
        f'<span class="tip" role="tooltip" id="{cid}-tip">{"".join(rows)}</span></mark>'
    )


def _article(report: Report, ids: dict[int, str]) -> tuple[str, str]:
    """The article with nested highlights, and a list for claims whose span is not in the text.

    Every finding gets exactly one `<mark>`. Spans are sorted by start (longest first) and kept
    properly nested: a span that overlaps the end of an open one is cut at that end.
    """
    text = report.text
    soft = soft_breaks(text) if text else frozenset()
    placed: list[tuple[int, int, Finding]] = []
    stray: list[Finding] = []
    for f in report.claims:
        if text is not None and 0 <= f.start < f.end <= len(text) and text[f.start:f.end] == f.text:
            placed.append((f.start, f.end, f))
        else:
            stray.append(f)
    placed.sort(key=lambda t: (t[0], -t[1], -t[2].verdict.severity))

    out: list[str] = []
    stack: list[tuple[int, str, Finding, list[str]]] = []  # (end, id, finding, inner parts)
    pos = 0

    def emit(s: str) -> None:
        (stack[-1][3] if stack else out).append(s)

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1][0] <= limit:
            end, cid, f, inner = stack.pop()
            inner.append(_esc_block(text[pos:end], pos, soft) if text else "")
            pos = end
            emit(_mark(cid, f, "".join(inner)))

    for start, end, f in placed:
        close_until(start)
        emit(_esc_block(text[pos:start], pos, soft) if text else "")
        pos = start
        if stack:
            end = min(end, stack[-1][0])
        stack.append((end, ids[id(f)], f, []))
    close_until(len(text) if text is not None else 0)
    if text is not None:
        out.append(_esc_block(text[pos:], pos, soft))
    else:
        out.append('<p class="missing">The article text was not included in this report.</p>')

    stray_html = ""
    if stray:
        items = []
        for f in stray:
            ex = excerpt(f, None)
            claim = _mark(ids[id(f)], f, esc(ex.claim if ex.located else f.text))
            items.append(f"<li>{esc(ex.before)}{claim}{esc(ex.after)}</li>" if ex.located
                         else f"<li>{esc(ex.before)} {claim}</li>")
        stray_html = ("<h2>Claims by sentence</h2>" if text is None else "<h2>Claims not located in the text</h2>")
        stray_html += f'<ul class="sentences">{"".join(items)}</ul>'
    return "".join(out), stray_html


def summary_table(reports: list[Report]) -> str:
    """A table across files: claims, counts per verdict and the worst verdict."""
    head = "".join(f'<th class="v-{v.value}">{v.value}</th>' for v in ORDER)
    rows = []
    for i, r in enumerate(reports):
        name = f'<a href="#report-{i}">{esc(r.input or "<stdin>")}</a>'
        if not r.about_trial:
            dashes = "".join("<td>–</td>" for _ in ORDER)
            rows.append(f"<tr><td>{name}</td><td>–</td>{dashes}<td>not about trial</td></tr>")
            continue
        cells = "".join(f"<td>{r.counts.get(v.value, 0)}</td>" for v in ORDER)
        worst = r.worst.value if r.worst else "none"
        rows.append(f"<tr><td>{name}</td><td>{len(r.claims)}</td>{cells}<td>{worst}</td></tr>")
    totals = "".join(f"<td>{sum(r.counts.get(v.value, 0) for r in reports)}</td>" for v in ORDER)
    overall = worst_of(reports)
    rows.append(f"<tr class=\"total\"><th>all files</th><td>{sum(len(r.claims) for r in reports)}</td>"
                f"{totals}<td>{overall.value if overall else 'none'}</td></tr>")
    return (f'<section class="summary"><h1>{len(reports)} files</h1><table><thead><tr><th>file</th>'
            f'<th>claims</th>{head}<th>worst</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
            "</section>")


# Underline styles differ by verdict so the highlights do not rely on colour alone.
_UNDERLINE: dict[Verdict, str | None] = {
    Verdict.CONTRADICTED: "solid",
    Verdict.OVERSTATED: "dashed",
    Verdict.UNVERIFIABLE: "dotted",
    Verdict.SUPPORTED: None,
}


def _css() -> str:
    per_verdict = "\n".join(
        f".v-{v.value}{{color:{fg};background:{bg}}}\n"
        f"mark.v-{v.value}{{text-decoration-line:"
        f"{f'underline;text-decoration-style:{_UNDERLINE[v]}' if _UNDERLINE[v] else 'none'}}}"
        for v, (fg, bg) in HEX.items()
    )
    return _CSS + per_verdict


_CSS = """
:root{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;color:#1a1a1a;background:#fff}
body{max-width:60rem;margin:0 auto;padding:1rem 1.5rem 4rem}
h1{font-size:1.4rem;margin:.2rem 0;word-break:break-all}
h2{font-size:1.1rem;margin:1.2rem 0 .4rem}
.trial{margin:0 0 1rem;color:#444}
.report{margin-top:1rem}
.report~.report,.summary~.report{border-top:2px solid #ddd;padding-top:1rem}
.panel{border:1px solid #ccc;border-radius:6px;padding:.5rem 1rem;background:#fafafa}
.panel h2:first-child{margin-top:.2rem}
.counts{list-style:none;display:flex;flex-wrap:wrap;gap:.5rem;padding:0;margin:.2rem 0}
.counts li{padding:.15rem .6rem;border-radius:4px;text-decoration:none}
.counts .n{font-weight:700;font-size:1.1rem}
.problems a{color:inherit}
.tag{padding:0 .3rem;border-radius:3px;font-size:.85em;text-decoration:none}
.soft{white-space:normal}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font-size:1.05rem;border:1px solid #eee;
padding:1rem;border-radius:6px}
mark{position:relative;border-radius:2px;padding:0 1px;cursor:help;
text-decoration-thickness:2px;text-underline-offset:3px}
mark:focus{outline:3px solid #1565c0;outline-offset:1px}
.tip{display:none;position:absolute;left:0;top:100%;z-index:10;width:min(28rem,80vw);
margin-top:4px;padding:.5rem .7rem;background:#fff;color:#1a1a1a;border:1px solid #888;
border-radius:6px;box-shadow:0 3px 10px rgba(0,0,0,.25);white-space:normal;font-size:.9rem;
line-height:1.4;text-align:left}
mark:hover>.tip,mark:focus>.tip{display:block}
.tip .row{display:block;margin-top:.25rem}
.tip i{font-style:normal;font-weight:700;margin-right:.3rem}
.tip .meta{color:#555;font-size:.8rem}
.tip-verdict{font-weight:700;padding:0 .3rem;border-radius:3px}
.summary{overflow-x:auto}
table{border-collapse:collapse;font-size:.9rem}
th,td{padding:.2rem .4rem;border-bottom:1px solid #ddd;text-align:right}
td:first-child{overflow-wrap:anywhere}
th:first-child,td:first-child{text-align:left}
.total{font-weight:700}
.offtopic,.missing{color:#555;font-style:italic}
"""

_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="generator" content="claimcheck">
<title>{title}</title>
<style>{css}</style>
</head>
<body>
{body}
</body>
</html>
"""
