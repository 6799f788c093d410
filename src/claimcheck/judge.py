"""Claims → findings: run each claim's rule, keep the verdict with its evidence and a rewrite."""

from __future__ import annotations

from .extract import Claim
from .match import Vocabulary, vocabulary
from .reference import Trial
from .report import Finding, Verdict
from .rules import JUDGES, Decision
from .text import LineIndex


def decide(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """The rule for this kind of claim; None when no rule can read it with confidence."""
    judge = JUDGES.get(claim.kind)
    return judge(claim, vocab) if judge else None


# Rules whose agreement is specific enough to count even in a sentence that does not name the trial.
_DISTINCTIVE = {"age-range", "sample-size", "site-names", "site-count", "intervention-duration", "session-frequency",
                "session-length", "session-count", "registry-id", "grant-id", "doi", "funder", "journal", "acronym",
                "population", "comparator", "masking", "delivery", "intervention-content", "enrolment-dates", "result-direction",
                "within-group-change", "responder-share", "mechanism", "secondary-outcomes"}


def _distinctive(d: Decision) -> bool:
    return d.verdict is Verdict.SUPPORTED and d.rule in _DISTINCTIVE


def judge_claims(claims: list[Claim], trial: Trial, index: LineIndex) -> list[Finding]:
    vocab = vocabulary(trial)
    findings = []
    for claim in claims:
        d = decide(claim, vocab)
        if d is None or (claim.slots.get("weak") and not _distinctive(d)):
            continue
        if claim.slots.get("only_if_wrong") and d.verdict is Verdict.SUPPORTED:
            continue  # a correct programme length inside a result sentence is not a claim of its own
        line, column = index.line_col(claim.start)
        findings.append(
            Finding(
                start=claim.start,
                end=claim.end,
                line=line,
                column=column,
                text=claim.sentence.text[claim.start - claim.sentence.start : claim.end - claim.sentence.start],
                sentence=claim.sentence.text,
                verdict=d.verdict,
                rule=d.rule,
                reason_code=d.reason_code,
                fact_id=d.fact.id,
                fact=d.fact.statement,
                source=trial.cite(d.fact),
                reason=d.reason[0].upper() + d.reason[1:].rstrip(".") + ".",
                article_value=d.article_value,
                trial_value=d.trial_value,
                suggestion=(d.fact.rewrite or trial.summary) if d.verdict.is_problem else None,
            )
        )
    return findings
