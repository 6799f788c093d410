"""`--format html`: one self-contained page; highlights, tooltips, escaping; checked in Chromium."""

from __future__ import annotations

import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from render_fixtures import TRIAL, finding, report

from claimcheck.render.html import render_html
from claimcheck.report import Report, Verdict

HOSTILE = (
    "Headline <b>bold</b>\n"
    "\n"
    "Adults <script>document.title='pwned'</script> aged 65 and over took part for 12 weeks.\n"
    "Read more: <img src=x onerror=\"document.title='img'\"> &amp; \"quotes\" 'too'.\n"
)


def hostile_report() -> Report:
    s = HOSTILE.splitlines()[2]
    return report(HOSTILE, [
        finding(HOSTILE, "aged 65 and over", s, Verdict.CONTRADICTED, article_value="65 <i>and</i> over",
                trial_value="60 to 85", suggestion="Say \"60 to 85\" <u>instead</u>."),
        finding(HOSTILE, "12 weeks", s, Verdict.OVERSTATED, reason="<script>x()</script>"),
        finding(HOSTILE, "<img src=x", HOSTILE.splitlines()[3], Verdict.UNVERIFIABLE),
    ], name="<evil>.html")


class ArticleText(HTMLParser):
    """The article block's text, without tooltips, and the highlights in it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.depth = 0  # inside div.article
        self.tip = 0  # inside span.tip
        self.text: list[str] = []
        self.marks: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "div" and a.get("class") == "article":
            self.depth = 1
        elif self.depth:
            self.depth += tag not in ("br",)
            if tag == "mark":
                self.marks.append(a)
            if tag == "span" and (self.tip or a.get("class") == "tip"):
                self.tip += 1

    def handle_endtag(self, tag: str) -> None:
        if self.depth:
            self.depth -= 1
            if tag == "span" and self.tip:
                self.tip -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.tip:
            self.text.append(data)


def parse(page: str) -> ArticleText:
    p = ArticleText()
    p.feed(page)
    return p


def test_one_highlight_per_finding_and_the_article_text_is_intact() -> None:
    r = report()
    page = render_html([r])
    p = parse(page)
    assert "".join(p.text) == r.text
    assert [m["data-verdict"] for m in p.marks] == [f.verdict.value for f in r.claims]
    assert [m["class"] for m in p.marks] == [f"v-{f.verdict.value}" for f in r.claims]
    assert all(m["tabindex"] == "0" for m in p.marks)
    assert p.marks[0]["data-fact"] == "population.age" and p.marks[0]["data-rule"] == "population-age"
    assert page.count("<mark ") == len(r.claims)


def test_page_is_self_contained_and_script_free() -> None:
    page = render_html([hostile_report()])
    assert "<script" not in page and "<img" not in page and "<b>bold" not in page and "<i>and" not in page
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in page
    assert " onerror=&quot;document.title=&#x27;img&#x27;&quot;&gt; &amp;amp;" in page
    assert not re.search(r"(?i)\s(src|href)=\"(https?:)?//|<link|@import|url\(", page)
    assert "default-src 'none'" in page
    assert "<title>claimcheck: &lt;evil&gt;.html</title>" in page


def test_hostile_article_keeps_its_text_and_highlights() -> None:
    r = hostile_report()
    p = parse(render_html([r]))
    assert "".join(p.text) == HOSTILE
    assert len(p.marks) == 3


def test_tooltip_shows_reason_values_fact_source_and_rewrite() -> None:
    page = render_html([hostile_report()])
    tip = page[page.index('id="r0-c0-tip"'):]
    tip = tip[: tip.index("</mark>")]
    assert "article: <b>65 &lt;i&gt;and&lt;/i&gt; over</b> · trial: <b>60 to 85</b>" in tip
    assert "<i>Why</i> Reason for contradicted." in tip
    assert "<i>Fact</i> The contradicted fact. <code>fact.contradicted</code>" in tip
    assert "<i>Source</i> Hicks GE et al. Lancet Rheumatol 2024" in tip
    assert "<i>Rewrite</i> Say &quot;60 to 85&quot; &lt;u&gt;instead&lt;/u&gt;." in tip


def test_overlapping_and_identical_spans_nest_one_mark_each() -> None:
    text = "They enrolled 65 and over adults.\n"
    s = text.strip()
    fs = [
        finding(text, "65 and over", s, Verdict.CONTRADICTED),
        finding(text, "65 and over", s, Verdict.SUPPORTED),
        finding(text, "over adults", s, Verdict.OVERSTATED),  # overlaps the end of the first
        finding(text, "and", s, Verdict.UNVERIFIABLE),
    ]
    p = parse(render_html([report(text, fs, notes=[])]))
    assert "".join(p.text) == text
    assert len(p.marks) == 4


def test_claims_without_article_text_are_listed_by_sentence() -> None:
    r = report(include_text=False)
    page = render_html([r])
    assert page.count("<mark ") == len(r.claims)
    assert "The article text was not included in this report." in page
    assert "<h2>Claims by sentence</h2>" in page


def test_summary_panel_notes_and_several_files() -> None:
    off = Report(trial=TRIAL, input="clinic.txt", about_trial=False, claims=[], counts={}, worst=None,
                 text="Knees <3")
    page = render_html([report(), off])
    assert '<li class="v-contradicted"><span class="n">2</span> contradicted</li>' in page
    assert "<li><strong>no-harms</strong>: The article never mentions harms" in page
    assert "<h1>2 files</h1>" in page
    assert '<td><a href="#report-1">clinic.txt</a></td><td>–</td>' in page
    assert "This article does not discuss MASH" in page and "Knees &lt;3" in page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium)")
def test_renders_in_headless_chromium(tmp_path: Path) -> None:
    r = hostile_report()
    page = tmp_path / "report.html"
    page.write_text(render_html([r]), encoding="utf-8")
    shot = tmp_path / "shot.png"
    base = [
        str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1000,800",
    ]
    subprocess.run([*base, f"--screenshot={shot}", page.as_uri()], capture_output=True, timeout=90, check=True)
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], capture_output=True, timeout=90,
                         check=True, text=True).stdout
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 5000
    assert len(re.findall(r'<mark [^>]*class="v-', dom)) == len(r.claims)
    assert "<script" not in dom and "<img" not in dom  # the article's markup stayed text
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "<title>claimcheck: &lt;evil&gt;.html</title>" in dom  # no script ran to change it


EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").glob("*.txt"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_keeps_its_text_with_one_highlight_per_finding(path: Path) -> None:
    from claimcheck import check_text

    text = path.read_text(encoding="utf-8")
    r = check_text(text, source=path.name, include_text=True)
    p = parse(render_html([r]))
    assert "".join(p.text) == text.replace("\r\n", "\n")
    assert len(p.marks) == len(r.claims)


def test_hard_wrapped_prose_reflows_but_lists_headings_and_sentences_per_line_do_not() -> None:
    from claimcheck.render.html import soft_breaks

    text = ("A long line of prose that was wrapped at a fixed width by\n"  # 0: soft
            "the writer's editor and continues here.\n"  # 1: finished sentence, capital next: hard
            "Next sentence on its own line, long enough to count here.\n"  # 2: list next: hard
            "- a list item\n"  # 3: short: hard
            "Short\n")
    ends = [i for i, ch in enumerate(text) if ch == "\n"]
    assert soft_breaks(text) == {ends[0]}
    page = render_html([report(text, [], notes=[])])
    assert 'fixed width by<span class="soft">\n</span>the writer' in page
    assert "continues here.\nNext sentence" in page
