"""The pipeline: text → sentences → claims → matched facts → findings → Report. No I/O."""

from __future__ import annotations

from pathlib import Path

from .extract import extract_claims
from .judge import judge_claims
from .match import Vocabulary, is_about_trial, vocabulary
from .notes import article_notes
from .reference import Trial, load_trial
from .report import Report, TrialInfo, count_verdicts, worst_verdict
from .text import LineIndex, split_sentences


def check_text(
    text: str,
    trial: Trial | str | Path | None = None,
    *,
    source: str | None = None,
    include_text: bool = False,
) -> Report:
    """Check every claim `text` makes about `trial` (the bundled MASH trial by default)."""
    if not isinstance(trial, Trial):
        trial = load_trial(trial)
    vocab: Vocabulary = vocabulary(trial)
    about = is_about_trial(text, vocab)
    findings = []
    if about:
        claims = extract_claims(split_sentences(text), vocab)
        findings = judge_claims(claims, trial, LineIndex(text))
    return Report(
        trial=TrialInfo(id=trial.id, name=trial.name, registry_id=trial.registry_id, title=trial.title),
        input=source,
        about_trial=about,
        claims=findings,
        notes=article_notes(text, findings, trial, vocab) if about else [],
        counts=count_verdicts(findings),
        worst=worst_verdict(findings),
        text=text if include_text else None,
    )
