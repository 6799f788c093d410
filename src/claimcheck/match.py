"""A trial's vocabulary, compiled once: arms, outcomes, timepoints, anchors, and which fact answers
which kind of claim. Named bodies are matched to fact aliases with rapidfuzz."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from .lexicon import canon, phrases_rx
from .reference import (
    CategoryCheck,
    CountCheck,
    DateCheck,
    DurationCheck,
    Entity,
    EntitySetCheck,
    Fact,
    IdentifierCheck,
    ResponderCheck,
    ResultCheck,
    SilentCheck,
    Trial,
)

WEEKS_PER_MONTH = 4.345


@dataclass(frozen=True)
class Mention:
    """A phrase found in normalised text: where, and which arm/outcome/timepoint it names."""

    start: int
    end: int
    id: str


def _tagged_rx(pairs: list[tuple[str, str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    lookup = {canon(phrase): ident for phrase, ident in pairs}
    return phrases_rx([p for p, _ in pairs]), lookup


def _wildcards(pairs: list[tuple[str, str]]) -> list[tuple[re.Pattern[str], str]]:
    return [(phrases_rx([p]), ident) for p, ident in pairs if " * " in p]


@dataclass
class Vocabulary:
    """Everything about a trial the extractor and judge need, ready to search."""

    trial: Trial
    arm_rx: re.Pattern[str] = field(init=False)
    outcome_rx: re.Pattern[str] = field(init=False)
    timepoint_rx: re.Pattern[str] = field(init=False)
    anchor_rx: re.Pattern[str] = field(init=False)
    silent: list[tuple[Fact, re.Pattern[str]]] = field(init=False)
    categories: dict[str, tuple[Fact, re.Pattern[str], re.Pattern[str] | None]] = field(init=False)

    def __post_init__(self) -> None:
        t = self.trial
        self._by_kind: dict[type, list[Fact]] = {}
        self.arm_rx, self._arm = _tagged_rx([(a, arm.id) for arm in t.arms for a in arm.aliases])
        self.outcome_rx, self._outcome = _tagged_rx([(a, o.id) for o in t.outcomes for a in o.aliases])
        self._outcome_wild = _wildcards([(a, o.id) for o in t.outcomes for a in o.aliases])
        self.timepoint_rx, self._timepoint = _tagged_rx(
            [(a, tp.id) for tp in t.timepoints for a in tp.aliases] or [("\x00", "")]
        )
        self.anchor_rx = phrases_rx(t.relevance.anchors or [t.name])
        self.silent = [(f, phrases_rx(f.check.triggers)) for f in t.facts if isinstance(f.check, SilentCheck)]
        self.categories = {}
        for f in t.facts:
            if isinstance(f.check, CategoryCheck):
                reject = phrases_rx(f.check.reject) if f.check.reject else None
                self.categories[f.check.slot] = (f, phrases_rx(f.check.accept), reject)

    # --- mentions ------------------------------------------------------------------------

    def _find(self, pattern: re.Pattern[str], lookup: dict[str, str], norm: str,
              wild: list[tuple[re.Pattern[str], str]] | None = None) -> list[Mention]:
        out = []
        for m in pattern.finditer(norm):
            ident = lookup.get(canon(m.group(0)))
            if ident is None:
                ident = next((i for p, i in wild or [] if p.fullmatch(m.group(0))), "")
            out.append(Mention(m.start(), m.end(), ident))
        return out

    def arms(self, norm: str) -> list[Mention]:
        return self._find(self.arm_rx, self._arm, norm)

    def outcomes(self, norm: str) -> list[Mention]:
        return self._find(self.outcome_rx, self._outcome, norm, self._outcome_wild)

    def timepoint_aliases(self, norm: str) -> list[Mention]:
        return self._find(self.timepoint_rx, self._timepoint, norm)

    def timepoint_for_weeks(self, weeks: float, tolerance: float = 0.1) -> str | None:
        for tp in self.trial.timepoints:
            if abs(weeks - tp.weeks) <= tolerance * tp.weeks:
                return tp.id
        return None

    @property
    def last_timepoint(self) -> str:
        return max(self.trial.timepoints, key=lambda tp: tp.weeks).id

    @property
    def first_timepoint(self) -> str:
        return min(self.trial.timepoints, key=lambda tp: tp.weeks).id

    # --- facts by the kind of claim they answer ---------------------------------------------

    def facts_of(self, kind: type) -> list[Fact]:
        cached = self._by_kind.get(kind)
        if cached is None:
            cached = self._by_kind[kind] = [f for f in self.trial.facts if isinstance(f.check, kind)]
        return cached

    def find_fact(self, kind: type, **fields: object) -> Fact | None:
        """The first fact whose check is of `kind` and has these field values (None values ignored)."""
        wanted = {k: v for k, v in fields.items() if v is not None}
        return next((f for f in self.facts_of(kind) if all(getattr(f.check, k) == v for k, v in wanted.items())), None)

    def count_fact(self, quantity: str, arm: str | None = None) -> Fact | None:
        return self.find_fact(CountCheck, quantity=quantity, arm=arm)

    def duration_fact(self, role: str) -> Fact | None:
        return self.find_fact(DurationCheck, role=role)

    def entity_fact(self, slot: str) -> Fact | None:
        return self.find_fact(EntitySetCheck, slot=slot)

    def identifier_fact(self, scheme: str) -> Fact | None:
        return self.find_fact(IdentifierCheck, scheme=scheme)

    def date_fact(self, slot: str) -> Fact | None:
        return self.find_fact(DateCheck, slot=slot)

    def result_fact(self, outcome: str, timepoint: str) -> Fact | None:
        return self.find_fact(ResultCheck, outcome=outcome, timepoint=timepoint)

    def result_facts(self, outcome: str) -> list[Fact]:
        return [f for f in self.facts_of(ResultCheck) if f.check.outcome == outcome]  # type: ignore[union-attr]

    def responder_fact(self, outcome: str) -> Fact | None:
        return self.find_fact(ResponderCheck, outcome=outcome)

    def fact_of_kind(self, kind: str) -> Fact | None:
        for f in self.trial.facts:
            if f.check.kind == kind:
                return f
        return None

    @property
    def primary_outcome(self) -> str:
        return next((o.id for o in self.trial.outcomes if o.primary), self.trial.outcomes[0].id)

    @property
    def pain_outcome(self) -> str | None:
        """The outcome that is pain itself (articles often swap it for the primary outcome)."""
        for f in self.facts_of(ResultCheck):
            if not f.check.reported:  # type: ignore[union-attr]
                return f.check.outcome  # type: ignore[union-attr]
        return None


def match_entity(name: str, members: list[Entity]) -> Entity | None:
    """The member a name refers to: exact alias first, then a close fuzzy match."""
    low = re.sub(r"^the\s+", "", re.sub(r"\s+", " ", name.lower().strip(" .,;:()")))
    for member in members:
        aliases = [member.name.lower(), *member.aliases]
        if low in aliases or any(low.startswith(a + " ") for a in aliases if len(a) > 4):
            return member
    best, best_score = None, 0.0
    for member in members:
        for alias in [member.name.lower(), *member.aliases]:
            if len(alias) < 5:
                continue
            score = fuzz.ratio(low, alias)
            if score > best_score:
                best, best_score = member, score
    return best if best_score >= 88 else None


_CACHE: dict[int, Vocabulary] = {}


def vocabulary(trial: Trial) -> Vocabulary:
    """The compiled vocabulary of a trial, built once per loaded trial."""
    vocab = _CACHE.get(id(trial))
    if vocab is None or vocab.trial is not trial:
        vocab = _CACHE[id(trial)] = Vocabulary(trial)
    return vocab


def is_about_trial(text: str, vocab: Vocabulary) -> bool:
    """Does the article discuss this trial at all? (Relevance rules from the facts file.)"""
    low = text.lower()
    return any(
        all(any(_contains(low, term) for term in group) for group in rule.all_of)
        for rule in vocab.trial.relevance.any_rule
    )


def _contains(low: str, term: str) -> bool:
    if not term[:1].isalnum() or not term[-1:].isalnum():
        return term in low
    return re.search(r"(?<![\w])" + re.escape(term) + r"(?![\w])", low) is not None
