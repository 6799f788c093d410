"""Article-level notes: what a careful story about the trial includes."""

from __future__ import annotations

import json

from claimcheck.match import vocabulary
from claimcheck.notes import article_notes
from claimcheck.reference import default_facts_path, load_trial, parse_trial
from claimcheck.report import Finding, Verdict

TRIAL = load_trial()


def ids(text: str, findings: list[Finding] | None = None, trial=TRIAL) -> list[str]:  # type: ignore[no-untyped-def]
    return [n.id for n in article_notes(text, findings or [], trial, vocabulary(trial))]


BARE = "A study found hip exercises help older people with back pain."
COMPLETE = (
    "The MASH trial compared hip-focused with spine-focused physical therapy in adults with back "
    "pain plus hip pain and hip weakness. Side effects were not reported by group. It appeared in "
    "The Lancet Rheumatology."
)


def test_bare_article_gets_every_note_in_order() -> None:
    assert ids(BARE) == ["no-comparator", "no-harms", "no-citation", "no-population-restriction"]


def test_complete_article_gets_none() -> None:
    assert ids(COMPLETE) == []


def test_each_note_is_lifted_by_its_own_evidence() -> None:
    assert "no-comparator" not in ids(BARE + " The other group had back-focused therapy.")
    assert "no-comparator" not in ids(BARE + " The comparison was spine therapy.")  # the arm's name
    assert "no-comparator" in ids(BARE + " The control group did something else.")  # unnamed
    assert "no-harms" not in ids(BARE + " No adverse events were serious.")
    assert "no-harms" in ids(BARE + " She works at a pharmacy.")  # whole words only
    for cite in ("See https://example.org/x.", "doi:10.1016/S2665-9913(23)00267-9",
                 "Registered as NCT04009837.", "Published in the Lancet Rheumatology.",
                 "PMID 38258673"):
        assert "no-citation" not in ids(f"{BARE} {cite}"), cite
    assert "no-population-restriction" in ids(BARE + " Some had hip pain.")  # weakness missing
    assert "no-population-restriction" not in ids(BARE + " All had hip pain and weak hips.")


def _finding(fact_id: str) -> Finding:
    return Finding(start=0, end=1, line=1, column=1, text="A", sentence="A.", verdict=Verdict.CONTRADICTED,
                   rule="r", fact_id=fact_id, fact="f", source="s", reason="r")


def test_a_finding_on_the_fact_replaces_the_note() -> None:
    assert "no-comparator" not in ids(BARE, [_finding("design.comparator")])
    assert "no-population-restriction" not in ids(BARE, [_finding("population.condition")])


def test_messages_quote_the_trials_facts() -> None:
    notes = {n.id: n.message for n in article_notes(BARE, [], TRIAL, vocabulary(TRIAL))}
    assert notes["no-comparator"] == (
        "The article never says what the treatment was compared with: The comparator was an active, "
        "structured spine-focused physical therapy programme, not usual care, standard physical therapy "
        "or no treatment."
    )
    assert notes["no-citation"] == (
        "The article gives no citation or link to the study; name it, e.g. The Lancet Rheumatology, "
        "doi:10.1016/S2665-9913(23)00267-9, registry NCT04009837."
    )
    assert notes["no-population-restriction"].startswith("The article never mentions hip pain or weakness,")


def test_another_trial_brings_its_own_phrases() -> None:
    data = json.loads(default_facts_path().read_text(encoding="utf-8"))
    for fact in data["facts"]:
        check = fact["check"]
        if check["kind"] == "category" and check["slot"] == "comparator":
            check["accept"] = ["sham injection"]
        if check["kind"] == "population":
            check["required"] = [["knee pain"]]
    for arm in data["arms"]:
        arm["aliases"] = [a + " zz" for a in arm["aliases"]]
    other = parse_trial(json.dumps(data))
    text = "A knee trial compared a real injection with a sham injection in people with knee pain."
    assert ids(text, trial=other) == ["no-harms", "no-citation"]
    assert ids(text, trial=TRIAL)[:1] == ["no-comparator"]
