"""Pattern data for the rules, kept apart from the code that applies it.

Each clutter family lists phrases, as regular expressions, in the languages we know.
A phrase matches at the start of a short block (see ``clutter.py`` for the limits), so
"Subscribe" in the middle of a paragraph of prose never drops the paragraph.
Class/id families list the parts of class and id tokens (split on ``-`` and ``_``) that mark
a region of the page as a kind of clutter.
"""

from __future__ import annotations

from cleanpage.article import Label

# --- text phrases -------------------------------------------------------------------
# (label, max words of a block the phrase may label, phrases). Phrases are anchored at the
# start of the block and matched case-insensitively.
CLUTTER_PHRASES: tuple[tuple[str, Label, int, tuple[str, ...]], ...] = (
    (
        "rating-widget",
        Label.RATING,
        16,
        (
            r"click to rate( this)?( post| article| page| story| recipe)?",
            r"rate this( post| article| page| story| recipe| item| product)?\b",
            r"(\[\s*)?total:\s*\d+\s*[,;|]?\s*average:\s*[\d.,]+(\s*\])?",
            r"[★☆✩✪✫✬✭✮✯⭐\s]{3,}(\(?[\d.,]+\)?)?(\s*\(?\d+\s*(votes?|ratings?|reviews?|bewertungen|"
            r"stimmen|avis|évaluations|notes|votos|valoraciones|opiniones|reseñas)\)?)?$",
            r"\(?\d+\s+votes?,\s+average:",
            r"(average\s+)?rating:\s*[\d.,]+\s*(/|out of|von|sur|de)\s*\d",
            r"(how useful was this post|was this (article|post|page) helpful)",
            r"(no votes so far|be the first to rate)",
            r"[1-5] stars?$",
            r"(beitrag|artikel) bewerten|bewerten sie diese?n?",
            r"(notez|évaluez) cet (article|billet)",
            r"(califica|valora|puntúa) (este|esta) (artículo|entrada|publicación)",
            r"(vota|valuta) questo articolo",
        ),
    ),
    (
        "post-navigation",
        Label.TEASER,
        14,
        (
            r"(next|previous|prev|older|newer|last)\s+(post|article|story|entry|posts|articles|stories|entries|page)\b",
            r"(«|‹|<|←)\s*(previous|prev|older|newer)\b",
            r"(next|newer|older)\s*(»|›|>|→)",
            r"(read|view|see)\s+(more|full)(\s+(story|article|post|»|›|→))?\s*(»|›|→|\.\.\.|…)?$",
            r"continue reading\b(?!\s+below)",
            r"(nächster|vorheriger|voriger|älterer|neuerer)\s+(beitrag|artikel)",
            r"(weiterlesen|mehr lesen|zum artikel)\b",
            r"(article|billet)\s+(suivant|précédent)",
            r"(lire la suite|en savoir plus)\b",
            r"(entrada|artículo|publicación|noticia)\s+(siguiente|anterior)",
            r"(siguiente|anterior)\s+(entrada|artículo|publicación|noticia)",
            r"(leer|ver)\s+más\b",
            r"(articolo\s+(successivo|precedente)|leggi (tutto|di più))",
        ),
    ),
    (
        "subscribe-call",
        Label.SUBSCRIBE,
        24,
        (
            r"subscribe\b",
            r"(sign\s*up|register|join|opt in)\b.{0,40}\b(newsletter|mailing list|updates|inbox|emails?)",
            r"(sign\s*up|join)\s+(now|today|for free|us)\b",
            r"(get|receive) (our|the)( latest| best| free)?( \w+)? (news|newsletter|updates|stories)\b.{0,40}(inbox|email)",
            r"(our|the|free|weekly|daily) newsletter\b",
            r"newsletter\b.{0,30}(abonnieren|bestellen|anmelden)",
            r"(jetzt )?(abonnieren|anmelden)\b",
            r"(s'abonner|abonnez-vous|inscrivez-vous)\b",
            r"(suscríbete|suscribirse|suscribete|regístrate)\b",
            r"(iscriviti|abbonati)\b",
            r"enter your e-?mail( address)?\b",
            # "Get the day's top headlines delivered to your inbox every morning", "... the
            # free daily newsletter delivered to your inbox", "Let our news meet your inbox".
            r".{0,100}\b(delivered|sent|straight|direct(ly)?) to your inbox\b",
            r".{0,60}\bmeets? your inbox\b",
            r"(get|receive) (our|the) ([\w'’]+ ){0,3}newsletters?\b",
            r"(you('ve| have) been |you are now )?successfully subscribed\b",
            r"there was an? (problem|error) (subscribing|with your subscription)\b",
            r"follow us( on)?\b",
            # "Follow The New York Times Opinion section on Facebook, Twitter and Instagram".
            r"follow (me|him|her|them|the [\w.'’&-]+( [\w.'’&-]+){0,5}|[\w.'’&-]+( [\w.'’&-]+){0,5})"
            r"( on| at)? (facebook|twitter|instagram|linkedin|youtube|tiktok|bluesky|threads)\b",
        ),
    ),
    (
        # The page's appeal for support, below the article: "Support Snopes and make a
        # difference for readers everywhere", "If you enjoyed this article, we have a
        # proposition for you: Join ...", "Join our Space Forums to keep talking space".
        "support-appeal",
        Label.SUBSCRIBE,
        60,
        (
            r"support (us|our (work|journalism|reporting)|[\w.'’-]+( [\w.'’-]+)?)\s*(!|and make a "
            r"difference\b|so (that )?(we|our [\w-]+) (can )?(continue|keep)\b)",
            r"if you (enjoyed|liked|valued?|appreciate[d]?) (this|our|the) (article|story|post|"
            r"journalism|work|reporting),? (and [^,.]{0,60},? )?(we have a proposition|(i|we)(['’]d| "
            r"would) (like to )?ask|please (consider|support|subscribe|donate|become|join))\b",
            r"join our [\w ]{0,30}\b(forums?|community|discord|slack)\b.{0,40}\b(to|and) "
            r"(keep talking|connect|discuss|chat|talk|share|get)\b",
        ),
    ),
    (
        "share-bar",
        Label.SHARE,
        20,
        (
            r"(share|tweet|pin|email|print)( this| it)?( post| article| story| page| on)?\s*[:!]?\s*"
            r"((facebook|twitter|x|linkedin|pinterest|reddit|whatsapp|telegram|email|e-mail|print|tumblr|"
            r"pocket|mastodon|threads|bluesky|copy link|more|share|tweet)\s*[,|·•/]?\s*)*$",
            r"((facebook|twitter|linkedin|pinterest|reddit|whatsapp|telegram|tumblr|pocket|mastodon|"
            r"threads|bluesky|instagram|youtube|tiktok|email|e-mail|print|copy link)\s*[,|·•/]?\s*){2,}$",
            r"share (this|on|via)\b",
            r"(teilen|artikel teilen|beitrag teilen|diesen (artikel|beitrag) teilen)\b",
            r"(partager|partagez)( (cet|sur|l'article))?\b",
            r"(compartir|comparte)( (en|este|esta))?\b",
            r"(condividi)\b",
            r"like this:?$",
            r"(\d+\s+)?(shares?|likes?)$",
        ),
    ),
    (
        "related-posts",
        Label.RELATED,
        12,
        (
            r"related( posts| articles| stories| content| news| reading| topics| links)?\s*:?$",
            r"(you (may|might) (also )?(like|enjoy|be interested in))\b",
            r"(more|other) (stories|articles|posts|news) (from|like|on|in|by)\b",
            r"(read|see) (also|next|more)\s*:?",
            # "Read This Next", "Explore more articles.", "Other news", "Latest Insights": a
            # heading over other pages' teasers.
            r"(what to )?read this next\s*:?$",
            r"explore more (articles|stories|posts|news|insights)\s*[.:!]?$",
            r"(more|other) (stories|articles|posts|news)\s*[.:]?$",
            # "Other Recent Articles...", "MORE MANITOBA HEADLINES »", "People who read this
            # also read:": a heading over other pages' teasers.
            r"(more|other) (recent|latest|popular|top) (stories|articles|posts|news|headlines)"
            r"\s*(\.\.\.|…|[.:»›])?$",
            r"more( [\w&'’-]+){0,3} headlines\s*[:»›]?$",
            r"(people|readers|users|visitors|those|others) who (read|viewed|liked) this"
            r"( article| story| post| page)? also (read|viewed|liked)\b",
            r"(latest|featured|recent|more) insights\s*:?$",
            r"recommended( for you| reading| stories| articles)?\s*:?$",
            r"(popular|trending|most read|most popular|latest|recent) (posts|articles|stories|news)\s*:?$",
            r"(trending|trending now|most (read|popular|commented|viewed|shared|emailed)|popular now"
            r"|editor's picks)\s*:?$",
            r"(ähnliche|verwandte) (beiträge|artikel|themen)",
            r"(das könnte sie auch interessieren|auch interessant|mehr zum thema|lesen sie auch)\b",
            r"(articles similaires|à lire aussi|sur le même sujet|vous aimerez aussi|lire aussi)\b",
            r"(artículos relacionados|entradas relacionadas|noticias relacionadas|te puede interesar|lee también)\b",
            r"(articoli correlati|potrebbe interessarti|leggi anche)\b",
            r"(você (também )?pode gostar|veja (também|mais)|leia (também|mais)|notícias relacionadas|posts relacionados)\b",
            r"(more from|more in|more on|also in|also on)\s+\p{Lu}.{0,40}$",
        ),
    ),
    (
        "comment-form",
        Label.COMMENTS,
        30,
        (
            r"(leave|post|add|write|submit) a (reply|comment|response)\b",
            r"(\d+|no|one)\s+(comments?|responses?|replies|thoughts)( on| so far| to)?\b",
            r"(your )?e-?mail address will not be published",
            r"(votre )?adresse (e-?mail|de messagerie|électronique) ne sera pas publiée",
            r"(ihre )?e-?mail-adresse wird nicht veröffentlicht",
            r"(tu )?(dirección de )?correo( electrónico)? no (será|se) publica",
            r"(il tuo )?indirizzo e-?mail non (sarà|verrà) pubblicato",
            r"(o seu )?endereço de e-?mail não será publicado",
            r"required fields are marked",
            r"(post|submit) comment\b",
            r"(add|write) (your |a )?comments?\s*:?$",
            r"(join the discussion|view comments|show comments|load comments)\b",
            r"(thanks? (you )?for your comments\W+)?(the |this )?(comments?|feedback|discussion)"
            r"( section| thread)?( for this (story|article|post))? (is|are|has been|have been) "
            r"(now )?closed\b",
            r"(kommentar (hinterlassen|schreiben|verfassen)|(\d+|keine) kommentare|schreibe einen kommentar)\b",
            r"(laisser un commentaire|(\d+|aucun) commentaires?|ajouter un commentaire)\b",
            r"(deja un comentario|dejar un comentario|(\d+|sin) comentarios?|escribe un comentario)\b",
            r"(lascia un commento|(\d+) commenti)\b",
            r"cancel reply\b",
            r"((top|most|best)[ -](rated|recent|popular|liked) |reader |user |latest |all )?(comments|responses)\s*(\(\d+\))?\s*:?$",
            r"((reader |user |latest |all )?discussion\s*\(\d+\)|(reader|user|latest|all) discussion)\s*:?$",
            r"((readers?'?|your) (views|say)|have your say( on this (story|article))?)\s*(\(\d+\))?\s*:?$",
            r"(kommentare|commentaires|comentarios|commenti|comentários)\s*(\(\d+\))?\s*:?$",
            # The comment form's notes on moderation: "Please click the post button only once
            # - your comment will not be published immediately", "Comment moderation is
            # enabled and may delay your comment", "ATENÇÃO: Comentários ... não serão
            # publicados".
            r".{0,60}\byour comments? (will|may|might|can|could)( not|n't)? (be )?"
            r"(published|posted|displayed|appear|approved)\b",
            r"\(?((please )?note\s*:?\s*)?comment moderation is (enabled|on|active|in place)\b",
            r".{0,40}\b(comments|comentários|comentarios|commentaires|kommentare|commenti)\b.{0,100}"
            r"\b(will not be (published|approved)|não serão (publicados|aprovados)|no serán "
            r"(publicados|aprobados)|ne seront pas (publiés|approuvés)|werden nicht "
            r"(veröffentlicht|freigeschaltet)|non (saranno|verranno) (pubblicati|approvati))\b",
        ),
    ),
    (
        # A product's reviews: its section's heading, and the call to write one. (Under
        # such a heading, ``end-of-article`` labels the reviews ``comments``.)
        "review-section",
        Label.BOILERPLATE,
        8,
        (
            r"((customer|user|guest|buyer|verified|product|client) )?reviews\s*(\(\d+\))?\s*:?$",
            r"\d[\d,.]*\s+((customer|user|verified|product) )?reviews?\s*:?$",
            r"reviews? (for|of) this (item|product)\b",
            r"customer (photos|images|pictures)\b",
            r"(most|top) (helpful|favou?rable|critical|positive|negative)"
            r"( (favou?rable|critical|positive|negative))? reviews?\b",
            r"(write|leave|submit|add) a review\b",
            r"be the first to (write a )?review\b",
        ),
    ),
    (
        # A shop's shipping and returns terms: its section's heading. (Under such a
        # heading, ``end-of-article`` labels the terms ``boilerplate``.)
        "shop-policy",
        Label.BOILERPLATE,
        6,
        (
            r"(shipping|delivery) (and|&) (returns?|exchanges?)"
            r"( polic(y|ies)| information| info| details)?\s*:?$",
            r"(shipping|delivery|returns?|refunds?) (polic(y|ies)|information|info|details)\s*:?$",
            r"returns? (and|&) (exchanges?|refunds?)\s*:?$",
        ),
    ),
    (
        # A shop's suggestions of other products: its section's heading. (Under such a
        # heading, ``end-of-article`` labels the products ``related``.)
        "shop-suggestions",
        Label.RELATED,
        10,
        (
            r"similar (items|products)\s*:?$",
            r"(customers who (bought|viewed) this( item| product)? also|customers also (bought|viewed)"
            r"|frequently bought together)\b",
        ),
    ),
    (
        "cookie-notice",
        Label.COOKIE_NOTICE,
        120,
        (
            # "We use cookies" alone is a baking sentence too: a consent word must follow.
            # "We and our partners use cookies": the consent banner's standard wording.
            r".{0,80}\b(we|this (web)?site|our (web)?site)(,? and our( \w+){0,2} partners,?)?"
            r"\s+(use|uses)\s+cookies\b"
            r".{0,160}\b(experience|consent|accept|agree|policy|privacy|browsing|analytics|"
            r"personali[sz]e|continu\w*|website|site|services?|traffic|ads)\b",
            r".{0,40}\bby (continuing|using) (to (use|browse) )?(this|our) (web)?site\b.{0,60}cookies",
            # "By using Medium, you agree to our Privacy Policy, including cookie policy."
            r".{0,80}\bby (using|continuing|accessing|browsing|visiting)\b.{0,60}\byou (agree|consent"
            r"|accept)\b.{0,100}\b(cookies|cookie (policy|use|notice|statement))\b",
            r"(accept|allow|reject|manage)( all)? cookies\b",
            r"cookie (policy|settings|preferences|consent)\b",
            r".{0,60}\b(diese (website|webseite|seite)|wir) (verwendet|verwenden|nutzt|nutzen) cookies\b",
            r".{0,60}\b(ce site|nous) (utilise|utilisons) (des )?cookies\b",
            r".{0,60}\b(este (sitio|sitio web)|utilizamos) (utiliza )?cookies\b",
            r".{0,60}\bquesto sito (utilizza|usa) (i )?cookie",
        ),
    ),
    (
        "copyright-line",
        Label.COPYRIGHT,
        40,
        (
            r"(©|\(c\)\s|&copy;)",
            r"copyright\s*(©|\(c\)|&copy;|(19|20)\d\d\b)",
            r".{0,80}\ball rights reserved\b",
            r".{0,80}\b(alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)\b",
            # A notice of the terms the page's text is shown under: "This document is subject
            # to copyright", "This copy is for your personal, non-commercial use only".
            r"this (document|article|material|copy|content|story|page) is (subject to|protected "
            r"by) copyright\b",
            r"this copy is for your personal,? non-?commercial use only\b",
        ),
    ),
    (
        # A site's legal notice under its copyright line, printed as one long block: "© 2007
        # Star & Independent Online (Pty) Ltd. All rights reserved. Reliance on the
        # information this site contains is ...".
        "copyright-notice",
        Label.COPYRIGHT,
        120,
        (r"(©|\(c\)|copyright)\s*(©\s*)?[^\n]{0,80}\ball rights reserved\b",),
    ),
    (
        "advertisement-label",
        Label.ADVERTISEMENT,
        4,
        (
            r"(advertisement|advertising|advert|sponsored( content)?|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità)\s*[:\-–]?$",
            r"(story|article|post|reading) continues below( advertisement)?",
            r"continue reading below\b",
        ),
    ),
    (
        "tag-list",
        Label.TAGS,
        40,
        (
            r"(tags|tagged( with)?|filed under|labels|categories|category|topics|schlagwörter|stichwörter|"
            r"étiquettes|mots-clés|etiquetas|categorías)\s*:",
        ),
    ),
    (
        "byline",
        Label.BYLINE,
        14,
        (
            r"(by|written by|posted by|author:?)\s+\p{Lu}[\p{L}.'\-]+(\s+\p{Lu}[\p{L}.'\-]+){0,3}"
            r"(\s*(,|and|&|\||-|–|on|·)\s*.*)?$",
            r"(posted|published|updated|last updated)( on)?\s*:?\s*.{0,40}\d",
            r"(veröffentlicht|aktualisiert|publié|mis à jour|publicado|actualizado|pubblicato)"
            r"( am| le| el| il)?\s*:?\s*.{0,40}\d",
            r"(von|autor|par|por|di)\s*:?\s+\p{Lu}[\p{L}.'\-]+(\s+\p{Lu}[\p{L}.'\-]+){1,3}$",
            # A forum poster's account figures beside each post: "Posts: 138", "Joined: 4. Jul
            # 2012, 16:09", "Join Date: Mar 2016", "Messages: 1,204".
            r"(joined|join date|registered|member since|posts|messages|reaction score|"
            r"likes received|trophy points|reputation|beiträge|registriert|dabei seit|"
            r"inscrit le|mensajes|registrado|messaggi|iscritto)\s*:?\s*"
            r"(\d[\d.,]{0,12}|\d{1,2}\.?\s*\p{L}{3,9}\.?\s+\d{4}.{0,12}|\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}"
            r".{0,12}|\p{L}{3,9}\.?\s+\d{4}|\d{4}-\d{2}-\d{2}.{0,12}|\d{1,2}/\d{1,2}/\d{2,4}.{0,12})$",
        ),
    ),
    (
        "empty-attribution",
        Label.BOILERPLATE,
        2,
        (r"(source|sources|via|quelle|quellen|fuente|fuentes|fonte|credit|credits)\s*:?$",),
    ),
    (
        "login-prompt",
        Label.BOILERPLATE,
        12,
        (
            r"(log ?in|sign ?in|log ?out|register|my account|forgot (your )?password)\b",
            r"(skip to (main )?content|jump to navigation|toggle navigation|back to top|scroll to top)\b",
            # A form's fields: "Your name: *", "Your email address: * (We won't publish
            # this.)", "Your site's URL: (If you have one.)".
            r"(your )?(name|e-?mail( address)?|(web ?)?site('s)?( url| address)?|url|location)"
            r"\s*:?\s*(\*|\((required|optional|if you have one|will not be published|"
            r"(we )?won't (be )?publish(ed)?( this)?)\.?\))",
            # A photo viewer's controls, each a block of its own: "Caption", "Close",
            # "Back to Gallery".
            r"(back to (the )?gallery|(view|open|close) gallery|close|caption|(show|hide) captions?)"
            r"\s*[×✕x]?$",
        ),
    ),
    (
        "script-leftover",
        Label.BOILERPLATE,
        16,
        (
            r"(this |the )?(slideshow|video|content|page|site|gallery|form|map)\s+requires\s+javascript",
            r"(you need to |you must )?(please )?(enable|turn on|activate) javascript\b",
            r"javascript (is|must be) (disabled|required|enabled)",
            r"\[/?[a-z_]+(\s+[a-z_]+\s*=\s*[\"”“'][^\]]{0,200})?\]",
        ),
    ),
    (
        "photo-credit",
        Label.BOILERPLATE,
        12,
        (
            r"\(?\s*(photo|photograph|image|picture|foto|bild|video)s?\s*(credit|courtesy)?\s*(:|by\b|©|\(c\))",
            r"(image|photo|picture|slide|foto|bild)\s+\d+\s*(of|/|von|de|sur)\s*\d+\b",
            r"(credit|courtesy|source)\s*:\s*.{0,60}(images?|photos?|getty|reuters|ap|afp|shutterstock|istock)\b",
            r"\d+\s*(of|/|von|de|sur)\s*\d+$",
        ),
    ),
    (
        # A photo agency's name anywhere in a short line: "Jane Roe / Getty Images".
        "agency-credit",
        Label.BOILERPLATE,
        12,
        (
            r".{0,60}\b(getty images|shutterstock|istockphoto|ap photo|reuters/|afp via getty)\b.{0,40}$",
        ),
    ),
    (
        # A note that the page earns from its links: "This post may contain affiliate
        # links", "We may earn a commission if you buy through links on this page".
        "affiliate-note",
        Label.ADVERTISEMENT,
        60,
        (
            r"((disclosure|disclaimer|note|please note)\s*:\s*)?.{0,60}\b(contains?|includes?|uses?|"
            r"may (contain|include|use)) (affiliate|referral|sponsored) (and/or referral )?links\b",
            r".{0,80}\b(may|might|could|will) (earn|receive|get|make) (an? |a small )?(small )?"
            r"(affiliate )?(commission|share of (sales|revenue))",
        ),
    ),
    (
        # A photo's caption printed as a paragraph, its credit in brackets at the end:
        # "Protesters gather outside the station (Photo: Jane Roe)", "... (AP Photo/Ann Lee)".
        "caption-credit",
        Label.BOILERPLATE,
        60,
        (
            r".{0,400}\(\s*((ap|afp|reuters|getty|epa)\s+)?((image|photo|photograph|picture|foto)s?"
            r"\s*(:|/|by\b|courtesy\b|credit\b)|credits?\s*:)[^()]{0,60}\)(\s+less)?\s*$",
            # ... the photographer and the agency: "(Manu Fernandez/AP)", "(NASA via AP, File)".
            r".{0,400}\(\s*[^()]{0,60}(/\s*|\bvia )(ap|afp|reuters|getty( images)?|epa|xinhua|dpa)"
            r"\b[^()]{0,20}\)(\s+less)?\s*$",
            # A caption shown in full, its toggle to fold it back printed last: "... Nov. 20,
            # 2019. less".
            r".{0,600}[.!?)”\"]\s+less\s*$",
        ),
    ),
)

# Families whose phrases can only match when one of these substrings occurs in the
# lower-cased block: a cheap test that spares the pattern on most blocks.
PHRASE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "cookie-notice": ("cookie",),
    "copyright-notice": ("rights reserved",),
    "agency-credit": ("getty", "shutterstock", "istockphoto", "ap photo", "reuters/"),
    "caption-credit": (
        "image",
        "photo",
        "picture",
        "foto",
        "credit",
        " less",
        "/ap",
        "/ ap",
        "via ap",
        "/afp",
        "via afp",
        "/reuters",
        "via reuters",
        "/getty",
        "via getty",
        "/epa",
        "/xinhua",
        "/dpa",
    ),
    "affiliate-note": ("affiliate", "commission", "referral", "sponsored"),
    "copyright-line": (
        "©",
        "(c)",
        "copyright",
        "&copy;",
        "rights",
        "rechte",
        "droits",
        "derechos",
        "diritti",
        "commercial use",
    ),
}

# Phrases that close the article: whatever follows them is clutter unless real prose resumes.
END_MARKER_RULES = frozenset(
    {"rating-widget", "post-navigation", "share-bar", "related-posts", "comment-form"}
)
# Phrases that open a section of clutter when they head it: what follows, up to the next
# heading of the same or a higher level, is clutter.
SECTION_MARKER_RULES = frozenset({"review-section", "shop-suggestions", "shop-policy"})

# --- class and id tokens --------------------------------------------------------------
# A class/id token marks its element's region when one of its parts (the token split on
# "-" and "_") is in ``parts``, or the whole token is in ``whole``. Checked in this order;
# the first family that matches names the label. Parts that page builders use for content
# ("widget", "header", "hidden") are only trusted as whole tokens.
TOKEN_FAMILIES: tuple[tuple[str, Label, frozenset[str], frozenset[str]], ...] = (
    (
        "cookie",
        Label.COOKIE_NOTICE,
        frozenset(
            {
                "cookie",
                "cookies",
                "gdpr",
                "consent",
                "cookiebar",
                "cookielaw",
                "ccpa",
                "onetrust",
                "optanon",
                "cookiebot",
            }
        ),
        frozenset(),
    ),
    (
        "comments",
        Label.COMMENTS,
        frozenset(
            {"comment", "comments", "commentlist", "commentform", "respond", "disqus", "replies"}
        ),
        frozenset({"discussion", "reactions"}),
    ),
    (
        "share",
        Label.SHARE,
        frozenset(
            {
                "share",
                "shares",
                "sharing",
                "sharebar",
                "sharedaddy",
                "addtoany",
                "addthis",
                "shareaholic",
                "social",
                "socials",
                "socialmedia",
                "sociallinks",
                "sharethis",
            }
        ),
        frozenset(),
    ),
    (
        "related",
        Label.RELATED,
        frozenset(
            {
                "related",
                "relatedposts",
                "yarpp",
                "recommended",
                "recommendations",
                "recirculation",
                "taboola",
                "outbrain",
                "trending",
                "mostread",
                "morestories",
            }
        ),
        frozenset({"popular", "more-stories", "read-more", "readmore", "also-read"}),
    ),
    (
        "subscribe",
        Label.SUBSCRIBE,
        frozenset(
            {"newsletter", "subscribe", "subscription", "signup", "optin", "mailchimp", "mc4wp"}
        ),
        frozenset(),
    ),
    (
        "rating",
        Label.RATING,
        frozenset({"rating", "ratings", "kksr", "postratings", "star-rating"}),
        frozenset({"rate", "stars"}),
    ),
    (
        "advertisement",
        Label.ADVERTISEMENT,
        frozenset(
            {
                "ad",
                "ads",
                "advert",
                "adverts",
                "advertisement",
                "advertising",
                "adsbygoogle",
                "sponsor",
                "sponsored",
                "dfp",
                "adslot",
                "adunit",
            }
        ),
        frozenset({"promo", "banner-ad"}),
    ),
    (
        "breadcrumb",
        Label.BREADCRUMB,
        frozenset({"breadcrumb", "breadcrumbs", "crumbs"}),
        frozenset(),
    ),
    (
        "teaser",
        Label.TEASER,
        frozenset({"prevnext", "nextprev", "postnav", "post-navigation"}),
        frozenset({"nav-previous", "nav-next", "nav-links", "post-nav", "next-post", "prev-post"}),
    ),
    (
        "navigation",
        Label.NAVIGATION,
        frozenset(
            {"nav", "navbar", "navigation", "menu", "menubar", "submenu", "pagination", "pager"}
        ),
        frozenset({"skip-link", "skip-links"}),
    ),
    (
        "tags",
        Label.TAGS,
        frozenset({"tags", "tagcloud", "taglist"}),
        frozenset({"tag-links", "cat-links", "post-categories", "categories", "keywords"}),
    ),
    (
        "byline",
        Label.BYLINE,
        # "bio", "biography": the author's biography boxed under the article ("author-bio",
        # "about-the-author"), one more thing the page says about who wrote it; a
        # "signature" signs a story or a forum post, a "postprofile" is its author's card.
        frozenset(
            {
                "byline",
                "dateline",
                "postmeta",
                "entrymeta",
                "bio",
                "biography",
                "signature",
                "postprofile",
                "userinfo",
                "userextras",
                "userdetails",
                "usertitle",
                "userbanner",
                "userstats",
                "extrauserinfo",
                "messageuserinfo",
                "postleft",
            }
        ),
        frozenset(
            {
                "author",
                "post-meta",
                "entry-meta",
                "article-meta",
                "meta",
                "posted-on",
                "authorbio",
                "about-the-author",
                "about-author",
                "message-user",
                "message-cell--user",
            }
        ),
    ),
    (
        "sidebar",
        Label.SIDEBAR,
        frozenset({"sidebar"}),
        frozenset({"widget", "widgets", "widget-area", "rail", "aside"}),
    ),
    ("footer", Label.FOOTER, frozenset({"footer", "colophon"}), frozenset()),
    (
        "header",
        Label.HEADER,
        frozenset({"masthead", "topbar"}),
        frozenset({"header", "site-header", "global-header", "page-header-nav"}),
    ),
    (
        "modal",
        Label.BOILERPLATE,
        frozenset({"modal", "popup", "lightbox", "offcanvas"}),
        frozenset(),
    ),
    ("disclaimer", Label.BOILERPLATE, frozenset({"disclaimer", "disclaimers"}), frozenset()),
)

# Words that join the words of a sentence. An id or class made of many words with some of
# these among them ("what-is-a-share-class", "sharing-with-a-remote-team") is a heading's
# anchor slug, not the name of a page component: its words say nothing about the region.
SLUG_WORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "is",
        "are",
        "do",
        "does",
        "what",
        "how",
        "why",
        "which",
        "where",
        "when",
        "can",
        "you",
        "your",
    }
)
# Parts of a class/id token that switch the component it names off: the token names no
# region of that kind ("sidebar-enabled--false", "comments-disabled").
NEGATING_PARTS = frozenset({"false", "disabled", "without"})
SLUG_MIN_PARTS = 4
"""A slug has at least this many words, two of them joining words (one in a long one)."""
SLUG_LONG_PARTS = 6

LANDMARK_LABELS: dict[str, Label] = {
    "nav": Label.NAVIGATION,
    "header": Label.HEADER,
    "footer": Label.FOOTER,
    "aside": Label.SIDEBAR,
}
