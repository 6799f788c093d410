"""Render an Evaluation (the figures of `claimcheck-eval`) as a plain-text table or as JSON."""

from __future__ import annotations

import json

from ..evaluate import LABELS, PREDICTIONS, Evaluation, Metrics
from .safe import clean

_QUOTE_MAX = 90


def _short(text: str, limit: int = _QUOTE_MAX) -> str:
    text = clean(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _metrics_table(m: Metrics) -> list[str]:
    out = [
        f"articles {m.articles}, gold claims {m.claims}, reported claims {m.reported_claims}, "
        f"problem flags {m.problem_flags}",
        "",
        f"  {'verdict':<14}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}",
    ]
    for lab in LABELS:
        s = m.per_verdict[lab]
        out.append(f"  {lab:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.support:>6}")
    present = sum(1 for lab in LABELS if m.per_verdict[lab].support)
    out += [
        f"  {'macro-F1':<14}{m.macro_f1:>21.3f}   (over the {present} verdicts in gold)",
        f"  {'accuracy':<14}{m.accuracy:>21.3f}   ({m.correct}/{m.claims})",
        "",
        "  confusion (rows: gold, columns: reported)",
        "  " + f"{'':<14}" + "".join(f"{p:>14}" for p in PREDICTIONS),
    ]
    for g in LABELS:
        out.append("  " + f"{g:<14}" + "".join(f"{m.confusion[g][p]:>14}" for p in PREDICTIONS))
    out += [
        "",
        f"  problem recall     {m.problem_recall:.3f}   "
        f"({m.found_problems}/{m.gold_problems} gold problems flagged)",
        f"  problem precision  {m.problem_precision:.3f}   "
        f"({m.problem_flags - len(m.false_alarms)}/{m.problem_flags} flags overlap a gold problem)",
    ]
    return out


def _details(m: Metrics, verbose: bool) -> list[str]:
    out = ["", f"  false alarms: {len(m.false_alarms) or 'none'}"]
    for fa in m.false_alarms:
        out.append(f"    {clean(fa.article)}:{fa.line}:{fa.column}  {fa.verdict}  [{clean(fa.rule)}]  "
                   f"{_short(fa.text)!r}")
    out.append(f"  relevance errors: {len(m.relevance_errors) or 'none'}")
    for re_ in m.relevance_errors:
        out.append(f"    {clean(re_.article)}: gold about_trial {str(re_.gold).lower()}, "
                   f"got {str(re_.got).lower()}")
    if m.failures:
        out.append(f"  checker failures: {len(m.failures)} (their gold claims count as missed)")
        out.extend(f"    {clean(f.article)}: {_short(f.message)}" for f in m.failures)
    if verbose:
        out.append(f"  misjudged gold claims: {len(m.misjudged) or 'none'}")
        for mj in m.misjudged:
            rule = f"  [{clean(mj.rule)}]" if mj.rule else ""
            out.append(f"    {clean(mj.article)}:{mj.line}:{mj.column}  gold {mj.gold}, got {mj.got}{rule}  "
                       f"{_short(mj.quote)!r}")
    return out


def render_evaluation_text(evaluation: Evaluation, *, verbose: bool = False) -> str:
    """Per group: the table, the confusion matrix and the details; then the overall figures."""
    lines: list[str] = []
    groups = evaluation.groups
    for m in groups:
        lines += [f"== {clean(m.name)} ==", *_metrics_table(m), *_details(m, verbose), ""]
    if len(groups) > 1:
        lines += [f"== overall ({len(groups)} groups) ==", *_metrics_table(evaluation.overall), ""]
    return "\n".join(lines[:-1]) + "\n"


def render_evaluation_json(evaluation: Evaluation, *, thresholds: dict[str, float | None],
                           failed: list[str]) -> str:
    """The whole Evaluation plus the thresholds asked for and which of them failed."""
    payload = evaluation.model_dump(mode="json")
    payload["thresholds"] = thresholds
    payload["failed"] = failed
    return json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
