"""schema.org ClaimReview JSON-LD: one review per checked claim, ready to embed in a page.

The rating scale (documented in the README) maps verdicts onto 1–5, worst first; 4 is unused, kept
free for a future "mostly supported". Article-level notes travel as `comment`s on the article
(`itemReviewed.appearance`). `datePublished` appears only when given, so output is reproducible.
"""

from __future__ import annotations

import json
from urllib.parse import quote, urldefrag

from ..report import Finding, Report, Verdict
from .safe import clean

RATING = {
    Verdict.CONTRADICTED: 1,
    Verdict.OVERSTATED: 2,
    Verdict.UNVERIFIABLE: 3,
    Verdict.SUPPORTED: 5,
}
BEST, WORST = 5, 1
DEFAULT_REVIEWER = "claimcheck"
STDIN_NAMES = (None, "-", "<stdin>")


class MissingURL(ValueError):
    """A report read from standard input has no address for `itemReviewed.appearance.url`."""


def article_url(name: str | None, url: str | None = None) -> str:
    """The article's address: `url` when given, a web address as is, else the file path as a URL."""
    if url:
        return url
    if name in STDIN_NAMES:
        raise MissingURL("ClaimReview output for standard input needs the article's address (--url)")
    assert name is not None
    if name.startswith(("http://", "https://")):
        return name
    return quote(name.replace("\\", "/"), safe="/:@-._~")


def reviews(report: Report, *, reviewer: str = DEFAULT_REVIEWER, url: str | None = None,
            date_published: str | None = None) -> list[dict[str, object]]:
    """The ClaimReview objects for one report, in the article's order."""
    address = article_url(report.input, url)
    base, _ = urldefrag(address)
    appearance: dict[str, object] = {"@type": "CreativeWork", "url": address}
    if report.notes:
        appearance["comment"] = [
            {"@type": "Comment", "name": clean(n.id), "text": clean(n.message)} for n in report.notes
        ]
    return [_review(f, base, appearance, reviewer, date_published) for f in report.claims]


def _review(f: Finding, base: str, appearance: dict[str, object], reviewer: str,
            date_published: str | None) -> dict[str, object]:
    body = clean(f.reason)
    if f.suggestion and f.verdict is not Verdict.SUPPORTED:
        body += f" Accurate: {clean(f.suggestion)}"
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{base}#claim-{f.line}-{f.column}",
        "claimReviewed": clean(f.sentence).strip(),
        "reviewBody": body,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": RATING[f.verdict],
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": f.verdict.value,
            "ratingExplanation": clean(f.reason),
        },
        "itemReviewed": {"@type": "Claim", "text": clean(f.text), "appearance": appearance},
        "author": {"@type": "Organization", "name": reviewer},
        "citation": clean(f.source),
    }
    if date_published:
        review["datePublished"] = date_published
    return review


def render_claimreview(reports: list[Report], *, reviewer: str = DEFAULT_REVIEWER,
                       url: str | None = None, date_published: str | None = None) -> str:
    """A JSON array of ClaimReview objects across all reports."""
    items = [r for report in reports
             for r in reviews(report, reviewer=reviewer, url=url, date_published=date_published)]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"
