"""HTML main-text extraction: the article stays, the page furniture goes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimcheck.html import extract_text, looks_like_html
from claimcheck.text import split_sentences

PAGES = Path(__file__).parent / "data" / "html"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
# holdout.html was written after the extractor was tuned, to measure it honestly (see
# docs/html-extraction.md); two harmless leaks remain there, recorded here.
HOLDOUT_LEAKS = {"Was this article helpful?", "Read this next"}


def _page(name: str) -> str:
    return extract_text((PAGES / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_article_text_is_kept(name: str) -> None:
    text = _page(name)
    assert [k for k in EXPECTED[name]["keep"] if k not in text] == []


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_page_furniture_is_dropped(name: str) -> None:
    text = _page(name)
    leaked = {d for d in EXPECTED[name]["drop"] if d in text}
    assert leaked == (HOLDOUT_LEAKS if name == "holdout.html" else set())


def test_blocks_on_their_own_lines_headings_marked() -> None:
    html = """<html><head><title>T</title><style>p{}</style></head><body>
    <header><nav><a href="/">Home</a></nav></header>
    <article><header><h1>Hip   therapy &amp; back pain</h1></header>
    <p>First <b>bold</b> paragraph.<p>Second, unclosed paragraph.
    <h2>Does it work?</h2><ul><li>One.<li>Two.</ul>
    <blockquote><p>A quote.</p></blockquote>
    <table><tr><th>Arm</th><th>n</th></tr><tr><td>Hip</td><td>92</td></tr></table>
    <p>Line one<br>line two</p>
    <footer>Share this article</footer></article>
    <aside>Related</aside><script>alert(1)</script></body></html>"""
    assert extract_text(html) == (
        "# Hip therapy & back pain\n\n"
        "First bold paragraph.\n\n"
        "Second, unclosed paragraph.\n\n"
        "## Does it work?\n\n"
        "- One.\n"
        "- Two.\n\n"
        "> A quote.\n\n"
        "Arm | n\n\n"
        "Hip | 92\n\n"
        "Line one\n\n"
        "line two\n"
    )


def test_headings_stay_headings_for_the_sentence_splitter() -> None:
    text = extract_text("<h2>Does hip therapy work?</h2><p>The trial says it helps a bit.</p>")
    sentences = split_sentences(text)
    assert [(s.text, s.heading) for s in sentences] == [
        ("Does hip therapy work?", True),
        ("The trial says it helps a bit.", False),
    ]


def test_choose_longest_article_then_main_then_body() -> None:
    two = "<article><p>Teaser.</p></article><article><p>The real story is much longer than that.</p></article>"
    assert extract_text(two) == "The real story is much longer than that.\n"
    main = "<div>Site chrome.</div><main><p>Main text.</p></main>"
    assert extract_text(main) == "Main text.\n"
    assert extract_text("<div>Just a body.</div>") == "Just a body.\n"


@pytest.mark.parametrize(
    "attrs",
    ['hidden', 'aria-hidden="true"', 'style="display: none"', 'role="navigation"', 'class="cookie-notice"',
     'id="share-bar"', 'class="sr-only"', 'class="newsletter-box"', 'class="ad"', 'class="relatedposts"'],
)
def test_furniture_by_attribute_is_dropped(attrs: str) -> None:
    assert extract_text(f"<p>Kept.</p><div {attrs}><p>Dropped.</p></div>") == "Kept.\n"


def test_link_lists_are_dropped_but_linked_headings_kept() -> None:
    html = '<h1><a href="/p">Title</a></h1><p><a href="/a">Home</a> | <a href="/b">News</a></p><p>Prose with <a href="/x">a link</a> in it.</p>'
    assert extract_text(html) == "# Title\n\nProse with a link in it.\n"


@pytest.mark.parametrize(
    "html",
    ["", "<", "<p", "</p></div></article>", "<p>unclosed <b>bold <i>italic", "<script>never closed",
     "<!-- open comment", "<![CDATA[ x ]]>", "<p>&#xD800; &#0; &bogus; &amp</p>", "<svg><p>x</p>", "\x00<p>\x1b[2J</p>"],
)
def test_malformed_html_never_crashes(html: str) -> None:
    assert isinstance(extract_text(html), str)


def test_entities_and_whitespace() -> None:
    assert extract_text("<p>a&nbsp;b &lt;c&gt; &eacute; &#8220;q&#8221;\n\t d</p>") == "a b <c> é “q” d\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html>", True),
        ("\n  <html lang='en'>", True),
        ("<?xml version='1.0'?>\n<html>", True),
        ("<body><p>x</p></body>", True),
        ("Intro.\n<p>Para.</p>", True),
        ("The trial compared <hip> and <spine>.", False),
        ("a < b and c > d", False),
        ("Markdown with a <br> in it.", False),
        ("", False),
    ],
)
def test_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected
