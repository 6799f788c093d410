"""The sentence table (tests/sentence_cases.py) run through check_text, plus checks on the table.

Each sentence is checked inside a short article about the trial, so that relevance is settled by
the preamble and the sentence is judged on its own words. Only findings that start inside the
sentence count; they are compared, in order of position, with the expected
(verdict, fact id, reason code) triples, exactly.
"""

from __future__ import annotations

import re

import pytest
from _pytest.mark import ParameterSet

from claimcheck import check_text, load_trial
from claimcheck.reference import ResultCheck, SilentCheck
from claimcheck.report import REASON_CODES, Verdict
from claimcheck.text import split_sentences

from sentence_cases import CASES, CORE, PASSAGES, RESULTS, Case

PREAMBLE = (
    "Hip-focused and spine-focused physical therapy were compared in the MASH trial "
    "(NCT04009837).\n\n"
)

MIN_CASES = 220
MIN_RESULT_CASES = 150


def _slug(sentence: str, words: int = 7) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", sentence.lower())[:words])


def _params() -> list[ParameterSet]:
    params: list[ParameterSet] = []
    seen: set[str] = set()
    for area, cases in CASES.items():
        for sentence, expected in cases:
            case_id = f"{area}:{_slug(sentence)}"
            n = 2
            while case_id in seen:
                case_id, n = f"{area}:{_slug(sentence)}-{n}", n + 1
            seen.add(case_id)
            params.append(pytest.param(sentence, expected, id=case_id))
    return params


def _all_cases() -> list[tuple[str, Case]]:
    return [(area, case) for area, cases in CASES.items() for case in cases]


@pytest.mark.parametrize(("sentence", "expected"), _params())
def test_sentence(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    report = check_text(PREAMBLE + sentence)
    inside = sorted(
        (f for f in report.claims if f.start >= len(PREAMBLE)), key=lambda f: (f.start, f.end)
    )
    got = [(f.verdict.value, f.fact_id, f.reason_code) for f in inside]
    assert got == expected, "findings: " + "; ".join(
        f"{f.verdict.value} {f.fact_id} {f.reason_code} [{f.rule}] {f.text!r}" for f in inside
    )


@pytest.mark.parametrize(
    ("passage", "expected"),
    [pytest.param(text, expected, id=f"{area}:{_slug(text)}") for area, cases in PASSAGES.items() for text, expected in cases],
)
def test_passage(passage: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Several sentences or note lines, judged together; a wrong value on a note line is never flagged."""
    test_sentence(passage, expected)


# --- the table itself (these hold whatever the engine does) ----------------------------------


def test_preamble_makes_the_article_about_the_trial() -> None:
    assert check_text(PREAMBLE).about_trial is True


def test_table_is_large_enough() -> None:
    total = sum(len(cases) for cases in CASES.values())
    results = sum(len(cases) for cases in RESULTS.values())
    assert total >= MIN_CASES
    assert results >= MIN_RESULT_CASES
    assert set(CORE).isdisjoint(RESULTS)


def test_every_expected_fact_exists_and_every_reason_is_valid() -> None:
    fact_ids = {f.id for f in load_trial().facts}
    verdicts = {v.value for v in Verdict}
    bad = []
    for area, (sentence, expected) in _all_cases():
        for verdict, fact_id, reason in expected:
            if verdict not in verdicts:
                bad.append((area, sentence, f"unknown verdict {verdict!r}"))
            if fact_id not in fact_ids:
                bad.append((area, sentence, f"unknown fact {fact_id!r}"))
            if verdict == "overstated" and reason not in REASON_CODES:
                bad.append((area, sentence, f"overstated needs a reason code, got {reason!r}"))
            if verdict != "overstated" and reason is not None:
                bad.append((area, sentence, f"only overstated carries a reason, got {reason!r}"))
    assert bad == []


def test_every_checkable_fact_has_a_supported_and_a_contradicted_case() -> None:
    checkable = [
        f.id
        for f in load_trial().facts
        if not isinstance(f.check, SilentCheck)
        and not (isinstance(f.check, ResultCheck) and not f.check.reported)
    ]
    seen: dict[str, set[str]] = {}
    for _, (_, expected) in _all_cases():
        for verdict, fact_id, _ in expected:
            seen.setdefault(fact_id, set()).add(verdict)
    missing = {
        fid: sorted({"supported", "contradicted"} - seen.get(fid, set()))
        for fid in checkable
        if not {"supported", "contradicted"} <= seen.get(fid, set())
    }
    assert missing == {}


def test_every_silent_topic_has_an_unverifiable_case() -> None:
    silent = [f.id for f in load_trial().facts if isinstance(f.check, SilentCheck)]
    seen = {fid for _, (_, expected) in _all_cases() for v, fid, _ in expected if v == "unverifiable"}
    assert sorted(set(silent) - seen) == []


def test_every_reason_code_is_used() -> None:
    used = {r for _, (_, expected) in _all_cases() for _, _, r in expected if r is not None}
    assert sorted(set(REASON_CODES) - used) == []


def test_sentences_are_unique_single_prose_sentences() -> None:
    sentences = [sentence for _, (sentence, _) in _all_cases()]
    assert len(sentences) == len(set(sentences))
    for sentence in sentences:
        parts = split_sentences(sentence)
        assert [(p.text, p.heading) for p in parts] == [(sentence, False)]
