"""Page metadata: title, authors, dates, site, language and more, each with its source.

Sources are read strongest first — JSON-LD, OpenGraph / ``article:*``, Twitter cards,
``<meta name=...>``, microdata (``itemprop``), ``<time datetime>``, ``rel=author``, byline
text, the URL's date path, ``<html lang>``, ``<title>`` and ``<h1>`` — and the winning source
of every field is recorded in ``Metadata.sources``. A value the page does not give stays
``None`` (or an empty tuple): a date without a day is no date, and nothing here raises on
malformed input.

The work is bounded: one XPath evaluation collects the few element kinds read (``meta``,
``link``, ``script``, ``title``, ``time``, ``h1``, ``itemprop``/``rel`` carriers and
author/byline/date classes), and the byline text is only looked for near those.
"""

from __future__ import annotations

import datetime
import functools
import html
import itertools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from copy import deepcopy
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import regex
from lxml import etree

from cleanpage import html as html_tree
from cleanpage.language import stopwords
from cleanpage.memo import text_cache

__all__ = [
    "Metadata",
    "dump_metadata",
    "extract_metadata",
    "extract_text_metadata",
    "parse_date",
    "tidy_title",
]

Date = datetime.date  # a datetime.datetime is a date too


@dataclass(frozen=True, slots=True)
class Metadata:
    """What the page says about itself. ``sources`` maps a field name to where it came from.

    ``types`` are the schema.org types the page declares for itself (``NewsArticle``, ...).
    extract() copies these fields onto the Article (``sources`` as ``metadata_sources``).

    >>> meta = extract_text_metadata(["Tides", "By Jane Doe", "March 3, 2024"])
    >>> meta.title, meta.authors, meta.published
    ('Tides', ('Jane Doe',), datetime.date(2024, 3, 3))
    >>> meta.sources
    {'title': 'title-tag', 'authors': 'byline', 'published': 'byline'}
    """

    title: str | None = None
    authors: tuple[str, ...] = ()
    published: Date | None = None
    modified: Date | None = None
    site_name: str | None = None
    url: str | None = None
    language: str | None = None
    description: str | None = None
    tags: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    image: str | None = None
    license: str | None = None
    sources: dict[str, str] = field(default_factory=dict)
    types: tuple[str, ...] = ()
    """What the page declares itself to be, lower case: schema.org ``@type`` values of its
    JSON-LD objects (``newsarticle``, ``product``...) and ``og:type`` as ``og:article``..."""


# --------------------------------------------------------------------------- dates

# How far in the future a date may lie (clock skew, time zones) before it is rejected.
FUTURE_TOLERANCE = datetime.timedelta(days=2)
EARLIEST_YEAR = 1990

_ISO = regex.compile(
    r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?"
    r"\s*(Z|UTC|GMT|[+\-]\d{2}(?::?\d{2})?)?\s*$",
    regex.IGNORECASE,
)
_COMPACT = regex.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?)?\s*$")
_NUMERIC = regex.compile(r"(?<!\d)(\d{4})([/.\-])(\d{1,2})\2(\d{1,2})(?!\d)")
_DMY = regex.compile(r"(?<![\d.\-])(\d{1,2})([./\-])(\d{1,2})\2(\d{4})(?!\d)")
_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january jan januar janv janvier enero ene gennaio gen janeiro jänner januari styczeń",
        "february feb februar févr fevrier février febrero febbraio fevereiro februari luty",
        "march mar märz maerz mars marzo março maart marzec",
        "april apr avril avr abril aprile kwiecień",
        "may mai mayo maggio maio mei maj",
        "june jun juni juin junio giugno junho czerwiec",
        "july jul juli juillet juil julio luglio julho lipiec",
        "august aug août aout agosto ago augustus sierpień",
        "september sep sept septembre septiembre settembre setembro set wrzesień",
        "october oct oktober octobre octubre ottobre outubro okt out październik",
        "november nov novembre noviembre novembro listopad",
        "december dec dezember déc décembre decembre diciembre dic dicembre dezembro dez grudzień",
    ),
    start=1,
):
    for _name in _names.split():
        _MONTHS.setdefault(_name, _number)
_MONTH_NAME = "|".join(sorted((regex.escape(m) for m in _MONTHS), key=len, reverse=True))
# "March 3, 2024", "Mar. 3rd 2024"
_MDY_TEXT = regex.compile(
    rf"\b({_MONTH_NAME})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", regex.IGNORECASE
)
# "3 March 2024", "3. März 2024", "3 de marzo de 2024", "le 3 mars 2024"
_DMY_TEXT = regex.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?({_MONTH_NAME})\.?,?\s+(?:de\s+)?(\d{{4}})\b",
    regex.IGNORECASE,
)
_CJK_DATE = regex.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_URL_DATE = regex.compile(
    r"/((?:19|20)\d{2})[/\-_]?(0[1-9]|1[0-2])[/\-_]?(0[1-9]|[12]\d|3[01])(?:/|[\-_][^\d]|$)"
)


def _tz(text: str | None) -> datetime.tzinfo | None:
    if not text:
        return None
    upper = text.upper()
    if upper in ("Z", "UTC", "GMT"):
        return datetime.timezone.utc
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 14 or minutes > 59:
        raise ValueError("offset out of range")
    offset = datetime.timedelta(hours=hours, minutes=minutes)
    return datetime.timezone(-offset if text[0] == "-" else offset)


def _plausible(value: Date, now: datetime.datetime | None = None) -> Date | None:
    if value.year < EARLIEST_YEAR:
        return None
    now = now or datetime.datetime.now(datetime.timezone.utc)
    if isinstance(value, datetime.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=datetime.timezone.utc)
        return value if aware <= now + FUTURE_TOLERANCE else None
    return value if value <= (now + FUTURE_TOLERANCE).date() else None


def _build(
    year: int,
    month: int,
    day: int,
    hour: str | None = None,
    minute: str | None = None,
    second: str | None = None,
    fraction: str | None = None,
    zone: str | None = None,
) -> Date | None:
    try:
        if hour is None:
            return _plausible(datetime.date(year, month, day))
        micro = int((fraction or "0")[:6].ljust(6, "0"))
        value = datetime.datetime(
            year, month, day, int(hour), int(minute or 0), int(second or 0), micro, tzinfo=_tz(zone)
        )
        return _plausible(value)
    except (ValueError, OverflowError):
        return None


def parse_date(text: object, *, loose: bool = False) -> Date | None:
    """A date or datetime from ``text``, or None: never a guessed day or month.

    Machine-readable forms (ISO 8601, ``20240303``) are read strictly; with ``loose=True``
    a date written in prose is also looked for ("March 3, 2024", "3. März 2024",
    "3 de marzo de 2024", "2024/03/03", "03.03.2024"). A datetime is timezone-aware when the
    text gives an offset. Impossible dates, dates before 1990 and dates in the future are
    rejected.

    >>> parse_date("2024-03-03T10:00:00+01:00").isoformat()
    '2024-03-03T10:00:00+01:00'
    >>> parse_date("2023/12") is None
    True
    """
    if not isinstance(text, str) or not text or len(text) > 400:
        return None
    m = _ISO.match(text)
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]), m[4], m[5], m[6], m[7], m[8])
    m = _COMPACT.match(text)
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]), m[4], m[5], m[6])
    if not loose and len(text) > 40:
        return None
    return _prose_date(text)


def _prose_date(text: str) -> Date | None:
    m = _NUMERIC.search(text)
    if m:
        return _build(int(m[1]), int(m[3]), int(m[4]))
    m = _MDY_TEXT.search(text)
    if m:
        return _build(int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    m = _DMY_TEXT.search(text)
    if m:
        return _build(int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    m = _CJK_DATE.search(text)
    if m:
        return _build(int(m[1]), int(m[2]), int(m[3]))
    m = _DMY.search(text)
    if m:
        # 03.03.2024 or 3/3/2024: day first unless the first number cannot be a day's month.
        # With dashes both orders are common (03-09-2026): only an unambiguous one is read.
        first, second = int(m[1]), int(m[3])
        if m[2] == "-" and first <= 12 and second <= 12 and first != second:
            return None
        if m[2] in "/-" and second > 12 >= first:
            return _build(int(m[4]), first, second)
        return _build(int(m[4]), second, first)
    return None


def url_date(url: str | None) -> Date | None:
    """The day a URL's path gives (``/2024/03/03/``), never a day invented from a month.

    >>> url_date("https://coastnews.example/2024/03/03/tides")
    datetime.date(2024, 3, 3)
    >>> url_date("https://coastnews.example/2024/03/tides") is None
    True
    """
    if not url:
        return None
    m = _URL_DATE.search(urlsplit(url).path)
    return _build(int(m[1]), int(m[2]), int(m[3])) if m else None


# --------------------------------------------------------------------------- names

_SPACE = regex.compile(r"\s+")
_BY_PREFIX = regex.compile(
    r"^\s*(?:(?:written|posted|published|reported|text|story|words|photos?)\s+)?"
    r"(?:by|von|par|por|di|door|av|af|przez|от)\s*:?\s+",
    regex.IGNORECASE,
)
_AUTHOR_LABEL = regex.compile(
    r"^\s*(?:(?:authors?|autor(?:in|en|es|a)?|auteur(?:e|s)?|autore|writer|written by|"
    r"posted by|reporter)\s*:?|contributors?\s*:)\s*",
    regex.IGNORECASE,
)
_NAME_SEPARATOR = regex.compile(
    r"\s*(?:,|;|&|\s(?:and|und|et|y|e|en|og|och|i|with|avec|mit|con)\s|\||\n)\s*"
    r"(?:(?:and|und|et|y|e|with|avec|mit|con)\s+)?",
    regex.IGNORECASE,
)
# A name ends before these words: "Rob Roe Edited by ...", "Ann Lee Last updated".
_STOP_WORDS = (
    "monday tuesday wednesday thursday friday saturday sunday today yesterday"
    " on at in am le el il updated edited published posted photo photos video reviewed"
    " fact-checked follow last view read more"
)
_NAME_STOP = frozenset(_STOP_WORDS.split())
# A month ends a name only when a day or year follows ("Jane Doe March 3"): June, May and
# Maio are names too ("Laura June Topolsky", "Tom May"). Byline prose cut before its date
# may end on the month.
_NAME_ROLES = frozenset(
    [
        "editor",
        "writer",
        "reporter",
        "correspondent",
        "contributor",
        "columnist",
        "staff",
        "photographer",
        "producer",
        "redakteur",
        "redakteurin",
        "rédacteur",
        "journaliste",
        "periodista",
        "autor",
        "author",
        "founder",
        "co-founder",
        "ceo",
        "cto",
        "director",
        "manager",
        "coordinator",
        "specialist",
        "strategist",
    ]
)
_NAME_PARTICLES = frozenset(
    [
        "de",
        "da",
        "del",
        "della",
        "der",
        "den",
        "di",
        "du",
        "la",
        "le",
        "van",
        "von",
        "y",
        "bin",
        "al",
        "el",
        "dos",
        "das",
        "ter",
        "ten",
        "st.",
        "mc",
    ]
)
_NAME_WORD = regex.compile(r"^(?:\p{Lu}[\p{L}'’\-.]*|\p{Lu}\.|\p{Lo}+)$")
_CREDENTIAL = regex.compile(
    r"^(?=.*\p{L})(?:[\p{Lu}\d.\-]{1,8}(?:\s\d+)?|Ph\.?D\.?|M\.?D\.?|Jr\.?|Sr\.?)$"
)
_NOT_NAMES = frozenset(
    [
        "admin",
        "administrator",
        "staff",
        "editor",
        "editors",
        "guest",
        "anonymous",
        "unknown",
        "team",
        "redaktion",
        "rédaction",
        "redacción",
        "home",
        "contact",
        "share",
        "menu",
        "search",
        "login",
        "comments",
        "follow",
        "view",
        "read",
        "more",
        "profile",
    ]
)
# What a menu sorts by ("Solutions by Industry", "Shop By Category", "BY USE CASE"): the
# words after its "by" are no one's name.
_FACETS_TEXT = (
    "category categories industry industries sector sectors type types role roles topic topics"
    " subject subjects location locations region regions size product products brand brands"
    " price rating date style field specialty service services department function modality"
    " format genre level language country state city audience collection occasion material"
    " color colour need goal integration platform solution solutions skill age grade room"
    " course ingredient cuisine method diet dish meal event version manufacturer vendor seller"
    " designer artist school genus species recipient"
    " season theme kategorie branche thema catégorie secteur thème categoría sector tema"
    " categoria settore"
)
_FACETS = frozenset(_FACETS_TEXT.split())
_FACET_PAIRS = frozenset(
    {"use case", "use cases", "company type", "company size", "team size", "event type"}
)
_MAX_NAME_WORDS = 6
_MAX_AUTHORS = 10


# Soft hyphens, zero-width spaces, word joiners and byte-order marks: invisible in a title.
_INVISIBLE = str.maketrans("", "", "\xad\u200b\u2060\ufeff")


def _clean(text: object) -> str:
    if not isinstance(text, str):
        return ""
    if "&" in text and _ENTITY.search(text):
        text = html.unescape(text)  # an entity escaped twice ("&amp;reg;") reads "&reg;"
    if text.isascii():
        # The same answer, faster: NFC leaves ASCII alone, and str.split's white space
        # (which also takes the ASCII separators \x1c-\x1f) is regex's \s.
        return " ".join(text.split())
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _is_url(text: str) -> bool:
    return text.startswith(("http://", "https://", "//", "/", "www."))


_NAME_ROLE_SEPARATOR = regex.compile(r"\s+[-–—|·•]\s+")
# A template's unfilled field: "page.head.extra.author", "{{ author.name }}".
_TEMPLATE = regex.compile(
    r"^[\p{Ll}_]+(?:\.[\p{Ll}_]+)*\.(?:author|authors|name|byline|creator)$|\{\{|\}\}|\$\{"
)
# A user name with digits, as a meta tag or a forum gives it ("kwalsh482", "user447274"):
# one token of three letters or more, not a count with its unit ("10mins", "5th").
_DIGIT_HANDLE = regex.compile(r"^(?!\d+\p{L}*$)(?=(?:.*\p{L}){3})[\p{L}\p{N}._\-]{3,40}$")
# A team that signs as one ("Towpath Staff", "The Lockkeeper editors"): a role word after one
# word, or after "The"/"Our" and one word, is the byline itself, not a person's title.
_GROUP_ROLES = frozenset(("staff", "editor", "editors", "contributor", "contributors"))


# Words a name may end on with their full stop: "Ann Lee, Esq.", "Warner Bros."
_ABBREVIATED = frozenset({"Esq.", "Bros.", "Inc.", "Corp.", "Ltd."})


def clean_name(text: str, *, strict: bool = False) -> str | None:
    """``text`` as a person's name, or None when it does not look like one.

    ``strict`` (for byline prose) wants every word capitalised, as names are written.

    >>> clean_name("Jane Doe"), clean_name("jane doe"), clean_name("jane doe", strict=True)
    ('Jane Doe', 'jane doe', None)
    >>> clean_name("Staff Reporter") is None  # a role, not a name
    True
    """
    name = _clean(text)
    if name.startswith(","):
        return None  # ", Daily Courier": the affiliation of a name the page left out
    name = _BY_PREFIX.sub("", name)
    name = _AUTHOR_LABEL.sub("", name)
    # "Jane Doe - Editorial Team", "Jane Doe | Staff Writer": the name comes first.
    name = _NAME_ROLE_SEPARATOR.split(name, 1)[0]
    name = name.strip(" \t\"'“”«»:–—-|·•")
    last = name.rsplit(None, 1)[-1] if name else ""
    if last.endswith(".") and len(last) >= 4 and last[:-1].isalpha() and last not in _ABBREVIATED:
        name = name[:-1]  # "This post was written by Jane Doe.": the sentence's full stop
    half = len(name) // 2
    if name[:half] == name[half + 1 :] and name[half : half + 1] == " ":
        name = name[:half]  # "Jane Doe Jane Doe": the name shown twice (avatar and link)
    else:
        words = name.split()
        for size in range(1, min(len(words) // 2, 4) + 1):
            if all(word == words[i % size] for i, word in enumerate(words)):
                name = " ".join(words[:size])  # "Ann Lee Ann Lee Ann": shown again and again
                break
    if not name or len(name) > 80 or _is_url(name) or ("@" in name and " " not in name):
        return None
    if _TEMPLATE.search(name):
        return None
    first, _, rest = name.partition(" ")
    if (
        2 <= len(first) <= 3
        and first.isupper()
        and first == "".join(w[:1] for w in rest.split())[: len(first)]
    ):
        name = rest  # "JD Jane Doe": an avatar's initials before the name
    if (
        any(ch.isdigit() for ch in name)
        and not _CREDENTIAL.search(name.split()[-1])
        and (strict or not _DIGIT_HANDLE.match(name))
    ):
        return None
    words = name.split()
    for i, word in enumerate(words):
        lowered = word.lower().strip(".,:")
        following = words[i + 1] if i + 1 < len(words) else ""
        dated = following[:1].isdigit() or (strict and not following)
        if i and (lowered in _NAME_STOP or (dated and lowered in _MONTHS)):
            words = words[:i]
            break
        if lowered in _GROUP_ROLES and i == len(words) - 1 and _is_group(words[:i]):
            break  # "Towpath Staff": the team's own byline
        if lowered in _NAME_ROLES:
            words = words[: min(i, 2)]  # "Ben Roe Games Editor": the role's words go too
            break
    if not words:
        return None
    name = " ".join(words).strip(" ,;:-–—|")
    lowered = name.lower()
    if (
        len(words) > _MAX_NAME_WORDS
        or lowered in _NOT_NAMES
        or lowered in _FACETS
        or lowered in _FACET_PAIRS
        or not name
    ):
        return None
    if strict:
        for word in words:
            if word.lower() in _NAME_PARTICLES:
                continue
            if not _NAME_WORD.match(word):
                return None
    return name


def _is_group(before: list[str]) -> bool:
    """Whether the words before a closing role word name a team: "Towpath" of "Towpath Staff",
    "The Lockkeeper" of "The Lockkeeper editors" (not "Ben Roe" of "Ben Roe Editor")."""
    if before[:1] and before[0].lower() in ("the", "our"):
        return len(before) <= 2  # "Our Editors", "The Lockkeeper editors"
    return len(before) == 1 and before[0][:1].isupper()


_PARENTHESIS = regex.compile(r"\s*\(([^()]*)\)?")
_NOT_IN_NAME = regex.compile(r"[@/:\d]")
# The last part of a strict byline may say what the people named are, in lower case:
# "Ann Lee and Rob Roe, extension educators".
_DESCRIPTION = regex.compile(r"^(?=.*(?:^|\s)\p{Ll}{3})[\p{L}\s\-]+$")
_CO_AUTHORS = regex.compile(r"^(?:with|avec|mit|con|and|et|und|y)\s", regex.IGNORECASE)


def _in_parentheses(m: regex.Match[str], strict: bool) -> str:
    """What of "(...)" stays with the name before it: a nickname or handle, "Ann (Annie)
    Lee", "Ann Lee (annlee)", not an address or a date; byline prose keeps only names."""
    inner = m[1].strip()
    if _CO_AUTHORS.match(inner):
        return ", " + inner  # "Ann Lee (with Rob Roe)": more authors
    if strict or not inner or len(inner) > 40 or len(inner.split()) > 3:
        return ""
    if _NOT_IN_NAME.search(inner):
        return ""
    return f" ({inner})"


def split_names(text: str, *, strict: bool = False) -> list[str]:
    """The names in an author string: "Jane Doe and John Roe" → two names.

    Credentials after a comma ("Jane Doe, MD") stay with the name before them.

    >>> split_names("Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> split_names("Jane Doe, MD")
    ['Jane Doe, MD']
    """
    text = _clean(text)
    text = _BY_PREFIX.sub("", text)
    text = _AUTHOR_LABEL.sub("", text)
    if text.startswith(","):
        return []  # ", Daily Courier": the affiliation of a name the page left out
    if "(" in text:
        text = _PARENTHESIS.sub(lambda m: _in_parentheses(m, strict), text)
    names: list[str] = []
    after_role = False
    parts = _NAME_SEPARATOR.split(text)
    for index, part in enumerate(parts):
        part = part.strip()
        if not part:
            continue
        if names and _CREDENTIAL.match(part):
            names[-1] = f"{names[-1]}, {part}"
            continue
        if after_role:
            break  # "Jane Doe Marketing Director, Acme Corp": after the role, the employer
        if names and part.split()[-1].lower().strip(".,:") in _NAME_ROLES | _GROUP_ROLES:
            break  # "Rob Lane, Music Editor": the role of the name before it
        name = clean_name(part, strict=strict)
        if name is None:
            if strict:
                if (
                    names
                    and index == len(parts) - 1
                    and _DESCRIPTION.search(part)
                    and text[: text.rfind(part)].rstrip().endswith(",")
                ):
                    break  # "Ann Lee and Rob Roe, extension educators": their role last
                return []
            continue
        names.append(name)
        words = part.split()
        cut = len(name.split())
        if cut < len(words) and words[cut].lower().strip(".,:") in _NAME_STOP:
            break  # "Ann Lee In Politics, World": the byline's section list, not co-authors
        after_role = any(w.lower().strip(".,:") in _NAME_ROLES for w in words[1:])
    return names[:_MAX_AUTHORS]


# Byline prose: "By Jane Doe and John Roe", "Posted on March 3, 2024 by Jane Doe",
# "Von Max Muster", "Par Jean Dupont", "Por Juan Pérez", "Publié le 3 mars 2024 par ...".
# A name's words, with up to two lower-case particles between them ("Marna van der Merwe").
_BYLINE_NAME = (
    r"\p{Lu}[\p{L}'’.\-]*(?:\s+(?:(?:de|da|del|della|der|den|van|von|di|du|la|le|y|bin|al|el"
    r"|dos|das|ter|ten)\s+){0,2}\p{Lu}[\p{L}'’.\-]*){0,4}"
)
_BYLINE = regex.compile(
    r"(?:^|[\s|·•,(])(?:(?i:by)|(?P<other>[Vv]on|[Pp]ar|[Pp]or|[Dd]oor|[Dd]i|[Aa]v)):?\s+"
    rf"(?P<names>{_BYLINE_NAME}(?:\s*(?:,(?:\s*(?:and|und|et|y|e))?|&|and|und|et|y|e)\s+"
    rf"{_BYLINE_NAME}){{0,5}})"
    r"(?![\p{L}\p{N}_])",  # "by Simple07": a user name with digits, not the name "Simple"
)
# The word before a "by" that credits someone other than the page's writer: "Fact checked
# by", "Medically reviewed by", "Sponsored by", "Powered by", "Sorted by", "Inspired by",
# and a menu's "Sort by", "Search by", "Refine by", "Shop by". The byline proper may come
# later in the line ("... — Written by").
_CREDITS_OTHER = regex.compile(
    r"(?:^|\s)(?i:(?P<review>reviewed|checked|fact-checked|verified|approved)|sorted|filtered"
    r"|grouped|ranked|powered|sponsored|presented|brought|inspired|validated|managed|hosted"
    r"|supported|funded|owned|operated|provided|offered|sold|shipped|translated|illustrated"
    r"|narrated|moderated|refine|search|searched|sort|browse|shop|filter|explore|narrow"
    r"|enhanced)\s*:?\s*$"
)
_BYLINE_MAX_CHARS = 200
# The label words _BYLINE needs, as a cheap first test.
_BY_HINT = regex.compile(r"(?i:by|von|par|por|door|di|av)\b")
# Two capitalised words before a lower-case "by" end a heading ("Property Taxes by State"),
# not a credit ("Posted by", "Guide by"): the last of them is a _TITLE_WORD.
_HEADING_WORDS = regex.compile(r"(?:^|\s)\p{Lu}[\p{L}'’\-]*\s+\S+$")
_DAY_NEXT = regex.compile(r"\s*,?\s*\d")
# Lower-case words before a byline's "by": "Posted on ... by", "Last updated ... by" have a
# few; a sentence that goes on to say "by" has more.
_PROSE_WORD = regex.compile(r"(?<!\S)\p{Ll}{2,}(?!\S)")
_BYLINE_PROSE_WORDS = 4


def byline_names(text: str) -> list[str]:
    """The author names a byline gives: "By Jane Doe and John Roe" → both.

    >>> byline_names("By Jane Doe and John Roe")
    ['Jane Doe', 'John Roe']
    >>> byline_names("Posted in News")
    []
    """
    if _BY_HINT.search(text) is None:
        return []  # no label word at all: most lines, cheaply
    text = _clean(text)
    if not text or len(text) > _BYLINE_MAX_CHARS:
        return []
    reviewers: list[str] = []
    for m in _BYLINE.finditer(text):
        before = text[: m.start("names")].rstrip()
        label = before.rsplit(None, 1)[-1] if before else ""
        head = before[: -len(label)].rstrip()
        if _TITLE_WORD.search(head) and (label[:1].isupper() or _HEADING_WORDS.search(head)):
            # "Lock Gates By Hand": a title's capitalised "By"; "Tide Tables by Region",
            # "The Report by Coast Data": a heading that goes on to its "by".
            continue
        if len(_PROSE_WORD.findall(before[: -len(label)])) > _BYLINE_PROSE_WORDS:
            continue  # "... ranked by region and by Subject.": a sentence that says "by"
        other = _CREDITS_OTHER.search(head)
        if other is not None:
            # "Fact checked by Ann Lee": a reviewer, a sponsor, a sort order. A reviewer
            # stands in for a writer the line does not name ("Reviewed by Ann Lee, MD").
            if other["review"] and not reviewers:
                reviewers = split_names(m["names"], strict=True)
            continue
        # The capital-letter checks must hold despite IGNORECASE: re-check word by word.
        names = split_names(m["names"], strict=True)
        if m["other"] and any(len(name.split()) < 2 for name in names):
            continue  # "Door Hinges", "Av Cables": "by" in Dutch or Swedish, English here
        if names and names[-1].lower() in _MONTHS and _DAY_NEXT.match(text, m.end("names")):
            names.pop()  # "By Jan 5, 2026": a date, no name
        month = m["names"].rsplit(None, 1)[-1]
        if (
            names
            and month.lower() in _MONTHS
            and m["names"].endswith(f"{names[-1]} {month}")
            and not _DAY_NEXT.match(text, m.end("names"))
        ):
            names[-1] = f"{names[-1]} {month}"  # "By Tom May": no day follows the month
        last = text.find(names[-1], m.start("names")) if names else -1
        edited = _EDITED_BY.match(text, last + len(names[-1])) if last >= 0 else None
        if edited is not None:
            # "Written by Rob Roe Edited by Bea Byer": the editor shares the credit.
            names += [n for n in split_names(edited[1], strict=True) if n not in names]
        return (names or reviewers)[:_MAX_AUTHORS]
    return reviewers[:_MAX_AUTHORS]


# "Edited by" right after a byline's names, and the editor's name.
_EDITED_BY = regex.compile(
    r"[\s,;|·•]*(?i:edited\s+by):?\s+(\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3})"
)


# A word that ends a title's run of capitalised words, just before a capitalised "By"
# (not a byline's own lead: "Written By", "Posted By").
_TITLE_WORD = regex.compile(
    r"(?<!\S)(?!(?i:written|posted|published|reported|story|words|text|photos?|edited|"
    r"reviewed|posts?|articles?|stories|more|column|essay|feature|opinion|commentary|analysis"
    r"|interview)$)"
    r"\p{Lu}\p{Ll}[\p{L}'’\-]*$"
)


_DATE_WORDS = regex.compile(
    r"\b(?:last|modified|updated|published|posted|edited|reviewed|created|date)\b",
    regex.IGNORECASE,
)


def _is_role(text: str) -> bool:
    """Whether ``text`` is a job title alone: "Senior Writer", "Staff Reporter"."""
    words = text.split()
    return 0 < len(words) <= 4 and words[-1].lower().strip(".,:") in _NAME_ROLES


# The dates a dateline may write beside a name, and what separates them.
_DIGIT = regex.compile(r"\d")
_DATE_SPANS = (_NUMERIC, _MDY_TEXT, _DMY_TEXT, _CJK_DATE, _DMY)
_DATELINE_SEPARATOR = regex.compile(r"\s*[|·•—–]\s*|\s+-\s+")
_DATELINE_MAX_CHARS = 120


def dated_names(text: str) -> list[str]:
    """The name a dateline shows beside its date, without a "By": "Jane Doe · March 3, 2024",
    "Mar 3, 2024 • Jane Doe in News". Only when the date is there and what is left is one
    name of two to four capitalised words.

    >>> dated_names("Mar 3, 2024 • Jane Doe in News")
    ['Jane Doe']
    >>> dated_names("March 3, 2024 · 5 min read"), dated_names("Jane Doe")
    ([], [])
    """
    if not _DIGIT.search(text):
        return []
    text = _clean(text)
    if not text or len(text) > _DATELINE_MAX_CHARS:
        return []
    rest = text
    for pattern in _DATE_SPANS:
        rest = pattern.sub("|", rest)
    if rest == text:
        return []
    parts = [p for p in _DATELINE_SEPARATOR.split(rest) if p.strip(" ,;:")]
    if len(parts) > 1:
        # "Ann Lee | Senior Writer | July 2, 2025": the writer's role is no second name.
        parts = [p for p in parts if not _is_role(p)]
    if len(parts) != 1:
        return []
    names = split_names(parts[0].strip(" ,;:"), strict=True)
    if len(names) != 1 or not 2 <= len(names[0].split()) <= 4 or _DATE_WORDS.search(names[0]):
        return []  # "Last Modified: Jan 3, 2025" is the date's label, not a name
    return names


# --------------------------------------------------------------------------- titles

_TITLE_SEPARATOR = regex.compile(r"\s+[|–—·•»/\\\-~]\s+|\s+::\s+")
_TITLE_DECORATION = regex.compile(r"[\s¶#\p{Co}]+$")


def title_parts(title: str) -> list[str]:
    """``title`` cut at its separators (" | ", " - ", " · ", " / ", " :: " ...).

    >>> title_parts("Tides | Part 2 - Coast News")
    ['Tides', 'Part 2', 'Coast News']
    """
    return _TITLE_SEPARATOR.split(title)


# A listing's count of what it lists, after its name: "Best Books Ever (77141 books)",
# "Trail Shoes (158 ITEMS)". Not a year ("(2025 Reviews)") and not a bare number.
_LISTED_COUNT = regex.compile(
    r"\s+\((?!(?:19|20)\d\d\b)\d[\d,.\s]*\+?\s*(?:items?|results?|products?|books?|articles?"
    r"|posts?|listings?|jobs?|reviews?|titles?|entries|artikel|produkte|ergebnisse|produits"
    r"|résultats|productos|resultados|artículos|prodotti|risultati|articoli)\)$",
    regex.IGNORECASE,
)


def tidy_title(title: str) -> str:
    """``title`` without the permalink marks headings carry ("Usage¶", "Usage #"), without
    invisible characters (soft hyphens, zero-width spaces) and without a listing's count
    of its items ("Trail shoes (158 items)").

    >>> tidy_title("Usage¶"), tidy_title("Usage #"), tidy_title("Trail shoes (158 items)")
    ('Usage', 'Usage', 'Trail shoes')
    """
    title = title.translate(_INVISIBLE)
    title = _TITLE_DECORATION.sub("", title) or title
    if title.endswith(")"):
        title = _LISTED_COUNT.sub("", title) or title
    return title


_NOT_WORD = regex.compile(r"[\W_]+")


# Cached: the same titles and site names are keyed again and again while the title's
# parts are weighed against them (nine calls in ten on scrapinghub_aeb repeat one).
@text_cache(maxsize=4096)
def _key(text: str) -> str:
    return _NOT_WORD.sub("", text.casefold())


def _site_names(site_name: str | None, url: str | None) -> set[str]:
    names = set()
    if site_name:
        names.add(_key(site_name))
    if url:
        host = (urlsplit(url).hostname or "").removeprefix("www.")
        if host:
            names.add(_key(host.rsplit(".", 1)[0]))
            names.add(_key(host))
            # The registered name without subdomains: "tidewatch" of forum.tidewatch.org
            # (and of tidewatch.co.uk, where the label before the country code is "co").
            labels = host.split(".")
            if len(labels) >= 3:
                registered = labels[-3] if len(labels[-2]) <= 3 else labels[-2]
                names.add(_key(registered))
                # And with its top-level domain: "CoastTimes.com" on
                # origin.coasttimes.example.com.
                names.add(_key(".".join(labels[labels.index(registered) :])))
                # A project's own subdomain on a shared host names it too: "flask" of
                # flask.hostedprojects.example; not a service's ("docs", "blog", "en").
                names.update(
                    _key(label)
                    for label in labels[: labels.index(registered)]
                    if len(label) >= 3 and label not in _SERVICE_LABELS
                )
    names.discard("")
    return names


# Subdomains that name a service of the site, not the site.
_SERVICE_LABELS_TEXT = (
    "www www1 www2 www3 web amp mobile docs doc documentation blog blogs news forum forums bbs"
    " community discuss shop store support help developer developers dev api learn about app"
    " apps home info wiki beta static cdn secure online portal"
)
_SERVICE_LABELS = frozenset(_SERVICE_LABELS_TEXT.split())
_ACRONYM_MIN_WORDS = 3


def _is_site(
    part: str, names: set[str] | frozenset[str], trailing: bool = False, leading: bool = False
) -> bool:
    key = _key(part)
    if not key:
        return True
    if leading and key not in names and any(_names_product(key, n) for n in names):
        # A first part that starts with the site's name and goes on is a product's name:
        # "Nintendo Switch - OLED Model" on nintendo.example, "Tideworks Pro 2 | Specs".
        return False
    # The part is the site's name, or the name with a word or two more ("Rust Blog").
    if any(
        key == n
        or (len(n) >= 4 and (key in n or (n in key and len(key) <= len(n) + 8)))
        or (trailing and len(n) >= 3 and key.startswith(n) and len(part.split()) <= 4)
        for n in names
    ):
        return True
    # The name spelt out whose initials the host gives: "Coastal Safety and Health
    # Administration" on csha.example (its capitalised words; "and" and "of" are skipped).
    words = part.split()
    initials = [w[0] for w in words if w[:1].isupper()]
    return (
        len(initials) >= _ACRONYM_MIN_WORDS
        and len(initials) >= len(words) - 2
        and "".join(initials).casefold() in names
    )


def _names_product(key: str, name: str) -> bool:
    """Whether ``key`` is the site's ``name`` and more that is not one of the site's
    services: "nintendoswitch" of nintendo, not "coastnewsforums" of coastnews."""
    return len(name) >= 4 and key.startswith(name) and key[len(name) :] not in _SERVICE_LABELS


# The label forum software sets before a topic's title: "Site • View topic - Topic".
_PAGE_LABEL = regex.compile(
    r"^(?:view(?:ing)?\s+(?:topic|thread|forum)|thema\s+anzeigen|afficher\s+le\s+sujet"
    r"|ver\s+tema|visualizza\s+argomento)$",
    regex.IGNORECASE,
)
# The names a site gives its home and about pages: alone they name no page.
_SITE_PAGE = regex.compile(
    r"^(?:home(?:\s*page)?|about(?:\s+us)?|start(?:seite)?|accueil|inicio|início|über\s+uns"
    r"|à\s+propos|chi\s+siamo|sobre\s+(?:nosotros|nós))$",
    regex.IGNORECASE,
)
_TAG_MAX_WORDS = 3
# A title's last part that dates it: "Best trail shoes - March 2026", "Tide tables | 2025".
_DATED_PART = regex.compile(rf"^(?:(?:{_MONTH_NAME})\.?\s+)?(?:19|20)\d\d$", regex.IGNORECASE)
_CRUMBS_MIN_PARTS = 3  # the headline and two sections
_CRUMBS_MIN_HEADLINE_WORDS = 3
_CRUMB_MAX_WORDS = 2
_TAG_MIN_HEADLINE_WORDS = 4


# The site credited in brackets after the title ("Tides (from Coast News)"), and a site's
# name set off by a spaced colon ("Tides : Coast News", "Coast News : Tides").
_BRACKETED_SITE = regex.compile(r"\s*\((?:from\s+)?([^()]{2,60}?)\s*\)$", regex.IGNORECASE)
_SPACED_COLON = " : "


def _without_site_credit(title: str, names: set[str]) -> str:
    """``title`` without a bracketed or colon-set part that is the site's name.

    >>> _without_site_credit("Tides rise (from Coast News)", {"coastnews"})
    'Tides rise'
    >>> _without_site_credit("Coast News : Tides rise : Sport", {"coastnews"})
    'Tides rise : Sport'
    >>> _without_site_credit("Tides rise (2025)", {"coastnews"})
    'Tides rise (2025)'
    >>> _without_site_credit("Coast News : Shop", {"coastnews"})
    'Coast News : Shop'
    """
    m = _BRACKETED_SITE.search(title)
    if m is not None and m.start() > 0 and _is_site(m[1], names):
        title = title[: m.start()].rstrip()
    if _SPACED_COLON in title:
        parts = title.split(_SPACED_COLON)
        while len(parts) > 1 and _is_site(parts[-1], names, trailing=True):
            parts.pop()
        while len(parts) > 1 and _is_site(parts[0], names):
            parts.pop(0)
        left = _SPACED_COLON.join(parts)
        if len(left.split()) > 1:  # not "Shop" of "Tidewright : Shop": the site's own page
            title = left
    return title


def clean_title(
    title: str | None,
    site_name: str | None = None,
    url: str | None = None,
    *,
    section: Callable[[str], bool] | None = None,
    authors: Iterable[str] = (),
) -> str | None:
    """``title`` without a site-name part: "Post | Site" and "Site – Post" give "Post".

    A part is dropped only when it is the site name (as the page or the URL's host gives it);
    otherwise the title stays whole.

    >>> clean_title("Tides | Coast News", site_name="Coast News")
    'Tides'
    >>> clean_title("Coast News – Tides", url="https://coastnews.example/2024/tides")
    'Tides'
    >>> clean_title("Tides | Part 2")
    'Tides | Part 2'

    ``section`` tells whether a part is the name of a section of the site (the page links
    to it): "Post / Section / Site" then gives "Post".

    >>> clean_title("Winter tides come early / Coast Talk / Coast News", "Coast News",
    ...             section=lambda part: part == "Coast Talk")
    'Winter tides come early'

    ``authors`` are the page's authors: a later part that names one is the byline the title
    carries ("Post | Ann Lee | Site"), and goes with every part after it.

    >>> clean_title("Winter tides | Notes | Ann Lee", authors=["Ann Lee"])
    'Winter tides | Notes'
    """
    title = _clean(title)
    if not title:
        return None
    if (site_name or url) and (" : " in title or title.endswith(")")):
        title = _without_site_credit(title, _site_names(site_name, url))
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    names = _site_names(site_name, url)

    def is_site(part: str) -> bool:
        return _is_site(part, names, leading=True)

    # Strip matching parts from the end, then from the start. A last part may also be the
    # site's name with more words after it ("Post | Tideworks API Reference"); a first part
    # that starts with the name is more often a product's name ("Tideworks Pro 2").
    seps = _TITLE_SEPARATOR.findall(title)
    two_parts = len(parts) == 2
    count = len(parts)
    while len(parts) > 1 and _is_site(parts[-1], names, trailing=True):
        parts.pop()
        seps.pop()
    last_dropped = len(parts) < count
    bylines = {_key(name) for name in authors} - {""}
    if bylines:
        named = next((i for i in range(1, len(parts)) if _key(parts[i]) in bylines), None)
        if named is not None:
            parts, seps = parts[:named], seps[: named - 1]
    while len(parts) > 1 and (is_site(parts[0]) or _PAGE_LABEL.match(parts[0])):
        parts.pop(0)
        seps.pop(0)
    if (
        len(parts) < count
        and (
            len(parts) >= _CRUMBS_MIN_PARTS
            or (last_dropped and len(parts) == 2 and section is not None and section(parts[1]))
        )
        and len(parts[0].split()) >= _CRUMBS_MIN_HEADLINE_WORDS
        and all(len(p.split()) <= _CRUMB_MAX_WORDS and p[:1].isupper() for p in parts[1:])
    ):
        # "Headline - National - Sport - Site": with the site's name gone, two or more short
        # capitalised parts after the headline are its section path; one is when the page
        # links to it by that name ("Topic / Board / Site Forums": the board).
        parts, seps = parts[:1], []
    if (
        two_parts
        and len(parts) == 2
        and len(parts[1].split()) <= _TAG_MAX_WORDS
        and len(parts[0].split()) >= _TAG_MIN_HEADLINE_WORDS
        and not parts[1][:1].islower()
        and not (parts[0][-1:].isdigit() and parts[1][:1].isdigit())  # "2026 / 2027"
        and _DATED_PART.match(parts[1]) is None
        and not any(len(n) >= 4 and n in _key(parts[0]) for n in names)
    ):
        # "Post title of several words | Short Tag": a short last part after a long one is
        # a site's name or tag line the page does not give elsewhere, not the title's end
        # ("... – tips and tricks" goes on in lower case; "2026 / 2027" is a range; "March
        # 2026" dates the title). Not
        # when the first part names the site: "Site Product Name | Page" ends on the page.
        parts.pop()
        seps.pop()
    if len(parts) == 1 and len(parts) < count and _SITE_PAGE.match(parts[0]):
        # "Home - Coast News", "About | Coast News": a site's own page, named by the site.
        return title
    rebuilt = parts[0]
    for sep, part in zip(seps, parts[1:], strict=False):
        rebuilt += sep + part
    return rebuilt


# --------------------------------------------------------------------------- collection

# Field precedence: the lower the rank, the stronger the source.
_RANK = {
    "json-ld": 0,
    "opengraph": 1,
    "twitter": 2,
    "meta": 3,
    "microdata": 4,
    "link": 4,
    "time": 5,
    "rel-author": 6,
    "byline": 7,
    "username": 8,
    "url": 8,
    "site-name": 9,
    "html-lang": 1,
    "title-tag": 9,
    "h1": 10,
}

# Types whose page is one article: their fields win over weaker sources.
_JSONLD_STRONG = frozenset(
    t.lower()
    for t in (
        "Article",
        "NewsArticle",
        "BlogPosting",
        "Report",
        "ScholarlyArticle",
        "TechArticle",
        "SocialMediaPosting",
        "LiveBlogPosting",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "BackgroundNewsArticle",
        "AdvertiserContentArticle",
        "SatiricalArticle",
        "DiscussionForumPosting",
        "Recipe",
        "HowTo",
    )
)
# Every type whose fields describe the page at all.
_JSONLD_ARTICLE_TYPES = _JSONLD_STRONG | frozenset(
    t.lower()
    for t in (
        "WebPage",
        "Blog",
        "Review",
        "QAPage",
        "Question",
        "ItemPage",
        "AboutPage",
        "ProfilePage",
        "CollectionPage",
        "MedicalWebPage",
        "VideoObject",
        "Product",
        "Course",
        "Event",
        "CreativeWork",
    )
)

# <meta name|property> → (field, source). Names are compared lower-cased.
_META_FIELDS: dict[str, tuple[str, str]] = {
    "og:title": ("title", "opengraph"),
    "twitter:title": ("title", "twitter"),
    "dc.title": ("title", "meta"),
    "dcterms.title": ("title", "meta"),
    "citation_title": ("title", "meta"),
    "parsely-title": ("title", "meta"),
    "sailthru.title": ("title", "meta"),
    "headline": ("title", "meta"),
    "article:author": ("authors", "opengraph"),
    "og:article:author": ("authors", "opengraph"),
    "author": ("authors", "meta"),
    "dc.creator": ("authors", "meta"),
    "dcterms.creator": ("authors", "meta"),
    "citation_author": ("authors", "meta"),
    "citation_authors": ("authors", "meta"),
    "parsely-author": ("authors", "meta"),
    "sailthru.author": ("authors", "meta"),
    "byl": ("authors", "meta"),
    "article.author": ("authors", "meta"),
    "twitter:creator": ("authors", "twitter"),
    "article:published_time": ("published", "opengraph"),
    "og:article:published_time": ("published", "opengraph"),
    "og:published_time": ("published", "opengraph"),
    "article:published": ("published", "opengraph"),
    "datepublished": ("published", "meta"),
    "date": ("published", "meta"),
    "pubdate": ("published", "meta"),
    "publishdate": ("published", "meta"),
    "publish-date": ("published", "meta"),
    "publish_date": ("published", "meta"),
    "published_time": ("published", "meta"),
    "published-date": ("published", "meta"),
    "article.published": ("published", "meta"),
    "article_date_original": ("published", "meta"),
    "original-publish-date": ("published", "meta"),
    "dc.date": ("published", "meta"),
    "dc.date.issued": ("published", "meta"),
    "dc.date.created": ("published", "meta"),
    "dcterms.date": ("published", "meta"),
    "dcterms.issued": ("published", "meta"),
    "dcterms.created": ("published", "meta"),
    "citation_publication_date": ("published", "meta"),
    "citation_date": ("published", "meta"),
    "parsely-pub-date": ("published", "meta"),
    "sailthru.date": ("published", "meta"),
    "creation_date": ("published", "meta"),
    "cxenseparse:recs:publishtime": ("published", "meta"),
    "displaydate": ("published", "meta"),
    "article:modified_time": ("modified", "opengraph"),
    "og:article:modified_time": ("modified", "opengraph"),
    "og:updated_time": ("modified", "opengraph"),
    "article:modified": ("modified", "opengraph"),
    "datemodified": ("modified", "meta"),
    "last-modified": ("modified", "meta"),
    "lastmod": ("modified", "meta"),
    "dc.date.modified": ("modified", "meta"),
    "dcterms.modified": ("modified", "meta"),
    "og:site_name": ("site_name", "opengraph"),
    "application-name": ("site_name", "meta"),
    "apple-mobile-web-app-title": ("site_name", "meta"),
    "dc.publisher": ("site_name", "meta"),
    "og:url": ("url", "opengraph"),
    "twitter:url": ("url", "twitter"),
    "og:description": ("description", "opengraph"),
    "twitter:description": ("description", "twitter"),
    "description": ("description", "meta"),
    "dc.description": ("description", "meta"),
    "dcterms.description": ("description", "meta"),
    "og:locale": ("language", "opengraph"),
    "content-language": ("language", "meta"),
    "language": ("language", "meta"),
    "dc.language": ("language", "meta"),
    "article:tag": ("tags", "opengraph"),
    "og:article:tag": ("tags", "opengraph"),
    "news_keywords": ("tags", "meta"),
    "keywords": ("tags", "meta"),
    "parsely-tags": ("tags", "meta"),
    "article:section": ("categories", "opengraph"),
    "og:article:section": ("categories", "opengraph"),
    "parsely-section": ("categories", "meta"),
    "section": ("categories", "meta"),
    "og:image": ("image", "opengraph"),
    "og:image:url": ("image", "opengraph"),
    "og:image:secure_url": ("image", "opengraph"),
    "twitter:image": ("image", "twitter"),
    "twitter:image:src": ("image", "twitter"),
    "thumbnail": ("image", "meta"),
    "dc.rights": ("license", "meta"),
    "dcterms.license": ("license", "meta"),
    "dcterms.rights": ("license", "meta"),
    "license": ("license", "meta"),
}
_LIST_FIELDS = frozenset({"authors", "tags", "categories"})
_ITEMPROP_FIELDS = {
    "headline": "title",
    "author": "authors",
    "creator": "authors",
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "modified",
    "dateupdated": "modified",
    "inlanguage": "language",
    "keywords": "tags",
    "articlesection": "categories",
    "license": "license",
}

# The head and the few tags read everywhere come from one filtered iteration; the body's
# microdata, rel links and byline classes from one XPath, run only when still needed.
_TAGS = ("meta", "link", "script", "title", "time", "h1")
# An icon font's person glyph before a name: "bi bi-person", "fa fa-user", "icon-user".
_PERSON_ICONS = ("bi-person", "fa-user", "icon-user", "icon-person", "glyphicon-user")
# Class fragments of elements that may hold a byline or a date ("post-author", "byline",
# "entry-date", "posted-on", "entry-meta"); lower case, matched inside the class attribute.
_BYLINE_CLASSES = ("author", "byline", "date", "posted", "meta", "username", *_PERSON_ICONS)
# One search for them all: cheaper than a test per fragment on every class of the page.
_BYLINE_CLASS = re.compile("|".join(map(re.escape, _BYLINE_CLASSES)))


def _body_candidates(root: Any, labels: list[tuple[Any, str]] | None) -> Iterator[Any]:
    """Elements with ``itemprop`` or ``rel``, or a byline-like class, in document order.

    With ``labels``, the same walk also collects the elements whose text opens a byline
    ("By", "Written by", "Author:") as (element, text).

    A plain loop over the elements is several times faster here than one XPath with
    ``contains(@class, ...)`` predicates (measured on wcxb_dev), and than an XPath over
    text nodes for the labels. (``root.iter()`` costs time quadratic in the depth of a
    tree; extract() hands in no tree deeper than about a thousand levels.)
    """
    label = _WALK_LABEL.match
    byline_class = _BYLINE_CLASS.search
    collect = labels is not None
    for count, element in enumerate(root.iter()):
        if count >= _MAX_WALK:
            return
        if collect:
            text = element.text
            # Cheap tests first: the regex on every text node would double the walk's cost.
            if text and len(text) <= _BYLINE_MAX_CHARS:
                text = text.lstrip()
                if text[:1] in _LABEL_FIRST and label(text) and labels is not None:
                    labels.append((element, text))
                    collect = len(labels) < _MAX_LABELS
        get = element.get
        if get("itemprop") is not None or get("rel") is not None:
            yield element
            continue
        cls = get("class")
        if cls is not None and byline_class(cls.lower()) is not None:
            yield element


def _candidates(root: Any, labels: list[tuple[Any, str]] | None) -> Iterable[Any]:
    """``_body_candidates``, by the compiled walk where the package has it (the same
    elements and labels: ``tests/test_walk.py`` compares them)."""
    compiled = html_tree._compiled_walk
    if compiled is None or not compiled.accepts(root):
        return _body_candidates(root, labels)
    found: list[Any] = compiled.body_candidates(
        root,
        labels,
        _WALK_LABEL.match,
        _BYLINE_CLASS.search,
        _LABEL_FIRST,
        _BYLINE_MAX_CHARS,
        _MAX_LABELS,
        _MAX_WALK,
        _MAX_COLLECTED,
    )
    return found


_COMMENT_TOKENS = regex.compile(r"comment|reply|respond|disqus|discussion", regex.IGNORECASE)
_UPDATED = regex.compile(
    r"updated|modified|aktualisiert|mis à jour|actualizado|edited|geändert", regex.IGNORECASE
)
_PUBLISHED_HINT = regex.compile(
    r"publish|posted|pubdate|entry-date|post-date|article-date|dateline|byline|"
    r"veröffentlicht|publié|publicado|date",
    regex.IGNORECASE,
)
_COPYRIGHT = regex.compile(r"©|\(c\)|copyright", regex.IGNORECASE)


def _dateline(text: str) -> tuple[Date | None, Date | None]:
    """The (published, modified) days a short dateline gives.

    "May 3, 2024 · Updated June 1, 2024" gives both; "Last updated: June 1, 2024" only the
    modified one; a copyright line neither.
    """
    if _COPYRIGHT.search(text):
        return None, None
    m = _UPDATED.search(text)
    if m is None:
        return parse_date(text, loose=True), None
    return parse_date(text[: m.start()], loose=True), parse_date(text[m.end() :], loose=True)


_MAX_COLLECTED = 5000
_MAX_WALK = 50_000
_ANCESTOR_LOOKUP = 8


_MAX_TYPES = 32


class _Candidates:
    """The values found per field, each with its source's rank, strongest kept."""

    def __init__(self) -> None:
        self.best: dict[str, tuple[int, int, str, Any]] = {}
        self.order = 0
        self.titles: list[str] = []  # every metadata title seen, for matching the <h1>
        self.ranked_titles: list[tuple[int, str, str]] = []  # (rank, source, title) of each
        self.card_labels: dict[str, str] = {}  # twitter:labelN / twitter:dataN pairs
        self.types: dict[str, None] = {}  # declared page types, in order, without repeats
        self.in_comments: dict[Any, bool] = {}  # per parent element, for _in_comments
        # The header, nav or form elements around the headline: a page's own header, or
        # markup a parser nested wrongly, not navigation.
        self.shells: frozenset[Any] = frozenset()
        # The attribute of the <meta> whose values are being added ("name" or "property"),
        # and the fields whose kept value a name= gave: the same rank's property= wins.
        self.meta_attribute: str | None = None
        self.named: set[str] = set()

    def add(self, name: str, source: str, value: Any, rank: int | None = None) -> None:
        if value is None or value == "" or value == () or value == []:
            return
        rank = _RANK[source] if rank is None else rank
        self.order += 1
        if name == "title" and source != "h1" and isinstance(value, str):
            self.titles.append(value)
            self.ranked_titles.append((rank, source, value))
        current = self.best.get(name)
        if current is None or rank < current[0] or self._renames(name, rank):
            self.best[name] = (rank, self.order, source, value)
            if self.meta_attribute == "name":
                self.named.add(name)
            else:
                self.named.discard(name)
        elif name in _LIST_FIELDS and current[2] == source and isinstance(value, tuple):
            merged = current[3] + tuple(v for v in value if v not in current[3])
            self.best[name] = (current[0], current[1], source, merged[: _MAX_AUTHORS * 3])

    def settled(self, name: str, rank: int) -> bool:
        """Whether a value of ``rank`` can no longer change the field: one that strong is
        kept, and it is neither a list (lists of one source merge) nor the title (every
        title is kept for matching the headline)."""
        if name in _LIST_FIELDS or name == "title":
            return False
        current = self.best.get(name)
        return current is not None and current[0] <= rank and not self._renames(name, rank)

    def _renames(self, name: str, rank: int) -> bool:
        """Whether a <meta property=...> being added outranks the field's kept value, of
        the same rank, that a <meta name=...> gave."""
        current = self.best.get(name)
        return (
            self.meta_attribute == "property"
            and current is not None
            and current[0] == rank
            and name in self.named
        )

    def get(self, name: str) -> Any:
        found = self.best.get(name)
        return found[3] if found else None

    def source(self, name: str) -> str | None:
        found = self.best.get(name)
        return found[2] if found else None


def _text_of(element: Any) -> str:
    try:
        return _clean(" ".join(element.itertext()))
    except (ValueError, TypeError):
        return ""


# NFC composes at most four code points into one (the longest canonical decomposition).
_NFC_MAX_SHRINK = 4


def _text_within(element: Any, limit: int) -> str | None:
    """``_text_of(element)`` when it is at most ``limit`` characters long, else None.

    Bylines and date lines are short: most elements tested for one hold far more text (a
    whole article, under a class with "meta" in it). Their text is read only until it is
    sure to be too long, which is before cleaning: cleaning keeps every character that is
    not white space, NFC composes at most four into one, and only an entity ("&amp;", in
    a text node that holds an "&") can shrink a run further, so those text nodes are not
    counted."""
    parts: list[str] = []
    kept = 0
    bound = _NFC_MAX_SHRINK * limit
    try:
        for part in element.itertext():
            parts.append(part)
            if "&" not in part:
                kept += sum(map(len, part.split()))
                if kept > bound:
                    return None
    except (ValueError, TypeError):
        return ""
    text = _clean(" ".join(parts))
    return text if len(text) <= limit else None


# Elements inside a word or a line: a heading made only of these reads as the browser shows
# it, "<em>Metroid</em>, One" as "Metroid, One" and "C<span>ycle</span>" as "Cycle".
_INLINE_TAGS = frozenset(
    {"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd"}
    | {"mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"}
)


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _heading_text(element: Any) -> str:
    """A heading's text as shown: inline children join without added spaces. A heading
    nested inside it (a parser's repair of a heading left open, a subtitle) ends it. A
    heading that prints its words twice (a copy for small screens, one for large) reads
    once."""
    try:
        if next(element.iterdescendants("button"), None) is not None:
            element = _without_buttons(element)
        nested = next(element.iterdescendants(*_HEADINGS), None)
        if nested is not None:
            shown = _text_before(element, nested)
            if shown:
                return _once(shown)
        if all(
            child.tag in _INLINE_TAGS
            for child in element.iterdescendants()
            if isinstance(child.tag, str)
        ):
            return _once(_clean("".join(element.itertext())))
    except (ValueError, TypeError):
        return ""
    return _once(_text_of(element))


def _without_buttons(element: Any) -> Any:
    """A copy of the heading without its buttons ("Crate tokio <button>Copy item
    path</button>"): a control's label is no word of the heading. The text after a
    button stays."""
    copy = deepcopy(element)
    copy.tail = None
    for button in list(copy.iterdescendants("button")):
        parent = button.getparent()
        if parent is None:
            continue
        if button.tail:
            before = button.getprevious()
            if before is not None:
                before.tail = (before.tail or "") + button.tail
            else:
                parent.text = (parent.text or "") + button.tail
        parent.remove(button)
    return copy


_REPEAT_MIN_WORDS = 2  # words of a heading printed twice ("Tide tables Tide tables")


def _once(text: str) -> str:
    """``text`` once when it is the same words two or three times over: "Tide tables
    Tide tables"."""
    words = text.split()
    for copies in (2, 3):
        size = len(words) // copies
        if size >= _REPEAT_MIN_WORDS and words[:size] * copies == words:
            return " ".join(words[:size])
    return text


@functools.lru_cache(maxsize=8)
def _title_keys(titles: tuple[str, ...], names: frozenset[str]) -> frozenset[str]:
    """The keys of the metadata titles and of their first parts, but the site's names
    (the same for each of a page's headings: kept for the next)."""
    wanted: set[str] = set()
    for title in titles:
        title = _clean(title)
        for part in (title, _TITLE_SEPARATOR.split(title)[0]):
            if not _is_site(part, names):
                wanted.add(_key(part))
    wanted.discard("")
    return frozenset(wanted)


def _heading_lead(element: Any, shown: str, titles: list[str], names: set[str]) -> str:
    """``shown``, the heading's text, cut where its own title ends when the heading sets
    more after it in elements of their own: a tag line, the book's binding, the story's
    source ("Black Edition<span>Complete high-protein powder meal</span>",
    "<a>Tides at dawn</a> <span>(coastnews.example)</span>"). The title ends there when
    a metadata title, or that title's first part, is the text before those elements (not
    the site's name: a logo's words before the headline's)."""
    wanted = _title_keys(tuple(titles), frozenset(names))
    full = _key(shown)
    if not wanted or full in wanted:
        return shown
    joiner = "" if shown == _clean("".join(element.itertext())) else " "
    parts: list[str] = []
    try:
        for event, node in etree.iterwalk(element, events=("start", "end")):
            if event == "start":
                if node is not element and isinstance(node.tag, str):
                    lead = _clean(joiner.join(parts))
                    key = _key(lead)
                    if key and key in wanted and len(key) < len(full):
                        return lead
                if node.text and isinstance(node.tag, str):
                    parts.append(node.text)
            elif node is not element and node.tail:
                parts.append(node.tail)
    except (ValueError, TypeError):
        return shown
    return shown


def _text_before(element: Any, stop: Any) -> str:
    """The text of ``element`` up to its descendant ``stop``."""
    parts: list[str] = []
    block = False
    for event, node in etree.iterwalk(element, events=("start", "end")):
        if event == "start":
            if node is stop:
                break
            if node is not element and isinstance(node.tag, str):
                block = block or node.tag not in _INLINE_TAGS
            if node.text and isinstance(node.tag, str):
                parts.append(node.text)
        elif node is not element and node.tail:
            parts.append(node.tail)
    return _clean((" " if block else "").join(parts))


def _tag(element: Any) -> str:
    tag = element.tag
    return tag.lower() if isinstance(tag, str) else ""


@text_cache(maxsize=65536)
def _names_comments(value: str) -> bool:
    """Whether a class or id attribute names a comment thread (cached across pages: the
    same containers are asked about for many elements)."""
    return _COMMENT_TOKENS.search(value) is not None


def _in_comments(element: Any, found: _Candidates) -> bool:
    """Whether one of the element's nearest ancestors is named as a comment thread
    (answered once per parent element: siblings share the answer)."""
    parent = element.getparent()
    if parent is None:
        return False
    known = found.in_comments.get(parent)
    if known is not None:
        return known
    answer = False
    for depth, node in enumerate(element.iterancestors()):
        if depth >= _ANCESTOR_LOOKUP * 3:
            break
        cls = node.get("class")
        ident = node.get("id")
        if (cls and _names_comments(cls)) or (ident and _names_comments(ident)):
            answer = True
            break
    found.in_comments[parent] = answer
    return answer


def _absolute(value: str | None, base: str | None) -> str | None:
    value = _clean(value)
    if not value or value.startswith(("data:", "javascript:")):
        return None
    if value.startswith("//"):
        scheme = urlsplit(base).scheme if base else ""
        return f"{scheme or 'https'}:{value}"
    if urlsplit(value).scheme in ("http", "https"):
        return value
    if base and urlsplit(base).scheme in ("http", "https"):
        try:
            return urljoin(base, value)
        except ValueError:
            return None
    return None


_LANGUAGE_TAG = regex.compile(
    r"^([A-Za-z]{2,3})(?:-([A-Za-z]{4}))?(?:-([A-Za-z]{2}|\d{3}))?(?:-.*)?$"
)


def language_tag(value: str | None) -> str | None:
    """``value`` as a BCP-47 tag: ``en_us`` → ``en-US``; None when it is not one.

    >>> language_tag("en_us"), language_tag("pt-br"), language_tag("english")
    ('en-US', 'pt-BR', None)
    """
    value = _clean(value).replace("_", "-").split(",")[0].strip()
    m = _LANGUAGE_TAG.match(value)
    if not m:
        return None
    parts = [m[1].lower()]
    if m[2]:
        parts.append(m[2].title())
    if m[3]:
        parts.append(m[3].upper())
    return "-".join(parts)


_LIST_SEPARATOR = regex.compile(r"[,;]")


def _split_list(value: str) -> tuple[str, ...]:
    items = [_clean(v) for v in _LIST_SEPARATOR.split(value)]
    return tuple(dict.fromkeys(v for v in items if v and len(v) <= 80))


# --------------------------------------------------------------------------- JSON-LD

_CDATA = regex.compile(r"^\s*(?://\s*)?(?:<!--|<!\[CDATA\[)|(?://\s*)?(?:-->|\]\]>)\s*$")
_ENTITY = regex.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def _jsonld_objects(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data[:100]:
            yield from _jsonld_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        graph = data.get("@graph")
        if graph is not None:
            yield from _jsonld_objects(graph, depth + 1)
        main = data.get("mainEntity")
        if isinstance(main, (dict, list)):
            yield from _jsonld_objects(main, depth + 1)


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower().rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _jsonld_names(value: Any, ids: dict[str, dict[str, Any]], depth: int = 0) -> list[str]:
    if depth > 3:
        return []
    if isinstance(value, str):
        return [] if _is_url(value) else split_names(value)
    if isinstance(value, list):
        names: list[str] = []
        for item in value[:_MAX_AUTHORS]:
            names.extend(n for n in _jsonld_names(item, ids, depth + 1) if n not in names)
        return names
    if isinstance(value, dict):
        ref = value.get("@id")
        if "name" not in value and isinstance(ref, str) and ref in ids:
            value = ids[ref]
        name = value.get("name")
        if isinstance(name, list):
            name = name[0] if name else None
        if isinstance(name, str):
            cleaned = clean_name(name)
            return [cleaned] if cleaned else []
        given, family = value.get("givenName"), value.get("familyName")
        if isinstance(given, str) and isinstance(family, str):
            cleaned = clean_name(f"{given} {family}")
            return [cleaned] if cleaned else []
    return []


def _jsonld_text(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("url") or value.get("@id")
    if not isinstance(value, str):
        return None
    for _ in range(2):  # JSON-LD often carries HTML entities, sometimes escaped twice
        if "&" not in value or not _ENTITY.search(value):
            break
        value = html.unescape(value)
    return _clean(value) or None


# The start of an address: a publisher given as one (its @id, its url) gives no name.
_ADDRESS = regex.compile(r"(?:[a-z][a-z0-9+.-]*://|//|#|www\.|urn:)", regex.IGNORECASE)


def _publisher_name(publisher: Any) -> str | None:
    """The name of an article's publisher: its ``name``, or the publisher itself as a
    string, but never its address (an ``@id`` no object on the page resolves).

    >>> _publisher_name({"@id": "https://news.example/#publisher"}) is None
    True
    >>> _publisher_name({"@type": "Organization", "name": "Coast: News"})
    'Coast: News'
    >>> _publisher_name("Coast News"), _publisher_name("urn:uuid:6e8bc430") is None
    ('Coast News', True)
    """
    if isinstance(publisher, list):
        publisher = publisher[0] if publisher else None
    if isinstance(publisher, dict):
        publisher = publisher.get("name")
    name = _jsonld_text(publisher)
    return None if name is None or _ADDRESS.match(name) else name


def _jsonld_list(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return _split_list(value)
    if isinstance(value, list):
        out: list[str] = []
        for item in value[:100]:
            text = _jsonld_text(item)
            if text:
                out.extend(_split_list(text))
        return tuple(dict.fromkeys(out))
    return ()


_ORGANISATION_TYPES = frozenset({"organization", "newsmediaorganization", "corporation"})


def _is_organisation(author: Any, ids: dict[str, dict[str, Any]]) -> bool:
    """True when a JSON-LD ``author`` is an organisation, given inline or by ``@id``."""
    if isinstance(author, list) and len(author) == 1:
        author = author[0]
    if not isinstance(author, dict):
        return False
    ref = author.get("@id")
    if "@type" not in author and isinstance(ref, str):
        author = ids.get(ref, author)
    return bool(_types(author) & _ORGANISATION_TYPES)


def _is_house(names: list[str], publisher: Any) -> bool:
    """True when the only author named is the publisher itself ("Cleveland Clinic")."""
    house = _key(_jsonld_text(publisher) or "")
    return bool(house) and len(names) == 1 and _key(names[0]) == house


def _read_jsonld(text: str, found: _Candidates, base: str | None) -> None:
    if "<!" in text or "-->" in text or "]]>" in text:  # faster than the search they gate
        text = _CDATA.sub("", text)
    text = text.strip()
    if not text or len(text) > 2_000_000:
        return
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        try:  # a common fault: raw line breaks inside strings
            data = json.loads(text.replace("\n", " ").replace("\r", " "), strict=False)
        except (ValueError, RecursionError):
            return
    objects = list(_jsonld_objects(data))
    ids = {o["@id"]: o for o in objects if isinstance(o.get("@id"), str)}

    # Strong article types first, then web pages, then anything with a headline.
    def strength(obj: dict[str, Any]) -> int:
        types = _types(obj)
        if types & _JSONLD_STRONG:
            return 0
        if types & _JSONLD_ARTICLE_TYPES:
            return 1
        return 2

    for obj in objects:
        for declared in sorted(_types(obj)):
            if len(found.types) < _MAX_TYPES:
                found.types.setdefault(declared)
    for obj in sorted(objects, key=strength):
        types = _types(obj)
        strong = strength(obj)
        rank = strong  # json-ld from an article outranks json-ld from a page or website
        if "website" in types or "organization" in types or "newsmediaorganization" in types:
            if "website" in types:
                found.add("site_name", "json-ld", _jsonld_text(obj.get("name")), rank=2)
            elif "publisher" not in found.best and "site_name" not in found.best:
                found.add("site_name", "json-ld", _jsonld_text(obj.get("name")), rank=3)
            continue
        if "person" in types or "breadcrumblist" in types or "imageobject" in types:
            continue
        if strong == 2 and not obj.get("headline"):
            continue
        title = _jsonld_text(obj.get("headline")) or (
            _jsonld_text(obj.get("name")) if strong < 2 and "webpage" not in types else None
        )
        if "question" in types:
            title = None  # a question of a FAQ, or the thread's question: its asker only
        found.add("title", "json-ld", title, rank=rank)
        author = obj.get("author") or obj.get("creator")
        names = _jsonld_names(author, ids)
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and "name" not in publisher:
            ref = publisher.get("@id")
            publisher = ids.get(ref, publisher) if isinstance(ref, str) else publisher
        # An organisation as author (typed so, or named as the publisher is) is the
        # publisher's house credit: any person named by a weaker source (a byline,
        # rel=author) is the better answer.
        organisation = _is_organisation(author, ids) or _is_house(names, publisher)
        found.add(
            "authors", "json-ld", tuple(names), rank=_RANK["byline"] + 1 if organisation else rank
        )
        found.add("published", "json-ld", parse_date(_jsonld_text(obj.get("datePublished"))), rank)
        found.add(
            "published", "json-ld", parse_date(_jsonld_text(obj.get("dateCreated"))), rank + 1
        )
        found.add("modified", "json-ld", parse_date(_jsonld_text(obj.get("dateModified"))), rank)
        found.add("site_name", "json-ld", _publisher_name(publisher), rank=rank + 1)
        found.add("description", "json-ld", _jsonld_text(obj.get("description")), rank=rank + 2)
        found.add("language", "json-ld", language_tag(_jsonld_text(obj.get("inLanguage"))), 3)
        found.add("tags", "json-ld", _jsonld_list(obj.get("keywords")), rank=rank)
        found.add("categories", "json-ld", _jsonld_list(obj.get("articleSection")), rank=rank)
        image = obj.get("image") or obj.get("thumbnailUrl")
        found.add("image", "json-ld", _absolute(_jsonld_text(image), base), rank=rank + 2)
        found.add("license", "json-ld", _jsonld_text(obj.get("license")), rank=rank)
        for key in ("url", "mainEntityOfPage"):
            if strong == 0:
                found.add("url", "json-ld", _absolute(_jsonld_text(obj.get(key)), base), rank=3)


# --------------------------------------------------------------------------- the walk


# Scholarly meta tags give one author per tag, written "Family, Given" ("Roy, Aniruddha").
_INVERTED_NAME_KEYS = frozenset({"citation_author", "dc.creator", "dcterms.creator"})
_INVERTED_NAME = regex.compile(
    r"^\s*(\p{Lu}[\p{L}'’\-]+)\s*,\s*(\p{Lu}[\p{L}'’\-]*\.?(?:\s+\p{Lu}[\p{L}'’\-]*\.?){0,2})\s*$"
)


def _uninverted(content: str) -> str:
    """ "Roy, Aniruddha" → "Aniruddha Roy": one family name, a comma, one to three given
    names or initials. Two full names ("Jane Doe, John Roe") stay a list."""
    m = _INVERTED_NAME.match(content)
    return f"{m[2]} {m[1]}" if m else content


def _meta_key(key: str) -> str:
    """Dublin Core written with a prefix colon ("dc:title", "dcterms:created") under the
    dotted names the table knows ("dc.title")."""
    if key.startswith(("dc:", "dcterm:", "dcterms:")):
        prefix, _, name = key.partition(":")
        return ("dc." if prefix == "dc" else "dcterms.") + name
    return key


def _add_meta(found: _Candidates, key: str, content: str, base: str | None) -> None:
    spec = _META_FIELDS.get(key)
    if key == "og:type":
        declared = content.strip().lower()
        if declared and len(declared) < 64 and len(found.types) < _MAX_TYPES:
            found.types.setdefault("og:" + declared)
        return
    if spec is None:
        if key.startswith(("twitter:label", "twitter:data")):
            found.card_labels[key] = content
        else:
            dated = _date_key(key)
            if dated is not None:
                found.add(dated, "meta", parse_date(content), rank=_RANK_OWN_NAME)
        return
    name, source = spec
    if found.settled(name, _RANK[source]):
        return
    if name in ("published", "modified"):
        found.add(name, source, parse_date(content))
    elif name == "authors":
        if key == "twitter:creator" or content.startswith("@"):
            return  # a handle, not a name
        if key in _INVERTED_NAME_KEYS:
            content = _uninverted(content)
        found.add(name, source, tuple(split_names(content)))
    elif name in ("tags", "categories"):
        found.add(name, source, _split_list(content))
    elif name == "language":
        found.add(name, source, language_tag(content))
    elif name in ("url", "image"):
        found.add(name, source, _absolute(content, base))
    elif key in ("dc.title", "dcterms.title"):
        found.add(name, source, _clean(content) or None, rank=_RANK["opengraph"] - 1)
    else:
        found.add(name, source, _clean(content) or None)


_DATE_KEY = regex.compile(
    r"(?:(?<!un)(publish|pub|updated|modified)(?:ed)?(?:date|time|on|at)?"
    r"|^(?:date|time)(publish|pub|updated|modified)(?:ed)?)$"
)
# Dates under names no convention defines are read, but every known source outranks them.
_RANK_OWN_NAME = 8


@text_cache(maxsize=4096)
def _date_key(key: str) -> str | None:
    """The date field a page's own meta or itemprop name gives: ``w-published-date``,
    ``published``, ``publishedAt``, ``updated_time``; None for any other name."""
    squeezed = key.lower().replace("-", "").replace("_", "").replace(".", "")
    m = _DATE_KEY.search(squeezed)
    if m is None:
        return None
    word = m[1] or m[2]
    return "modified" if word in ("updated", "modified") else "published"


def _element_date(element: Any) -> Date | None:
    value = element.get("datetime") or element.get("content")
    parsed = parse_date(value) if value else None
    if parsed is None:
        text = _text_within(element, 80)
        if text and not _COPYRIGHT.search(text):
            parsed = parse_date(text, loose=True)
    return parsed


def extract_metadata(
    root: Any, *, url: str | None = None, title_hint: str | None = None
) -> Metadata:
    """The metadata of a parsed page (an lxml root element), strongest source first.

    ``url`` is the page's address: relative canonical URLs and images are made absolute
    against it, and its date path is the weakest source of the publication day.
    ``title_hint`` is the weakest title source, used when the page gives none.

    >>> import lxml.html
    >>> root = lxml.html.document_fromstring(
    ...     "<html lang='en'><head><title>Tides | Coast News</title>"
    ...     "<meta property='og:site_name' content='Coast News'>"
    ...     "<meta name='author' content='Jane Doe'></head>"
    ...     "<body><h1>Tides</h1></body></html>"
    ... )
    >>> meta = extract_metadata(root, url="https://coastnews.example/2024/03/03/tides")
    >>> meta.title, meta.authors, meta.site_name, meta.language, meta.published
    ('Tides', ('Jane Doe',), 'Coast News', 'en', datetime.date(2024, 3, 3))
    >>> meta.sources["authors"], meta.sources["published"]
    ('meta', 'url')
    """
    if root is None:
        return Metadata()
    try:
        return _extract(root, url, title_hint)
    except Exception:  # metadata must never break extraction
        return Metadata()


def _extract(root: Any, url: str | None, title_hint: str | None) -> Metadata:
    found = _Candidates()
    base = url
    h1s: list[Any] = []
    times: list[tuple[int, Any]] = []
    for count, element in enumerate(root.iter(*_TAGS)):
        if count >= _MAX_COLLECTED:
            break
        _read_element(found, element, base, h1s, times)
    _read_card_labels(found)
    credit = _demote_house_authors(found)
    headline = _headline(h1s, found.get("site_name"))
    if headline is not None:
        found.shells = frozenset(a for a in headline.iterancestors() if _tag(a) in _OUTSIDE_CONTENT)
    bylines: list[Any] = []
    labels: list[tuple[Any, str]] | None = None
    if _needs_body(found):
        labels = []
    if _needs_body(found):
        for count, element in enumerate(_candidates(root, labels)):
            if count >= _MAX_COLLECTED:
                break
            _read_body_element(found, element, base, bylines)
    _read_times(found, times)
    _read_bylines(found, bylines)
    if headline is not None and _needs_body(found):
        _read_near_heading(found, headline)
    elif headline is not None:
        _read_co_authors(found, headline)
    if labels:
        _read_by_labels(found, labels, headline)
    found.add("published", "url", url_date(url))
    for heading in dict.fromkeys((headline, *h1s[:1])):
        if heading is not None and "published" not in found.best and "modified" not in found.best:
            _read_date_after_heading(found, heading)
    if credit is not None and found.best.get("authors", (0, -1))[1] == credit[1]:
        # Only the house credit so far: the weakest sources (an author's archive link) may
        # still name the person; _restore_house_authors puts the credit back otherwise.
        del found.best["authors"]
    if "authors" not in found.best:
        _read_author_hints(found, root, url, bool(h1s))
    if credit is not None:
        _restore_house_authors(found, credit)
    if "authors" not in found.best:
        found.add("authors", "site-name", _site_owner(found.get("site_name")))
    _complete_first_name(found, root, url)
    found.add("language", "html-lang", language_tag(root.get("lang") or root.get("xml:lang")))
    if h1s:
        names = _site_names(found.get("site_name"), url)
        # Not a heading that shows the site's name (as the host spells it too): a header's
        # logo before the page's own <h1>.
        shown_h1 = next((h1 for h1 in h1s[:5] if _key(_text_of(h1)) not in names), h1s[0])
        shown = _heading_lead(shown_h1, _heading_text(shown_h1), found.titles, names)
        found.add("title", "h1", shown or None)
    if title_hint:
        found.add("title", "title-tag", _clean(title_hint) or None, rank=11)
    return _finish(found, url, h1s, root)


_SECTION_MAX_WORDS = 3
_NAMING_TITLE_MIN_WORDS = 5
_WORD = regex.compile(r"\w+")


def _section_heading(heading: str, tag: str, site_name: str | None, url: str | None) -> bool:
    """Whether an ``<h1>`` is a section's label ("Top Listings", "More Sports") beside a
    ``<title>`` that names the page in a sentence sharing none of its words: an old
    template's header heading, not the headline.

    >>> _section_heading("More Sports", "Coast News - Lakers edge Grizzlies in overtime",
    ...                  None, None)
    True
    >>> _section_heading("Sports", "Coast News - Sports results and tables", None, None)
    False
    >>> _section_heading("More Sports", "Coast News - Lakers", None, None)  # a short title
    False
    """
    words = {w.casefold() for w in _WORD.findall(heading)}
    if not words or len(heading.split()) > _SECTION_MAX_WORDS:
        return False
    cleaned = clean_title(tag, site_name, url) or tag
    if len(_WORD.findall(cleaned)) < _NAMING_TITLE_MIN_WORDS:
        return False
    return not words & {w.casefold() for w in _WORD.findall(tag)}


def _headline(h1s: list[Any], site_name: str | None) -> Any:
    """The first ``<h1>`` that is not the site's logo (its name), where bylines stand."""
    site = _key(site_name) if site_name else ""
    for h1 in h1s[:5]:
        shown = _key(_text_of(h1))
        if shown and shown != site:
            return h1
    return h1s[0] if h1s else None


_OWNED_SITE = regex.compile(
    r"^(.+?)['’]s\s+(?:blog|weblog|journal|notebook|newsletter|substack|site|website|notes)$",
    regex.IGNORECASE,
)


def _site_owner(site_name: str | None) -> tuple[str, ...] | None:
    """The person a site is named after, for a page that names no author: "Ivor Pennant's
    blog" is Ivor Pennant's."""
    m = _OWNED_SITE.match(site_name or "")
    if m is None:
        return None
    name = clean_name(m[1], strict=True)
    return (name,) if name and 2 <= len(name.split()) <= 4 else None


def _read_card_labels(found: _Candidates) -> None:
    """Twitter card label/data pairs: ``twitter:label1`` "Written by", ``twitter:data1`` the
    author (as WordPress SEO plugins write them)."""
    for key, label in found.card_labels.items():
        if not key.startswith("twitter:label") or not _CARD_AUTHOR.match(label):
            continue
        value = found.card_labels.get("twitter:data" + key.removeprefix("twitter:label"))
        if value:
            found.add("authors", "twitter", tuple(split_names(value)))


def _demote_house_authors(found: _Candidates) -> tuple[int, int, str, Any] | None:
    """A head that names only the site as author (the author "Rapid7" of the site "Rapid7")
    gives the house credit: a person a byline names is the better answer, so the credit
    ranks below bylines. Returns the credit as it was, for _restore_house_authors."""
    entry = found.best.get("authors")
    site_name = found.get("site_name") or ""
    if entry is None or entry[0] > _RANK["byline"] or not entry[3]:
        return None
    if site_name and all(_key(name) == _key(site_name) for name in entry[3]):
        found.best["authors"] = (_RANK["byline"] + 1, *entry[1:])
        return entry
    if all(" " not in name and any(c.isdigit() or c == "." for c in name) for name in entry[3]):
        # A user name ("KX4410", a login "jane.doe"): the byline shows the person's name.
        found.best["authors"] = (_RANK["byline"] + 1, *entry[1:])
    return None


def _restore_house_authors(found: _Candidates, credit: tuple[int, int, str, Any]) -> None:
    """The house credit stands when the body names no one but the site again ("Help Net
    Security Sponsored")."""
    entry = found.best.get("authors")
    names = _site_names(found.get("site_name"), None)
    if entry is None or all(_is_site(name, names, trailing=True) for name in entry[3]):
        found.best["authors"] = credit


_CARD_AUTHOR = regex.compile(r"^\s*(?:written\s+by|authors?|by)\s*:?\s*$", regex.IGNORECASE)


def _needs_body(found: _Candidates) -> bool:
    """Whether the head left authors or the publication date to weaker sources."""
    for name in ("authors", "published"):
        entry = found.best.get(name)
        if entry is None or entry[0] > _RANK["meta"]:
            return True
    return False


def _read_element(
    found: _Candidates, element: Any, base: str | None, h1s: list[Any], times: list[Any]
) -> None:
    tag = _tag(element)
    attrib = element.attrib
    if tag == "meta":
        key = attrib.get("property") or attrib.get("name") or attrib.get("itemprop") or ""
        key = key.strip().lower()
        if not key:
            if (attrib.get("http-equiv") or "").lower() == "content-language":
                found.add("language", "meta", language_tag(attrib.get("content")))
            return
        content = attrib.get("content")
        if content is None or not content.strip():
            return
        named = attrib.get("property") or attrib.get("name")
        if "itemprop" in attrib and not named and key in _ITEMPROP_FIELDS:
            _add_itemprop(found, _ITEMPROP_FIELDS[key], element, base)
            return
        # OpenGraph and RDFa Dublin Core are properties: of two equal sources, the tag that
        # writes property= outranks one that writes the same field as name= (a leftover
        # or a second plugin's copy), wherever it stands.
        found.meta_attribute = (
            "property" if "property" in attrib else "name" if "name" in attrib else None
        )
        if " " in key:
            # RDFa lets one tag carry several properties: property="dc:title og:title".
            for one in key.split()[:4]:
                _add_meta(found, _meta_key(one), content, base)
        else:
            _add_meta(found, _meta_key(key), content, base)
        found.meta_attribute = None
    elif tag == "link":
        rel = (attrib.get("rel") or "").lower().split()
        href = attrib.get("href")
        if "canonical" in rel:
            found.add("url", "link", _absolute(href, base), rank=0)
        elif "license" in rel:
            found.add("license", "link", _absolute(href, base) or _clean(href) or None, rank=1)
        elif "image_src" in rel:
            found.add("image", "link", _absolute(href, base), rank=5)
    elif tag == "script":
        if "ld+json" in (attrib.get("type") or "").lower():
            _read_jsonld(element.text or "", found, base)
    elif tag == "title":
        parent = element.getparent()
        if parent is not None and _tag(parent) in ("head", "html"):
            found.add("title", "title-tag", _clean(element.text) or None)
    elif tag == "h1":
        h1s.append(element)
    elif tag == "time":
        times.append((len(times), element))


def _read_body_element(
    found: _Candidates, element: Any, base: str | None, bylines: list[Any]
) -> None:
    tag = _tag(element)
    if tag in _TAGS and (tag != "time" or "itemprop" not in element.attrib):
        return
    attrib = element.attrib
    itemprop = (attrib.get("itemprop") or "").lower()
    if itemprop and tag != "meta":
        for prop in itemprop.split():
            if prop in _ITEMPROP_FIELDS:
                _add_itemprop(found, _ITEMPROP_FIELDS[prop], element, base)
            else:
                dated = _date_key(prop)
                if dated is not None and not _in_comments(element, found):
                    found.add(dated, "microdata", _element_date(element), rank=_RANK_OWN_NAME)
    rel = (attrib.get("rel") or "").lower().split()
    if tag == "a" and rel:
        if "author" in rel and not _in_comments(element, found):
            found.add("authors", "rel-author", tuple(split_names(_text_of(element), strict=True)))
        if "tag" in rel:
            label = "categories" if "category" in rel else "tags"
            text = _text_of(element)
            if text and len(text) <= 60 and not _in_comments(element, found):
                found.add(label, "microdata", (text,), rank=6)
        if "license" in rel:
            found.add("license", "link", _absolute(attrib.get("href"), base), rank=2)
    elif "class" in attrib and not itemprop:
        bylines.append(element)


def _add_itemprop(found: _Candidates, name: str, element: Any, base: str | None) -> None:
    if found.settled(name, _RANK["microdata"]) or _in_comments(element, found):
        return
    attrib = element.attrib
    if name in ("published", "modified"):
        found.add(name, "microdata", _element_date(element))
    elif name == "authors":
        # itemprop=author may wrap an itemprop=name, a link, or be the name itself.
        text = attrib.get("content")
        if text is None:
            inner = element.find(".//*[@itemprop='name']")
            text = (inner.get("content") or _text_of(inner)) if inner is not None else None
        if text is None:
            text = _text_of(element)
        found.add(name, "microdata", tuple(split_names(text)[:_MAX_AUTHORS]))
    elif name in ("tags", "categories"):
        found.add(name, "microdata", _split_list(attrib.get("content") or _text_of(element)))
    elif name == "language":
        found.add(name, "microdata", language_tag(attrib.get("content") or _text_of(element)))
    elif name == "license":
        found.add(name, "microdata", _absolute(attrib.get("href"), base) or None)
    else:
        text = attrib.get("content") or _text_of(element)
        found.add(name, "microdata", text[:300] or None)


# The stamp of a thread's or a list's latest reply ("structItem-latestDate", "last-post"),
# not the page's own day.
_LATEST = regex.compile(r"latest|last[-_ ]?(?:post|reply|activity|active)", regex.IGNORECASE)


def _read_times(found: _Candidates, times: list[tuple[int, Any]]) -> None:
    """``<time>`` elements: a published hint wins; "updated" stamps, comments and the
    latest reply's stamp never do."""
    best: tuple[int, int, Date] | None = None
    for order, element in times[:50]:
        context = " ".join(
            filter(None, (element.get("class"), element.get("itemprop"), element.get("pubdate")))
        )
        parent = element.getparent()
        if parent is not None:
            context += " " + (parent.get("class") or "") + " " + (parent.text or "")
        if _UPDATED.search(context) and not _PUBLISHED_HINT.search(element.get("class") or ""):
            found.add("modified", "time", _element_date(element))
            continue
        if _in_comments(element, found) or _LATEST.search(context):
            continue
        value = _element_date(element)
        if value is None:
            continue
        score = 0 if ("pubdate" in element.attrib or _PUBLISHED_HINT.search(context)) else 1
        if best is None or (score, order) < best[:2]:
            best = (score, order, value)
    if best is not None:
        found.add("published", "time", best[2])


# A forum user's handle: one token of letters, digits and . _ - (``paulb203``, ``b.scherer``).
_HANDLE = regex.compile(r"^(?=.*\p{L})[\p{L}\p{N}._\-]{2,40}$")
_HANDLE_CLASSES = ("author", "username", "user-name", "poster")
_OUTSIDE_CONTENT = frozenset(("header", "nav", "footer", "aside", "form"))


def _handle(element: Any, tokens: str, text: str, shells: frozenset[Any]) -> str | None:
    """The user name a forum post's author element shows, when it is one handle."""
    if not any(t in tokens for t in _HANDLE_CLASSES) or "avatar" in tokens:
        return None
    if text.lower() in _NOT_NAMES or text.lower() in _NAME_ROLES:
        return None
    if not _HANDLE.match(text) and not (
        2 <= len(text.split()) <= 3 and clean_name(text, strict=True) == text
    ):
        return None  # a user name, or a display name such as "Harbour Heron"
    node = element.getparent()
    for _ in range(_ANCESTOR_LOOKUP * 2):
        if node is None:
            break
        if _tag(node) in _OUTSIDE_CONTENT and node not in shells:
            return None  # the signed-in user's menu, a sidebar's member list
        node = node.getparent()
    return text


# Where forum software and CMS templates name people: a post's data-author/data-username,
# a link to an author's archive or a member's profile.
_DATA_AUTHOR = etree.XPath("//@data-author | //@data-username")
_AUTHOR_HREF = ("/author", "/profile/", "/u/", "/members/")
_MAX_DATA_AUTHORS = 5
_MAX_AUTHOR_LINKS = 30
_MAX_LINKS_READ = 3000


def _read_author_hints(found: _Candidates, root: Any, url: str | None, headline: bool) -> None:
    """The weakest authors, for a page no other source names one: see _read_data_author
    and _read_author_links. (An XPath for the attributes and a loop over the links are
    several times faster than one more test per element in the body walk.)"""
    try:
        attributes: Any = _DATA_AUTHOR(root)
    except etree.XPathError:
        attributes = []
    data = []
    for attribute in attributes[:_MAX_DATA_AUTHORS] if isinstance(attributes, list) else ():
        getparent = getattr(attribute, "getparent", None)
        element = getparent() if getparent is not None else None
        if element is not None:
            data.append(element)
    _read_data_author(found, data)
    if not headline or "authors" in found.best:
        return
    links: list[Any] = []
    for count, link in enumerate(root.iter("a")):
        href = link.get("href")
        if href and any(part in href for part in _AUTHOR_HREF):
            links.append(link)
            if len(links) >= _MAX_AUTHOR_LINKS:
                break
        if count >= _MAX_LINKS_READ:
            break
    _read_author_links(found, links, url)


def _read_data_author(found: _Candidates, hits: list[Any]) -> None:
    """A thread's first post that names its poster in a ``data-author`` or
    ``data-username`` attribute, as forum software writes them."""
    for hit in hits:
        if _outside_post(hit, found.shells):
            continue  # the signed-in user's menu
        value = _clean(hit.get("data-author") or hit.get("data-username"))
        if not value or value.lower() in _NOT_NAMES or value.lower() in _NAME_ROLES:
            return
        name = value if _HANDLE.match(value) else clean_name(value, strict=True)
        if name:
            found.add("authors", "username", (name,))
        return


# An author's archive ("/author/jane-doe/", "/blog/authors/jane-doe") or a member's profile
# ("/u/tern_watcher", "/profile/123-tern_watcher/"), and the path's last segment.
_AUTHOR_PATH = regex.compile(r"/authors?/([^/?#]+)/?(?:[?#]|$)", regex.IGNORECASE)
_PROFILE_PATH = regex.compile(r"/(?:u|profile|members)/(?:\d+[-.])?([^/?#]+)/?(?:[?#]|$)")
_MAX_LINKED_AUTHORS = 3


def _read_author_links(found: _Candidates, hits: list[Any], url: str | None) -> None:
    """The weakest author: the first link to an author's archive, or to a member's profile
    (a thread's first poster), on the page's own site and outside its navigation, whose
    text is the name its address gives ("Jane Doe" → /author/jane-doe/). A page whose
    archive links name more than a few people is a listing: it has no one author."""
    own_host = _host(url)
    first: str | None = None
    names: set[str] = set()
    for hit in hits:
        if _outside_post(hit, found.shells):
            continue
        href = (hit.get("href") or "").strip()
        host = _host(href)
        if host and host != own_host:
            continue  # a profile on another site: a social network's, not this page's
        text = _text_of(hit).lstrip("@")
        if not text or len(text) > 60 or text.lower() in _NOT_NAMES:
            continue
        archive = _AUTHOR_PATH.search(href)
        profile = None if archive else _PROFILE_PATH.search(href)
        slug = archive or profile
        if slug is None or _key(text) != _key(slug[1]):
            continue
        if profile is not None:
            if _HANDLE.match(text) and first is None:
                first = text
                break  # the first poster of a thread: later posters reply
            continue
        name = clean_name(text)
        if name is None or len(name.split()) > 4:
            continue
        names.add(name)
        first = first or name
    if first is not None and len(names) <= _MAX_LINKED_AUTHORS:
        found.add("authors", "username", (first,))


_SLUG_WORDS = regex.compile(r"[-_.+]+")
_SLUG_WORD = regex.compile(r"^[a-z]{2,}$")
_MAX_SLUG_WORDS = 4


def _complete_first_name(found: _Candidates, root: Any, url: str | None) -> None:
    """The full name of an author the page names by the first name alone ("Articles by
    Juliette"), as the address of the author's archive on the page's own site spells it:
    /authors/juliette-carreiro gives "Juliette Carreiro". The name is kept as the page
    writes it when an element shows it whole, else the address's words are capitalised.
    A handle or a single name with no such archive stays as it is."""
    authors = found.get("authors")
    if not authors or len(authors) != 1 or " " in authors[0] or not authors[0].isalpha():
        return
    first = authors[0].casefold()
    own_host = _host(url)
    slug: list[str] | None = None
    for count, link in enumerate(root.iter("a")):
        if count >= _MAX_LINKS_READ:
            return
        href = link.get("href")
        if not href or "author" not in href:
            continue
        archive = _AUTHOR_PATH.search(href)
        host = _host(href)
        if archive is None or (host and host != own_host):
            continue
        words = _SLUG_WORDS.split(archive[1].casefold())
        if (
            2 <= len(words) <= _MAX_SLUG_WORDS
            and words[0] == first
            and all(_SLUG_WORD.match(word) for word in words)
        ):
            slug = words
            break
    if slug is None:
        return
    wanted = "".join(slug)
    shown: str | None = None
    for count, element in enumerate(root.iter("a", "p", "span", "div", "h2", "h3", "h4")):
        if count >= _MAX_WALK:
            break
        text = element.text
        if text and len(text) <= _BYLINE_MAX_CHARS and _key(text) == wanted:
            shown = _clean(text)
            break
    name = clean_name(shown, strict=True) if shown else None
    if name is None:
        name = " ".join(word.capitalize() for word in slug)
    entry = found.best["authors"]
    found.best["authors"] = (entry[0], entry[1], entry[2], (name,))


def _host(url: str | None) -> str:
    if not url or not url.startswith(("http://", "https://", "//")):
        return ""
    try:
        return (urlsplit(url).hostname or "").removeprefix("www.")
    except ValueError:
        return ""


def _outside_post(element: Any, shells: frozenset[Any] = frozenset()) -> bool:
    node = element
    for _ in range(_ANCESTOR_LOOKUP * 2):
        if node is None:
            return False
        if _tag(node) in _OUTSIDE_CONTENT and node not in shells:
            return True
        node = node.getparent()
    return False


def _read_bylines(found: _Candidates, elements: list[Any]) -> None:
    """Elements whose class says author/byline/date: names and dates from their text.

    A forum shows its posters by handle, not by name: the first handle outside the page's
    header and navigation is the weakest author source (the thread's first post).
    """
    want_authors = "authors" not in found.best or found.best["authors"][0] > _RANK["byline"]
    handle: str | None = None
    dated: list[str] | None = None  # the first name beside a date, when no byline names one
    pictured: str | None = None  # the name an author's photo gives as its text
    seen = 0
    for element in elements:
        if seen > 40:
            break
        tokens = (element.get("class") or "").lower()
        tag = _tag(element)
        if tag == "img":
            if want_authors and pictured is None and _AUTHOR_TOKEN.search(tokens):
                pictured = _pictured_name(element, found)
            continue
        if tag in ("body", "html", "article", "main", "section"):
            continue
        seen += 1
        if _in_comments(element, found):
            continue
        text = _text_within(element, _BYLINE_MAX_CHARS)
        if text is None:
            continue  # longer than a byline
        if not text and _PERSON_ICON.search(tokens):
            name = _beside_icon(element) if want_authors else None
            if name is not None:
                found.add("authors", "byline", (name,))
                want_authors = False
            continue
        if not text or len(text) > _BYLINE_MAX_CHARS:
            continue
        if want_authors and ("author" in tokens or "byline" in tokens):
            names = byline_names(text)
            if (
                not names
                and "author" in tokens
                and "avatar" not in tokens
                and not _describes(tokens)
            ):
                names = split_names(text, strict=True)
                names = [n for n in names if 2 <= len(n.split()) <= 4]
            if not names and dated is None:
                dated = dated_names(text) or None
            if names:
                names = _named_children(element, names)
                found.add("authors", "byline", tuple(names))
                want_authors = False
        if want_authors and handle is None:
            handle = _handle(element, tokens, text, found.shells)
        weaker = "published" not in found.best or found.best["published"][0] > _RANK["byline"]
        if any(t in tokens for t in ("date", "posted", "byline", "meta", "author")):
            published, modified = _dateline(text)
            if published is not None and _todays_date(element, tokens):
                continue  # the header's "Friday, December 19, 2025": the day it was read
            if weaker:
                found.add("published", "byline", published)
            found.add("modified", "byline", modified)
    if want_authors and dated is not None:
        # Weaker than a "By" label found later: a name beside a date is only likely a byline.
        found.add("authors", "byline", tuple(dated), rank=_RANK["username"])
    elif want_authors and pictured is not None:
        found.add("authors", "byline", (pictured,), rank=_RANK["username"])
    elif want_authors and handle is not None:
        found.add("authors", "username", (handle,))


# The parts of an author box's class that name what it says about the author, not the
# name: "author-description", "author_bio", "author-job-title", "author-role".
_ABOUT_AUTHOR = frozenset(
    {"description", "desc", "bio", "biography", "about", "job", "jobtitle", "role", "position"}
)
_CLASS_PARTS = regex.compile(r"[\s_\-]+")


def _describes(tokens: str) -> bool:
    """Whether an author element's class says it describes the author ("dynamic-author-
    description": "Licensed Q Arabica Grader, M.A. Journalism"), rather than naming them:
    only a "By" label in it ("This post was written by Ann Lee, ...") names one."""
    return not _ABOUT_AUTHOR.isdisjoint(_CLASS_PARTS.split(tokens))


_TODAY = "today"  # "todays-date", "date-today", "today_date": a widget printing the day


def _todays_date(element: Any, tokens: str) -> bool:
    """Whether a dated element is the widget that prints the day the page is read, by its
    class or id or the class or id of an element in it ("<p id='todays-date'>")."""
    if _TODAY in tokens:
        return True
    for node in element.iter():
        if not isinstance(node.tag, str):
            continue
        if _TODAY in (node.get("id") or "").lower() or _TODAY in (node.get("class") or "").lower():
            return True
    return False


# "author" as a word of a class ("author-image", "blog_author-photo"), not "authorized".
_AUTHOR_TOKEN = regex.compile(r"(?:^|[\s_\-])authors?(?:$|[\s_\-])")


def _pictured_name(image: Any, found: _Candidates) -> str | None:
    """The name an author's photo gives as its text (``<img class="author-image"
    alt="Jane Doe">``): one name of two to four capitalised words, outside comments."""
    alt = _clean(image.get("alt"))
    if not alt or len(alt) > 60 or _in_comments(image, found):
        return None
    names = split_names(alt, strict=True)
    if len(names) == 1 and names[0] == alt and 2 <= len(alt.split()) <= 4:
        return alt
    return None


_PERSON_ICON = regex.compile("|".join(_PERSON_ICONS))


def _beside_icon(icon: Any) -> str | None:
    """The name a person icon stands before: its parent's whole text, one name of two to
    four capitalised words ("<li><i class='bi bi-person'></i> Pal Kerekes</li>")."""
    if _tag(icon) not in ("i", "span", "svg"):
        return None
    parent = icon.getparent()
    if parent is None:
        return None
    text = _text_within(parent, 60)
    if text is None:
        return None
    names = split_names(text, strict=True)
    if len(names) == 1 and names[0] == text and 2 <= len(text.split()) <= 4:
        return names[0]
    return None


_NAME_CLASSES = ("name", "author")


def _named_children(element: Any, names: list[str]) -> list[str]:
    """The names the byline's own name elements show, when its text runs a name into the
    job title after it: "by Mary Quill Former Deputy Tech Editor" whose ``<span
    class="author">`` holds "Mary Quill". Otherwise ``names`` as they are."""
    shown: list[str] = []
    for child in element.iterdescendants():
        tokens = (child.get("class") or "").lower() if isinstance(child.tag, str) else ""
        if not any(t in tokens for t in _NAME_CLASSES):
            continue
        text = _text_of(child)
        got = split_names(text, strict=True)
        if len(got) == 1 and got[0] == text and 2 <= len(text.split()) <= 4 and text not in shown:
            shown.append(text)
    if shown and names[0] != shown[0] and names[0].startswith(shown[0] + " "):
        return shown
    return names


# stdlib re: this pattern runs on every text node of the walk, and re is faster at it.
_BY_LABEL = re.compile(
    r"\s*(?:(?:written|words|story|article)\s+)?by\s*:?(?:\s|$)|\s*authors?\s*:?\s*$"
    r"|\s*contributors?\s*:",
    re.IGNORECASE,
)
# The labels the walk collects: byline labels and "Posted on", "Published:" date labels.
_WALK_LABEL = re.compile(
    r"(?:(?:written|words|story|article)\s+)?by\s*:?(?:\s|$)|authors?\s*:?\s*$"
    r"|contributors?\s*:|(?:originally\s+)?(?:posted|published)(?:\s+on)?\b",
    re.IGNORECASE,
)
_LABEL_FIRST = frozenset("BbWwSsAaOoPpCc")  # the first letters _WALK_LABEL can match
_DATE_LABEL = re.compile(r"\s*(?:originally\s+)?(?:posted|published)\b", re.IGNORECASE)
_LABEL_ONLY = regex.compile(
    r"^(?:(?:written|words|story|article)\s+)?by\s*:?$|^authors?\s*:?$|^contributors?\s*:$",
    regex.IGNORECASE,
)
_MAX_LABELS = 20
# Links and controls that start with "By" are filters and menus ("By Category").
_NOT_BYLINE_TAGS = frozenset(("script", "style", "a", "button", "option", "label", "select"))


def _read_by_labels(found: _Candidates, labels: list[tuple[Any, str]], heading: Any = None) -> None:
    """Bylines without byline classes: "By <a>Jane Doe</a>", "Written by Jane Doe", or an
    "Author" label before the element that holds the name. The first one outside comments
    and navigation gives the authors."""
    bylines: list[tuple[str, ...]] = []
    first_element: Any = None
    entry = found.best.get("authors")
    want_authors = entry is None or entry[0] > _RANK["byline"]
    entry = found.best.get("published")
    want_date = entry is None or entry[0] > _RANK["byline"]
    for element, raw in labels:
        label = _clean(raw)
        if _tag(element) in _NOT_BYLINE_TAGS:
            continue
        if _in_comments(element, found) or _outside_content(element, found.shells):
            continue
        text = _listed_text(element)
        if text is None:
            continue  # longer than a byline
        if _DATE_LABEL.match(label):
            # "Posted on March 3, 2024 by Jane Doe": the first dated one dates the page.
            if want_date and len(text) <= _BYLINE_MAX_CHARS:
                published, modified = _dateline(text)
                found.add("published", "byline", published)
                found.add("modified", "byline", modified)
                want_date = published is None
            if not want_authors:
                continue
        if not want_authors:
            continue
        if len(text) > _BYLINE_MAX_CHARS or not _BY_LABEL.match(text):
            continue  # "... was written by Jane Doe": prose that mentions a name
        names = [n for n in byline_names(text) if 2 <= len(n.split()) <= 4]
        if not names and text == label and _LABEL_ONLY.match(label):
            # The label stands alone: the name follows it, as text or in the next element.
            following = element.getnext()
            value = _clean(element.tail)
            if value or following is not None:
                value = value or _text_of(following)
                if len(value) <= 80:
                    names = split_names(value, strict=True)
                    names = [n for n in names if 2 <= len(n.split()) <= 4]
        if names:
            bylines.append(tuple(names))
            if first_element is None:
                first_element = element
    # A listing names the author of every teaser and a shop the maker of every product:
    # only a page whose bylines all name the same people has an author, or whose first
    # byline stands under its headline (the teasers' bylines come after the article).
    if (
        want_authors
        and bylines
        and (all(b == bylines[0] for b in bylines) or _under_heading(first_element, heading))
    ):
        found.add("authors", "byline", bylines[0])


def _listed_text(element: Any) -> str | None:
    """The element's text with the items of a list in it apart, as a comma-separated list
    shows them: "Written by: <ul><li>Ann Lee</li><li>Rob Roe</li></ul>"; None when the
    text is longer than a byline."""
    text = _text_within(element, _BYLINE_MAX_CHARS)
    if text is None:
        return None  # no byline: not worth the look at its items
    items = [_text_of(li) for li in element.iter("li")][:_MAX_AUTHORS]
    if len(items) >= 2 and all(items):
        run = " ".join(items)
        if run in text:
            text = text.replace(run, ", ".join(items))
    return text


_UNDER_HEADING = 30  # elements after the headline where its byline stands


def _under_heading(element: Any, heading: Any) -> bool:
    """Whether ``element`` comes within a few elements after the headline, before any
    other heading."""
    if heading is None or element is None:
        return False
    for following in _following(heading, _UNDER_HEADING):
        if following is element:
            return True
        if _tag(following) in ("h1", "h2", "h3"):
            return False
    return False


def _outside_content(element: Any, shells: frozenset[Any] = frozenset()) -> bool:
    node = element
    for _ in range(_ANCESTOR_LOOKUP * 2):
        if node is None:
            return False
        if _tag(node) in ("nav", "footer", "form") and node not in shells:
            return True
        node = node.getparent()
    return False


_DATE_ONLY = regex.compile(r"^(?!.*(?:author|byline)).*date", regex.IGNORECASE)
_NEAR_SIBLINGS = 4
_NEAR_LEVELS = 3


def _near_heading(heading: Any) -> Iterator[tuple[Any, str]]:
    """The elements beside the headline, where pages put bylines and dates, with their
    text: two before and a few after it, at its level and a few levels up, each short."""
    node = heading
    for _ in range(_NEAR_LEVELS):
        if node is None:
            return
        siblings = [
            *itertools.islice(node.itersiblings(preceding=True), 2),
            *itertools.islice(node.itersiblings(), _NEAR_SIBLINGS),
        ]
        for sibling in siblings:
            if not isinstance(sibling.tag, str) or sibling.tag in ("script", "style"):
                continue
            text = _listed_text(sibling)
            if text and len(text) <= _BYLINE_MAX_CHARS:
                yield sibling, text
        node = node.getparent()


def _read_near_heading(found: _Candidates, heading: Any) -> None:
    """Byline and date prose in the few elements beside the headline, where pages put them."""
    for sibling, text in _near_heading(heading):
        entry = found.best.get("authors")
        if entry is None or entry[0] > _RANK["byline"]:
            found.add("authors", "byline", tuple(byline_names(text)))
        if "authors" not in found.best and not _DATE_ONLY.search(sibling.get("class") or ""):
            # A name beside a date under the headline: only likely its writer, weaker
            # than any "By" label ("Ann Lee | Senior Writer | July 2, 2025").
            found.add("authors", "byline", tuple(dated_names(text)), rank=_RANK["username"])
        entry = found.best.get("published")
        published, modified = _dateline(text)
        if published is not None and _is_range(text, modified):
            continue
        if entry is None or entry[0] > _RANK["byline"]:
            found.add("published", "byline", published)
        found.add("modified", "byline", modified)


def _read_co_authors(found: _Candidates, heading: Any) -> None:
    """The byline beside the headline when it names the one author the metadata gives
    and others with them ("Written by Ann Lee, Rob Roe"): the metadata named only the
    first."""
    entry = found.best.get("authors")
    if entry is None or len(entry[3]) != 1:
        return
    known = _key(entry[3][0])
    for sibling, text in _near_heading(heading):
        names = byline_names(text)
        if len(names) < 2 or not any(_key(name).endswith(known) for name in names):
            continue
        # Each name an element of its own (a link, a span): not a byline whose words
        # after a comma are its date or the writer's job ("By Ann Lee, Senior Editor").
        shown = {_key(_text_of(child)) for child in sibling.iterdescendants()}
        if all(_key(name) in shown for name in names):
            found.best["authors"] = (entry[0], entry[1], entry[2], tuple(names))
        return


_AFTER_HEADING = 40  # elements after the headline searched for a date line
_DATE_LINE_MAX_CHARS = 48
_DATE_LINE_LABEL_WORDS = 3  # "Last updated on", "Published:"


def _is_range(text: str, modified: Date | None) -> bool:
    """Whether ``text`` gives two days that are not a published and an updated one:
    "1/27/2026 - 3/24/2026", the dates of a course or an event."""
    if modified is not None:
        return False
    dates = 0
    for pattern in _DATE_SPANS:
        dates += len(pattern.findall(text))
        if dates > 1:
            return True
    return False


def _following(node: Any, limit: int) -> Iterator[Any]:
    """Up to ``limit`` elements after ``node`` in document order, not inside it."""
    count = 0
    while count < limit:
        following = node.getnext()
        while following is None:
            node = node.getparent()
            if node is None:
                return
            following = node.getnext()
        for element in following.iter():
            yield element
            count += 1
            if count >= limit:
                return
        node = following


def _read_date_after_heading(found: _Candidates, heading: Any) -> None:
    """A page that names no date anywhere else may show one on a line of its own just
    after the headline: "Nov 21, 2018", "Last updated: June 1, 2024". Only a line that is
    the date with at most a short label counts; prose that mentions a day does not."""
    for element in _following(heading, _AFTER_HEADING):
        if not isinstance(element.tag, str) or element.tag in ("script", "style", "h1", "h2"):
            if isinstance(element.tag, str) and element.tag in ("h1", "h2"):
                return  # the next section or teaser: past the headline's dateline
            continue
        for raw in (element.text, element.tail):
            text = _clean(raw)
            if not text or len(text) > _DATE_LINE_MAX_CHARS or not any(c.isdigit() for c in text):
                continue
            published, modified = _dateline(text)
            if published is None and modified is None:
                continue
            if _is_range(text, modified):
                continue
            rest = text
            for pattern in _DATE_SPANS:
                rest = pattern.sub(" ", rest)
            if len(_WORDS.findall(rest)) > _DATE_LINE_LABEL_WORDS:
                continue
            if _in_comments(element, found):
                return
            found.add("published", "byline", published, rank=_RANK["url"])
            found.add("modified", "byline", modified, rank=_RANK["url"])
            return


def _finish(found: _Candidates, url: str | None, h1s: list[Any], root: Any = None) -> Metadata:
    site_name = found.get("site_name")
    title = found.get("title")
    title_source = found.source("title")
    site_url = url if url else found.get("url")
    # An <h1> that shows the site's name (a logo, a documentation set's name) is no title,
    # nor is one that shows no text (a logo's image, a slot left empty).
    site_key = _key(site_name) if site_name else ""
    h1s = [h1 for h1 in h1s[:5] if _key(_text_of(h1)) not in ("", site_key)]
    if title and title_source != "h1" and _names_only_the_site(title, site_name, site_url):
        # A page below the site's home whose strongest title is only the site's name: a
        # weaker title that names the page stands for it ("All Men's Socks" under a card's
        # "Bombas").
        for _, source, other in sorted(found.ranked_titles, key=lambda entry: entry[0]):
            if not _names_only_the_site(
                clean_title(other, site_name, site_url) or "", site_name, site_url
            ):
                title, title_source = other, source
                break
    if title and title_source != "h1":
        title = _untruncated(title, found.titles)
    if title and title_source != "h1" and h1s and _empty_slot(title, site_name, site_url):
        # "| Coast News": the template's slot for the page's title was left empty.
        shown = _heading_text(h1s[0])
        if shown:
            title, title_source = shown, "h1"
    if title and title_source != "h1" and h1s:
        shorter = _without_heading_site(
            title, _heading_text(h1s[0]), found.titles, site_name, site_url
        )
        if shorter != title:
            # The <h1> shows the site's name; "About - Coast Notes" keeps it, a site's own
            # page being named by the site.
            title, h1s = title if _SITE_PAGE.match(shorter) else shorter, h1s[1:]
    # Nor is one that shows the site's name as its address spells it ("Coast News" on
    # coastnews.example): the header's logo, not the page's headline.
    site_keys = _site_names(site_name, site_url)
    h1s = [h1 for h1 in h1s if _key(_text_of(h1)) not in site_keys]
    if title:
        title = clean_title(
            title,
            site_name,
            site_url,
            section=_link_text_test(root),
            authors=found.get("authors") or (),
        )
    if title and title_source != "h1":
        # The visible headline is the title as the page shows it, without site names or
        # SEO wording, when it is the same title as the metadata's.
        heading = _matching_heading(title, found.titles, h1s, _site_names(site_name, site_url))
        if heading is None and h1s:
            names = _site_names(site_name, site_url)
            heading = _first_part_heading(found.titles, h1s[0], names) or _leading_heading(
                title, h1s[0], names
            )
        if (
            heading is not None
            and not labelled_heading(heading, title)
            and not dashless_heading(heading, title)
            and not suffixed_heading(heading, title)
            and not garbled_heading(heading, title)
            and not prefix_heading(heading, title, found.titles)
        ):
            title, title_source = clean_title(heading, site_name, site_url), "h1"
    if title and title_source == "title-tag" and h1s:
        heading = _under_site_title(found.get("title"), title, h1s[0], site_name, site_url)
        if heading is not None:
            title, title_source = clean_title(heading, site_name, site_url), "h1"
    if title and title_source == "h1":
        tag = next((v for _, source, v in found.ranked_titles if source == "title-tag"), None)
        if tag is not None and _section_heading(title, tag, site_name, site_url):
            # "Top Listings" over "Coast News - Lakers edge Grizzlies in overtime".
            title, title_source = clean_title(tag, site_name, site_url), "title-tag"
    if title and title_source != "h1" and _home_title(found.get("title"), site_name, site_url):
        # A site's home page is about the site: "Alma — Simplifying Access to Therapy" is
        # its title, the site's name first, not the tag line left without it.
        title = found.get("title")
    if title:
        title = tidy_title(title)
    published = found.get("published")
    modified = found.get("modified")
    published_source = found.source("published")
    if published is None and modified is not None:
        # A page that shows only when it was last updated is dated by that day: it is the
        # only date the page gives its text.
        published, published_source = modified, "modified"
    if published is not None and modified is not None and _as_day(modified) < _as_day(published):
        modified = None
    sources = {name: entry[2] for name, entry in found.best.items()}
    if modified is None:
        sources.pop("modified", None)
    if published_source is not None:
        sources["published"] = published_source
    if title_source is None:
        sources.pop("title", None)
    else:
        sources["title"] = title_source
    return Metadata(
        title=title or None,
        authors=tuple(dict.fromkeys(found.get("authors") or ())),
        published=published,
        modified=modified,
        site_name=site_name,
        url=found.get("url"),
        language=found.get("language"),
        description=found.get("description"),
        tags=found.get("tags") or (),
        categories=found.get("categories") or (),
        image=found.get("image"),
        license=found.get("license"),
        sources=sources,
        types=tuple(found.types),
    )


TRUNCATED_MIN_CHARS = 100
"""The length from which a title another metadata title goes on from may have been cut: a
JSON-LD headline is cut near 110 characters for search engines."""
_ELLIPSIS = regex.compile(r"\s*(?:\.\.\.|…)$")
# The longer title goes on with the sentence's next word, not a separator or a colon
# before the site's or a section's name ("... attachment. : science").
_GOES_ON = regex.compile(r"\s*[\p{L}\p{N}(\[]")


def _untruncated(title: str, titles: list[str]) -> str:
    """``title`` whole when it was cut short: a long headline, or one that ends on "...",
    that another metadata title goes on from mid-sentence ("... Solutions (Including" of
    "... Solutions (Including One Trick That Works) - Site"). A title that goes on after a
    separator or a colon only adds the site's or a section's name: ``title`` stays."""
    cut = _ELLIPSIS.search(title)
    if cut is None and len(title) < TRUNCATED_MIN_CHARS:
        return title
    head = _clean(title[: cut.start()] if cut else title)
    if not head:
        return title
    for other in titles:
        other = _clean(other)
        if (
            len(other) > len(head)
            and other.startswith(head)
            and _GOES_ON.match(other, len(head)) is not None
        ):
            return other
    return title


def _names_only_the_site(title: str, site_name: str | None, url: str | None) -> bool:
    """Whether ``title`` is only the site's name, on a page below the site's home."""
    if not url or urlsplit(url).path in _HOME_PATHS:
        return False
    key = _key(title)
    return not key or key in _site_names(site_name, url)


def _link_text_test(root: Any) -> Callable[[str], bool] | None:
    """A test of whether the page has a link whose text is a given text (a section's name
    in its crumbs or menu), reading the page's links only when first asked."""
    if root is None:
        return None

    def linked(text: str) -> bool:
        wanted = _key(text)
        for count, link in enumerate(root.iter("a")):
            if count >= _MAX_LINKS_READ:
                break
            if _key(_text_of(link)) == wanted:
                return True
        return False

    return linked


def _without_heading_site(
    title: str, heading: str, titles: list[str], site_name: str | None, url: str | None
) -> str:
    """``title`` without its last part when the page's first ``<h1>`` shows that part.

    "What is Ownership? - The Rust Programming Language" under an ``<h1>`` "The Rust
    Programming Language" gives "What is Ownership?": the heading every page of the site
    carries is the site's name. Not when the first part is the site's name ("Site | Post",
    whose ``<h1>`` is the post) or another metadata title is that heading.
    """
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    shown = _key(heading)
    if not shown or _key(parts[-1]) != shown or _key(parts[0]) == shown:
        return title
    if _is_site(parts[0], _site_names(site_name, url)):
        return title  # the first part is the site's name: "Site | Post"
    if any(_key(other) == shown for other in titles):
        return title  # og:title or JSON-LD names the heading: it is the post's title
    seps = _TITLE_SEPARATOR.findall(title)
    rebuilt = parts[0]
    for sep, part in zip(seps, parts[1:-1], strict=False):
        rebuilt += sep + part
    return rebuilt


_WORDS = regex.compile(r"\w+")
_HEADING_COVERED = 0.5  # share of the heading's words found in the metadata title
_TITLE_COVERED = 0.3  # share of the metadata title's words found in the heading


def _matching_heading(title: str, titles: list[str], h1s: list[Any], names: set[str]) -> str | None:
    wanted = [set(_WORDS.findall(t.casefold())) for t in [title, *titles]]
    best: tuple[float, str] | None = None
    for h1 in h1s[:5]:
        heading = _heading_lead(h1, _heading_text(h1), titles, names)
        words = set(_WORDS.findall(heading.casefold()))
        if not words or len(heading) > 300:
            continue
        for other in wanted:
            if not other:
                continue
            shared = len(words & other)
            covered = shared / len(words)
            if covered >= _HEADING_COVERED and shared / len(other) >= _TITLE_COVERED:
                score = covered + shared / len(other)
                if best is None or score > best[0]:
                    best = (score, heading)
    return best[1] if best else None


_HOME_PATHS = frozenset(("", "/", "/index.html", "/index.htm", "/index.php"))


def _home_title(title: str | None, site_name: str | None, url: str | None) -> bool:
    """Whether ``title`` is a home page's "Site | Tag line": the page's address is the
    site's root and the title's first part is the site's name."""
    if not title or not url or urlsplit(url).path not in _HOME_PATHS:
        return False
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return False
    names = _site_names(site_name, url)
    # "Coast News Blog - Coast News" names a page of the site, the site's name last.
    return _is_site(parts[0], names) and _key(parts[-1]) not in names


_SLOT = regex.compile(r"^\s*[|–—·•»:/\\\-~]\s+(.+)$|^(.+?)\s+[|–—·•»:/\\\-~]\s*$")


def _empty_slot(title: str, site_name: str | None, url: str | None) -> bool:
    """Whether ``title`` is only the site's name beside a separator with nothing on its
    other side: "| Coast News", "Coast News -"."""
    m = _SLOT.match(title)
    return m is not None and _is_site(m[1] or m[2], _site_names(site_name, url))


_CONTENT_WORD = regex.compile(r"\w{4,}")


def _under_site_title(
    raw: str | None, title: str, h1: Any, site_name: str | None, url: str | None
) -> str | None:
    """The ``<h1>`` of a page below a site's home whose only title is the site's own, its
    name first and then its tag line ("Coast News - Where the tide turns"), when the tag
    line shares no word with the heading: every page of the site carries that title."""
    if not raw or not url or urlsplit(url).path in _HOME_PATHS:
        return None
    parts = _TITLE_SEPARATOR.split(_clean(raw))
    names = _site_names(site_name, url)
    if len(parts) != 2 or _key(parts[1]) != _key(title) or not _is_site(parts[0], names):
        return None
    heading = _heading_text(h1)
    if not heading or len(heading) > 300 or _is_site(heading, names):
        return None
    words = set(_CONTENT_WORD.findall(title.casefold()))
    if words & set(_CONTENT_WORD.findall(heading.casefold())):
        return None
    return heading


def _leading_heading(title: str, h1: Any, names: set[str]) -> str | None:
    """The ``<h1>`` when it is the metadata title's first words: "Headlamps" under
    "Headlamps for Camping, Hiking & Running", "Jimmy" under "Jimmy: The Ultimate Device
    Opener"; the words after it describe the page for search engines. Not when the
    heading is the site's name."""
    heading = _heading_text(h1)
    shown = _WORDS.findall(heading.casefold())
    words = _WORDS.findall(title.casefold())
    if not shown or len(shown) >= len(words) or words[: len(shown)] != shown:
        return None
    return None if _is_site(heading, names) else heading


def _first_part_heading(titles: list[str], h1: Any, names: set[str]) -> str | None:
    """The ``<h1>`` when it is the first part of a metadata title: "Flexbox" under
    "Flexbox - Learn web development" or "Economy | Today's latest from Coast News", whose
    later parts name the section or the site, however many words they have. Not when that
    part is the site's name: an ``<h1>`` logo over "Site » Post"."""
    heading = _heading_text(h1)
    shown = _key(heading)
    if not shown or _is_site(heading, names):
        return None
    for title in titles:
        parts = _TITLE_SEPARATOR.split(_clean(title))
        if len(parts) > 1 and _key(parts[0]) == shown:
            return heading
    return None


def prefix_heading(heading: str, title: str, titles: list[str]) -> bool:
    """Whether ``heading`` is what another metadata title sets before ``title``: the
    ``<title>`` "Coast Notes: Winter tides" beside the og:title "Winter tides" and the
    ``<h1>`` "Coast Notes" (a blog's name in its header), so the heading names the site.
    Not when a separator sets the two apart ("Ridge Wallet - Royal Black"): clean_title
    has judged that part already, and the heading corrects it.

    >>> prefix_heading("Coast Notes", "Winter tides", ["Winter tides", "Coast Notes: Winter tides"])
    True
    >>> prefix_heading("Winter tides", "Winter tides", ["Coast Notes: Winter tides"])
    False
    """
    shown, wanted = _key(heading), _key(title)
    if not shown or not wanted or shown == wanted:
        return False
    return any(
        _key(other) == shown + wanted and _TITLE_SEPARATOR.search(other) is None for other in titles
    )


LABEL_MAX_WORDS = 3
"""How many words of its own a heading may set before the title (``labelled_heading``)."""


def labelled_heading(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` after a few words of its own: a label the page sets
    before the headline (a forum's "Thread:", a category, the day, a product line) that the
    metadata title leaves out. Words after the title are more often a subtitle.

    >>> labelled_heading("Thread: Winter on the towpath", "Winter on the towpath")
    True
    >>> labelled_heading("Winter on the towpath: a guide", "Winter on the towpath")
    False
    """
    shown, wanted = _key(heading), _key(title)
    if not wanted or shown == wanted or not shown.endswith(wanted):
        return False
    extra = len(heading.split()) - len(title.split())
    return 0 < extra <= LABEL_MAX_WORDS


_DASH = regex.compile(r"\s*[-‐‑–—]\s*")


def dashless_heading(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` with its dashes left out: the heading set the dash
    apart (an element or a style sheet of its own, which its text drops), so the metadata
    title writes the words as the page means them.

    >>> dashless_heading("Question Want to know the tides", "Question - Want to know the tides")
    True
    >>> dashless_heading("Remote Full Stack Jobs", "Remote Full-Stack Jobs")
    True
    >>> dashless_heading("Tides: a guide", "Tides - a guide")
    False
    """
    if _DASH.search(title) is None:
        return False
    shown = " ".join(heading.split()).casefold()
    if shown == " ".join(title.split()).casefold():
        return False
    return " ".join(_DASH.sub(" ", title).split()).casefold() == shown


def site_page_title(title: str) -> bool:
    """Whether ``title`` is a site's home or about page named by the site: "Home - Coast
    Notes", "About | Coast Notes" (the label alone would name no page).

    >>> site_page_title("About - Coast Notes"), site_page_title("Tides - Coast Notes")
    (True, False)
    """
    parts = _TITLE_SEPARATOR.split(title.strip())
    return len(parts) == 2 and any(_SITE_PAGE.match(part) for part in parts)


def suffixed_heading(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` and then a title separator and more: the heading
    sets a part of its own after the title, as a ``<title>`` sets the site's name ("Tide
    calculator - Coast Funds" over "Tide calculator"). Words after the title without a
    separator are more often a subtitle.

    >>> suffixed_heading("Tide calculator - Coast Funds", "Tide calculator")
    True
    >>> suffixed_heading("Tide calculator for sailors", "Tide calculator")
    False
    """
    title = " ".join(title.split())
    heading = " ".join(heading.split())
    if not title or len(heading) <= len(title):
        return False
    if heading[: len(title)].casefold() != title.casefold():
        return False
    m = _TITLE_SEPARATOR.match(heading, len(title))
    return m is not None and m.end() < len(heading)


_REPLACED = regex.compile(r"[?\ufffd]+")
_REPLACED_MAX_CHARS = 3  # the characters a run of "?" stands for ("'s", "’", "—")


def garbled_heading(heading: str, title: str) -> bool:
    """Whether ``heading`` is ``title`` with characters its page's encoding lost, each
    shown as "?" or U+FFFD (a template saved in a charset that lacks "’" or "—"): the
    metadata title writes them as meant.

    >>> garbled_heading("Planning? Beginner? Guide", "Planning: Beginner's Guide")
    True
    >>> garbled_heading("Need a change? Tips", "Need a change? Tips for you")
    False
    """
    if "?" not in heading and "\ufffd" not in heading:
        return False
    shown = " ".join(heading.split())
    wanted = " ".join(title.split())
    if shown.casefold() == wanted.casefold():
        return False
    pieces = _REPLACED.split(shown)
    if len(pieces) < 2:
        return False
    lost = f"(?:[^?\\ufffd\\s]{{1,{_REPLACED_MAX_CHARS}}})"
    pattern = lost.join(regex.escape(piece) for piece in pieces)
    return regex.fullmatch(pattern, wanted, regex.IGNORECASE) is not None


def _as_day(value: Date) -> datetime.date:
    return value.date() if isinstance(value, datetime.datetime) else value


# --------------------------------------------------------------------------- text dumps

_TEXT_TITLE_MAX_WORDS = 25
_TEXT_LOOKAHEAD = 15


def extract_text_metadata(lines: Iterable[str], *, bylines: bool = True) -> Metadata:
    """Metadata of a flattened text dump: a short first line as title, byline and date lines
    among the first lines (with ``bylines``; extract() reads them later, from the lines the
    rules labelled, with ``dump_metadata``).

    >>> meta = extract_text_metadata(["Tides", "By Jane Doe", "March 3, 2024", "", "The sea."])
    >>> meta.title, meta.authors, meta.published
    ('Tides', ('Jane Doe',), datetime.date(2024, 3, 3))
    """
    try:
        return _text_metadata(list(itertools.islice(lines, 200)), bylines)
    except Exception:  # metadata must never break extraction
        return Metadata()


def _text_metadata(lines: list[str], bylines: bool) -> Metadata:
    found = _Candidates()
    seen = 0
    for raw in lines:
        line = _clean(raw)
        if not line:
            continue
        seen += 1
        if seen == 1:
            words = line.split()
            if len(words) <= _TEXT_TITLE_MAX_WORDS and not line.endswith((".", ",", ":")):
                found.add("title", "title-tag", line, rank=9)
            continue
        if seen > _TEXT_LOOKAHEAD or not bylines:
            break
        if len(line) > _BYLINE_MAX_CHARS:
            continue
        names = byline_names(line)
        if names:
            found.add("authors", "byline", tuple(names))
        if _DIGIT.search(line):
            published, modified = _dateline(line)
            found.add("published", "byline", published)
            found.add("modified", "byline", modified)
    sources = {name: entry[2] for name, entry in found.best.items()}
    published, modified = found.get("published"), found.get("modified")
    if published is None and modified is not None:
        published = modified
        sources["published"] = "modified"
    return Metadata(
        title=found.get("title"),
        authors=found.get("authors") or (),
        published=published,
        modified=modified,
        sources=sources,
    )


# Where a text dump's byline and date lines stand: a few lines after its headline, or about
# the start of its body (the navigation of a flattened page runs long before both).
_DUMP_AFTER_TITLE = 8
_LABEL_LINE_MAX_CHARS = 24  # "Written by:", "Publié par"
# The labels the first line of a dump has when it is the page's <title>.
_DUMP_TITLE_KINDS = frozenset({"header", "title"})
_DUMP_BEFORE_BODY = 20
_DUMP_INTO_BODY = 10
# The labels of the lines read, in order: what the rules took for a byline, then the page
# head's lines (the rules see most of a dump's top as header).
_DUMP_LINE_KINDS = (frozenset({"byline"}), frozenset({"header", "title"}))


def dump_metadata(
    meta: Metadata,
    lines: Sequence[tuple[str, str]],
    url: str | None = None,
    language: str | None = None,
) -> Metadata:
    """``meta`` of a text dump completed from its labelled lines (``(text, label)`` pairs):
    its title line (unless the rules took it for clutter) without a site-name part the URL's
    host names, authors from the first
    byline ("By Jane Doe", "Written by ...") and the day of the first
    date line near the headline or the start of the body, lines labelled ``byline`` first;
    the URL's date path when no line dates the page. Fields ``meta`` has stay as they are.

    >>> lines = [("Home", "navigation"), ("Tides", "title"), ("By Jane Doe", "byline"),
    ...          ("March 3, 2024", "byline"), ("The sea rises and falls.", "body")]
    >>> meta = dump_metadata(Metadata(title="Tides"), lines)
    >>> meta.authors, meta.published, meta.sources
    (('Jane Doe',), datetime.date(2024, 3, 3), {'authors': 'byline', 'published': 'byline'})
    """
    try:
        return _dump_metadata(meta, lines, url, language)
    except Exception:  # metadata must never break extraction
        return meta


def _dump_metadata(
    meta: Metadata, lines: Sequence[tuple[str, str]], url: str | None, language: str | None
) -> Metadata:
    if meta.title and meta.sources.get("title") == "title-tag":
        if lines and lines[0][1] not in _DUMP_TITLE_KINDS:
            # "Skip to content", "Home": the rules took the first line for clutter.
            sources = {k: v for k, v in meta.sources.items() if k != "title"}
            meta = replace(meta, title=None, sources=sources)
        else:
            cleaned = clean_title(meta.title, meta.site_name, url)
            if cleaned and cleaned != meta.title:
                meta = replace(meta, title=cleaned)
    if meta.authors and meta.published is not None:
        return meta
    spans = []
    title = next((i for i, (_, kind) in enumerate(lines) if kind == "title" and i), None)
    if title is not None:
        spans.append(range(title, min(len(lines), title + _DUMP_AFTER_TITLE + 1)))
    body = next((i for i, (_, kind) in enumerate(lines) if kind == "body"), None)
    if body is not None:
        spans.append(
            range(max(0, body - _DUMP_BEFORE_BODY), min(len(lines), body + _DUMP_INTO_BODY))
        )
    # The lines read, in the order of the spans (each once), and the set of them.
    near = list(dict.fromkeys(i for span in spans for i in span))
    inside = set(near)
    authors: tuple[str, ...] = ()
    published: Date | None = None
    modified: Date | None = None
    for kinds in _DUMP_LINE_KINDS:
        for i in near:
            text, kind = lines[i]
            if kind not in kinds or len(text) > _BYLINE_MAX_CHARS:
                continue
            if not authors:
                authors = tuple(
                    byline_names(text)
                    or _labelled_names(text)
                    or _names_after_label(lines, i, inside)
                )
            if published is None and len(text) <= _DATELINE_MAX_CHARS and _DIGIT.search(text):
                day, changed = _dateline(text)
                if day is not None:
                    published, modified = day, changed
    if not authors:
        authors = _dump_dated_name(lines, near, inside, language)
    if published is None:
        published, modified = _dump_date_line(lines, near)
    if not authors or published is None:
        # The first lines of the dump, whatever their labels: a short page's byline.
        head = extract_text_metadata(text for text, _ in lines)
        if not authors:
            authors = head.authors
        if published is None:
            published, modified = head.published, head.modified
    sources = dict(meta.sources)
    changes: dict[str, Any] = {}
    if not meta.authors and authors:
        changes["authors"] = authors
        sources["authors"] = "byline"
    if meta.published is None:
        source = "byline"
        if published is None:
            published, source = url_date(url), "url"
        if published is not None:
            changes["published"] = published
            sources["published"] = source
            if modified is not None and meta.modified is None:
                changes["modified"] = modified
                sources["modified"] = "byline"
    if not changes:
        return meta
    return replace(meta, sources=sources, **changes)


_AUTHOR_LINE = regex.compile(
    r"^\s*(?:authors?|autor(?:in|en|es|a)?|auteur(?:e|s)?|autore|written by)\s*:\s*\S",
    regex.IGNORECASE,
)
# The lines a dump's byline block shows beside its date: its author's name stands alone
# on a short line ("Jane Doe" above or below "March 3, 2024"), often taken for a link.
_DUMP_NAME_KINDS = frozenset({"byline", "header", "title", "navigation", "body"})
_NAME_LINE_MAX_WORDS = 4
_EN_STOPWORDS = stopwords("en")
_NOT_NAME_WORDS = (
    _NOT_NAMES
    | _NAME_ROLES
    | _GROUP_ROLES
    | _FACETS
    | frozenset(("members", "member", "posts", "community", "forum", "forums", "discussion"))
    | frozenset(("verified", "purchase", "buyer", "customer", "reviewer"))
)


def _in_lower_case(word: str, text: str) -> bool:
    """Whether ``word`` (lower case) stands in ``text`` as a word of its own in lower case."""
    pattern = rf"(?<![\p{{L}}'’\-]){regex.escape(word)}(?![\p{{L}}'’\-])"
    return regex.search(pattern, text) is not None


# A byline's label on a line of its own, its name on the next: "By" / "Ann Lee" (the
# flattener broke the line at the name's link).
_BY_LABEL_LINE = regex.compile(
    r"^\s*(?:(?:written|posted|published|words|story|text)\s+)?(?:by|von|par|por|door)\s*:?\s*$"
    r"|^\s*(?:authors?|autor(?:in)?|auteur|written by)\s*:?\s*$",
    regex.IGNORECASE,
)


def _names_after_label(lines: Sequence[tuple[str, str]], i: int, inside: set[int]) -> list[str]:
    """The names on the line after a line that is only a byline's label ("By", "Author:")."""
    text = lines[i][0]
    if len(text) > _LABEL_LINE_MAX_CHARS or i + 1 not in inside:
        return []
    if _BY_LABEL_LINE.match(text) is None:
        return []
    following = lines[i + 1][0]
    if len(following.split()) > _MAX_NAME_WORDS * 2:
        return []
    names = split_names(following, strict=True)
    if any(len(name.split()) > _NAME_LINE_MAX_WORDS for name in names):
        return []  # "By" / "Tide Charts Ferry Times Guides": a menu's
    return names


def _labelled_names(text: str) -> list[str]:
    """The names of an "Author: Jane Doe" line."""
    if _AUTHOR_LINE.match(text) is None:
        return []
    return split_names(text, strict=True)


def _dump_dated_name(
    lines: Sequence[tuple[str, str]], near: list[int], inside: set[int], language: str | None
) -> tuple[str, ...]:
    """The name a dump's dateline carries ("Jane Doe · March 3, 2024") or a "By" line on
    its own sets on the next (lines the rules took for navigation too), or a name alone on
    its line right above or below a date line."""
    whole: str | None = None
    for i in near:
        text, kind = lines[i]
        if kind not in _DUMP_NAME_KINDS or len(text) > _DATELINE_MAX_CHARS:
            continue
        names = dated_names(text) or _names_after_label(lines, i, inside)
        if names:
            return tuple(names)
        words = text.split()
        if not 2 <= len(words) <= _NAME_LINE_MAX_WORDS or not all(w[:1].isupper() for w in words):
            continue
        if not any(j in inside and _byline_neighbour(lines[j][0]) for j in (i - 1, i + 1)):
            continue
        if clean_name(text, strict=True) != text:
            continue
        lowered = [word.lower() for word in words]
        if lowered[0] in stopwords(language) or lowered[0] in _EN_STOPWORDS:
            continue  # "All Posts", "The Harbour Wiki Admin"
        if any(word in _NOT_NAME_WORDS for word in lowered):
            continue  # "Forum Members", "Site Admin", "Board Members"
        if whole is None:
            whole = "\n".join(line for line, _ in lines)
        if not any(_in_lower_case(word, whole) for word in lowered[1:]):
            # "Jane Doe", not "Ferry Times Guide": the words after a given name are
            # nowhere in the page in lower case, as a heading's words are.
            return (text,)
    return ()


_READING_TIME = regex.compile(r"^\s*\d{1,3}\s*(?:min(?:ute)?s?|m)\.?\s+read\b", regex.IGNORECASE)


def _byline_neighbour(text: str) -> bool:
    """Whether a line is one a byline block sets beside its name: a date (of publication or
    of the last update), a reading time ("7 min read")."""
    if len(text) > _DATELINE_MAX_CHARS or not _DIGIT.search(text):
        return False
    if _READING_TIME.match(text):
        return True
    published, modified = _dateline(text)
    return published is not None or modified is not None


# A date on a line of its own (or nearly) near the headline dates the page, whatever the
# rules took the short line for ("March 3, 2024", "Mar 3, 2024 · 5 min read").
_DATE_LINE_MAX_CHARS = 60
_DATE_LINE_KINDS = frozenset({"navigation", "boilerplate", "body"})


def _dump_date_line(
    lines: Sequence[tuple[str, str]], near: list[int]
) -> tuple[Date | None, Date | None]:
    for i in near:
        text, kind = lines[i]
        if kind in _DATE_LINE_KINDS and len(text) <= _DATE_LINE_MAX_CHARS and _DIGIT.search(text):
            day, changed = _dateline(text)
            if day is not None:
                return day, changed
    return None, None
