"""Sentences → claims with typed slots.

Generic patterns (numbers, ranges, bounds, durations, frequencies, comparisons, strength of
language) find what a sentence asserts; the trial's vocabulary only names arms, outcomes and
phrases. A sentence gets claims only when it is about the trial: not a heading, not about another
study, not the writer's own practice, not a claim reported in order to refute it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import lexicon as L
from .match import WEEKS_PER_MONTH, Mention, Vocabulary
from .reference import AcronymCheck, ComponentsCheck, CountCheck
from .text import Sentence


@dataclass(frozen=True)
class Claim:
    """One checkable assertion: its kind, its span in the article, and its typed slots."""

    kind: str
    start: int
    end: int
    sentence: Sentence
    slots: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Sent:
    """A sentence being read: original and normalised text, clauses, and what is excluded."""

    s: Sentence
    norm: str
    clauses: list[tuple[int, int]]
    excluded: list[tuple[int, int]]
    hedged: bool
    numbers: list[tuple[int, int]] = field(default_factory=list)  # number words replaced by digits

    def claim(self, kind: str, start: int, end: int, **slots: Any) -> Claim:
        for a, b in self.numbers:  # a span cutting through "eighty-five" takes the whole word
            if a < end and start < b:
                start, end = min(start, a), max(end, b)
        start, end = _trim(self.s.text, start, end)
        return Claim(kind, self.s.start + start, self.s.start + end, self.s, slots)

    def allowed(self, pos: int) -> bool:
        return not any(a <= pos < b for a, b in self.excluded)

    def clause_of(self, pos: int) -> tuple[int, int]:
        for a, b in self.clauses:
            if a <= pos < b:
                return a, b
        return 0, len(self.norm)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:-–—(\"'“"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-–—(\"'“"):
        end -= 1
    return start, end


_FADED = r"(?:disappeared|faded|vanished|gone|closed|worn\s+off|evened\s+out)"
_CLAUSE_BREAK = re.compile(
    r";|\s+-\s+|,\s+(?=which\s+is\s+why\b|which\s+makes\s+(?:\w+\s+)?sense\b|(?:it|this|that)\s+(?:had\s+|has\s+)?(?:faded|disappeared|vanished|gone|evened\s+out|closed)\b|with\s+(?:[\w'-]+\s+){1,3}(?:dropping|falling|rising|improving|going\s+(?:up|down))\b|with\s+(?:benefits?|gains?|improvements?|effects?)\s+that\b)|,\s+(?=(?:gone|faded|vanished|disappear\w*|lost|evened\s+out)\s+(?:by|at|after)\b)|,?\s+(?:that|which)\s+(?=(?:was|were|is|are)\s+still\b|lasted|persisted|held|endured|(?:had\s+|has\s+)?"
    rf"{_FADED}\b)|,\s+(?=(?:an?\s+|the\s+)?(?:advantage|edge|difference|benefit|gap|lead|effect)\s+(?:that|which)\s+(?:was|had|has)\s+(?:\w+\s+)?{_FADED}\b)|"
    r",\s+and\s+(?=(?:(?:here|there|then|so|again|now|yet)\s+)?(?:the|their|it|this|that|they|these|those|both|neither|patients|participants|people|everyone)\b"
    r"|(?:hip|spine)(?:-focused)?\s+(?:therapy|treatment|group|patients|programme|program|physio)\b)|,?\s+but\s+(?!(?:very\s+)?(?:small|modest|slight|minor|short-lived|limited)\b)|,\s+nor\s+|,\s+while\s+|\s+whereas\s+|,\s+(?:al)?though\s+|,\s+yet\s+|\.\s+however,?\s+|,\s+however,?\s+|,\s+and\s+(?=(?:at|by|after|on|in)\s+(?:6|8|six|eight)\b)"
)


def _clauses(norm: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for m in _CLAUSE_BREAK.finditer(norm):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.start()  # keep the connector with the clause that follows it
        start = m.end() if norm[m.start()] == ";" else m.start()
    out.append((start, len(norm)))
    out = [(a, b) for a, b in out if norm[a:b].strip()]
    merged: list[tuple[int, int]] = []
    for a, b in out:  # a lead-in such as "At six months," belongs to the clause after it
        prev = norm[merged[-1][0] : merged[-1][1]] if merged else ""
        if merged and len(prev.split()) < 5 and not prev.rstrip().endswith(";") and not (
            L.PAST.search(prev) and re.match(r"\W*(?:but|while|whereas|yet|though|although)\b", norm[a:b])  # "Both groups walked faster, but …"
        ):
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
    return merged


# --- scope -----------------------------------------------------------------------------------


def _other_study_spans(norm: str, clauses: list[tuple[int, int]], vocab: Vocabulary) -> list[tuple[int, int]] | None:
    """Clauses about other studies; None when the whole sentence is about another study."""
    hits = [m for m in L.OTHER_STUDY.finditer(norm) if not (_this_trial_year(m.group(0), vocab) or _this_trial_named(norm, m, vocab))]
    if not hits:
        return []
    if not (L.THIS_TRIAL.search(norm) or vocab.anchor_rx.search(norm)):
        return None
    spans = []
    for a, b in clauses:
        if any(a <= m.start() < b for m in hits):
            spans.append((a, b))
    return spans


def _this_trial_named(norm: str, m: re.Match[str], vocab: Vocabulary) -> bool:
    """'The study, a landmark in rehabilitation research, …' or 'a landmark study published in
    <this trial's journal>': a description of this trial, not another study."""
    if re.search(r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:study|trial|paper)\s*,\s*$", norm[: m.start()]):
        return True
    journal = vocab.entity_fact("journal")
    return journal is not None and bool(phrases_for(journal.check.members).search(norm, m.end(), m.end() + 60))  # type: ignore[union-attr]


def _this_trial_year(phrase: str, vocab: Vocabulary) -> bool:
    """'A 2024 trial' may be this one: a year from its publication (or the year before, when results first appeared)."""
    fact = vocab.date_fact("publication")
    if fact is None:
        return False
    years = {int(fact.check.first[:4]) - 1, int(fact.check.last[:4])}  # type: ignore[union-attr]
    return any(int(y) in years for y in re.findall(r"\b(?:19|20)\d\d\b", phrase))


# --- numbers -------------------------------------------------------------------------------

_NUM = r"\d{1,3}(?:,\d{3})+|\d+"
_PEOPLE = (
    r"(?:participants|people|patients|adults|volunteers|individuals|seniors|subjects|persons|"
    r"men\s+and\s+women|women\s+and\s+men|americans|enrollees|older\s+adults|older\s+people|"
    r"older\s+americans|elderly\s+(?:people|patients|adults)|retirees|men|women)"
)
_Q = (
    r"(?:about|around|roughly|approximately|nearly|almost|more\s+than|over|fewer\s+than|less\s+than|"
    r"under|at\s+least|some|just\s+over|just\s+under|close\s+to|a\s+total\s+of|exactly|only)"
)
_QUAL = f"(?P<qual>{_Q})"
COUNT_PEOPLE = re.compile(
    rf"(?:{_QUAL}\s+)?(?P<n>{_NUM})(?!\s*(?:%|percent|per\s+cent|-|\.\d|years?|months?|weeks?|days?|minutes?|hours?|sessions?))"
    rf"\s+(?:(?!(?:and|or|to|of|in)\b)[a-z-]+\s+){{0,3}}?{_PEOPLE}\b"
    rf"|(?:{_Q}\s+)?(?P<n2>{_NUM})\s+(?:were|was)\s+(?:\w+\s+)?(?:randomi[sz]ed|enrolled|recruited|included|assigned|allocated)"
    rf"|\b(?:n\s*=\s*)(?P<n3>{_NUM})\b"
    rf"|(?:sample|cohort|total|group)\s+(?:size\s+)?of\s+(?:{_Q}\s+)?(?P<n4>{_NUM})\b(?!\s*(?:%|percent|years?|weeks?|months?|sites?|centres?|centers?|universities?|sessions?))"
    rf"|\b(?:aimed|planned|hoped|intended|targeted|set\s+out)\s+(?:to\s+(?:recruit|enrol|enroll|include|randomi[sz]e)\s+|for\s+)(?:{_Q}\s+)?(?P<n8>{_NUM})\b(?!\s*(?:%|percent|years?|weeks?|months?))"
    rf"|\b(?:a\s+|the\s+)?planned\s+(?:on\s+|for\s+)?(?P<n9>{_NUM})\b(?!\s*(?:%|percent|years?|weeks?|months?))"
    rf"|(?:sample|target|goal)\s+(?:size\s+)?(?:was|is|of)\s+(?:{_Q}\s+)?(?P<n6>{_NUM})\b(?!\s*(?:%|percent|years?|weeks?|months?|-))"
    rf"|\b(?:was|were|had|with|involving|including)\s+(?:like\s+|just\s+)?(?:{_Q}\s+)?(?P<n7>{_NUM})\s+(?:{_PEOPLE})\b"
    rf"|(?:recruit|enrol|enroll|randomi[sz]\w*|include|recruited|enrolled|included|involved|studied|followed)\s+(?:{_Q}\s+)?(?P<n5>{_NUM})\b(?!\s*(?:%|percent|years?|weeks?|months?|sites?|centres?|centers?|universities?|sessions?|-))"
    # "There were 184 of them in total", "It was 184, I think", "Participants: 184": kept only when the
    # number is the trial's own
    rf"|\b(?:there\s+were|it\s+was|participants\s*:|sample\s*:)\s+(?:{_Q}\s+)?(?P<n10>{_NUM})(?=\s*(?:of\s+them\b|in\s+(?:total|all)\b|[,.;(]|$))"
    rf"|(?:{_Q}\s+)?(?P<n11>{_NUM})\s+of\s+them\b(?=\s*(?:in\s+(?:total|all)\b|[,.;]|$))"
)
ENROL_CUE = re.compile(
    r"\b(?:recruit\w*|enrol\w*|randomi[sz]\w*|randomly|includ\w*|involv\w*|followed|tracked|studied|tested|stud(?:y|ied)\s+(?:of|in|with)|trial\s+(?:of|with|in|involving)|took\s+part|"
    r"participat\w*|assigned|allocated|split|divided|sample|total|cohort|signed\s+up|joined|n\s*=|were\s+(?:placed|put|sorted))\b"
)
PLANNED_CUE = re.compile(r"\b(?:plann\w*|aim\w*|target\w*|intend\w*|goal|set\s+out|hoped|originally|sought|expected|needed)\b")
SITE_COUNT = re.compile(
    rf"(?:{_QUAL}\s+)?(?P<n>{_NUM})\s+(?:(?!(?:of|the|in|at|on|from|across|to|for|and|or|with)\b)[a-z.]+\s+){{0,2}}?(?P<unit>sites|centres|centers|universities|locations|clinics|institutions|hospitals|medical\s+cent(?:er|re)s|campuses|academic\s+cent(?:er|re)s)\b"
)
INSTITUTION = re.compile(
    r"\b(?:Harvard|Stanford|Yale|Princeton|Johns\s+Hopkins|Oxford|Cambridge|UCLA|Columbia|Cornell|Emory|Vanderbilt)(?:\s+University)?\b|"  # famous enough to need no "University"
    r"\b(?:Ohio|Penn|Michigan|Arizona|Iowa|Oregon|Florida|Kansas|Colorado|Washington|Georgia)\s+State\b(?:\s+University)?|"  # "Ohio State"
    r"(?:University\s+of\s+[A-Z][\w-]+(?:\s+(?:at\s+)?[A-Z][\w-]+)*|(?:(?!(?:The|A|An|And|In|At|Our|Its|Their|This)\s)[A-Z][\w.&'-]+\s+){1,4}(?:University|School\s+of\s+Medicine|Medical\s+(?:Center|Centre|School)|College|Hospital|Health\s+System|Clinic))"
)
SITE_CUE = re.compile(
    r"\b(?:sites?|conducted\s+at|carried\s+out\s+at|took\s+place\s+at|run\s+at|ran\s+at|done\s+at|held\s+at|based\s+at|centres?|centers?|"
    r"researchers|scientists|teams?|investigators|recruited\s+at|led\s+by|universities|locations|clinics|treated\s+at|seen\s+at|enrolled\s+at|based\s+at|"
    r"(?:study|trial)\s+at)\b"
)
NOT_SITE_CUE = re.compile(r"\b(?:not\s+involved|wasn't\s+involved|independent|commented|who\s+was\s+not|said|says|told(?!\s+(?:me|us)\b)|professor|expert|reviewed)\b")

_ALL_WERE = r"(?:all|they|everyone|everybody)(?:\s+in\s+the\s+(?:trial|study))?\s+(?:were|was|had\s+to\s+be)"
AGE_CTX = re.compile(rf"\b(?:aged?|ages|years?[\s-]+old|year-olds|{_PEOPLE}|older|elderly|those|{_ALL_WERE})\b")
AGE_WHO = re.compile(
    rf"\b(?:{_PEOPLE}|everyone|everybody|{_ALL_WERE}|all\s+of\s+them|year[\s-]olds|age\s+range|age\s+limit|inclusion|ages?\s+\d+\s*(?:-|to)\s*\d+|"
    r"enrol\w*|recruit\w*|includ\w*|eligible|trial|study|researchers|older|elderly|those|group|took\s+people|aged\s+\d+\s*(?:-|to)\s*\d+)\b"
)
AGE_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(r"\b(?:aged?|ages(?:\s+of)?|between\s+the\s+ages\s+of|from\s+(?:age\s+)?)\s*(?P<lo>\d{2})\s*(?:-|to|and|through|until)\s*(?P<hi>\d{2,3})\b(?!\s*(?:%|percent|weeks?|months?|participants))")),
    ("range", re.compile(r"\b(?P<lo>\d{2})\s*(?:-|to)\s*(?P<hi>\d{2,3})[\s-]*(?:years?[\s-]*old|year-olds|years?\s+of\s+age)")),
    ("range", re.compile(r"\bbetween\s+(?P<lo>\d{2})\s+and\s+(?P<hi>\d{2,3})\s*(?:years?\s*(?:old|of\s+age)?|year-olds)\b")),
    ("range", re.compile(rf"\b{_PEOPLE}[\s,(]+(?:between\s+)?(?P<lo>\d{{2}})\s*(?:-|to|and)\s*(?P<hi>\d{{2,3}})\b(?!\s*(?:%|percent|weeks?|months?|minutes))")),
    ("lower", re.compile(r"\b(?:aged?\s+|ages\s+)?(?P<lo>\d{2})\s*(?:years?\s*(?:of\s+age\s*)?)?(?:and|or)\s+(?:above|older|over|up|upwards|beyond)\b")),
    ("lower", re.compile(rf"\b(?:{_PEOPLE}|those|anyone|aged?)\s+(?:who\s+(?:are|were)\s+)?(?:over|above|older\s+than|at\s+least|past)\s+(?:the\s+age\s+of\s+|age\s+)?(?P<lo>\d{{2}})\b(?!\s*(?:%|percent|weeks?|months?|minutes|sessions|participants))")),
    ("lower", re.compile(r"\b(?:over|above|older\s+than|past)\s+the\s+age\s+of\s+(?P<lo>\d{2})\b")),
    ("lower", re.compile(r"\b(?P<lo>\d{2})\s*\+(?=\s|$|[,.;)])")),
    ("lower", re.compile(r"\b(?P<lo>\d{2})[\s-]+(?:years?[\s-]+)?(?:and[\s-]+)?(?:older|over)\b")),
    ("range", re.compile(rf"\b(?:{_PEOPLE}|aged?)\s+between\s+(?P<lo>\d{{2}})\s+and\s+(?P<hi>\d{{2,3}})\b(?!\s*(?:%|percent|weeks?|months?|minutes|participants|people))")),
    ("range", re.compile(r"\bbetween\s+(?P<lo>\d{2})\s+and\s+(?P<hi>\d{2,3})\b(?=\s*(?:[,.;)]|$|years|with|who|and\s+(?:had|were|have|lived|suffered)))")),
    ("range", re.compile(r"\bage\s+range\s+(?:of|was|is|:)?\s*(?P<lo>\d{2})\s*(?:-|to|and)\s*(?P<hi>\d{2,3})\b")),
    ("lower", re.compile(r"\b(?:lower|minimum)\s+age(?:\s+limit)?\s+(?:was|of|is|:)\s*(?P<lo>\d{2})\b")),
    ("upper", re.compile(r"\b(?:upper|maximum)\s+age(?:\s+limit)?\s+(?:was|of|is|:)\s*(?P<hi>\d{2,3})\b")),
    ("lower", re.compile(r"\b(?:from|aged?)\s+(?P<lo>\d{2})\s+(?:upwards?|and\s+up)\b")),
    ("range", re.compile(r"\b(?:from|aged?)\s+(?P<lo>\d{2})\s+up\s+to\s+(?P<hi>\d{2,3})\b")),
    ("range", re.compile(rf"\b{_ALL_WERE}\s+(?:(?:aged|between)\s+)?(?P<lo>\d{{2}})\s*(?:-|to|and)\s*(?P<hi>\d{{2,3}})\b(?=\s*(?:years?(?:\s+old|\s+of\s+age)?)?\s*(?:[.,;)]|$|and\b|with\b|who\b))")),
    ("lower", re.compile(rf"\b{_ALL_WERE}\s+(?:at\s+least|over|older\s+than)\s+(?P<lo>\d{{2}})\b(?!\s*(?:%|percent|weeks?|months?|minutes|sessions|participants|people|kg|cm))")),
    ("upper", re.compile(rf"\b(?:{_PEOPLE}|aged?)\s+(?:under|below|younger\s+than|up\s+to)\s+(?:the\s+age\s+of\s+|age\s+)?(?P<hi>\d{{2}})\b(?!\s*(?:%|percent|weeks?|months?))")),
]

AGE_DECADES = re.compile(r"\bin\s+their\s+(?:(?:early|mid|late)[\s-]+)?\d0s(?:(?:\s*,\s*|\s+and\s+|\s+or\s+|\s+to\s+)(?:(?:early|mid|late)[\s-]+)?\d0s)*")
_DUR_UNIT = r"(?P<unit>weeks?|wks?|months?|mos?(?=\s*(?:[+&,;:.)]|$|and\b))|years?|days?)"
_DUR_NUM = r"(?P<n>\d+(?:\.\d+)?|a|an|half\s+a|a\s+half)(?:\s+(?:full|whole|entire|more))?"
DURATION = re.compile(rf"\b{_DUR_NUM}[\s-]*{_DUR_UNIT}\b|\bhalf[\s-]+a[\s-]+(?P<unit2>year)\b")
INTERVENTION_CUE = re.compile(
    r"\b(?:programmes?|programs?|interventions?|course|treatments?|therap(?:y|ies)|sessions?|visits?|regimen|training|exercise|exercises|"
    r"classes|physio|physiotherapy|rehab\w*|plan|period\s+of\s+(?:therapy|treatment)|lasted|ran\s+for|underwent|attended|received|"
    r"weekly|a\s+week|per\s+week|twice|supervised)\b"
)
ASSESS_CUE = re.compile(r"\b(?:assess\w*|measur\w*|test\w*|evaluat\w*|follow(?:ed)?[\s-]*up|re-?tested|checked|examined|outcomes?)\b")
HISTORY_CUE = re.compile(
    r"\bpain\s+(?:\w+\s+){0,3}?(?:for|lasting|lasted|of\s+at\s+least)\b|\b(?:had|having|experienc\w*|lived\s+with|suffer\w*|endur\w*)\s+(?:\w+\s+){0,5}?pain\s+(?:\w+\s+){0,3}?for\b"
    r"|\bchronic\b.*\bfor\s+(?:at\s+least|more\s+than|over)\b|\bon\s+at\s+least\s+half\b|\bin\s+the\s+(?:last|past|previous)\b"
)
FREQUENCY = re.compile(
    r"\b(?P<word>twice|thrice|once)[\s-]*(?:a|per|each|every)?[\s-]*(?:week(?:ly)?|wk)\b"
    r"|\b(?P<n>\d+)\s*(?:x|times|×)\s*(?:a|per|each|every|/)\s*(?:week|wk)\b"
    r"|\b(?P<n2>\d+)(?!\s*-)\s+(?:(?:\d+\s*-\s*)?[\w-]+\s+)?(?:sessions?|visits?|appointments?|classes|days)\s+(?:a|per|each|every)\s+week\b"
    r"|\b(?P<n3>\d+)\s+(?:weekly|times\s+weekly)\s*(?:sessions?|visits?)?\b"
    r"|\b(?P<n4>\d+)\s+(?:a|per)\s+week\b(?=[^.]*\b(?:sessions?|visits?|hours?|hr|therapy|physio)\b|[^.]{0,0}$)"
    r"|(?:(?<=sessions, )|(?<=visits, ))(?P<n5>\d+)\s+(?:a|per)\s+week\b"  # "one-hour sessions, two a week, …"
    r"|\b(?P<daily>daily|every\s+day)\s+(?:sessions?|visits?|therapy|treatment)\b|\bsessions?\s+(?:were\s+)?(?P<daily2>daily|every\s+day)\b"
)
SESSION_LENGTH = re.compile(
    r"\b(?P<n>\d+)[\s-]*(?:minutes?|mins?)[\s-]*(?:long\s+)?(?:sessions?|visits?|appointments?|classes|treatments?)\b"
    r"|\b(?:sessions?|visits?|appointments?)\s+(?:each\s+)?(?:lasted|lasting|of|were|ran|took)\s+(?:about\s+|around\s+|roughly\s+)?(?:an?\s+)?(?P<n2>\d+)?[\s-]*(?P<u2>minutes?|hours?|hour)\b"
    r"|\b(?P<n3>\d+|an?|half)[\s-]*(?:an\s+)?(?:hours?|hrs?)[\s-]*(?:long\s+)?(?:(?:pt|physio|therapy|treatment|physical\s+therapy)\s+)?(?:sessions?|visits?|appointments?|classes|treatments?)\b"
    r"|\bhour-long\s+(?:(?:pt|physio|therapy|treatment)\s+)?(?:sessions?|visits?|appointments?)\b|\b(?P<n7>an?)\s+hour\s+each\b"
    r"|\b(?:sessions?|visits?|appointments?|classes)\b[^.;]{0,40}?\b(?:lasting|lasted|ran\s+for|for|of|took)\s+(?:about\s+|around\s+|roughly\s+)?(?P<n4>an?|1|half\s+an?)\s*(?:hour|hr)s?\b"
    r"|\b(?:each\s+lasting|lasting|saw\s+them\s+for|for)\s+(?:about\s+)?(?P<n5>an?|1)\s*(?:hour|hr)s?\b(?=[^.;]*\b(?:sessions?|visits?|week|twice)\b|[^.;]*$)"
    r"|\b(?P<n6>\d+)\s*(?:hrs?|mins?)\b(?=[^.;]{0,30}\b(?:sessions?|visits?|week|x)\b)"
    # "…, each lasting about an hour", "60 min each", "1 h sessions", "Session length: 1 h"
    r"|(?:\beach\s+(?:one\s+)?(?:lasting|lasted|took|ran|of)?\s*|\bsession\s+length\s*:?\s*)(?:about\s+|around\s+|roughly\s+)?(?P<v>\d+|an?)\s*(?P<u>hours?|hrs?|h|minutes?|mins?)\b"
    r"|\b(?P<v2>\d+)\s*(?P<u2b>hours?|hrs?|h|minutes?|mins?)\s+(?:each|sessions?)\b"
    r"|\b(?P<v4>an?|\d+)\s+(?P<u4>hours?|minutes)\s+with\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:physical\s+therapist|physiotherapist|physio|therapist|pt)\b"
)
SESSION_IN_ALL = re.compile(r"(?<=, )(?P<n>\d+)\s+(?:in\s+(?:all|total)|altogether)\b")
SESSION_UP_TO = re.compile(r"\bup\s+to\s+(?P<n>\d+)\b(?=\s*(?:in\s+(?:total|all)|\)|,|;|\.|$))")
SESSION_COUNT = re.compile(
    rf"(?:{_QUAL}\s+|up\s+to\s+|a\s+maximum\s+of\s+)?(?P<n>\d+)\s+(?:(?:supervised|therapy|treatment|physical\s+therapy|physio|one-hour|1-hour|hour-long|individual|in-person|total)\s+)*(?:sessions|visits|appointments)\b(?!\s+(?:a|per|each|every)\s+week)"
)
NCT = re.compile(r"\bNCT\s?\d{8}\b", re.IGNORECASE)
GRANT = re.compile(r"\b[RKUPFT]\d{2}\s?[A-Z]{2}\d{6}\b")
DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"'<>]+")
PMID = re.compile(r"\bPMID:?\s*(?P<n>\d{6,9})\b")
FUNDER = re.compile(
    r"\b(?P<verb>(?i:funded|supported|sponsored|financed|paid\s+for|backed|bankrolled|underwritten))\s+(?:in\s+part\s+|mainly\s+|largely\s+|primarily\s+|entirely\s+)?by\s+"
    r"(?:a\s+|an\s+)?(?:\w+\s+)?(?:grants?\s+from\s+|funding\s+from\s+|money\s+from\s+)?(?:the\s+)?"
    r"(?P<name>(?:[A-Z][\w.&'-]*|of|on|for|and|the|in)(?:\s+(?:[A-Z][\w.&'-]*|of|on|for|and|the|in|'s))*)"
    r"|\b(?P<acr>[A-Z]{2,6})-(?:funded|backed|supported|sponsored)\b"
    r"|\b(?i:grants?|funding|money|funds)\s+(?:for\s+the\s+(?:study|trial|research|work)\s+)?(?:came\s+)?from\s+(?:the\s+)?(?P<name2>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|on|for|and|the))*)"
    r"|\b(?:[Tt]he\s+)?(?P<name3>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|on|for|and))*)\s+(?:funded|paid\s+for|sponsored|financed|bankrolled)\s+(?:the|this)\s+(?:trial|study|research|work|one)\b|\b(?:[Tt]he\s+)?(?P<name5>[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|on|for|and))*)\s+(?:funded|paid\s+for)\s+it\b"
)
ORG_WORD = re.compile(r"\b(?:Institutes?|Foundation|Council|Agency|Department|Association|Society|Inc|Corp|Company|Pharma\w*|University|Fund|Trust|Ministry|Centers?|Administration)\b|^[A-Z]{2,6}\b")
JOURNAL = re.compile(
    r"\bpublished\s+(?:online\s+)?(?:\w+\s+){0,3}?in\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:journal\s+)?(?P<name>(?:The\s+)?[A-Z][\w&:-]*(?:\s+(?:of|and|the|&|[A-Z][\w&:-]*))*)"
    r"|\b(?:ran|appeared|came\s+out|was\s+printed|is\s+published)\s+in\s+(?:the\s+)?(?:journal\s+)?(?P<name3>(?:The\s+)?[A-Z][\w&:-]*(?:\s+(?:of|and|the|&|[A-Z][\w&:-]*))*)"
    r"|\bthe\s+journal\s+(?P<name2>(?:The\s+)?[A-Z][\w&:-]*(?:\s+(?:of|and|the|&|[A-Z][\w&:-]*))*)"
)
JOURNAL_WORD = re.compile(r"\b(?:Journal|JAMA|Lancet|BMJ|NEJM|Medicine|Rheumatology|Annals|Spine|Therapy|Archives|Review|Science|Nature|PLOS|PLoS|Clinical|Pain|Physiotherapy|Gerontology|Geriatrics|Orthopaedic|Orthopedic|Rehabilitation|Cell)\b")
PUB_YEAR = re.compile(r"\b(?:published|appeared|came\s+out|reported)\b[^.;]{0,60}?\b(?:in\s+)?(?:(?:early|late|mid)[\s-]+)?(?:(?P<month>january|february|march|april|may|june|july|august|september|october|november|december)\s+)?(?P<year>(?:19|20)\d\d)\b")
CITATION_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)\s*;\s*(?P<vol>\d+)\s*\((?P<issue>\d+)\)")
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_SEASON = r"(?:late|early|mid|spring|summer|autumn|fall|winter|the\s+(?:spring|summer|autumn|fall|winter|end|start|beginning)\s+of)"
YEAR_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?:{_SEASON}\s+)?(?:\d{{1,2}}\s+)?(?:(?P<m1>{_MONTH})\s+)?(?P<y1>(?:19|20)\d\d)\s+(?:and|to|through|until|-)\s+"
    rf"(?:{_SEASON}\s+)?(?:\d{{1,2}}\s+)?(?:(?P<m2>{_MONTH})\s+)?(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)\s*-\s*(?P<y4>(?:19|20)\d\d)\b"
    r"|\bin\s+(?:(?:late|early|mid)[\s-]+)?(?P<y5>(?:19|20)\d\d)\b"
    # note style: "Nov 2019 – Apr 2022", "11/2019–04/2022"
    rf"|\b(?:{_MONTH}\s+|\d{{1,2}}/)(?P<y6>(?:19|20)\d\d)\s*[-–]\s*(?:{_MONTH}\s+|\d{{1,2}}/)(?P<y7>(?:19|20)\d\d)\b"
)
DATE_CUE = re.compile(r"\b(?:enrol\w*|recruit\w*|randomi[sz]\w*|conducted|ran|took\s+place|carried\s+out|sign(?:ed|ing)\s+up|joined)\b")
ACRONYM_STANDS = re.compile(r"\b(?:stands\s+for|short\s+for|is\s+an\s+acronym\s+for|abbreviation\s+for|meaning|comes\s+from|derives\s+from|means)\s*[:\"“']?\s*(?P<exp>[A-Za-z][A-Za-z ,&'-]{8,90}?)(?=[\"”')]|[.;,]|$)")


def _num(value: str) -> float:
    if value in ("a", "an"):
        return 1.0
    if "half" in value:
        return 0.5
    return float(value.replace(",", ""))


def _weeks(n: float, unit: str) -> float:
    unit = unit.rstrip("s")
    return {"week": n, "wk": n, "month": n * WEEKS_PER_MONTH, "mo": n * WEEKS_PER_MONTH, "year": n * 52.18, "day": n / 7}[unit]


# --- the extractors ----------------------------------------------------------------------------


def _ages(x: _Sent) -> Iterator[Claim]:
    taken: list[tuple[int, int]] = []
    for shape, pattern in AGE_PATTERNS:
        for m in pattern.finditer(x.norm):
            if any(a < m.end() and m.start() < b for a, b in taken) or not x.allowed(m.start()):
                continue
            ca, cb = x.clause_of(m.start())
            if not AGE_CTX.search(x.norm[ca:cb]) or not AGE_WHO.search(x.norm[max(0, m.start() - 50) : m.end() + 30]):
                continue
            groups = m.groupdict()
            lo = float(groups["lo"]) if groups.get("lo") else None
            hi = float(groups["hi"]) if groups.get("hi") else None
            if (lo is not None and not 18 <= lo <= 110) or (hi is not None and not 18 <= hi <= 110):
                continue
            if lo is not None and hi is not None and hi <= lo:
                continue
            taken.append((m.start(), m.end()))
            yield x.claim("age", m.start(), m.end(), shape=shape, lo=lo, hi=hi)
    for m in AGE_DECADES.finditer(x.norm):
        ca, cb = x.clause_of(m.start())
        if not x.allowed(m.start()) or re.search(r"\b(?:average|mean|median|typical|most)\b", x.norm[ca:cb]):
            continue
        decades = [int(d) for d in re.findall(r"(\d)0s", x.norm[m.start():m.end()])]
        if decades:
            lo, hi = min(decades) * 10, max(decades) * 10 + 9
            if re.search(r"\bearly\s+\d0s\s*$", x.norm[m.start():m.end()]):
                hi -= 4
            yield x.claim("age", m.start(), m.end(), shape="decades", lo=float(lo), hi=float(hi))


def _counts(x: _Sent, vocab: Vocabulary, arms: list[Mention]) -> Iterator[Claim]:
    for m in COUNT_PEOPLE.finditer(x.norm):
        raw = next(m.group(g) for g in ("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11") if m.group(g))
        if not x.allowed(m.start()):
            continue
        value = int(raw.replace(",", ""))
        ca, cb = x.clause_of(m.start())
        clause = x.norm[ca:cb]
        arm_before = next((a.id for a in arms if ca <= a.start and 0 <= m.start() - a.end <= 12), None)
        bare = re.search(r"\b([a-z]{3,})\s*\(?\s*$", x.norm[max(ca, m.start() - 24) : m.start()])
        if arm_before is None and bare and len(named := _bare_arm(vocab, bare.group(1))) == 1:
            arm_before = named[0]  # "(hip n=91 vs spine n=93)"
        known = value in {f.check.value for f in vocab.facts_of(CountCheck) if f.check.quantity in ("randomised", "planned")}  # type: ignore[union-attr]
        if not ENROL_CUE.search(clause) and not (m.group("n3") or m.group("n6") or m.group("n7") or m.group("n8") or m.group("n9") or arm_before or known):
            continue
        if (m.group("n10") or m.group("n11")) and not known:
            continue  # "There were 200 of them": of what, the words do not say
        if value < 5:  # "two participants dropped out" is not a sample size
            continue
        qual = re.sub(r"\s+", " ", m.group("qual") or "").strip() or None
        if qual is None:
            q = re.search(rf"\b({_Q})\s+$", x.norm[m.start() : m.start() + m.group(0).find(raw)])
            qual = re.sub(r"\s+", " ", q.group(1)) if q else None
        if qual is None and re.search(r"\blike\s", m.group(0)):
            qual = "about"
        arm = arm_before or _arm_after(arms, x.norm, m.end(), cb)
        prior = [n.end() for n in re.finditer(r"\d", x.norm[ca : m.start()])]
        near = x.norm[max(ca, m.start() - 45, ca + prior[-1] if prior else ca) : m.end()]
        enrolled = re.search(r"\b(?:were|was)\s+(?:actually\s+)?(?:randomi[sz]ed|enrolled|recruited)", m.group(0)) or re.match(
            r"\s*(?:participants\s+|people\s+|adults\s+)?(?:were|was)\s+(?:actually\s+)?(?:randomi[sz]ed|enrolled|recruited)", x.norm[m.end() :]
        )
        if PLANNED_CUE.search(near) and not enrolled and not re.search(r"\b(?:actually|in\s+the\s+end|ultimately|instead)\b", near):
            quantity = "planned"
        elif arm is not None:
            quantity = "arm"
        elif re.match(r"\s*(?:in\s+each|each|apiece|per\s+(?:group|arm)|in\s+(?:each|every)\s+(?:group|arm))\b", x.norm[m.end():]):
            quantity = "arm"  # "about ninety in each": the size of either arm
        else:
            quantity = "randomised"
        yield x.claim("count", m.start(), m.end(), quantity=quantity, value=value, qualifier=qual, arm=arm)


ARM_COUNT_AFTER = re.compile(
    r"\b(?P<n>\d{1,4})(?!\s*(?:%|percent|per\s+cent))\s+(?:(?:(?:were|was)\s+)?(?:(?:people|participants|patients|adults|volunteers|men|women|went|got|randomi[sz]ed|assigned|allocated|placed|put)\s+)?(?:to|in|into)\s+(?:the\s+|a\s+)?|"
    r"(?:(?:people|participants|patients|adults|volunteers)\s+)?(?:received|got|underwent|were\s+given|were\s+offered)\s+(?:\w+\s+){0,2}?)?$"
)
ARM_ORDINAL = re.compile(r"\b(?P<n1>\d{2,4})\s+(?:(?:went|were\s+\w+)\s+)?to\s+the\s+(?:first|former)\b.{0,20}?\b(?P<n2>\d{2,4})\s+(?:(?:went|were\s+\w+)\s+)?to\s+the\s+(?:second|latter)\b")
ARM_BARE = (  # "91 hip, 93 spine" or "hip 91 / spine 93": each shape searched on its own
    re.compile(r"\b(?P<n>\d{2,4})\s+(?P<arm>[a-z]+)\b(?![-\w])"),
    re.compile(r"\b(?P<arm>[a-z]+)\s*[:=]?\s*(?P<n>\d{2,4})\b(?!\s*(?:%|percent|weeks?|months?|years?|minutes|sessions|visits))"),
)
ARM_VERB_BEFORE = re.compile(r"\b\d{2,4}\s+(?:received|got|underwent|were\s+given)\s+$")
GROUPS_OF = re.compile(r"\bgroups\s+of\s+(?P<n1>\d{2,4})\s+and\s+(?P<n2>\d{2,4})\b")
ARM_LIST = re.compile(r"\b\d{1,4}\s+(?:hip|spine|spinal|back)[\w-]*\b")
ARM_COUNT_BEFORE = re.compile(r"^\s*(?:,|:|\(|had|of|with|numbered|included|comprised|totalled|totaled|was|were)?\s*(?:n\s*=\s*)?(?P<n>\d{2,4})\b(?=\s*(?:people|participants|patients|members|adults|volunteers|older|\)|$|[.;,]))")


HALF_ARM = re.compile(r"\bhalf\s+(?:of\s+them\s+|of\s+the\s+(?:participants|volunteers|people|patients)\s+)?(?:were|was|got|had|did|went|received)\s+(?:\w+\s+){0,3}?$")


def _bare_arm(vocab: Vocabulary, word: str) -> list[str]:
    """'hip' or 'spinal' alone names the arm whose label starts with that word."""
    return [a.id for a in vocab.trial.arms if len(word) >= 3 and re.split(r"[\s-]", a.label)[0][:4] == word[:4]]


def _arm_counts(x: _Sent, vocab: Vocabulary, arms: list[Mention], taken: list[tuple[int, int]], total: int | None = None) -> Iterator[Claim]:
    """'91 to hip-focused therapy and 93 to spine-focused', 'the spine group, 93 people', 'half were given hip therapy'."""
    if total:
        for a in arms:
            m = HALF_ARM.search(x.norm[max(0, a.start - 45) : a.start])
            if m is not None and x.allowed(a.start):
                start = a.start - len(x.norm[max(0, a.start - 45) : a.start]) + m.start()
                yield x.claim("count", start, a.end, quantity="arm", value=round(total / 2), qualifier="about", arm=a.id)
    ordinal = ARM_ORDINAL.search(x.norm)
    distinct = list(dict.fromkeys(a.id for a in arms))
    if ordinal and len(distinct) == 2 and x.allowed(ordinal.start()) and all(a.start < ordinal.start() for a in arms):
        for k in (1, 2):  # "hip- or spine-focused therapy, 91 to the first and 93 to the second"
            yield x.claim("count", ordinal.start(f"n{k}"), ordinal.end(f"n{k}") + len(re.match(r"\s+(?:\w+\s+)?to\s+the\s+\w+", x.norm[ordinal.end(f"n{k}"):]).group(0)),
                          quantity="arm", value=int(ordinal.group(f"n{k}")), qualifier=None, arm=distinct[k - 1])
        return
    pair = GROUPS_OF.search(x.norm)
    if pair and not arms and x.allowed(pair.start()):
        yield x.claim("count", pair.start(), pair.end(), quantity="arm-pair", value=[int(pair.group("n1")), int(pair.group("n2"))], qualifier=None, arm=None)
    bare = max(([(m, a) for m in rx.finditer(x.norm) for a in _bare_arm(vocab, m.group("arm"))] for rx in ARM_BARE), key=len)
    if len(bare) >= 2 and len({a for _, a in bare}) >= 2 and not any(mm.start < m.end() and m.start() < mm.end for m, _ in bare for mm in arms):
        for m, arm in bare:  # "(91 hip, 93 spine)"
            if x.allowed(m.start()):
                taken.append((m.start(), m.end()))
                yield x.claim("count", m.start(), m.end(), quantity="arm", value=int(m.group("n")), qualifier=None, arm=arm)
        return
    befores = [(a, before, ARM_COUNT_AFTER.search(before)) for a in arms for before in [x.norm[max(0, a.start - 45) : a.start]]]
    # a size stated with a verb ("93 received spine-focused therapy") counts twice towards a list
    listed = sum(1 for _, _, m in befores if m) + sum(1 for _, before, _ in befores if ARM_VERB_BEFORE.search(before[-30:]))
    if not ENROL_CUE.search(x.norm) and not re.search(r"\b(?:members|people|participants|patients)\b", x.norm) and listed < 2:
        return
    for a, before, m in befores:
        verb = m is not None and re.search(r"\b(?:received|got|underwent|given|offered)\b", m.group(0))
        if m is not None and not verb and not re.search(r"(?:to|in|into)\s+(?:the\s+|a\s+)?$", before) and len(ARM_LIST.findall(x.norm)) < 2:
            m = None  # "12 hip-focused visits" is not an arm's size; "91 hip-focused, 93 spine-focused" is
        if m is not None and re.match(r"[\s-]*(?:physical\s+therapy\s+|therapy\s+|physio\s+)?(?:visits|sessions|appointments|classes|treatments|minutes|exercises|weeks)\b", x.norm[a.end:]):
            m = None
        if m is not None:
            start = a.start - len(before) + m.start("n")
            end = a.end
        else:
            m = ARM_COUNT_BEFORE.match(x.norm[a.end : a.end + 30])
            if m is None:
                continue
            start, end = a.start, a.end + m.end("n")
        if any(s < end and start < e for s, e in taken) or not x.allowed(start):
            continue
        taken.append((start, end))
        yield x.claim("count", start, end, quantity="arm", value=int(m.group("n")), qualifier=None, arm=a.id)


def _arm_after(arms: list[Mention], norm: str, end: int, cb: int) -> str | None:
    """'91 to hip-focused therapy', '93 (were) assigned to the spine group'."""
    for a in arms:
        if end <= a.start < cb and re.fullmatch(r"[\s,]*(?:\w+\s+){0,3}?(?:to|in|into|received|got|for)\s+(?:the\s+|a\s+)?", norm[end : a.start] + " "):
            return a.id
    return None


def _nearest_arm(arms: list[Mention], start: int, end: int, ca: int, cb: int, window: int) -> str | None:
    best, dist = None, window + 1
    for a in arms:
        if not (ca <= a.start < cb):
            continue
        d = a.start - end if a.start >= end else start - a.end
        if 0 <= d < dist:
            best, dist = a.id, d
    return best


def _sites(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    for m in SITE_COUNT.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        others = bool(re.search(r"\bother\s+$", x.norm[max(0, m.start() - 8) : m.start()]) or re.search(r"\bother\b", m.group(0)))
        if others and len(list(INSTITUTION.finditer(x.s.text, 0, m.start()))) != 1:
            continue  # "the other two sites" counts the rest, not all
        extra = 1 if others else 0  # "the University of Delaware, with two other universities": three
        unit = m.group("unit")
        value = int(m.group("n").replace(",", ""))
        if value > 1000:
            continue
        yield x.claim("sites-count", m.start(), m.end(), value=value + extra, unit=unit, qualifier=m.group("qual"))
    fact = vocab.entity_fact("sites")
    if fact is None:
        return
    found = [m for m in INSTITUTION.finditer(x.s.text) if x.allowed(m.start())]
    known = [m for m in phrases_for(fact.check.members).finditer(x.norm) if len(m.group(0)) > 3 and x.allowed(m.start())]  # type: ignore[union-attr]
    if not found:
        if re.search(r"\b(?:at|across|done\s+at|run\s+at|ran\s+at|conducted\s+at|sites?|universities|centres|centers|researchers\s+(?:at|from))\b", x.norm):
            if known:
                yield x.claim("sites", known[0].start(), known[-1].end(), names=[x.s.text[m.start():m.end()] for m in known], site_context=False)
        return
    # a place listed with the trial's own sites ("Delaware, Pittsburgh and the Mayo Clinic") is named as a site too
    context = (bool(SITE_CUE.search(x.norm)) or len(known) >= 2) and not NOT_SITE_CUE.search(x.norm)
    known = [m for m in known if not any(f.start() <= m.start() < f.end() for f in found)]
    for m in sorted(found + known, key=lambda m: m.start()):  # one finding per named place: a list can be two-thirds right
        yield x.claim("sites", m.start(), m.end(), names=[re.sub(r"\s+", " ", x.s.text[m.start():m.end()]).strip()], site_context=context)


def _durations(x: _Sent, result_spans: list[tuple[int, int]]) -> Iterator[Claim]:
    freqs = [(f.start(), f.end()) for f in FREQUENCY.finditer(x.norm)]
    assessments: list[tuple[tuple[int, int], Claim]] = []
    for m in DURATION.finditer(x.norm):
        if not x.allowed(m.start()) or any(a < m.end() and m.start() < b for a, b in freqs):
            continue
        in_result = any(a <= m.start() < b for a, b in result_spans)
        if re.search(r"(?:times|sessions?|visits?|twice|once|x|per|days?)\s*(?:a|an|per|each|every)?\s*$", x.norm[max(0, m.start() - 14) : m.start()]) and m.group("n") in ("a", "an"):
            continue
        unit = m.group("unit") or m.group("unit2")
        n = _num(m.group("n")) if m.group("n") else 0.5
        weeks = _weeks(n, unit)
        ca, cb = x.clause_of(m.start())
        clause = x.norm[ca:cb]
        before = x.norm[max(ca, m.start() - 40) : m.start()]
        after = x.norm[m.end() : min(cb, m.end() + 40)]
        if re.search(r"\b(?:ago|old|of\s+age|per\s+week|a\s+week|each\s+week|every\s+week)\b", after[:12]) or re.search(r"\byears?\b", unit) and re.search(r"\b(?:old|of age)\b", after[:10]):
            continue
        lead_in_programme = in_result and bool(re.match(r"\W*after\s+(?:just|only)?\s*$", x.norm[ca : m.start()])) and weeks < 20
        if lead_in_programme:
            role = "intervention"  # "After just 6 weeks, the hip group…": the length of the programme
        elif re.search(r"(?:in|for)\s+the\s+(?:last|past|previous)\s*$|\bon\s+at\s+least\s+half\s+the\s+days\b|\bpain\s+(?:\w+\s+){0,2}?(?:for|lasting|lasted|had\s+lasted|of)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|about\s+)?$", before) or (
            HISTORY_CUE.search(clause) and not INTERVENTION_CUE.search(before + " " + after[:25])
        ):
            role = "history"
        elif re.search(r"^[\s-]*(?:(?:physical|physio|exercise|supervised|structured)\s+)?(?:programmes?|programs?|interventions?|course|treatments?|therapy|sessions?|regimen|training|exercise|classes|period\s+of\s+(?:therapy|treatment|sessions))\b", after) or re.search(
            r"\b(?:for|over|lasted|lasting|ran\s+for|spanning|across|during)\s+(?:a\s+(?:period\s+of\s+)?|the\s+)?(?:about\s+|around\s+|roughly\s+|just\s+)?$", before
        ) and INTERVENTION_CUE.search(clause):
            role = "intervention"
        elif re.search(r"\bafter\s+(?:a\s+period\s+of\s+)?(?:about\s+)?$", before) and re.search(r"^\s+of\s+(?:therapy|treatment|sessions|exercise|physical)", after):
            role = "intervention"
        elif re.search(r"\b(?:received|got|had|did|underwent|completed|given)\s+(?:just\s+|only\s+)?$", before) and re.match(r"\s+of\b", after) and not in_result:
            role = "intervention"  # "received twelve weeks of hands-on hip work"
        elif re.search(r"^\s+(?:in\s+practice|of\s+experience|experience)", after):
            continue
        elif re.search(r"^[\s-]*(?:long|in\s+length|in\s+total|in\s+all)\b|^\s+of\s+(?:\w+\s+)?(?:therapy|treatment|physio|physical\s+therapy|sessions|exercise|rehab|training)\b", after) or re.search(
            r"\b(?:therapy|programmes?|programs?|treatment|intervention|sessions|course|it|both|each)\s+(?:\w+\s+)?(?:was|were|lasted|ran|took)\s+(?:for\s+)?(?:about\s+|around\s+|just\s+)?$", before
        ) or (FREQUENCY.search(clause) and not ASSESS_CUE.search(clause) and not re.search(r"\b(?:after|at|by|later)\s*$", before)):
            role = "intervention"
        elif re.search(r"\bfollowed\s+(?:up\s+)?(?:[\w-]+\s+){0,3}?(?:for|over)\s+(?:about\s+)?$", before) and not in_result:
            role = "assessment"
        elif (re.search(r"\b(?:after|at|by|following)\s+(?:a\s+period\s+of\s+|about\s+|the\s+)?$", before) or re.search(r"^\s+(?:later|follow|after)", after)) and not in_result:
            role = "assessment"
        else:
            continue
        if in_result and not lead_in_programme and not re.search(r"^\s+of\s+(?:\w+\s+)?(?:sessions|therapy|treatment|physio|exercise|training)|^[\s-]*(?:programmes?|programs?|course|intervention)\b", after):
            continue  # in a result sentence only an explicit programme length is a claim of its own
        lead = re.search(r"\b(?:after|for|over|during|lasting|within|across|at|by)\s+(?:a\s+period\s+of\s+|the\s+|a\s+|about\s+|around\s+|just\s+|at\s+least\s+|roughly\s+)*$", before)
        start = m.start() - (len(before) - lead.start()) if lead else m.start()
        if role == "assessment" and assessments and assessments[-1][0] == (ca, cb):
            prev = assessments[-1][1]
            assessments[-1] = ((ca, cb), x.claim("duration", prev.start - x.s.start, m.end(), role=role, weeks=[*prev.slots["weeks"], weeks],
                                                  phrase=prev.slots["phrase"] + " and " + m.group(0).strip()))
            continue
        claim = x.claim("duration", start, m.end(), role=role, weeks=[weeks], phrase=m.group(0).strip(), only_if_wrong=in_result)
        if role == "assessment":
            assessments.append(((ca, cb), claim))
        else:
            yield claim
    yield from (c for _, c in assessments)


def _frequency(x: _Sent) -> Iterator[Claim]:
    for m in FREQUENCY.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        g = m.groupdict()
        if g["word"]:
            per_week = {"once": 1, "twice": 2, "thrice": 3}[g["word"]]
        elif g["daily"] or g["daily2"]:
            per_week = 7
        else:
            per_week = int(g["n"] or g["n2"] or g["n3"] or g["n4"] or g["n5"])
        yield x.claim("frequency", m.start(), m.end(), per_week=per_week)


def _session_length(x: _Sent) -> Iterator[Claim]:
    for m in SESSION_LENGTH.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        g = m.groupdict()
        if g["n"]:
            minutes = float(g["n"])
        elif g["u2"]:
            n = float(g["n2"]) if g["n2"] else 1.0
            minutes = n * (60 if g["u2"].startswith("hour") else 1)
        elif g.get("n4") or g.get("n5") or g.get("n7"):
            minutes = 30.0 if "half" in (g.get("n4") or "") else 60.0
        elif g.get("n6"):
            unit = x.norm[m.start():m.end()]
            minutes = float(g["n6"]) * (60 if "h" in unit else 1)
        elif g.get("v") or g.get("v2") or g.get("v4"):
            if not re.search(r"\b(?:sessions?|visits?|appointments?|classes|weeks?|weekly|wk)\b", x.norm):
                continue  # "each lasting six minutes" is a session only where sessions are the subject
            v = g.get("v") or g.get("v2") or g["v4"]
            unit = g.get("u") or g.get("u2b") or g["u4"]
            n = 1.0 if v in ("a", "an") else float(v)
            minutes = n * (60 if unit.startswith("h") else 1)
        elif g["n3"]:
            n = 0.5 if g["n3"] == "half" else (1.0 if g["n3"] in ("a", "an") else float(g["n3"]))
            minutes = n * 60
        else:
            minutes = 60.0
        yield x.claim("session-length", m.start(), m.end(), minutes=minutes)


def _session_count(x: _Sent) -> Iterator[Claim]:
    if re.search(r"\b(?:sessions|visits|appointments)\b", x.norm):
        for m in SESSION_UP_TO.finditer(x.norm):  # "two sessions a week, up to sixteen in total"
            if x.allowed(m.start()) and int(m.group("n")) >= 4 and not SESSION_COUNT.search(x.norm, max(0, m.start() - 5), m.end() + 12):
                yield x.claim("sessions", m.start(), m.end() + len(re.match(r"\s*(?:in\s+(?:total|all))?", x.norm[m.end():]).group(0)), value=int(m.group("n")), qualifier="up to")
        for m in SESSION_IN_ALL.finditer(x.norm):  # "one-hour sessions with a therapist, 24 in all"
            if x.allowed(m.start()) and 4 <= int(m.group("n")) < 100 and not SESSION_COUNT.search(x.norm, max(0, m.start() - 5), m.end() + 12) \
                    and not re.search(r"\bup\s+to\s+$", x.norm[max(0, m.start() - 8) : m.start()]):
                yield x.claim("sessions", m.start(), m.end(), value=int(m.group("n")), qualifier=None)
    for m in SESSION_COUNT.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        value = int(m.group("n"))
        if value < 4:
            continue
        qual = (m.group("qual") or "").strip() or ("up to" if x.norm[m.start() : m.start() + 5] == "up to" else None)
        yield x.claim("sessions", m.start(), m.end(), value=value, qualifier=qual)


TITLE_BEFORE_NAME = re.compile(r"\s+(?:Dr\.?\s+)?[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z'-]+\b")


def _categories(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    for slot, (fact, accept, reject) in vocab.categories.items():
        hits: list[tuple[int, int, bool]] = []
        if reject is not None:
            hits += [(m.start(), m.end(), False) for m in reject.finditer(x.norm)]
        hits += [(m.start(), m.end(), True) for m in accept.finditer(x.norm)]
        hits = [h for h in hits if x.allowed(h[0]) and not TITLE_BEFORE_NAME.match(x.s.text, h[1])]  # "Personal trainer Dana Ruiz"
        # longest first; drop hits inside a longer one
        hits.sort(key=lambda h: (h[0], -(h[1] - h[0])))
        kept: list[tuple[int, int, bool]] = []
        for h in hits:
            if kept and h[0] < kept[-1][1]:
                continue
            kept.append(h)
        if slot == "comparator":
            kept = [h for h in kept if _comparator_context(x, h) or (not h[2] and re.search(r"(?:\b(?:not|no|never|nobody\s+was)|n't)\s+(?:\w+\s+){0,2}$", x.norm[max(0, h[0] - 25) : h[0]]))]
            kept = [h for h in kept if h[2] or not re.search(r"\bwould\s+(?:have|be)\b|\bcould\s+have\b|\bif\s+(?:it|the\s+trial)\s+had\b", x.norm[slice(*x.clause_of(h[0]))])]
            kept = [h for h in kept if h[2] or not (x.norm[h[0] : h[0] + 3] == "no " and re.match(r"\s+(?:aimed|directed|targeted|for\s+the|of\s+the|to\s+the)\b", x.norm[h[1] : h[1] + 14]))]
            rejects: dict[tuple[int, int], tuple[int, int, bool]] = {}
            for h in kept:
                if not h[2]:
                    rejects.setdefault(x.clause_of(h[0]), h)
            # a clause with a wrong comparator gives that one claim; a rejection that is itself
            # negated ("not with doing nothing") leaves the clause's agreeing wording standing too
            kept = list(rejects.values()) or list({x.clause_of(h[0]): h for h in reversed(kept)}.values())[::-1]
        else:
            # "Double-masked: participants and assessors blinded": a clause's wrong term is its claim
            wrong_at = [h[0] for h in kept if not h[2] and not _negated_before(x.norm, h[0], x.clause_of(h[0])[0])]
            kept = [h for h in kept if not h[2] or not any(w < h[0] and x.clause_of(w) == x.clause_of(h[0]) for w in wrong_at)]
            seen: set[str] = set()
            filtered = []
            for h in kept:
                key = L.canon(x.norm[h[0]:h[1]])
                if h[2] and key in seen:
                    continue
                seen.add(key)
                filtered.append(h)
            kept = filtered
        for start, end, accepted in kept:
            before = x.norm[max(0, start - 30) : start]
            if slot == "masking" and not accepted and _UNMASKED_ROLES.search(x.norm, x.clause_of(start)[0], start):
                accepted = True  # in a single-masked trial, patients and therapists were indeed not blinded
            neg = re.search(r"(?:\bnot|n't|\bnever|\bno|\bnobody\s+was|\brather\s+than|\binstead\s+of|\bunlike|\bnor|\bno\s+longer|\bwithout)\s+(?:\w+\s+){0,6}?(?:an?\s+|the\s+)?[\"'(]?$", x.norm[max(0, start - 50) : start])
            negated = bool(neg)
            if neg is not None:
                start = _word_back(x.norm, start - (min(50, start) - neg.start()), 0)  # "wasn't a sham", not "sham"
            elif not accepted and slot == "comparator":
                lead = re.search(r"(?:\bthan|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bagainst)\s+(?:(?:those|people|patients|participants|the\s+group)\s+(?:who\s+)?(?:had|got|received|given|getting|receiving)\s+)?(?:the\s+|a\s+)?$", before)
                if lead is not None:
                    start -= len(before) - lead.start()
            elif accepted and slot == "randomisation":
                arms_to = re.match(r"\s+(?:them\s+|participants\s+|people\s+)?(?:to|into|between)\s+(?:either\s+)?(?:the\s+|a\s+)?(?:hip|spine|spinal|back)\b[^.;:]{0,40}?\b(?:or|and)\b[^.;:]{0,40}?\b(?:therapy|physical\s+therapy|pt|physio|groups?|programmes?|programs?|arms?|treatments?|care)\b", x.norm[end:])
                if arms_to is not None:
                    end += arms_to.end()
            yield x.claim("category", start, end, slot=slot, fact_id=fact.id, accepted=accepted,
                          negated=negated, phrase=x.s.text[start:end])


_UNMASKED_ROLES = re.compile(r"\b(?:patients|participants|volunteers|therapists|physios|physiotherapists|clinicians|pts)\b(?![^.;]*\b(?:assessors?|evaluators?|testers?)\b)")
_COMPARATOR_CTX = re.compile(
    r"\b(?:compar\w*|versus|vs\.?|against|control|other\s+group|the\s+other|received|receiving|got|assigned|allocated|given|"
    r"groups?|arms?|randomi[sz]ed|randomly|split|either|or|alternative|instead|than)\b"
)


_COMPARISON_CTX = re.compile(r"\b(?:compar\w*|versus|vs\.?|against|control|comparison|comparator|rather\s+than|instead\s+of|alternative)\b")
#: The second of two arms described side by side: "… hip-focused group and a back-focused group",
#: "either hip- or spine-focused", "one group …; the other got therapy aimed at the spine".
_SECOND_ARM = re.compile(
    r"(?:\bthe\s+other(?:\s+(?:group|half|arm))?|\beither\b[^.;]{0,60}?|\b(?:to|into|between|received|got|had|an?)\s+(?:the\s+)?hip\b[^.;]{0,50}?\b(?:and|or))(?:'s)?[,\s]+"
    r"(?:(?:group|half|arm|one)\s+)?(?:(?:\w+\s+){0,3}?(?:got|received|had|did|was\s+given|were\s+given|was\s+assigned|were\s+assigned)\s+)?"
    r"(?:an?\s+|the\s+)?(?:[\w'-]+,?\s+){0,3}?$"
)


def _comparator_context(x: _Sent, hit: tuple[int, int, bool]) -> bool:
    """A rejected phrase needs any hint of a study arm; an agreeing one an explicit comparison."""
    ca, cb = x.clause_of(hit[0])
    window = x.norm[max(ca, hit[0] - 100) : min(cb, hit[1] + 25)]
    if hit[2] and re.search(r"\b(?:active|structured|proper|real|full)\b", x.norm[hit[0] : hit[1]]):
        return True  # "an active, structured spine-focused programme" describes the comparator by itself
    if hit[2] and _SECOND_ARM.search(x.norm[max(ca, hit[0] - 100) : hit[0]]):
        return True
    if not hit[2] and re.search(r"\b(?:spine|spinal|back|comparison|control)\s+(?:programmes?|programs?|group|arm)\b", window):
        return True  # "The spine programme was essentially usual NHS physiotherapy"
    return bool((_COMPARATOR_CTX if not hit[2] else _COMPARISON_CTX).search(window))


def _identifiers(x: _Sent) -> Iterator[Claim]:
    text = x.s.text
    for scheme, pattern in (("nct", NCT), ("grant", GRANT), ("doi", DOI), ("pmid", PMID)):
        for m in pattern.finditer(text):
            if not x.allowed(m.start()):
                continue
            value = m.group("n") if scheme == "pmid" else m.group(0)
            value = value.rstrip(".,;)")
            end = m.start() + len(m.group(0).rstrip(".,;)"))
            yield x.claim("identifier", m.start(), end, scheme=scheme, value=value)


def _funder(x: _Sent) -> Iterator[Claim]:
    for m in FEDERAL.finditer(x.norm):  # "a federally funded study": the funder is a federal body
        if x.allowed(m.start()):
            yield x.claim("funder", m.start(), m.end(), name="federal")
    for m in FUNDER.finditer(x.s.text):
        if not x.allowed(m.start()):
            continue
        name = m.group("name") or m.group("acr") or m.group("name2") or m.group("name3") or m.group("name5") or ""
        name = re.sub(r"(?:\s+(?:of|on|for|and|the|in|'s))+$", "", name.strip())
        if not name or not name[0].isupper():
            continue
        verb = (m.group("verb") or "").lower()
        verb = re.sub(r"\s+", " ", verb)
        if verb and verb != "funded" and not ORG_WORD.search(name):
            continue
        yield x.claim("funder", m.start(), m.end(), name=name)


FEDERAL = re.compile(r"\b(?:federally|government)[\s-]+funded\b|\bfederal\s+(?:funding|money|grant)\b")


def _journal(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    fact = vocab.entity_fact("journal")
    if fact is None:
        return
    members = fact.check.members  # type: ignore[union-attr]
    aliases = phrases_for(members)
    seen_known = False
    for m in aliases.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        seen_known = True
        end = m.end()
        cite = CITATION_YEAR.search(x.norm, m.end(), min(len(x.norm), m.end() + 25))
        year = None
        if cite:
            end, year = cite.end(), int(cite.group("year"))
        yield x.claim("journal", m.start(), end, name=x.s.text[m.start() : m.end()], known=True, year=year)
    protocol = vocab.entity_fact("protocol")
    if protocol is not None and (re.search(r"\bprotocol\b", x.norm) or CITATION_YEAR.search(x.norm)):
        for m in phrases_for(protocol.check.members).finditer(x.norm):  # type: ignore[union-attr]
            if x.allowed(m.start()) and (re.search(r"\bprotocol\b", x.norm) or re.match(r"[\s.]*2022\b", x.norm[m.end():])):
                cite = CITATION_YEAR.search(x.norm, m.end(), min(len(x.norm), m.end() + 25))
                yield x.claim("journal", m.start(), cite.end() if cite else m.end(), name=x.s.text[m.start():m.end()], known=True, year=None, protocol=True)
                seen_known = True
    if seen_known:
        return
    for m in JOURNAL.finditer(x.s.text):
        name = (m.group("name") or m.group("name2") or m.group("name3") or "").strip()
        if re.search(r"\bprotocol\b", x.norm[max(0, m.start() - 40) : m.start() + 12]):
            if name and protocol is not None and x.allowed(m.start()):  # the protocol paper, not the trial report
                yield x.claim("journal", m.start(), m.end(), name=name, known=False, year=None, protocol=True)
            continue
        if not name or not JOURNAL_WORD.search(name) or not x.allowed(m.start()):
            continue
        yield x.claim("journal", m.start(), m.end(), name=name, known=False, year=None)


def phrases_for(members: list[Any]) -> re.Pattern[str]:
    """Every name and alias of a list of named bodies, as one pattern."""
    return _cached_phrases([a for m in members for a in [m.name, *m.aliases]])


def _dates(x: _Sent) -> Iterator[Claim]:
    for m in PUB_YEAR.finditer(x.norm):
        if re.search(r"\bprotocol\b", x.norm[max(0, m.start() - 40) : m.start() + 12]):
            continue
        if x.allowed(m.start()) and re.search(r"\bpublish|\bappeared|\bjournal|\bcame\s+out", x.norm[m.start() : m.end()]) and re.search(r"\b(?:paper|report|results?|findings|study|trial|it|journal|published)\b", x.norm):
            yield x.claim("date", m.start(), m.end(), slot="publication", years=[int(m.group("year"))], months=[m.group("month")])
    if not DATE_CUE.search(x.norm) or re.search(r"\bpublish", x.norm):
        return
    for m in YEAR_RANGE.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        g = m.groupdict()
        if g["y5"]:
            if not re.search(r"\b(?:enrol\w*|recruit\w*|randomi[sz]\w*|conducted|took\s+place)\b", x.norm[max(0, m.start() - 50) : m.start()]):
                continue
            years = [int(g["y5"])]
        else:
            years = [int(g["y1"] or g["y3"] or g["y6"]), int(g["y2"] or g["y4"] or g["y7"])]
        yield x.claim("date", m.start(), m.end(), slot="enrolment", years=years, months=[g.get("m1"), g.get("m2")], span=len(years) == 2)


def _acronym(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    for f in vocab.facts_of(AcronymCheck):
        acr: str = f.check.acronym  # type: ignore[union-attr]
        text = x.s.text
        for m in re.finditer(rf"\b{re.escape(acr)}\b", text):
            if not x.allowed(m.start()):
                continue
            tail = text[m.end() : m.end() + 120]
            after = re.match(r"\s*(?:\(|,|:|-|–|—)\s*[\"“']?(?P<exp>[A-Z][A-Za-z ,&'-]{8,90}?)[\"”']?\s*(?:\)|,|;|\.|$)", tail)
            stands = ACRONYM_STANDS.match(tail.lstrip(" ,(")) if not after else None
            if stands is None:
                stands = ACRONYM_STANDS.search(tail)
                if stands is not None and stands.start() > 40:
                    stands = None
            exp_m = after or stands
            if exp_m:
                expansion = exp_m.group("exp").strip(" ,")
                if stands is not None or _initials_match(expansion, acr) or sum(w[:1].isupper() for w in expansion.split()) >= 2 and len(expansion.split()) >= 3:
                    yield x.claim("acronym", m.start(), m.end() + exp_m.end(), fact_id=f.id, expansion=expansion)
                    continue
            before = text[max(0, m.start() - 90) : m.start()]
            if re.search(r"\(\s*$", before):
                words = re.findall(r"[A-Za-z'-]+", before)
                for k in range(len(words), 0, -1):
                    cand = " ".join(words[-k:])
                    if _initials_match(cand, acr) or cand.lower() == f.check.expansion.lower():  # type: ignore[union-attr]
                        start = m.start() - len(before) + before.rfind(words[-k])
                        yield x.claim("acronym", start, m.end(), fact_id=f.id, expansion=cand)
                        break


def _initials_match(phrase: str, acronym: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z]+", phrase)]
    initials = "".join(w[0] for w in words).upper()
    caps = "".join(w[0] for w in words if w[0].isupper())
    return acronym.upper() in (initials, caps) or initials.startswith(acronym.upper()) and len(words) <= len(acronym) + 3


def _components(x: _Sent, vocab: Vocabulary, arms: list[Mention]) -> Iterator[Claim]:
    """What an arm received: two or more of its listed components named with it."""
    for fact in vocab.facts_of(ComponentsCheck):
        check: ComponentsCheck = fact.check  # type: ignore[assignment]
        for a, b in x.clauses:
            if not x.allowed(a):
                continue
            hits = [m for m in _cached_phrases(check.components).finditer(x.norm, a, b)]
            wrong = [m for m in _cached_phrases(check.excluded).finditer(x.norm, a, b)] if check.excluded else []
            # "hip treatment" names the hip arm, but in "got no hip treatment" it is what was left out
            left_out = [w for w in wrong if _negated_before(x.norm, w.start(), a)]
            here = [m for m in arms if a <= m.start < b and not any(w.start() <= m.start < w.end() for w in left_out)]
            arm = here[0].id if here else _arm_by_components(vocab, x.norm[a:b])
            if arm is None and wrong and _negated_before(x.norm, wrong[0].start(), a) and re.search(r"\b(?:they|it|this\s+(?:second\s+)?group|that\s+group|the\s+(?:second|other|comparison|control)\s+group)\b", x.norm[a : wrong[0].start()]):
                arm = check.arm  # "They did not receive any hip treatment"
            if arm != check.arm:
                continue
            denied = [m for m in hits if _negated_before(x.norm, m.start(), a)]
            if wrong and not _negated_before(x.norm, wrong[0].start(), a):
                yield x.claim("components", wrong[0].start(), wrong[-1].end(), fact_id=fact.id, agrees=False, phrase=wrong[0].group(0))
            elif wrong:  # "no treatment aimed at the hip" for the spine arm: agrees
                start = _word_back(x.norm, max(a, wrong[0].start() - 12), a)
                yield x.claim("components", start, wrong[0].end(), fact_id=fact.id, agrees=True, phrase="no " + wrong[0].group(0))
            elif denied and here:
                start = max(a, denied[0].start() - 12)
                yield x.claim("components", start, denied[0].end(), fact_id=fact.id, agrees=False, phrase="no " + denied[0].group(0))
            elif len({L.canon(m.group(0)) for m in hits}) >= 2:
                yield x.claim("components", hits[0].start(), hits[-1].end(), fact_id=fact.id, agrees=True, phrase=x.s.text[hits[0].start():hits[-1].end()])


def _arm_by_components(vocab: Vocabulary, clause: str) -> str | None:
    """'The other worked on the trunk and rode an exercise bike': components only one arm had."""
    lists = {f.check.arm: set(f.check.components) for f in vocab.facts_of(ComponentsCheck)}  # type: ignore[union-attr]
    for arm, comps in lists.items():
        own = comps - set().union(*(c for a, c in lists.items() if a != arm))
        if own and _cached_phrases(sorted(own)).search(clause):
            return arm
    return None


def _population(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    fact = vocab.fact_of_kind("population")
    if fact is None:
        return
    required: list[list[str]] = fact.check.required  # type: ignore[union-attr]
    patterns = [_cached_phrases(group) for group in required]
    hits = [p.search(x.norm) for p in patterns]
    # the first group (hip pain) anchors a description; a weakness phrase only when it names the hip
    anchor = hits[0] or (hits[1] if hits[1] and "hip" in hits[1].group(0) and re.search(
        r"(?:\bwith|\bhad|\bhave|\bplus|\band|\+)\s+(?:[\w-]+\s+){0,4}$", x.norm[max(0, hits[1].start() - 50) : hits[1].start()])
        and not re.search(r"\b(?:gains?|improvements?|increases?|changes?)\s+in\s+$", x.norm[max(0, hits[1].start() - 20) : hits[1].start()]) else None)  # not "gains in hip strength"
    if anchor and re.search(rf"\b(?:{_PEOPLE}|with|who\s+had|had|plus|required|eligib\w*|criteria|inclusion|incl)\b|\s\+\s", x.norm):
        start = min(h.start() for h in hits if h)
        end = max(h.end() for h in hits if h)
        back = CHRONIC_BACK_PAIN.search(x.norm, max(0, start - 120), start)
        if back is not None and not re.search(r"[.;]", x.norm[back.end() : start]):
            start = back.start()  # "long-standing low back pain, and … a painful, weak hip" is one description
        excluded = _negated_before(x.norm, anchor.start(), 0) or bool(
            re.search(r"^[^.;]{0,30}\b(?:were|was|are)\s+(?:\w+\s+)?(?:excluded|ineligible|turned\s+away|not\s+(?:allowed|eligible))", x.norm[anchor.end():])
        )
        if x.allowed(start):
            yield x.claim("population", start, end, complete=all(hits), excluded=excluded)


#: Back pain described as long-lasting, the first half of the trial's population.
CHRONIC_BACK_PAIN = re.compile(
    r"\b(?:chronic|long-standing|longstanding|long-term|long-lasting|ongoing|persistent|stubborn|nagging|lingering)\s+(?:low(?:er)?[\s-]+)?back\s+(?:pain|trouble|problems)\b"
    r"|\b(?:low(?:er)?\s+)?back(?:\s+pain)?\s+(?:that\s+|which\s+)?had\s+(?:\w+\s+){1,3}?for\s+(?:many\s+)?(?:months|years|a\s+long\s+time)\b"
    r"|\b(?:low(?:er)?\s+)?back\s+pain\s+for\s+(?:many\s+)?(?:months|years|a\s+long\s+time)\b|\bclbp\b"
)


_GROUP_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _cached_phrases(group: list[str]) -> re.Pattern[str]:
    """A phrase list compiled once: the same lists are searched in every sentence."""
    key = tuple(group)
    if key not in _GROUP_CACHE:
        _GROUP_CACHE[key] = L.phrases_rx(group)
    return _GROUP_CACHE[key]


PRIMARY = re.compile(r"\b(?:primary|main)\s+(?:outcomes?|endpoints?|measures?|end-points?|result|finding)\b|^\W*1\s*°(?=\s*(?:outcomes?)?\s*:)")


def _primary(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    m = PRIMARY.search(x.norm)
    if m is None or not x.allowed(m.start()) or vocab.fact_of_kind("primary-outcomes") is None:
        return
    a, b = x.clause_of(m.start())
    outs = [o for o in vocab.outcomes(x.norm) if a <= o.start < b and o.id != vocab.pain_outcome or (a <= o.start < b and re.search(r"\bpain\s+(?:intensity|scores?|levels?)\b", x.norm[o.start:o.end + 12]))]
    outs = [o for o in outs if not re.search(r"\bnot\s+(?:on\s+)?$", x.norm[max(a, o.start - 8) : o.start])]  # "disability, not pain"
    if outs:
        yield x.claim("primary-outcomes", min(m.start(), *(o.start for o in outs)), max(m.end(), *(o.end for o in outs)),
                      outcomes=list(dict.fromkeys(o.id for o in outs)))


def _generalised(x: _Sent) -> Iterator[Claim]:
    broad = L.POPULATION_BROAD.search(x.norm)
    if broad and L.ADVICE.search(x.norm) and re.search(r"\bhips?\b", x.norm) and x.allowed(broad.start()) and not re.search(r"\bhip\s+(?:pain|weakness|problems)\b", x.norm):
        ca, cb = x.clause_of(broad.start())
        yield x.claim("generalised", ca, cb, phrase=broad.group(0))
        return
    seen: set[tuple[int, int]] = set()
    for m in L.GENERALISED.finditer(x.norm):
        if not x.allowed(m.start()):
            continue
        before = x.norm[max(0, m.start() - 30) : m.start()]
        if L.NOT_GENERALISED.search(x.norm[max(0, m.start() - 20) : m.end()]) or re.search(r"\b(?:not|n't)\s+(?:\w+\s+){0,3}$", before) \
                or L.DENIED_FRAME.search(x.norm, x.clause_of(m.start())[0], m.start()):
            continue
        ca, cb = x.clause_of(m.start())
        if (ca, cb) in seen:
            continue
        seen.add((ca, cb))
        yield x.claim("generalised", ca, cb, phrase=m.group(0))


# --- results -------------------------------------------------------------------------------


def _mask(norm: str, spans: list[tuple[int, int]]) -> str:
    chars = list(norm)
    for a, b in spans:
        for i in range(a, b):
            chars[i] = " "
    return "".join(chars)


@dataclass
class _ClauseRead:
    start: int
    end: int
    outcomes: list[str] = field(default_factory=list)
    arms: list[Mention] = field(default_factory=list)
    direction: str | None = None  # arm id, "none", "differ", "not:<arm>", "unknown-arm", or None
    within: bool = False
    not_improved: bool = False
    timepoints: list[str] = field(default_factory=list)  # timepoint ids, "other" or "beyond"
    lasting: bool = False
    universal: bool = False
    pain: bool = False
    certainty: list[str] = field(default_factory=list)
    magnitude: list[str] = field(default_factory=list)
    hedged: bool = False
    negated: bool = False
    benefit: bool = False
    silent: list[Any] = field(default_factory=list)
    aim: bool = False


THEN_TIME = re.compile(r"\b(?:by|at|after|from)\s+(?:then|that\s+(?:point|time|stage)|this\s+(?:point|stage))\b")
GROUP_WORDS = re.compile(r"\b(?:groups?|arms?|between|hip|spine|spinal|programmes|programs|therapies|treatments|approaches)\b")
WEEK_NUMBER = re.compile(r"\b(?:by|at|in|from|after|until)\s+(?:the\s+end\s+of\s+)?(?P<unit>week|month)\s*(?P<n>\d{1,2})\b")


def _read_clause(x: _Sent, vocab: Vocabulary, a: int, b: int, arms_all: list[Mention], outs_all: list[Mention]) -> _ClauseRead:
    norm = x.norm
    lead = re.match(r"[\s,]*(?:(?:and|but|while|whereas|yet|so)\b)?", norm[a:b]).end()  # the connector a clause keeps
    arms = [m for m in arms_all if a <= m.start < b]
    outs = [m for m in outs_all if a <= m.start < b]
    silent_ends = [m.end() for _, pattern in vocab.silent for m in pattern.finditer(norm, a, b)]
    outs = [m for m in outs if not any(0 <= m.start - e <= 2 for e in silent_ends)]  # "PROMIS physical function" is not disability
    pain_m = L.PAIN_OUTCOME.search(norm, a, b)
    outcome_ids: list[str] = []
    for m in outs:
        if m.id == vocab.pain_outcome and not pain_m:
            continue
        if m.id not in outcome_ids:
            outcome_ids.append(m.id)
    pain = bool(pain_m) and vocab.pain_outcome is not None
    if pain and vocab.pain_outcome in outcome_ids and len(outcome_ids) > 1:
        outcome_ids.remove(vocab.pain_outcome)  # "pain-related disability" names disability
        pain = False
    if pain and vocab.pain_outcome not in outcome_ids:
        outcome_ids.append(vocab.pain_outcome)  # type: ignore[arg-type]
    masked = _mask(norm, [(m.start, m.end) for m in arms + outs])[a:b]
    arm_masked = _mask(norm, [(m.start, m.end) for m in arms])[a:b]

    # timepoints: aliases, then explicit durations
    tps: list[str] = []
    for m in vocab.timepoint_aliases(norm[a:b]):
        if m.id not in tps:
            tps.append(m.id)
    lead_in = re.match(r"\W*after\s+(?:just|only|a\s+period\s+of)?\s*", norm[a:b])
    for m in DURATION.finditer(norm, a, b):
        if lead_in and m.start() == a + lead_in.end() and vocab.timepoint_for_weeks(_weeks(_num(m.group("n")) if m.group("n") else 0.5, m.group("unit") or m.group("unit2"))) is None:
            continue  # "After just 6 weeks, …": a programme length, judged as its own claim
        unit = m.group("unit") or m.group("unit2")
        n = _num(m.group("n")) if m.group("n") else 0.5
        after = norm[m.end() : m.end() + 12]
        if re.match(r"\s*(?:old|of\s+age|ago)", after):
            continue
        weeks = _weeks(n, unit)
        tp = vocab.timepoint_for_weeks(weeks)
        if tp is None:
            last = max(t.weeks for t in vocab.trial.timepoints)
            tp = "beyond" if weeks > last * 1.1 else "other"
        elif re.search(r"\b(?:beyond|past|longer\s+than)\s+(?:the\s+)?$", norm[max(a, m.start() - 15) : m.start()]):
            ids = [t.id for t in vocab.trial.timepoints]  # "lasting beyond 8 weeks" is about the visit after it
            tp = ids[ids.index(tp) + 1] if ids.index(tp) + 1 < len(ids) else "beyond"
        if tp not in tps:
            tps.append(tp)
    if not tps and THEN_TIME.search(norm, a, b):
        tps.append("then")  # "by then": a time named elsewhere, which either timepoint may be
    for m in WEEK_NUMBER.finditer(norm, a, b):  # "by week eight", "at month 6"
        weeks = _weeks(float(m.group("n")), m.group("unit"))
        tp = vocab.timepoint_for_weeks(weeks) or ("beyond" if weeks > max(t.weeks for t in vocab.trial.timepoints) * 1.1 else "other")
        if tp not in tps:
            tps.append(tp)
    direction: str | None = None
    negated = False
    persisted = re.search(r"\b(?:had|has|have|did)\s*(?:not|n't)\s+(?:\w+\s+)?(?:faded|disappeared|vanished|gone|worn\s+off|closed)\b", norm[a:b])
    if persisted:
        arm_masked = arm_masked[: persisted.start()] + " " * (persisted.end() - persisted.start()) + arm_masked[persisted.end() :]
    # "no more than modest" sizes a difference; it is no comparison of arms
    arm_masked = re.sub(r"\bno\s+more\s+than\s+(?=(?:an?\s+)?(?:modest|small|slight|marginal|minor)\b)", lambda m: " " * len(m.group(0)), arm_masked)
    lasting_m = L.LASTING.search(arm_masked)
    not_lasting = lasting_m is not None and re.search(
        r"(?:\bnot|n't|\bnever|\bno\s+longer)\s+(?:\w+\s+){0,1}$|(?:\bnot|n't|\bnever)\s+(?:[\w']+\s+){1,5}?(?:as|be)\s+$",  # "wouldn't describe them as lasting"
        arm_masked[max(0, lasting_m.start() - 45) : lasting_m.start()])
    if L.ALL_TIMEPOINTS.search(norm, a, b):
        tps = [t.id for t in vocab.trial.timepoints]
    if lasting_m is not None and not not_lasting and "beyond" not in tps and re.search(
            r"\b(?:lasted|persisted|held|stayed|remained|endured|kept)\b[^.;]{0,30}?\b(?:for\s+(?:many\s+)?years|for\s+life|forever)\b|\byears\s+(?:later|on)\b", norm[a:b]):
        tps.append("beyond")  # "the benefits lasted for years": longer than the trial followed anyone
    only = L.ONLY_ARM.search(norm, a, b)
    if L.NO_DIFFERENCE.search(arm_masked) or not_lasting:
        direction = "none"
        if not tps and re.search(r"\b(?:faded|fade[sd]?|disappeared|vanished|wore\s+off|worn\s+off|gone|closed|evened\s+out|caught\s+up|converged)\b", norm[a:b]):
            tps = [vocab.trial.timepoints[-1].id]  # an edge that "faded" was there first: the claim is about the last visit
    elif only:
        direction = None
    elif ((L.DIFFERED.search(masked) and GROUP_WORDS.search(norm, a, b)) or L.MODEST_EFFECT.search(masked)) and not L.BETTER.search(arm_masked) and not L.WORSE.search(arm_masked) and not re.search(r"\bfavou?r", masked):
        direction = "differ"
        before = masked[: (L.DIFFERED.search(masked) or L.MODEST_EFFECT.search(masked)).start()]  # type: ignore[union-attr]
        if re.search(r"(?:\bnot|n't|\bno|\bnever|\bneither|\bnor)\b(?:\s+\w+){0,3}\s*$", before):
            direction = "none"
    else:
        fav = re.search(r"\b(?:favou?r(?:ed|ing|s)?|in\s+favou?r\s+of|advantage\s+(?:for|to)|edge\s+(?:for|to)|lean(?:ed|t|s|ing)?(?:\s+towards?)?|tilt(?:ed|s)?(?:\s+towards?)?)\s+", norm[a:b])
        over = re.search(r"\b(?:gains?|advantage|edge|lead|benefits?)\s+over\s+", norm[a:b])
        if fav:
            after_arm = [m for m in arms if m.start >= a + fav.end() - 1]
            bare = re.match(r"(?:the\s+)?([a-z]+)", norm[a + fav.end() : b])
            bare_arm = next((arm.id for arm in vocab.trial.arms if bare and bare.group(1).rstrip("s") == arm.label.split("-")[0].split()[0]), None)
            if after_arm and after_arm[0].start - (a + fav.end()) < 8:
                direction = after_arm[0].id
            elif bare_arm:
                direction = bare_arm  # "an advantage for hips"
            elif after_arm:
                direction = after_arm[0].id
        elif over:
            after_arm = [m for m in arms if m.start >= a + over.end() - 1]
            if after_arm:
                direction = _other_arm(vocab, after_arm[0].id)
        better, worse = _comparison_cues(vocab, arm_masked, outs, a)
        cue = better or worse
        if cue is not None and not outs and not _about_benefit(masked, cue):
            better = worse = cue = None  # "deserves a bigger test" compares nothing the trial measured
        if direction is None and cue is not None:
            cue_at = a + cue.start()
            subject = next((m.id for m in arms if m.start < cue_at and not re.search(r"\b(?:or|and|versus|vs)\s+(?:the\s+)?$|\b(?:or|and)\s+[\w-]+\s+$", norm[max(a + lead, m.start - 12) : m.start])
                            and not re.match(r"\s+(?:or|and|versus|vs)\b", norm[m.end : m.end + 8])), None)
            than = re.search(r"\bthan\s+(?:\w+\s+){0,3}?", norm[cue_at:b])
            if subject is None:
                subject = next((m.id for m in arms if m.start >= cue_at and not (than and m.start >= cue_at + than.start())), None)
                if subject is not None and re.match(r"outperform|out-perform|beat|outdid|outpac|surpass|exceed|bested|trump", cue.group(0)):
                    subject = _other_arm(vocab, subject)  # "X outperformed spine therapy": spine is the object
            if subject is None and than:
                other = next((m.id for m in arms if m.start >= cue_at + than.start()), None)
                if other is not None:
                    subject = _other_arm(vocab, other)
            if subject is not None:
                direction = subject if (better and (not worse or better.start() < worse.start())) else _other_arm(vocab, subject)
                before_cue = masked[max(0, cue.start() - 40) : cue.start()]
                if re.search(r"(?:\bnot|n't|\bno|\bnever|\bneither|\bnor|\bfailed\s+to)\b(?:\s+\w+){0,5}\s*$", before_cue):
                    negated = True
                    direction = f"not:{direction}"
            elif (bare := re.search(r"\b([a-z]{3,})\s*(?:grp|group|arm|pts)?\s*$", norm[max(a, cue_at - 20) : cue_at])) and _bare_arm(vocab, bare.group(1)) and better:
                direction = _bare_arm(vocab, bare.group(1))[0]  # note style: "Six-minute walk: hip better at 8 weeks"
            elif _about_benefit(masked, cue) or re.match(r"favou?r\w*\s+(?:it|them|that\s+group|this\s+group)\b", norm[cue_at:b]):
                direction = "unknown-arm"  # "…, and the chair stand favoured it": the arm named before
                if re.search(r"(?:\bnot|n't|\bno|\bnever|\bneither|\bnor|\bnobody|\bnone)\b(?:\s+[\w-]+){0,4}\s*$", masked[: cue.start()]):
                    direction = "none"  # "neither pulled ahead of the other"
    if direction not in (None, "none") and L.BASELINE.search(norm, a, b):
        direction, negated = None, False  # "faster than at baseline" is a change within a group
    both = bool(L.BOTH.search(masked))
    change = bool(L.CHANGE.search(arm_masked))
    not_improved = bool(L.NOT_IMPROVED.search(masked)) or bool(only and change)
    within = direction in (None, "unknown-arm") and (change or not_improved) and (both or bool(arms))
    if direction == "unknown-arm" and both:
        direction = None
    silent = []
    for fact, pattern in vocab.silent:
        if pattern.search(norm, a, b):
            silent.append(fact)
    hedge = L.HEDGE.search(norm, a, b) or x.hedged
    def about_result(m: re.Match[str]) -> bool:
        """Strength words count when they qualify a result, not 'the amazing world of physio'."""
        if norm[m.start() - 1 : m.start()] in "\"'" and norm[m.end() : m.end() + 1] in "\"'" and m.start() > 0:
            return False  # a word in quotation marks is mentioned, not used: '"cure" is far too strong'
        if outcome_ids or re.fullmatch(r"(?:prov\w+|demonstrat\w+.*|confirm\w*.*|establish\w*.*|cur\w+|fix\w*|eliminat\w+|eras\w+|wip\w+\s+out|banish\w*)", m.group(0)):
            return True
        near = norm[max(a, m.start() - 30) : min(b, m.end() + 30)]
        return bool(L.BENEFIT_NOUN.search(near) or L.CHANGE.search(near) or L.HYPE.search(near))

    denied = re.match(r"\W*(?:nothing|none\s+of|no\s+(?:one|study|result|evidence|data|part))\b", norm[a:b])
    cert = [m.group(0) for m in L.CERTAINTY.finditer(norm, a, b) if not _negated_before(norm, m.start(), a) and about_result(m) and not denied]
    mag = [m.group(0) for m in L.MAGNITUDE.finditer(norm, a, b) if not _negated_before(norm, m.start(), a) and about_result(m) and not denied]
    return _ClauseRead(
        start=a, end=b, outcomes=outcome_ids, arms=arms, direction=direction, within=within,
        not_improved=not_improved, timepoints=tps,
        lasting=(bool(lasting_m) and not not_lasting) or bool(persisted), universal=bool(L.UNIVERSAL_OUTCOMES.search(norm, a, b)),
        pain=pain, certainty=cert, magnitude=mag, hedged=bool(hedge), negated=negated,
        benefit=bool(L.BENEFIT_NOUN.search(masked)), silent=silent, aim=bool(L.AIM.search(norm, a, b)),
    )


def _about_benefit(masked: str, cue: re.Match[str]) -> bool:
    """'Did better', 'more effective', 'bigger improvements': a comparison of benefit, not of anything."""
    if re.fullmatch(r"outperform\w*|out-perform\w*|superior|ahead|in\s+the\s+lead|led|beat|beats|outdid|outpaced|outpacing|bested|more\s+effective|overt(?:ook|aken|akes)|pulled\s+ahead|moved\s+ahead|edged?|advantage|"
                    r"(?:not|nowhere\s+near)\s+as\s+(?:much|well|far|fast|quickly)|not\s+by\s+as\s+much|lagged|lagging|behind|trailed|trailing|fell\s+short", cue.group(0)):
        return True
    near = masked[max(0, cue.start() - 15) : cue.end() + 30]
    if re.match(r"\s*than\b", masked[cue.end() :]):
        return True
    return bool(L.BENEFIT_NOUN.search(near) or L.CHANGE.search(masked[max(0, cue.start() - 25) : cue.start()]))


def _comparison_cues(vocab: Vocabulary, text: str, outs: list[Mention], offset: int) -> tuple[re.Match[str] | None, re.Match[str] | None]:
    """The first 'better' and 'worse' cues; 'less disability' is better where less is better."""
    lower_better = {o.id for o in vocab.trial.outcomes if o.lower_is_better}
    better = worse = None
    for m in L.BETTER.finditer(text):
        if m.group(0) == "more" and re.search(r"\b(?:nothing|no)\s+$", text[max(0, m.start() - 9) : m.start()]) and re.match(r"\s+than\b", text[m.end():]):
            continue  # "nothing more than a few leaflets" belittles; it compares no results
        if m.group(0) == "better" and re.search(r"\b(?:got|get|gets|getting|became|become|feel|felt|feeling)\s+(?:\w+ly\s+)?$", text[max(0, m.start() - 25) : m.start()]) and not re.match(r"\s+(?:\w+\s+){0,2}?than\b|\s+(?:results?|outcomes?|scores?|numbers|improvements?|gains?)\b", text[m.end():]):
            continue  # "got better" is a change within a group, not a comparison; "got better results" is one
        if _names_lower_better(m, outs, offset, lower_better):
            worse = worse or m  # "more disability" is worse
        else:
            better = better or m
        break
    for m in L.WORSE.finditer(text):
        if _names_lower_better(m, outs, offset, lower_better):
            better = m if better is None or m.start() < better.start() else better
        else:
            worse = worse or m
        break
    if better is None and worse is None:
        better = L.COMPARED_CHANGE.search(text)
    return better, worse


_FLIP_CUE = re.compile(r"(?:less|lower|smaller|fewer|reduced|more|greater|higher|bigger|larger)$")


def _names_lower_better(m: re.Match[str], outs: list[Mention], offset: int, lower_better: set[str]) -> bool:
    """Does the cue describe the amount of a less-is-better outcome itself ('less disability')?"""
    if not _FLIP_CUE.search(m.group(0)):
        return False
    end = offset + m.end()
    for o in outs:
        gap = m.string[m.end() : max(m.end(), o.start - offset)]
        if o.id in lower_better and 0 <= o.start - end <= 40 and re.fullmatch(r"\s*(?:difficulty|trouble|problems?|struggles?|limitations?)\s+(?:with|in|doing)\s+(?:\w+\s+)?", gap):
            return True
        if o.id in lower_better and 0 <= o.start - end <= 25 and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}?", gap) and not re.search(
            r"\b(?:in|on|of|for|with|improv\w*|reduc\w*|drop|decreas\w*|gain|change|advantage|benefit|cut|relief|declin\w*|was|were)\b", gap
        ):
            return True
    return False


def _negated_before(norm: str, pos: int, floor: int) -> bool:
    before = norm[max(floor, pos - 25) : pos]
    if re.search(r"\bnothing\s+(?:less\s+than|short\s+of)\s+(?:an?\s+|the\s+)?$", before):
        return False  # "nothing short of a miracle" insists, it does not deny
    return bool(re.search(r"(?:\bnot|n't|\bnever|\bno|\bzero|(?<![\d.,])\b0(?=\s)|\bnothing|\bnone|\bhardly|\bfar\s+from|\bwithout|\bnor)\s+(?:\w+\s+){0,2}?(?:an?\s+|the\s+)?$", before))


def _other_arm(vocab: Vocabulary, arm: str) -> str:
    others = [a.id for a in vocab.trial.arms if a.id != arm]
    return others[0] if len(others) == 1 else f"not:{arm}"


def _segments(x: _Sent, vocab: Vocabulary, a: int, b: int, outs: list[Mention]) -> list[tuple[int, int]]:
    """Split a clause listing several outcomes, each with its own timepoint, into one part each."""
    pain_named = L.PAIN_OUTCOME.search(x.norm, a, b)
    here = [m for m in outs if a <= m.start < b and (m.id != vocab.pain_outcome or pain_named)]
    starts = []
    for m in here:
        if not starts or m.id != here[[o.start for o in here].index(starts[-1])].id:
            starts.append(m.start)
    if len(starts) < 2:
        return [(a, b)]
    cuts = []
    for k in range(1, len(starts)):
        prev_end = next(o.end for o in here if o.start == starts[k - 1])
        between = x.norm[prev_end : starts[k]]
        joins = [m.end() for m in re.finditer(r",\s+|\s+and\s+|\s+while\s+|\s+but\s+", between)]
        lead = re.search(r"\s+and,?\s+(?=(?:by|at|after|from)\s[^,]{1,40},\s)", between)  # "… and, by the end of the eight weeks, on Y"
        cuts.append(prev_end + (lead.end() if lead else joins[-1]) if joins else starts[k])
    bounds = [a, *cuts, b]
    parts = list(zip(bounds, bounds[1:]))
    with_time = sum(1 for pa, pb in parts if vocab.timepoint_aliases(x.norm[pa:pb]) or DURATION.search(x.norm, pa, pb))
    with_cue = sum(1 for pa, pb in parts if L.BETTER.search(x.norm, pa, pb) or L.WORSE.search(x.norm, pa, pb) or L.NO_DIFFERENCE.search(x.norm, pa, pb))
    del with_time, with_cue
    return parts


ANAPHOR = re.compile(
    r"\b(?:that|this|the|its|their|such\s+an?|any\s+such)\s+(?:\w+\s+)?(?:advantage|difference|gap|edge|lead)\b|"
    r"^\W*(?:by|at|after)\b[^,]{1,30},\s*(?:there\s+was\s+)?no\s+(?:\w+\s+)?(?:difference|gap)\b|"
    r"^\W*it\s+(?:improved|got\s+better|rose|increased|fell|dropped|went\s+up|went\s+down)\s+in\s+both\b"  # "It improved in both groups"
)


def _results(x: _Sent, vocab: Vocabulary, arms_all: list[Mention], earlier: list[str] | None = None,
             earlier_arms: list[Mention] | None = None) -> Iterator[Claim]:
    earlier_arms = earlier_arms or []
    outs_all = vocab.outcomes(x.norm)
    prev: _ClauseRead | None = None
    if earlier and re.search(r"\b(?:that|this|the\s+same)\s+(?:measure|outcome|test|score|scale)\b|\bon\s+it\b", x.norm):
        # "the two groups were about the same on that measure": the outcome of the sentence before
        prev = _ClauseRead(0, 0, outcomes=list(earlier))
    elif earlier and len(set(earlier)) == 1 and not outs_all and ANAPHOR.search(x.norm):
        # "That advantage was gone by six months": the one outcome of the sentence before
        prev = _ClauseRead(0, 0, outcomes=list(earlier))
    reads: list[_ClauseRead] = []
    for ca, cb in x.clauses:
        for ea, eb in x.excluded:  # "Despite claims of X, <the claim>": keep the part after the excluded prefix
            if ea <= ca < eb < cb:
                ca = eb
        if not x.allowed(ca):
            prev = None
            continue
        for k, (a, b) in enumerate(_segments(x, vocab, ca, cb, outs_all)):
            r = _read_clause(x, vocab, a, b, arms_all, outs_all)
            if k and prev is not None and not r.arms:  # later parts of a list share its subject
                if r.direction == "unknown-arm" and prev.arms:
                    r.direction = prev.arms[0].id
                r.arms, r.direction, r.within = prev.arms, r.direction or prev.direction, prev.within if r.direction is None else False
                r.hedged, r.certainty, r.magnitude = prev.hedged, prev.certainty, prev.magnitude
                r.timepoints = r.timepoints or prev.timepoints
                r.lasting = r.lasting or prev.lasting
                r.not_improved = r.not_improved or prev.not_improved
                reads.append(r)
                prev = r
                continue
            # a clause that only adds a comparison ("but not as much") completes the one before it
            concessive = re.match(r"\W*(?:but|though|although|yet|while)\b", x.norm[r.start:r.end])
            only_after_than = bool(r.arms) and all(re.search(r"\bthan\s+(?:\w+\s+){0,2}$", x.norm[r.start:m.start]) for m in r.arms)
            if prev is not None and not r.outcomes and not r.timepoints and (not r.arms or (concessive and only_after_than)) and r.direction and reads and reads[-1] is prev:
                merged = _ClauseRead(**{**prev.__dict__, "end": r.end, "within": False, "negated": r.negated or prev.negated})
                merged.direction = r.direction
                merged.arms = prev.arms or r.arms
                if r.direction == "unknown-arm" and prev.arms:
                    worse = L.WORSE.search(x.norm, r.start, r.end)
                    merged.direction = _other_arm(vocab, prev.arms[0].id) if worse else prev.arms[0].id
                reads[-1] = merged
                prev = merged
                continue
            pronoun = re.match(r"\W*(?:(?:and|but|so|where|when|what)\s+)?(?:(?:at|by|after)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?,?\s+)?(?:they|them|it|this\s+group|that\s+group|these\s+(?:patients|participants|people)|those\s+(?:patients|participants|people))\b", x.norm[r.start:r.end])
            subject_arms = prev.arms if prev is not None and prev.arms else (earlier_arms if pronoun else [])
            if pronoun and not r.arms and subject_arms:
                if r.direction == "unknown-arm":
                    r.direction = subject_arms[0].id
                elif r.direction is None and r.outcomes and not L.BASELINE.search(x.norm, r.start, r.end) and not L.BOTH.search(x.norm, r.start, r.end):
                    # "They walked faster, too": a comparative with an arm for its subject
                    better, worse = _comparison_cues(vocab, x.norm[r.start:r.end], [m for m in outs_all if r.start <= m.start < r.end], r.start)
                    cue = better or worse
                    if cue is not None:
                        arm = subject_arms[0].id
                        r.direction = arm if (better and (not worse or better.start() < worse.start())) else _other_arm(vocab, arm)
                        if _negated_before(x.norm, r.start + cue.start(), r.start):
                            r.direction, r.negated = f"not:{r.direction}", True
                elif r.direction is None and r.within is False and L.CHANGE.search(x.norm, r.start, r.end):
                    r.within = True
                r.arms = subject_arms
            if r.direction in ("unknown-arm",) and not r.arms and prev is not None and prev.arms and (r.outcomes or r.negated or re.match(r"\W*nor\b", x.norm[r.start:r.end])):
                subject = prev.arms[0].id
                negate = bool(re.match(r"\W*(?:nor|neither)\b", x.norm[r.start:r.end])) or r.negated
                r.direction = f"not:{subject}" if negate else subject
                r.arms = prev.arms
            if re.match(r"\W*but\s+not\b", x.norm[r.start:r.end]) and r.direction is None and prev is not None and prev.direction == "differ":
                r.direction = "none"
                r.timepoints = r.timepoints or prev.timepoints
            if re.match(r"\W*nor\b", x.norm[r.start:r.end]) and r.direction is None and prev is not None and prev.direction:
                r.direction, r.arms = prev.direction, prev.arms
                if not r.timepoints:
                    r.timepoints = prev.timepoints
            if r.direction is None and prev is not None and prev.direction and re.match(
                r"\W*(?:and\s+)?(?:that|this|it|which)\s+(?:\w+\s+)?(?:held|persisted|lasted|remained|stuck|continued)\b", x.norm[r.start:r.end]
            ):  # "…did better on the six-minute walk, and that held at six months": the same comparison, later
                r.direction, r.arms = prev.direction, r.arms or prev.arms
            generic = re.search(r"\b(?:the|these|those|its|their)\s+(?:benefits?|improvements?|gains?|effects?|results?)\b", x.norm[r.start:r.end])
            if not r.outcomes and prev is not None and prev.outcomes and (r.direction or r.timepoints or r.lasting or (r.within and IMPROVED.search(x.norm, r.start, r.end))) and not r.silent and not generic:
                r.outcomes = list(prev.outcomes)
                r.pain = prev.pain and r.pain
                if not r.arms:
                    r.arms = prev.arms
            reads.append(r)
            prev = r
    for r in reads:
        yield from _result_claims(x, vocab, r)


# "more improvement in how well they slept": a comparison on something the vocabulary does not name
OTHER_MEASURE = re.compile(
    r"\b(?:improv\w*|gains?|better|more|greater|bigger|larger|less|fewer|reduc\w*|advantage|edge|benefit\w*|progress|difference|faster|slower)\s+"
    r"(?:\w+\s+){0,2}?(?:in|on|with|for)\s+(?!(?:(?:the|their|both|each|many|a|an|this|that|some|certain|specific|particular|selected)\s+){0,2}(?:hip|spine|spinal|back|trial|study|groups?|subgroups?|arms?|both|each|all|those|"
    r"these|them|patients|participants|people|everyone|everybody|anyone|anybody|seniors|older|adults|years?|months?|weeks?|life|good|ever|favou?r|"
    r"terms|total|general|particular|practice|short|long|fact|addition|turn|\d)\b)(?P<what>[a-z][\w-]*(?:\s+[\w-]+){0,3})"
)
IMPROVED = re.compile(r"\b(?:improv\w*|gain\w*|benefit\w*|progress\w*|better|sped\s+up|faster|stronger|recover\w*)\b")


def _result_claims(x: _Sent, vocab: Vocabulary, r: _ClauseRead) -> Iterator[Claim]:
    mechanism = any(f.check.topic in ("mechanism", "pain scores") for f in r.silent)  # type: ignore[union-attr]
    if mechanism or (r.silent and not r.outcomes):
        return  # the clause is about something the record is silent on; _silent reports it
    if r.aim:
        return
    broad = L.POPULATION_BROAD.search(x.norm, r.start, r.end)
    generalised = bool(broad) and not re.search(r"\bhips?\b", x.norm[broad.end() : broad.end() + 40] + x.norm[max(0, broad.start() - 5) : broad.start()]) and bool(
        L.PRESENT_CLAIM.search(x.norm, r.start, r.end)
    ) and not _population_restricted(x, vocab)
    unnamed = None if r.outcomes else OTHER_MEASURE.search(x.norm, r.start, r.end)
    slots = dict(
        generalised=generalised, other_measure=unnamed.group("what") if unnamed else None,
        outcomes=r.outcomes, direction=r.direction, within=r.within, not_improved=r.not_improved,
        timepoints=r.timepoints, lasting=r.lasting, universal=r.universal, pain=r.pain,
        certainty=r.certainty, magnitude=r.magnitude, hedged=r.hedged, negated=r.negated,
        arms=[m.id for m in r.arms], both=bool(L.BOTH.search(x.norm, r.start, r.end)),
        modest=bool(L.MODEST_EFFECT.search(x.norm, r.start, r.end)),
    )
    shares = list(_shares(x, vocab, r))
    if shares:
        yield from shares
        return
    vague_change = r.within and not r.outcomes and not r.not_improved and not IMPROVED.search(x.norm, r.start, r.end)  # "less demanding" is no result
    if not r.outcomes and not r.benefit and not r.certainty and not r.magnitude and not r.universal and not (r.within and not vague_change and (r.arms or L.BOTH.search(x.norm, r.start, r.end))) and not (
        r.direction not in (None, "unknown-arm", "none") and r.arms
    ):
        if slots["modest"]:
            yield x.claim("result", *_result_span(x, r), **slots)
        return
    if not r.outcomes and r.direction is None and not r.within and not (r.certainty or r.magnitude) and not r.lasting and not slots["modest"]:
        return
    if r.outcomes or r.direction or r.within or r.lasting or r.universal or r.certainty or r.magnitude or slots["modest"]:
        if not (r.outcomes or r.arms or r.universal or L.BOTH.search(x.norm, r.start, r.end) or re.search(r"\b(?:therapy|treatment|exercise|approach|program|programme|intervention|trial|study|findings|results|benefits?|gains?|improvements?|effects?|advantage|difference)\b", x.norm[r.start:r.end])):
            return
        if not r.outcomes and r.direction is None and not r.within and not r.lasting and not r.universal and not (r.certainty or r.magnitude) and not slots["modest"]:
            return
        span_start, span_end = _result_span(x, r)
        yield x.claim("result", span_start, span_end, **slots)


def _population_restricted(x: _Sent, vocab: Vocabulary) -> bool:
    fact = vocab.fact_of_kind("population")
    if fact is None:
        return True
    return any(_cached_phrases(g).search(x.norm) for g in fact.check.required)  # type: ignore[union-attr]


def _result_span(x: _Sent, r: _ClauseRead) -> tuple[int, int]:
    """The clause, without a leading 'the researchers found that' and similar framing."""
    a, b = r.start, r.end
    lead = re.match(
        r"\s*(?:(?:and|but|while|whereas|however|though|although|yet|also|in\s+addition|furthermore|moreover)[,\s]+)?"
        r"(?:(?:the|this|these|our|a|an)\s+(?:\w+\s+){0,3}?(?:findings?|results?|data|study|trial|researchers?|team|authors|paper|analys[ie]s)\s+"
        r"(?:\w+\s+){0,2}?(?:showed|show|shows|found|find|finds|revealed|reveals|indicated|indicates|reported|reports|suggests?|suggested|demonstrated?|has\s+found|have\s+found)\s+(?:that\s+)?)?",
        x.norm[a:b],
    )
    if lead and lead.end() < (b - a) and not (r.certainty and any(c.startswith("demonstrat") for c in r.certainty)):
        a += lead.end()
    attribution = re.search(r",\s+(?:according\s+to|as\s+reported\s+(?:in|by)|researchers\s+(?:said|say|reported)|the\s+(?:study|trial|team)\s+(?:found|reported|said))\b", x.norm[a:b])
    if attribution and attribution.start() > 20:
        b = a + attribution.start()
    return a, b


_ARM_SHARE_GAP = 70
SHARE_PEOPLE = re.compile(rf"\b(?:of|in|among)\s+(?:the\s+|all\s+|those\s+)?(?:{_PEOPLE}|group|arm|those|them|responders)\b|\b(?:{_PEOPLE})\s+(?:in|from)\b")


def _shares(x: _Sent, vocab: Vocabulary, r: _ClauseRead) -> Iterator[Claim]:
    norm = x.norm
    found = []
    sizes = []  # "improved by 20%": a size of change, which the record does not give
    for m in L.SHARE.finditer(norm, r.start, r.end):
        after = norm[m.end() : m.end() + 30]
        before = norm[max(r.start, m.start() - 12) : m.start()]
        if L.DEFINITION_PCT.match(after) or re.search(r"(?:\(|\bby|\bof\s+at\s+least|\bat\s+least)\s*$", before) and L.DEFINITION_PCT.match(after):
            continue
        if re.search(r"(?:≥|>=?)\s*$", before):
            continue  # "≥50% QBPDS reduction": the responder threshold, not a share of people
        if re.search(r"\bby\s*$", before) or re.match(r"\s*(?:reduction|improvement|drop|decrease|increase|gain|cut|fall|rise)\b", after) and m.group("pct"):
            sizes.append(m)
            continue
        if m.group("frac") and not re.match(r"\s*(?:of|in|among|for|the\s+(?:people|participants|patients|volunteers|group))\b", after):
            continue
        near = norm[max(r.start, m.start() - 45) : min(r.end, m.end() + 45)]
        listed = len(L.SHARE.findall(norm, r.start, r.end)) >= 2 and (L.RESPONDER_CUE.search(norm, r.start, r.end) or re.search(r"\b(?:gains?|halv\w*|improvement)\b", norm[r.start:r.end]))
        if not (any(m.start() - 45 <= a.start <= m.end() + 45 for a in r.arms) or SHARE_PEOPLE.search(near) or listed):
            continue
        found.append(m)
    if sizes and not found and r.outcomes:
        yield x.claim("effect-size", r.start, r.end, outcome=r.outcomes[0], phrase=sizes[0].group(0).strip())
        return
    ratio = L.RATIO.search(norm, r.start, r.end)
    more = re.search(r"\b(?P<cmp>more|fewer|a\s+(?:larger|bigger|higher|greater|smaller|lower)\s+(?:share|proportion|percentage|number))\s+(?:of\s+(?:the\s+)?)?(?P<arm>" + "|".join(
        re.escape(a) for a in ("hip", "spine")) + r")\b", norm[r.start:r.end]) if L.RESPONDER_CUE.search(norm, r.start, r.end) else None
    if more is None and L.RESPONDER_CUE.search(norm, r.start, r.end):  # "the spine group with more big improvers"
        more = re.search(r"\b(?P<arm>hip|spine)\b[^.;]{0,30}?\b(?:with|had|has|having|produced|saw|got)\s+(?P<cmp>more|fewer)\b", norm[r.start:r.end])
    if not found and not ratio and not more:
        return
    if ratio is not None and not r.outcomes and re.search(r"\blikely\b", norm[r.start:r.end]) and vocab.responder_fact(vocab.primary_outcome):
        outcome: str | None = vocab.primary_outcome  # "twice as likely to get better": the primary responder analysis
    elif not any(vocab.responder_fact(o) for o in r.outcomes):
        outcome = "disability" if L.RESPONDER_CUE.search(norm, r.start, r.end) and vocab.responder_fact("disability") else None
        if re.search(r"\bhalv", norm[r.start:r.end]) and vocab.responder_fact(vocab.primary_outcome):
            outcome = vocab.primary_outcome
    else:
        outcome = next((o for o in r.outcomes if vocab.responder_fact(o)), None)
    if outcome is None:
        if found and r.outcomes:
            # a percentage change on an outcome: the record gives directions, not percentages
            m = found[0]
            yield x.claim("effect-size", r.start, r.end, outcome=r.outcomes[0], phrase=m.group(0).strip())
        return
    items = []
    reach: list[tuple[int, int]] = []  # how far each share's words go: its arm may sit before or after it
    for i, m in enumerate(found):
        lo = found[i - 1].end() if i else r.start
        hi = found[i + 1].start() if i + 1 < len(found) else r.end
        fwd = [a for a in r.arms if m.end() <= a.start < min(hi, m.end() + _ARM_SHARE_GAP)]
        back = [a for a in r.arms if lo <= a.start < m.start() and m.start() - a.end < _ARM_SHARE_GAP]
        arm = fwd[0].id if fwd else (back[-1].id if back else None)
        if arm is None:
            bare = re.match(r"\s*(?:in\s+the\s+)?([a-z]+)", norm[m.end() : m.end() + 20])
            arm = next((a.id for a in vocab.trial.arms if bare and bare.group(1) == a.label.split("-")[0].split()[0]), None)
            before = re.search(r"\b([a-z]{3,})\s*[:=]?\s*$", norm[max(lo, m.start() - 12) : m.start()])
            if arm is None and before and len(named := _bare_arm(vocab, before.group(1))) == 1:
                arm = named[0]  # "hip 46%, spine 33%"
        items.append((_share_value(m), (m.group("q") or "").strip() or None, arm, m.group(0).strip()))
        reach.append((back[-1].start if back and not fwd else m.start(), fwd[0].end if fwd else m.end()))
    named = {a.id for a in r.arms}
    if len(items) == 2 and len(named) == 1 and items[0][2] in named and items[1][2] in (None, items[0][2]) and re.search(
        r"\b(?:against|versus|vs|compared)\b", norm[found[0].end() : found[1].start()]
    ):  # "the spine group, 60% against 53%": the second share is the other arm's
        items[1] = (*items[1][:2], _other_arm(vocab, items[0][2]), items[1][3])
    if len(items) == 2 and items[0][2] == items[1][2] and len(r.arms) >= 2:
        ids = [a.id for a in r.arms]
        if re.search(r"\brespectively\b", norm[r.start:r.end]) or len(set(ids)) == 2:
            order = list(dict.fromkeys(ids))
            items = [(v, q, order[k], t) for k, (v, q, _, t) in enumerate(items)]
    ratio_value = None
    if ratio is not None:
        word = ratio.group(0)
        ratio_value = 3.0 if re.search(r"three|tripl|3", word) else 2.0
    more_arm = None
    if more is not None:
        arm_here = next((a.id for a in r.arms if a.start >= r.start + more.start("arm")), None)
        if arm_here is not None:
            more_arm = arm_here if not more.group("cmp").startswith(("fewer", "a smaller", "a lower")) else _other_arm(vocab, arm_here)
    if not items and ratio_value is None and more_arm is None:
        return
    start = found[0].start() if found else (ratio.start() if ratio else r.start)
    span = _result_span(x, r)
    a0 = min(start, span[0]) if start >= r.start else span[0]
    ratio_arm = r.arms[0].id if r.arms else None
    parts = _share_parts(norm, reach, ratio, a0, span[1]) if len(items) + (ratio is not None) >= 2 else None
    if parts is None:
        yield x.claim("responder", a0, span[1], outcome=outcome, shares=items, ratio=ratio_value, ratio_arm=ratio_arm, more_arm=more_arm)
        return
    # one finding per share and one for the ratio: "64% of the hip group … vs 33% of the spine group" is half right
    share_parts, ratio_part = parts
    for k, ((pa, pb), item) in enumerate(zip(share_parts, items)):
        pa += re.match(r"[\s,;:]*(?:(?:and|but|while|whereas)\b\s*)?", norm[pa:pb]).end()
        yield x.claim("responder", pa, pb, outcome=outcome, shares=[item], ratio=None, ratio_arm=ratio_arm,
                      more_arm=more_arm if k == 0 else None)
    if ratio_part is not None:
        yield x.claim("responder", *ratio_part, outcome=outcome, shares=[], ratio=ratio_value, ratio_arm=ratio_arm, more_arm=None)


_SHARE_JOIN = re.compile(r"[\s,;:]*(?:\b(?:compared\s+(?:with|to)|versus|vs\.?|against|and|while|whereas|but|with)\b[\s,]*)?(?:\b(?:only|just)\s+)?$")


def _last_break(gap: str) -> int:
    """Where the last comma, semicolon, colon, bracket or dash in `gap` is; -1 when there is none."""
    return max(gap.rfind(","), gap.rfind(";"), gap.rfind(":"), gap.rfind("("), gap.rfind(" -"), gap.rfind(" —"))


def _share_parts(norm: str, reach: list[tuple[int, int]], ratio: re.Match[str] | None, a: int, b: int
                 ) -> tuple[list[tuple[int, int]], tuple[int, int] | None] | None:
    """Split a responder clause into one span per share and, when it stands apart, one for the ratio."""
    cuts = []
    for (_, hi), (lo, _) in zip(reach, reach[1:]):
        if lo < hi:
            return None
        cuts.append(hi + _SHARE_JOIN.search(norm, hi, lo).start() - hi if lo > hi else lo)
    ratio_part = None
    if ratio is not None and reach and ratio.start() >= reach[-1][1]:
        cut = _last_break(norm[reach[-1][1] : ratio.start()])
        if cut >= 0:
            ratio_part = (reach[-1][1] + cut, b)
            b = reach[-1][1] + cut
    elif ratio is not None and reach and ratio.end() <= reach[0][0]:
        cut = _last_break(norm[ratio.end() : reach[0][0]])
        if cut >= 0:
            ratio_part = (a, ratio.end() + cut)
            a = ratio.end() + cut
    if ratio is not None and ratio_part is None:
        return None  # a ratio woven into the shares is judged with them
    bounds = [a, *cuts, b]
    return list(zip(bounds, bounds[1:])), ratio_part


def _share_value(m: re.Match[str]) -> float:
    if m.group("pct"):
        return float(m.group("pct"))
    if m.group("n"):
        return 100.0 * float(m.group("n")) / max(float(m.group("d")), 1.0)
    frac = re.sub(r"\s+|-", " ", m.group("frac"))
    return {"half": 50.0, "a third": 33.3, "one third": 33.3, "1 third": 33.3, "a quarter": 25.0, "1 quarter": 25.0,
            "two thirds": 66.7, "2 thirds": 66.7, "three quarters": 75.0, "3 quarters": 75.0}.get(frac, 0.0)


_CLAIM_CUE = re.compile(
    r"\b(?:improv\w*|reduc\w*|increas\w*|decreas\w*|fell|fall|falls|fallen|shaved|declin\w*|went\s+down|came\s+down|drop\w*|rose|lower|higher|less|more|fewer|better|worse|gain\w*|cut|"
    r"halv\w*|doubl\w*|boost\w*|eas\w*|relie\w*|saved?|cost\w*|cheaper|covered|satisf\w*|enjoy\w*|liked|"
    r"received|included|includ\w*|got|featured|did|does|practi[sc]ed|used|had|needed|took|stop\w*|loved|rated|recommend\w*|slept|affordable|involved|incorporat\w*|consisted|taught|used|offered|attended|completed|"
    r"dropped\s+out|no\s+(?:serious\s+)?\w+|none|nobody|no\s+one|side\s+effects|linked|correlat\w*|explain\w*|because|due\s+to|thanks\s+to|led\s+to|caused|"
    r"similar|the\s+same|favou?r\w*|faster|slower|quicker|felt|vs|versus|made)\b|%|[−-]\d|↓|↑"
)


_NO_CUE_TOPICS = {"mechanism", "demographics", "satisfaction", "subgroups", "cost", "adverse events", "treatment components"}


UNTESTED = re.compile(
    r"(?:\b(?:did|does|do|was|were)\s*(?:not|n't)|\bdidn't|\bnever|\bnobody|\bno\s+one|\bnor\s+did\s+(?:it|the\s+\w+))\s+(?:\w+\s+){0,2}?"
    r"(?:test\w*|report\w*|measur\w*|examin\w*|analy[sz]\w*|look\w*\s+at|assess\w*|investigat\w*)\b|\bno\s+(?:\w+\s+){0,2}?(?:analysis|analyses)\b"
)


def _silent(x: _Sent, vocab: Vocabulary) -> Iterator[Claim]:
    outcome_starts: list[int] | None = None  # found once, and only when a silent topic is named
    for a, b in x.clauses:
        if not x.allowed(a):
            continue
        clause = x.norm[a:b]
        hits = []
        for fact, pattern in vocab.silent:
            m = pattern.search(x.norm, a, b)
            if m is None:
                continue
            topic = fact.check.topic  # type: ignore[union-attr]
            if topic not in _NO_CUE_TOPICS and not _CLAIM_CUE.search(clause):
                continue
            if topic != "mechanism" and L.AIM_STRICT.search(clause):
                continue
            hits.append((m.start(), m, fact))
        hits.sort(key=lambda h: h[0])
        mechanism = [h for h in hits if h[2].check.topic == "mechanism"]  # type: ignore[union-attr]
        if mechanism:  # "stronger hips were linked to less pain" is one claim, about a mechanism
            span = _result_span(x, _span_only(a, b))
            untested = bool(UNTESTED.search(x.norm, a, mechanism[0][1].end()))  # "it never tested whether stronger hips explain it"
            yield x.claim("silent", span[0], span[1], fact_id=mechanism[0][2].id, phrase=mechanism[0][1].group(0), untested=untested)
            continue
        if hits and outcome_starts is None:
            outcome_starts = [o.start for o in vocab.outcomes(x.norm)]
        outcome_at = [o for o in outcome_starts or [] if a <= o]
        for i, (pos, m, fact) in enumerate(hits):
            start = _word_start(x.norm, pos, hits[i - 1][1].end() if i else a)
            if i == 0 and not any(o < pos for o in outcome_at):
                start = a  # the whole clause, unless a result on a named outcome comes first ("walked faster and felt stronger")
            end = hits[i + 1][0] if i + 1 < len(hits) else b
            span = _result_span(x, _span_only(start, end))
            yield x.claim("silent", span[0], span[1], fact_id=fact.id, phrase=m.group(0))


def _word_back(norm: str, pos: int, floor: int) -> int:
    """Back from `pos` to the start of the word it falls in, no further than `floor`."""
    while pos > floor and norm[pos - 1].isalnum():
        pos -= 1
    return pos


def _word_start(norm: str, pos: int, floor: int) -> int:
    """Back from a trigger to the start of its phrase: after the last comma or 'and' before it."""
    seg = norm[floor:pos]
    cut = max(seg.rfind(","), seg.rfind(" and "), seg.rfind(" with "))
    return floor + cut + 1 if cut >= 0 else pos


def _span_only(a: int, b: int) -> _ClauseRead:
    return _ClauseRead(a, b)


def _hype(x: _Sent) -> Iterator[Claim]:
    for m in L.HYPE.finditer(x.norm):
        if not x.allowed(m.start()) or _negated_before(x.norm, m.start(), 0) or L.DENIED_FRAME.search(x.norm, x.clause_of(m.start())[0], m.start()):
            continue
        if re.search(r"\b(?:called|calling|dubbed|hailed|billed|touted|described)\s+(?:it\s+|this\s+|the\s+\w+\s+)?(?:as\s+)?(?:an?\s+)?$", x.norm[max(0, m.start() - 30) : m.start()]) and re.search(r"\b(?:but|however|not|isn't|wasn't)\b", x.norm[m.end():]):
            continue
        start = m.start()
        det = re.search(r"(?:\b(?:this|the|a|an|its)\s+)$", x.norm[max(0, start - 6) : start])
        if det:
            start -= len(det.group(0))
        noun = re.match(r"[\s-]*(?:[\w-]+\s+){0,2}?(?:research|study|trial|findings?|results?|treatment|therapy|approach|discovery|moment|news|evidence|paper|programme|program|method|exercises?)\b", x.norm[m.end():])
        end = m.end() + (noun.end() if noun else 0)
        yield x.claim("hype", start, end, phrase=m.group(0))


CITATION = re.compile(
    r"^(?:references?:\s*)?(?:\[?\d{1,3}[\].)]?\s+)?[A-Z][\w'’-]+,?\s+(?:[A-Z]{1,3}[,.]|[A-Z]\.\s?[A-Z]?\.?,|et\s+al)"
    r"|\bet\s+al\b.*\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\s*;\s*\d+\s*[(:]|\bdoi:\s*10\."
)
_TIGHT = {"primary-outcomes", "age", "count", "sites-count", "sites", "duration", "frequency", "session-length", "sessions",
          "category", "identifier", "funder", "journal", "date", "acronym", "population", "components"}
_WIDE = {"result", "responder", "silent", "generalised", "effect-size"}


def _prune(claims: list[Claim]) -> list[Claim]:
    """Drop claims another claim already accounts for: the words of an acronym's expansion,
    'randomised' in '184 were randomised' (one enrolment claim, not a design claim too), and an
    agreeing comparator inside an arm-size or randomisation claim."""
    acronyms = [c for c in claims if c.kind == "acronym"]
    counts = [c for c in claims if c.kind == "count"]
    results = [c for c in claims if c.kind == "result"]
    folded: dict[int, dict[str, bool]] = {}
    for c in claims:
        if c.kind in ("generalised", "hype"):
            host = next((r for r in results if r.start <= c.start < r.end or c.start <= r.start < c.end), None)
            if host is not None:
                folded.setdefault(id(host), {})["generalised" if c.kind == "generalised" else "hype"] = True
    out = []
    for c in claims:
        if c.kind in ("generalised", "hype", "population") and any(r.start <= c.start < r.end or c.start <= r.start < c.end for r in results):
            continue
        if id(c) in folded:
            c = Claim(c.kind, c.start, c.end, c.sentence, {**c.slots, **folded[id(c)]})
        if c.kind != "acronym" and any(a.start <= c.start and c.end <= a.end for a in acronyms):
            continue
        if c.kind == "count" and c.slots.get("quantity") == "arm" and (c.slots.get("value") or 0) <= 10 and re.search(
            r"\b\d+\s+(?:in|out\s+of)\s+(?:every\s+)?$", L.normalise(c.sentence.text[: c.start - c.sentence.start])
        ):
            continue  # "one in three in the spine group" is a share, not an arm of three people
        if c.kind == "category" and c.slots["slot"] == "comparator" and c.slots["accepted"] and any(
            k.kind in ("count", "category", "responder") and k.start <= c.start and c.end <= k.end and (k.start, k.end) != (c.start, c.end) for k in claims
        ):
            continue  # "93 to spine-focused physical therapy", "assigned to hip- or spine-focused therapy": named once
        if c.kind == "category" and c.slots["slot"] == "randomisation" and any(
            k.start <= c.start < k.end or re.fullmatch(r"\s*(?:were|was|had\s+been|have\s+been)?\s*", c.sentence.text[k.end - c.sentence.start : c.start - c.sentence.start])
            for k in counts if k.end <= c.start or k.start <= c.start < k.end
        ):
            continue
        out.append(c)
    return out


def _make_room(claims: list[Claim]) -> list[Claim]:
    """Keep a result's span off the exact claims inside it, so each answers for its own words."""
    tight = [c for c in claims if c.kind in _TIGHT]
    out = []
    for c in claims:
        if c.kind in _WIDE:
            start, end = c.start, c.end
            for t in tight:
                if start <= t.start and t.end <= end and (t.end - t.start) < (end - start) * 0.6:
                    if t.start - start > end - t.end:
                        end = t.start
                    else:
                        start = t.end
            rel = c.sentence.start
            start, end = _trim(c.sentence.text, start - rel, end - rel)
            tail = re.search(r"(?:[\s,]+(?:according\s+to|published\s+in|in|of|the|a|an|and|by|at|to|with|from|that|which|on|as|for))+\s*$", c.sentence.text[start:end], re.I)
            if tail and tail.start() > 8:
                end = start + tail.start()
            if end - start >= 8:
                c = Claim(c.kind, rel + start, rel + end, c.sentence, c.slots)
        out.append(c)
    return out


def _arm_result(norm: str, vocab: Vocabulary, arms: list[Mention]) -> bool:
    """An arm named with an outcome or strong language ('hip therapy fixes back pain'), or an outcome
    named with a result ('the disability benefit appears durable'), is about the trial."""
    if vocab.outcomes(norm) and re.search(r"\b(?:benefits?|advantages?|difference|improvements?|gains?|effects?|edge)\b", norm):
        return True
    return bool(arms) and bool(vocab.outcomes(norm) or L.PAIN_OUTCOME.search(norm) or L.HYPE.search(norm) or L.CERTAINTY.search(norm)
                               or L.MAGNITUDE.search(norm) or L.GENERALISED.search(norm) or L.LASTING.search(norm))


def _refuted_part(norm: str, clauses: list[tuple[int, int]], reported: re.Match[str]) -> list[tuple[int, int]] | None:
    """The clauses that report a claim in order to refute it; None when nothing else is left."""
    despite = re.match(r"\s*despite\s+[^,]{0,80},", norm)
    if despite:
        return [(0, despite.end())]
    later = [(a, b) for a, b in clauses if a > reported.start() and (
        L.CORRECTION.search(norm, a, min(b, a + 40))
        or (norm[:a].rstrip().endswith(";") and re.match(r"\W*(?:they|it|there)\s+(?:were|was|had|received|got)\b", norm[a:b])))]  # "…, as the post put it; they were …"
    if not later:
        return None
    return [(0, later[0][0])]


def _names_trial(norm: str, vocab: Vocabulary) -> bool:
    """Trial-specific words: its acronym or registry id, its arms, 'this trial', or hips with back pain."""
    return bool(vocab.anchor_rx.search(norm) or L.THIS_TRIAL.search(norm) or vocab.arms(norm)
                or (re.search(r"\bhips?\b", norm) and re.search(r"\bback\b", norm)))


def _describes_design(norm: str) -> bool:
    """Two or more design quantities (frequency, session length, weeks) describe a trial's schedule."""
    kinds = sum(bool(p.search(norm)) for p in (FREQUENCY, SESSION_LENGTH, SESSION_COUNT))
    return kinds + bool(re.search(r"\b\d+[\s-]*weeks?\b", norm)) >= 2


def _anchored(x: _Sent, vocab: Vocabulary, arms: list[Mention]) -> bool:
    return bool(L.GENERIC_ANCHOR.search(x.norm) or vocab.anchor_rx.search(x.norm) or L.THIS_TRIAL.search(x.norm)
                or len({m.id for m in arms}) >= 2)


def extract_claims(sentences: list[Sentence], vocab: Vocabulary) -> list[Claim]:
    """Every claim the sentences make about the trial, in text order.

    Sentences that never point at the trial (no trial words, not continuing a sentence that
    does) still yield claims, marked `weak`: the judge keeps only those that agree exactly with
    a distinctive trial value, so a background sentence can never be flagged.
    """
    claims: list[Claim] = []
    prev_block, prev_anchored, prev_other = -1, False, False
    last_outcomes: list[str] = []
    prev_named: list[str] = []
    last_direction: tuple[str, list[str]] | None = None
    asked_dir: str | None = None  # the arm a reader's question asks about ("Did the hip group do better?")
    asked_at = -9
    last_arms: list[Mention] = []
    prev_practice = False
    blocks: dict[int, str] = {}
    for s in sentences:
        blocks[s.block] = blocks.get(s.block, "") + " " + s.text
    journal = vocab.entity_fact("journal")
    journal_rx = phrases_for(journal.check.members) if journal is not None else None  # type: ignore[union-attr]
    citations = {
        b for b, text in blocks.items()
        if CITATION.search(text.strip()) and not vocab.anchor_rx.search(L.normalise(text))
        and not (journal_rx and journal_rx.search(L.normalise(text))) and not re.search(r"\bphys\s+ther\b.*\b2022\b", text, re.I)
    }
    questions = {b for b, text in blocks.items() if re.match(r"\s*(?:q|question)\s*[:.]", text, re.I)}  # a reader's question
    heading_anchor = False
    other_topic = False  # inside a passage about some other study, until the trial is named again
    after_question = False  # the answer options of a quiz question are not claims: most are wrong on purpose
    denial_section = background_section = False
    for i, s in enumerate(sentences):
        option = bool(QUIZ_OPTION.match(s.text))
        if option and after_question:
            continue
        after_question = s.text.rstrip().endswith("?")
        if s.heading:
            hn = L.normalise(s.text)
            denial_section = bool(DENIAL_HEADING.search(hn))  # "What it didn't show": "That hip therapy …" lines deny
            background_section = bool(BACKGROUND_HEADING.match(hn))  # not "Introduction": spam puts its claims there
            heading_anchor = bool(vocab.anchor_rx.search(hn) or L.THIS_TRIAL.search(hn) or re.search(r"\b(?:trial|study|findings|results)\b", hn))
            if _names_trial(hn, vocab):
                other_topic = False
            if not other_topic:
                claims.extend(_heading_claims(s, vocab))
            continue
        if s.block in citations or s.block in questions:  # a reference entry or a reader's question
            continue
        denied: list[tuple[int, int]] = []
        if denial_section and re.match(r"\W*that\b", s.text, re.I):
            cut = re.search(r"[:;—]", s.text)  # "That the advantage lasts: it had gone by six months"
            if cut is None:
                continue
            denied = [(0, cut.end())]
        norm, numbers = L.normalise_spans(s.text)
        clauses = _clauses(norm)
        same_block = s.block == prev_block
        starts_linked = bool(L.CONTINUATION.search(re.sub(r"^\W+", "", norm)))  # after quotes, bullets and emoji ("✅ They also…")
        prev_block = s.block
        named = _names_trial(norm, vocab)
        new = L.NEW_STUDY.search(norm)
        if new and not (L.THIS_TRIAL.search(norm) or vocab.anchor_rx.search(norm) or vocab.arms(norm)) and not _this_trial_year(norm[new.start() : new.end() + 30], vocab) and (
            not named or L.OTHER_DESIGN.search(new.group(0))
        ):
            other_topic = True  # "A trial in Hong Kong assigned 200 people…"; "A cross-sectional study of hips and backs…"
        elif named:
            other_topic = False
        if other_topic or (L.THIRD_PERSON.search(norm) and not named):
            prev_anchored = prev_other = False
            continue  # another study, or one person's own story ("He has had two rounds of physio…")
        reported = L.REPORTED.search(norm)
        practice = L.PRACTICE.search(norm) or L.PRACTICE_I.search(s.text)
        if (reported or practice) and L.HEARSAY.match(norm) and not L.CORRECTION.search(norm) and not _corrected_next(sentences, i):
            reported = practice = None  # "From what I read it was like 300 people": passed on as true, so judged
        practice_from = None
        if practice is not None:
            cut = max(norm.rfind(",", 0, practice.start()), norm.rfind("(", 0, practice.start()), norm.rfind(";", 0, practice.start()))
            practice_from = cut if cut > 0 and len(norm[:cut].split()) >= 4 else 0
            if not practice_from and len(norm[: practice.start()].split()) >= 5 and re.search(r"\b(?:trial|study|research|paper|findings|results)\b", norm[: practice.start()]):
                practice_from = practice.start()  # "A trial published in 2024 has got our therapists talking"
        if norm.rstrip().endswith("?") or practice_from == 0:
            if norm.rstrip().endswith("?"):  # "Did the hip people do better?": an answer "On disability, yes" takes its direction
                asked = [a for w in re.findall(r"\b(?:hip|spine|spinal|back)\b", norm) for a in _bare_arm(vocab, w)]
                asked_at = i
                asked_dir = asked[0] if asked and L.BETTER.search(norm) and not L.WORSE.search(norm) else None
                last_arms = vocab.arms(norm)[:1] or last_arms  # "…the hip people? … Where they did better was …"
            prev_anchored, prev_other = False, False
            # what one read or once believed is not one's own practice: the sentences after it are not skipped
            prev_practice = practice_from == 0 and not L.HEARSAY.match(norm) and not L.BELIEF_I.search(s.text)
            continue
        if prev_practice and same_block and not (vocab.anchor_rx.search(norm) or L.THIS_TRIAL.search(norm) or _arm_result(norm, vocab, vocab.arms(norm)) or len({a.id for a in vocab.arms(norm)}) > 1):
            continue  # "I did a programme at my clinic. 12 weeks, three times a week."
        prev_practice = False
        refuted: list[tuple[int, int]] = []
        if reported:
            refuted = _refuted_part(norm, clauses, reported)
            if refuted is None:
                prev_anchored, prev_other = False, False
                continue
        other = _other_study_spans(norm, clauses, vocab)
        if other is None or (prev_other and (starts_linked or _THAT_STUDY.match(norm)) and not (L.THIS_TRIAL.search(norm) or vocab.anchor_rx.search(norm))):
            prev_other, prev_anchored = True, False
            other_topic = other is None and not named
            continue
        own_practice = [(practice_from, len(norm))] if practice_from else []  # "…, which is how we schedule our own"
        x = _Sent(s, norm, clauses, [*(other or []), *refuted, *own_practice, *denied], hedged=False, numbers=numbers)
        arms = vocab.arms(norm)
        strong = bool(vocab.anchor_rx.search(norm) or L.THIS_TRIAL.search(norm))
        carried = prev_anchored and (same_block or starts_linked or s.bullet)
        if s.bullet and norm.rstrip()[-1:] not in ".!;:":
            # an unpunctuated list item: a menu or related link unless tied to the trial
            anchored = strong or (carried and bool(L.TRIAL_WORDS.search(norm))) or heading_anchor
        elif background_section:
            anchored = strong or bool(arms)  # under "Background", only what names the trial is about it
        else:
            anchored = _anchored(x, vocab, arms) or carried or _describes_design(norm) or _arm_result(norm, vocab, arms) or (
                bool(L.PAST.search(norm)) and not L.GENERIC_PRESENT.search(norm)
            )
        prev_other = False
        prev_anchored = anchored
        found: list[Claim] = []
        result_claims = list(_results(x, vocab, arms, (prev_named or last_outcomes) if same_block else None, last_arms if same_block or starts_linked else None))
        if asked_dir is not None and i - asked_at <= 2:
            yes, no = _YES.search(norm), _NO.search(norm)
            if bool(yes) != bool(no):  # only the claim the "yes" or "no" sits in answers the question
                at = s.start + (yes or no).start()  # type: ignore[union-attr]
                answer, arms_of = (asked_dir, [asked_dir]) if yes else ("none", [])
                result_claims = _directed(result_claims, answer, arms_of, lambda c, at=at: c.start <= at <= c.end + 12)
        if same_block and last_direction is not None and re.match(r"\W*(?:and|also|plus)\b", norm):
            # "…the hip group pulled ahead on the six-minute walk. And chair stands at six months."
            result_claims = _directed(result_claims, *last_direction)
        last_direction = next(((c.slots["direction"], c.slots.get("arms", [])) for c in reversed(result_claims)
                               if c.kind == "result" and c.slots.get("direction") in {a.id for a in vocab.trial.arms}), None)
        subjects = [m for m in arms if not re.match(r"\s+(?:or|and|versus|vs)\b", norm[m.end : m.end + 8])][:1]
        last_arms = subjects or ([] if L.BOTH.search(norm) else last_arms)  # "they" after "both groups…" is both
        last_outcomes = [o for c in result_claims for o in c.slots.get("outcomes", [])] or last_outcomes
        named_outcomes = {o.id for o in vocab.outcomes(norm)}
        prev_named = list(named_outcomes) if len(named_outcomes) == 1 else []  # "Walking speed was a main outcome. It improved in both groups"
        silent_claims = list(_silent(x, vocab)) if anchored else [
            c for c in _silent(x, vocab) if c.slots["fact_id"].endswith("mechanism") and re.search(r"\bhips?\b", norm)
        ]
        found += _ages(x)
        counts = list(_counts(x, vocab, arms))
        found += counts
        total = vocab.count_fact("randomised")
        found += _arm_counts(x, vocab, arms, [(c.start - s.start, c.end - s.start) for c in counts], total.check.value if total else None)  # type: ignore[union-attr]
        found += _sites(x, vocab)
        found += _durations(x, [x.clause_of(c.start - s.start) for c in result_claims + silent_claims])
        found += _frequency(x)
        found += _session_length(x)
        found += _session_count(x)
        found += _categories(x, vocab)
        found += _identifiers(x)
        found += _funder(x)
        found += _journal(x, vocab)
        found += _dates(x)
        found += _acronym(x, vocab)
        found += _population(x, vocab)
        found += _components(x, vocab, arms)
        found += _primary(x, vocab)
        found += silent_claims
        if anchored or L.HYPE_OF_IT.search(norm):
            found += _hype(x)
        found += result_claims
        if anchored or re.search(r"\bhips?\b", norm) or L.HYPE_OF_IT.search(norm):
            found += _generalised(x)
        if not anchored:
            keep = ("generalised", "hype") if L.HYPE_OF_IT.search(norm) else ("generalised",)
            found = [c for c in found if c.kind in keep] + [
                Claim(c.kind, c.start, c.end, c.sentence, {**c.slots, "weak": True}) for c in found if c.kind not in keep
            ]
        listed = [x.clause_of(c.start - s.start) for c in found if c.kind == "category" and c.slots["slot"] == "secondary" and c.slots["accepted"]]
        if listed:  # "Secondary outcomes included … pain intensity": what was measured, not a result
            found = [c for c in found if not (c.kind in ("silent", "result") and x.clause_of(c.start - s.start) in listed
                                              and not c.slots.get("direction") and not c.slots.get("within")
                                              and not L.CHANGE.search(norm, c.start - s.start, c.end - s.start))]
        claims.extend(_dedupe(_make_room(_prune(found))))
    return claims


def _directed(claims: list[Claim], direction: str, arms: list[str], where: Callable[[Claim], bool] = lambda c: True) -> list[Claim]:
    """Give a comparison, worked out from the text around them, to result claims that name an
    outcome but no comparison of their own ("And chair stands at six months.")."""
    return [
        Claim(c.kind, c.start, c.end, c.sentence, {**c.slots, "direction": direction, "arms": arms})
        if c.kind == "result" and c.slots.get("outcomes") and not c.slots.get("direction") and not c.slots.get("within") and where(c) else c
        for c in claims
    ]


_YES = re.compile(r"\b(?:yes|yep|yeah|indeed)\b")
_NO = re.compile(r"(?:^|,\s*)(?:no|nope|not\s+really)\W*$|^\W*(?:[\w@:.]+\s+){0,3}?(?:no|nope|not\s+(?:in\s+terms\s+of|on|for))\b")
_NOTE_MAX = 200
_THAT_STUDY = re.compile(r"\W*(?:that|this|the\s+(?:other|earlier|latter|second|separate))\s+(?:study|trial|paper|work|research|analysis)\b")  # back to the study just named
DENIAL_HEADING = re.compile(r"\b(?:did|does|do)\s*(?:not|n't)\s+(?:show|find|prove|tell)\b|\bdidn't\s+(?:show|find|prove)\b|\bmyths?\b|\bfalse\s+claims?\b")
BACKGROUND_HEADING = re.compile(r"\W*background\W*$")
QUIZ_OPTION = re.compile(r"\s*\(?[a-eA-E][.)]\s+\S")


_CORRECTS = re.compile(
    r"\W*(?:actually|in\s+fact|but|however|not\s+(?:true|so|quite|really)|nope|no\b|wrong|false|incorrect|turns\s+out|"
    r"(?:that|this)(?:'s|\s+is|\s+was|\s+isn't|\s+wasn't)\s+(?:not|wrong|false|incorrect|a\s+myth|misleading)|"
    r"(?:it|they|he|she)\s+(?:did|was|were|is|does|do)\s*(?:not|n't)|(?:it|they)\s+didn't)",
    re.I,
)


def _corrected_next(sentences: list[Sentence], i: int) -> bool:
    """Is the hearsay in sentence i answered by the sentence after it ('Actually, …', 'That's wrong')?"""
    nxt = sentences[i + 1] if i + 1 < len(sentences) else None
    return nxt is not None and nxt.block - sentences[i].block <= 1 and bool(_CORRECTS.match(nxt.text))


def _heading_claims(s: Sentence, vocab: Vocabulary) -> list[Claim]:
    """A heading or a terse note line ('n=184 randomised', 'Age 60–85 y'): its claims are all weak,
    so only exact agreement with a distinctive trial value is reported and nothing is flagged."""
    if len(s.text) > _NOTE_MAX:
        return []  # a heading or note is short; a long unpunctuated run is neither
    norm, numbers = L.normalise_spans(s.text)
    if L.NEW_STUDY.search(norm) or L.OTHER_STUDY.search(norm) or L.PRACTICE.search(norm):
        return []
    x = _Sent(s, norm, _clauses(norm), [], hedged=False, numbers=numbers)
    arms = vocab.arms(norm)
    found: list[Claim] = [*_ages(x), *_counts(x, vocab, arms), *_sites(x, vocab), *_durations(x, []), *_frequency(x),
                          *_session_length(x), *_session_count(x), *_identifiers(x), *_journal(x, vocab), *_dates(x), *_primary(x, vocab),
                          *(c for c in _categories(x, vocab) if c.slots["accepted"])]
    found += _arm_counts(x, vocab, arms, [(c.start - s.start, c.end - s.start) for c in found if c.kind == "count"])
    if s.start > 0 and re.search(r"\w\s*:\s+\w", s.text):  # a results table line, not the headline
        found += _results(x, vocab, arms)  # "Disability at 6 months: no difference between groups"
    return [Claim(c.kind, c.start, c.end, c.sentence, {**c.slots, "weak": True}) for c in _dedupe(_prune(found))]


def _dedupe(claims: list[Claim]) -> list[Claim]:
    """Drop empty spans and exact duplicates; keep text order."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, c.end, c.kind)):
        key = (c.kind, c.start, c.end)
        if c.end <= c.start or key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
