"""Article-level notes, in the spirit of health-news review criteria (what a careful story includes).

Each note is about what the article leaves out, not about a claim, so it stays separate from the
verdicts. The phrases come from the trial's own facts wherever they can (the comparator's accepted
wording, the population's required groups, the journal, the identifiers), so another trial's JSON
brings its own; only generic words (harms, side effects, links) live here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Callable, Iterable
from typing import TypeVar

from .match import Vocabulary
from .reference import (
    CategoryCheck,
    EntitySetCheck,
    Fact,
    IdentifierCheck,
    PopulationCheck,
    SilentCheck,
    Trial,
)
from .report import Finding, Note

#: Words that show an article discussed harms at all (the trial may add its own via a silent fact).
HARM_WORDS = (
    "harm", "harms", "harmful", "side effect", "side effects", "side-effect", "side-effects",
    "adverse", "safety", "injury", "injuries", "injured", "complication", "complications",
)
#: Arm aliases that refer to the comparator without naming it.
UNNAMED_ARMS = frozenset({"control group", "comparison group", "control arm", "comparison arm",
                          "other group", "the other group"})
#: Signs of a citation or link that are not trial-specific.
_LINK = re.compile(r"https?://|www\.|\bdoi\s*:?\s*10\.\d{4,9}/|\b10\.\d{4,9}/\S+|\bnct\d{8}\b|\bpmid\b",
                   re.IGNORECASE)


def article_notes(text: str, findings: list[Finding], trial: Trial, vocab: Vocabulary) -> list[Note]:
    """The notes for an article about `trial`, in a fixed order.

    `vocab` is accepted for the pipeline's uniform signature; the phrases here come from `trial`.
    """
    low = _normalise(text)
    cited = {f.fact_id for f in findings}
    notes: list[Note] = []

    comparator = _facts(trial, CategoryCheck, lambda c: c.slot == "comparator")
    if comparator:
        fact, check = comparator[0]
        if fact.id not in cited and not _mentions(low, _comparator_phrases(trial, check)):
            notes.append(Note(id="no-comparator",
                              message=f"The article never says what the treatment was compared with: "
                                      f"{_sentence(fact.statement)}"))

    harm_words = list(HARM_WORDS)
    for _, silent in _facts(trial, SilentCheck, lambda c: "adverse" in c.topic or "harm" in c.topic):
        harm_words += silent.triggers
    if not _mentions(low, harm_words):
        notes.append(Note(id="no-harms",
                          message="The article never mentions harms, side effects or adverse events, "
                                  "so readers cannot weigh benefits against risks."))

    if not _cites(text, low, trial):
        notes.append(Note(id="no-citation",
                          message=f"The article gives no citation or link to the study; name it, e.g. "
                                  f"{_citation_hint(trial)}."))

    population = _facts(trial, PopulationCheck, lambda c: True)
    if population:
        pop_fact, pop_check = population[0]
        missing = [group[0] for group in pop_check.required if not _mentions(low, group)]
        if missing and pop_fact.id not in cited:
            notes.append(Note(id="no-population-restriction",
                              message=f"The article never mentions {' or '.join(missing)}, so it omits "
                                      f"who the trial enrolled: {_sentence(pop_fact.statement)}"))
    return notes


C = TypeVar("C")


def _facts(trial: Trial, kind: type[C], keep: Callable[[C], bool]) -> list[tuple[Fact, C]]:
    """The trial's facts whose check is of `kind` and passes `keep`, with the typed check."""
    return [(f, f.check) for f in trial.facts if isinstance(f.check, kind) and keep(f.check)]


def _normalise(text: str) -> str:
    """Lower case, with typographic quotes and dashes made plain so phrases match."""
    table = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "–": "-", "—": " "})
    return re.sub(r"\s+", " ", text.translate(table).lower())


def _mentions(low: str, phrases: Iterable[str]) -> bool:
    """Whether any phrase occurs as whole words (so 'harm' does not match 'pharmacy')."""
    return bool(_phrase_pattern(tuple(phrases)).search(low))


@lru_cache(maxsize=64)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled alternation per phrase list: the same lists are checked for every article."""
    words = sorted({p for p in (_normalise(x).strip() for x in phrases) if p}, key=len, reverse=True)
    if not words:
        return re.compile(r"(?!)")
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(w) for w in words) + r")(?![a-z0-9])")


def _comparator_phrases(trial: Trial, check: CategoryCheck) -> list[str]:
    """The comparator fact's accepted wording, plus the names of the arm that wording describes."""
    accept = {_normalise(p) for p in check.accept}
    phrases = list(check.accept)
    for arm in trial.arms:
        if accept & {_normalise(a) for a in arm.aliases}:
            phrases += [a for a in arm.aliases if _normalise(a) not in UNNAMED_ARMS]
    return phrases


def _cites(text: str, low: str, trial: Trial) -> bool:
    if _LINK.search(text):
        return True
    names: list[str] = [trial.registry_id]
    for _, entities in _facts(trial, EntitySetCheck, lambda c: c.slot == "journal"):
        for member in entities.members:
            names += [member.name, *member.aliases]
    for _, ident in _facts(trial, IdentifierCheck, lambda c: c.scheme in ("doi", "pmid", "nct")):
        names.append(ident.value)
    return _mentions(low, names)


def _citation_hint(trial: Trial) -> str:
    parts = [m.name for _, c in _facts(trial, EntitySetCheck, lambda c: c.slot == "journal") for m in c.members]
    parts += [f"doi:{c.value}" for _, c in _facts(trial, IdentifierCheck, lambda c: c.scheme == "doi")]
    parts.append(f"registry {trial.registry_id}")
    return ", ".join(parts)


def _sentence(statement: str) -> str:
    s = statement.strip()
    return s if s.endswith((".", "!", "?")) else s + "."
