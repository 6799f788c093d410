"""The reference model of a trial: what the published record says, fact by fact, with sources.

A trial is data (`data/trial_facts.json`); these pydantic models are its specification. Every fact
has a stable id, a plain-English statement, its sources and a machine-checkable `check`. Checking
another trial means writing another JSON file, not new code.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from .errors import FactsError


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Source(_Model):
    """A publication or record the facts are taken from."""

    citation: str = Field(description="Full citation, as a reader would look it up.")
    url: str | None = Field(default=None, description="A stable link (DOI or registry page).")


class Arm(_Model):
    """A treatment arm and the words articles use for it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    label: str
    aliases: list[str] = Field(min_length=1, description="Lower-case phrases naming this arm.")


class Outcome(_Model):
    """A measured outcome and its lay wording."""

    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    label: str
    primary: bool = False
    lower_is_better: bool = Field(default=False, description="True when less means better (disability, pain).")
    aliases: list[str] = Field(min_length=1)


class Timepoint(_Model):
    """A time at which outcomes were assessed."""

    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    label: str
    weeks: float = Field(gt=0)
    aliases: list[str] = Field(default_factory=list, description="Phrases meaning this timepoint.")


class RelevanceRule(_Model):
    """Fires when every group has at least one of its phrases in the article."""

    all_of: list[list[str]] = Field(min_length=1)


class Relevance(_Model):
    """How to tell that an article discusses this trial at all."""

    any_rule: list[RelevanceRule] = Field(min_length=1)
    anchors: list[str] = Field(
        default_factory=list,
        description="Trial-specific phrases that tie a sentence to this trial (acronym, arm names).",
    )


class Entity(_Model):
    name: str
    aliases: list[str] = Field(default_factory=list)


# --- machine-checkable forms, one per kind of claim -------------------------------------------


class RangeCheck(_Model):
    """A numeric range, such as the eligible ages."""

    kind: Literal["range"]
    quantity: Literal["age"]
    min: float
    max: float
    unit: str


class CountCheck(_Model):
    """A count of people, sites or sessions."""

    kind: Literal["count"]
    quantity: Literal["randomised", "planned", "arm", "sites", "sessions"]
    value: int = Field(ge=0)
    arm: str | None = Field(default=None, description="For quantity 'arm': the arm id.")
    unit: str


class DurationCheck(_Model):
    """A length of time, compared in weeks (months convert at 4.35 weeks)."""

    kind: Literal["duration"]
    role: Literal["intervention", "assessment", "history"]
    weeks: list[float] = Field(min_length=1, description="Every length the record supports.")
    tolerance: float = Field(default=0.1, ge=0, le=0.5, description="Relative tolerance.")
    unit: str = "weeks"


class FrequencyCheck(_Model):
    kind: Literal["frequency"]
    per_week: float = Field(gt=0)
    unit: str = "sessions a week"


class SessionLengthCheck(_Model):
    kind: Literal["session-length"]
    minutes: float = Field(gt=0)
    unit: str = "minutes"


class CategoryCheck(_Model):
    """A design property named in words: phrases that agree, and phrases that conflict."""

    kind: Literal["category"]
    slot: Literal["comparator", "masking", "randomisation", "centres", "phase", "delivery", "secondary"]
    accept: list[str] = Field(min_length=1)
    reject: list[str] = Field(default_factory=list)


class EntitySetCheck(_Model):
    """Named bodies: the sites, the funder, the journal."""

    kind: Literal["entity-set"]
    slot: Literal["sites", "funder", "journal", "protocol"]
    members: list[Entity] = Field(min_length=1)


class IdentifierCheck(_Model):
    kind: Literal["identifier"]
    scheme: Literal["nct", "grant", "doi", "pmid"]
    value: str


class DateCheck(_Model):
    """Years (and optionally months) of an event such as enrolment or publication."""

    kind: Literal["date"]
    slot: Literal["enrolment", "publication"]
    first: str = Field(pattern=r"^\d{4}(-\d{2})?$")
    last: str = Field(pattern=r"^\d{4}(-\d{2})?$")
    uncertain_years: list[int] = Field(
        default_factory=list, description="Years the record cannot rule out (say unverifiable)."
    )


class AcronymCheck(_Model):
    kind: Literal["acronym"]
    acronym: str
    expansion: str


class PopulationCheck(_Model):
    """Who was eligible: every group of phrases describes a required condition."""

    kind: Literal["population"]
    required: list[list[str]] = Field(min_length=1)


class ComponentsCheck(_Model):
    """What an arm received."""

    kind: Literal["components"]
    arm: str
    components: list[str]
    excluded: list[str] = Field(default_factory=list, description="What this arm did not get.")


class ResultCheck(_Model):
    """The between-group and within-group result for one outcome at one timepoint."""

    kind: Literal["result"]
    outcome: str
    timepoint: str
    favours: str | None = Field(description="Arm id that did better, or null for no difference.")
    size: str | None = Field(default=None, description="The size in words, e.g. 'modest'.")
    within: Literal["all-improved", "unknown"] = "unknown"
    reported: bool = Field(default=True, description="False when no between-group result exists.")


class ResponderCheck(_Model):
    """Share of each arm meeting a responder definition, in percent."""

    kind: Literal["responder"]
    outcome: str
    definition: str
    shares: dict[str, float]
    tolerance: float = Field(default=1.0, ge=0, description="Percentage points (rounding).")


class PrimaryOutcomesCheck(_Model):
    """Which outcomes were primary: read from each outcome's `primary` flag."""

    kind: Literal["primary-outcomes"]


class SilentCheck(_Model):
    """A topic the record says nothing checkable about: claims on it are unverifiable."""

    kind: Literal["silent"]
    topic: str
    triggers: list[str] = Field(min_length=1, description="Phrases that raise the topic.")


Check = Annotated[
    Union[
        RangeCheck,
        CountCheck,
        DurationCheck,
        FrequencyCheck,
        SessionLengthCheck,
        CategoryCheck,
        EntitySetCheck,
        IdentifierCheck,
        DateCheck,
        AcronymCheck,
        PopulationCheck,
        ComponentsCheck,
        ResultCheck,
        ResponderCheck,
        PrimaryOutcomesCheck,
        SilentCheck,
    ],
    Field(discriminator="kind"),
]


class Fact(_Model):
    """One fact from the published record."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_.-]*$", description="Stable id, e.g. 'population.age'.")
    statement: str = Field(description="The fact in plain English, as a reader should see it.")
    sources: list[str] = Field(min_length=1, description="Keys into the trial's sources.")
    check: Check
    rewrite: str | None = Field(default=None, description="An accurate sentence to suggest.")


class Trial(_Model):
    """A trial's reference model."""

    schema_version: Literal[1]
    id: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    name: str
    title: str
    registry_id: str
    summary: str = Field(description="One accurate sentence about the trial, used in rewrites.")
    sources: dict[str, Source]
    relevance: Relevance
    arms: list[Arm] = Field(min_length=2)
    outcomes: list[Outcome] = Field(min_length=1)
    timepoints: list[Timepoint] = Field(min_length=1)
    facts: list[Fact] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_resolve(self) -> Trial:
        problem = self._first_dangling_reference()
        if problem is not None:
            loc, message = problem
            # Raised as a ValidationError so that the error carries the path of the field at fault.
            raise ValidationError.from_exception_data(
                "Trial",
                [
                    InitErrorDetails(
                        type=PydanticCustomError("reference", "{message}", {"message": message}),
                        loc=loc,
                        input=None,
                    )
                ],
            )
        return self

    def _first_dangling_reference(self) -> tuple[tuple[str | int, ...], str] | None:
        """The location and message of the first id that does not resolve, if any."""
        seen: set[str] = set()
        for i, fact in enumerate(self.facts):
            if fact.id in seen:
                return ("facts", i, "id"), f"duplicate fact id {fact.id!r}"
            seen.add(fact.id)
        arms = {a.id for a in self.arms}
        outcomes = {o.id for o in self.outcomes}
        timepoints = {t.id for t in self.timepoints}
        for i, fact in enumerate(self.facts):
            for j, key in enumerate(fact.sources):
                if key not in self.sources:
                    return ("facts", i, "sources", j), f"unknown source {key!r}"
            check = fact.check
            at = ("facts", i, "check")
            if isinstance(check, (ResultCheck, ResponderCheck)) and check.outcome not in outcomes:
                return (*at, "outcome"), f"unknown outcome {check.outcome!r}"
            if isinstance(check, ResultCheck):
                if check.timepoint not in timepoints:
                    return (*at, "timepoint"), f"unknown timepoint {check.timepoint!r}"
                if check.favours is not None and check.favours not in arms:
                    return (*at, "favours"), f"unknown arm {check.favours!r}"
            if isinstance(check, ResponderCheck):
                for arm in check.shares:
                    if arm not in arms:
                        return (*at, "shares", arm), f"unknown arm {arm!r}"
            if isinstance(check, (CountCheck, ComponentsCheck)) and check.arm not in arms | {None}:
                return (*at, "arm"), f"unknown arm {check.arm!r}"
        return None

    def fact(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)

    def cite(self, fact: Fact) -> str:
        """The fact's sources as one human-readable string."""
        return "; ".join(self.sources[k].citation for k in fact.sources)


DEFAULT_FACTS = "trial_facts.json"


def default_facts_path() -> Path:
    """The facts file shipped in the package, or the repository's copy in a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "data" / DEFAULT_FACTS, here.parents[1] / "data" / DEFAULT_FACTS):
        if candidate.is_file():
            return candidate
    raise FactsError("the default facts file is missing from this installation")


def _location(loc: tuple[int | str, ...]) -> str:
    path = "$"
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else f".{part}"
    return path


def parse_trial(raw: str, name: str = "facts file") -> Trial:
    """Validate a facts document; errors name the JSON path of the first problem."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise FactsError(f"{name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    try:
        return Trial.model_validate(data)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        # Discriminated unions add the tag to the path; it is not part of the JSON.
        loc = tuple(p for p in first["loc"] if p not in _CHECK_KINDS)
        raise FactsError(f"{name}: {_location(loc)}: {first['msg']}") from None


_CHECK_KINDS = {
    "range", "count", "duration", "frequency", "session-length", "category", "entity-set",
    "identifier", "date", "acronym", "population", "components", "result", "responder", "silent",
    "primary-outcomes",
}


@lru_cache(maxsize=8)
def _load_cached(path: str) -> Trial:
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FactsError(f"facts file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise FactsError(f"cannot read facts file {path}: {exc}") from None
    return parse_trial(raw, path)


def load_trial(path: str | Path | None = None) -> Trial:
    """Load and validate a trial's facts file (the bundled MASH trial by default)."""
    return _load_cached(str(path if path is not None else default_facts_path()))


def json_schema() -> dict[str, object]:
    """The JSON Schema of a facts file, generated from the models."""
    return Trial.model_json_schema()
