"""Text-only rules: where the article is in a flattened page, without a DOM.

A text dump keeps each block element of the page on a line of its own, so the evidence the
HTML path reads from tags and class names has to come from the lines themselves: their
length and word count, sentence punctuation, stopword share, runs of short lines (menus),
counters ("3 comments", "12 shares"), dates and bylines, comment headers ("Anna says:"),
and position. The article is one contiguous run of lines: ``TextRegion`` scores every line
(prose counts for it, labels and clutter against it), takes the best-scoring run as the
body, and labels what lies before and after it. These rules act only when
``page.format == "text"``.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from cleanpage.article import Block, Kind, Label
from cleanpage.metadata import byline_names, clean_name, dated_names, parse_date
from cleanpage.rules.base import BlockRule, Page, Rule
from cleanpage.rules.patterns import END_MARKER_RULES, SECTION_MARKER_RULES
from cleanpage.rules.title import matches_title

# --- line patterns (data) ---------------------------------------------------------------
# Each table lists regular expressions, matched case-insensitively at the start of a line.
_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    r"|(?:januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember)"
    r"|(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)"
    r"|(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre"
    r"|noviembre|diciembre)"
)
_WEEKDAY = (
    r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?"
    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag),?"
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?"
    r"|(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo),?"
)
_TIME = (
    r"\d{1,2}[:.h][0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h))?"
    r"(?:\s*(?:utc|gmt|[a-z]{1,3}t)(?:[+-]\d{1,2})?)?"
)
_DAY_MONTH_YEAR = (
    rf"\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH})(?:\s+(?:de\s+)?\d{{2,4}})?"
    rf"|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?,?(?:\s+\d{{4}})?"
    r"|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
)
_AGO_UNIT = (
    r"(?:s|m|h|d|w|mo|y|secs?|seconds?|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?"
    r"|minuten|stunden|tagen|wochen|monaten|jahren|jours?|heures?|semaines?|mois|ans?"
    r"|segundos?|minutos?|horas?|días?|semanas?|meses?|años?)\.?"
)
# A line that is only a date, perhaps with a weekday and a time.
DATE_LINE_PHRASES: tuple[str, ...] = (
    rf"(?:{_WEEKDAY})?\s*(?:{_DAY_MONTH_YEAR})(?:,?\s*(?:at|um|à|a las|-|\|)?\s*{_TIME})?",
    rf"(?:{_WEEKDAY})?\s*{_TIME}(?:,?\s*(?:{_DAY_MONTH_YEAR}))?",
    rf"(?:about|vor|il y a|hace)\s+\d{{1,3}}\s*{_AGO_UNIT}(?:,?\s*(?:at\s+)?{_TIME})?",
    rf"\d{{1,3}}\s*{_AGO_UNIT}\s+ago(?:,?\s*(?:at\s+)?{_TIME})?",
    rf"(?:yesterday|today|gestern|heute|hier|aujourd'hui|ayer|hoy)"
    rf"(?:,?\s*(?:at|um|à|a las)?\s*{_TIME})?",
    rf"(?:first\s+)?(?:published|posted|updated|last updated|veröffentlicht|aktualisiert|publié"
    rf"|mis à jour|publicado|actualizado)(?:\s+(?:on|am|le|el))?\s*:?\s*(?:{_WEEKDAY})?\s*"
    rf"(?:{_DAY_MONTH_YEAR}|{_TIME}).{{0,30}}",
)
# A line that is only a count of comments, shares, views, votes or reading time.
COUNTER_PHRASES: tuple[str, ...] = (
    r"\(?\d[\d.,]*\s*[km]?\)?\s*(?:comments?|responses?|replies|shares?|views?|likes?|votes?"
    r"|reads?|kommentare?|aufrufe|commentaires?|partages|vues|comentarios?|visitas|vistas"
    r"|compartidos)",
    r"(?:comments?|kommentare?|commentaires?|comentarios?|shares?|views?)\s*[:(]?\s*\d[\d.,]*\)?",
    r"\d{1,3}\s*(?:min(?:ute)?s?|minuten|minutes)\.?\s*(?:read|lesezeit|de lecture|de lectura)",
    r"(?:lesezeit|temps de lecture|tiempo de lectura|reading time)\s*:?\s*\d{1,3}\s*\w*",
    r"\(\d[\d.,]*\)",
    r"(?:rating|score|points?)\s*:?\s*[\d.,]+\s*(?:votes?|points?|stars?)?",
)
# The header of a reader comment: "Anna says:", "Bob on May 3, 2019 at 4:47 pm said:".
COMMENT_HEADER_PHRASES: tuple[str, ...] = (
    r"[^\n]{1,80}?\s(?:says|said|wrote|writes|schreibt|schrieb|sagt|dit|a écrit|dice|dijo|escribió)"
    r"\s*:\s*$",
    r"(?:reply|antworten|répondre|responder|reply\s*↓|log in to reply|report comment)\s*$",
    # A name and the date it commented: "ijsbol commented Dec 18, 2025", "Bo replied 3
    # days ago".
    rf"[^\n]{{1,60}}?\s(?:commented|replied|kommentierte|a commenté|comentó)\s+"
    rf"(?:on\s+|am\s+|le\s+|el\s+)?(?:{_DAY_MONTH_YEAR}|\d{{1,3}}\s*{_AGO_UNIT}\s+ago"
    rf"|(?:vor|il y a|hace)\s+\d{{1,3}}\s*{_AGO_UNIT})[\s,.•]*(?:(?:at\s+)?{_TIME})?[\s•]*$",
)

# A line of HTML left in the dump (an ad's or a tracker's markup, shown by a noscript
# fallback): an element with attributes at the start of the line.
MARKUP_TAGS: tuple[str, ...] = (
    "a", "img", "script", "iframe", "embed", "object", "param", "noscript", "link", "meta",
    "font", "center", "span", "div",
)  # fmt: skip
MARKUP_ATTRIBUTES: tuple[str, ...] = (
    "href", "src", "style", "class", "id", "width", "height", "type", "border", "alt",
)  # fmt: skip

# Legal text (a privacy policy, terms of sale, a disclaimer) printed on the page: a long
# line naming at least ``_LEGAL_MIN_TERMS`` different terms of this vocabulary.
LEGAL_TERMS: tuple[str, ...] = (
    r"personal (?:information|data)",
    r"privacy policy",
    r"terms (?:of (?:use|service|sale)|and conditions)",
    r"third[- ]part(?:y|ies)",
    r"you agree",
    r"we collect",
    r"opt[- ]out",
    r"data protection",
    r"applicable law",
    r"consent",
    r"liability",
    r"warrant(?:y|ies)",
    r"indemnif\w+",
    r"governing law",
    r"jurisdiction",
    r"arbitration",
    r"hereby",
    r"hereunder",
    r"pursuant",
    r"reserves? the right",
    r"(?:these|our) terms",
    r"personally identifiable",
    # A cookie dialog's categories ('Targeting Cookies: These technologies ...') and the
    # purposes a consent dialog lists ('Use profiles to select personalised advertising').
    r"cookies",
    r"your (?:browser|device|activity|interactions?)",
    r"(?:advertising|marketing) partners",
    r"legitimate interests?",
    r"personal aspects",
    r"precise location",
    r"(?:advertising|user|personali[sz]ation) profiles?",
)

# Sentence ends: Latin and CJK stops, and the danda of Devanagari and Bengali (।), the
# Urdu full stop (۔), the Arabic question mark (؟), the Armenian (։) and Ethiopic (።) stops.
_TERMINAL = regex.compile(r"[.!?。！？…;:»«\"”’')\]।॥۔؟։።]\s*$")
_SENTENCE_END = regex.compile(r"[.!?。！？।॥۔؟։።](?:[\"”’')\]]*)(?:\s|$)")
_COUNTER = regex.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in COUNTER_PHRASES) + r")\s*$",
    regex.IGNORECASE | regex.UNICODE,
)
_QUOTE_LEAD_IN = regex.compile(
    rf"\s*(?:{COMMENT_HEADER_PHRASES[0]})", regex.IGNORECASE | regex.UNICODE
)
_COMMENT_HEADER = regex.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in COMMENT_HEADER_PHRASES) + r")",
    regex.IGNORECASE | regex.UNICODE,
)
_DATE_LINE = regex.compile(
    r"\s*(?:" + "|".join(f"(?:{p})" for p in DATE_LINE_PHRASES) + r")\s*$",
    regex.IGNORECASE | regex.UNICODE,
)
_MARKUP = regex.compile(
    rf"\s*<(?:{'|'.join(MARKUP_TAGS)})\b[^<>]*\b(?:{'|'.join(MARKUP_ATTRIBUTES)})\s*=",
    regex.IGNORECASE,
)
_DATE_IN_LINE = regex.compile(rf"\b(?:{_DAY_MONTH_YEAR})\b", regex.IGNORECASE | regex.UNICODE)
_LEGAL = regex.compile(rf"\b(?:{'|'.join(LEGAL_TERMS)})\b", regex.IGNORECASE)
_LEGAL_MIN_TERMS = 2
_LEGAL_MIN_WORDS = 15
_UPPER_START = regex.compile(r"\p{Lu}")
_LETTER = regex.compile(r"\p{L}")
_WORDISH = regex.compile(r"\S+")

# Scores are in words: a line of prose adds its word count, a line of clutter subtracts.
_PROSE_MIN_WORDS = 8
_SHORT_PENALTY = 3.0
_UNENDED_STOP_SHARE = 0.25
_CLUTTER_PENALTY = 6.0
_END_MARKER_PENALTY = 40.0
_END_MARKER_REPEATS = 3
_COMMENT_PENALTY = 40.0
_MENU_RUN = 4
_MENU_MAX_WORDS = 4
_COMMENT_SCAN = 400
_HEADER_REACH = 2
_MIN_COMMENT_HEADERS = 2
_THREAD_MIN_DATES = 3
_THREAD_MIN_PROSE = 80.0
_THREAD_MAX_ENTRY = 500.0
_TITLE_SCAN = 400
_TITLE_PROSE = 15.0
_TITLE_REACH = 12
_TITLE_MIN_WORDS = 2
_TITLE_MAX_WORDS = 30


def is_date_line(block: Block) -> bool:
    """A short line that is only a date, perhaps with a weekday and a time, or a relative
    time ("3 days ago")."""
    return block.words <= 10 and _DATE_LINE.match(block.text) is not None


@dataclass(frozen=True, slots=True)
class LineShape:
    """Text-only evidence about one line, computed once per page."""

    prose: float
    """How much the line reads like article prose, in words (0 when it does not)."""
    short: bool
    """A label-sized line: a menu item, a heading, a caption, a counter."""
    sentences: int
    counter: bool
    comment_header: bool
    date_line: bool
    markup: bool = False
    legal: bool = False
    legal_terms: int = 0
    """How many different terms of the legal vocabulary a prose line names."""
    figures: bool = False
    """A line with no prose that reads as a table's row of figures."""


_FIGURE = regex.compile(r"\W*\d[\d.,:/%$€£¥-]*\W*")
_FIGURE_MIN_CELLS = 4
_DIGITS = regex.compile(r"\d+")
_FIGURE_MIN_FIGURES = 4
_FIGURE_SHARE = 0.3
_FIGURE_RUN = 3


def _figure_row(text: str) -> bool:
    """A table's row of figures flattened onto a line ('5 Harvard Business School 38% 3.7
    727 $172,877'): four or more figures, and 30% of its cells or more."""
    if len(_DIGITS.findall(text)) < _FIGURE_MIN_FIGURES:
        return False
    cells = text.split()
    figures = sum(1 for cell in cells if _FIGURE.fullmatch(cell) is not None)
    return figures >= _FIGURE_MIN_FIGURES and figures >= _FIGURE_SHARE * len(cells)


def _title_case_share(text: str) -> float:
    tokens = [t for t in _WORDISH.findall(text) if _LETTER.search(t)]
    if len(tokens) < 3:
        return 0.0
    upper = sum(1 for t in tokens if _UPPER_START.match(t))
    return upper / len(tokens)


def shape(block: Block, has_stopwords: bool) -> LineShape:
    text = block.text
    words = block.words
    terminal = _TERMINAL.search(text[-4:]) is not None
    sentences = len(_SENTENCE_END.findall(text))
    counter = words <= 6 and _COUNTER.match(text) is not None
    comment_header = words <= 16 and _COMMENT_HEADER.match(text) is not None
    date_line = is_date_line(block)
    markup = _MARKUP.match(text) is not None
    stop = block.stopword_share
    prose = 0.0
    if counter or comment_header or date_line or markup or block.kind is Kind.CODE:
        prose = 0.0
    elif words >= _PROSE_MIN_WORDS:
        if terminal or sentences >= 2:
            prose = float(words)
        elif has_stopwords and stop >= 0.3 and words >= 15:
            prose = 0.6 * words
        elif not has_stopwords and words >= 15:
            prose = 0.5 * words
        if prose and has_stopwords and stop < 0.15 and words < 40:
            # Headlines and link lists carry few function words.
            prose *= 0.3
        if prose and _title_case_share(text) > 0.8:
            # So do headlines and menus flattened onto one line, of any length.
            prose *= 0.3
    elif terminal and words >= 4 and (not has_stopwords or stop >= 0.25):
        prose = 0.5 * words
    short = prose == 0.0 and words <= 12
    terms = len({m.lower() for m in _LEGAL.findall(text)}) if prose > 0 else 0
    legal = words >= _LEGAL_MIN_WORDS and terms >= _LEGAL_MIN_TERMS
    figures = prose == 0.0 and words >= _FIGURE_MIN_CELLS and _figure_row(text)
    return LineShape(
        prose, short, sentences, counter, comment_header, date_line, markup, legal, terms, figures
    )


_LEGAL_WINDOW = 3  # prose lines on either side
_LEGAL_WINDOW_TERMS = 6
_LEGAL_WINDOW_LINES = 3
_LEGAL_GAP = 4  # prose lines between two legal ones that are legal too


def _legal_stretches(lines: list[LineShape]) -> list[LineShape]:
    """A privacy policy or terms of sale printed in full (a dialog the dump flattened):
    among its paragraphs are many that name no legal term or one ("We may collect your
    email address..."). A prose line whose neighbourhood (the prose lines around it) is
    dense with legal terms is legal text too, and so are the few prose lines between two
    legal ones."""
    prose = [i for i, line in enumerate(lines) if line.prose > 0]
    legal = [lines[i].legal for i in prose]
    for j in range(len(prose)):
        if legal[j]:
            continue
        terms = [
            lines[k].legal_terms for k in prose[max(0, j - _LEGAL_WINDOW) : j + _LEGAL_WINDOW + 1]
        ]
        if sum(terms) >= _LEGAL_WINDOW_TERMS and sum(1 for t in terms if t) >= _LEGAL_WINDOW_LINES:
            legal[j] = True
    marked = [j for j, is_legal in enumerate(legal) if is_legal]
    for a, b in itertools.pairwise(marked):
        if 1 < b - a <= _LEGAL_GAP + 1:
            for j in range(a + 1, b):
                legal[j] = True
    out = list(lines)
    for j, i in enumerate(prose):
        if legal[j] and not lines[i].legal:
            out[i] = dataclasses.replace(lines[i], legal=True)
    return out


_WRAP_MIN_WORDS = 8


def _continued(block: Block, line: LineShape, following: Block) -> bool:
    """A long line of words cut mid-sentence (it ends with a lower-case word or a comma)
    whose sentence the next line carries on, starting with a lower-case letter, as long or
    ending the sentence: text hard-wrapped at a fixed width (not a line above a menu of
    lower-case words or a link's address, nor a byline's time above a comment)."""
    text = block.text
    return (
        block.words >= _WRAP_MIN_WORDS
        and following.text[:1].islower()
        and (text[-1].islower() or text[-1] == ",")
        and text.count(" ") >= _WRAP_MIN_WORDS - 1
        and (following.text.count(" ") >= _WRAP_MIN_WORDS - 1 or following.text[-1] in ".!?")
        and block.kind is Kind.PARAGRAPH
        and following.kind is Kind.PARAGRAPH
        and not (line.counter or line.date_line or line.comment_header or line.markup)
    )


def _unwrapped(
    blocks: Sequence[Block], lines: list[LineShape], has_stopwords: bool
) -> list[LineShape]:
    """Hard-wrapped paragraphs (a page's text set in lines of fixed width): each line of
    one is a fragment of a sentence, no prose on its own. The paragraph's lines share the
    prose the paragraph as a whole reads as, by their words."""
    out = lines
    n = len(blocks)
    i = 0
    while i < n - 1:
        if not _continued(blocks[i], lines[i], blocks[i + 1]):
            i += 1
            continue
        j = i + 1
        while j + 1 < n and _continued(blocks[j], lines[j], blocks[j + 1]):
            j += 1
        group = blocks[i : j + 1]
        words = sum(b.words for b in group)
        joined = Block(
            0,
            " ".join(b.text for b in group),
            words=words,
            stopword_share=sum(b.stopword_share * b.words for b in group) / max(words, 1),
        )
        prose = shape(joined, has_stopwords).prose
        if prose > sum(lines[k].prose for k in range(i, j + 1)):
            if out is lines:
                out = list(lines)
            for k in range(i, j + 1):
                share = prose * blocks[k].words / max(words, 1)
                out[k] = dataclasses.replace(lines[k], prose=share, short=False)
        i = j + 1
    return out


def shapes(page: Page) -> tuple[LineShape, ...]:
    def compute(p: Page) -> tuple[LineShape, ...]:
        has_stopwords = any(b.stopword_share > 0 for b in p.blocks)
        lines = [shape(b, has_stopwords) for b in p.blocks]
        lines = _legal_stretches(_unwrapped(p.blocks, lines, has_stopwords))
        # One "He said:" is a quote's lead-in; a thread has several comment headers.
        if sum(1 for line in lines if line.comment_header) < _MIN_COMMENT_HEADERS:
            lines = [
                dataclasses.replace(line, comment_header=False) if line.comment_header else line
                for line in lines
            ]
        return tuple(lines)

    return page.cached("line-shapes", compute)


_FINE_PRINT_REACH = 3
_FINE_PRINT_SHARE = 0.3
_FINE_PRINT_FROM = 0.75
_AFTER_COPYRIGHT_FROM = 0.6


def _fine_print(page: Page) -> list[bool]:
    """Per line: the lines just above a copyright line in the last quarter of the page (a
    disclaimer, the site's blurb), up to anything an earlier rule labelled. Their prose
    counts for a part of its words: enough to end an article above them, too little to
    outweigh a short page's own text. (A wire credit under a story higher up the page is
    no site footer.) So do the lines after the page's last copyright line when it stands
    in the last 40% of the page, or anywhere when a shop's policy heading ('Refund policy')
    follows it: the dialogs a dump prints after the footer (a refund policy, a privacy
    policy), which an article rarely follows."""
    n = len(page.blocks)
    out = [False] * n
    for i, rule in enumerate(page.rules):
        if rule != "copyright-line" or i < _FINE_PRINT_FROM * n:
            continue
        k = i - 1
        while k >= 0 and i - k <= _FINE_PRINT_REACH and page.labels[k] is None:
            out[k] = True
            k -= 1
    last = max((i for i, rule in enumerate(page.rules) if rule == "copyright-line"), default=-1)
    dialog = last >= 0 and any(
        rule == "shop-policy" for rule in page.rules[last + 1 : last + 1 + _FINE_PRINT_REACH]
    )
    if last >= _AFTER_COPYRIGHT_FROM * n or dialog:
        for k in range(last + 1, n):
            out[k] = True
    return out


_COPYRIGHT_RULES = frozenset({"copyright-line", "copyright-notice"})
# A site's copyright line reserves its rights ('... All rights reserved.') or, short, names
# its years ('© 2025 Acme Ltd', 'Copyright 1998-2026 ...'); a photo's credit names the
# photographer ('© Victor Sailer'), and a caption under the credit may hold a year.
_RIGHTS_RESERVED = regex.compile(
    r"\b(?:all rights reserved|alle rechte vorbehalten|tous droits réservés|"
    r"todos los derechos reservados|tutti i diritti riservati)\b",
    regex.IGNORECASE,
)
_YEAR = regex.compile(r"\b(?:19|20)\d\d\b")
_SITE_COPYRIGHT_WORDS = 12


def _site_copyright(page: Page, i: int) -> bool:
    """Line ``i`` is the site's copyright line."""
    if page.rules[i] not in _COPYRIGHT_RULES:
        return False
    block = page.blocks[i]
    return _RIGHTS_RESERVED.search(block.text) is not None or (
        block.words <= _SITE_COPYRIGHT_WORDS and _YEAR.search(block.text) is not None
    )


def _cut_at_copyright(page: Page, scores: list[float], start: int, end: int) -> int:
    """The end of the region at the site's copyright line inside it, when an article's
    worth of prose precedes the line: what a dump prints after the footer (a sign-up
    form, the grid of products a script appends, the article's own copy) is not read as
    more of the article."""
    prose = 0.0
    for k in range(start, end):
        if _site_copyright(page, k) and prose >= _THREAD_MIN_PROSE:
            return k
        if scores[k] > 0:
            prose += scores[k]
    return end


def _text_counts(page: Page) -> Counter[str]:
    """How many times each line's text is printed on the page."""
    return page.cached("line-texts", lambda p: Counter(block.text for block in p.blocks))


def _in_runs(flags: list[bool], least: int) -> list[bool]:
    """Per line: flagged, in a run of at least ``least`` flagged lines in a row."""
    out = [False] * len(flags)
    if not any(flags):
        return out
    i, n = 0, len(flags)
    while i < n:
        j = i
        while j < n and flags[j]:
            j += 1
        if j - i >= least:
            out[i:j] = [True] * (j - i)
        i = max(j, i + 1)
    return out


def _figure_rows(lines: tuple[LineShape, ...]) -> list[bool]:
    """Per line: a row of a table of figures, ``_FIGURE_RUN`` or more rows in a row."""
    return _in_runs([line.figures for line in lines], _FIGURE_RUN)


# A line that ends in a count in brackets, after a word: "Week 12 power rankings (133)",
# "Sports (12)". A year is no count ("Median days on the market (2024)").
_COUNTED = regex.compile(r"[^\s★☆]\s+\((?!(?:1[89]|20)\d\d\))\d[\d,.]*\)\s*$")
_COUNTED_RUN = 3
_COUNTED_MAX_WORDS = 25


def _counted_runs(page: Page) -> list[bool]:
    """Per line: part of a run of ``_COUNTED_RUN`` or more lines each ending in a count
    ('Week 12 power rankings (133)', 'January 2024 (5)'): a widget listing the most read
    or most commented posts, the archive's months or the categories, each with its count
    of views, comments or posts."""

    def compute(p: Page) -> list[bool]:
        counted = [
            block.words <= _COUNTED_MAX_WORDS
            and block.text.endswith(")")
            and _COUNTED.search(block.text[-40:]) is not None
            for block in p.blocks
        ]
        return _in_runs(counted, _COUNTED_RUN)

    return page.cached("counted-runs", compute)


def _scores(page: Page, lines: tuple[LineShape, ...]) -> list[float]:
    scores = []
    fine = _fine_print(page)
    figures = _figure_rows(lines)
    texts = _text_counts(page)
    for i, line in enumerate(lines):
        label = page.labels[i]
        if label is Label.TITLE:
            scores.append(-_SHORT_PENALTY)
        elif label is not None:
            # An end marker printed again and again ('Add a comment' under every answer,
            # 'Read more' under every teaser) is the furniture of the page's entries, not
            # the end of its text: it counts as any other clutter.
            end = (
                page.rules[i] in END_MARKER_RULES
                and texts[page.blocks[i].text] < _END_MARKER_REPEATS
            )
            scores.append(-_END_MARKER_PENALTY if end else -_CLUTTER_PENALTY)
        elif line.comment_header:
            scores.append(-_COMMENT_PENALTY)
        elif line.legal:
            # Neither article nor menu: it joins a run around it but never makes one.
            scores.append(0.0)
        elif line.prose > 0:
            scores.append(line.prose * (_FINE_PRINT_SHARE if fine[i] else 1.0))
        elif figures[i]:
            # A table of figures, neither prose nor menu, joins a run as legal text does.
            scores.append(0.0)
        elif line.counter or line.date_line or line.markup:
            scores.append(-_CLUTTER_PENALTY)
        elif line.short or page.blocks[i].stopword_share >= _UNENDED_STOP_SHARE:
            # A long line in sentence words that ends no sentence (a list item with its
            # description) costs a run what a short line does.
            scores.append(-_SHORT_PENALTY)
        else:
            scores.append(-2 * _SHORT_PENALTY)
    return scores


_CARD_MIN_GAP = 2
_CARD_MAX_GAP = 5
_CARD_MAX_WORDS = 60
_CARD_RUN = 3
_CARD_MIN_OTHER = 100.0


def _card_runs(scores: list[float], blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Runs of teaser cards, ``(first blurb, last blurb)``: short blurbs, each alone
    between the same number of label lines (kicker, headline, source), as one template
    prints them. Article prose runs in consecutive paragraphs instead."""
    n = len(scores)
    runs: list[tuple[int, int]] = []
    cards: list[int] = []

    def flush() -> None:
        if len(cards) >= _CARD_RUN:
            runs.append((cards[0], cards[-1]))
        cards.clear()

    last = -1
    step = 0
    for i in range(n):
        if scores[i] <= 0:
            continue
        lone = (i == 0 or scores[i - 1] <= 0) and (i + 1 == n or scores[i + 1] <= 0)
        gap = i - last - 1
        if not lone or blocks[i].words > _CARD_MAX_WORDS:
            flush()
        elif (len(cards) >= 2 and gap != step) or not _CARD_MIN_GAP <= gap <= _CARD_MAX_GAP:
            flush()
            cards.append(i)
        else:
            cards.append(i)
        step = gap
        last = i
    flush()
    return runs


def _longest_stretch(scores: list[float], start: int, end: int, skip: list[bool]) -> float:
    """The most prose in one stretch of paragraphs (at most one other line between two)
    in ``scores[start:end]``, leaving out the lines marked in ``skip``."""
    best = total = 0.0
    gap = 0
    for k in range(start, end):
        if scores[k] > 0 and not skip[k]:
            total = total + scores[k] if gap <= 1 else scores[k]
            gap = 0
            best = max(best, total)
        else:
            gap += 1
    return best


def _first_stretch(scores: list[float], start: int, end: int) -> float:
    """The prose of the first stretch of paragraphs (at most one other line between two)
    in ``scores[start:end]``."""
    total = 0.0
    gap = 0
    for k in range(start, end):
        if scores[k] > 0:
            total += scores[k]
            gap = 0
        elif total > 0:
            gap += 1
            if gap > 1:
                break
    return total


def _cut_trailing_cards(scores: list[float], blocks: Sequence[Block], start: int, end: int) -> int:
    """The end of the region without the teaser cards after the article: a card run
    inside the region ends it when a stretch of paragraphs before it holds more prose than
    the region from there on. A region of cards alone (a listing) keeps them."""
    runs = [(a, b) for a, b in _card_runs(scores[:end], blocks) if a > start]
    if not runs:
        return end
    in_cards = [False] * end
    for a, b in runs:
        for k in range(a, b + 1):
            in_cards[k] = True
    for a, _ in runs:
        before = _longest_stretch(scores, start, a, in_cards)
        after = sum(s for s in scores[a:end] if s > 0)
        if before >= max(_CARD_MIN_OTHER, after):
            cut_start, cut_end = best_run(scores[start:a])
            return start + cut_end if cut_end > cut_start else end
    return end


def _thread_markers(page: Page, lines: tuple[LineShape, ...]) -> list[int]:
    """The lines that head (or sign) a thread's entries: comment headers, and date lines
    when a page has several; a byline with a date ("Posted by: Ann | May 3, 2024") is a
    date line."""
    dated = [
        line.date_line
        or (
            page.labels[i] is Label.BYLINE and _DATE_IN_LINE.search(page.blocks[i].text) is not None
        )
        for i, line in enumerate(lines)
    ]
    use_dates = sum(dated) >= _THREAD_MIN_DATES
    return [i for i, line in enumerate(lines) if line.comment_header or (use_dates and dated[i])]


def _signature(page: Page, lines: tuple[LineShape, ...], i: int) -> bool:
    """A short line with a date in it that signs or heads a post ('Ann, May 11, 2024',
    'Bo posted 3 days ago'): no prose, no sentence ending it, and no quote's attribution
    ('— Ann (@ann) May 3, 2024', under an embedded post)."""
    text = page.blocks[i].text.strip()
    return (
        lines[i].prose == 0
        and page.blocks[i].words <= _ENTRY_MAX_WORDS
        and not text.endswith((".", "!", "?"))
        and not text.startswith(("—", "–", "-"))
        and (_DATE_IN_LINE.search(text) is not None or _AGO_IN_LINE.search(text) is not None)
    )


def _post_markers(page: Page, lines: tuple[LineShape, ...]) -> list[int]:
    """The thread's markers, with the post numbers of a page that numbers its posts
    ('#1', '#2', '#3'); and the page's signature lines when it has several: on a page
    with too few markers to be a topic, or more signatures besides them than markers (the
    headers of a few quotes inside posts that are signed with a date)."""
    markers = _thread_markers(page, lines)
    if _numbered_posts(page):
        numbers = {i for i, _ in page.cached("post-numbers", _post_numbers)}
        markers = sorted(set(markers) | numbers)
    signed = {i for i in range(len(lines)) if _signature(page, lines, i)} - set(markers)
    if len(signed) < _THREAD_MIN_DATES or (
        len(markers) >= _FORUM_MIN_ENTRIES and len(signed) <= len(markers)
    ):
        return markers
    return sorted(set(markers) | signed)


_FORUM_MIN_ENTRIES = 3
_FORUM_MAX_ENTRY = 0.5
_FORUM_LEAD_RATIO = 4.0
_FORUM_LONG_THREAD = 10


def _post_thread(
    page: Page, lines: tuple[LineShape, ...], scores: list[float]
) -> tuple[int, int] | None:
    """``(first header, last header)`` of a thread of posts that is the page's main text
    (a forum topic), else ``None``: no article-sized stretch of prose before its first
    header, at least ``_FORUM_MIN_ENTRIES`` entries with prose, and no leading entry
    over ``_FORUM_LEAD_RATIO`` times the typical one, as an article under its dateline
    outweighs its comments."""
    markers = _post_markers(page, lines)
    if len(markers) < _FORUM_MIN_ENTRIES:
        return None
    first = markers[0]
    bounds = [*markers, len(lines)]
    entries = [
        sum(s for s in scores[m + 1 : bounds[k + 1]] if s > 0) for k, m in enumerate(markers)
    ]
    total = sum(entries)
    before = _longest_stretch(scores, 0, first, [False] * first)
    # Prose before the first header is an article, unless it is the opening post of a long
    # topic whose first header it lacks: shorter than the longest reply, and running into
    # the replies with no end-of-article marker between.
    opening = (
        before < max(entries)
        and len(markers) >= _FORUM_LONG_THREAD
        and not _closed(page, scores, markers)
    )
    # A page that numbers its posts from '#1' prints its opening post as the first of
    # them: prose above it (a summary, a notice) makes no article, and short posts are a
    # topic still.
    numbered = _numbered_from_one(page)
    # The last entry runs on to the end of the page (its footer, a cookie dialog printed
    # in full): for the share of the thread each entry holds, it counts up to the end of
    # its first stretch of paragraphs.
    capped = [*entries[:-1], _first_stretch(scores, markers[-1] + 1, len(scores))]
    if (
        (before >= min(_THREAD_MIN_PROSE, max(entries)) and not (opening or numbered))
        or (total < _THREAD_MIN_PROSE and not numbered)
        or sum(1 for e in entries if e >= _PROSE_MIN_WORDS) < _FORUM_MIN_ENTRIES
        or max(capped) > _FORUM_MAX_ENTRY * sum(capped)
    ):
        return None
    # An article under its dateline (the first or second entry: a stray date may come
    # first) outweighs the typical entry after it, its comments. A topic's opening post
    # may too, when it is not article-sized and the replies (up to the last header: the
    # page runs on after it) together outweigh it.
    with_prose = [e for e in entries if e >= _PROSE_MIN_WORDS]
    lead = 0 if with_prose[0] >= with_prose[1] else 1
    rest = with_prose[:lead] + with_prose[lead + 1 :]
    replies = sum(e for e in entries[:-1] if e >= _PROSE_MIN_WORDS) - with_prose[lead]
    if (
        with_prose[lead] > _FORUM_LEAD_RATIO * statistics.median(rest)
        and (with_prose[lead] >= _THREAD_MIN_PROSE or replies <= with_prose[lead])
        and not _numbered_posts(page)
    ):
        return None
    return first, markers[-1]


def _closed(page: Page, scores: list[float], markers: list[int]) -> bool:
    """An end-of-article marker printed once on the page ('Comments', 'Related posts',
    'Next post'), or a shop's section heading ('Customer reviews'), stands between the
    longest stretch of paragraphs before the thread's first header and its second header:
    an article (or a product's description) closes there and its comments (reviews)
    follow. A topic's opening post runs into its replies, with only the furniture each
    post repeats between them."""
    texts = _text_counts(page)
    # Where the longest stretch of paragraphs before the first header ends.
    best = total = 0.0
    gap = last = 0
    for k in range(markers[0]):
        if scores[k] > 0:
            total = total + scores[k] if gap <= 1 else scores[k]
            gap = 0
            if total > best:
                best, last = total, k
        else:
            gap += 1
    return any(
        (page.rules[j] in END_MARKER_RULES and texts[page.blocks[j].text] == 1)
        or page.rules[j] in SECTION_MARKER_RULES
        for j in range(last + 1, markers[1])
    )


_POST_NUMBER = regex.compile(r"\s*#(\d{1,5})\s*$")
_POST_NUMBERS = 3


def _post_numbers(page: Page) -> list[tuple[int, int]]:
    """The lines that are a post's number ('#2'): (line, number), in order."""
    found = []
    for i, block in enumerate(page.blocks):
        m = _POST_NUMBER.match(block.text)
        if m is not None:
            found.append((i, int(m.group(1))))
    return found


def _numbered_posts(page: Page) -> bool:
    """The page numbers its posts ('#1', '#2', '#3' on lines of their own, in order): a
    forum topic, whose opening post may outweigh its replies."""
    run, last = 0, -1
    for _, number in page.cached("post-numbers", _post_numbers):
        run = run + 1 if number == last + 1 else 1
        last = number
        if run >= _POST_NUMBERS:
            return True
    return False


def _numbered_from_one(page: Page) -> bool:
    """The page numbers its posts and the first number is '#1'."""
    numbers = page.cached("post-numbers", _post_numbers)
    return _numbered_posts(page) and numbers[0][1] == 1


def _thread_start(page: Page, lines: tuple[LineShape, ...], scores: list[float]) -> int:
    """Where a thread of comments or posts starts after the article, else ``len(lines)``.

    A thread is a series of entries headed by "Name says:" lines or by date lines; it
    starts at its first header that follows a stretch of prose long enough to be the
    article (notices scattered between menus are not one). A header whose
    entry (the prose up to the next header, or the next entry with prose when its own is
    empty) is longer than all the prose before it is the article's dateline, not a thread,
    and so is one whose entries after it say nothing (the dates of teasers after the article).
    """
    n = len(lines)
    markers = _thread_markers(page, lines)
    if len(markers) < _MIN_COMMENT_HEADERS:
        return n
    # The prose in the entry each marker heads, and in the first entry with prose from it on
    # (a dateline printed twice heads an empty entry).
    bounds = [*markers, n]
    entries = [
        sum(s for s in scores[marker + 1 : bounds[k + 1]] if s > 0)
        for k, marker in enumerate(markers)
    ]
    first = entries[:]
    for k in range(len(first) - 2, -1, -1):
        if not first[k]:
            first[k] = first[k + 1]
    # How many entries from each marker on say something: a thread has two or more; one
    # article under its dateline, then the dates of teasers, is none.
    said = [0] * (len(markers) + 1)
    for k in range(len(markers) - 1, -1, -1):
        said[k] = said[k + 1] + (entries[k] >= _PROSE_MIN_WORDS)
    prose = stretch = longest = 0.0
    gap = 0
    i = 0
    for k, marker in enumerate(markers):
        while i < marker:
            if scores[i] > 0:
                prose += scores[i]
                stretch = stretch + scores[i] if gap <= 1 else scores[i]
                longest = max(longest, stretch)
                gap = 0
            else:
                gap += 1
            i += 1
        if (
            longest >= _THREAD_MIN_PROSE
            and len(markers) - k >= _MIN_COMMENT_HEADERS
            and first[k] <= prose
            and said[k] >= _MIN_COMMENT_HEADERS
            and _typical_entry(entries[k:]) <= _THREAD_MAX_ENTRY
        ):
            return marker
    return n


def _typical_entry(entries: list[float]) -> float:
    """The median prose of the entries that say something: a comment's is short, and
    entries of an article's length are its sections, with dated teaser cards set between
    them."""
    said = [e for e in entries if e >= _PROSE_MIN_WORDS]
    return statistics.median(said) if said else 0.0


def best_run(scores: list[float]) -> tuple[int, int]:
    """The contiguous run with the highest total (Kadane): ``(start, end)``, end exclusive.

    ``(0, 0)`` when no line scores above zero.
    """
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, score in enumerate(scores):
        if total <= 0:
            total, start = score, i
        else:
            total += score
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end


_VALLEY_SHARE = 0.35
_VALLEY_RATIO = 0.3
_VALLEY_ROUNDS = 3
_VALLEY_END_LABELS = frozenset({Label.RELATED, Label.COMMENTS})
_VALLEY_END_MARKERS = 2
_VALLEY_MIN_ARTICLE = 80.0
_VALLEY_LR = 0.5


def _split_at_valleys(
    scores: list[float], ends: list[bool], texts: Sequence[str], start: int, end: int
) -> tuple[int, int]:
    """Trim appendages off the run: a small stretch of prose (a teaser, a bio, a notice)
    joined to the article across a gap is another part of the page. When the smaller side
    of the run's deepest gap holds under ``_VALLEY_RATIO`` of the larger side's score and
    the gap costs at least ``_VALLEY_SHARE`` of it, only the larger side is the region.
    A gap holding two different end-of-article headings ("Related posts", "Leave a
    reply") ends the region before it when the prose above it is the article: at least
    ``_VALLEY_MIN_ARTICLE`` and half the prose below it."""
    for _ in range(_VALLEY_ROUNDS):
        # The lowest-scoring contiguous gap inside the run (Kadane on the negated scores).
        low, low_start, low_end = 0.0, 0, 0
        total, first = 0.0, start
        for i in range(start, end):
            if total >= 0:
                total, first = scores[i], i
            else:
                total += scores[i]
            if total < low:
                low, low_start, low_end = total, first, i + 1
        if low_end <= low_start:
            break
        left = sum(scores[start:low_start])
        right = sum(scores[low_end:end])
        small, large = min(left, right), max(left, right)
        # Distinct texts: one heading repeated under every post is the thread's furniture.
        markers = len({texts[k] for k in range(low_start, low_end) if ends[k]})
        if markers >= _VALLEY_END_MARKERS and left >= max(_VALLEY_MIN_ARTICLE, _VALLEY_LR * right):
            end = low_start
            continue
        if small > _VALLEY_RATIO * large or -low < _VALLEY_SHARE * small:
            break
        if left >= right:
            end = low_start
        else:
            start = low_end
    return start, end


_LIST_PAGE_MAX_PROSE = 60.0
_MIN_TEXT_PROSE = 8.0
_MIN_TEXT_LINES = 10
_LIST_PAGE_MIN_ITEMS = 30
_LIST_ITEM_MAX_WORDS = 12
_LIST_ITEM_MEAN_WORDS = 6
_LIST_PAGE_EDGE = 0.1


def _list_item(page: Page, lines: tuple[LineShape, ...], j: int) -> bool:
    """A line that may name an item of a list: label-sized, and no earlier rule's."""
    line = lines[j]
    return (
        page.labels[j] is None
        and page.blocks[j].words <= _LIST_ITEM_MAX_WORDS
        and not (line.counter or line.markup or line.comment_header)
    )


def _item_price(page: Page, j: int) -> bool:
    """A line with a number and no word in it beside an item: its price or rank ("$49+",
    "#3"), which the no-words rule dropped."""
    return page.rules[j] == "no-words" and any(c.isdigit() for c in page.blocks[j].text)


def _item_runs(page: Page, lines: tuple[LineShape, ...], priced: bool) -> list[tuple[int, int]]:
    """The runs of item lines, ``(start, end)``; with ``priced``, a price or a rank
    between two items does not end a run."""
    runs = []
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and (_list_item(page, lines, j) or (priced and j > i and _item_price(page, j))):
            j += 1
        while j > i and not _list_item(page, lines, j - 1):
            j -= 1  # a price after the last item
        if j > i:
            runs.append((i, j))
        i = j + 1
    return runs


_GRID_MIN_PRICES = 8
_GRID_PRICE_SHARE = 0.15
_GRID_MIN_START = 5


def _priced_grid(page: Page, a: int, b: int) -> bool:
    """The run ``[a, b)`` prints a price or a rank beside its items, at least
    ``_GRID_MIN_PRICES`` of them and one line in seven or more: a shop's grid or a
    ranking, which menus and footers are not, wherever it stands on the page."""
    prices = sum(1 for k in range(a, b) if _item_price(page, k))
    return prices >= _GRID_MIN_PRICES and prices >= _GRID_PRICE_SHARE * (b - a)


def _list_page(
    page: Page, lines: tuple[LineShape, ...], scores: list[float], start: int, end: int
) -> tuple[int, int]:
    """A page with no article on it (little prose in its best run) whose biggest run of
    label-sized lines no earlier rule labelled holds more words than that run, away from
    the top and the bottom of the page: a list of items (a catalogue, an index), which is
    the page's main content. Prices or ranks between the items do not end the run; a run
    read across them competes with the runs they split, and when it is a priced grid it
    may reach the page's last lines (a shop's short footer) or start near its top. A run
    whose lines the page prints elsewhere too is a menu."""
    prose = sum(s for s in scores[start:end] if s > 0)
    if prose >= _LIST_PAGE_MAX_PROSE:
        return start, end
    n = len(lines)
    best = (start, end)
    most = sum(page.blocks[k].words for k in range(start, end))
    for a, b in _item_runs(page, lines, False) + _item_runs(page, lines, True):
        if b - a < _LIST_PAGE_MIN_ITEMS:
            continue
        if _priced_grid(page, a, b):
            # The grid starts with the item of its first price: the menu and the intro
            # above it may join the run, as label-sized lines.
            a = max(a, next(k for k in range(a, b) if _item_price(page, k)) - 1)
            if a < _GRID_MIN_START or b - a < _LIST_PAGE_MIN_ITEMS:
                continue  # the first lines of a page are its menu, prices or not
        elif a < _LIST_PAGE_EDGE * n or b > (1 - _LIST_PAGE_EDGE) * n:
            continue  # a run at the top or the bottom of the page is its menu or footer
        words = sum(page.blocks[k].words for k in range(a, b))
        if most < words <= _LIST_ITEM_MEAN_WORDS * (b - a) and not _printed_elsewhere(page, a, b):
            # Lines longer than that are teasers or headlines, not the names of items.
            best, most = (a, b), words
    return best


_LIST_ELSEWHERE_SHARE = 0.5


def _printed_elsewhere(page: Page, a: int, b: int) -> bool:
    """Half or more of the run's lines are printed elsewhere on the page too: a site's
    menu (its header copy and its mobile or footer copy), not the page's own list."""
    texts = _text_counts(page)
    run = Counter(page.blocks[k].text for k in range(a, b))
    again = sum(1 for t in run if texts[t] > run[t])
    return again >= _LIST_ELSEWHERE_SHARE * len(run)


_LIST_MIN_WORDS = 3
_LIST_MAX_ITEMS = 80


def _introduced_list(page: Page, lines: tuple[LineShape, ...], start: int, end: int) -> int:
    """The end of the region with the list its last line introduces ("The tour dates:"):
    the lines after it, up to the first that no list item would be (a label-sized menu
    word, clutter an earlier rule found, a counter or comment header)."""
    if end <= start or not page.blocks[end - 1].text.rstrip().endswith(":"):
        return end
    stop = min(len(lines), end + _LIST_MAX_ITEMS)
    k = end
    while k < stop:
        line = lines[k]
        if (
            page.labels[k] is not None
            or page.blocks[k].words < _LIST_MIN_WORDS
            or line.counter
            or line.comment_header
            or line.markup
        ):
            break
        k += 1
    return k


def _menu_runs(page: Page, lines: tuple[LineShape, ...]) -> list[bool]:
    """Per block: part of a run of at least ``_MENU_RUN`` short lines (a menu or link list)."""
    n = len(lines)
    in_run = [False] * n
    i = 0
    while i < n:
        if not _menu_item(page.blocks[i], lines[i]):
            i += 1
            continue
        j = i
        while j < n and _menu_item(page.blocks[j], lines[j]):
            j += 1
        if j - i >= _MENU_RUN:
            for k in range(i, j):
                in_run[k] = True
        i = j
    return in_run


_MENU_REPEAT_SHARE = 0.34


def _lists_between_paragraphs(
    page: Page, lines: tuple[LineShape, ...], menus: list[bool], start: int, end: int
) -> None:
    """Unmark the runs of short lines inside the region ``[start, end)`` that stand right
    between two paragraphs: a list of the article's own (its steps, its specifications),
    not a menu, unless a third or more of its lines are printed elsewhere on the page too,
    as a site's menus are (a header menu and its mobile copy, a footer repeating it)."""
    texts = _text_counts(page)
    i = start + 1
    while i < end:
        if not menus[i]:
            i += 1
            continue
        j = i
        while j < end and menus[j]:
            j += 1
        if lines[i - 1].prose > 0 and j < end and lines[j].prose > 0:
            run = Counter(page.blocks[k].text for k in range(i, j))
            again = sum(1 for t in run if texts[t] > run[t])
            if again < _MENU_REPEAT_SHARE * len(run):
                menus[i:j] = [False] * (j - i)
        i = j


def _menu_item(block: Block, line: LineShape) -> bool:
    return line.prose == 0.0 and block.words <= _MENU_MAX_WORDS


# Clutter that heads a section: the lines under it, up to the next heading, are its kind.
_SECTION_LABELS = frozenset(
    {
        Label.RATING,
        Label.TEASER,
        Label.SUBSCRIBE,
        Label.SHARE,
        Label.RELATED,
        Label.COMMENTS,
        Label.COOKIE_NOTICE,
    }
)
_SECTION_REACH = 40


def _sections(page: Page, end: int) -> list[tuple[Label, str] | None]:
    """Per block after ``end``: the clutter section it sits in, from the nearest clutter
    line above it ("Related Posts", "Next Post", "Subscribe"), for at most a few lines."""
    out: list[tuple[Label, str] | None] = [None] * len(page.blocks)
    current: tuple[Label, str] | None = None
    since = 0
    for i in range(end, len(page.blocks)):
        label = page.labels[i]
        if label is not None:
            current = (label, page.blocks[i].text[:40]) if label in _SECTION_LABELS else None
            since = 0
            continue
        since += 1
        if current is not None and since <= _SECTION_REACH:
            out[i] = current
    return out


_ENTRY_MAX_WORDS = 16
_ENTRY_REACH = 3
_ENTRY_TEXT_WORDS = 12
_THREAD_MIN_ENTRIES = 2
_ENTRY_GAP = 30
_TRAILING_FURNITURE = 2
_FURNITURE_WORDS = 4
_AGO_IN_LINE = regex.compile(
    rf"\b\d{{1,3}}\s*{_AGO_UNIT}\s+ago\b", regex.IGNORECASE | regex.UNICODE
)


def _entry_header(page: Page, lines: tuple[LineShape, ...], i: int) -> bool:
    """A line that heads or signs a comment: 'Anna says:', a date line, or a short line
    with a date or a time ago in it ('Posted by Ann on May 3, 2024', 'Bo (5 days ago)')."""
    line = lines[i]
    if line.comment_header or line.date_line:
        return True
    text = page.blocks[i].text
    return page.blocks[i].words <= _ENTRY_MAX_WORDS and (
        _DATE_IN_LINE.search(text) is not None or _AGO_IN_LINE.search(text) is not None
    )


def _entry_text(page: Page, lines: tuple[LineShape, ...], i: int) -> bool:
    """A line a comment says something in: prose, or a sentence-long line."""
    return lines[i].prose > 0 or page.blocks[i].words >= _ENTRY_TEXT_WORDS


def _entry_sentence(page: Page, lines: tuple[LineShape, ...], i: int) -> bool:
    """A line of prose that ends a sentence, as a comment's text does and a headline
    between the dates of a news list does not."""
    return lines[i].prose > 0 and _TERMINAL.search(page.blocks[i].text[-4:]) is not None


def _thread_span(
    page: Page, lines: tuple[LineShape, ...], first: int, floor: int
) -> tuple[int, int]:
    """``(start, end)`` of the comment thread that starts at or after ``first``, or
    ``(-1, -1)`` when what follows a comments heading is no thread (a form, a notice,
    headlines): a thread has at least ``_THREAD_MIN_ENTRIES`` entries, each a header or
    signature line next to the text of a comment, at most ``_ENTRY_GAP`` lines apart.
    The thread runs until clutter of another kind or a second comment form; it ends where
    the text under its last header ends, or at its last signature when the names and
    dates sign the comments from below."""
    if first < 0:
        return -1, -1
    blocks, labels = page.blocks, page.labels
    limit = min(len(lines), first + _COMMENT_SCAN)
    headers: list[int] = []
    stop = first
    while stop < limit:
        label = labels[stop]
        if (
            stop > first
            and label is not None
            and label is not Label.COMMENTS
            and label is not Label.BYLINE
        ):
            break
        if headers and page.rules[stop] == "comment-form":
            break
        if _entry_header(page, lines, stop) and not (
            stop > first and _entry_header(page, lines, stop - 1)
        ):
            if headers and stop - headers[-1] > _ENTRY_GAP:
                break
            headers.append(stop)
        stop += 1

    def text(j: int) -> bool:
        return _entry_text(page, lines, j) and not _entry_header(page, lines, j)

    def sentence(j: int) -> bool:
        return _entry_sentence(page, lines, j) and not _entry_header(page, lines, j)

    def says(k: int, step: int) -> bool:
        # The lines from a header to the next one, or up from a signature to the previous
        # one: prose with a sentence in it, and at most label-sized lines ('Reply', a
        # name) beside it. A headline between a date and a blurb makes a news teaser.
        j, seen = k + step, False
        while first <= j < stop and abs(j - k) <= _ENTRY_GAP:
            if _entry_header(page, lines, j):
                if step < 0 or seen:
                    break
            elif sentence(j):
                seen = True
            elif lines[j].prose <= 0 and blocks[j].words > _FURNITURE_WORDS:
                return False
            j += step
        return seen

    def adjacent(k: int) -> bool:
        return says(k, 1) or says(k, -1)

    entries = [k for k in headers if adjacent(k)]
    if len(entries) < _THREAD_MIN_ENTRIES:
        return -1, -1

    def below(k: int) -> int:
        while k < stop and _entry_header(page, lines, k):
            k += 1
        return k

    # Signed from below when the line right above a header says something more often
    # than the line right under it (where 'Reply' or the next comment's name stands).
    above_text = sum(1 for k in entries if k - 1 >= first and sentence(k - 1))
    below_text = sum(1 for k in entries if below(k) < stop and sentence(below(k)))
    k = below(entries[-1])
    after = k
    while (
        after < stop
        and after - k < _TRAILING_FURNITURE
        and blocks[after].words <= _FURNITURE_WORDS
        and not text(after)
    ):
        after += 1
    if above_text > below_text:
        # The thread ends at the last signature and its furniture, and starts with the
        # text signed by the first one.
        start = entries[0]
        while (
            start > floor
            and entries[0] - start <= _ENTRY_REACH
            and labels[start - 1] is None
            and text(start - 1)
        ):
            start -= 1
        return min(start, first), after
    # Headers above their text: the thread starts at the first comment's header (and
    # the name line above it) and ends with the text under the last header, at two lines
    # in a row that say nothing.
    start = entries[0]
    while (
        start > first
        and entries[0] - start < _HEADER_REACH
        and lines[start - 1].short
        and labels[start - 1] is None
    ):
        start -= 1
    end, quiet = after, 0
    while end < stop and quiet < 2:
        quiet = 0 if text(end) else quiet + 1
        end += 1
    return start, end - quiet


_REPEAT_MIN_WORDS = 12
_REPEAT_RUNS = 2


def _lone_repeats(page: Page, start: int, end: int) -> list[bool]:
    """Per block: a line of the region that repeats one above it in the region (a
    teaser's headline printed again, a slide cloned for another screen, a section a
    page prints once for each screen size), unless the repeats are one run of lines:
    an article the page prints twice, as a whole."""
    texts = [block.text for block in page.blocks]
    again = [False] * len(texts)
    seen: set[str] = set()
    for k in range(start, end):
        if page.labels[k] is not None:
            continue
        if texts[k] in seen and page.blocks[k].words >= _REPEAT_MIN_WORDS:
            again[k] = True
        seen.add(texts[k])
    runs = sum(1 for k in range(start, end) if again[k] and not (k > 0 and again[k - 1]))
    if runs >= _REPEAT_RUNS:
        return again
    return [
        again[k] and not (k > 0 and again[k - 1]) and not (k + 1 < len(again) and again[k + 1])
        for k in range(len(again))
    ]


class TextRegion(Rule):
    """The article of a text page is its best-scoring contiguous run of lines.

    Prose lines count for a run, short lines and clutter against it, and a strong
    end-of-article marker (rating widget, share bar, "Next Post", a comment header) counts
    so much against it that only a long stretch of real prose carries the run past it.
    Inside the run, lines no earlier rule labelled are body, unless they form a run of menu
    items, are counters or comment headers; outside it, they are header, navigation or footer.
    The site's copyright line ('© 2025 Acme Ltd', '... All rights reserved.') ends the run
    when an article's worth of prose precedes it: a dump may print more after the footer.
    On a page that is a thread of posts (a forum topic), the posts are the run: the
    furniture between them does not count against it. A page of ten lines or more whose
    best run holds less prose than a sentence (and no list of items) has no text in the
    dump: no line of it is body.
    """

    name = "text-region"
    family = "region"

    def apply(self, page: Page) -> None:
        if page.format != "text" or not page.blocks:
            return
        lines = shapes(page)
        scores = _scores(page, lines)
        posts = _post_thread(page, lines, scores)
        if posts is not None:
            # The posts' furniture (names, join dates, post numbers, a "Reply" under each)
            # does not split them; an end-of-article heading printed once still does.
            thread = len(lines)
            span = range(posts[0], posts[1])
            seen = Counter(page.blocks[k].text for k in span)
            for k in span:
                once = seen[page.blocks[k].text] == 1
                if not (once and page.rules[k] in END_MARKER_RULES):
                    scores[k] = max(scores[k], 0.0)
        else:
            thread = _thread_start(page, lines, scores)
        start, end = best_run(scores[:thread])
        if end <= start:
            return
        end = _cut_trailing_cards(scores, page.blocks, start, end)
        end = _cut_at_copyright(page, scores, start, end)
        ends = [
            label in _VALLEY_END_LABELS and score <= -_END_MARKER_PENALTY
            for label, score in zip(page.labels, scores, strict=True)
        ]
        texts = [block.text for block in page.blocks]
        start, end = _split_at_valleys(scores, ends, texts, start, end)
        end = _introduced_list(page, lines, start, end)
        listed = _list_page(page, lines, scores, start, end)
        is_list = listed != (start, end)
        start, end = listed
        if (
            not is_list
            and len(lines) >= _MIN_TEXT_LINES
            and sum(s for s in scores[start:end] if s > 0) < _MIN_TEXT_PROSE
        ):
            # A page's worth of lines whose best run holds less prose than one sentence
            # ('Get top deals, latest trends, and more.' between menus): its text is not in
            # the dump (a page its scripts fill in), and a stray line is no better than none.
            start = end
        menus = _menu_runs(page, lines)
        _lists_between_paragraphs(page, lines, menus, start, end)
        if is_list:
            # The items of a list page are its content, short as menu items are.
            menus[start:end] = [False] * (end - start)
        if thread < len(lines):
            first_comment = thread
        elif posts is not None:
            first_comment = -1  # the posts are the thread
        else:
            first_comment = self._first_comment(page, lines, end)
        if thread < len(lines):
            # The commenter's name line above the thread's first date line is the comment's.
            while (
                first_comment > max(end, thread - _HEADER_REACH)
                and lines[first_comment - 1].short
                and page.labels[first_comment - 1] is None
            ):
                first_comment -= 1
        # A comments heading or form is no thread: the thread needs entries signed with a
        # date or a 'says:' header, and it ends with its last entry.
        first_comment, comments_end = _thread_span(page, lines, first_comment, end)
        section = _sections(page, end)
        repeats = _lone_repeats(page, start, end)
        counted = _counted_runs(page)
        for i in list(page.undecided()):
            line = lines[i]
            if line.counter:
                page.decide(i, Label.BYLINE, "a counter line (comments, shares, views)", self.name)
            elif posts is not None and start <= i < end and _QUOTE_LEAD_IN.match(texts[i]):
                page.decide(
                    i, Label.BODY, "a post's header or quote lead-in ('Ann said:')", self.name
                )
            elif line.comment_header:
                page.decide(i, Label.COMMENTS, "a comment header (name, date, 'says:')", self.name)
            elif line.markup:
                page.decide(i, Label.BOILERPLATE, "HTML markup left in the dump", self.name)
            elif start <= i < end:
                if menus[i]:
                    page.decide(
                        i, Label.NAVIGATION, "a run of short lines, as menus are", self.name
                    )
                elif counted[i]:
                    page.decide(
                        i,
                        Label.NAVIGATION,
                        "a run of lines each ending in a count (most read, archive)",
                        self.name,
                    )
                elif line.date_line:
                    page.decide(i, Label.BYLINE, "a date line", self.name)
                elif repeats[i]:
                    page.decide(i, Label.BOILERPLATE, "a repeat of a line above it", self.name)
                else:
                    page.decide(i, Label.BODY, "inside the main text region", self.name)
            elif i < start:
                label = Label.NAVIGATION if menus[i] else Label.HEADER
                page.decide(i, label, "before the main text region", self.name)
            elif first_comment >= 0 and first_comment <= i < comments_end:
                page.decide(i, Label.COMMENTS, "in the comments after the article", self.name)
            elif (under := section[i]) is not None and under[0] is not Label.COMMENTS:
                label, heading = under
                page.decide(i, label, f"after the main text region, under {heading!r}", self.name)
            else:
                label = Label.NAVIGATION if menus[i] else Label.FOOTER
                page.decide(i, label, "after the main text region", self.name)

    @staticmethod
    def _first_comment(page: Page, lines: tuple[LineShape, ...], end: int) -> int:
        stop = min(len(lines), end + _COMMENT_SCAN)
        for i in range(end, stop):
            if lines[i].comment_header or page.labels[i] is Label.COMMENTS:
                return i
        return -1


class TextTitle(Rule):
    """The title of a text page: the headline-like line nearest above the first prose.

    Dumps of web pages often start with the document title ("Headline | Site") and repeat
    the headline above the article; the repeat is the title and the first line is header.
    The title found is also recorded as ``page.title_hint``, so later title rules agree.
    """

    name = "text-title"
    family = "structure"

    def apply(self, page: Page) -> None:
        if page.format != "text" or not page.blocks:
            return
        lines = shapes(page)
        blocks = page.blocks
        clutter = _phrase_checkers()
        first_prose = next(
            (i for i, line in enumerate(lines[:_TITLE_SCAN]) if line.prose >= _TITLE_PROSE),
            min(len(blocks), _TITLE_SCAN),
        )
        head = blocks[0]
        if _headline_like(head, lines[0]) and not any(r.check(head, page) for r in clutter):
            # The first line names the page: the headline repeats it further down, or stands
            # above the prose in other words (the <title> of the page and its <h1>).
            for i in range(1, min(len(blocks), first_prose + _TITLE_REACH)):
                if _headline_like(blocks[i], lines[i]) and matches_title(blocks[i].text, head.text):
                    page.decide(i, Label.TITLE, "the headline the first line repeats", self.name)
                    page.decide(0, Label.HEADER, "the page's document title line", self.name)
                    page.title_hint = blocks[i].text
                    return
            above = self._headline_above(page, lines, first_prose, clutter, stop=0)
            if above is not None:
                page.decide(0, Label.HEADER, "the page's document title line", self.name)
                return
            page.decide(0, Label.TITLE, "the first line, short as titles are", self.name)
            page.title_hint = head.text
            return
        self._headline_above(page, lines, first_prose, clutter, stop=-1)

    def _headline_above(
        self,
        page: Page,
        lines: tuple[LineShape, ...],
        first_prose: int,
        clutter: tuple[BlockRule, ...],
        stop: int,
    ) -> int | None:
        """Label the headline-like line nearest above the first prose (down to ``stop``,
        not included) as the title, passing over the byline lines under it."""
        blocks = page.blocks
        for i in range(first_prose - 1, max(stop, first_prose - 1 - _TITLE_REACH), -1):
            if not _headline_like(blocks[i], lines[i]) or _byline_line(blocks, lines, i):
                continue  # "By Ann Lee", "Mar 3, 2024 · 4 min read": the headline is above
            if not any(r.check(blocks[i], page) for r in clutter):
                page.decide(i, Label.TITLE, "the headline-like line above the prose", self.name)
                page.title_hint = blocks[i].text
                return i
        return None


def _headline_like(block: Block, line: LineShape) -> bool:
    text = block.text.rstrip()
    return (
        _TITLE_MIN_WORDS <= block.words <= _TITLE_MAX_WORDS
        and not text.endswith((".", ",", ":", ";"))
        and not (line.counter or line.date_line or line.comment_header)
        and line.prose < _TITLE_PROSE
    )


_NAME_LINE_MAX_WORDS = 4


def _byline_line(blocks: Sequence[Block], lines: Sequence[LineShape], i: int) -> bool:
    """Whether line ``i`` is the byline under a headline: a "By" line, a date with more
    after it, or a name alone on its line above or below a date line."""
    text = blocks[i].text
    if byline_names(text) or dated_names(text) or parse_date(text[:40], loose=True):
        return True
    if blocks[i].words > _NAME_LINE_MAX_WORDS or clean_name(text, strict=True) != text.strip():
        return False
    return any(0 <= j < len(lines) and lines[j].date_line for j in (i - 1, i + 1))


@functools.cache
def _phrase_checkers() -> tuple[BlockRule, ...]:
    from cleanpage.rules.clutter import PhraseRule, phrase_rules

    return tuple(r for r in phrase_rules() if isinstance(r, PhraseRule))


def line_rules() -> list[Rule]:
    """The text-only rules that run after the clutter phrases, in order."""
    return [TextRegion()]


def title_rules() -> list[Rule]:
    """The text-only rules that run before the built-in title rule."""
    return [TextTitle()]
