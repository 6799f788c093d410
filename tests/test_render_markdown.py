"""`--format markdown`: a review note with every article-derived string escaped."""

from __future__ import annotations

from render_fixtures import NOTES, TRIAL, finding, report, sample_findings

from claimcheck.render.markdown import escape, render_markdown
from claimcheck.report import Report, Verdict


def test_escape_neutralises_markdown_html_and_mentions() -> None:
    assert escape("a *b* _c_ `d` [e](f) ![g](h)") == r"a \*b\* \_c\_ \`d\` \[e\]\(f\) \!\[g\]\(h\)"
    assert escape("x | y") == r"x \| y"
    assert escape("<script>alert(1)</script> & co") == r"&lt;script&gt;alert\(1\)&lt;/script&gt; &amp; co"
    assert escape("@octocat fixed #12 ~~no~~ $x$") == r"\@octocat fixed \#12 \~\~no\~\~ \$x\$"
    assert escape("# Heading") == r"\# Heading"
    assert escape("- item") == r"\- item"
    assert escape("+ item") == r"\+ item"
    assert escape("1984. A year") == r"1984\. A year"
    assert escape("> quote") == "&gt; quote"
    assert escape("back\\slash") == "back\\\\slash"
    assert escape("line\nbreak\x1b[31m") == r"line break\[31m"
    assert escape("hip-focused 8.5 weeks") == "hip-focused 8.5 weeks"


def test_exact_note_for_one_finding() -> None:
    fs = sample_findings()
    out = render_markdown([report(findings=[fs[0], fs[3]], notes=NOTES[:1])])
    assert out == """\
## claimcheck: article.txt

Checked against **MASH** (NCT04009837): Hip-focused versus spine-focused physical therapy.

| contradicted | overstated | unverifiable | supported |
| ---: | ---: | ---: | ---: |
| 1 | 0 | 0 | 1 |

### Claims to fix

**1. Contradicted** · line 3, column 27 · rule `population-age`

> The trial enrolled people **65 and above** with back pain.

- **Article:** 65 and above · **Trial:** 60 to 85
- **Fact** `population.age`: Participants were adults aged 60 to 85.
- **Source:** Hicks GE et al. Lancet Rheumatol 2024
- **Suggested rewrite:** The trial enrolled adults aged 60 to 85 with back pain plus hip pain and weakness.

### Supported claims

- Line 4: “184 adults” (`enrolment.randomised`)

### Notes on the article

- **no-harms**: The article never mentions harms, side effects or adverse events.
"""


def test_hostile_article_is_escaped_everywhere() -> None:
    text = "Intro.\n| a | b | said <img src=x onerror=alert(1)> `rm` [x](javascript:y) 65 years.\n"
    sentence = text.splitlines()[1]
    f = finding(text, "65 years", sentence, Verdict.CONTRADICTED, article_value="65 | years",
                reason="[bad](http://x)")
    out = render_markdown([report(text, [f], notes=[], name="my|file.md")])
    assert "<img" not in out and "](" not in out.replace("\\](", "")
    assert r"> \| a \| b \| said &lt;img src=x onerror=alert\(1\)&gt; \`rm\` \[x\]\(javascript:y\) **65 years**." in out
    assert r"- **Article:** 65 \| years" in out
    assert "## claimcheck: my\\|file.md" in out


def test_only_problems_and_summary_table_for_several_files() -> None:
    off = Report(trial=TRIAL, input="b|c.txt", about_trial=False, claims=[], counts={}, worst=None)
    out = render_markdown([report(), off], only_problems=True)
    assert "### Supported claims" not in out and "**4. Unverifiable**" not in out
    assert "_2 supported or unverifiable claims not shown._" in out
    assert "This article does not discuss MASH; no claims were checked." in out
    assert out.endswith(
        "## Summary of 2 files\n\n"
        "| file | claims | contradicted | overstated | unverifiable | supported | worst |\n"
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |\n"
        "| article.txt | 5 | 2 | 1 | 1 | 1 | contradicted |\n"
        "| b\\|c.txt | – | – | – | – | – | not about trial |\n"
        "| **all files** | 5 | 2 | 1 | 1 | 1 | contradicted |\n"
    )


def test_a_commonmark_parser_renders_hostile_text_literally() -> None:
    from markdown_it import MarkdownIt

    hostile = "*em* _u_ `code` [link](http://x) ![img](http://y) <b>raw</b> | pipe | ~~s~~ # h @me"
    text = f"Intro.\n{hostile} 65 years.\n"
    f = finding(text, "65 years", text.splitlines()[1], Verdict.CONTRADICTED,
                reason=hostile, article_value=hostile, suggestion=hostile)
    md = render_markdown([report(text, [f], notes=[], name="- list.md")])
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(md)
    for tag in ("<em>", "<a ", "<img", "<b>", "<s>", "<del>", "<code>code"):
        assert tag not in html, tag
    assert html.count("<table>") == 1  # the counts table only; pipes in text made none
    assert "*em* _u_ `code` [link](http://x) ![img](http://y) &lt;b&gt;raw&lt;/b&gt; | pipe |" in html
    assert "<strong>65 years</strong>" in html
    assert "<h2>claimcheck: - list.md</h2>" in html
