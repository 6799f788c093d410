"""Every rule id is documented with a sentence it supports and a sentence it flags, and both work."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimcheck import check_text
from claimcheck.rules import RULES

PREAMBLE = "Hip-focused and spine-focused physical therapy were compared in the MASH trial (NCT04009837).\n\n"
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
ALL_RULE_IDS = sorted(RULES)


def _rules_found(sentence: str) -> list[tuple[str, str]]:
    report = check_text(PREAMBLE + sentence)
    return [(f.rule, f.verdict.value) for f in report.claims if f.start >= len(PREAMBLE)]


GOOD = [(rid, doc.good) for rid, doc in RULES.items() if doc.good]
BAD = [(rid, doc.bad) for rid, doc in RULES.items() if doc.bad]


@pytest.mark.parametrize(("rule_id", "sentence"), GOOD, ids=[g[0] for g in GOOD])
def test_good_example_is_supported_by_its_rule(rule_id: str, sentence: str) -> None:
    assert (rule_id, "supported") in _rules_found(sentence)


@pytest.mark.parametrize(("rule_id", "sentence"), BAD, ids=[b[0] for b in BAD])
def test_bad_example_is_flagged_by_its_rule(rule_id: str, sentence: str) -> None:
    found = _rules_found(sentence)
    assert any(r == rule_id and v != "supported" for r, v in found), found


def test_every_rule_has_a_bad_example() -> None:
    assert [rid for rid, doc in RULES.items() if not doc.bad] == []


def test_rule_ids_are_kebab_case() -> None:
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rid) for rid in RULES)


@pytest.mark.parametrize("rule_id", ALL_RULE_IDS)
def test_every_rule_id_is_documented_in_the_readme(rule_id: str) -> None:
    assert f"`{rule_id}`" in README
