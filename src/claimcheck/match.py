"""Trial vocabulary: arm, outcome and timepoint phrases compiled once per trial (stub)."""
from __future__ import annotations

from dataclasses import dataclass

from .reference import Trial


@dataclass(frozen=True)
class Vocabulary:
    trial: Trial


_CACHE: dict[int, Vocabulary] = {}


def vocabulary(trial: Trial) -> Vocabulary:
    """The compiled vocabulary of a trial, built once per loaded trial."""
    vocab = _CACHE.get(id(trial))
    if vocab is None or vocab.trial is not trial:
        vocab = _CACHE[id(trial)] = Vocabulary(trial)
    return vocab


def is_about_trial(text: str, vocab: Vocabulary) -> bool:
    low = text.lower()
    return any(
        all(any(term in low for term in group) for group in rule.all_of)
        for rule in vocab.trial.relevance.any_rule
    )
