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
