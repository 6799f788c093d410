"""Sentences with exact offsets. Knows nothing about trials.

Offsets are code points into the text exactly as given, so `text[s.start:s.end] == s.text` always.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Words that end in a full stop without ending a sentence.
_ABBREVIATIONS = frozenset(
    "al e.g i.e etc vs v dr mr mrs ms prof st no fig figs approx u.s u.k jan feb mar apr jun jul "
    "aug sep sept oct nov dec inc ltd co jr sr ph.d m.d mph vol".split()  # not "PT": "…spine-focused PT. The spine group…"
    # single capital letters (initials) are handled separately
)

_BULLET = re.compile(r"[ \t]*(?:[-*•–+>✔✓☑✗✘▪►▶◆●○·]|\d{1,2}[.)/]|#{1,6})[ \t]*(?=\S)")
_TERMINAL = ".!?;,:"
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
# Matches start only at the first mark of a run, and the run is taken possessively: otherwise a
# long run of dots is tried from every dot, with backtracking, which is quadratic.
_BOUNDARY = re.compile(  # "modest.[1] Gait…"; "pain!!! 😱 A study…" (emoji after the stop stay with the sentence)
    r"(?<![.!?])[.!?]++[\"'”’)\]]*(?:\[\d{1,3}(?:[,–-]\d{1,3})*\])?(?:\s*[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F\u200D]+)*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
)
_HEADING_MAX_WORDS = 16


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a heading line) and where it sits."""

    start: int
    end: int
    text: str
    block: int  # index of the line or paragraph it belongs to
    heading: bool  # a title, heading, caption or menu line: not prose
    bullet: bool = False  # an item of a list


def _lines(text: str) -> list[tuple[int, int]]:
    """Logical lines: a newline ends one unless it only wraps a sentence onto the next line."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in re.finditer(r"\r\n|\r|\n|\u2028|\u2029", text):
        # The line so far, right-stripped, is text[start:end]; not sliced, as a hard-wrapped
        # paragraph would be copied again at each of its newlines (quadratic).
        end = m.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        nxt = text[m.end() : m.end() + 1]
        if end > start and text[end - 1] not in ".!?:;\"”" and nxt.islower() and end - start > 50:
            continue  # hard-wrapped prose
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at `dot` part of an abbreviation, an initial or a number?"""
    m = re.search(r"([A-Za-z.]+)$", text[max(0, dot - 12) : dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word == "no":  # "No. 5" numbers something; "…gait speed, no. Where they did better…" ends a sentence
        return bool(re.match(r"\s*\d", text[dot + 1 : dot + 4]))
    if word in _ABBREVIATIONS:
        return True
    return len(m.group(1)) == 1 and m.group(1).isupper()  # an initial: "G. E. Hicks"


_CHATTY = re.compile(r"^(?:so|and|but|honestly|basically|lol|ok|okay|yes|no|well|also|plus)\b|\b(?:I|I'm|I've|my|we|we're)\b|[\U0001F300-\U0001FAFF\u2600-\u27BF]", re.IGNORECASE)


def _is_heading(line: str) -> bool:
    if _BULLET.match(line) and not line.lstrip().startswith("#"):
        return False
    if line.lstrip().startswith("#"):
        return True
    stripped = line.rstrip()
    if stripped.rstrip("\"'\u201d\u2019)")[-1:] in _TERMINAL or len(stripped.split()) > _HEADING_MAX_WORDS:
        return False
    # an unpunctuated social-media line ("So basically hip PT is the key… 🙌") is prose, not a heading
    return not (_CHATTY.search(stripped) and len(stripped.split()) >= 6)


def split_sentences(text: str) -> list[Sentence]:
    """Split text into sentences and heading lines, each with exact offsets."""
    out: list[Sentence] = []
    for block, (lstart, lend) in enumerate(_lines(text)):
        lstart, lend = _strip(text, lstart, lend)
        if lstart >= lend:
            continue
        line = text[lstart:lend]
        bullet = _BULLET.match(line)
        # A Markdown heading ("## Does it work?") stays a heading whatever its punctuation.
        marked_heading = bullet is not None and line.startswith("#")
        if bullet:
            lstart += bullet.end()
            line = text[lstart:lend]
        if marked_heading or (_is_heading(line) and not (bullet and len(line.split()) >= 3)):
            out.append(Sentence(lstart, lend, line, block, True))
            continue
        start = lstart
        for m in _BOUNDARY.finditer(line):
            dot = lstart + m.start()
            if text[dot] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, dot):
                continue
            end = lstart + m.end()
            s, e = _strip(text, start, end)
            if s < e:
                out.append(Sentence(s, e, text[s:e], block, False, bool(bullet)))
            start = end
        s, e = _strip(text, start, lend)
        if s < e:
            out.append(Sentence(s, e, text[s:e], block, False, bool(bullet)))
    return _bounded(out)


_MAX_SENTENCE = 1200


def _bounded(sentences: list[Sentence]) -> list[Sentence]:
    """Cut run-on 'sentences' (a megabyte with no full stop) into pieces, so work stays linear."""
    out = []
    for s in sentences:
        if len(s.text) <= _MAX_SENTENCE:
            out.append(s)
            continue
        start = 0
        while start < len(s.text):
            end = min(len(s.text), start + _MAX_SENTENCE)
            if end < len(s.text):
                cut = s.text.rfind(" ", start + _MAX_SENTENCE // 2, end)
                end = cut if cut > start else end
            piece = s.text[start:end]
            lead = len(piece) - len(piece.lstrip())
            piece = piece.strip()
            if piece:
                out.append(Sentence(s.start + start + lead, s.start + start + lead + len(piece), piece, s.block, s.heading, s.bullet))
            start = end
    return out


class LineIndex:
    """Maps code-point offsets to 1-based line and column."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]

    def line_col(self, offset: int) -> tuple[int, int]:
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1
