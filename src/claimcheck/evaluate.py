"""Measure claimcheck against gold-labelled articles.

A gold file (one per article, JSON) names its text file and labels the claims in it:

    {"id": "...", "text_file": "texts/NAME.txt", "about_trial": true,
     "claims": [{"quote": "exact substring", "verdict": "supported"}]}

The matching rule is the one of the corpus README (and of the independent scorer): for each gold
claim, the reported claim with the largest positive character overlap answers for it (ties keep
the first reported); none overlapping means "missed". Labels are exhaustive for problems, so a
reported overstated or contradicted claim that overlaps no gold problem is a false alarm.

`evaluate()` runs the checker in-process and returns typed results; no I/O beyond reading the gold
and text files, no printing.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .check import check_text
from .errors import ClaimcheckError
from .inputs import read_path
from .render.safe import clean
from .report import Report
from .text import LineIndex

LABELS: tuple[str, ...] = ("supported", "overstated", "contradicted", "unverifiable")
PROBLEMS = frozenset({"overstated", "contradicted"})
MISSED = "missed"
PREDICTIONS: tuple[str, ...] = (*LABELS, MISSED)

GoldVerdict = Literal["supported", "overstated", "contradicted", "unverifiable"]
Checker = Callable[..., Report]
"""Called as `checker(text, source=NAME)`; `check_text` by default."""


class GoldError(ClaimcheckError):
    """A gold file is missing, is not valid gold JSON, or quotes words its text does not contain."""


# --- gold input -----------------------------------------------------------------------------------


class GoldClaim(BaseModel):
    """One labelled claim: the exact words that carry it and its verdict."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    quote: str = Field(min_length=1, description="An exact substring of the article's text.")
    verdict: GoldVerdict
    topic: str | None = None
    note: str | None = None


class GoldArticle(BaseModel):
    """A gold file: the article's id, its text file (relative to the gold file) and its labels."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    id: str = Field(min_length=1)
    text_file: str = Field(min_length=1)
    about_trial: bool | None = None
    claims: list[GoldClaim] = Field(default_factory=list)


# --- results --------------------------------------------------------------------------------------


class _Result(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class VerdictScore(_Result):
    """Precision, recall and F1 of one verdict over the gold claims; support = gold claims with it."""

    precision: float
    recall: float
    f1: float
    support: int


class FalseAlarm(_Result):
    """A problem flag that overlaps no gold problem claim."""

    article: str
    text: str
    line: int
    column: int
    verdict: str
    rule: str


class Misjudged(_Result):
    """A gold claim whose answering reported claim has another verdict (or none: "missed")."""

    article: str
    quote: str
    line: int
    column: int
    gold: str
    got: str
    rule: str | None = Field(default=None, description="Rule of the reported claim that answered.")


class RelevanceError(_Result):
    """An article whose `about_trial` differs from the gold label."""

    article: str
    gold: bool
    got: bool


class Failure(_Result):
    """An article the checker crashed on; all its gold claims count as missed."""

    article: str
    message: str


class ArticleResult(_Result):
    """What one article contributed: one (gold, predicted) pair per gold claim, plus the extras."""

    article: str
    gold_file: str
    pairs: list[tuple[str, str]]
    problem_flags: int
    false_alarms: list[FalseAlarm]
    misjudged: list[Misjudged]
    relevance_error: RelevanceError | None = None
    failure: Failure | None = None


class Metrics(_Result):
    """The figures for a set of articles."""

    name: str
    articles: int
    claims: int = Field(description="Gold claims scored.")
    reported_claims: int
    problem_flags: int = Field(description="Reported claims judged overstated or contradicted.")
    per_verdict: dict[str, VerdictScore]
    macro_f1: float = Field(description="Mean F1 over the verdicts present in the gold claims.")
    accuracy: float
    correct: int
    confusion: dict[str, dict[str, int]] = Field(description="gold verdict -> predicted (or missed) -> n")
    gold_problems: int
    found_problems: int
    problem_recall: float
    problem_precision: float = Field(description="0.0 when there are no problem flags.")
    false_alarms: list[FalseAlarm]
    misjudged: list[Misjudged]
    relevance_errors: list[RelevanceError]
    failures: list[Failure]


class Evaluation(_Result):
    """Figures per group (one per argument given) and over all of them."""

    groups: list[Metrics]
    overall: Metrics


# --- loading --------------------------------------------------------------------------------------


def gold_files(arg: str | Path) -> list[Path]:
    """A gold file, or every *.json under a folder (recursively, sorted)."""
    path = Path(arg)
    if path.is_dir():
        found = sorted(p for p in path.rglob("*.json") if p.is_file())
        if not found:
            raise GoldError(f"{arg}: folder has no .json gold files")
        return found
    if not path.is_file():
        raise GoldError(f"{arg}: no such file or folder")
    return [path]


def load_gold(path: Path) -> GoldArticle:
    """Read and validate one gold file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GoldError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: not valid JSON ({exc})") from None
    try:
        return GoldArticle.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "file"
        raise GoldError(f"{path}: invalid gold file: {where}: {first['msg']}") from None


# --- scoring one article --------------------------------------------------------------------------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return min(a[1], b[1]) - max(a[0], b[0])


def _reported_span(text: str, start: int, end: int, words: str) -> tuple[int, int] | None:
    """The reported claim's span; like the scorer, fall back to finding its words if out of range."""
    if 0 <= start < end <= len(text):
        return start, end
    if words:
        i = text.find(words)
        if i >= 0:
            return i, i + len(words)
    return None


def score_article(gold: GoldArticle, gold_file: Path, text: str, report: Report | None) -> ArticleResult:
    """Match one article's reported claims to its gold claims (None: the checker crashed)."""
    lines = LineIndex(text)
    gold_spans: list[tuple[tuple[int, int], GoldClaim]] = []
    for g in gold.claims:
        i = text.find(g.quote)
        if i < 0:
            raise GoldError(f"{gold_file}: quote not found in {gold.text_file}: {clean(g.quote)!r}")
        gold_spans.append(((i, i + len(g.quote)), g))

    reported = []
    for f in report.claims if report is not None else []:
        span = _reported_span(text, f.start, f.end, f.text)
        if span is not None:
            reported.append((span, f.verdict.value, f))

    pairs: list[tuple[str, str]] = []
    misjudged: list[Misjudged] = []
    for gspan, g in gold_spans:
        best, best_ov = None, 0
        for rspan, verdict, f in reported:
            ov = _overlap(gspan, rspan)
            if ov > best_ov:  # strictly larger: ties keep the first reported claim
                best, best_ov = (verdict, f), ov
        got = best[0] if best else MISSED
        pairs.append((g.verdict, got))
        if got != g.verdict:
            line, col = lines.line_col(gspan[0])
            misjudged.append(Misjudged(article=gold.id, quote=g.quote, line=line, column=col,
                                       gold=g.verdict, got=got, rule=best[1].rule if best else None))

    problem_flags = 0
    false_alarms: list[FalseAlarm] = []
    for rspan, verdict, f in reported:
        if verdict not in PROBLEMS:
            continue
        problem_flags += 1
        if not any(_overlap(gspan, rspan) > 0 and g.verdict in PROBLEMS for gspan, g in gold_spans):
            line, col = lines.line_col(rspan[0])
            false_alarms.append(FalseAlarm(article=gold.id, text=text[rspan[0]:rspan[1]], line=line,
                                           column=col, verdict=verdict, rule=f.rule))

    relevance = None
    if report is not None and gold.about_trial is not None and report.about_trial != gold.about_trial:
        relevance = RelevanceError(article=gold.id, gold=gold.about_trial, got=report.about_trial)
    return ArticleResult(article=gold.id, gold_file=str(gold_file), pairs=pairs,
                         problem_flags=problem_flags, false_alarms=false_alarms, misjudged=misjudged,
                         relevance_error=relevance)


def evaluate_file(gold_file: Path, checker: Checker = check_text) -> tuple[ArticleResult, int]:
    """Check one gold file's article and score it; also returns how many claims were reported."""
    gold = load_gold(gold_file)
    text_path = gold_file.parent / gold.text_file
    try:
        text = read_path(text_path).text
    except ClaimcheckError as exc:
        raise GoldError(f"{gold_file}: text_file: {exc}") from None
    try:
        report = checker(text, source=str(text_path))
    except Exception as exc:  # noqa: BLE001 - like the scorer, a crash scores as all claims missed
        result = score_article(gold, gold_file, text, None)
        failure = Failure(article=gold.id, message=f"{type(exc).__name__}: {exc}")
        return result.model_copy(update={"failure": failure}), 0
    return score_article(gold, gold_file, text, report), len(report.claims)


# --- figures --------------------------------------------------------------------------------------


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def metrics(name: str, results: Sequence[ArticleResult], reported_claims: int = 0) -> Metrics:
    """Aggregate article results into the figures (same formulas as the independent scorer)."""
    confusion = {g: dict.fromkeys(PREDICTIONS, 0) for g in LABELS}
    for r in results:
        for g, p in r.pairs:
            confusion[g][p] += 1
    total = sum(sum(row.values()) for row in confusion.values())
    correct = sum(confusion[lab][lab] for lab in LABELS)

    per_verdict: dict[str, VerdictScore] = {}
    for lab in LABELS:
        tp = confusion[lab][lab]
        fp = sum(confusion[g][lab] for g in LABELS if g != lab)
        support = sum(confusion[lab].values())
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, support)
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_verdict[lab] = VerdictScore(precision=precision, recall=recall, f1=f1, support=support)
    present = [lab for lab in LABELS if per_verdict[lab].support > 0]
    macro = sum(per_verdict[lab].f1 for lab in present) / len(present) if present else 0.0

    gold_problems = sum(sum(confusion[g].values()) for g in PROBLEMS)
    found = sum(confusion[g][p] for g in PROBLEMS for p in PROBLEMS)
    flags = sum(r.problem_flags for r in results)
    false_alarms = [fa for r in results for fa in r.false_alarms]
    return Metrics(
        name=name,
        articles=len(results),
        claims=total,
        reported_claims=reported_claims,
        problem_flags=flags,
        per_verdict=per_verdict,
        macro_f1=macro,
        accuracy=_ratio(correct, total),
        correct=correct,
        confusion=confusion,
        gold_problems=gold_problems,
        found_problems=found,
        problem_recall=_ratio(found, gold_problems),
        problem_precision=_ratio(flags - len(false_alarms), flags),
        false_alarms=false_alarms,
        misjudged=[m for r in results for m in r.misjudged],
        relevance_errors=[r.relevance_error for r in results if r.relevance_error is not None],
        failures=[r.failure for r in results if r.failure is not None],
    )


def evaluate(paths: Iterable[str | Path], checker: Checker = check_text) -> Evaluation:
    """Evaluate `checker` on gold files or folders; each argument is reported as its own group.

    Raises GoldError for missing files, invalid gold JSON, or a quote not found in its text.
    """
    groups: list[tuple[str, list[Path]]] = [(str(p), gold_files(p)) for p in paths]
    if not groups:
        raise GoldError("no gold files or folders given")
    all_results: list[ArticleResult] = []
    all_reported = 0
    group_metrics: list[Metrics] = []
    for name, files in groups:
        results, reported = [], 0
        for path in files:
            result, n = evaluate_file(path, checker)
            results.append(result)
            reported += n
        group_metrics.append(metrics(name, results, reported))
        all_results.extend(results)
        all_reported += reported
    return Evaluation(groups=group_metrics, overall=metrics("overall", all_results, all_reported))


THRESHOLDS: dict[str, tuple[str, str]] = {
    "min_macro_f1": ("macro_f1", "macro-F1"),
    "min_problem_precision": ("problem_precision", "problem precision"),
    "min_problem_recall": ("problem_recall", "problem recall"),
}


def below_thresholds(m: Metrics, thresholds: dict[str, float | None]) -> list[str]:
    """One message per threshold (keyed as in THRESHOLDS) that `m` falls below; None means unset."""
    failed = []
    for key, minimum in thresholds.items():
        if minimum is None:
            continue
        attr, label = THRESHOLDS[key]
        value = getattr(m, attr)
        if value < minimum:
            option = "--" + key.replace("_", "-")
            failed.append(f"{label} {value:.3f} is below {option} {minimum:g}")
    return failed
