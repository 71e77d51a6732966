"""Hypothesis strategies for testing extractors, cleanpage's own rules and yours.

Three strategies, each cheap to draw and quick to shrink:

* ``pages()`` draws a ``GeneratedPage``: an HTML page built around known body
  paragraphs (with headings, lists and quotes) inside a random, realistic layout — header,
  menus, breadcrumbs, sidebars, share bars, rating widgets, next/previous-post teasers,
  related posts, subscribe calls, cookie banners, comment threads and footers — with varied
  class names, nesting depth, languages and scripts. It carries what a correct extractor
  returns: the body blocks, and every piece of clutter planted with its expected label.
* ``text_dumps()`` draws a ``GeneratedDump``: the same kind of page flattened to its
  visible text, one block a line, as archived text dumps are.
* ``html_soup()`` draws arbitrary, malformed, deeply nested markup for crash-hunting.

Prose comes from small word lists (English, German, French, Spanish, Russian, Arabic,
Chinese, Hindi) driven by a drawn seed, so a shrunk counterexample is a short page of a few
readable blocks rather than a wall of random characters.

>>> from hypothesis import given, settings
>>> import cleanpage
>>> from cleanpage.testing import pages
>>> @settings(max_examples=5, database=None)
... @given(pages())
... def test_keeps_the_body(page):
...     article = cleanpage.extract(page.html)
...     kept = {b.text for b in article.body}
...     assert set(page.paragraphs) <= kept
>>> test_keeps_the_body()
"""

from __future__ import annotations

import html as _html
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from hypothesis import strategies as st

from cleanpage.article import Kind, Label

__all__ = [
    "LANGUAGES",
    "GeneratedDump",
    "GeneratedPage",
    "Planted",
    "html_soup",
    "pages",
    "text_dumps",
]


# --- the values the strategies return ---------------------------------------------------
@dataclass(frozen=True, slots=True)
class Planted:
    """One block of clutter put on a generated page: its exact block text, the label a
    correct extractor gives it, and the layout region it belongs to (``"nav"``, ...).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, derandomize=True, database=None)
    ... @given(pages(languages=["en"], regions=["cookie"]))
    ... def check(page):
    ...     for planted in page.planted:
    ...         assert planted.region == "cookie"
    ...         assert planted.label is Label.COOKIE_NOTICE
    >>> check()
    """

    text: str
    label: Label
    region: str


class _Planting:
    """What generated pages and dumps derive from their planted clutter."""

    __slots__ = ()
    planted: tuple[Planted, ...]

    @property
    def clutter(self) -> tuple[tuple[str, Label], ...]:
        """The planted clutter as (text, expected label) pairs."""
        return tuple((p.text, p.label) for p in self.planted)

    @property
    def regions(self) -> tuple[str, ...]:
        """The clutter regions on the page, in the order they were planted."""
        return tuple(dict.fromkeys(p.region for p in self.planted))


@dataclass(frozen=True, slots=True)
class GeneratedPage(_Planting):
    """A generated HTML page and what a correct extractor must return for it.

    ``body`` holds the text of every body block in reading order (``body_kinds`` their
    kinds); ``paragraphs`` the prose paragraphs among them, the part no extractor may lose.
    ``planted`` lists every clutter block; ``clutter`` gives the same as (text, label) pairs.

    >>> import cleanpage
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, derandomize=True, deadline=None, database=None)
    ... @given(pages(languages=["en", "de"], max_paragraphs=3))
    ... def check(page):
    ...     assert set(page.paragraphs) <= set(page.body)
    ...     article = cleanpage.extract(page.html)
    ...     assert article.language == page.language
    ...     assert set(page.paragraphs) <= {block.text for block in article.body}
    >>> check()
    """

    html: str
    title: str
    language: str
    body: tuple[str, ...]
    body_kinds: tuple[Kind, ...]
    paragraphs: tuple[str, ...]
    planted: tuple[Planted, ...]


@dataclass(frozen=True, slots=True)
class GeneratedDump(_Planting):
    """A generated flattened-text page (one block a line) and its expected output.

    Fields mean what they mean on GeneratedPage; ``text`` is the dump.

    >>> import cleanpage
    >>> from hypothesis import given, settings
    >>> @settings(max_examples=5, derandomize=True, deadline=None, database=None)
    ... @given(text_dumps(languages=["fr"], max_paragraphs=3))
    ... def check(dump):
    ...     assert dump.title in dump.text.splitlines()
    ...     article = cleanpage.extract(dump.text, format="text")
    ...     assert set(dump.paragraphs) <= {block.text for block in article.body}
    >>> check()
    """

    text: str
    title: str
    language: str
    body: tuple[str, ...]
    body_kinds: tuple[Kind, ...]
    paragraphs: tuple[str, ...]
    planted: tuple[Planted, ...]


# --- word lists --------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Lexicon:
    code: str
    function: tuple[str, ...]
    content: tuple[str, ...]
    space: str = " "
    comma: str = ","
    stop: str = "."
    sentence_words: tuple[int, int] = (9, 18)
    cased: bool = True


def _w(text: str) -> tuple[str, ...]:
    return tuple(text.split())


# Function words are the language's stopwords, so generated prose reads as prose to a
# stopword-density rule; content words avoid the words clutter phrases start with.
_LEXICONS: dict[str, _Lexicon] = {
    "en": _Lexicon(
        "en",
        _w(
            "the a of and to in that it was for on with as his they at be this from have "
            "not but had what all were when we there can an which their if would about into "
            "them then these some her him so its could than other been only over also after "
            "through where most before must because both while during"
        ),
        _w(
            "harbour village council engineers river bridge winter farmers market report "
            "mountain library children garden museum century weather season workers station "
            "machine island forest coast letter doctor kitchen festival orchestra painter "
            "journey railway factory valley students teacher bakery lantern meadow tower "
            "measured discovered repaired planted described opened carried painted studied "
            "quiet ancient narrow bright careful heavy wooden northern patient gentle"
        ),
    ),
    "de": _Lexicon(
        "de",
        _w(
            "der die das und in zu den mit von sich des auf für ist im dem nicht ein eine als "
            "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie "
            "einem über einen so zum war haben nur oder aber vor zur bis mehr durch man"
        ),
        _w(
            "Hafen Dorf Brücke Winter Bauern Markt Berg Bibliothek Kinder Garten Museum "
            "Wetter Arbeiter Bahnhof Maschine Insel Wald Küste Brief Küche Orchester Reise "
            "Fabrik Tal Schüler Lehrer Bäckerei Turm Wiese Fluss gemessen entdeckt repariert "
            "gepflanzt beschrieben geöffnet getragen gemalt ruhig alten schmalen hellen "
            "schweren hölzernen nördlichen geduldig"
        ),
    ),
    "fr": _Lexicon(
        "fr",
        _w(
            "le la les de des du et à un une est en que qui dans pour pas sur au par plus ne "
            "se il elle avec ce sont ont mais comme aux leur tout nous cette son sa ses été "
            "aussi dont entre sans sous"
        ),
        _w(
            "port village pont hiver paysans marché montagne bibliothèque enfants jardin "
            "musée siècle saison ouvriers gare machine île forêt côte lettre cuisine "
            "orchestre voyage usine vallée élèves boulangerie tour prairie rivière mesuré "
            "découvert réparé planté décrit ouvert porté peint ancien étroit lumineux lourd"
        ),
    ),
    "es": _Lexicon(
        "es",
        _w(
            "el la los las de del y a en que un una por con para es se no su sus al lo como "
            "más pero le ya o este esta entre cuando muy sin sobre también fue había ha ser "
            "todo hasta desde"
        ),
        _w(
            "puerto pueblo puente invierno campesinos mercado montaña biblioteca niños "
            "jardín museo siglo temporada obreros estación máquina isla bosque costa carta "
            "cocina orquesta viaje fábrica valle alumnos panadería torre pradera río medido "
            "descubierto reparado plantado descrito abierto pintado antiguo estrecho pesado"
        ),
    ),
    "ru": _Lexicon(
        "ru",
        _w(
            "и в не на что с по как а то он она они из за у от для же бы так его ее но это "
            "все был была было при до о ли только уже или когда тоже там где после"
        ),
        _w(
            "гавань деревня мост зима крестьяне рынок гора библиотека дети сад музей век "
            "погода рабочие станция машина остров лес берег письмо кухня оркестр путешествие "
            "фабрика долина ученики учитель пекарня башня луг река измерили нашли починили "
            "посадили описали открыли старый узкий светлый тяжелый деревянный северный"
        ),
    ),
    "ar": _Lexicon(
        "ar",
        _w(
            "في من على إلى عن مع هذا هذه التي الذي كان كانت أن لا ما هو هي ثم قد بعد قبل "
            "حيث كل بين عند لكن أو إذا منذ خلال حتى"
        ),
        _w(
            "الميناء القرية الجسر الشتاء المزارعون السوق الجبل المكتبة الأطفال الحديقة "
            "المتحف القرن الطقس العمال المحطة الآلة الجزيرة الغابة الساحل الرسالة المطبخ "
            "الرحلة المصنع الوادي الطلاب المعلم المخبز البرج النهر قاس اكتشف أصلح زرع وصف "
            "فتح القديم الضيق المشرق الثقيل"
        ),
        comma="،",
        cased=False,
    ),
    "zh": _Lexicon(
        "zh",
        _w(
            "的 了 在 是 和 也 就 都 而 及 与 着 或 一个 没有 "
            "我们 他们 这个 那个 因为 所以 但是 如果"
        ),
        _w(
            "港口 村庄 桥梁 冬天 农民 市场 山区 图书馆 孩子 花园 博物馆 世纪 天气 工人 "
            "车站 机器 岛屿 森林 海岸 信件 厨房 音乐会 旅行 工厂 山谷 学生 老师 面包店 "
            "河流 测量 发现 修理 种植 描述 打开 古老 狭窄 明亮 沉重"
        ),
        space="",
        comma="，",
        stop="。",
        sentence_words=(20, 34),
        cased=False,
    ),
    "hi": _Lexicon(
        "hi",
        _w("के का की है में और को से पर भी था थी कि यह वह एक लिए जो कर तो ही या गया हैं"),
        _w(
            "बंदरगाह गांव पुल सर्दी किसान बाजार पहाड़ पुस्तकालय बच्चे बगीचा संग्रहालय सदी "
            "मौसम मजदूर स्टेशन मशीन द्वीप जंगल तट पत्र रसोई यात्रा कारखाना घाटी छात्र "
            "शिक्षक नदी मापा खोजा बनाया पुराना संकरा भारी"
        ),
        stop="।",
        cased=False,
    ),
}

LANGUAGES: tuple[str, ...] = tuple(_LEXICONS)
"""The language codes ``pages(languages=...)`` and ``text_dumps(languages=...)`` accept."""


def _cap(word: str, lex: _Lexicon) -> str:
    return word[:1].upper() + word[1:] if lex.cased else word


def _sentence(
    rng: random.Random, lex: _Lexicon, lo: int | None = None, hi: int | None = None
) -> str:
    low, high = lex.sentence_words
    n = rng.randint(lo or low, hi or high)
    words = []
    run = 0  # content words in a row: prose seldom has more than two
    for i in range(n):
        content = i == 0 or rng.random() < 0.5
        run = run + 1 if content and run < 2 else 0
        words.append(rng.choice(lex.content if run else lex.function))
    if n > 7 and rng.random() < 0.6:
        at = rng.randint(3, n - 3)
        words[at] += lex.comma
    words[0] = _cap(words[0], lex)
    return lex.space.join(words) + lex.stop


def _paragraph(rng: random.Random, lex: _Lexicon) -> str:
    return lex.space.join(_sentence(rng, lex) for _ in range(rng.randint(2, 4)))


def _heading(rng: random.Random, lex: _Lexicon) -> str:
    n = rng.randint(2, 5)
    words = [rng.choice(lex.content if i % 2 == 0 else lex.function) for i in range(n)]
    if words[-1] in lex.function:
        words.append(rng.choice(lex.content))
    words[0] = _cap(words[0], lex)
    return lex.space.join(words)


# --- clutter wording ----------------------------------------------------------------------
# Per language where the wording differs; English is the fallback and carries most variants.
_NAV_ITEMS = {
    "en": ("Home", "About", "Blog", "Contact", "News", "Sports", "Culture", "Travel", "Archive"),
    "de": ("Startseite", "Über uns", "Blog", "Kontakt", "Nachrichten", "Sport", "Kultur"),
    "fr": ("Accueil", "À propos", "Blog", "Contact", "Actualités", "Sport", "Culture"),
    "es": ("Inicio", "Acerca de", "Blog", "Contacto", "Noticias", "Deportes", "Cultura"),
    "ru": ("Главная", "О нас", "Блог", "Контакты", "Новости", "Спорт", "Культура"),
    "ar": ("الرئيسية", "من نحن", "المدونة", "اتصل بنا", "أخبار", "رياضة", "ثقافة"),
    "zh": ("首页", "关于我们", "博客", "联系我们", "新闻", "体育", "文化"),
    "hi": ("होम", "हमारे बारे में", "ब्लॉग", "संपर्क", "समाचार", "खेल", "संस्कृति"),
}
_SHARE_LEAD = {
    "en": ("Share this:", "Share", "Share this article", "Share on", "Share this post"),
    "de": ("Teilen", "Artikel teilen", "Diesen Beitrag teilen"),
    "fr": ("Partager", "Partager cet article", "Partagez"),
    "es": ("Compartir", "Compartir en"),
}
_NETWORKS = ("Facebook", "Twitter", "LinkedIn", "Pinterest", "Reddit", "WhatsApp", "Email")
_RATING = {
    "en": (
        "Click to rate this post!",
        "Rate this article",
        "How useful was this post?",
        "No votes so far! Be the first to rate this post.",
    ),
    "de": ("Beitrag bewerten", "Bewerten Sie diesen Artikel"),
    "fr": ("Notez cet article",),
    "es": ("Califica este artículo",),
}
_RATING_SCORE = (
    "[Total: {n} Average: {avg}]",
    "★★★★☆ ({avg})",
    "Rating: {avg}/5",
    "{n} votes, average: {avg} out of 5",
)
_NEXT = {
    "en": ("Next Post", "Next Article", "Next post »", "Newer Post →", "Next story"),
    "de": ("Nächster Beitrag", "Nächster Artikel"),
    "fr": ("Article suivant",),
    "es": ("Entrada siguiente", "Siguiente artículo"),
}
_PREVIOUS = {
    "en": ("Previous Post", "« Previous Post", "Previous Article", "← Older Post", "Prev post"),
    "de": ("Vorheriger Beitrag", "Voriger Artikel"),
    "fr": ("Article précédent",),
    "es": ("Entrada anterior", "Anterior artículo"),
}
_RELATED = {
    "en": (
        "Related Posts",
        "Related articles",
        "You may also like",
        "You might also enjoy",
        "Recommended for you",
        "More stories like this",
        "Read next",
    ),
    "de": ("Ähnliche Beiträge", "Das könnte Sie auch interessieren", "Lesen Sie auch"),
    "fr": ("Articles similaires", "À lire aussi", "Vous aimerez aussi"),
    "es": ("Artículos relacionados", "Te puede interesar", "Lee también"),
}
_SUBSCRIBE = {
    "en": (
        "Subscribe to our newsletter",
        "Sign up for our newsletter and get the best stories in your inbox.",
        "Subscribe",
        "Join our mailing list",
        "Get the latest updates delivered to your inbox",
        "Enter your email address",
        "Follow us on Twitter",
    ),
    "de": ("Newsletter abonnieren", "Jetzt abonnieren"),
    "fr": ("Abonnez-vous à notre newsletter", "Inscrivez-vous"),
    "es": ("Suscríbete a nuestro boletín", "Regístrate"),
}
_COOKIE = {
    "en": (
        "We use cookies to improve your experience on our site.",
        "This website uses cookies to ensure you get the best experience.",
        "By continuing to use this site, you agree to our use of cookies.",
        "We and our partners use cookies to personalise content and ads.",
    ),
    "de": (
        "Diese Website verwendet Cookies.",
        "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten.",
    ),
    "fr": (
        "Ce site utilise des cookies.",
        "Nous utilisons des cookies pour améliorer votre expérience.",
    ),
    "es": ("Este sitio web utiliza cookies.", "Utilizamos cookies para mejorar su experiencia."),
}
_COOKIE_BUTTON = ("Accept all cookies", "Accept cookies", "Cookie settings", "Manage cookies")
_COMMENTS_HEAD = {
    "en": (
        "{n} Comments",
        "{n} comments",
        "{n} thoughts on “{title}”",
        "{n} Responses",
        "Comments",
    ),
    "de": ("{n} Kommentare",),
    "fr": ("{n} commentaires",),
    "es": ("{n} comentarios",),
}
_REPLY_FORM = {
    "en": (
        "Leave a Reply",
        "Leave a comment",
        "Post a comment",
        "Add a comment",
        "Write a comment",
    ),
    "de": ("Schreibe einen Kommentar", "Kommentar hinterlassen"),
    "fr": ("Laisser un commentaire",),
    "es": ("Deja un comentario",),
}
_REPLY_NOTE = (
    "Your email address will not be published.",
    "Your email address will not be published. Required fields are marked *",
)
_COPYRIGHT = (
    "© {year} {site}. All rights reserved.",
    "Copyright © {year} {site}",
    "© {year} {site}",
    "(c) {year} {site}. All Rights Reserved.",
)
_FOOTER_LINKS = {
    "en": ("Privacy Policy", "Terms of Use", "Contact", "Imprint", "Careers", "Advertise"),
    "de": ("Datenschutz", "Impressum", "AGB", "Kontakt"),
    "fr": ("Politique de confidentialité", "Mentions légales", "Contact"),
    "es": ("Política de privacidad", "Aviso legal", "Contacto"),
}
_WIDGET_HEADS = {
    "en": ("Categories", "Archives", "Recent Posts", "Popular Posts", "Follow us", "Search"),
    "de": ("Kategorien", "Archiv", "Neueste Beiträge"),
    "fr": ("Catégories", "Archives", "Articles récents"),
    "es": ("Categorías", "Archivos", "Entradas recientes"),
}
_MONTHS = ("January", "March", "May", "July", "September", "November")
_NAMES = ("Anna Berg", "John Carter", "Maria Lopez", "Chen Wei", "Olga Petrova", "Sam", "Jo Kim")
_SITE_WORDS = ("Daily", "Weekly", "Morning", "Northern", "Open", "Little", "Green")
_SITE_NOUNS = ("Ledger", "Courier", "Notebook", "Gazette", "Journal", "Kitchen", "Review")


def _local(table: dict[str, tuple[str, ...]], lang: str, rng: random.Random) -> str:
    # Mostly the page's language, sometimes English (sites mix them).
    options = table.get(lang)
    if options is None or rng.random() < 0.25:
        options = table["en"]
    return rng.choice(options)


# --- class names --------------------------------------------------------------------------
_NEUTRAL_CLASSES = (
    "container", "wrapper", "wrap", "row", "col-md-8", "col-lg-9", "inner", "l-main",
    "site-content", "page", "grid", "layout", "content-area", "primary", "region", "box",
)  # fmt: skip
_BODY_CLASSES = (
    "entry-content", "post-body", "article__body", "story-text", "post-content", "content",
    "article-content", "prose", "td-post-content", "body-copy", "rich-text", "entry",
)  # fmt: skip
_REGION_CLASSES: dict[str, tuple[str, ...]] = {
    "header": ("site-header", "masthead", "header", "top-bar", "topbar"),
    "nav": ("main-nav", "site-navigation", "menu", "navbar navbar-expand", "primary-menu",
            "nav-menu"),
    "breadcrumb": ("breadcrumbs", "breadcrumb", "crumbs", "yoast-breadcrumb"),
    "sidebar": ("sidebar", "widget-area", "sidebar-right", "secondary widget"),
    "share": ("share-bar", "social-share", "sharedaddy", "addtoany_share", "post-share", "social"),
    "rating": ("kk-star-ratings", "post-ratings", "star-rating", "rating"),
    "post-nav": ("post-navigation", "nav-links", "prevnext", "post-nav"),
    "related": ("related-posts", "yarpp-related", "jp-relatedposts", "recommended", "more-stories"),
    "subscribe": ("newsletter-signup", "subscribe-box", "mc4wp-form", "optin"),
    "cookie": ("cookie-banner", "cookie-notice", "gdpr-consent", "cc-window cookie"),
    "comments": ("comments-area", "comments", "comment-list", "disqus_thread", "respond"),
    "footer": ("site-footer", "footer", "colophon", "page-footer"),
}  # fmt: skip
_REGION_LANDMARK = {
    "header": "header",
    "nav": "nav",
    "sidebar": "aside",
    "footer": "footer",
    "breadcrumb": "nav",
}


def _hashed_class(rng: random.Random) -> str:
    # CSS-in-JS sites name classes like "css-1k2j3h": no words to go by.
    return rng.choice(("css-", "sc-", "jsx-", "_")) + "".join(
        rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(rng.randint(5, 8))
    )


# --- the page model -----------------------------------------------------------------------
@dataclass(slots=True)
class _Item:
    """One block: ``tag`` is how the HTML marks it up (p, h2, li, a-li, quote, span...)."""

    tag: str
    text: str
    links: tuple[str, ...] = ()  # for link lists rendered as separate anchors in one block
    joiner: str = " "


@dataclass(slots=True)
class _Region:
    name: str
    label: Label
    items: list[_Item]
    marking: str  # "landmark", "class", "hashed" or "plain"
    cls: str = ""
    labels: tuple[Label, ...] = ()  # per-item label when it differs from ``label``


def _esc(text: str) -> str:
    return _html.escape(text, quote=False)


def _attr(cls: str) -> str:
    return f' class="{_html.escape(cls)}"' if cls else ""


def _slug(text: str) -> int:
    return sum(map(ord, text)) % 9973


def _render_items(items: Sequence[_Item]) -> str:
    out: list[str] = []
    in_list = False
    for item in items:
        is_li = item.tag in ("li", "a-li", "link-li")
        if is_li and not in_list:
            out.append("<ul>")
            in_list = True
        elif not is_li and in_list:
            out.append("</ul>")
            in_list = False
        text = _esc(item.text)
        if item.tag == "li":
            out.append(f"<li>{text}</li>")
        elif item.tag == "a-li":
            out.append(f'<li><a href="/{_slug(item.text)}">{text}</a></li>')
        elif item.tag == "links":
            anchors = (f'<a href="#">{_esc(link)}</a>' for link in item.links)
            out.append(f"<div>{_esc(item.joiner).join(anchors)}</div>")
        elif item.tag == "lead-links":
            anchors = (f'<a href="#">{_esc(link)}</a>' for link in item.links)
            out.append(f"<div><span>{text}</span> {' '.join(anchors)}</div>")
        elif item.tag == "a":
            out.append(f'<div><a href="/p/{_slug(item.text)}">{text}</a></div>')
        elif item.tag == "quote":
            out.append(f"<blockquote><p>{text}</p></blockquote>")
        elif item.tag == "span":
            out.append(f"<div><span>{text}</span></div>")
        else:
            out.append(f"<{item.tag}>{text}</{item.tag}>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _render_region(region: _Region) -> str:
    inner = _render_items(region.items)
    if region.marking == "landmark" and region.name in _REGION_LANDMARK:
        tag = _REGION_LANDMARK[region.name]
        return f"<{tag}{_attr(region.cls)}>{inner}</{tag}>"
    if region.marking == "plain":
        return f"<div>{inner}</div>"
    return f"<div{_attr(region.cls)}>{inner}</div>"


def _item_line(item: _Item) -> str:
    """The block's text as the segmenter sees it (and as a dump line holds it)."""
    if item.tag == "links":
        return item.joiner.join(item.links)
    if item.tag == "lead-links":
        return " ".join((item.text, *item.links))
    return item.text


def _dump_line(item: _Item) -> str:
    line = _item_line(item)
    return "• " + line if item.tag == "li" else line


# --- clutter region builders -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Ctx:
    rng: random.Random
    lang: str
    lex: _Lexicon
    site: str
    title: str


def _header(c: _Ctx) -> list[_Item]:
    items = [_Item("a", c.site)]
    if c.rng.random() < 0.5:
        items.append(
            _Item("span", c.rng.choice(("Stories worth reading", "News and views", "Since 1998")))
        )
    return items


def _nav(c: _Ctx) -> list[_Item]:
    pool = _NAV_ITEMS.get(c.lang, _NAV_ITEMS["en"])
    chosen = c.rng.sample(pool, c.rng.randint(3, min(6, len(pool))))
    return [_Item("a-li", t) for t in chosen]


def _breadcrumb(c: _Ctx) -> list[_Item]:
    sep = c.rng.choice((" › ", " / ", " » ", " > "))
    home = _NAV_ITEMS.get(c.lang, _NAV_ITEMS["en"])[0]
    pool = _NAV_ITEMS.get(c.lang, _NAV_ITEMS["en"])[2:]
    trail = (home, *c.rng.sample(pool, c.rng.randint(1, 2)))
    return [_Item("links", "", trail, sep)]


def _sidebar(c: _Ctx) -> list[_Item]:
    items = [_Item("h3", _local(_WIDGET_HEADS, c.lang, c.rng))]
    items.extend(_Item("a-li", _heading(c.rng, c.lex)) for _ in range(c.rng.randint(2, 5)))
    return items


def _share(c: _Ctx) -> list[_Item]:
    nets = tuple(c.rng.sample(_NETWORKS, c.rng.randint(2, 5)))
    if c.rng.random() < 0.3:
        return [_Item("span", _local(_SHARE_LEAD, c.lang, c.rng)), _Item("links", "", nets)]
    return [_Item("lead-links", _local(_SHARE_LEAD, c.lang, c.rng), nets)]


def _rating(c: _Ctx) -> list[_Item]:
    n = c.rng.randint(0, 40)
    avg = f"{c.rng.randint(1, 4)}.{c.rng.randint(0, 9)}" if n else "0"
    items = [_Item("span", _local(_RATING, c.lang, c.rng))]
    if c.rng.random() < 0.7:
        items.append(_Item("span", c.rng.choice(_RATING_SCORE).format(n=n, avg=avg)))
    return items


def _post_nav(c: _Ctx) -> list[_Item]:
    items: list[_Item] = []
    if c.rng.random() < 0.8:
        items += [
            _Item("span", _local(_PREVIOUS, c.lang, c.rng)),
            _Item("a", _heading(c.rng, c.lex)),
        ]
    items += [_Item("span", _local(_NEXT, c.lang, c.rng)), _Item("a", _heading(c.rng, c.lex))]
    return items


def _related(c: _Ctx) -> list[_Item]:
    items = [_Item("h3", _local(_RELATED, c.lang, c.rng))]
    items.extend(_Item("a-li", _heading(c.rng, c.lex)) for _ in range(c.rng.randint(2, 4)))
    return items


def _subscribe(c: _Ctx) -> list[_Item]:
    first = _local(_SUBSCRIBE, c.lang, c.rng)
    items = [_Item("h3" if c.rng.random() < 0.5 else "p", first)]
    if c.rng.random() < 0.5:
        second = _local(_SUBSCRIBE, c.lang, c.rng)
        if second != first:
            items.append(_Item("p", second))
    return items


def _cookie(c: _Ctx) -> list[_Item]:
    items = [_Item("p", _local(_COOKIE, c.lang, c.rng))]
    if c.rng.random() < 0.6:
        items.append(_Item("span", c.rng.choice(_COOKIE_BUTTON)))
    return items


def _comments(c: _Ctx) -> list[_Item]:
    n = c.rng.randint(1, 3)
    head = _local(_COMMENTS_HEAD, c.lang, c.rng).format(n=n, title=c.title)
    items = [_Item("h2", head)]
    used = set()
    for _ in range(n):
        name = c.rng.choice(_NAMES)
        if name in used:
            continue
        used.add(name)
        date = f"{c.rng.choice(_MONTHS)} {c.rng.randint(1, 28)}, {c.rng.randint(2015, 2024)}"
        items.append(_Item("span", f"{name} says:" if c.rng.random() < 0.5 else f"{name} · {date}"))
        items.append(_Item("p", _sentence(c.rng, c.lex, 6, 12)))
    items.append(_Item("h3", _local(_REPLY_FORM, c.lang, c.rng)))
    if c.rng.random() < 0.6:
        items.append(_Item("p", c.rng.choice(_REPLY_NOTE)))
    return items


def _footer(c: _Ctx) -> list[_Item]:
    year = c.rng.randint(2008, 2025)
    items = [_Item("p", c.rng.choice(_COPYRIGHT).format(year=year, site=c.site))]
    if c.rng.random() < 0.6:
        pool = _FOOTER_LINKS.get(c.lang, _FOOTER_LINKS["en"])
        items.append(_Item("links", "", tuple(c.rng.sample(pool, min(3, len(pool)))), " | "))
    return items


_Builder = Callable[[_Ctx], list[_Item]]
# name → (label, builder, where): where is "top", "bottom" (after the body, in or out of
# the article element) or "side".
_REGIONS: dict[str, tuple[Label, _Builder, str]] = {
    "cookie": (Label.COOKIE_NOTICE, _cookie, "top"),
    "header": (Label.HEADER, _header, "top"),
    "nav": (Label.NAVIGATION, _nav, "top"),
    "breadcrumb": (Label.BREADCRUMB, _breadcrumb, "top"),
    "sidebar": (Label.SIDEBAR, _sidebar, "side"),
    "rating": (Label.RATING, _rating, "bottom"),
    "share": (Label.SHARE, _share, "bottom"),
    "post-nav": (Label.TEASER, _post_nav, "bottom"),
    "related": (Label.RELATED, _related, "bottom"),
    "subscribe": (Label.SUBSCRIBE, _subscribe, "bottom"),
    "comments": (Label.COMMENTS, _comments, "bottom"),
    "footer": (Label.FOOTER, _footer, "end"),
}
REGION_NAMES: tuple[str, ...] = tuple(_REGIONS)
"""The clutter regions the generators can plant, for ``pages(regions=...)``."""


def _copyright_label(item: _Item) -> Label | None:
    return Label.COPYRIGHT if item.tag == "p" and ("©" in item.text or "(c)" in item.text) else None


# --- drawing a page -----------------------------------------------------------------------
@dataclass(slots=True)
class _Layout:
    lang: str
    title: str
    site: str
    body: list[_Item]
    paragraphs: list[str]
    top: list[_Region]
    side: list[_Region]
    bottom_in: list[_Region]
    bottom_out: list[_Region]
    end: list[_Region]
    wrappers: list[str]
    article_cls: str
    article_tag: str
    side_first: bool
    title_in_article: bool


def _draw_body(
    rng: random.Random, lex: _Lexicon, n_paragraphs: int, extras: bool
) -> tuple[list[_Item], list[str]]:
    items: list[_Item] = []
    paragraphs: list[str] = []
    seen: set[str] = set()

    def fresh(make: Callable[[], str]) -> str:
        for _ in range(20):
            text = make()
            if text not in seen:
                seen.add(text)
                return text
        return make() + lex.space + _sentence(rng, lex)  # pragma: no cover - vanishingly rare

    for i in range(n_paragraphs):
        if extras and i > 0 and rng.random() < 0.25:
            items.append(_Item(rng.choice(("h2", "h3")), fresh(lambda: _heading(rng, lex))))
        text = fresh(lambda: _paragraph(rng, lex))
        items.append(_Item("p", text))
        paragraphs.append(text)
        if extras and rng.random() < 0.15:
            for _ in range(rng.randint(2, 4)):
                items.append(_Item("li", fresh(lambda: _sentence(rng, lex, 8, 14))))
        if extras and rng.random() < 0.1:
            items.append(_Item("quote", fresh(lambda: _sentence(rng, lex, 12, 20))))
    return items, paragraphs


def _layout(
    draw: st.DrawFn, languages: Sequence[str], regions: Sequence[str], max_paragraphs: int
) -> _Layout:
    lang = draw(st.sampled_from(tuple(languages)))
    lex = _LEXICONS[lang]
    n_paragraphs = draw(st.integers(1, max_paragraphs))
    extras = draw(st.booleans())
    seed = draw(st.integers(0, 2**32 - 1))
    rng = random.Random(seed)
    body, paragraphs = _draw_body(rng, lex, n_paragraphs, extras)
    title = _heading(rng, lex)
    while title in {i.text for i in body}:
        title = _heading(rng, lex)
    site = f"The {rng.choice(_SITE_WORDS)} {rng.choice(_SITE_NOUNS)}"
    chosen = (
        draw(st.lists(st.sampled_from(tuple(regions)), unique=True, max_size=len(regions)))
        if regions
        else []
    )
    ctx = _Ctx(rng, lang, lex, site, title)
    layout = _Layout(
        lang, title, site, body, paragraphs, [], [], [], [], [], [], "", "article", False, True
    )
    for name in REGION_NAMES:  # a fixed order keeps the page plausible
        if name not in chosen:
            continue
        label, build, where = _REGIONS[name]
        marking = draw(st.sampled_from(("landmark", "class", "class", "hashed", "plain")))
        if marking == "landmark" and name not in _REGION_LANDMARK:
            marking = "class"
        cls = rng.choice(_REGION_CLASSES[name]) if marking in ("class", "landmark") else ""
        if marking == "hashed":
            cls = _hashed_class(rng)
        items = build(ctx)
        labels = tuple(_copyright_label(i) or label for i in items)
        region = _Region(name, label, items, marking, cls, labels)
        if where == "top":
            layout.top.append(region)
        elif where == "side":
            layout.side.append(region)
        elif where == "end":
            layout.end.append(region)
        elif draw(st.booleans()):
            layout.bottom_in.append(region)
        else:
            layout.bottom_out.append(region)
    depth = draw(st.integers(0, 6))
    layout.wrappers = [
        rng.choice(_NEUTRAL_CLASSES) if rng.random() < 0.8 else _hashed_class(rng)
        for _ in range(depth)
    ]
    layout.article_tag = rng.choice(("article", "div", "main", "section"))
    layout.article_cls = rng.choice(_BODY_CLASSES) if rng.random() < 0.8 else _hashed_class(rng)
    layout.side_first = rng.random() < 0.3
    layout.title_in_article = rng.random() < 0.8
    return layout


def _planted(regions: Sequence[_Region]) -> list[Planted]:
    out: list[Planted] = []
    for region in regions:
        for item, label in zip(region.items, region.labels, strict=True):
            out.append(Planted(_item_line(item), label, region.name))
    return out


def _html_page(layout: _Layout) -> str:
    lang = layout.lang
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}"' + (' dir="rtl"' if lang == "ar" else "") + ">",
        '<head><meta charset="utf-8">',
        f"<title>{_esc(layout.title)} | {_esc(layout.site)}</title>",
        '<script>var config = {"ads": true, "text": "<p>not prose</p>"};</script>',
        "<style>.entry-content p { margin: 0 }</style>",
        "</head><body>",
    ]
    parts.extend(_render_region(r) for r in layout.top)
    for cls in layout.wrappers:
        parts.append(f"<div{_attr(cls)}>")
    if layout.side_first:
        parts.extend(_render_region(r) for r in layout.side)
    title_html = f"<h1>{_esc(layout.title)}</h1>"
    if not layout.title_in_article:
        parts.append(title_html)
    parts.append(f"<{layout.article_tag}{_attr(layout.article_cls)}>")
    if layout.title_in_article:
        parts.append(title_html)
    parts.append(_render_items(layout.body))
    parts.extend(_render_region(r) for r in layout.bottom_in)
    parts.append(f"</{layout.article_tag}>")
    parts.extend(_render_region(r) for r in layout.bottom_out)
    if not layout.side_first:
        parts.extend(_render_region(r) for r in layout.side)
    parts.extend("</div>" for _ in layout.wrappers)
    parts.extend(_render_region(r) for r in layout.end)
    parts.append("</body></html>")
    return "\n".join(parts)


def _text_page(layout: _Layout) -> str:
    lines: list[str] = []
    for region in layout.top:
        lines.extend(_dump_line(i) for i in region.items)
    if layout.side_first:
        for region in layout.side:
            lines.extend(_dump_line(i) for i in region.items)
    lines.append(layout.title)
    lines.extend(_dump_line(i) for i in layout.body)
    for region in (*layout.bottom_in, *layout.bottom_out):
        lines.extend(_dump_line(i) for i in region.items)
    if not layout.side_first:
        for region in layout.side:
            lines.extend(_dump_line(i) for i in region.items)
    for region in layout.end:
        lines.extend(_dump_line(i) for i in region.items)
    return "\n".join(lines) + "\n"


def _all_regions(layout: _Layout) -> list[_Region]:
    side_before = layout.side if layout.side_first else []
    side_after = [] if layout.side_first else layout.side
    return [
        *layout.top,
        *side_before,
        *layout.bottom_in,
        *layout.bottom_out,
        *side_after,
        *layout.end,
    ]


def _check_options(
    languages: Sequence[str] | None, regions: Sequence[str] | None, max_paragraphs: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    langs = tuple(languages) if languages is not None else LANGUAGES
    names = tuple(regions) if regions is not None else REGION_NAMES
    unknown = [x for x in langs if x not in _LEXICONS] + [x for x in names if x not in _REGIONS]
    if unknown or not langs:
        raise ValueError(
            f"unknown or no languages/regions: {unknown}; have {LANGUAGES} and {REGION_NAMES}"
        )
    if max_paragraphs < 1:
        raise ValueError("max_paragraphs must be at least 1")
    return langs, names


def pages(
    *,
    languages: Sequence[str] | None = None,
    regions: Sequence[str] | None = None,
    max_paragraphs: int = 8,
) -> st.SearchStrategy[GeneratedPage]:
    """Generated HTML pages with known body and planted clutter.

    Args:
        languages: draw the page's language from these codes (default: all of
            ``LANGUAGES``). Clutter wording follows the page's language, mixed with English.
        regions: the clutter regions that may be planted (default: all of
            ``REGION_NAMES``); each page plants a random subset, possibly none.
        max_paragraphs: the most body paragraphs a page has (at least one).

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=3, database=None)
    ... @given(pages(languages=["en"], regions=["share", "footer"]))
    ... def check(page):
    ...     assert page.paragraphs[0] in page.html
    >>> check()
    """
    langs, names = _check_options(languages, regions, max_paragraphs)

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedPage:
        layout = _layout(draw, langs, names, max_paragraphs)
        body = (layout.title, *(_item_line(i) for i in layout.body))
        return GeneratedPage(
            html=_html_page(layout),
            title=layout.title,
            language=layout.lang,
            body=body[1:],
            body_kinds=tuple(_kind(i) for i in layout.body),
            paragraphs=tuple(layout.paragraphs),
            planted=tuple(_planted(_all_regions(layout))),
        )

    return build()


def text_dumps(
    *,
    languages: Sequence[str] | None = None,
    regions: Sequence[str] | None = None,
    max_paragraphs: int = 8,
) -> st.SearchStrategy[GeneratedDump]:
    """Generated flattened-text pages: one block a line, title first among the body lines.

    Same options as ``pages()``. List items in the dump start with a ``•`` bullet, which
    is part of the expected block text.

    >>> from hypothesis import given, settings
    >>> @settings(max_examples=3, database=None)
    ... @given(text_dumps(languages=["de"]))
    ... def check(dump):
    ...     assert all(p in dump.text.splitlines() for p in dump.paragraphs)
    >>> check()
    """
    langs, names = _check_options(languages, regions, max_paragraphs)

    @st.composite
    def build(draw: st.DrawFn) -> GeneratedDump:
        layout = _layout(draw, langs, names, max_paragraphs)
        return GeneratedDump(
            text=_text_page(layout),
            title=layout.title,
            language=layout.lang,
            body=tuple(_dump_line(i) for i in layout.body),
            body_kinds=tuple(_kind(i) for i in layout.body),
            paragraphs=tuple(layout.paragraphs),
            planted=tuple(_planted(_all_regions(layout))),
        )

    return build()


def _kind(item: _Item) -> Kind:
    if item.tag in ("h1", "h2", "h3", "h4"):
        return Kind.HEADING
    if item.tag == "li":
        return Kind.LIST_ITEM
    if item.tag == "quote":
        return Kind.QUOTE
    return Kind.PARAGRAPH


# --- malformed markup ---------------------------------------------------------------------
_SOUP_TAGS = (
    "div", "p", "span", "a", "b", "i", "ul", "ol", "li", "table", "tr", "td", "th", "h1", "h2",
    "h3", "pre", "code", "blockquote", "article", "nav", "aside", "footer", "header", "main",
    "section", "br", "hr", "img", "script", "style", "noscript", "template", "svg", "math",
    "iframe", "form", "select", "option", "textarea", "title", "head", "body", "html", "frameset",
    "frame", "xmp", "plaintext", "listing", "dl", "dt", "dd", "figure", "figcaption", "caption",
    "FONT", "Center", "x-widget", "o:p", "foo:bar",
)  # fmt: skip
_SOUP_ATTRS = (
    "class",
    "id",
    "role",
    "style",
    "hidden",
    "href",
    "lang",
    "dir",
    "aria-hidden",
    "data-x",
)
_SOUP_VALUES = (
    "sidebar", "content", "nav", "comments", "share", "display:none", "navigation", "main",
    "entry-content", "rtl", "", "a b  c", '"', "'", "<", "&amp;", "x" * 70,
)  # fmt: skip
_SOUP_JUNK = (
    "<!--", "-->", "<!-- unclosed", "<![CDATA[", "]]>", "<!DOCTYPE html>", "<?xml version='1.0'?>",
    "&amp;", "&lt;", "&nbsp;", "&#0;", "&#x110000;", "&#xD800;", "&bogus;", "&", "</", "<", ">",
    "<//>", "</p>", "</div>", "</table>", "<p/>", "<br/>", "\x00", "\ufeff", "\r\n", "\t",
    '<!DOCTYPE x [<!ENTITY e "boom">]>', "&e;", '<meta charset="utf-16">',
)  # fmt: skip
_SOUP_TEXT = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()),
    max_size=30,
) | st.sampled_from(
    (
        "Hello world.",
        "漢字とかな、한국어 텍스트。",
        "مرحبا بالعالم",
        "שלום עולם",
        "e\u0301\u0308\u20dd",
        "👩🏽‍🚀🏳️‍🌈",
        "\ud800 lone surrogate \udfff",
        "Click to rate this post!",
        "Next Post",
        "Share this: Facebook Twitter",
        "A sentence of ordinary prose, which is long enough and has commas, to look like a body.",
    )
)


def _soup_tag(tag: str, attrs: list[tuple[str, str]], inner: str, close: int) -> str:
    attr_text = "".join(f' {k}="{_html.escape(v)}"' if v else f" {k}" for k, v in attrs)
    # close: 0 closed properly, 1 left open, 2 closed with a mismatched end tag
    end = ("</" + tag + ">", "", "</" + ("p" if tag != "p" else "div") + ">")[close]
    return f"<{tag}{attr_text}>{inner}{end}"


def _soup_fragment() -> st.SearchStrategy[str]:
    leaf = _SOUP_TEXT | st.sampled_from(_SOUP_JUNK)
    attrs = st.lists(
        st.tuples(st.sampled_from(_SOUP_ATTRS), st.sampled_from(_SOUP_VALUES)), max_size=3
    )

    def extend(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
        return st.builds(
            _soup_tag,
            st.sampled_from(_SOUP_TAGS),
            attrs,
            st.lists(children, max_size=4).map("".join),
            st.sampled_from((0, 0, 1, 2)),
        )

    return st.recursive(leaf, extend, max_leaves=25)


def _deep(tag: str, depth: int, inner: str, closed: bool) -> str:
    return f"<{tag}>" * depth + inner + (f"</{tag}>" * depth if closed else "")


def html_soup(*, max_depth: int = 3000) -> st.SearchStrategy[str]:
    """Arbitrary, malformed, deeply nested markup, for crash-hunting.

    Random tags (known, unknown and namespaced), attributes with hostile values, unclosed
    and mismatched tags, comments and CDATA left open, bogus and out-of-range entities, a
    DOCTYPE with an internal entity, NUL bytes, lone surrogates, RTL, CJK, emoji and
    combining marks; sometimes wrapped in a run of up to ``max_depth`` nested elements.

    >>> from hypothesis import given, settings
    >>> import cleanpage
    >>> @settings(max_examples=5, database=None)
    ... @given(html_soup(max_depth=50))
    ... def check(markup):
    ...     cleanpage.extract(markup)
    >>> check()
    """
    fragment = _soup_fragment()
    deep = st.builds(
        _deep,
        st.sampled_from(("div", "span", "b", "section", "li", "table", "p")),
        st.integers(0, max_depth),
        fragment,
        st.booleans(),
    )
    pieces = st.lists(fragment | deep, min_size=1, max_size=4).map("".join)
    prefix = st.sampled_from(("", "<!DOCTYPE html>", "<html><body>", "\ufeff<html>", "<?xml?>"))
    return st.builds(lambda a, b: a + b, prefix, pieces)
