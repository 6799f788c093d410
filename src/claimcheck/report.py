"""The output contract every renderer reads: findings with spans, verdicts and evidence."""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Verdict(str, Enum):
    """How a claim stands against the reference model, mildest first."""

    SUPPORTED = "supported"
    UNVERIFIABLE = "unverifiable"
    OVERSTATED = "overstated"
    CONTRADICTED = "contradicted"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]

    @property
    def is_problem(self) -> bool:
        return self in (Verdict.OVERSTATED, Verdict.CONTRADICTED)


_SEVERITY = {
    Verdict.SUPPORTED: 0,
    Verdict.UNVERIFIABLE: 1,
    Verdict.OVERSTATED: 2,
    Verdict.CONTRADICTED: 3,
}

REASON_CODES = (
    "population-generalised",
    "outcome-substituted",
    "timepoint-stretched",
    "certainty-inflated",
    "magnitude-inflated",
    "hype",
)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Finding(_Out):
    """One claim in the article and the verdict on it."""

    start: int = Field(description="Code-point offset of the claim's first character in the text.")
    end: int = Field(description="Code-point offset just past the claim's last character.")
    line: int = Field(description="1-based line of `start`.")
    column: int = Field(description="1-based column of `start`, in code points.")
    text: str = Field(description="The claim's words, exactly text[start:end].")
    sentence: str = Field(description="The whole sentence the claim is in.")
    verdict: Verdict
    rule: str = Field(description="Stable kebab-case id of the rule that decided.")
    reason_code: str | None = Field(default=None, description="For overstated: why (see REASON_CODES).")
    fact_id: str
    fact: str = Field(description="The reference fact's statement.")
    source: str = Field(description="Where the fact comes from.")
    reason: str = Field(description="One sentence naming the article's value and the trial's.")
    article_value: str | None = None
    trial_value: str | None = None
    suggestion: str | None = Field(default=None, description="An accurate rewrite, for problems.")


class Note(_Out):
    """An article-level observation, separate from claim verdicts."""

    id: str
    message: str


class TrialInfo(_Out):
    id: str
    name: str
    registry_id: str
    title: str


class Report(_Out):
    """Everything claimcheck found in one article."""

    schema_version: str = SCHEMA_VERSION
    trial: TrialInfo
    input: str | None = Field(default=None, description="The article's file name or URL.")
    about_trial: bool
    claims: list[Finding]
    notes: list[Note] = Field(default_factory=list)
    counts: dict[str, int]
    worst: Verdict | None = Field(description="The most severe verdict, or null with no claims.")
    text: str | None = Field(default=None, description="The text checked, when asked for.")

    @property
    def problems(self) -> list[Finding]:
        return [f for f in self.claims if f.verdict.is_problem]


def count_verdicts(findings: list[Finding]) -> dict[str, int]:
    counts = {v.value: 0 for v in Verdict}
    for f in findings:
        counts[f.verdict.value] += 1
    return counts


def worst_verdict(findings: list[Finding]) -> Verdict | None:
    return max((f.verdict for f in findings), key=lambda v: v.severity, default=None)
