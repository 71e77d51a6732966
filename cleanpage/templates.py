"""Site templates: blocks that recur on many pages of one site are its boilerplate.

A dump often holds many pages of one host, and every one of them carries the same menu,
footer, newsletter call and "Related posts" box. Learn them from a batch, then extract with
them: a block whose text recurs on enough of the site's pages is labelled boilerplate, with
the reason ``repeated on 37 pages of example.org``.

>>> import cleanpage
>>> from cleanpage.templates import SiteTemplates
>>> def page(n):
...     body = f"Story number {n} tells its own tale, in sentences nobody else wrote. " * 4
...     return (f"<html><body><article><h1>Story {n}</h1><p>{body}</p><p>Every story "
...             "here is checked by two of our editors before it reaches the readers.</p>"
...             "</article></body></html>")
>>> batch = [(f"https://planet.example/{n}", page(n)) for n in range(4)]
>>> templates = SiteTemplates.learn(batch)
>>> article = templates.extract(page(9), url="https://planet.example/9")
>>> [(b.text[:24], b.reason) for b in article.blocks if b.rule == "repeated-on-site"]
[('Every story here is chec', 'repeated on 4 pages of planet.example')]

How it works. The learner reads each page's blocks (a cheap segmentation, or the blocks of
an Article already extracted), normalises each block's text (white space collapsed, lower
case) and counts, per site, on how many distinct pages each fingerprint (an 8-byte hash)
occurs. Pages are never kept. A block is part of the site's template when it occurs on at
least ``max(min_pages, min_share × the site's pages)`` pages.

Memory is bounded: at most ``max_entries_per_site`` fingerprints per site and ``max_entries``
in all (about 100 bytes each: the defaults cap the counts near 100 MB). When a bound is
reached the rarest fingerprints are forgotten first (a block seen on one page is most
likely that page's own text), so a count is a lower bound and the sites with fewest pages
lose their counts first. Besides, the learner keeps one page count per site and (within the
same bounds) a signature per page, so exact duplicate pages count once.

The rule runs late (before the text-region and density rules), so it takes the blocks the
other rules would keep; blocks they labelled keep their more specific label. It never
empties a page: when almost nothing the other rules left is the page's own (a duplicate of
another page, or a page with no text of its own), it leaves the page to them. A repeated
heading over text of the page's own is a section heading of the site's layout
("Ingredients", "Method"), and a short repeated label between two blocks of the page's own
("Weight:", "Note") belongs to the page: both are left alone.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Literal
from urllib.parse import urlsplit

from cleanpage.article import Article, Kind, Label
from cleanpage.rules import default_rules
from cleanpage.rules.base import Page, Rule, RuleSet

DEFAULT_MIN_PAGES = 3
DEFAULT_MIN_SHARE = 0.3
DEFAULT_MAX_ENTRIES_PER_SITE = 5_000
DEFAULT_MAX_ENTRIES = 1_000_000
RULE_NAME = "repeated-on-site"
# The site-template rule runs late, so the blocks it takes are those the other rules would
# keep (a block another rule labelled keeps its more specific label), and before the first
# of these: the text pages' region rule (which labels every block left) and the last
# prose judges of HTML pages.
_RUNS_BEFORE = (
    "text-region",
    "end-of-article",
    "link-density",
    "prose-density",
)


# ----------------------------------------------------------------------------- keys


def site_of(url: str | None) -> str | None:
    """The site a URL belongs to: its host, lower case, without a leading ``www.``.

    >>> site_of("https://WWW.Example.org:8080/a/b?c")
    'example.org'
    >>> site_of("not a url") is None
    True
    """
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    if not host:
        return None
    host = host.rstrip(".")
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


def normalise(text: str) -> str:
    """The text a fingerprint is taken of: white space collapsed, lower case.

    >>> normalise("  Subscribe\\n US   Now ")
    'subscribe us now'
    """
    return " ".join(text.lower().split())


def fingerprint(text: str) -> int:
    """A stable 64-bit fingerprint of a block's normalised text (the same in every process).

    >>> fingerprint("Subscribe US Now") == fingerprint("subscribe   us now")
    True
    """
    digest = hashlib.blake2b(normalise(text).encode("utf-8", "replace"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def page_fingerprints(
    page: object,
    *,
    format: Literal["html", "text"] | None = None,
    encoding: str | None = None,
    content_type: str | None = None,
) -> frozenset[int]:
    """The distinct fingerprints of a page's blocks, from a cheap segmentation of it.

    ``page`` is what extract() takes (HTML or text as ``str`` or ``bytes``, an lxml tree),
    or an Article already extracted. The blocks are those extract() would make; no rules run.

    >>> prints = page_fingerprints("<nav>Home</nav><p>The sea rises.</p>")
    >>> prints == {fingerprint("Home"), fingerprint("The sea rises.")}
    True
    """
    return frozenset(
        fingerprint(text)
        for text in block_texts(page, format=format, encoding=encoding, content_type=content_type)
    )


def block_texts(
    page: object,
    *,
    format: Literal["html", "text"] | None = None,
    encoding: str | None = None,
    content_type: str | None = None,
) -> list[str]:
    """The texts of the blocks extract() would cut ``page`` into, without running the rules.

    >>> block_texts("<nav>Home</nav><p>The sea rises.</p>")
    ['Home', 'The sea rises.']
    >>> block_texts("Tides\\n\\nThe sea rises.", format="text")
    ['Tides', 'The sea rises.']
    """
    if isinstance(page, Article):
        return [b.text for b in page.blocks]
    from lxml import etree

    from cleanpage import html as html_path
    from cleanpage import text as text_path
    from cleanpage.api import front_door
    from cleanpage.decode import decode, repair_double_encoding

    text: str | None
    root: Any = None
    if isinstance(page, (bytes, bytearray, memoryview)):
        text = decode(bytes(page), encoding=encoding, content_type=content_type)
        text = repair_double_encoding(text)
    elif isinstance(page, str):
        text = repair_double_encoding(page)
    elif isinstance(page, etree._ElementTree):
        text, root = None, page.getroot()
    elif isinstance(page, etree._Element):
        text, root = None, page
    else:  # anything else extract() accepts (BeautifulSoup): let it cut the blocks
        from cleanpage.api import extract

        return [b.text for b in extract(page, format=format).blocks]
    fmt = "html" if text is None else front_door(text, format)
    if fmt == "text":
        segmentation = text_path.segment_text(text or "")
    else:
        if root is None:
            root = html_path.parse(text or "")
        segmentation = html_path.segment(root)
    return [s.text for s in segmentation.segments]


# ----------------------------------------------------------------------------- learning


class TemplateLearner:
    """Counts, per site, on how many pages each block text occurs; memory stays bounded.

    Feed it pages one at a time (``add``), or their fingerprints (``add_fingerprints``, for
    fingerprints computed in other processes), then call ``templates()``. Exact duplicate
    pages (the same set of blocks) of a site count once.

    >>> learner = TemplateLearner()
    >>> for n in range(3):
    ...     _ = learner.add(f"<nav>Home</nav><p>Story {n}.</p>", url=f"https://a.example/{n}")
    >>> learner.sites()
    {'a.example': 3}
    >>> learner.templates()
    <SiteTemplates: 1 sites, 1 repeated blocks>
    """

    def __init__(
        self,
        *,
        max_entries_per_site: int = DEFAULT_MAX_ENTRIES_PER_SITE,
        max_entries: int = DEFAULT_MAX_ENTRIES,
    ) -> None:
        if max_entries_per_site < 2 or max_entries < 2:
            raise ValueError("the bounds must be at least 2")
        self.max_entries_per_site = max_entries_per_site
        self.max_entries = max_entries
        self._counts: dict[str, dict[int, int]] = {}
        self._pages: dict[str, int] = {}
        self._seen_pages: dict[str, set[int]] = {}
        self._entries = 0

    @property
    def pages(self) -> int:
        """Distinct pages counted, over all sites.

        >>> learner = TemplateLearner()
        >>> _ = learner.add("<p>Story one.</p>", url="https://a.example/1")
        >>> _ = learner.add("<p>Story one.</p>", url="https://a.example/1-again")  # a duplicate
        >>> _ = learner.add("<p>Story two.</p>", url="https://b.example/2")
        >>> learner.pages
        2
        """
        return sum(self._pages.values())

    @property
    def entries(self) -> int:
        """Fingerprints held now, over all sites (the memory bound's unit).

        Each distinct block text of a site is one entry, and so is each page's signature
        (kept to count duplicate pages once).

        >>> learner = TemplateLearner()
        >>> _ = learner.add("<nav>Home</nav><p>Story one.</p>", url="https://a.example/1")
        >>> learner.entries  # two block texts and one page signature
        3
        """
        return self._entries

    def sites(self) -> dict[str, int]:
        """Each site seen, with its number of distinct pages.

        >>> learner = TemplateLearner()
        >>> for n in range(3):
        ...     _ = learner.add(f"<nav>Home</nav><p>Story {n}.</p>", url=f"https://a.example/{n}")
        >>> _ = learner.add("<p>Another site.</p>", url="https://www.b.example/")
        >>> learner.sites()
        {'a.example': 3, 'b.example': 1}
        """
        return dict(self._pages)

    def add(
        self,
        page: object,
        *,
        url: str | None = None,
        site: str | None = None,
        format: Literal["html", "text"] | None = None,
        encoding: str | None = None,
        content_type: str | None = None,
    ) -> bool:
        """Count the blocks of one page (or Article) of ``site`` (by default the site of
        ``url``, or of the Article's url). False when the page has no site or is a duplicate.

        >>> learner = TemplateLearner()
        >>> learner.add("<nav>Home</nav><p>Story one.</p>", url="https://a.example/1")
        True
        >>> learner.add("<nav>Home</nav><p>Story one.</p>", url="https://a.example/1?ref=x")
        False
        >>> learner.add("<p>A page without an address.</p>")
        False
        >>> learner.add("Home\\n\\nStory two.", site="a.example", format="text")
        True
        """
        if site is None:
            if url is None and isinstance(page, Article):
                url = page.url
            site = site_of(url)
        if site is None:
            return False
        prints = page_fingerprints(
            page, format=format, encoding=encoding, content_type=content_type
        )
        return self.add_fingerprints(site, prints)

    def add_fingerprints(self, site: str, prints: Iterable[int]) -> bool:
        """Count one page of ``site`` given its block fingerprints (see page_fingerprints).

        The fingerprints can be computed anywhere (in worker processes, say) and counted in
        one learner:

        >>> prints = page_fingerprints("<nav>Home</nav><p>Story one.</p>")
        >>> learner = TemplateLearner()
        >>> learner.add_fingerprints("a.example", prints)
        True
        >>> learner.sites()
        {'a.example': 1}
        """
        distinct = frozenset(prints)
        if not distinct:
            return False
        seen = self._seen_pages.setdefault(site, set())
        signature = hash(tuple(sorted(distinct)))
        if signature in seen:
            return False
        if len(seen) < self.max_entries_per_site:
            seen.add(signature)
            self._entries += 1
        self._pages[site] = self._pages.get(site, 0) + 1
        counts = self._counts.setdefault(site, {})
        before = len(counts)
        get = counts.get
        for fp in distinct:
            counts[fp] = get(fp, 0) + 1
        if len(counts) > self.max_entries_per_site:
            _keep_commonest(counts, self.max_entries_per_site // 2)
        self._entries += len(counts) - before
        if self._entries > self.max_entries:
            self._shrink()
        return True

    def _shrink(self) -> None:
        """Forget the rarest fingerprints of every site until half the bound is free."""
        for seen in self._seen_pages.values():
            self._entries -= len(seen)
            seen.clear()
        floor = 1
        while self._entries > self.max_entries // 2:
            for counts in self._counts.values():
                rare = [fp for fp, n in counts.items() if n <= floor]
                for fp in rare:
                    del counts[fp]
                self._entries -= len(rare)
            floor += 1

    def merge(self, other: TemplateLearner) -> None:
        """Add another learner's counts (learnt on other pages) to this one's.

        >>> first, second = TemplateLearner(), TemplateLearner()
        >>> _ = first.add("<nav>Home</nav><p>Story one.</p>", url="https://a.example/1")
        >>> _ = second.add("<nav>Home</nav><p>Story two.</p>", url="https://a.example/2")
        >>> first.merge(second)
        >>> first.sites()
        {'a.example': 2}
        """
        for site, counts in other._counts.items():
            mine = self._counts.setdefault(site, {})
            before = len(mine)
            for fp, n in counts.items():
                mine[fp] = mine.get(fp, 0) + n
            if len(mine) > self.max_entries_per_site:
                _keep_commonest(mine, self.max_entries_per_site // 2)
            self._entries += len(mine) - before
        for site, pages in other._pages.items():
            self._pages[site] = self._pages.get(site, 0) + pages
        if self._entries > self.max_entries:
            self._shrink()

    def templates(
        self, *, min_pages: int = DEFAULT_MIN_PAGES, min_share: float = DEFAULT_MIN_SHARE
    ) -> SiteTemplates:
        """The blocks each site repeats on at least ``max(min_pages, min_share × its
        pages)`` pages.

        >>> learner = TemplateLearner()
        >>> for n in range(3):
        ...     _ = learner.add(f"<nav>Home</nav><p>Story {n}.</p>", url=f"https://a.example/{n}")
        >>> learner.templates()
        <SiteTemplates: 1 sites, 1 repeated blocks>
        >>> learner.templates(min_pages=4)  # "Home" is on 3 pages only
        <SiteTemplates: 0 sites, 0 repeated blocks>
        """
        if min_pages < 2:
            raise ValueError("min_pages must be at least 2: one page repeats nothing")
        if not 0.0 <= min_share <= 1.0:
            raise ValueError("min_share must lie between 0 and 1")
        sites: dict[str, SiteTemplate] = {}
        for site, counts in self._counts.items():
            pages = self._pages.get(site, 0)
            need = max(min_pages, math.ceil(min_share * pages))
            if pages < need:
                continue
            repeated = {fp: n for fp, n in counts.items() if n >= need}
            if repeated:
                sites[site] = SiteTemplate(site, pages, repeated)
        return SiteTemplates(sites)


def _keep_commonest(counts: dict[int, int], keep: int) -> None:
    """Drop all but the ``keep`` commonest fingerprints (ties at the cut are dropped)."""
    if len(counts) <= keep:
        return
    cut = sorted(counts.values(), reverse=True)[keep]
    for fp in [fp for fp, n in counts.items() if n <= cut]:
        del counts[fp]


# ----------------------------------------------------------------------------- templates


@dataclasses.dataclass(frozen=True, slots=True)
class SiteTemplate:
    """The blocks one site repeats: fingerprint → number of pages it was seen on.

    >>> learner = TemplateLearner()
    >>> for n in range(3):
    ...     _ = learner.add(f"<nav>Home</nav><p>Story {n}.</p>", url=f"https://a.example/{n}")
    >>> template = learner.templates().get(site="a.example")
    >>> template.site, template.pages
    ('a.example', 3)
    >>> template.repeated == {fingerprint("Home"): 3}
    True
    """

    site: str
    pages: int
    repeated: Mapping[int, int]

    def rule(self) -> RepeatedOnSite:
        """The rule that labels this site's repeated blocks (add it to a RuleSet).

        >>> template = SiteTemplate("a.example", 3, {fingerprint("Home"): 3})
        >>> template.rule()
        <RepeatedOnSite 'a.example': 1 blocks>
        >>> with_rule(default_rules(), template.rule()).get("repeated-on-site").family
        'site'
        """
        return RepeatedOnSite(self)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (fingerprints as hex strings); ``from_dict`` reads it back.

        >>> SiteTemplate("a.example", 3, {0xA76316F670584A93: 3}).to_dict()
        {'site': 'a.example', 'pages': 3, 'repeated': {'a76316f670584a93': 3}}
        """
        return {
            "site": self.site,
            "pages": self.pages,
            "repeated": {format(fp, "016x"): n for fp, n in self.repeated.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteTemplate:
        """The template ``to_dict`` wrote.

        >>> template = SiteTemplate("a.example", 3, {fingerprint("Home"): 3})
        >>> SiteTemplate.from_dict(template.to_dict()) == template
        True
        """
        repeated = {int(fp, 16): int(n) for fp, n in data["repeated"].items()}
        return cls(str(data["site"]), int(data["pages"]), repeated)


class SiteTemplates:
    """Learnt templates of many sites; extract a page with its site's template.

    Build with ``SiteTemplates.learn(batch)`` or ``TemplateLearner(...).templates()``.
    Picklable, and JSON-ready through ``to_dict``/``from_dict``.

    >>> batch = [(f"https://a.example/{n}", f"<nav>Home</nav><p>Story {n}.</p>") for n in range(3)]
    >>> templates = SiteTemplates.learn(batch)
    >>> templates, len(templates), list(templates.sites)
    (<SiteTemplates: 1 sites, 1 repeated blocks>, 1, ['a.example'])
    """

    __slots__ = ("sites",)

    def __init__(self, sites: Mapping[str, SiteTemplate] | None = None) -> None:
        self.sites: dict[str, SiteTemplate] = dict(sites or {})

    def __len__(self) -> int:
        return len(self.sites)

    def __iter__(self) -> Iterator[SiteTemplate]:
        return iter(self.sites.values())

    def __repr__(self) -> str:
        blocks = sum(len(t.repeated) for t in self.sites.values())
        return f"<SiteTemplates: {len(self.sites)} sites, {blocks} repeated blocks>"

    @classmethod
    def learn(
        cls,
        pages: Iterable[Article | tuple[str | None, object]],
        *,
        min_pages: int = DEFAULT_MIN_PAGES,
        min_share: float = DEFAULT_MIN_SHARE,
        max_entries_per_site: int = DEFAULT_MAX_ENTRIES_PER_SITE,
        max_entries: int = DEFAULT_MAX_ENTRIES,
    ) -> SiteTemplates:
        """Learn from a batch: Articles (their ``url`` names the site) or ``(url, page)``
        pairs, where ``page`` is anything extract() takes. Pages without a URL are skipped.

        >>> from cleanpage import extract
        >>> pages = [f"<nav>Home</nav><p>Story {n}.</p>" for n in range(3)]
        >>> articles = [extract(p, url=f"https://a.example/{n}") for n, p in enumerate(pages)]
        >>> SiteTemplates.learn(articles)
        <SiteTemplates: 1 sites, 1 repeated blocks>
        >>> SiteTemplates.learn([(None, page) for page in pages])  # no URL, no site
        <SiteTemplates: 0 sites, 0 repeated blocks>
        """
        learner = TemplateLearner(
            max_entries_per_site=max_entries_per_site, max_entries=max_entries
        )
        for item in pages:
            if isinstance(item, Article):
                learner.add(item)
            else:
                url, page = item
                learner.add(page, url=url)
        return learner.templates(min_pages=min_pages, min_share=min_share)

    def get(self, url: str | None = None, *, site: str | None = None) -> SiteTemplate | None:
        """The template of ``site``, or of the site of ``url``; None when none was learnt.

        >>> pages = [f"<nav>Home</nav><p>Story {n}.</p>" for n in range(3)]
        >>> batch = [(f"https://a.example/{n}", page) for n, page in enumerate(pages)]
        >>> templates = SiteTemplates.learn(batch)
        >>> templates.get("https://www.a.example/new-story").pages
        3
        >>> templates.get(site="b.example") is None
        True
        """
        key = site if site is not None else site_of(url)
        return None if key is None else self.sites.get(key)

    def rules(
        self,
        url: str | None = None,
        *,
        site: str | None = None,
        base: Sequence[Rule] | None = None,
    ) -> RuleSet:
        """``base`` (default: ``default_rules()``) with the site's RepeatedOnSite rule in.

        >>> pages = [f"<nav>Home</nav><p>Story {n}.</p>" for n in range(3)]
        >>> batch = [(f"https://a.example/{n}", page) for n, page in enumerate(pages)]
        >>> templates = SiteTemplates.learn(batch)
        >>> "repeated-on-site" in templates.rules("https://a.example/new").names
        True
        >>> templates.rules("https://b.example/") is default_rules()  # no template: as is
        True
        """
        template = self.get(url, site=site)
        rules = default_rules() if base is None else RuleSet(base)
        return rules if template is None else with_rule(rules, template.rule())

    def extract(
        self,
        page: object,
        *,
        url: str | None = None,
        site: str | None = None,
        rules: Sequence[Rule] | None = None,
        **options: Any,
    ) -> Article:
        """extract() with the template of the page's site (by ``site``, or the site of ``url``).
        ``options`` are passed on to extract() (``format``, ``mode``, ``encoding``, ...).

        >>> story = (
        ...     "<article><p>Story {}: the sea rises and falls twice a day, pulled by the moon "
        ...     "and, to a lesser degree, by the sun, as it always has.</p><p>Every story "
        ...     "here is checked by two of our editors before it reaches you.</p></article>"
        ... )
        >>> batch = [(f"https://a.example/{n}", story.format(n)) for n in range(3)]
        >>> templates = SiteTemplates.learn(batch)
        >>> article = templates.extract(story.format(9), url="https://a.example/9")
        >>> [(block.rule, block.reason) for block in article.blocks]
        [('body', 'prose inside the main content region'),
         ('repeated-on-site', 'repeated on 3 pages of a.example')]
        """
        from cleanpage.api import extract

        chosen = self.rules(url, site=site, base=rules)
        return extract(page, url=url, rules=chosen, **options)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of every site's template, to save what was learnt:
        ``SiteTemplates.from_dict(json.loads(json.dumps(t.to_dict())))`` gives it back.

        >>> SiteTemplates({"a.example": SiteTemplate("a.example", 3, {1: 3})}).to_dict()
        {'sites': [{'site': 'a.example', 'pages': 3, 'repeated': {'0000000000000001': 3}}]}
        """
        return {"sites": [t.to_dict() for t in self.sites.values()]}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteTemplates:
        """The templates ``to_dict`` wrote.

        >>> import json
        >>> pages = [f"<nav>Home</nav><p>Story {n}.</p>" for n in range(3)]
        >>> batch = [(f"https://a.example/{n}", page) for n, page in enumerate(pages)]
        >>> templates = SiteTemplates.learn(batch)
        >>> saved = json.dumps(templates.to_dict())
        >>> SiteTemplates.from_dict(json.loads(saved)).sites == templates.sites
        True
        """
        sites = (SiteTemplate.from_dict(d) for d in data.get("sites", ()))
        return cls({t.site: t for t in sites})


def with_rule(rules: Sequence[Rule], rule: Rule) -> RuleSet:
    """``rules`` with ``rule`` placed where the site-template rule belongs: after the title
    and clutter-phrase rules, before the structural and density rules (at the end when the
    set has none of them).

    >>> rule = SiteTemplate("a.example", 3, {fingerprint("Home"): 3}).rule()
    >>> names = with_rule(default_rules(), rule).names
    >>> names[names.index("repeated-on-site") + 1]
    'text-region'
    >>> with_rule([], rule)
    RuleSet(['repeated-on-site'])
    """
    ruleset = RuleSet(rules)
    names = ruleset.names
    for name in names:
        if name in _RUNS_BEFORE:
            return ruleset.before(name, rule)
    return RuleSet((*ruleset, rule))


# ----------------------------------------------------------------------------- the rule


class RepeatedOnSite(Rule):
    """Blocks that recur on many pages of the site are its template: boilerplate.

    Left alone: blocks an earlier rule labelled; a repeated heading followed by a block of
    the page's own (a section heading of the site's layout); a short repeated block between
    two blocks of the page's own (a label: "Weight:", "Note"); and every block of a page that
    has fewer than ``min_own_words`` words of its own (a duplicate page, or one with no text
    of its own: better judged by the other rules than emptied).

    >>> from cleanpage import extract
    >>> menu = "Get our weekly letter, free"
    >>> rule = RepeatedOnSite(SiteTemplate("a.example", 5, {fingerprint(menu): 5}))
    >>> article = extract(
    ...     f"<p>{menu}</p><p>The sea rises and falls twice a day, pulled by the moon "
    ...     "and, to a lesser degree, by the sun.</p>",
    ...     rules=with_rule(default_rules(), rule),
    ... )
    >>> article.blocks[0].rule, article.blocks[0].reason
    ('repeated-on-site', 'repeated on 5 pages of a.example')
    """

    name = RULE_NAME
    family = "site"
    min_own_words = 20
    short_words = 3

    def __init__(self, template: SiteTemplate) -> None:
        self.template = template

    def __repr__(self) -> str:
        return f"<RepeatedOnSite {self.template.site!r}: {len(self.template.repeated)} blocks>"

    def apply(self, page: Page) -> None:
        """Label the undecided blocks the template holds, unless they are left alone (above).

        >>> from cleanpage import Block
        >>> menu = "Get our weekly letter, free"
        >>> rule = RepeatedOnSite(SiteTemplate("a.example", 5, {fingerprint(menu): 5}))
        >>> own = "The sea rises and falls twice a day, pulled by the moon and the sun, as ever."
        >>> page = Page(blocks=(Block(0, menu, words=5), Block(1, own, words=20)), format="html")
        >>> rule.apply(page)
        >>> page.labels, page.reasons[0]
        ([<Label.BOILERPLATE: 'boilerplate'>, None], 'repeated on 5 pages of a.example')
        """
        repeated = self.template.repeated
        blocks = page.blocks
        counts: list[int] = [repeated.get(fingerprint(b.text), 0) for b in blocks]
        own = sum(blocks[i].words for i in page.undecided() if not counts[i])
        if own < self.min_own_words:
            return
        site = self.template.site
        last = len(blocks) - 1
        for i in list(page.undecided()):
            n = counts[i]
            if not n:
                continue
            block = blocks[i]
            after = i < last and counts[i + 1] == 0
            if after and block.kind is Kind.HEADING:
                continue  # a section heading of the site's layout, over the page's own text
            if block.words <= self.short_words and after and (i == 0 or counts[i - 1] == 0):
                continue  # a short label amid the page's own text ("Weight:", "Note")
            page.decide(i, Label.BOILERPLATE, f"repeated on {n} pages of {site}", self.name)


def site_of_source(url: str | None, path: str | None) -> str | None:
    """The site of a record: the site of its URL, else (for a page file) its folder.

    >>> site_of_source("https://www.a.example/story", "crawl.warc.gz")
    'a.example'
    >>> site_of_source(None, "/data/a.example/story.html")
    '/data/a.example'
    >>> site_of_source(None, "-") is None  # stdin
    True
    """
    site = site_of(url)
    if site is not None or not path or path == "-":
        return site
    return os.path.dirname(os.path.abspath(path))


__all__ = [
    "DEFAULT_MAX_ENTRIES",
    "DEFAULT_MAX_ENTRIES_PER_SITE",
    "DEFAULT_MIN_PAGES",
    "DEFAULT_MIN_SHARE",
    "RepeatedOnSite",
    "SiteTemplate",
    "SiteTemplates",
    "TemplateLearner",
    "block_texts",
    "fingerprint",
    "normalise",
    "page_fingerprints",
    "site_of",
    "site_of_source",
    "with_rule",
]
