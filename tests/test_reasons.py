"""Each finding names both values in one sentence, and the JSON contract carries the evidence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from claimcheck import check_text
from claimcheck.cli import main

PREAMBLE = "Hip-focused and spine-focused physical therapy were compared in the MASH trial (NCT04009837).\n\n"

REASONS = [
    ("The trial enrolled adults aged 65 and above.", "contradicted", "age-range", "population.age",
     "The article says “aged 65 and above”, but the trial enrolled adults aged 60–85."),
    ("The trial enrolled 200 participants.", "contradicted", "sample-size", "enrolment.randomised",
     "The article says enrolled 200, but the trial randomised 184 participants."),
    ("The trial ran at three universities.", "supported", "site-count", "sites.count",
     "The article says three universities; the trial ran at 3 sites."),
    ("Participants in the trial had therapy for 12 weeks.", "contradicted", "intervention-duration", "intervention.duration",
     "The article says 12 weeks, but the trial ran its programmes for 8 weeks."),
    ("The trial found hip therapy led to a significant reduction in pain.", "overstated", "outcome-substitution", "result.pain",
     "The article says “hip therapy led to a significant reduction in pain.”, which goes further than the trial: "
     "it reported a modest difference in disability, not a difference in pain."),
]


@pytest.mark.parametrize(("sentence", "verdict", "rule", "fact_id", "reason"), REASONS, ids=[r[2] for r in REASONS])
def test_reason_names_both_values(sentence: str, verdict: str, rule: str, fact_id: str, reason: str) -> None:
    [finding] = [f for f in check_text(PREAMBLE + sentence).claims if f.start >= len(PREAMBLE)]
    assert (finding.verdict.value, finding.rule, finding.fact_id, finding.reason) == (verdict, rule, fact_id, reason)
    assert finding.text == (PREAMBLE + sentence)[finding.start : finding.end]


def test_json_contract_for_one_finding() -> None:
    text = "The MASH trial enrolled adults aged 65 and above.\n"
    result = CliRunner().invoke(main, ["--format", "json", "-"], input=text)
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["schema_version"] == "1.0"
    assert report["about_trial"] is True
    assert report["counts"] == {"supported": 0, "unverifiable": 0, "overstated": 0, "contradicted": 1}
    [claim] = report["claims"]
    assert claim == {
        "start": 31, "end": 48, "line": 1, "column": 32, "text": "aged 65 and above",
        "sentence": "The MASH trial enrolled adults aged 65 and above.",
        "verdict": "contradicted", "rule": "age-range", "reason_code": None,
        "fact_id": "population.age", "fact": "Participants were adults aged 60 to 85.",
        "source": "Hicks GE et al. Lancet Rheumatol 2024;6(1):e10-e20 (MASH trial report); "
                  "ClinicalTrials.gov NCT04009837 (results posted 2024-04-11)",
        "reason": "The article says “aged 65 and above”, but the trial enrolled adults aged 60–85.",
        "article_value": "aged 65 and above", "trial_value": "enrolled adults aged 60–85",
        "suggestion": "The trial enrolled adults aged 60 to 85 with chronic low back pain plus hip pain and hip weakness.",
    }


def test_article_not_about_the_trial_gets_no_verdicts() -> None:
    text = "Our clinic runs a 12-week knee class for adults over 65, twice a week, with 200 members.\n"
    report = check_text(text)
    assert (report.about_trial, report.claims, report.worst) == (False, [], None)


def test_python_dash_m_runs_the_cli() -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "claimcheck", "--format", "line", "-"], input=b"The MASH trial was double-blind.\n",
                          capture_output=True, check=False)
    assert proc.returncode == 1
    assert proc.stdout.decode().startswith("<stdin>:1:20:contradicted:masking:The article says double-blind")
