"""The terminal report: exact layout, colour switches and a hostile article."""

from __future__ import annotations

import re

from render_fixtures import NOTES, TRIAL, finding, report, sample_findings

from claimcheck.render.text import bar, render_text
from claimcheck.report import Report, Verdict

EXPECTED = """\
article.txt
checked against MASH · NCT04009837

█ 1 contradicted  ▓ 0 overstated  ▒ 0 unverifiable  ░ 1 supported · 2 claims
██████████████████████████████░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░

✗ CONTRADICTED  line 3, col 27 · population-age
    claim  The trial enrolled people »65 and above« with back pain.
           article: 65 and above · trial: 60 to 85
     fact  Participants were adults aged 60 to 85. (population.age)
   source  Hicks GE et al. Lancet Rheumatol 2024
  rewrite  The trial enrolled adults aged 60 to 85 with back pain plus hip pain
           and weakness.

✓ 4:13   “184 adults” · enrolment.randomised

Notes on the article
• no-harms
  The article never mentions harms, side effects or adverse events.
"""

SGR = re.compile(r"\x1b\[[0-9;]*m")


def _two() -> Report:
    fs = sample_findings()
    return report(findings=[fs[0], fs[3]], notes=NOTES[:1])


def test_exact_report_without_colour_at_80_columns() -> None:
    assert render_text([_two()], color=False, width=80) == EXPECTED


def test_no_line_is_wider_than_the_terminal() -> None:
    for width in (60, 80, 100):
        out = render_text([report()], color=False, width=width)
        assert max(len(line) for line in out.splitlines()) <= width


def test_only_problems_hides_supported_and_unverifiable_and_says_so() -> None:
    out = render_text([report()], color=False, only_problems=True)
    assert "184 adults" not in out.split("Notes")[0].split("hidden")[-1]
    assert "UNVERIFIABLE" not in out
    assert "✓ 4:13" not in out
    assert "2 supported or unverifiable claims hidden (--only-problems)\n" in out
    assert out.count("✗ CONTRADICTED") == 2 and out.count("▲ OVERSTATED") == 1


def test_colour_uses_only_sgr_sequences_and_highlights_the_claim_in_its_verdict_colour() -> None:
    out = render_text([_two()], color=True)
    assert "\x1b[1;4;31m65 and above\x1b[0m" in out  # bold red underline, no guillemets
    assert "»" not in out
    assert SGR.sub("", out).count("\x1b") == 0


def test_header_summary_bar_and_not_about_trial() -> None:
    off = Report(trial=TRIAL, input="clinic.txt", about_trial=False, claims=[], counts={}, worst=None)
    assert render_text([off], color=False) == (
        "clinic.txt\nchecked against MASH · NCT04009837\n\nNot about MASH: no claims checked.\n"
    )


def test_bar_is_proportional_and_shows_every_present_verdict() -> None:
    counts = {"contradicted": 1, "overstated": 0, "unverifiable": 0, "supported": 99}
    assert bar(counts, 10).plain == "█░░░░░░░░░"
    assert bar({"contradicted": 1, "supported": 1}, 10).plain == "█████░░░░░"
    assert bar({"supported": 0}, 10).plain == ""


HOSTILE = (
    "Title\n"
    "They said [bold red]65[/] and \x1b[2Jabove \x1b]8;;https://evil.example\x07click\x1b]8;;\x07 here\x9b31m.\n"
)


def _hostile() -> Report:
    sentence = HOSTILE.splitlines()[1]
    f = finding(HOSTILE, "[bold red]65[/] and \x1b[2Jabove", sentence, Verdict.CONTRADICTED,
                reason="[blink]says\x1b[5m 65", article_value="\x1b]0;title\x07 65",
                trial_value="60 to 85", suggestion="[link=https://evil.example]x[/link]")
    return report(HOSTILE, [f], notes=[], name="evil\x1b[31m.txt")


def test_article_text_cannot_style_or_drive_the_terminal() -> None:
    for color in (False, True):
        out = render_text([_hostile()], color=color)
        assert SGR.sub("", out).count("\x1b") == 0  # no OSC 8, no clear screen, no title
        assert "\x07" not in out and "\x9b" not in out
        plain = SGR.sub("", out)
        assert "[bold red]65[/] and [2Jabove" in plain  # markup shown literally
        assert "[link=https://evil.example]x[/link]" in plain
        assert "evil[31m.txt" in plain


def test_several_reports_end_with_a_summary_table() -> None:
    off = Report(trial=TRIAL, input="clinic.txt", about_trial=False, claims=[], counts={}, worst=None)
    out = render_text([report(), off], color=False)
    table = out[out.index("Summary of 2 files"):]
    assert table == (
        "Summary of 2 files\n"
        "file                                       claims   ✗   ▲   ?   ✓   worst\n"
        + "─" * 80 + "\n"
        "article.txt                                     5   2   1   1   1   contradicted\n"
        "clinic.txt                                      –   –   –   –   –   off-topic\n"
        "\n"
        "all files                                       5   2   1   1   1   contradicted\n"
        "✗ contradicted  ▲ overstated  ? unverifiable  ✓ supported\n"
    )
