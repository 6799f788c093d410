"""Property tests: arbitrary text never breaks the pipeline; spans round-trip; output is stable."""

from __future__ import annotations

import codecs
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimcheck import check_text, load_trial
from claimcheck.html import extract_text
from claimcheck.render import Format, render
from claimcheck.text import split_sentences
from conftest import run_cli

TRIAL = load_trial()
# Fixed seed, generous count, modest runtime.
FIXED = settings(derandomize=True, max_examples=300, deadline=None,
                 suppress_health_check=[HealthCheck.too_slow])

# Phrases that make a text about the trial and give the engine something to chew on.
PHRASES = [
    "The MASH trial", " (NCT04009837) ", "hip-focused", "spine-focused", " physical therapy ",
    "184 adults", " aged 60 to 85", " for 8 weeks", " at 6 months", ". ", "\n", "\n\n", "## ", "- ",
    " cured ", " significantly ", " reduced disability by 50%", " two sessions a week", "Dr. ", "e.g. ",
    " U.S. ", "“", "”", "(", ")", "\r\n", "\u2028", " 1,000 ", "…", "—", "\t",
]
ARTICLES = st.lists(st.one_of(st.sampled_from(PHRASES), st.text(max_size=20)), max_size=40).map("".join)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column, counting \\r\\n, \\r and \\n as line breaks (as LineIndex does)."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text[:offset])]
    return len(starts), offset - starts[-1] + 1


@FIXED
@given(st.one_of(ARTICLES, st.text()))
def test_check_text_never_raises_and_spans_round_trip(text: str) -> None:
    report = check_text(text, TRIAL, include_text=True)
    assert report.text == text
    for f in report.claims:
        assert 0 <= f.start <= f.end <= len(text)
        assert f.text == text[f.start : f.end]
        assert (f.line, f.column) == _line_col(text, f.start)
        assert f.text in f.sentence
    again = check_text(text, TRIAL, include_text=True)
    assert render(Format.JSON, [again]) == render(Format.JSON, [report])


@FIXED
@given(ARTICLES)
def test_sentences_round_trip(text: str) -> None:
    previous_end = 0
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        assert s.start >= previous_end
        previous_end = s.end


@FIXED
@given(st.text())
def test_html_extraction_never_raises(html: str) -> None:
    assert isinstance(extract_text(html), str)


@settings(derandomize=True, max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.binary(max_size=300),
        st.binary(max_size=300).map(lambda b: codecs.BOM_UTF16_LE + b),
        st.binary(max_size=300).map(lambda b: codecs.BOM_UTF8 + b),
        st.binary(max_size=300).map(lambda b: b"<!doctype html><p>" + b),
        ARTICLES.map(lambda t: t.encode("utf-8", "surrogatepass")),
    ),
    st.sampled_from(["text", "json"]),
)
def test_cli_on_random_bytes_never_prints_a_traceback(data: bytes, fmt: str) -> None:
    result = run_cli("--format", fmt, input=data)
    assert result.exit_code in (0, 1, 2), (result.exit_code, result.exception)
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.stdout and "Traceback" not in result.stderr
    if result.exit_code == 2:
        assert result.stderr.startswith("Error: <stdin>: ") and result.stderr.count("\n") == 1
