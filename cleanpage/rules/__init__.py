"""The classifiers: small named rules, one module per family.

``default_rules()`` returns them in the order they run. Every rule may label blocks no
earlier rule labelled, and says why; blocks left unlabelled at the end are body.
"""

from __future__ import annotations

import functools

from cleanpage.rules.base import BlockRule, Page, Rule, RuleSet, Verdict
from cleanpage.rules.clutter import PhraseRule, TruncatedExcerpt, phrase_rules
from cleanpage.rules.density import LinkDensity, ProseDensity
from cleanpage.rules.lines import line_rules, title_rules
from cleanpage.rules.region import (
    EndOfArticle,
    ListBeforeTitle,
    ListingItems,
    NumberedItems,
    OutsideContent,
    Slideshow,
    SmallPage,
    TeaserCards,
)
from cleanpage.rules.structure import MarkedRegion
from cleanpage.rules.title import TitleHeading

__all__ = [
    "BlockRule",
    "Page",
    "PhraseRule",
    "Rule",
    "RuleSet",
    "TruncatedExcerpt",
    "Verdict",
    "default_rules",
]


@functools.cache
def default_rules() -> RuleSet:
    """The built-in rules, in the order they run (built once: a RuleSet is immutable and
    the rules keep no state between pages).

    1. ``text-title`` (text dumps) and ``title``: the heading that names the article.
    2. clutter phrases (``rating-widget``, ``post-navigation``, ``subscribe-call``,
       ``share-bar``, ``related-posts``, ``comment-form``, ``cookie-notice``,
       ``copyright-line``, ``advertisement-label``, ``tag-list``, ``byline``, ...) and the
       other clutter rules (``truncated-excerpt``, ``markup-leftover``, ``no-words``,
       ``repeated-block``, ``figure-caption``, ``signed-comments``).
    3. ``listing-items``: on a page that lists items and has little prose besides, the
       items (linked titles with their excerpts or prices) are kept.
    4. ``marked-region``: landmarks and class/id families off the content path.
    5. ``outside-content``: blocks outside the element holding the prose.
    6. ``teaser-cards``: strips of linked-headline-and-excerpt cards inside it;
       ``slideshow``: a gallery of slides numbered out of a count ("1/50", "2/50") beside
       the article; ``numbered-items``: blocks numbered one after another ("1) ...",
       "2) ...") are kept.
    7. ``text-region`` (text dumps): the lines outside the article's run of lines.
    8. ``end-of-article``: what follows a strong end marker; ``small-page``: a page of a
       few lines and nothing else is all content.
    9. ``link-density`` and ``prose-density``: what does not read like prose.

    >>> rules = default_rules()
    >>> rules.names[:3], rules.names[-2:]
    (('text-title', 'title', 'rating-widget'), ('link-density', 'prose-density'))
    >>> sorted({rule.family for rule in rules})
    ['clutter', 'density', 'region', 'structure']
    >>> rules is default_rules()  # built once
    True
    """
    return RuleSet(
        [
            *title_rules(),
            TitleHeading(),
            *phrase_rules(),
            ListingItems(),
            MarkedRegion(),
            OutsideContent(),
            TeaserCards(),
            ListBeforeTitle(),
            Slideshow(),
            NumberedItems(),
            *line_rules(),
            EndOfArticle(),
            SmallPage(),
            LinkDensity(),
            ProseDensity(),
        ]
    )
