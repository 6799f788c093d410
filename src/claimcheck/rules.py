"""One table of small rules. Each takes a claim and the trial's vocabulary and returns a Decision
(or None when the claim cannot be read with confidence). Rule ids are stable and appear in every
output; every rule documents a good and a bad example (tests check each one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz

from .extract import Claim
from .match import Vocabulary, match_entity
from .reference import (
    AcronymCheck,
    CountCheck,
    DateCheck,
    DurationCheck,
    Fact,
    FrequencyCheck,
    IdentifierCheck,
    RangeCheck,
    ResponderCheck,
    ResultCheck,
    SessionLengthCheck,
)
from .report import Verdict

S, U, O, C = Verdict.SUPPORTED, Verdict.UNVERIFIABLE, Verdict.OVERSTATED, Verdict.CONTRADICTED


@dataclass(frozen=True)
class Decision:
    verdict: Verdict
    rule: str
    fact: Fact
    reason: str
    article_value: str | None = None
    trial_value: str | None = None
    reason_code: str | None = None


def _fmt(x: float) -> str:
    return f"{x:g}"


def _said(claim: Claim) -> str:
    return re.sub(r"\s+", " ", claim.sentence.text[claim.start - claim.sentence.start : claim.end - claim.sentence.start]).strip()


def _decide(verdict: Verdict, rule: str, fact: Fact, claim: Claim, trial_value: str, article_value: str | None = None,
            code: str | None = None) -> Decision:
    said = article_value or _said(claim)
    quoted = f"“{said}”" if len(said.split()) > 3 else said
    if verdict is S:
        reason = f"the article says {quoted}; the trial {trial_value}"
    elif verdict is C:
        reason = f"the article says {quoted}, but the trial {trial_value}"
    elif verdict is O:
        reason = f"the article says {quoted}, which goes further than the trial: it {trial_value}"
    else:
        reason = f"the article says {quoted}, but the record is silent: {trial_value}"
    return Decision(verdict, rule, fact, reason, said, trial_value, code)


def _fits(value: float, actual: float, qualifier: str | None) -> bool:
    q = re.sub(r"\s+", " ", qualifier or "").strip()
    if q in ("", "exactly", "only", "a total of"):
        return value == actual
    if q in ("about", "around", "roughly", "approximately", "some", "close to"):
        return abs(value - actual) <= max(1.0, 0.05 * actual)
    if q in ("nearly", "almost", "just under"):
        return actual <= value and value - actual <= max(1.0, 0.1 * actual)
    if q in ("more than", "over", "just over"):
        return actual > value
    if q in ("fewer than", "less than", "under"):
        return actual < value
    if q == "at least":
        return actual >= value
    return value == actual


# --- study design and population ---------------------------------------------------------------


def age_range(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Eligible ages: '60 to 85' and '60 and over' agree; '65 and above' or 'over 50' conflict."""
    fact = vocab.fact_of_kind("range")
    if fact is None:
        return None
    check: RangeCheck = fact.check  # type: ignore[assignment]
    lo, hi = claim.slots["lo"], claim.slots["hi"]
    if claim.slots["shape"] == "decades":  # "in their sixties, seventies and early eighties"
        ok = lo == check.min and hi is not None and hi >= check.max - 5
    else:
        ok = (lo is None or lo == check.min) and (hi is None or hi == check.max)
    trial = f"enrolled adults aged {_fmt(check.min)}–{_fmt(check.max)}"
    return _decide(S if ok else C, "age-range", fact, claim, trial)


def sample_size(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """People counts: randomised, planned, or per arm; '180' as the number randomised conflicts."""
    quantity, value, qual, arm = (claim.slots[k] for k in ("quantity", "value", "qualifier", "arm"))
    total = vocab.count_fact("randomised")
    arm_facts = [vocab.count_fact("arm", a.id) for a in vocab.trial.arms] if quantity in ("arm-pair", "arm") and arm is None else []
    if quantity == "arm-pair":  # "two groups of 91 and 93", arms unnamed: the sizes in either order
        if len(arm_facts) != len(value) or any(f is None for f in arm_facts):
            return None
        sizes = [f.check.value for f in arm_facts]  # type: ignore[union-attr]
        trial = "assigned " + " and ".join(f"{n} to {a.label} therapy" for n, a in zip(sizes, vocab.trial.arms))
        verdict = S if sorted(value) == sorted(sizes) else C
        return _decide(verdict, "sample-size", arm_facts[0], claim, trial)  # type: ignore[arg-type]
    if quantity == "arm" and arm is None:  # "about ninety in each": judged against the arm it fits best
        facts = [f for f in arm_facts if f is not None]
        if not facts:
            return None
        fact = next((f for f in facts if _fits(value, f.check.value, qual)), min(facts, key=lambda f: abs(f.check.value - value)))  # type: ignore[union-attr]
    elif quantity == "arm":
        fact = vocab.count_fact("arm", arm)
        if total is not None and value == total.check.value:  # type: ignore[union-attr]
            fact, quantity = total, "randomised"
    else:
        fact = vocab.count_fact(quantity)
    if fact is None:
        return None
    check: CountCheck = fact.check  # type: ignore[assignment]
    if _fits(value, check.value, qual):
        return _decide(S, "sample-size", fact, claim, "record says: " + _lower(fact.statement))
    if quantity == "randomised":
        planned = vocab.count_fact("planned")
        if planned is not None and value == planned.check.value and not qual:  # type: ignore[union-attr]
            return _decide(C, "sample-size", fact, claim,
                           f"randomised {check.value}; {value} was the planned sample size")
        return _decide(C, "sample-size", fact, claim, f"randomised {check.value} participants")
    if quantity == "arm":
        return _decide(C, "sample-size", fact, claim, f"assigned {check.value} participants to {arm}-focused therapy")
    return _decide(C, "sample-size", fact, claim, f"planned a sample of {check.value}")


def site_count(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Number of sites: 'three universities' agrees; 'four sites' or 'a single clinic' conflict."""
    fact = vocab.count_fact("sites")
    if fact is None:
        return None
    actual = fact.check.value  # type: ignore[union-attr]
    qual = claim.slots.get("qualifier")
    if qual and qual.strip() == "over":
        qual = None  # "over three sites" means across them
    ok = _fits(claim.slots["value"], actual, qual)
    return _decide(S if ok else C, "site-count", fact, claim, f"ran at {actual} sites")


def site_names(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Named sites must be the trial's sites (only judged when the sentence is about where it ran)."""
    fact = vocab.entity_fact("sites")
    if fact is None:
        return None
    members = fact.check.members  # type: ignore[union-attr]
    unknown = [n for n in claim.slots["names"] if match_entity(n, members) is None]
    names = ", ".join(m.name for m in members)
    if unknown and claim.slots["site_context"]:
        return _decide(C, "site-names", fact, claim, f"ran at {names}", article_value=", ".join(unknown))
    if unknown:
        return None
    return _decide(S, "site-names", fact, claim, f"ran at {names}")


def _weeks_text(weeks: float) -> str:
    if weeks >= 17:
        return f"{weeks / 4.345:.0f} months"
    return f"{weeks:g} weeks"


def duration(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """How long: the programme (8 weeks = two months), the assessments, the pain history."""
    role = claim.slots["role"]
    fact = vocab.duration_fact(role)
    if fact is None:
        return None
    check: DurationCheck = fact.check  # type: ignore[assignment]
    ok = all(any(abs(wk - w) <= check.tolerance * w + 1e-9 for w in check.weeks) for wk in claim.slots["weeks"])
    said = claim.slots["phrase"]
    allowed = " or ".join(_weeks_text(w) for w in check.weeks)
    if role == "intervention":
        trial = f"ran its programmes for {allowed}"
    elif role == "assessment":
        trial = f"measured outcomes at {allowed}"
    else:
        trial = f"required back pain lasting {allowed}"
    rule = {"intervention": "intervention-duration", "assessment": "assessment-timepoint", "history": "pain-history"}[role]
    if role == "history" and not ok and min(claim.slots["weeks"]) > max(check.weeks) and re.search(
        r"\b(?:most|many|some|several|average|typical(?:ly)?|median|majority|half|usually|often)\b", claim.sentence.text, re.I
    ):  # "most had had pain for ten years" describes the sample; the record gives only the entry minimum
        return _decide(U, rule, fact, claim, trial + "; it does not report how long participants had actually had pain", said)
    return _decide(S if ok else C, rule, fact, claim, trial, said)


def frequency(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Sessions per week: 'twice weekly', '2x per week' agree; 'three times a week' conflicts."""
    fact = vocab.fact_of_kind("frequency")
    if fact is None:
        return None
    check: FrequencyCheck = fact.check  # type: ignore[assignment]
    ok = claim.slots["per_week"] == check.per_week
    return _decide(S if ok else C, "session-frequency", fact, claim, f"held sessions {_fmt(check.per_week)} times a week")


def session_length(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Session length: 'one-hour sessions' agrees; '30-minute sessions' conflicts."""
    fact = vocab.fact_of_kind("session-length")
    if fact is None:
        return None
    check: SessionLengthCheck = fact.check  # type: ignore[assignment]
    ok = abs(claim.slots["minutes"] - check.minutes) <= 5
    return _decide(S if ok else C, "session-length", fact, claim, f"held sessions of {_fmt(check.minutes)} minutes")


def session_count(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Number of sessions: 'up to 16 sessions' agrees; '24 sessions' conflicts."""
    fact = vocab.count_fact("sessions")
    if fact is None:
        return None
    actual = fact.check.value  # type: ignore[union-attr]
    qual = claim.slots.get("qualifier")
    ok = claim.slots["value"] == actual if qual in (None, "up to") else _fits(claim.slots["value"], actual, qual)
    return _decide(S if ok else C, "session-count", fact, claim, f"offered up to {actual} sessions")


_CATEGORY_RULES = {
    "comparator": "comparator",
    "masking": "masking",
    "randomisation": "randomisation",
    "centres": "multicentre",
    "phase": "trial-phase",
    "delivery": "delivery",
    "secondary": "secondary-outcomes",
}


def category(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Design words: comparator, masking, randomisation, centres, phase (negation is read)."""
    fact = vocab.trial.fact(claim.slots["fact_id"])
    agrees = claim.slots["accepted"] != claim.slots["negated"]
    said = claim.slots["phrase"]  # a negated phrase carries its own negation: "not a sham", "rather than usual care"
    return _decide(S if agrees else C, _CATEGORY_RULES[claim.slots["slot"]], fact, claim, f"record says: {_lower(fact.statement)}", said)


def identifier(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Registry id, grant number, DOI and PubMed id must match exactly."""
    scheme = claim.slots["scheme"]
    fact = vocab.identifier_fact(scheme)
    if fact is None:
        return None
    check: IdentifierCheck = fact.check  # type: ignore[assignment]
    value = re.sub(r"\s+", "", claim.slots["value"]).upper()
    ok = value == check.value.upper()
    rule = {"nct": "registry-id", "grant": "grant-id", "doi": "doi", "pmid": "pmid"}[scheme]
    return _decide(S if ok else C, rule, fact, claim, f"is {check.value}", claim.slots["value"])


def funder(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Who paid: the funder named must be the trial's funder (or its parent body)."""
    fact = vocab.entity_fact("funder")
    if fact is None:
        return None
    members = fact.check.members  # type: ignore[union-attr]
    ok = match_entity(claim.slots["name"], members) is not None
    return _decide(S if ok else C, "funder", fact, claim, f"was funded by {members[0].name}", claim.slots["name"])


def journal(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Where it was published: the journal (and year, in a citation) must match."""
    fact = vocab.entity_fact("journal")
    if fact is None:
        return None
    name = fact.check.members[0].name  # type: ignore[union-attr]
    if claim.slots.get("protocol"):
        protocol = vocab.entity_fact("protocol")
        if protocol is None:
            return None
        members = protocol.check.members  # type: ignore[union-attr]
        ok = claim.slots["known"] or match_entity(claim.slots["name"], members) is not None
        return _decide(S if ok else C, "journal", protocol, claim, "published its protocol in " + members[0].name, claim.slots["name"])
    if not claim.slots["known"]:
        if match_entity(claim.slots["name"], fact.check.members) is not None:  # type: ignore[union-attr]
            return _decide(S, "journal", fact, claim, f"was published in {name}")
        return _decide(C, "journal", fact, claim, f"was published in {name}", claim.slots["name"])
    year = claim.slots.get("year")
    date = vocab.date_fact("publication")
    if year is not None and date is not None:
        check: DateCheck = date.check  # type: ignore[assignment]
        if not int(check.first[:4]) <= year <= int(check.last[:4]) and year not in check.uncertain_years:
            return _decide(C, "publication-date", date, claim, f"was published in {name} in {check.first[:4]}")
    return _decide(S, "journal", fact, claim, f"was published in {name}")


def dates(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Years of enrolment and publication."""
    fact = vocab.date_fact(claim.slots["slot"])
    if fact is None:
        return None
    check: DateCheck = fact.check  # type: ignore[assignment]
    first, last = int(check.first[:4]), int(check.last[:4])
    years = claim.slots["years"]
    if claim.slots["slot"] == "publication":
        year = years[0]
        if first <= year <= last:
            return _decide(S, "publication-date", fact, claim, f"appeared in {check.first[:4]}")
        if year in check.uncertain_years:
            return _decide(U, "publication-date", fact, claim, fact.statement)
        return _decide(C, "publication-date", fact, claim, f"appeared in {check.first[:4]}")
    ok = all(first <= y <= last for y in years)
    if claim.slots.get("span"):  # "from 2019 to 2021" states both ends
        ok = years[0] == first and years[-1] == last
    return _decide(S if ok else C, "enrolment-dates", fact, claim, f"enrolled participants from {check.first} to {check.last}")


def acronym(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """What the acronym stands for."""
    fact = vocab.trial.fact(claim.slots["fact_id"])
    check: AcronymCheck = fact.check  # type: ignore[assignment]
    score = fuzz.ratio(claim.slots["expansion"].lower(), check.expansion.lower())
    return _decide(S if score >= 85 else C, "acronym", fact, claim, f"name {check.acronym} stands for {check.expansion}",
                   claim.slots["expansion"])


def components(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """What each arm received: its listed components agree; the other arm's treatment conflicts."""
    fact = vocab.trial.fact(claim.slots["fact_id"])
    return _decide(S if claim.slots["agrees"] else C, "intervention-content", fact, claim,
                   "record says: " + _lower(fact.statement), claim.slots["phrase"])


def primary_outcomes(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Which outcomes were primary (from each outcome's `primary` flag)."""
    fact = vocab.fact_of_kind("primary-outcomes")
    if fact is None:
        return None
    primary = {o.id for o in vocab.trial.outcomes if o.primary}
    ok = set(claim.slots["outcomes"]) <= primary
    labels = " and ".join(o.label for o in vocab.trial.outcomes if o.primary)
    return _decide(S if ok else C, "primary-outcomes", fact, claim, f"had {labels} as its primary outcomes")


def population(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """The population described with every eligibility condition (hip pain and weakness)."""
    fact = vocab.fact_of_kind("population")
    if fact is None:
        return None
    trial = "enrolled people with " + fact.statement.split(" had ", 1)[-1].rstrip(".")
    if claim.slots.get("excluded"):
        return _decide(C, "population", fact, claim, trial)
    return _decide(S, "population", fact, claim, trial)  # partial descriptions agree too


def generalised(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """The result applied to everyone with back pain, or to all older adults."""
    fact = vocab.fact_of_kind("population")
    if fact is None:
        return None
    return _decide(O, "generalised-population", fact, claim,
                   "studied only " + fact.statement.split(" had ", 1)[-1].split(",")[0].rstrip("."),
                   code="population-generalised")


def silent(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Topics the record says nothing about (mechanisms, costs, satisfaction, pain scores…)."""
    fact = vocab.trial.fact(claim.slots["fact_id"])
    rule = "silent-topic" if not fact.id.endswith("mechanism") else "mechanism"
    if claim.slots.get("untested"):  # "the trial did not test whether stronger hips explain it": so says the record
        return _decide(S, rule, fact, claim, _lower(fact.statement))
    return _decide(U, rule, fact, claim, _lower(fact.statement))


def hype(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Hype words ('breakthrough', 'revolutionary') for a trial with a modest, short-term result."""
    fact = vocab.result_fact(vocab.primary_outcome, vocab.first_timepoint)
    if fact is None:
        return None
    return _decide(O, "hype", fact, claim, "found " + _lower(fact.statement), code="hype")


def _lower(s: str) -> str:
    """A statement as the tail of a sentence: 'MASH was…' keeps its acronym, 'Both programmes…' does not."""
    if not s:
        return s
    keep = len(s) > 1 and s[1].isupper()
    return (s if keep else s[0].lower() + s[1:]).rstrip(".")


def effect_size(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """A percentage change on an outcome: the record reports directions, not percentages."""
    outcome = claim.slots["outcome"]
    if outcome == vocab.pain_outcome:
        fact = next((f for f in vocab.trial.facts if f.id.endswith("pain_scores")), None) or vocab.result_fact(outcome, vocab.first_timepoint)
    else:
        fact = vocab.result_fact(outcome, vocab.first_timepoint)
    if fact is None:
        return None
    return _decide(U, "effect-size", fact, claim, "it reports which group did better, not a percentage change")


def responder(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Responder shares per arm ('46% versus 33%'), in either order and in words; ratios like 'doubles'."""
    fact = vocab.responder_fact(claim.slots["outcome"])
    if fact is None:
        return None
    check: ResponderCheck = fact.check  # type: ignore[assignment]
    shares = check.shares
    trial = "found " + ", ".join(f"{_fmt(v)}% of the {a} group" for a, v in shares.items()) + f" had {check.definition}"
    for value, qual, arm, _text in claim.slots["shares"]:
        candidates = [shares[arm]] if arm in shares else list(shares.values())
        if not any(_share_fits(value, actual, qual, check.tolerance) for actual in candidates):
            return _decide(C, "responder-share", fact, claim, trial)
    more_arm = claim.slots.get("more_arm")
    if more_arm is not None and more_arm in shares:
        if shares[more_arm] <= max(v for a, v in shares.items() if a != more_arm):
            return _decide(C, "responder-share", fact, claim, trial)
    ratio = claim.slots.get("ratio")
    if ratio is not None:
        arm = claim.slots.get("ratio_arm") or next(iter(shares))
        others = [v for a, v in shares.items() if a != arm]
        if others and others[0] > 0:
            actual = shares.get(arm, 0) / others[0]
            if abs(actual - ratio) > 0.15 * ratio:
                return _decide(C, "responder-ratio", fact, claim, trial + f" (a ratio of {actual:.1f}, not {ratio:g})")
    return _decide(S, "responder-share", fact, claim, trial)


def _share_fits(value: float, actual: float, qual: str | None, tolerance: float) -> bool:
    q = re.sub(r"\s+", " ", qual or "")
    if q in ("nearly", "almost", "just under"):
        return actual <= value + tolerance and value - actual <= 7
    if q in ("about", "around", "roughly", "approximately", "some"):
        return abs(value - actual) <= 4
    if q in ("more than", "over", "just over"):
        return actual > value and actual - value <= 15
    if q in ("fewer than", "less than", "under"):
        return actual < value and value - actual <= 15
    if q == "at least":
        return actual >= value
    exact = value == int(value) and value not in (50.0, 25.0, 75.0) or value % 1
    return abs(value - actual) <= (tolerance if exact else 4)


# --- results --------------------------------------------------------------------------------------


def _matches(direction: str, favours: str | None) -> bool:
    if direction == "none":
        return favours is None
    if direction == "differ":
        return favours is not None
    if direction.startswith("not:"):
        return favours != direction[4:]
    return favours == direction



def result(claim: Claim, vocab: Vocabulary) -> Decision | None:
    """Between- and within-group results, timepoints, lasting benefits and strength of language."""
    d = _result(claim, vocab)
    if d is None or d.verdict is C or not claim.slots.get("generalised") or claim.slots["hedged"]:
        return d
    # population-generalised comes first among the reasons a result is overstated
    return _generalise(claim, vocab, Decision(S, d.rule, d.fact, d.reason)) if d.verdict in (S, O) else d


def _result(claim: Claim, vocab: Vocabulary) -> Decision | None:
    sl = claim.slots
    outcomes: list[str] = sl["outcomes"]
    direction: str | None = sl["direction"]
    if direction == "unknown-arm":
        direction = None if sl["within"] else "unknown-arm"
    pain = vocab.pain_outcome
    first, last = vocab.first_timepoint, vocab.last_timepoint
    tps = [t for t in sl["timepoints"] if t not in ("other",)]
    assessed = vocab.duration_fact("assessment")
    if "other" in sl["timepoints"] and not tps and assessed is not None and (direction not in (None, "none") or sl["within"]):
        # a result at a time the trial never measured ("after 3 months", "at 12 weeks")
        return _decide(C, "result-timepoint", assessed, claim, "measured outcomes only at " + " and ".join(_weeks_text(w) for w in assessed.check.weeks))  # type: ignore[union-attr]

    if sl["universal"] and direction == "none":
        return _universal_none(claim, vocab, [t for t in tps if t != "beyond"] or [first, last])
    if sl["universal"] and direction and direction in {a.id for a in vocab.trial.arms}:
        for t in [t for t in tps if t != "beyond"] or [first]:
            for o in vocab.trial.outcomes:
                f = vocab.result_fact(o.id, t)
                if f is not None and f.check.reported and f.check.favours != direction:  # type: ignore[union-attr]
                    return _decide(C, "result-direction", f, claim, "found " + _lower(f.statement))

    real = [o for o in outcomes if o != pain]
    if outcomes and not real:
        return _pain_claim(claim, vocab, direction)

    if not real:
        return _generic_result(claim, vocab, direction, tps)

    decisions = [d for o in real if (d := _outcome_result(claim, vocab, o, direction, tps)) is not None]
    decisions = [_generalise(claim, vocab, d) for d in decisions]
    if sl["pain"] and pain in outcomes and decisions and all(d.verdict is S for d in decisions):
        return _pain_claim(claim, vocab, direction)
    if not decisions:
        return None
    return max(decisions, key=lambda d: d.verdict.severity)


def _generalise(claim: Claim, vocab: Vocabulary, d: Decision) -> Decision:
    """A supported result stated for everyone with back pain, not the trial's hip subgroup."""
    if d.verdict is not S or not claim.slots.get("generalised") or claim.slots["hedged"]:
        return d
    fact = vocab.fact_of_kind("population")
    if fact is None:
        return d
    return _decide(O, "generalised-population", fact, claim,
                   "studied only " + fact.statement.split(" had ", 1)[-1].split(",")[0].rstrip("."), code="population-generalised")


def _booster(claim: Claim) -> tuple[str | None, str | None]:
    sl = claim.slots
    if sl["hedged"] and not sl["magnitude"]:
        return None, None
    if sl["certainty"]:
        return "certainty-inflated", sl["certainty"][0]
    if sl["magnitude"]:
        return "magnitude-inflated", sl["magnitude"][0]
    if sl.get("hype"):
        return "hype", "hype"
    return None, None


def _outcome_result(claim: Claim, vocab: Vocabulary, outcome: str, direction: str | None, tps: list[str]) -> Decision | None:
    sl = claim.slots
    facts = {f.check.timepoint: f for f in vocab.result_facts(outcome)}  # type: ignore[union-attr]
    if not facts:
        return None
    first, last = vocab.first_timepoint, vocab.last_timepoint
    named = [t for t in tps if t in facts]

    if direction in (None, "unknown-arm") and not sl["within"]:
        code, word = _booster(claim)
        if "beyond" in tps and sl["lasting"]:
            f = facts[last]
            return _decide(C, "result-timepoint", f, claim, "found " + _lower(f.statement))
        if direction == "unknown-arm" and all(f.check.favours is None for f in facts.values()):  # type: ignore[union-attr]
            f = facts[named[0] if named else first]
            return _decide(C, "result-direction", f, claim, "found " + _lower(f.statement))
        if sl["lasting"] and named and any(f.check.favours for f in facts.values()):  # type: ignore[union-attr]
            bad = [facts[t] for t in named if facts[t].check.favours is None]  # type: ignore[union-attr]
            if bad:
                return _decide(C, "result-timepoint", bad[0], claim, "found " + _lower(bad[0].statement))
        if sl["lasting"] and any(f.check.favours for f in facts.values()):  # type: ignore[union-attr]
            f = facts[last]
            if f.check.favours is None:  # type: ignore[union-attr]
                return _decide(O, "lasting-benefit", f, claim, "found " + _lower(f.statement), code="timepoint-stretched")
        if code is not None:
            f = facts[named[0] if named else first]
            return _decide(O, "strength-of-language", f, claim, "found " + _lower(f.statement), code=code)
        if sl.get("modest") and not sl["lasting"] and "beyond" not in tps:
            # "the disability advantage was modest": agrees only where the record gives that size
            f = facts[named[0] if named else first]
            if f.check.size == "modest":  # type: ignore[union-attr]
                return _decide(S, "result-direction", f, claim, "found " + _lower(f.statement))
        return None

    if direction is None:  # within-group change
        f = facts[named[0] if named else first]
        check: ResultCheck = f.check  # type: ignore[assignment]
        arms = set(sl["arms"])
        if len(arms) == 1 and not sl["both"] and not sl["not_improved"] and "beyond" not in tps and not sl["lasting"]:
            # one arm "improved" where that arm did better: true either way
            arm = next(iter(arms))
            favoured = [facts[t] for t in (named or [first, last]) if t in facts and facts[t].check.favours == arm]  # type: ignore[union-attr]
            if favoured and (not named or len(favoured) == len(named)):
                code, word = _booster(claim)
                if code is not None:
                    return _decide(O, "strength-of-language", favoured[0], claim, "found " + _lower(favoured[0].statement), code=code)
                return _decide(S, "result-direction", favoured[0], claim, "found " + _lower(favoured[0].statement))
        if check.within != "all-improved":
            return _decide(U, "within-group-change", f, claim, "it reports the difference between groups, not each group's change")
        if sl["not_improved"]:
            return _decide(C, "within-group-change", f, claim, "found that both groups improved")
        one_arm = next(iter(arms)) if len(arms) == 1 and not sl["both"] else None
        if one_arm is not None and ("beyond" in tps or sl["lasting"]) and facts[last].check.favours != one_arm:  # type: ignore[union-attr]
            fl = facts[last]
            if "beyond" in tps:
                return _decide(C, "result-timepoint", fl, claim, "found " + _lower(fl.statement))
            return _decide(O, "lasting-benefit", fl, claim, "found " + _lower(fl.statement), code="timepoint-stretched")
        code, word = _booster(claim)
        if code == "magnitude-inflated":
            return _decide(O, "strength-of-language", f, claim, "found clinically meaningful but not dramatic improvements in both groups", code=code)
        return _decide(S, "within-group-change", f, claim, "found that both groups improved")

    if "beyond" in tps and not direction.startswith("not:") and direction != "none":
        f = facts[last]
        if _matches(direction, f.check.favours):  # type: ignore[union-attr]
            # a named time after follow-up ended ("nine months after treatment") states what nobody measured
            return _decide(C, "result-timepoint", f, claim, f"followed participants only to {_weeks_text(vocab.trial.timepoints[-1].weeks)}")
        return _decide(C, "result-timepoint", f, claim, "found " + _lower(f.statement))

    if named:
        for t in named:
            f = facts[t]
            if not _matches(direction, f.check.favours):  # type: ignore[union-attr]
                return _decide(C, "result-direction", f, claim, "found " + _lower(f.statement))
        f = facts[named[0]]
    elif sl["lasting"] and direction not in ("none",) and not direction.startswith("not:"):
        f = facts[last]
        if not _matches(direction, f.check.favours):  # type: ignore[union-attr]
            return _decide(O, "lasting-benefit", f, claim, "found " + _lower(f.statement), code="timepoint-stretched")
    elif direction == "none" or direction.startswith("not:"):
        for t in (first, last):
            f = facts.get(t)
            if f is not None and not _matches(direction, f.check.favours):  # type: ignore[union-attr]
                return _decide(C, "result-direction", f, claim, "found " + _lower(f.statement))
        f = facts[first]
    else:
        matching = [t for t in (first, last) if t in facts and _matches(direction, facts[t].check.favours)]  # type: ignore[union-attr]
        if not matching:
            f = facts[first]
            return _decide(C, "result-direction", f, claim, "found " + _lower(f.statement))
        f = facts[matching[0]]
    code, word = _booster(claim)
    if code is not None and direction not in ("none",) and not direction.startswith("not:"):
        return _decide(O, "strength-of-language", f, claim, "found " + _lower(f.statement), code=code)
    return _decide(S, "result-direction", f, claim, "found " + _lower(f.statement))


def _universal_none(claim: Claim, vocab: Vocabulary, tps: list[str]) -> Decision | None:
    for t in tps:
        for o in vocab.trial.outcomes:
            f = vocab.result_fact(o.id, t)
            if f is not None and f.check.reported and f.check.favours is not None:  # type: ignore[union-attr]
                return _decide(C, "result-direction", f, claim, "found " + _lower(f.statement))
    f = vocab.result_fact(vocab.primary_outcome, tps[0])
    return _decide(S, "result-direction", f, claim, "found " + _lower(f.statement)) if f else None


def _pain_claim(claim: Claim, vocab: Vocabulary, direction: str | None) -> Decision | None:
    pain = vocab.pain_outcome
    f = vocab.result_fact(pain, vocab.first_timepoint) if pain else None
    if f is None:
        return None
    sl = claim.slots
    if "beyond" in sl["timepoints"] and not (direction == "none" or (direction or "").startswith("not:")):
        assessed = vocab.duration_fact("assessment")
        if assessed is not None:
            return _decide(C, "result-timepoint", assessed, claim, "followed participants only to " + _weeks_text(max(assessed.check.weeks)))  # type: ignore[union-attr]
    sized = re.search(r"\d\s*(?:%|percent\b|per\s+cent\b|points?\b)", _said(claim))  # "30% less pain": a pain score the record does not give
    if direction == "none" or (direction or "").startswith("not:") or sl["not_improved"] or sized or (sl["hedged"] and not (sl["certainty"] or sl["magnitude"])):
        return _decide(U, "outcome-substitution", f, claim, "it reports no between-group result for pain")
    return _decide(O, "outcome-substitution", f, claim, "reported a modest difference in disability, not a difference in pain",
                   code="outcome-substituted")


def _outcome_names(vocab: Vocabulary) -> str:
    names = [o.label for o in vocab.trial.outcomes if o.id != vocab.pain_outcome]
    return ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else "".join(names)


def _generic_result(claim: Claim, vocab: Vocabulary, direction: str | None, tps: list[str]) -> Decision | None:
    """No outcome named: 'greater improvements', 'the benefits lasted', 'the results were dramatic'."""
    sl = claim.slots
    primary, first, last = vocab.primary_outcome, vocab.first_timepoint, vocab.last_timepoint
    f8 = vocab.result_fact(primary, first)
    f6 = vocab.result_fact(primary, last)
    if f8 is None or f6 is None:
        return None
    hip = f8.check.favours  # type: ignore[union-attr]
    code, word = _booster(claim)
    if sl.get("other_measure") and code is None and direction not in (None, "none") and not sl["within"]:
        return _decide(U, "result-direction", f8, claim, f"reports results for {_outcome_names(vocab)}; it names no result on {sl['other_measure']!r}")
    if direction == "differ" and not (sl["lasting"] or "beyond" in tps or last in tps):
        if code is not None:
            return _decide(O, "strength-of-language", f8, claim, "found " + _lower(f8.statement), code=code)
        return _decide(S, "result-direction", f8, claim, "found " + _lower(f8.statement))
    if sl.get("modest") and direction in (None, "unknown-arm"):
        return _decide(S, "result-direction", f8, claim, "found " + _lower(f8.statement))
    if direction is None and sl["within"]:
        if "beyond" in tps and not sl["not_improved"]:
            return _decide(C, "result-timepoint", f6, claim, "found " + _lower(f6.statement))
        if sl["not_improved"]:
            return _decide(C, "within-group-change", f8, claim, "found that both groups improved")
        arms = set(sl["arms"])
        if sl["lasting"] and len(arms) == 1 and not sl["both"] and f6.check.favours not in arms:  # type: ignore[union-attr]
            # "the benefits of hip treatment were long-lasting": that arm's edge was gone by the last visit
            return _decide(O, "lasting-benefit", f6, claim, "found " + _lower(f6.statement), code="timepoint-stretched")
        if code == "magnitude-inflated":
            return _decide(O, "strength-of-language", f8, claim, "found " + _lower(f8.statement), code=code)
        return _decide(S, "within-group-change", f8, claim, "found that both groups improved")
    if direction in (None, "unknown-arm") or direction == hip:
        if "beyond" in tps:
            return _decide(C, "result-timepoint", f6, claim, "found " + _lower(f6.statement))
        if sl["lasting"] or last in tps:
            return _decide(O, "lasting-benefit", f6, claim, "found " + _lower(f6.statement), code="timepoint-stretched")
        if code is not None:
            return _decide(O, "strength-of-language", f8, claim, "found " + _lower(f8.statement), code=code)
        if direction is None:
            return None
        if sl["hedged"]:
            return _decide(S, "result-direction", f8, claim, "found " + _lower(f8.statement))
        return _decide(O, "unqualified-comparison", f8, claim, "found " + _lower(f8.statement), code="magnitude-inflated")
    if direction == "none":
        return _decide(U, "result-direction", f8, claim, "found " + _lower(f8.statement) + ", and " + _lower(f6.statement))
    if direction.startswith("not:"):
        return None
    return _decide(C, "result-direction", f8, claim, "found " + _lower(f8.statement))


JUDGES: dict[str, Callable[[Claim, Vocabulary], Decision | None]] = {
    "age": age_range,
    "count": sample_size,
    "sites-count": site_count,
    "sites": site_names,
    "duration": duration,
    "frequency": frequency,
    "session-length": session_length,
    "sessions": session_count,
    "category": category,
    "identifier": identifier,
    "funder": funder,
    "journal": journal,
    "date": dates,
    "acronym": acronym,
    "components": components,
    "primary-outcomes": primary_outcomes,
    "population": population,
    "generalised": generalised,
    "silent": silent,
    "hype": hype,
    "effect-size": effect_size,
    "responder": responder,
    "result": result,
}
"""The judge for each kind of claim the extractor produces."""


@dataclass(frozen=True)
class RuleDoc:
    """What a rule id means, with a sentence it supports and one it flags (None: not applicable)."""

    summary: str
    good: str | None
    bad: str | None


RULES: dict[str, RuleDoc] = {
    "age-range": RuleDoc("Eligible ages.", "The trial enrolled adults aged 60 to 85.", "The trial enrolled adults aged 65 and above."),
    "sample-size": RuleDoc("Numbers randomised, planned and per arm.", "The researchers randomised 184 participants.", "The trial enrolled 200 participants."),
    "site-count": RuleDoc("Number of sites.", "The trial ran at three universities.", "The trial ran at four sites."),
    "site-names": RuleDoc("Named sites.", "The trial was run by University of Delaware and Duke University researchers.", "The trial was conducted at Stanford University."),
    "intervention-duration": RuleDoc("Length of the programme.", "Participants in the trial had therapy for 8 weeks.", "Participants in the trial had therapy for 12 weeks."),
    "assessment-timepoint": RuleDoc("When outcomes were measured.", "Outcomes were measured at eight weeks and again at six months.", "Participants were followed up for two years."),
    "pain-history": RuleDoc("How long participants had back pain.", "Their back pain had lasted at least three months.", "Participants had had back pain for at least two years."),
    "session-frequency": RuleDoc("Sessions per week.", "Participants in the trial had therapy twice a week.", "Participants in the trial had therapy three times a week."),
    "session-length": RuleDoc("Length of each session.", "The trial used one-hour sessions.", "The trial used 30-minute sessions."),
    "session-count": RuleDoc("Number of sessions.", "Participants in the trial attended up to 16 sessions.", "Participants in the trial attended 24 sessions."),
    "comparator": RuleDoc("What the hip-focused arm was compared with.", "The trial compared hip-focused therapy with spine-focused therapy.", "The trial compared hip therapy with usual care."),
    "masking": RuleDoc("Who was blinded.", "The trial was single-masked.", "The trial was double-blind."),
    "randomisation": RuleDoc("Randomised design.", "Participants were randomly assigned to one of two programmes.", "It was an observational study."),
    "multicentre": RuleDoc("Multicentre design.", "It was a multicentre trial.", "It was a single-site trial."),
    "trial-phase": RuleDoc("Trial phase.", "The protocol describes it as a phase II trial.", "It was a phase III trial."),
    "delivery": RuleDoc("Who delivered the programmes.", "Sessions were delivered by licensed physical therapists.", "The sessions were run by personal trainers."),
    "secondary-outcomes": RuleDoc("Which outcomes were secondary.", "Secondary outcomes included the six-minute walk and pain intensity.", "The trial had no secondary outcomes."),
    "registry-id": RuleDoc("Registry id.", "The trial is registered as NCT04009837.", "The trial is registered as NCT01234567."),
    "grant-id": RuleDoc("Grant number.", "The trial was funded by grant R01AG041202.", "The trial was funded by grant R01AG099999."),
    "doi": RuleDoc("DOI of the report.", "The trial report's DOI is 10.1016/S2665-9913(23)00267-9.", "The trial report's DOI is 10.1016/S2665-9913(23)00276-1."),
    "pmid": RuleDoc("PubMed id of the report.", "PubMed lists the trial report as PMID 38258673.", "PubMed lists the trial report as PMID 38528763."),
    "funder": RuleDoc("Who paid for the trial.", "The trial was funded by the National Institute on Aging.", "The trial was funded by Pfizer."),
    "journal": RuleDoc("Where the report appeared.", "The trial was published in The Lancet Rheumatology.", "The trial was published in JAMA Internal Medicine."),
    "publication-date": RuleDoc("When the report appeared.", "The trial results were published in January 2024.", "The trial results were published in 2019."),
    "enrolment-dates": RuleDoc("When participants were enrolled.", "The trial enrolled participants between 2019 and 2022.", "The trial enrolled participants between 2012 and 2014."),
    "acronym": RuleDoc("What the acronym stands for.", "MASH stands for Manual Therapy and Strengthening for the Hip.", "The name MASH comes from Muscle And Strength for Hips."),
    "intervention-content": RuleDoc("What each arm received.", "The trial's hip group received manual therapy and hip strengthening.", "The trial's spine group also did hip strengthening."),
    "primary-outcomes": RuleDoc("Which outcomes were primary.", "The trial's primary outcomes were disability and gait speed.", "The primary outcome of the trial was pain intensity."),
    "population": RuleDoc("Who was eligible.", "The trial enrolled older adults with back pain plus hip pain and weakness.", "People with hip pain were excluded from the trial."),
    "generalised-population": RuleDoc("A result or advice extended beyond the trial's population (overstated).", None, "The trial shows everyone with back pain should strengthen their hips."),
    "silent-topic": RuleDoc("Topics the record says nothing checkable about (unverifiable).", None, "The trial's hip group needed fewer painkillers."),
    "mechanism": RuleDoc("Mechanisms and correlations nobody analysed (unverifiable; saying the trial did not test one agrees).",
                         "The trial did not test whether stronger hips explain the benefit.", "In the trial, stronger hips were correlated with less back pain."),
    "hype": RuleDoc("Hype words for a modest, short-term result (overstated).", None, "This breakthrough trial changes everything."),
    "effect-size": RuleDoc("Percentage changes the record does not report (unverifiable).", None, "In the trial, hip therapy improved walking speed by 20%."),
    "responder-share": RuleDoc("Responder shares per arm.", "In the trial, 46% of the hip group and 33% of the spine group halved their disability scores.", "In the trial, 60% of the hip group and 53% of the spine group had a big gain in walking speed."),
    "responder-ratio": RuleDoc("Ratios of responder shares.", None, "In the trial, hip therapy doubled the share of people who halved their disability."),
    "result-direction": RuleDoc("Which group did better, on which outcome, when.", "The trial's hip group had a modestly greater reduction in disability at 8 weeks.", "In the trial, the hip group walked faster than the spine group."),
    "result-timepoint": RuleDoc("Results at times the trial did or did not measure.", None, "The trial's benefits lasted a year."),
    "within-group-change": RuleDoc("Change within each group.", "In the trial, both groups improved.", "In the trial, the spine group did not improve at all."),
    "lasting-benefit": RuleDoc("Benefits said to last beyond the record (overstated).", None, "The trial's disability benefit was long-term."),
    "strength-of-language": RuleDoc("Certainty and intensity beyond the record (overstated).", None, "In the trial, hip therapy dramatically reduced disability."),
    "unqualified-comparison": RuleDoc("'Better results' with no outcome named (overstated).", None, "In the trial, hip therapy got better results than spine therapy."),
    "outcome-substitution": RuleDoc("Pain claimed where the result was disability (overstated).", None, "The trial found hip therapy led to a significant reduction in pain."),
}
"""Every rule id that can appear in a finding, documented."""
