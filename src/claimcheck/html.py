"""Main text out of a web page, with the standard library's html.parser only.

The page is reduced to its article: scripts, styles, navigation, site headers, footers, asides,
forms, cookie banners and share bars are dropped; headings, paragraphs, list items, quotes and
table rows are kept, each block on its own line (headings as `# …`, list items as `- …`) with a
blank line between blocks, so the sentence splitter sees headings as headings. Offsets in a
report refer to this extracted text. See docs/html-extraction.md for why this approach.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose whole subtree is never article text.
_DROP = frozenset(
    "script style noscript template svg math canvas iframe object embed nav footer aside form "
    "button select textarea label dialog menu head title".split()
)
# Elements that never have an end tag.
_VOID = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen".split()
)
# Elements that end the current block of text.
_BLOCK = frozenset(
    "address article blockquote body dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 "
    "h5 h6 header hr html li main ol p pre section summary table tbody tfoot thead tr ul caption "
    "center".split()
)
_HEADINGS = {f"h{n}": "#" * n for n in range(1, 7)}
# ARIA roles that mark page furniture.
_DROP_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar toolbar "
    "alert".split()
)
# Words in a class or id that mark page furniture (matched as whole words of the name).
_CRUFT_WORDS = frozenset(
    "nav navbar navigation menu breadcrumb breadcrumbs cookie cookies consent gdpr share sharing "
    "social newsletter subscribe subscription signup paywall related recommended recirculation "
    "comments comment advert advertisement ad ads sponsored promo sidebar popup modal overlay "
    "masthead toolbar tags skiplink footer colophon byline-share".split()
)
# Longer cruft words also mark names they begin: "relatedposts", "sharedaddy", "commentlist".
_CRUFT_PREFIXES = tuple(w for w in _CRUFT_WORDS if len(w) >= 5)
# A block that is nearly all link text is a menu, a share bar or a list of other stories.
_LINK_DENSITY = 0.8
_CRUFT_NAMES = frozenset(
    "sr-only visually-hidden visuallyhidden screen-reader-text screenreader-text skip-link "
    "skip-to-content skip-main".split()
)
_NAME_WORD = re.compile(r"[a-z0-9]+")
_SPACE = re.compile(r"\s+")
# Comments, and "<![…" sections (bogus comments in HTML), end as browsers end them; unterminated,
# they run to the end of the document.
_COMMENTS = re.compile(r"<!--.*?(?:-->|\Z)|<!\[.*?(?:>|\Z)", re.DOTALL)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass
class _Block:
    prefix: str
    parts: list[str] = field(default_factory=list)
    article: int | None = None  # outermost <article> it sits in
    in_main: bool = False
    chars: int = 0  # non-space characters
    link_chars: int = 0  # non-space characters inside links

    def text(self) -> str:
        return _SPACE.sub(" ", "".join(self.parts)).strip()

    def is_links(self) -> bool:
        """Is this (non-heading) block mostly link text, like a menu or a share bar?"""
        return not self.prefix.startswith("#") and self.link_chars >= _LINK_DENSITY * self.chars


@dataclass
class _Open:
    tag: str
    drop: bool
    article: int | None = None  # the outermost <article> this element is in (or is)
    main: bool = False  # is this element, or one of its ancestors, the <main> region?


def _is_furniture(tag: str, attrs: dict[str, str | None]) -> bool:
    """Is this element page furniture, whatever its tag?"""
    if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
        return True
    if _HIDDEN_STYLE.search(attrs.get("style") or ""):
        return True
    if (attrs.get("role") or "").lower() in _DROP_ROLES:
        return True
    for key in ("class", "id"):
        for name in (attrs.get(key) or "").lower().split():
            if name in _CRUFT_NAMES:
                return True
            for word in _NAME_WORD.findall(name):
                if word in _CRUFT_WORDS or word.startswith(_CRUFT_PREFIXES):
                    return True
    return False


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[_Open] = []
        self.drop_depth = 0
        self.blocks: list[_Block] = []
        self.articles = 0
        self.current: _Block | None = None
        self.link_depth = 0
        self.open_tags: dict[str, int] = {}  # how many of each tag are on the stack

    # Ancestry is inherited at push time, so each question below is O(1) however deep the
    # (possibly never closed) nesting gets.

    # --- where we are -------------------------------------------------------------------------
    def _article(self) -> int | None:
        return self.stack[-1].article if self.stack else None

    def _in_main(self) -> bool:
        return self.stack[-1].main if self.stack else False

    def _in_content(self) -> bool:
        return self._article() is not None or self._in_main()

    # --- blocks -------------------------------------------------------------------------------
    def _close_block(self) -> None:
        if self.current is not None and self.current.text() and not self.current.is_links():
            self.blocks.append(self.current)
        self.current = None

    def _open_block(self, prefix: str = "") -> None:
        self._close_block()
        self.current = _Block(prefix, article=self._article(), in_main=self._in_main())

    # --- parser callbacks ---------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            if tag in ("br", "hr") and not self.drop_depth:
                self._close_block()
            return
        if tag == "p" and self.stack and self.stack[-1].tag == "p":
            self._pop("p")  # an unclosed <p> ends where the next one starts
        amap = dict(attrs)
        # A <header> inside the article holds its headline; the site's header is furniture.
        drop = tag in _DROP or _is_furniture(tag, amap) or (tag == "header" and not self._in_content())
        el = _Open(tag, drop, self._article(), self._in_main())
        if tag == "article" and el.article is None:
            el.article = self.articles
            self.articles += 1
        if tag == "main" or (amap.get("role") or "").lower() == "main":
            el.main = True
        self.stack.append(el)
        self.open_tags[tag] = self.open_tags.get(tag, 0) + 1
        if drop:
            self.drop_depth += 1
        if self.drop_depth:
            return
        if tag in _HEADINGS:
            self._open_block(_HEADINGS[tag] + " ")
        elif tag == "li":
            self._open_block("- ")
        elif tag == "blockquote":
            self._open_block("> ")
        elif tag in _BLOCK:
            prefix = self.current.prefix if self.current and self.current.prefix == "> " else ""
            self._open_block(prefix)
        elif tag in ("td", "th") and self.current is not None and self.current.text():
            self.current.parts.append(" | ")
        elif tag == "a":
            self.link_depth += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def _pop(self, tag: str) -> None:
        """Close `tag` and every element left open inside it; ignore an end tag with no start."""
        if not self.open_tags.get(tag):
            return
        while self.stack:
            el = self.stack.pop()
            self.open_tags[el.tag] -= 1
            if el.drop:
                self.drop_depth -= 1
            if el.tag == tag:
                return

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        was_dropping = bool(self.drop_depth)
        if tag == "a" and self.link_depth and not was_dropping:
            self.link_depth -= 1
        self._pop(tag)
        if not was_dropping and tag in _BLOCK:
            self._close_block()

    def handle_data(self, data: str) -> None:
        if self.drop_depth:
            return
        if self.current is None:
            self._open_block()
        assert self.current is not None
        self.current.parts.append(data)
        visible = len(data) - sum(map(data.count, " \t\n\r\f\xa0"))
        self.current.chars += visible
        if self.link_depth:
            self.current.link_chars += visible

    def close(self) -> None:
        super().close()
        self._close_block()


def _choose(blocks: list[_Block]) -> list[_Block]:
    """The article's blocks: the longest <article>, else <main>, else the whole body."""
    sizes: dict[int, int] = {}
    for b in blocks:
        if b.article is not None:
            sizes[b.article] = sizes.get(b.article, 0) + len(b.text())
    if sizes:
        best = max(sorted(sizes), key=lambda k: sizes[k])
        return [b for b in blocks if b.article == best]
    if any(b.in_main for b in blocks):
        return [b for b in blocks if b.in_main]
    return blocks


def _defuse(html: str) -> str:
    """Take out what makes html.parser quadratic on hostile input, without changing the text.

    html.parser searches to the end of the document for the end of every unterminated comment or
    tag, once per "<" (CPython gh-135661). So comments are removed here in one pass, and every "<"
    after the last ">" (which can start no complete tag) is escaped to "&lt;".
    """
    html = _COMMENTS.sub("", html)
    last = html.rfind(">")
    if html.find("<", last + 1) >= 0:
        html = html[: last + 1] + html[last + 1 :].replace("<", "&lt;")
    return html


def extract_text(html: str) -> str:
    """The main text of an HTML page, one block per line, blocks separated by a blank line."""
    parser = _Extractor()
    parser.feed(_defuse(html))
    parser.close()
    lines: list[str] = []
    previous = ""
    for block in _choose(parser.blocks):
        line = block.prefix + block.text()
        # Consecutive list items stay together; other blocks get a blank line between them.
        if lines and not (block.prefix == "- " and previous == "- "):
            lines.append("")
        lines.append(line)
        previous = block.prefix
    return "\n".join(lines) + ("\n" if lines else "")


_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)[\s>]",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"<(?:body|p|article|main|div|h[1-6])(?:\s[^>]*)?>", re.IGNORECASE)
_HTML_END_TAGS = re.compile(r"</(?:body|p|article|main|div|h[1-6])\s*>", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    """Does text (of unknown kind, such as standard input) look like an HTML page?"""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return bool(_HTML_TAGS.search(head) and _HTML_END_TAGS.search(text[:65536]))
