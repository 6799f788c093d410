"""Phrase lists in the facts file: literal phrases, with ' * ' for up to two words and ' ** ' for up to five."""

from __future__ import annotations

import pytest

from claimcheck.lexicon import normalise, phrases_rx


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("walked * faster", "they walked a lot faster", "walked a lot faster"),
        ("walked * faster", "they walked faster", "walked faster"),
        ("walked * faster", "they walked very much more faster", None),
        ("assessors ** were blinded", "the assessors who did the testing were blinded", "assessors who did the testing were blinded"),
        ("assessors ** were blinded", "the assessors were blinded", "assessors were blinded"),
        ("assessors ** were blinded", "the assessors, who sat in another room all day, were blinded", None),
        ("phase ii", "a phase two trial", None),
        ("single-blind", "it was single - blind", "single - blind"),
        ("single-blind", "it was single blind", None),
    ],
)
def test_phrase_wildcards(phrase: str, text: str, found: str | None) -> None:
    m = phrases_rx([phrase]).search(normalise(text))
    assert (m.group(0) if m else None) == found
