"""Where a claim's words sit in its sentence, so renderers can highlight them."""

from __future__ import annotations

from typing import NamedTuple

from ..report import Finding

#: Characters of context kept either side of a claim in a very long sentence.
CONTEXT = 200


class Excerpt(NamedTuple):
    """A sentence split around the claim's words (raw, not yet cleaned or escaped)."""

    before: str
    claim: str
    after: str
    located: bool  # False when the claim's words were not found in the sentence


def excerpt(finding: Finding, text: str | None = None, context: int = CONTEXT) -> Excerpt:
    """Split the finding's sentence around its claim, trimming very long context with '…'."""
    sentence, claim = finding.sentence, finding.text
    at = _offset_in_sentence(finding, text)
    if at < 0:
        return Excerpt(_trim_end(sentence, 2 * context), "", "", False)
    before, after = sentence[:at], sentence[at + len(claim):]
    if len(before) > context:
        before = "…" + before[-context:].lstrip()
    return Excerpt(before, claim, _trim_end(after, context), True)


def _trim_end(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rstrip() + "…"


def _offset_in_sentence(finding: Finding, text: str | None) -> int:
    sentence, claim = finding.sentence, finding.text
    if not claim:
        return -1
    if text is not None and text[finding.start:finding.end] == claim:
        # The sentence occurrence that contains the claim's own span settles repeated words.
        lo = max(0, finding.end - len(sentence))
        start = text.find(sentence, lo, finding.start + len(sentence))
        if 0 <= start <= finding.start and finding.end <= start + len(sentence):
            return finding.start - start
    return sentence.find(claim)


class Evidence(NamedTuple):
    """What a detailed view shows of a finding's values and reason, without saying things twice."""

    article_value: str | None  # None when absent, or when it is the whole sentence again
    trial_value: str | None
    reason: str | None  # None when it only restates both values


def evidence(finding: Finding) -> Evidence:
    """The article's value (unless it repeats the whole sentence), the trial's value, and the reason
    (unless it is no more than "the article says X, but the trial Y")."""
    article, trial = finding.article_value, finding.trial_value
    shown_article = article
    if article is not None and _norm(article) == _norm(finding.sentence):
        shown_article = None
    reason: str | None = finding.reason
    if article is not None and trial is not None and _norm(article) in _norm(finding.reason) \
            and _norm(trial) in _norm(finding.reason):
        reason = None
    return Evidence(shown_article, trial, reason)


def _norm(s: str) -> str:
    return " ".join(s.split()).strip(" .").lower()
