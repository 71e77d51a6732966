"""The title rule: the heading that names the article is its title, not its body."""

from __future__ import annotations

import regex

from cleanpage.article import Kind, Label
from cleanpage.rules.base import Page, Rule
from cleanpage.rules.density import Quality, density

_NORMAL = regex.compile(r"[^\w]+", regex.UNICODE)
_TITLE_MAX_WORDS = 30
_TEXT_TITLE_LOOKAHEAD = 3
# A first <h1> is the title unless the page's <title> names something else: over this
# share of the heading's characters in words the <title> lacks.
_TITLE_ECHO = 0.25


def normalise(text: str) -> str:
    return _NORMAL.sub(" ", text.lower()).strip()


def matches_title(candidate: str, hint: str) -> bool:
    """True when ``candidate`` is the page's title as ``hint`` (e.g. ``<title>``) gives it.

    ``<title>`` often carries the site name too ("Post title | Site"), so containment counts.
    """
    return _same_title(normalise(candidate), normalise(hint))


def _echoes_title(heading: str, title: str) -> bool:
    """True when most of normalised ``heading``'s text is words of normalised ``title``:
    the share of its characters in words the title lacks is under a quarter."""
    title_words = set(title.split())
    words = heading.split()
    if not words:
        return False
    unique = " ".join(w for w in words if w not in title_words)
    return len(unique) < _TITLE_ECHO * len(" ".join(words))


def _same_title(a: str, b: str) -> bool:
    """``matches_title`` of two normalised texts."""
    if not a or not b:
        return False
    return a == b or (len(a) >= 12 and a in b) or (len(b) >= 12 and b in a)


class TitleHeading(Rule):
    """Labels the article's title: the heading matching the document title, else the
    first ``<h1>`` before the prose when the document title echoes it (or there is none);
    on a text page, a short first line."""

    name = "title"
    family = "structure"

    def apply(self, page: Page) -> None:
        blocks = page.blocks
        if not blocks:
            return
        if page.format == "text":
            self._text_title(page)
            return
        d = density(page)
        wanted = normalise(page.title_hint or "")
        first_h1 = -1
        for i, block in enumerate(blocks):
            if block.kind is Kind.HEADING and block.words <= _TITLE_MAX_WORDS:
                if wanted and _same_title(normalise(block.text), wanted):
                    page.decide(
                        i, Label.TITLE, "the heading that matches the page title", self.name
                    )
                    return
                if block.level == 1 and first_h1 < 0:
                    first_h1 = i
        first_prose = next((i for i, q in enumerate(d.raw) if q is Quality.GOOD), len(blocks))
        if 0 <= first_h1 < first_prose and (
            not wanted or _echoes_title(normalise(blocks[first_h1].text), wanted)
        ):
            page.decide(first_h1, Label.TITLE, "the first <h1>, before any prose", self.name)
            return
        # Pages without heading markup: a block before the prose that is the title itself.
        for i in range(first_prose):
            if wanted and page.labels[i] is None and normalise(blocks[i].text) == wanted:
                page.decide(
                    i, Label.TITLE, "the block before the prose that is the page title", self.name
                )
                return

    def _text_title(self, page: Page) -> None:
        for i, block in enumerate(page.blocks[:_TEXT_TITLE_LOOKAHEAD]):
            text = block.text
            if page.labels[i] is not None:
                continue
            if block.words <= _TITLE_MAX_WORDS and not text.rstrip().endswith((".", ":", ",")):
                if page.title_hint and not matches_title(text, page.title_hint):
                    continue
                page.decide(i, Label.TITLE, "a short first line, as titles are", self.name)
            return
