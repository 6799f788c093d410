"""Hand-built reports for renderer tests: exact offsets, every verdict, notes, hostile text."""

from __future__ import annotations

from claimcheck.report import Finding, Note, Report, TrialInfo, Verdict, count_verdicts, worst_verdict

TRIAL = TrialInfo(id="mash", name="MASH", registry_id="NCT04009837",
                  title="Hip-focused versus spine-focused physical therapy")

ARTICLE = (
    "Hip therapy beats back pain\n"
    "\n"
    "The trial enrolled people 65 and above with back pain. After 12 weeks of therapy, the hip "
    "group had a significant reduction in pain.\n"
    "It enrolled 184 adults, who were compared with standard physical therapy.\n"
)


def finding(text: str, claim: str, sentence: str, verdict: Verdict, *, occurrence: int = 0,
            **extra: object) -> Finding:
    """A finding whose offsets, line and column are computed from `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(claim, start + 1)
    line = text.count("\n", 0, start) + 1
    column = start - (text.rfind("\n", 0, start) + 1) + 1
    fields: dict[str, object] = {
        "rule": "rule-" + verdict.value,
        "fact_id": "fact." + verdict.value,
        "fact": f"The {verdict.value} fact.",
        "source": "Hicks GE et al. Lancet Rheumatol 2024",
        "reason": f"Reason for {verdict.value}.",
    }
    fields.update(extra)
    return Finding(start=start, end=start + len(claim), line=line, column=column, text=claim,
                   sentence=sentence, verdict=verdict, **fields)  # type: ignore[arg-type]


S1 = "The trial enrolled people 65 and above with back pain."
S2 = "After 12 weeks of therapy, the hip group had a significant reduction in pain."
S3 = "It enrolled 184 adults, who were compared with standard physical therapy."


def sample_findings(text: str = ARTICLE) -> list[Finding]:
    return [
        finding(text, "65 and above", S1, Verdict.CONTRADICTED, rule="population-age",
                fact_id="population.age", fact="Participants were adults aged 60 to 85.",
                reason="The article says 65 and above; the trial enrolled adults aged 60 to 85.",
                article_value="65 and above", trial_value="60 to 85",
                suggestion="The trial enrolled adults aged 60 to 85 with back pain plus hip pain and weakness."),
        finding(text, "12 weeks", S2, Verdict.CONTRADICTED, rule="intervention-duration",
                fact_id="intervention.duration", fact="Both programmes ran for 8 weeks.",
                reason="The article says 12 weeks; the programmes ran for 8 weeks.",
                article_value="12 weeks", trial_value="8 weeks",
                suggestion="Both groups had one-hour sessions twice a week for 8 weeks."),
        finding(text, "significant reduction in pain", S2, Verdict.OVERSTATED, rule="outcome-substituted",
                reason_code="outcome-substituted", fact_id="result.pain",
                fact="No between-group result for pain intensity was found.",
                reason="The article reports a pain result; "
                       "the trial's main result was a modest difference in disability.",
                suggestion="The main result was a modest difference in disability at 8 weeks."),
        finding(text, "184 adults", S3, Verdict.SUPPORTED, rule="count-randomised",
                fact_id="enrolment.randomised", fact="184 participants were randomised.",
                reason="The article says 184; the trial randomised 184.",
                article_value="184", trial_value="184"),
        finding(text, "standard physical therapy", S3, Verdict.UNVERIFIABLE, rule="comparator-unclear",
                fact_id="design.comparator", fact="The comparator was an active spine-focused programme.",
                reason="The record cannot confirm this wording."),
    ]


NOTES = [
    Note(id="no-harms", message="The article never mentions harms, side effects or adverse events."),
    Note(id="no-citation", message="The article gives no citation or link to the study."),
]


def report(text: str = ARTICLE, findings: list[Finding] | None = None, *, notes: list[Note] | None = None,
           name: str | None = "article.txt", include_text: bool = True, about: bool = True) -> Report:
    findings = sample_findings(text) if findings is None else findings
    return Report(trial=TRIAL, input=name, about_trial=about, claims=findings,
                  notes=NOTES if notes is None else notes, counts=count_verdicts(findings),
                  worst=worst_verdict(findings), text=text if include_text else None)
