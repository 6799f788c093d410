"""Locating a claim in its sentence, and showing its evidence without repeating it."""

from __future__ import annotations

from render_fixtures import finding

from claimcheck.render.excerpt import Evidence, evidence, excerpt
from claimcheck.report import Verdict

TEXT = "It says 12 weeks, then 12 weeks again.\n"
SENTENCE = TEXT.strip()


def test_the_claims_own_span_settles_repeated_words() -> None:
    second = finding(TEXT, "12 weeks", SENTENCE, Verdict.CONTRADICTED, occurrence=1)
    assert excerpt(second, TEXT) == ("It says 12 weeks, then ", "12 weeks", " again.", True)
    assert excerpt(second, None) == ("It says ", "12 weeks", ", then 12 weeks again.", True)  # first match


def test_long_context_is_trimmed_and_a_missing_claim_is_reported() -> None:
    text = "x" * 300 + " 65 years " + "y" * 300 + "\n"
    f = finding(text, "65 years", text.strip(), Verdict.CONTRADICTED)
    before, claim, after, located = excerpt(f, text, context=10)
    assert (before, claim, after, located) == ("…xxxxxxxxx ", "65 years", " yyyyyyyyy…", True)
    lost = f.model_copy(update={"text": "not there"})
    assert excerpt(lost, None, context=10) == (text.strip()[:20] + "…", "", "", False)


def test_evidence_drops_what_would_be_said_twice() -> None:
    short = finding(TEXT, "12 weeks", SENTENCE, Verdict.CONTRADICTED, article_value="12 weeks",
                    trial_value="8 weeks", reason="The article says 12 weeks, but the trial ran 8 weeks.")
    assert evidence(short) == Evidence("12 weeks", "8 weeks", None)
    extra = short.model_copy(update={"reason": "Twelve is more than eight."})
    assert evidence(extra) == Evidence("12 weeks", "8 weeks", "Twelve is more than eight.")
    whole = finding(TEXT, SENTENCE, SENTENCE, Verdict.OVERSTATED, article_value=SENTENCE,
                    trial_value="8 weeks", reason=f"The article says {SENTENCE}, but the trial ran 8 weeks.")
    assert evidence(whole) == Evidence(None, "8 weeks", None)
    bare = finding(TEXT, "12 weeks", SENTENCE, Verdict.UNVERIFIABLE, reason="Cannot tell.")
    assert evidence(bare) == Evidence(None, None, "Cannot tell.")
