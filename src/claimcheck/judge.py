"""Claims → findings (stub)."""
from __future__ import annotations


def judge_claims(claims, trial, index):  # type: ignore[no-untyped-def]
    return []
