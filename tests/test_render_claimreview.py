"""`--format claimreview`: schema.org ClaimReview JSON-LD with its required fields."""

from __future__ import annotations

import json

import pytest
from render_fixtures import report

from claimcheck.render.claimreview import RATING, MissingURL, article_url, render_claimreview
from claimcheck.report import Verdict


def validate(review: dict[str, object]) -> None:
    """The fields ClaimReview consumers require, with their types."""
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["url"], str) and review["url"]
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    rating = review["reviewRating"]
    assert isinstance(rating, dict)
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] in {v.value for v in Verdict}
    assert rating["bestRating"] == 5 and rating["worstRating"] == 1
    assert isinstance(rating["ratingValue"], int) and 1 <= rating["ratingValue"] <= 5
    item = review["itemReviewed"]
    assert isinstance(item, dict) and item["@type"] == "Claim"
    appearance = item["appearance"]
    assert isinstance(appearance, dict) and appearance["@type"] == "CreativeWork"
    assert isinstance(appearance["url"], str) and appearance["url"]
    author = review["author"]
    assert isinstance(author, dict) and author["@type"] == "Organization" and author["name"]


def test_one_valid_review_per_claim_on_the_documented_scale() -> None:
    r = report()
    reviews = json.loads(render_claimreview([r]))
    assert len(reviews) == len(r.claims)
    for review, f in zip(reviews, r.claims, strict=True):
        validate(review)
        assert review["reviewRating"]["alternateName"] == f.verdict.value
        assert review["reviewRating"]["ratingValue"] == RATING[f.verdict]
        assert review["claimReviewed"] == f.sentence
        assert "datePublished" not in review
    assert RATING == {Verdict.CONTRADICTED: 1, Verdict.OVERSTATED: 2, Verdict.UNVERIFIABLE: 3,
                      Verdict.SUPPORTED: 5}
    first = reviews[0]
    assert first["url"] == "article.txt#claim-3-27"
    assert first["itemReviewed"]["appearance"]["url"] == "article.txt"
    assert [c["name"] for c in first["itemReviewed"]["appearance"]["comment"]] == ["no-harms", "no-citation"]


def test_reviewer_url_and_date_published() -> None:
    out = render_claimreview([report()], reviewer="Health Desk", url="https://news.example/a?x=1#top",
                             date_published="2024-02-01")
    review = json.loads(out)[0]
    validate(review)
    assert review["author"] == {"@type": "Organization", "name": "Health Desk"}
    assert review["itemReviewed"]["appearance"]["url"] == "https://news.example/a?x=1#top"
    assert review["url"] == "https://news.example/a?x=1#claim-3-27"
    assert review["datePublished"] == "2024-02-01"


def test_article_url() -> None:
    assert article_url("https://x.example/a b") == "https://x.example/a b"
    assert article_url("dir/my article.txt") == "dir/my%20article.txt"
    assert article_url("<stdin>", "https://x.example/") == "https://x.example/"
    with pytest.raises(MissingURL):
        article_url("<stdin>")
    with pytest.raises(MissingURL):
        article_url(None)


def test_no_claims_no_reviews() -> None:
    assert render_claimreview([report(findings=[])]) == "[]\n"
