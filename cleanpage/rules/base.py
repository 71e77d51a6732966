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


@dataclass(frozen=True, slots=True)
class Verdict:
    """A rule's decision on one block."""

    label: Label
    reason: str


@dataclass(slots=True)
class Page:
    """What the rules see: the page's blocks with their features, and the labels so far.

    ``blocks`` are unlabelled until the pipeline assembles the Article; the decisions live
    in ``labels``/``reasons``/``rules``. ``nodes`` is the DOM context table of an HTML page
    (empty for text): ``node_of(i)`` gives block i's owning block-level element record.
    """

    blocks: tuple[Block, ...]
    format: str
    language: str | None = None
    title_hint: str | None = None
    url: str | None = None
    mode: str = "balanced"
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
        """Label block ``index`` unless a rule already did; True when this call decided."""
        if self.labels[index] is not None:
            return False
        self.labels[index] = label
        self.reasons[index] = reason
        self.rules[index] = rule
        return True

    def undecided(self) -> Iterator[int]:
        """Indexes of the blocks no rule has labelled yet."""
        return (i for i, label in enumerate(self.labels) if label is None)

    def node_of(self, index: int) -> Node | None:
        """The DOM context of block ``index`` (HTML pages only)."""
        if not self.block_nodes:
            return None
        return self.nodes[self.block_nodes[index]]

    def cached(self, key: str, compute: Callable[[Page], T]) -> T:
        """A page-wide analysis, computed once however many rules ask for it."""
        if key not in self._cache:
            self._cache[key] = compute(self)
        value: T = self._cache[key]
        return value


class Rule(abc.ABC):
    """A named classifier. Subclasses set ``name`` and implement ``apply``.

    ``family`` groups rules for documentation and statistics: structure, clutter,
    density, region, or custom.
    """

    name: str = ""
    family: str = "custom"

    @abc.abstractmethod
    def apply(self, page: Page) -> None:
        """Label blocks of ``page`` through ``page.decide``."""

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"


class BlockRule(Rule):
    """A rule that judges one undecided block at a time: implement ``check``."""

    @abc.abstractmethod
    def check(self, block: Block, page: Page) -> Verdict | None:
        """Return a Verdict to label ``block``, or None to leave it to later rules."""

    def apply(self, page: Page) -> None:
        blocks = page.blocks
        for i in list(page.undecided()):
            verdict = self.check(blocks[i], page)
            if verdict is not None:
                page.decide(i, verdict.label, verdict.reason, self.name)


class RuleSet(Sequence[Rule]):
    """An ordered, immutable list of rules.

    >>> rules = default_rules().without("share-bar")       # doctest: +SKIP
    >>> rules = [MyRule()] + default_rules()               # a list works too
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

        >>> "share-bar" in default_rules().names  # doctest: +SKIP
        True
        """
        return tuple(rule.name for rule in self._rules)

    def without(self, *names: str) -> RuleSet:
        """The same rules less those named (a family name drops the whole family)."""
        known = set(self.names) | {rule.family for rule in self._rules}
        unknown = [n for n in names if n not in known]
        if unknown:
            raise KeyError(f"no rule or family named {', '.join(unknown)}; have {self.names}")
        return RuleSet(r for r in self._rules if r.name not in names and r.family not in names)

    def before(self, name: str, *rules: Rule) -> RuleSet:
        """Insert ``rules`` just before the rule called ``name``."""
        at = self.names.index(name)
        return RuleSet((*self._rules[:at], *rules, *self._rules[at:]))

    def get(self, name: str) -> Rule:
        """The rule called ``name``; ``KeyError`` when there is none.

        >>> default_rules().get("share-bar").family  # doctest: +SKIP
        'clutter'
        """
        for rule in self._rules:
            if rule.name == name:
                return rule
        raise KeyError(name)


def run(rules: Sequence[Rule], page: Page) -> None:
    for rule in rules:
        rule.apply(page)
