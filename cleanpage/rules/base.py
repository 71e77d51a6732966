"""The rule interface: a Page the rules read, Rule and BlockRule, and an ordered RuleSet.

Rules run in order. Each may label blocks nobody has labelled yet, and must give a reason.
Blocks that no rule labels are body. So a rule placed early wins over later ones: put a
rule of your own first to keep something, or last to drop something the built-in rules kept.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar, overload

from cleanpage.article import Block, Label
from cleanpage.html import Node

T = TypeVar("T")


def _parents(page: Page) -> list[int]:
    return [node.parent for node in page.nodes]


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's decision on one block: the label to give it and why.

    A BlockRule's ``check`` returns one (or None to leave the block to later rules).

    >>> from cleanpage import Label
    >>> verdict = Verdict(Label.ADVERTISEMENT, "sponsor note")
    >>> verdict.label, verdict.reason
    (<Label.ADVERTISEMENT: 'advertisement'>, 'sponsor note')
    """

    label: Label
    reason: str


@dataclass(slots=True)
class Page:
    """What the rules see: the page's blocks with their features, and the labels so far.

    ``blocks`` are unlabelled until the pipeline assembles the Article; the decisions live
    in ``labels``/``reasons``/``rules``. ``types`` are the schema.org and Open Graph types
    the page declares (lower case: ``"product"``, ``"og:article"``). ``nodes`` is the DOM
    context table of an HTML page (empty for text): ``node_of(i)`` gives block i's owning
    block-level element record.

    The pipeline builds the Page and hands it to each rule's ``apply``; a Page made by hand
    (from any blocks) is handy to try a rule on:

    >>> from cleanpage import Block, Label
    >>> page = Page(blocks=(Block(0, "Home"), Block(1, "The sea rises.")), format="html")
    >>> page.labels, page.mode
    ([None, None], 'balanced')
    """

    blocks: tuple[Block, ...]
    format: str
    language: str | None = None
    title_hint: str | None = None
    url: str | None = None
    mode: str = "balanced"
    types: tuple[str, ...] = ()
    nodes: list[Node] = field(default_factory=list)
    block_nodes: list[int] = field(default_factory=list)
    labels: list[Label | None] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)
    _cache: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n = len(self.blocks)
        if not self.labels:
            self.labels = [None] * n
            self.reasons = [""] * n
            self.rules = [""] * n

    def decide(self, index: int, label: Label, reason: str, rule: str) -> bool:
        """Label block ``index`` unless a rule already did; True when this call decided.

        >>> from cleanpage import Block, Label
        >>> page = Page(blocks=(Block(0, "Home"), Block(1, "The sea rises.")), format="html")
        >>> page.decide(0, Label.NAVIGATION, "a menu", "my-rule")
        True
        >>> page.decide(0, Label.BODY, "too late", "later-rule")  # the first decision stays
        False
        >>> page.labels[0], page.reasons[0], page.rules[0]
        (<Label.NAVIGATION: 'navigation'>, 'a menu', 'my-rule')
        """
        if self.labels[index] is not None:
            return False
        self.labels[index] = label
        self.reasons[index] = reason
        self.rules[index] = rule
        return True

    def undecided(self) -> Iterator[int]:
        """Indexes of the blocks no rule has labelled yet.

        >>> from cleanpage import Block, Label
        >>> page = Page(blocks=(Block(0, "Home"), Block(1, "The sea rises.")), format="html")
        >>> _ = page.decide(0, Label.NAVIGATION, "a menu", "my-rule")
        >>> list(page.undecided())
        [1]
        """
        return (i for i, label in enumerate(self.labels) if label is None)

    @property
    def parents(self) -> list[int]:
        """Per node, the index of its parent (-1 at the top): the tree's links, for the
        loops of ``cleanpage.tree`` (listed once per page).

        >>> from cleanpage import extract
        >>> class ShowParents(Rule):
        ...     name = "show-parents"
        ...
        ...     def apply(self, page):
        ...         print([(node.tag, parent) for node, parent in zip(page.nodes, page.parents)])
        >>> _ = extract("<div><p>Hi there</p></div><p>Bye</p>", rules=[ShowParents()])
        [('body', -1), ('div', 0), ('p', 1), ('p', 0)]
        """
        return self.cached("parents", _parents)

    def node_of(self, index: int) -> Node | None:
        """The DOM context of block ``index`` (HTML pages only; None for a text page).

        The record of the block-level element that owns the block: its ``tag``, ``path``,
        nearest ``landmark``, and the class and id ``tokens`` of it and its ancestors.

        >>> from cleanpage import extract
        >>> class ShowContext(Rule):
        ...     name = "show-context"
        ...
        ...     def apply(self, page):
        ...         for i in range(len(page.blocks)):
        ...             node = page.node_of(i)
        ...             print(i, node.path, repr(node.landmark), sorted(node.tokens))
        >>> _ = extract(
        ...     "<div class='promo'><p>Sale!</p></div><main><p>The sea rises.</p></main>",
        ...     rules=[ShowContext()],
        ... )
        0 body/div/p '' ['promo']
        1 body/main/p 'main' []
        """
        if not self.block_nodes:
            return None
        return self.nodes[self.block_nodes[index]]

    def cached(self, key: str, compute: Callable[[Page], T]) -> T:
        """A page-wide analysis, computed once however many rules ask for it.

        >>> from cleanpage import Block
        >>> blocks = (Block(0, "Home", words=1), Block(1, "Hi all", words=2))
        >>> page = Page(blocks=blocks, format="text")
        >>> def total_words(page):
        ...     print("counting")
        ...     return sum(block.words for block in page.blocks)
        >>> page.cached("total-words", total_words)
        counting
        3
        >>> page.cached("total-words", total_words)  # the second time, from the cache
        3
        """
        if key not in self._cache:
            self._cache[key] = compute(self)
        value: T = self._cache[key]
        return value


class Rule(abc.ABC):
    """A named classifier. Subclasses set ``name`` and implement ``apply``.

    ``family`` groups rules for documentation and statistics: structure, clutter,
    density, region, site (the site templates), or custom.

    A rule that needs the whole page at once (a run of blocks, a count over the page)
    subclasses Rule; one that judges a block at a time is simpler as a BlockRule.

    >>> from cleanpage import Label, extract
    >>> from cleanpage.rules import default_rules
    >>> class AfterTheEnd(Rule):
    ...     name = "after-the-end"  # drops what follows a block reading "THE END"
    ...
    ...     def apply(self, page):
    ...         ends = [i for i, block in enumerate(page.blocks) if block.text == "THE END"]
    ...         for i in list(page.undecided()):
    ...             if ends and i > ends[0]:
    ...                 page.decide(i, Label.BOILERPLATE, "after THE END", self.name)
    >>> article = extract(
    ...     "<p>The sea rises and falls twice a day, pulled by the moon and the sun.</p>"
    ...     "<p>THE END</p><p>Our other stories are long enough to pass for prose, "
    ...     "with commas, and a full stop at the end.</p>",
    ...     rules=[AfterTheEnd(), *default_rules()],
    ... )
    >>> article.blocks[2].rule, article.blocks[2].reason
    ('after-the-end', 'after THE END')
    """

    name: str = ""
    family: str = "custom"

    @abc.abstractmethod
    def apply(self, page: Page) -> None:
        """Label blocks of ``page`` through ``page.decide``.

        The pipeline calls it once per page, with the rules before this one already run:

        >>> from cleanpage import Block, Label
        >>> class FirstIsBanner(Rule):
        ...     name = "first-is-banner"
        ...
        ...     def apply(self, page):
        ...         page.decide(0, Label.BOILERPLATE, "a banner", self.name)
        >>> page = Page(blocks=(Block(0, "Big sale!"), Block(1, "The sea rises.")), format="html")
        >>> FirstIsBanner().apply(page)
        >>> page.labels
        [<Label.BOILERPLATE: 'boilerplate'>, None]
        """

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class BlockRule(Rule):
    """A rule that judges one undecided block at a time: implement ``check``.

    >>> from cleanpage import Label, extract
    >>> from cleanpage.rules import Verdict, default_rules
    >>> class SponsorNote(BlockRule):
    ...     name = "sponsor-note"
    ...
    ...     def check(self, block, page):
    ...         if block.text.startswith("This post is sponsored by"):
    ...             return Verdict(Label.ADVERTISEMENT, "sponsor note")
    ...         return None
    >>> article = extract(
    ...     "<article><p>This post is sponsored by Granite and Sons, builders of sea walls "
    ...     "since 1890.</p><p>The sea rises and falls twice a day, pulled by the moon "
    ...     "and, to a lesser degree, by the sun.</p></article>",
    ...     rules=[SponsorNote(), *default_rules()],
    ... )
    >>> [(block.rule, str(block.label)) for block in article.blocks]
    [('sponsor-note', 'advertisement'), ('body', 'body')]
    """

    @abc.abstractmethod
    def check(self, block: Block, page: Page) -> Verdict | None:
        """Return a Verdict to label ``block``, or None to leave it to later rules.

        >>> from cleanpage import Block, Label
        >>> class ShortLine(BlockRule):
        ...     name = "short-line"
        ...
        ...     def check(self, block, page):
        ...         if block.words < 3:
        ...             return Verdict(Label.BOILERPLATE, f"{block.words} words")
        ...         return None
        >>> page = Page(blocks=(Block(0, "Home", words=1),), format="text")
        >>> ShortLine().check(page.blocks[0], page)
        Verdict(label=<Label.BOILERPLATE: 'boilerplate'>, reason='1 words')
        """

    def apply(self, page: Page) -> None:
        """Run ``check`` on every undecided block; label those it returns a Verdict for.

        >>> from cleanpage import Block, Label
        >>> class ShortLine(BlockRule):
        ...     name = "short-line"
        ...
        ...     def check(self, block, page):
        ...         if block.words < 3:
        ...             return Verdict(Label.BOILERPLATE, f"{block.words} words")
        ...         return None
        >>> page = Page(
        ...     blocks=(Block(0, "Home", words=1), Block(1, "The sea rises.", words=3)),
        ...     format="text",
        ... )
        >>> ShortLine().apply(page)
        >>> page.labels, page.rules
        ([<Label.BOILERPLATE: 'boilerplate'>, None], ['short-line', ''])
        """
        blocks = page.blocks
        for i in list(page.undecided()):
            verdict = self.check(blocks[i], page)
            if verdict is not None:
                page.decide(i, verdict.label, verdict.reason, self.name)


class RuleSet(Sequence[Rule]):
    """An ordered, immutable list of rules.

    A RuleSet is a sequence: index it, slice it (a slice is a RuleSet), and add a list of
    rules on either side.

    >>> from cleanpage.rules import default_rules
    >>> rules = default_rules()
    >>> rules[:3]
    RuleSet(['text-title', 'title', 'rating-widget'])
    >>> class Mine(Rule):
    ...     name = "mine"
    ...
    ...     def apply(self, page):
    ...         pass
    >>> ([Mine()] + rules).names[:2]
    ('mine', 'text-title')
    >>> RuleSet(["not a rule"])
    Traceback (most recent call last):
    ...
    TypeError: not a cleanpage Rule: 'not a rule'
    """

    __slots__ = ("_rules",)

    def __init__(self, rules: Iterable[Rule] = ()) -> None:
        self._rules: tuple[Rule, ...] = tuple(rules)
        for rule in self._rules:
            if not isinstance(rule, Rule):
                raise TypeError(f"not a cleanpage Rule: {rule!r}")

    @overload
    def __getitem__(self, index: int) -> Rule: ...
    @overload
    def __getitem__(self, index: slice) -> RuleSet: ...
    def __getitem__(self, index: int | slice) -> Rule | RuleSet:
        if isinstance(index, slice):
            return RuleSet(self._rules[index])
        return self._rules[index]

    def __len__(self) -> int:
        return len(self._rules)

    def __add__(self, other: Iterable[Rule]) -> RuleSet:
        return RuleSet((*self._rules, *other))

    def __radd__(self, other: Iterable[Rule]) -> RuleSet:
        return RuleSet((*other, *self._rules))

    def __repr__(self) -> str:
        return f"RuleSet({list(self.names)!r})"

    @property
    def names(self) -> tuple[str, ...]:
        """The rules' names, in the order they run.

        >>> from cleanpage.rules import default_rules
        >>> default_rules().names[:3]
        ('text-title', 'title', 'rating-widget')
        >>> "share-bar" in default_rules().names
        True
        """
        return tuple(rule.name for rule in self._rules)

    def without(self, *names: str) -> RuleSet:
        """The same rules less those named (a family name drops the whole family).

        ``KeyError`` for a name that is neither a rule's nor a family's, so a typo does not
        pass silently.

        >>> from cleanpage.rules import default_rules
        >>> "share-bar" in default_rules().without("share-bar").names
        False
        >>> default_rules().without("clutter")[:4]
        RuleSet(['text-title', 'title', 'listing-items', 'marked-region'])
        >>> default_rules().without("shar-bar")  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        KeyError: "no rule or family named shar-bar; have (...)"
        """
        known = set(self.names) | {rule.family for rule in self._rules}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise KeyError(f"no rule or family named {', '.join(unknown)}; have {self.names}")
        return RuleSet(r for r in self._rules if r.name not in names and r.family not in names)

    def before(self, name: str, *rules: Rule) -> RuleSet:
        """Insert ``rules`` just before the rule called ``name``.

        >>> from cleanpage.rules import default_rules
        >>> class Mine(Rule):
        ...     name = "mine"
        ...
        ...     def apply(self, page):
        ...         pass
        >>> names = default_rules().before("marked-region", Mine()).names
        >>> names[names.index("mine") + 1]
        'marked-region'
        """
        at = self.names.index(name)
        return RuleSet((*self._rules[:at], *rules, *self._rules[at:]))

    def get(self, name: str) -> Rule:
        """The rule called ``name``; ``KeyError`` when there is none.

        >>> from cleanpage.rules import default_rules
        >>> default_rules().get("share-bar")
        <PhraseRule 'share-bar'>
        >>> default_rules().get("share-bar").family
        'clutter'
        """
        for rule in self._rules:
            if rule.name == name:
                return rule
        raise KeyError(name)


def run(rules: Sequence[Rule], page: Page) -> None:
    for rule in rules:
        rule.apply(page)
