"""Article-level notes (stub)."""
from __future__ import annotations


def article_notes(text, findings, trial, vocab):  # type: ignore[no-untyped-def]
    return []
