"""The text-only line rules (cleanpage/rules/lines.py): each rule's trigger and guard on a
hand-written flattened page (one block element a line)."""

from __future__ import annotations

import pytest
from articles import explain, find_block, paragraphs

import cleanpage
from cleanpage import Label
from cleanpage.rules.lines import _DATE_LINE, _figure_row

# Article prose: several sentences a paragraph, as a flattened page keeps them.
P1 = (
    "The town council agreed on Tuesday to spend most of next year's budget on the old "
    "bridge, which has been closed to lorries since the spring floods damaged its piers."
)
P2 = (
    "Engineers told the meeting that the repairs would take at least eight months and "
    "that the footpath on the east side would stay open for most of that time."
)
P3 = (
    "Residents who spoke at the meeting were mostly in favour, although several asked "
    "why the work could not have started before the winter, when the river is lower."
)
P4 = (
    "The council will publish the final plans in January and has promised a second "
    "public meeting before the contractors are chosen, probably in early March."
)
ARTICLE = f"{P1}\n{P2}\n{P3}\n{P4}\n"

# Reader comments.
SAID = [
    "What a good decision, the bridge has been a worry for every parent in the village.",
    "I hope they keep the footpath open, my children walk to school over it every day.",
]


def extract(page: str) -> cleanpage.Article:
    return cleanpage.extract(page, format="text")


# --- thread start: a dateline above the article is not a thread ---------------------------


def test_dateline_under_a_cookie_banner_is_not_a_thread_start() -> None:
    banner = (
        "We and our partners use cookies to store and access personal data such as "
        "browsing data for purposes such as serving and personalising content and "
        "advertising and analysing site traffic, and you can change your choices at any "
        "time in the settings of this site, which are also linked from every page footer."
    )
    page = (
        f"Bridge repairs\n{banner}\n{banner}\nAccept\nReject\n"
        "Bridge repairs\nPublished May 3, 2024\n"
        f"{ARTICLE}"
        f"Anna Berg\nMay 4, 2024\nGood news at last.\n"
        f"Tom Wood\nMay 5, 2024\nAbout time too.\n"
    )
    article = extract(page)
    body = paragraphs(article.text)
    assert P1 in body and P4 in body, explain(article)


def test_dated_comment_thread_after_the_article_is_cut() -> None:
    page = (
        f"Bridge repairs\nPublished May 3, 2024\n{ARTICLE}"
        "Anna Berg\nMay 4, 2024\n"
        "I think the council should have done this years ago, the bridge was a danger.\n"
        "Tom Wood\nMay 5, 2024\n"
        "The footpath was never safe either, and nobody on the council cared about it.\n"
    )
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, "Tom Wood").label is not Label.BODY


def test_dateline_printed_twice_above_the_article_is_not_a_thread_start() -> None:
    teasers = "\n".join(
        f"Teaser {n}: a short blurb about another story on this site for readers to click on."
        for n in range(1, 8)
    )
    page = (
        f"Bridge repairs\n{teasers}\nBridge repairs\n"
        "Updated:\n12 November 2025\nUpdated:\n12 November 2025\n"
        f"{ARTICLE}"
        "More stories\n23 October 2025\nA short blurb about a story.\n"
        "1 January 2022\nAnother short blurb.\n"
    )
    article = extract(page)
    body = paragraphs(article.text)
    assert P1 in body and P4 in body, explain(article)


NOTICES = [
    "You are using an old browser, so some parts of this site may not show as they should.",
    "Our offices will be closed over the holidays, and replies to letters may take longer.",
    "Members can now save articles to read later from the menu at the top of every page.",
    "The print edition is delivered on Thursdays, and back issues are kept at the library.",
    "Please keep comments civil: the editors remove posts that insult other readers here.",
    "Letters to the editor should be short and signed, and we may shorten the ones we print.",
    "The crossword answers appear in the next edition and on the puzzles page of this site.",
    "Photographs sent in by readers are credited by name unless the sender asks us not to.",
]


def test_notices_scattered_between_menus_are_not_an_article_before_a_thread() -> None:
    # Over a hundred words of prose before the dateline, but no stretch of it an article.
    menu = "Home\nNews\nSport\nWeather\nTravel\nContact\n"
    scattered = "".join(f"{notice}\n{menu}" for notice in NOTICES)
    page = (
        f"{scattered}Bridge repairs\nMay 3, 2024\n{ARTICLE}"
        "Anna Berg\nMay 4, 2024\nGood news at last for everyone who drives in from the east.\n"
        "Tom Wood\nMay 5, 2024\nAbout time too, the old bridge was a danger to us all.\n"
    )
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


def test_comments_signed_with_a_dated_byline_after_the_article_are_cut() -> None:
    # A signature follows its comment, so the first comment, joined to the article with
    # nothing between them, stays; the thread from its signature on is cut.
    signed = "".join(
        f"{text}\nPosted by: {name} | Jan {day}, 2008 4:49:12 PM\n"
        for name, day, text in [
            ("Ann", 10, SAID[0]),
            ("Raj", 11, SAID[1]),
            ("Tom", 12, SAID[0]),
            ("Eve", 13, SAID[1]),
        ]
    )
    article = extract(f"Bridge repairs\nBy Jane Doe | Jan 9, 2008\n{ARTICLE}{signed}")
    assert paragraphs(article.text) == [P1, P2, P3, P4, SAID[0]], explain(article)


def test_one_dated_byline_above_the_article_is_not_a_thread() -> None:
    article = extract(f"Bridge repairs\nBy Jane Doe | Jan 9, 2008\n{ARTICLE}Contact us\n")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


def _blurbs_then(after: str) -> str:
    """A shop's menu of product blurbs above a dated article (more prose in all than the
    article, one stretch of it article-sized), then ``after``, then dated teasers."""
    menu = "Home\nShop\nDeals\nHelp\nGifts\nSale\nBrands\nBlog\nMen\nWomen\nKids\nStores\n"
    first = "\n".join(NOTICES[:6])
    scattered = "".join(f"{notice}\n{menu}" for notice in NOTICES[6:] + NOTICES[:2])
    teasers = "More stories\n23 October 2025\nA short blurb.\n1 January 2022\nAnother one.\n"
    return (
        f"{menu}{first}\n{menu}{scattered}Bridge repairs\nMay 3, 2024\n"
        f"{ARTICLE}{after}{teasers}Contact us\n"
    )


def test_an_article_whose_later_dates_head_no_text_is_not_a_thread() -> None:
    # The dateline's entry is the article; the dates after it head teasers that say
    # nothing, so no thread starts at it, whatever the prose above the dateline.
    article = extract(_blurbs_then(""))
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


def test_dated_comments_that_say_something_still_start_a_thread() -> None:
    comments = "".join(
        f"{name}\nMay {day}, 2024\n{text}\n"
        for name, day, text in [("Anna Berg", 4, SAID[0]), ("Tom Wood", 5, SAID[1])]
    )
    page = f"Bridge repairs\nMay 3, 2024\n{ARTICLE}{comments}"
    article = extract(page + "More stories\n23 October 2025\nA short blurb.\n")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, SAID[0]).label is not Label.BODY


def _long_section(n: int, size: int = 24) -> str:
    """A section of a long guide: ``size`` paragraphs (24 make over 500 words), each its own."""
    return "".join(f"{(P1, P2, P3, P4)[k % 4]} (Part {n}, note {k}.)\n" for k in range(size))


def test_dated_cards_between_the_sections_of_a_long_article_are_no_thread() -> None:
    # A guide that sets a dated card ('Blog', a headline, its date) between its sections:
    # each 'entry' is a section of the article, hundreds of words long, no comment.
    card = "Blog\nHow to plan a bridge repair\nAug {day}, 2024\n"
    sections = "".join(card.format(day=n + 1) + _long_section(n) for n in range(1, 4))
    page = f"Bridge guide\n{_long_section(0, 30)}{sections}Contact us\n"
    article = extract(page)
    body = article.text
    assert "(Part 3, note 23.)" in body, explain(article)
    assert "(Part 0, note 0.)" in body, explain(article)


# --- a thread of posts with no article above it (a forum topic) ---------------------------

POSTS = [
    "My kitchen tap drips all night even after I changed the washer last week. The drip "
    "stops when I turn the handle hard, but then it is hard to open in the morning.",
    "It is probably the valve seat, not the washer. If the seat is pitted the new washer "
    "cannot close on it, and you can buy a cheap reseating tool at any hardware shop.",
    "I had the same problem with a mixer tap and in the end the cartridge was worn. They "
    "are easy to swap once you have the right one, so take the old one with you.",
    "Thanks, both of you. It was the seat after all: I ground it smooth with the tool and "
    "the tap has not dripped since, and it opens easily again in the morning too.",
]


def forum(posts: list[str]) -> str:
    menu = "Home\nForums\nWhat's new\nLog in\nRegister\n"
    notice = "You are using an old browser. It may not show this or other sites correctly.\n"
    thread = "".join(
        f"{name}\nJoined Mar 2, 2019\nMar {day}, 2024\n#{n}\n{post}\nReply\n"
        for n, (name, day, post) in enumerate(
            zip(["Tom", "Ann", "Raj", "Tom"], [1, 2, 3, 4], posts, strict=True), 1
        )
    )
    return f"{menu}Dripping tap\n{notice}{thread}Similar threads\nFooter links\nContact us\n"


def test_a_thread_of_posts_with_no_article_above_it_is_the_body() -> None:
    article = extract(forum(POSTS))
    body = paragraphs(article.text)
    assert all(post in body for post in POSTS), explain(article)
    assert find_block(article, "Similar threads").label is not Label.BODY


def test_quote_lead_ins_inside_forum_posts_are_body_not_comments() -> None:
    quoted = [
        POSTS[0],
        POSTS[1],
        f"Tom said:\n{POSTS[0]}\n{POSTS[2]}",
        f"Raj said:\n{POSTS[2]}\n{POSTS[3]}",
    ]
    article = extract(forum(quoted))
    assert "Tom said:" in paragraphs(article.text), explain(article)
    assert article.comments == (), explain(article)


def test_an_article_under_its_dateline_keeps_its_short_dated_comments_out() -> None:
    comments = "".join(
        f"{name}\nMay {day}, 2024\nI think the council should have done this years ago.\n"
        for name, day in [("Ann", 4), ("Raj", 5), ("Tom", 6)]
    )
    page = f"Home\nNews\nBridge repairs\nMay 3, 2024\n{ARTICLE}{comments}Contact us\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


REPLIES = [
    "Check the valve seat first, that is the usual cause.",
    "Mine did the same and it was the cartridge in the end.",
    "A reseating tool costs very little at any hardware shop.",
    "Turn the water off at the stop valve before you start.",
    "Take the old washer with you so you get the right size.",
    "If the tap is old it may be cheaper to replace it.",
]


def test_a_short_question_outweighed_by_its_replies_is_a_forum_topic() -> None:
    # The opening post is four times the typical reply but no article, and the replies
    # together say more than it does.
    question = f"{POSTS[0]} {POSTS[3]}"
    posts = [question, *REPLIES]
    thread = "".join(f"User{n}\nMar {n}, 2024\n{post}\nReply\n" for n, post in enumerate(posts, 1))
    article = extract(f"Home\nForums\nLog in\nRegister\nDripping tap\n{thread}Contact us\n")
    body = paragraphs(article.text)
    assert all(post in body for post in posts), explain(article)


def _long_topic(opening: str, heading: str) -> str:
    # Eighteen short replies and a long one, each under its poster's name and date; the
    # opening post above them has no header of its own.
    replies = [*REPLIES[:3], f"{P1} {P2} {P3} {P4} {P1}", *REPLIES[3:], *REPLIES * 2]
    thread = "".join(
        f"User{n}\nMar {n}, 2024\n{reply}\nReply\n" for n, reply in enumerate(replies, 1)
    )
    return f"Home\nForums\nLog in\nRegister\nDripping tap\n{opening}\n{heading}{thread}Contact us\n"


def test_a_long_topic_whose_opening_post_has_no_header_is_a_forum_topic() -> None:
    # The opening post is article-sized, but shorter than the longest reply, and the
    # replies follow it with no end-of-article marker between.
    article = extract(_long_topic(f"{P1}\n{P2}\n{P3}", ""))
    body = paragraphs(article.text)
    assert P1 in body and all(reply in body for reply in REPLIES), explain(article)


def test_an_article_closed_by_a_comments_heading_keeps_a_long_thread_out() -> None:
    article = extract(_long_topic(f"{P1}\n{P2}\n{P3}", "Comments\n"))
    body = paragraphs(article.text)
    assert body == [P1, P2, P3], explain(article)


def test_a_short_news_item_over_dated_headlines_is_not_a_forum_topic() -> None:
    headlines = "".join(
        f"May {day}, 2024\n{text}\n"
        for day, text in [
            (4, "Library opens on Sundays from March."),
            (5, "Council votes on the new budget for roads."),
            (6, "Market hall plans go on show."),
        ]
    )
    page = f"Home\nNews\nBridge repairs\nMay 3, 2024\n{P1}\n{P2}\n{headlines}Contact us\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2], explain(article)


def _signed_forum(posts: list[str]) -> str:
    # Each post signed below it ('Ann, Mar 2, 2024 IP'), with its poster's card
    # (rank, message count, points) between the posts.
    thread = "".join(
        f"{name} Member\nMessages:\n{10 * n}\nLikes Received:\n{n}\nTrophy Points:\n"
        f"{5 * n}\n#{n}\n{post}\n{name}, Mar {n}, 2024 IP\n"
        for n, (name, post) in enumerate(zip(["Tom", "Ann", "Raj", "Tom"], posts, strict=True), 1)
    )
    return f"Home\nForums\nLog in\nDripping tap\n{thread}Similar threads\nContact us\n"


def test_posts_signed_with_a_name_and_a_date_are_a_forum_topic() -> None:
    article = extract(_signed_forum(POSTS))
    body = paragraphs(article.text)
    assert all(post in body for post in POSTS), explain(article)
    assert "Similar threads" not in body, explain(article)


def test_signatures_outnumbering_the_quote_headers_mark_the_posts() -> None:
    # The last three posts quote another ('Tom wrote:'); all six are signed with a date.
    posts = [*POSTS, *POSTS[1:3]]
    names = ["Tom", "Ann", "Raj", "Tom", "Bo", "Ann"]
    thread = "".join(
        f"{name} Member\nMessages:\n{10 * n}\nLikes Received:\n{n}\nTrophy Points:\n"
        f"{5 * n}\n{'Tom wrote:' if n > 3 else 'Online'}\n{post}\n{name}, Mar {n}, 2024 IP\n"
        for n, (name, post) in enumerate(zip(names, posts, strict=True), 1)
    )
    page = f"Home\nForums\nLog in\nDripping tap\n{thread}Similar threads\nContact us\n"
    body = paragraphs(extract(page).text)
    assert all(post in body for post in posts)


def test_quoted_posts_signed_with_a_dash_are_no_forum_topic() -> None:
    # Embedded posts ('— Ann (@ann) May 3, 2024') quoted between an article's paragraphs
    # are not a thread: the dateline above the article stays out of the body.
    quotes = [
        f"{text}\n— {name} (@{name.lower()}) May {day}, 2024\n"
        for name, day, text in [
            ("Ann", 4, "The bridge is closed again, long queues on the ring road."),
            ("Raj", 5, "Good news for the school run at last."),
            ("Tom", 6, "Eight months is far too long for a bridge this size."),
        ]
    ]
    page = (
        "Home\nNews\nSport\nBridge repairs\nThe council will spend most of next year's budget "
        "on the old bridge.\nMay 3, 2024 11:42, UK\nImage: the old bridge\n"
        f"Why you can trust us\n{P1}\n{quotes[0]}{P2}\n{quotes[1]}{P3}\n{quotes[2]}{P4}\n"
        "Contact us\n"
    )
    article = extract(page)
    body = paragraphs(article.text)
    assert "May 3, 2024 11:42, UK" not in body and P1 in body, explain(article)


# --- the fine print above the copyright line ------------------------------------------------

DISCLAIMER = (
    "This material is not intended to replace the advice of a qualified advisor. The "
    "information here has been obtained from sources we believe to be reliable, but we do "
    "not guarantee that it is accurate or complete, and it may change without notice."
)


def test_a_disclaimer_above_the_copyright_line_does_not_outweigh_a_short_page() -> None:
    blurb = (
        "A good safety programme screens every renter before the keys change hands. "
        "Our short guide shows the steps at the counter."
    )
    page = "\n".join(
        ["Home", "Services", "About", "Contact", "Vehicle rentals", blurb, *FOOTER[:8],
         DISCLAIMER, "Copyright © 2024 Example Advisors. All rights reserved.", *FOOTER[8:]]
    )  # fmt: skip
    body = paragraphs(extract(page).text)
    assert blurb in body and DISCLAIMER not in body


def test_an_article_ending_above_the_copyright_line_keeps_its_last_paragraph() -> None:
    page = f"Home\nNews\nBridge repairs\n{ARTICLE}© 2024 Town News\nContact us\n"
    assert paragraphs(extract(page).text) == [P1, P2, P3, P4]


REFUND_TERMS = [
    f"{n}. {text} This applies to every order placed on the site, and we may update these "
    "terms from time to time without telling each customer about the change."
    for n, text in enumerate(
        [
            "Items bought in the sale cannot be returned or exchanged.",
            "Customers pay the cost of sending a return back to us.",
            "We may refuse a return that shows signs of wear or damage.",
        ],
        1,
    )
]


def test_a_policy_printed_after_the_copyright_line_does_not_outweigh_the_page() -> None:
    blurb = (
        "Our wool runner is light, soft and warm, and it goes in the washing machine. "
        "It comes in six colours and every half size, and the insoles come out to dry. "
        "Wear it without socks all summer."
    )
    page = "\n".join(
        ["Home", "Men", "Women", "Sale", "Wool runner", blurb, "Add to cart", *FOOTER * 2,
         "© 2024 Shoe Shop. All rights reserved.", "Refund policy", "Close", *REFUND_TERMS]
    )  # fmt: skip
    body = paragraphs(extract(page).text)
    assert blurb in body and REFUND_TERMS[0] not in body


def test_a_policy_dialog_after_a_copyright_line_midway_down_the_page_is_fine_print() -> None:
    # The dialogs make up half the page, so the copyright line stands above its last 40%:
    # the policy heading right after it tells the dialogs apart.
    blurb = (
        "Our wool runner is light, soft and warm, and it goes in the washing machine. "
        "It comes in six colours and every half size, and the insoles come out to dry. "
        "Wear it without socks all summer."
    )
    page = "\n".join(
        ["Home", "Men", "Women", "Sale", "Wool runner", blurb, "Add to cart", *FOOTER[:6],
         "© 2024 Shoe Shop. All rights reserved.", "Refund policy", "Close", *REFUND_TERMS,
         "Size guide", "Close", "US 7", "US 8", "US 9", "US 10", "US 11", "US 12", "US 13"]
    )  # fmt: skip
    body = paragraphs(extract(page).text)
    assert blurb in body and REFUND_TERMS[0] not in body


def test_an_article_after_a_copyright_line_midway_down_the_page_stays_the_body() -> None:
    page = "\n".join(
        ["Home", "Men", "Women", "Sale", "Wool runner", "Add to cart", *FOOTER[:6],
         "© 2024 Town News. All rights reserved.", "Bridge repairs", ARTICLE.strip(),
         "Contact us", "About", "Privacy"]
    )  # fmt: skip
    assert paragraphs(extract(page).text) == [P1, P2, P3, P4]


def test_an_article_after_a_copyright_line_high_on_the_page_stays_the_body() -> None:
    page = "\n".join(
        ["Home", "News", "© 2024 Town News", "Bridge repairs", ARTICLE.strip(),
         "Contact us", "About", "Privacy"]
    )  # fmt: skip
    assert paragraphs(extract(page).text) == [P1, P2, P3, P4]


FORM_NOTES = [
    "Please fill in every field of this form before you submit it, so that we can match "
    "you with a tutor who teaches the subjects and the level you need this year.",
    "We will call you within two working days to agree a first lesson, and we keep the "
    "details you give us only for as long as we need them to arrange your lessons.",
    "If you would rather talk to us first, call the office on any weekday between nine "
    "in the morning and five in the afternoon and ask for the registration desk.",
    "Students under eighteen need a parent or guardian to sign this agreement, and the "
    "first invoice is sent to the address that the parent or guardian gives us here.",
    "Lessons missed without a day's notice are charged in full, because the tutor has "
    "kept the time free for you and cannot offer it to another student at short notice.",
]


def test_a_form_printed_after_the_site_copyright_line_is_not_the_article() -> None:
    # The dump prints a registration form after the footer; it holds more prose than the
    # article above the copyright line.
    page = "\n".join(
        ["Home", "Tutoring", "Contact", "Bridge repairs", ARTICLE.strip(), "Contact us",
         "About us", "© 2025 Town Tutoring", "Registration agreement", *FORM_NOTES]
    )  # fmt: skip
    body = paragraphs(extract(page).text)
    assert body == [P1, P2, P3, P4], body


def test_a_photo_credit_with_a_dated_caption_does_not_end_the_article() -> None:
    credit = "© Jane Roe The old bridge seen from the east bank on May 18, 2023, before the floods."
    page = "\n".join(
        ["Home", "News", "Bridge repairs", P1, P2, P3, credit, P4, *FORM_NOTES[:3],
         "Contact us", "About"]
    )  # fmt: skip
    body = paragraphs(extract(page).text)
    assert P4 in body and FORM_NOTES[2] in body, body


# --- a line the article's region prints twice ------------------------------------------------

TEASER_LINE = "Read our guide to every road closure and bus diversion in the town this winter"


def test_a_lone_line_repeated_in_the_article_is_kept_once() -> None:
    page = f"Home\nNews\nBridge repairs\n{P1}\n{TEASER_LINE}\n{P2}\n{P3}\n{TEASER_LINE}\n{P4}\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, TEASER_LINE, P2, P3, P4], explain(article)


def test_an_article_printed_twice_keeps_both_copies() -> None:
    # A run of repeated lines is the article shown twice, which its text keeps.
    page = f"Home\nNews\nBridge repairs\n{ARTICLE}Bridge repairs, in print\n{ARTICLE}Contact us\n"
    body = paragraphs(extract(page).text)
    assert body.count(P2) == 2 and body.count(P3) == 2


def test_sections_printed_again_here_and_there_are_kept_once() -> None:
    # The article, then two of its sections printed a second time, apart (a layout for
    # another screen size): repeats in two runs or more are no article printed twice.
    page = (
        f"Home\nNews\nBridge repairs\n{ARTICLE}On your phone\n{P1}\n{P2}\n"
        f"Next steps\n{P3}\n{P4}\nContact us\n"
    )
    body = paragraphs(extract(page).text)
    assert [body.count(p) for p in (P1, P2, P3, P4)] == [1, 1, 1, 1], body


def _long_opening_post(numbers: list[str]) -> str:
    posts = [f"{P1} {P2} {P3}", *REPLIES, POSTS[1], POSTS[2]]
    thread = "".join(
        f"User{n}\nJoined\nMar {n}, 2024\n{number}\n{post}\nReply\n"
        for n, (number, post) in enumerate(zip(numbers, posts, strict=True), 1)
    )
    return f"Home\nForums\nLog in\nBridge repairs\n{thread}Contact us\n"


def test_numbered_posts_are_a_forum_topic_however_long_the_opening_post() -> None:
    article = extract(_long_opening_post([f"#{n}" for n in range(1, 10)]))
    body = paragraphs(article.text)
    assert all(reply in body for reply in REPLIES), explain(article)


def test_post_numbers_mark_the_posts_of_an_undated_topic() -> None:
    thread = "".join(
        f"{name}\nMember\nPosts:\n{40 * n}\nLikes:\n{3 * n}\nPoints:\n{9 * n}\nLocation:\n"
        f"Leeds\nStatus:\nOffline\n#{n}\n{post}\n"
        for n, (name, post) in enumerate(zip(["Tom", "Ann", "Raj", "Tom"], POSTS, strict=True), 1)
    )
    article = extract(f"Home\nForums\nLog in\nDripping tap\n{thread}Similar threads\nContact us\n")
    body = paragraphs(article.text)
    assert all(post in body for post in POSTS), explain(article)
    assert "Offline" not in body, explain(article)


def _summarised_topic(first: int) -> str:
    # A summary of the discussion above the posts (article-sized prose), then posts
    # numbered from ``first`` on.
    summary = f"Discussion overview\n{P1}\n{P2}\n{P3}\n"
    thread = "".join(
        f"User{k}\nMessages\n{12 * k}\nMar {k}, 2024\n#{n}\n{post}\nReply\n"
        for k, (n, post) in enumerate(zip(range(first, first + 6), REPLIES, strict=True), 1)
    )
    return f"Home\nForums\nLog in\nDripping tap\n{summary}{thread}Similar threads\nContact us\n"


def test_posts_numbered_from_one_are_the_topic_under_a_summary_of_it() -> None:
    # The opening post is '#1': the prose above it is no article that the posts comment on.
    body = paragraphs(extract(_summarised_topic(1)).text)
    assert all(reply in body for reply in REPLIES), body


def test_posts_numbered_from_later_on_stay_comments_under_an_article() -> None:
    body = paragraphs(extract(_summarised_topic(21)).text)
    assert P1 in body and not any(reply in body for reply in REPLIES), body


# Four posts of a few words each: less prose than a thread needs.
_SHORT_POSTS = [
    "The first interview invitations went out this morning, so good luck to you all.",
    "Got one for next week as well, it is an online interview this year.",
    "Same here, I was surprised that they offer interviews in person too.",
    "Thanks, see you there.",
]


def _short_thread(numbered: bool) -> str:
    """A thread of the short posts, each under its author's card, numbered '#1'... or not."""
    thread = "".join(
        f"User{n}\nJoined\nJun 29, 2016\n"
        + (f"Messages\n{n}\nJul {n}, 2024\n#{n}\n" if numbered else f"Jul {n}, 2024\n")
        + f"{post}\nReply\n"
        for n, post in enumerate(_SHORT_POSTS, 1)
    )
    return (
        "Home\nForums\nLog in\nApplication thread\n"
        "This forum is made possible by the support of its members. Thank you.\n"
        f"{thread}You must log in to reply here.\nContact us\n"
    )


def test_short_posts_numbered_from_one_are_a_topic() -> None:
    # Numbered posts make a topic, though short.
    body = paragraphs(extract(_short_thread(numbered=True)).text)
    assert all(post in body for post in _SHORT_POSTS), body


def test_short_dated_posts_without_numbers_are_no_topic() -> None:
    body = paragraphs(extract(_short_thread(numbered=False)).text)
    assert not all(post in body for post in _SHORT_POSTS), body


def test_numbers_out_of_order_do_not_make_a_forum_topic() -> None:
    article = extract(_long_opening_post(["#3", "#1", "#7", "#2", "#9", "#4", "#8", "#6", "#5"]))
    assert REPLIES[2] not in paragraphs(article.text), explain(article)


# --- date lines -----------------------------------------------------------------------------


def test_a_time_with_its_zone_is_a_date_line() -> None:
    for line in ("May 3, 2024 at 4:47 pm EST", "Jan. 15, 2008 10:42 AM", "14:05 GMT+2"):
        assert _DATE_LINE.match(line), line


def test_a_weight_or_price_is_not_a_date_line() -> None:
    for line in ("3.97 lbs", "2.31 kg", "12.99 usd"):
        assert not _DATE_LINE.match(line), line


# --- a list the article's last line introduces -------------------------------------------

DATES = [
    "June 9 -- Riverside Hall, Springfield",
    "June 12 -- The Old Theatre, Millbrook",
    "June 15 -- Harbour Arena, Port Allen",
    "June 18 -- City Park Stage, Eastwood",
]


def test_the_list_a_closing_lead_in_introduces_is_body() -> None:
    menu = "Facebook\nTwitter\nNewsletter\nContact\n"
    dates = "\n".join(DATES)
    page = f"Band tour\n{ARTICLE}The dates of the tour:\n{dates}\n{menu}"
    article = extract(page)
    assert paragraphs(article.text)[-4:] == DATES, explain(article)
    assert find_block(article, "Newsletter").label is not Label.BODY


def test_short_lines_after_an_article_ending_in_a_sentence_stay_out() -> None:
    dates = "\n".join(DATES)
    page = f"Band tour\n{ARTICLE}{dates}\nFacebook\nTwitter\nNewsletter\nContact\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


# --- legal text printed on the page ------------------------------------------------------

POLICY = (
    "We collect personal information when you place an order, and we share it with third "
    "parties only as this privacy policy describes; by using the site you agree to it."
)


def test_a_long_privacy_policy_does_not_outweigh_a_short_description() -> None:
    description = (
        "A warm wool jumper knitted in the village, soft enough to wear next to the skin.\n"
        "It is washed by hand in cold water and dried flat, and it keeps its shape for years.\n"
    )
    menu = "Size\nColour\nAdd to basket\nReviews\n"
    page = f"Wool jumper\n{description}{menu}Privacy policy\n" + f"{POLICY}\n" * 8
    article = extract(page)
    body = paragraphs(article.text)
    assert description.split("\n")[0] in body, explain(article)
    assert POLICY not in body, explain(article)


# A cookie dialog's preference centre, printed in full by the dump after the page.
COOKIE_CATEGORIES = [
    "When you visit any website, it may store or retrieve information on your browser, "
    "mostly in the form of cookies, and you can choose not to allow some types of them.",
    "These technologies are necessary for the site to work. You can set your browser to "
    "block these cookies, but some parts of the site will then not work for you.",
    "These cookies are set by our advertising partners to build a profile of your "
    "interests and show you relevant adverts on other sites you visit later on.",
    "These cookies let us count visits, so that we can measure and improve the site. "
    "If you block them on your device, we will not know when you have visited.",
]


def test_a_cookie_dialog_printed_in_full_does_not_outweigh_a_short_post() -> None:
    post = (
        "Does anyone know what the two connectors on the back of this case are for? "
        "The manual does not mention them and the shop could not tell me either."
    )
    dialog = "".join(f"{category}\nAllow\n" for category in COOKIE_CATEGORIES)
    footer = "".join(f"{notice}\nAbout us\nContact\n" for notice in NOTICES[:3])
    page = f"Forums\nCases\nConnectors on the back\n{post}\nReply\n{footer}Manage consent\n"
    article = extract(page + dialog)
    body = paragraphs(article.text)
    assert post in body, explain(article)
    assert not set(COOKIE_CATEGORIES) & set(body), explain(article)


# The purposes a consent dialog lists, each explained, printed in full after the page.
CONSENT_PURPOSES = [
    "Advertising presented to you on this service can be based on limited data, such as "
    "the website you are using, your non-precise location and your device type.",
    "Information about your activity on this service can be stored and combined with "
    "other information about you to build a profile of your interests and personal aspects.",
    "Advertising presented to you can be based on your advertising profiles, which can "
    "reflect your activity on this service or on other websites and apps you use.",
    "Content presented to you on this service can be based on your personalisation "
    "profiles, which can reflect your activity and your interactions with our pages.",
]


def test_a_form_after_the_last_post_does_not_outweigh_the_thread() -> None:
    # The last post's entry runs on to the end of the page, through the footer to a form
    # printed in full: only its first stretch of paragraphs is the post, and no post holds
    # over half the thread.
    thread = "".join(
        f"{name}\nMar {day}, 2024\n{post}\n"
        for name, day, post in zip(["Tom", "Ann", "Raj", "Tom"], [1, 2, 3, 4], POSTS, strict=True)
    )
    footer = "Similar threads\n" + "".join(f"{link}\n" for link in FOOTER * 4)
    form = "\n".join(FORM_NOTES[:4])
    article = extract(f"Home\nForums\nLog in\nDripping tap\n{thread}{footer}{form}\n")
    body = paragraphs(article.text)
    assert all(post in body for post in POSTS), explain(article)
    assert FORM_NOTES[0] not in body, explain(article)


def test_an_article_right_under_the_last_of_dated_headlines_is_no_thread() -> None:
    # The article is the last 'entry' and starts at once: it outweighs the headlines.
    headlines = "".join(
        f"May {day}, 2024\n{text}\n"
        for day, text in [
            (1, "Library opens on Sundays from March, the council said."),
            (2, "Council votes on the new budget for roads and bridges."),
            (3, "Market hall plans go on show at the town hall this week."),
        ]
    )
    page = f"Home\nNews\n{headlines}Bridge repairs\nMay 4, 2024\n{ARTICLE}Contact us\nAbout\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


def test_a_consent_dialogs_purposes_do_not_outweigh_a_short_page() -> None:
    intro = (
        "Our collection of tomato sauce recipes has something for every dish, from a quick "
        "sauce for a weeknight pasta to a slow ragu for a Sunday lunch with the family."
    )
    recipes = "Easy pork ragu\nSpaghetti and meatballs\nTomato chutney\nPenne alla vodka\n"
    footer = "".join(f"{notice}\nAbout us\nContact\n" for notice in NOTICES[:3])
    dialog = "".join(f"{purpose}\nVendors\nOff\n" for purpose in CONSENT_PURPOSES)
    article = extract(f"Recipes\nSauces\nTomato sauce recipes\n{intro}\n{recipes}{footer}{dialog}")
    body = paragraphs(article.text)
    assert intro in body, explain(article)
    assert not set(CONSENT_PURPOSES) & set(body), explain(article)


@pytest.mark.parametrize(
    "line",
    [
        "The council's new app counts your activity on the footpath and shows your device "
        "a map of the diversions, so walkers can plan a route before they set out.",
        "Staff at the library will also show visitors how to clear the cookies from their "
        "browser, so that the next reader on the public computers cannot see their accounts.",
        "The council says it needs the consent of the river authority, and lawyers for the "
        "residents argue that its liability for the footpath does not end during the works.",
    ],
    ids=["your-activity", "clearing-cookies", "consent"],
)
def test_an_article_paragraph_in_legal_words_stays_in_the_article(line: str) -> None:
    """An article's own paragraph that names activity, cookies or consent is no policy."""
    article = extract(f"Bridge repairs\n{P1}\n{P2}\n{line}\n{P3}\n{P4}\n")
    assert paragraphs(article.text) == [P1, P2, line, P3, P4], explain(article)


# Paragraphs of a policy that name one legal term or none: only their neighbours tell.
POLICY_PLAIN = [
    "We may ask for your email address, your phone number and the address we ship to, "
    "so that we can send your order and tell you when it leaves our warehouse.",
    "Payment details are handled by the card company that processes the payment and are "
    "kept only as long as the bank asks us to keep a record of the purchase.",
    "If you write to us, we keep the letter and our answer for two years, so that we can "
    "look back at what was said when you write to us again about the same order.",
]


def test_plain_paragraphs_inside_a_privacy_policy_are_legal_text() -> None:
    description = (
        "A warm wool jumper knitted in the village, soft enough to wear next to the skin.\n"
        "It is washed by hand in cold water and dried flat, and it keeps its shape for years.\n"
    )
    policy = "\n".join(part for plain in POLICY_PLAIN for part in (POLICY, plain)) + f"\n{POLICY}"
    page = f"Wool jumper\n{description}Size\nColour\nAdd to basket\nPrivacy policy\n{policy}\n"
    article = extract(page)
    body = paragraphs(article.text)
    assert description.split("\n")[0] in body, explain(article)
    assert not set(POLICY_PLAIN) & set(body), explain(article)


def test_an_article_that_names_a_few_legal_terms_keeps_its_paragraphs() -> None:
    law = (
        "The council says it needs the consent of the river authority, and lawyers for the "
        "residents argue that its liability for the footpath does not end during the works."
    )
    rules = (
        "Under the terms of use of the bridge, the council reserves the right to close it "
        "when the river is high, a power residents say it has used far too often."
    )
    article = extract(f"Bridge repairs\n{P1}\n{law}\n{P2}\n{rules}\n{P3}\n{P4}\n")
    assert paragraphs(article.text) == [P1, law, P2, rules, P3, P4], explain(article)


# --- HTML markup left in a dump ----------------------------------------------------------


def test_an_ads_markup_left_in_the_dump_is_not_body() -> None:
    ad = (
        '<a href="http://ads.example.net/click?n=1" target="_blank"><img src="b.gif" width="1"></a>'
    )
    article = extract(f"Bridge repairs\n{P1}\n{P2}\n{ad}\n{ad}\n{P3}\n{P4}\n")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, ad).label is Label.BOILERPLATE


def test_prose_that_names_a_tag_is_body() -> None:
    line = (
        "Then update the page so that it renders only the <TodoList /> component, and the "
        "<div> around it keeps the layout that the stylesheet expects for the list."
    )
    article = extract(f"Bridge repairs\n{P1}\n{line}\n{P2}\n{P3}\n")
    assert line in paragraphs(article.text), explain(article)


# --- a table of figures flattened onto lines --------------------------------------------

# The rows of a league table: a rank, a name and five figures each.
ROWS = [f"{n} Town Rovers {40 - n} {n % 7} {n % 5} {50 + n} {30 - n}" for n in range(1, 21)]


def test_a_table_of_figures_between_paragraphs_is_body() -> None:
    table = "\n".join(ROWS)
    article = extract(f"Bridge repairs\n{P1}\n{P2}\nPos Team W D L F A\n{table}\n{P3}\n{P4}\n")
    body = paragraphs(article.text)
    assert P4 in body and ROWS[10] in body, explain(article)


def test_a_table_of_figures_after_the_article_is_not_body() -> None:
    # It joins a run of prose but never makes one: after the article, above the footer,
    # it stays out.
    table = "\n".join(ROWS)
    article = extract(
        f"Bridge repairs\n{P1}\n{P2}\n{P3}\nPos Team W D L F A\n{table}\nContact us\n"
    )
    assert paragraphs(article.text) == [P1, P2, P3], explain(article)


def test_prices_in_a_list_are_no_table_of_figures() -> None:
    # Fewer than four figures a line: a list of prices, not a table's rows.
    assert not _figure_row("1 Month – €12.99 (approximately $13.99 USD)")
    assert _figure_row("5 Harvard Business School 5 38% / 46% 14% 86% 3.7 727 $172,877")


# --- hard-wrapped text ----------------------------------------------------------------------


def _wrap(text: str, width: int = 60) -> str:
    """``text`` set in lines of at most ``width`` characters, broken between words."""
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*out, line]) + "\n"


def test_a_hard_wrapped_article_is_body() -> None:
    # Each line a fragment of a sentence; a short notice after it is whole sentences.
    menu = "Home\nShop\nDeals\nHelp\nGifts\nSale\nBrands\nBlog\n"
    wrapped = "".join(_wrap(p) for p in (P1, P2, P3, P4))
    notice = "Learn more about our work at the town hall or call us today."
    article = extract(f"{menu}Bridge repairs\n{wrapped}{notice}\n{menu}Contact us\n")
    body = " ".join(paragraphs(article.text))
    assert " ".join(P1.split()[:12]) in body, explain(article)
    assert " ".join(P4.split()[-8:]) in body, explain(article)


def test_a_line_above_lower_case_menu_words_is_not_wrapped_text() -> None:
    # The continuation must be as long as a wrapped line or end the sentence.
    menu = "\n".join(["rakes and hoes", "spades", "watering cans", "seed trays"])
    shop = "Everything you need for the garden and the kitchen is in our shop"
    page = f"Bridge repairs\n{P1}\n{P2}\n{shop}\n{menu}\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2], explain(article)


# --- long lines that end no sentence -------------------------------------------------------

CHECKLIST = [
    f"Step {n} – check the {part} and bolts on the east side of it"
    for n, part in enumerate(
        ["railing", "deck", "piers", "lamps", "drains", "kerbs", "signs", "joints"] * 2, 1
    )
]


def test_a_checklist_of_described_items_between_paragraphs_is_body() -> None:
    # Each item a long line in sentence words that ends no sentence: it costs the run what
    # a short line does, so the paragraphs on both sides stay one article.
    items = "\n".join(CHECKLIST)
    article = extract(f"Bridge repairs\n{P1}\n{P2}\n{items}\n{P3}\n{P4}\nContact us\n")
    body = paragraphs(article.text)
    assert P1 in body and P4 in body and CHECKLIST[5] in body, explain(article)


def test_menus_flattened_onto_long_lines_still_split_the_run() -> None:
    menu = "Home Shop Deals Help Gifts Sale Brands Blog Men Women Kids Stores Contact Jobs"
    menus = "\n".join(f"{menu} {n}" for n in range(16))
    article = extract(f"Bridge repairs\n{P1}\n{P2}\n{menus}\n{P3}\n{P4}\nContact us\n")
    assert find_block(article, f"{menu} 3").label is not Label.BODY, explain(article)


# --- line shape: title case ----------------------------------------------------------------


def test_a_long_menu_flattened_onto_one_line_is_not_prose() -> None:
    names = "World News. Business Desk. Technology Journal. Science And Health. Arts And Books."
    menu = f"Jump To Our Sections: {names} {names} {names} Travel Guide. Weather Maps."
    short = "\n".join(["Home", "Sign In", "Register", "Search", "Newsletters", "Contact"])
    article = extract(f"{menu}\n{short}\nBridge repairs\n{ARTICLE}")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


def test_a_long_prose_line_is_prose_though_it_names_things() -> None:
    line = (
        "The Old Bridge, which the Town Council and the County Roads Department have argued "
        "about since the floods, will be closed to lorries until the repairs are finished."
    )
    short = "\n".join(["Home", "Sign In", "Register", "Search", "Newsletters", "Contact"])
    article = extract(f"{short}\nBridge repairs\n{line}\n{ARTICLE}")
    assert line in paragraphs(article.text), explain(article)


# --- teaser cards after the article -----------------------------------------------------------

BLURBS = [
    "A new survey finds that most drivers in the county would pay more for safer roads.",
    "The library will open on Sundays from next month, the first time in twenty years.",
    "Two local bakers have won a national prize for a loaf made with heritage wheat.",
    "The school board has voted to keep the village primary open for another year.",
    "A rare orchid has been found growing by the canal for the first time since 1950.",
]


def cards() -> str:
    return "".join(
        f"LOCAL NEWS\nHeadline number {n} about a story\n{blurb}\n"
        for n, blurb in enumerate(BLURBS, 1)
    )


def test_teaser_cards_after_the_article_are_cut() -> None:
    article = extract(f"Bridge repairs\n{ARTICLE}More from the paper\n{cards()}Contact us\n")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, BLURBS[2]).label is not Label.BODY


def test_a_page_of_cards_alone_keeps_them() -> None:
    article = extract(f"Local news\nThe latest stories\n{cards()}Contact us\n")
    body = paragraphs(article.text)
    assert all(blurb in body for blurb in BLURBS[1:]), explain(article)


# --- appendages joined to the article across a gap ------------------------------------------

BIO = "Jane Doe writes about roads, rivers and local politics for the paper, and lives in town."


def test_a_short_stretch_across_a_gap_after_the_article_is_cut() -> None:
    gap = "\n".join(["Topics", "Bridges", "Roads", "Council"])
    article = extract(f"Bridge repairs\n{ARTICLE}{gap}\n{BIO}\nContact us\n")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, BIO).label is not Label.BODY


def test_a_short_paragraph_under_a_subheading_is_kept() -> None:
    last = "The council meets again on the first Monday of next month."
    article = extract(f"Bridge repairs\n{P1}\n{P2}\n{P3}\nWhat comes next\n{last}\nContact us\n")
    assert paragraphs(article.text) == [P1, P2, P3, "What comes next", last], explain(article)


LEGAL = (
    "By submitting this form you agree that the paper may store your name, email address "
    "and comment, and may publish them beside the article for as long as it stays online."
)


def test_related_and_reply_headings_end_the_article_before_long_legal_text() -> None:
    tail = "\n".join(
        ["Related posts", "Another story", "A third story", "Leave a Reply", "Name", "Website"]
    )
    legal = "\n".join([LEGAL] * 6)
    page = f"Bridge repairs\n{ARTICLE}{tail}\n{legal}\nContact us\n"
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)


def test_one_reply_heading_repeated_between_answers_keeps_the_answers() -> None:
    # Six different lines: lines a page prints again are another rule's.
    lines = [
        f"You can open the terminal from the {place} and pin it to the taskbar, which keeps "
        f"the settings you chose the {time} you ran it on this machine."
        for place in ("start menu", "search box", "file manager")
        for time in ("first time", "last time")
    ]
    furniture = "Share\nFollow\nanswered by Sam\nAdd a comment\n"
    first, second = "\n".join(lines[:3]), "\n".join(lines[3:])
    page = f"How to pin a terminal\n{ARTICLE}{furniture}{first}\n{furniture}{second}\n"
    article = extract(page)
    body = paragraphs(article.text)
    assert all(line in body for line in lines), explain(article)


# --- a long cookie notice (cookie-notice phrases, up to 120 words) ---------------------------

NOTICE = (
    "This website uses cookies to improve your experience while you navigate through the "
    "website. Out of these cookies, the cookies that are categorized as necessary are stored "
    "on your browser as they are essential for the working of basic functionalities of the "
    "website. We also use third-party cookies that help us analyze and understand how you "
    "use this website. These cookies will be stored in your browser only with your consent. "
    "You also have the option to opt-out of these cookies. But opting out of some of these "
    "cookies may affect your browsing experience."
)


def test_a_long_cookie_notice_after_the_article_is_not_body() -> None:
    article = extract(f"Bridge repairs\n{ARTICLE}Privacy Overview\n{NOTICE}\n{NOTICE}\n")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, NOTICE).label is Label.COOKIE_NOTICE


def test_a_long_paragraph_about_baking_cookies_is_body() -> None:
    baking = (
        "We use cookies from the village bakery for the fair every year, and this year the "
        "baker made twice as many as usual because the stall sold out before noon last time. "
        + P2
        + " "
        + P3
    )
    article = extract(f"Bridge repairs\n{ARTICLE}{baking}\n")
    assert baking in paragraphs(article.text), explain(article)


# --- comments of a text dump, one by one (cleanpage/comments.py) ---------------------------


def test_says_headers_give_each_comment_its_author() -> None:
    page = (
        f"Bridge repairs\n{ARTICLE}3 comments\n"
        f"Anna Berg says:\n{SAID[0]}\n{SAID[1]}\nReply\n"
        f"Tom Wood on May 4, 2024 at 4:47 pm said:\n{SAID[1]}\nReply\n"
    )
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert [(c.author, paragraphs(c.text)) for c in article.comments] == [
        ("Anna Berg", SAID),
        ("Tom Wood", [SAID[1]]),
    ]


def test_writes_headers_after_the_article_are_a_thread() -> None:
    # Comments long enough to outweigh the article's last paragraphs, headed 'writes:'.
    long_said = [f"{SAID[0]} {SAID[1]} {said}" for said in SAID]
    page = (
        f"Bridge repairs\n{ARTICLE}Comments Filter:\nAll\nFunny\n"
        f"Re: Good news (Score: 2)\nby anna_b ( 1311177 ) writes:\n{long_said[0]}\n"
        f"Re: Good news (Score: 3)\nby tomwood ( 596061 ) writes:\n{long_said[1]}\n"
    )
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, long_said[1]).label is Label.COMMENTS, explain(article)


def test_commented_headers_after_the_article_are_a_thread() -> None:
    # Comments long enough to outweigh the article's last paragraphs, each under its
    # poster's 'commented <date>' line, with the page's furniture after each.
    long_said = [f"{SAID[0]} {SAID[1]} {said}" for said in SAID]
    page = (
        f"Bridge repairs\n{ARTICLE}"
        f"anna_b commented Dec 18, 2025\n{long_said[0]}\nSorry, something went wrong.\n"
        f"tomwood commented Dec 19, 2025 •\n{long_said[1]}\nSorry, something went wrong.\n"
    )
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert find_block(article, long_said[1]).label is Label.COMMENTS, explain(article)


def test_a_sentence_saying_who_commented_when_is_no_comment_header() -> None:
    said = "The mayor commented on May 3, 2024 that the bridge would open in the spring."
    page = f"Bridge repairs\n{P1}\n{said}\n{P2}\nAnna commented on it too.\n{P3}\n{P4}\n"
    article = extract(page)
    assert said in paragraphs(article.text) and article.comments == (), explain(article)


def test_an_article_quoting_one_writer_keeps_the_quote() -> None:
    page = f"Bridge repairs\n{P1}\nThe mayor writes:\n{P2}\n{P3}\n{P4}\n"
    article = extract(page)
    assert article.comments == (), explain(article)
    assert paragraphs(article.text)[-3:] == [P2, P3, P4], explain(article)


def test_dated_comments_take_the_name_line_not_the_date_as_author() -> None:
    page = (
        f"Bridge repairs\nPublished May 3, 2024\n{ARTICLE}"
        f"Anna Berg\nMay 4, 2024\n{SAID[0]}\nTom Wood\nMay 5, 2024\n{SAID[1]}\n"
    )
    article = extract(page)
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Anna Berg", SAID[0]),
        ("Tom Wood", SAID[1]),
    ], explain(article)


def test_an_article_quoting_one_speaker_has_no_comments() -> None:
    page = f"Bridge repairs\n{P1}\nThe mayor said:\n{P2}\n{P3}\nAnna Berg\n{P4}\n"
    article = extract(page)
    assert article.comments == (), explain(article)


def test_a_menu_after_the_comments_is_neither_comments_nor_a_comment() -> None:
    menu = "News\nSport\nWeather\nTravel\nContact us\n"
    page = (
        f"Bridge repairs\n{ARTICLE}3 comments\n"
        f"Anna Berg says:\n{SAID[0]}\nReply\nTom Wood says:\n{SAID[1]}\nReply\n{menu}"
    )
    article = extract(page)
    assert [c.author for c in article.comments] == ["Anna Berg", "Tom Wood"], explain(article)
    assert find_block(article, "Weather").label is not Label.COMMENTS, explain(article)


def test_headlines_without_a_sentence_are_not_a_comment() -> None:
    headlines = "Latest news\nCouncil votes on the new budget for roads\nLibrary opens on Sundays\n"
    page = (
        f"Bridge repairs\n{ARTICLE}3 comments\n"
        f"Anna Berg says:\n{SAID[0]}\nTom Wood says:\n{SAID[1]}\n{headlines}"
    )
    article = extract(page)
    assert [c.author for c in article.comments] == ["Anna Berg", "Tom Wood"], explain(article)


# --- a comment thread needs entries, not just a comments heading ------------------------

FORM = (
    "Comments\n"
    "Please keep your comments civil and on topic, the editors read every one of them.\n"
    "You must be logged in to post a comment on this site, which is free for readers.\n"
    "Latest news\n"
)


def test_a_comments_heading_over_a_notice_and_headlines_is_no_thread() -> None:
    headlines = (
        "Council votes on the new budget for the roads across the county next spring\n"
        "The library will open on Sundays from March, the council said on Monday.\n"
    )
    article = extract(f"Bridge repairs\n{ARTICLE}{FORM}{headlines}")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert article.comments == (), explain(article)
    notice = find_block(article, "You must be logged in to post a comment on this site")
    assert notice.label is not Label.COMMENTS, explain(article)


def test_a_comments_heading_over_dated_entries_is_a_thread_up_to_its_last_entry() -> None:
    entries = f"Anna Berg\nMay 4, 2024\n{SAID[0]}\nTom Wood\nMay 5, 2024\n{SAID[1]}\n"
    after = "Our newsletter comes out every Friday morning, sign up below to get it by email.\n"
    article = extract(f"Bridge repairs\n{ARTICLE}Comments\n{entries}\n{after}")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert [(c.author, c.text) for c in article.comments] == [
        ("Anna Berg", SAID[0]),
        ("Tom Wood", SAID[1]),
    ], explain(article)
    assert find_block(article, "Our newsletter comes out").label is not Label.COMMENTS


def test_comments_signed_from_below_end_at_the_last_signature() -> None:
    signed = "".join(
        f"{text}\nPosted by {name} on May {day}, 2024 5:58 PM\nReport this comment\n"
        for name, day, text in [("Ann", 4, SAID[0]), ("Raj", 5, SAID[1])]
    )
    after = "Please read our rules before you post, as the editors remove comments that insult.\n"
    article = extract(f"Bridge repairs\n{ARTICLE}Comments\n{signed}{after}")
    assert paragraphs(article.text) == [P1, P2, P3, P4], explain(article)
    assert [c.text for c in article.comments] == SAID, explain(article)
    assert find_block(article, "Please read our rules").label is not Label.COMMENTS


def test_dated_headlines_with_their_blurbs_are_no_thread() -> None:
    teasers = "".join(
        f"May {day}, 2024\nCouncil plans a new {thing} for the town centre next year\n{blurb}\n"
        for day, thing, blurb in [
            (4, "car park", "The plans go on show at the library from Monday."),
            (5, "market hall", "Traders have asked for a covered hall for years."),
            (6, "bus station", "The old one will close once the new one opens."),
        ]
    )
    article = extract(f"Bridge repairs\n{ARTICLE}Comments\n{teasers}")
    assert article.comments == (), explain(article)


# --- a page with no article whose content is a list of items -------------------------------

ITEMS = [f"{colour} {thing}" for colour in ("Red", "Blue", "Green", "Black", "White", "Grey")
         for thing in ("wool socks", "cotton shirt", "rain jacket", "canvas bag", "knit hat",
                       "linen scarf")]  # fmt: skip
FOOTER = [
    "About us", "Careers", "Press", "Stores", "Gift cards", "Help", "Returns", "Shipping",
    "Contact", "Privacy", "Terms", "Accessibility",
]  # fmt: skip


def test_a_page_of_menus_around_one_stray_short_line_has_no_text() -> None:
    # A shop page its scripts fill in: the dump holds the menus, a slogan and the footer.
    page = "\n".join(
        ["Home", "Deals", "Women", "Men", "Help", "Get top deals, latest trends, and more.",
         "Account", "Cart", *FOOTER]
    )  # fmt: skip
    assert extract(page).text == ""


def test_a_short_text_of_a_few_lines_keeps_its_one_sentence() -> None:
    page = "Notice\nThe library is closed today.\nLibrary\n"
    assert "The library is closed today." in paragraphs(extract(page).text)


def test_a_page_of_menus_around_a_paragraph_keeps_the_paragraph() -> None:
    page = "\n".join(["Home", "Deals", "Women", "Men", "Help", P1, "Account", "Cart", *FOOTER])
    assert paragraphs(extract(page).text) == [P1]


def test_the_list_of_items_on_a_page_with_no_article_is_its_content() -> None:
    menu = "\n".join(["Shop", "Women", "Men", "Kids", "Sale", "Search", "Account", "Bag"])
    intro = "Warm clothes for the winter months, made to last."
    news = "Sign up to our newsletter to hear about the sales and the new colours every month."
    banner = "Free delivery on every order over thirty pounds, and free returns for a whole year."
    page = "\n".join([menu, banner, "Winter clothes", intro, *ITEMS, news, *FOOTER, "© 2024 Shop"])
    article = extract(page)
    body = paragraphs(article.text)
    assert all(item in body for item in ITEMS), explain(article)
    assert "Careers" not in body and "Women" not in body, explain(article)


def test_a_list_at_the_top_of_the_page_is_its_menu_not_its_content() -> None:
    intro = "Warm clothes for the winter months, made to last."
    page = "\n".join([*ITEMS, "Winter clothes", intro, *FOOTER[:4], "© 2024 Shop"])
    article = extract(page)
    assert ITEMS[5] not in paragraphs(article.text), explain(article)


def test_a_menu_printed_twice_is_not_the_list_of_a_page_with_no_article() -> None:
    # The site's menu at the top and its copy further down (a mobile menu the dump
    # printed after the introduction): a list the page prints twice is its menu.
    intro = "Warm clothes for the winter months, made to last."
    news = "Sign up to our newsletter to hear about the sales and the new colours every month."
    page = "\n".join([*ITEMS, "Winter clothes", intro, *ITEMS, news, *FOOTER, "© 2024 Shop"])
    article = extract(page)
    body = paragraphs(article.text)
    assert intro in body, explain(article)
    assert ITEMS[5] not in body, explain(article)


def _priced(items: list[str]) -> list[str]:
    return [line for k, item in enumerate(items) for line in (item, f"${12 + k}.99")]


def test_items_with_their_prices_between_them_are_the_list_page_content() -> None:
    menu = "\n".join(["Shop", "Women", "Men", "Kids", "Sale", "Search", "Account", "Bag"] * 2)
    intro = "Warm clothes for the winter months, made to last."
    banner = "Free delivery on every order over thirty pounds, and free returns for a whole year."
    news = "Sign up to our newsletter to hear about the sales and the new colours every month."
    page = "\n".join(
        [menu, banner, "Winter clothes", intro, *_priced(ITEMS), news, *FOOTER, "© 2024 Shop"]
    )
    article = extract(page)
    body = paragraphs(article.text)
    assert all(item in body for item in ITEMS), explain(article)
    assert "Careers" not in body and "Women" not in body, explain(article)


def test_prices_do_not_join_a_list_to_the_menu_at_the_top_of_the_page() -> None:
    intro = "Warm clothes for the winter months, made to last."
    page = "\n".join([*_priced(ITEMS), "Winter clothes", intro, *FOOTER[:4], "© 2024 Shop"])
    article = extract(page)
    assert ITEMS[5] not in paragraphs(article.text), explain(article)


def test_priced_items_beside_an_article_are_not_its_content() -> None:
    page = "\n".join(["Bridge repairs", ARTICLE.strip(), *_priced(ITEMS), *FOOTER])
    body = paragraphs(extract(page).text)
    assert P2 in body and ITEMS[5] not in body


def test_the_item_list_is_found_beside_a_longer_menu_at_the_top() -> None:
    menu = [f"{word} {kind}" for kind in ("shoes", "coats", "bags", "hats", "gifts", "deals")
            for word in ("All", "New", "Sale", "Top", "Kids", "Mens", "Womens")]  # fmt: skip
    intro = "Warm clothes for the winter months, made to last and sold at a fair price."
    news = "Sign up to our newsletter to hear about the sales and the new colours every month."
    page = "\n".join([*menu, "Winter clothes", intro, "Sort by price", *ITEMS, news, *FOOTER])
    article = extract(page)
    body = paragraphs(article.text)
    assert all(item in body for item in ITEMS), explain(article)
    assert "Sale hats" not in body, explain(article)


def test_a_priced_grid_just_above_a_short_footer_is_the_list_page_content() -> None:
    menu = ["Shop", "Women", "Men", "Kids", "Sale", "Search", "Account", "Bag"]
    intro = "Warm clothes for the winter months, made to last."
    page = "\n".join([*menu, "Winter clothes", intro, *_priced(ITEMS), "Help", "© 2024 Shop"])
    article = extract(page)
    body = paragraphs(article.text)
    assert all(item in body for item in ITEMS), explain(article)
    assert "Women" not in body, explain(article)


def test_an_unpriced_list_just_above_a_short_footer_is_not_the_content() -> None:
    menu = ["Shop", "Women", "Men", "Kids", "Sale", "Search", "Account", "Bag"]
    intro = "Warm clothes for the winter months, made to last."
    page = "\n".join([*menu, "Winter clothes", intro, *ITEMS, "Help", "© 2024 Shop"])
    article = extract(page)
    assert ITEMS[5] not in paragraphs(article.text), explain(article)


# --- end markers: printed under every entry, they are its furniture ---------------------

ANSWERS = [
    "Open the settings panel and turn off the sync option first, then restart the app and "
    "the old folders should show up again within a minute or two.",
    "This happened to me last week as well, and clearing the local cache from the help "
    "menu fixed it without losing any of the files I had stored there.",
    "If neither of those works, the backup folder in your home directory keeps a copy of "
    "every file for thirty days, so nothing is really gone yet.",
]


def test_an_end_marker_under_every_answer_does_not_split_the_answers() -> None:
    question = (
        "After the last update my shared folders vanished from the sidebar, although the "
        "files are still on the server. Is there a way to get them back?"
    )
    menu = ["Questions", "Tags", "Users", "Ask a question"]
    lines = [*menu, "Shared folders vanished after update", question, "Add a comment"]
    for answer in ANSWERS:
        lines += ["12", answer, "Add a comment"]
    lines += ["About", "Help", "Privacy", "Terms"]
    article = extract("\n".join(lines))
    body = paragraphs(article.text)
    assert question in body and all(answer in body for answer in ANSWERS), explain(article)
    assert "Privacy" not in body, explain(article)


def test_an_end_marker_printed_twice_still_ends_the_article() -> None:
    lines = ["Bridge repairs", ARTICLE.strip(), "Related posts", "Related posts", ANSWERS[0]]
    article = extract("\n".join(lines))
    body = paragraphs(article.text)
    assert P4 in body and ANSWERS[0] not in body, explain(article)


# --- short-line runs inside the article: its lists, or a menu printed twice -----------------

STEPS = ["Two ripe pears", "Oat flour", "Half a lemon", "Ground cloves"]


def test_a_list_of_unique_short_lines_between_paragraphs_is_the_articles() -> None:
    page = "\n".join(["Pear crumble", P1, P2, *STEPS, P3, P4, "About", "Contact"])
    article = extract(page)
    body = paragraphs(article.text)
    assert all(step in body for step in STEPS), explain(article)


def test_a_run_between_paragraphs_that_the_page_prints_elsewhere_is_a_menu() -> None:
    menu = ["Recipes", "Baking", "Desserts", "Drinks"]
    page = "\n".join([*menu, "Pear crumble", P1, P2, *menu, P3, P4, "About", "Contact"])
    article = extract(page)
    body = paragraphs(article.text)
    assert P1 in body and P4 in body and "Baking" not in body, explain(article)


# A Hindi article as its markdown prints it: sentences end with the danda (।).
_HI_OPEN = (
    "छात्र बगीचा लिए भी से संकरा वह और जंगल था। सर्दी रसोई के था ही तट का छात्र "
    "पुस्तकालय था छात्र कारखाना का, कर लिए जंगल। पुल बाजार वह जो, यह की गांव सर्दी जो शिक्षक।"
)
_HI_ITEMS = [
    "- बनाया खोजा यह बगीचा छात्र का, मशीन घाटी कर।",
    "- संकरा को से का तट एक की पुल भारी।",
    "- द्वीप स्टेशन का जो जंगल ही जो पुल कर कारखाना एक।",
    "- शिक्षक ही में एक पहाड़ से थी मशीन जो।",
]
_HI_REST = [
    "संकरा एक पुराना सदी के यात्रा ही रसोई में का मजदूर है वह की मापा किसान। संकरा स्टेशन "
    "के गांव घाटी लिए तो स्टेशन भारी थी यात्रा में बच्चे। बनाया और रसोई थी पुराना पुल को थी "
    "मशीन यात्रा से या था कि लिए कर के।",
    "यात्रा घाटी तो बनाया के सदी भारी यह, मशीन से। खोजा और के तट बगीचा में से बंदरगाह को "
    "बगीचा जो, संग्रहालय जंगल यह थी।",
    "छात्र को किसान बच्चे को के गया लिए और कि भी बाजार हैं एक से यह। तट यात्रा पर था पर "
    "बाजार है के मजदूर कर, भारी एक था के। बच्चे कर नदी को, खोजा गांव यह पुस्तकालय खोजा में में।",
    "बगीचा बगीचा जो की पुस्तकालय के यह का में यह यह संकरा। तट है पुस्तकालय और में भी मौसम, "
    "बंदरगाह और बनाया। पुराना कारखाना ही भारी, कि कर सदी और से। किसान लिए कि पुराना थी यात्रा "
    "किसान वह यात्रा।",
]


def _hi_page(*lead: str) -> str:
    items = "\n".join(_HI_ITEMS)
    return "\n\n".join([*lead, "# रसोई पर संग्रहालय", _HI_OPEN, items, *_HI_REST]) + "\n"


def test_sentences_ended_by_a_danda_are_sentences() -> None:
    # A list of sentences between the opening paragraph and the rest is the article's own:
    # the danda ends a sentence as the full stop does, so the list is no valley of short
    # lines cutting the opening paragraph off as the page's header.
    article = extract(_hi_page())
    assert _HI_OPEN in article.text, explain(article)
    assert all(p in article.text for p in _HI_REST)


def test_a_menu_of_hindi_words_before_the_article_is_still_a_menu() -> None:
    menu = "\n".join(["होम", "हमारे बारे में", "ब्लॉग", "संपर्क", "समाचार", "खेल", "संस्कृति"])
    article = extract(_hi_page(menu))
    assert _HI_OPEN in article.text, explain(article)
    assert not any(find_block(article, word).label is Label.BODY for word in ("होम", "संपर्क"))
