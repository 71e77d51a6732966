"""cleanpage: strip boilerplate from scraped web pages, and say why.

>>> import cleanpage
>>> article = cleanpage.extract("<html><body><article><h1>Hello</h1>"
...     "<p>A paragraph of prose that is long enough to be the body of a page, with a few "
...     "words, some commas, and a full stop at the end of it.</p></article></body></html>")
>>> article.title
'Hello'
"""

from __future__ import annotations

from cleanpage.api import extract
from cleanpage.article import Article, Block, Comment, Image, Kind, Label, Span, Style
from cleanpage.rules import BlockRule, Page, Rule, RuleSet, Verdict, default_rules
from cleanpage.templates import SiteTemplates, TemplateLearner

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Block",
    "BlockRule",
    "Comment",
    "Image",
    "Kind",
    "Label",
    "Page",
    "Rule",
    "RuleSet",
    "SiteTemplates",
    "Span",
    "Style",
    "TemplateLearner",
    "Verdict",
    "__version__",
    "default_rules",
    "extract",
]
