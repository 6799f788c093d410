"""Web-page cruft pasted as plain text yields no verdicts on the cruft lines.

Each text is about the trial (so the engine does check it), with page furniture around an accurate
paragraph. Whatever the engine says about the article itself, no problem may be found on a cruft
line.
"""

from __future__ import annotations

import pytest

from claimcheck import check_text
from claimcheck.text import LineIndex

INTRO = "The MASH trial (NCT04009837) compared hip-focused and spine-focused physical therapy in 184 adults aged 60 to 85."

CRUFT = {
    "navigation": [
        "Skip to main content", "Skip to navigation", "Menu", "Home | News | Health | Science | Opinion",
        "Sign in", "Subscribe", "Search", "Health > Back pain > Older adults",
    ],
    "sharing": [
        "Share this article", "Share on Facebook", "Share on X", "Copy link", "Email", "Print",
        "Save for later", "12 comments", "Share", "Tweet", "Follow us on Instagram",
    ],
    "cookies": [
        "We use cookies to improve your experience.", "Accept cookies", "Accept all", "Reject all",
        "Manage preferences", "Cookie settings", "By continuing to browse, you agree to our use of cookies.",
    ],
    "promos": [
        "Advertisement", "Sign up for our newsletter", "Get the latest health news delivered to your inbox.",
        "Related stories", "Most read", "You might also like", "Read more", "Continue reading",
        "Photo: Getty Images", "Image credit: a stock agency", "5 min read", "Updated 9 January 2024",
    ],
    "references": [
        "References",
        "1. Hicks GE, Pugliese JM, Sions JM, et al. Hip-focused physical therapy versus spine-focused physical "
        "therapy for older adults with chronic low back pain at risk for mobility decline (MASH): a multicentre, "
        "single-masked, randomised controlled trial. Lancet Rheumatol. 2024;6(1):e10-e20.",
        "2. ClinicalTrials.gov. NCT04009837. Accessed 12 January 2024.",
        "[3] National Institute on Aging. R01AG041202. 2019-2024.",
        "doi:10.1016/S2665-9913(23)00267-9",
        "PMID: 38258673",
    ],
    "footer": [
        "© 2024 The Daily Example. All rights reserved.", "Privacy policy | Terms of use | Contact us",
        "About us", "Advertise with us", "This article is for information only and is not medical advice.",
    ],
}


def _text(lines: list[str]) -> tuple[str, set[int]]:
    """The article with cruft before and after it, and the line numbers of the cruft."""
    half = len(lines) // 2
    body = [*lines[:half], "", INTRO, "", *lines[half:]]
    cruft_lines = {i + 1 for i, line in enumerate(body) if line and line != INTRO}
    return "\n".join(body) + "\n", cruft_lines


@pytest.mark.parametrize("kind", sorted(CRUFT))
def test_cruft_lines_yield_no_problem_verdicts(kind: str) -> None:
    text, cruft_lines = _text(CRUFT[kind])
    report = check_text(text)
    assert report.about_trial
    on_cruft = [f for f in report.claims if f.line in cruft_lines]
    assert not any(f.verdict.is_problem for f in on_cruft), [(f.text, f.verdict) for f in on_cruft]


@pytest.mark.parametrize("kind", sorted(CRUFT))
def test_cruft_only_text_yields_no_problem_verdicts(kind: str) -> None:
    text = "\n".join(["Back pain: the MASH trial explained", *CRUFT[kind]]) + "\n"
    report = check_text(text)
    assert not any(f.verdict.is_problem for f in report.claims)


def test_every_cruft_line_is_known_to_the_line_index() -> None:
    text, cruft_lines = _text(CRUFT["navigation"])
    index = LineIndex(text)
    assert index.line_col(text.index(INTRO)) == (len(CRUFT["navigation"]) // 2 + 2, 1)
    assert max(cruft_lines) == text.count("\n")
