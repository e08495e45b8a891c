"""A thread page's posts, rendered in Python.

Measured 2026-12-07 on the bench database (threads of 50 posts, 25 a page): the post loop of
templates/community/thread.html was most of the page's CPU (two date formats, the author line, two
`linebreaks`, two URL reversals, the report form and seven translations per post, each through the
template engine). Here the URLs are reversed once, the translations and each author's line made once per
page; the HTML is the same, byte for byte (tests/community/test_thread_posts.py renders both).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.template.defaultfilters import linebreaks_filter, truncatechars
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

from community.templatetags.community_tags import author_line

register = template.Library()

HIDDEN = "Hidden pending a moderator's review."
_PROBE = 2_147_483_000  # an id no real row has: each URL is reversed once and the id swapped in


def _url(name: str) -> tuple[str, str]:
    before, after = reverse(name, args=[_PROBE]).split(str(_PROBE))
    return before, after


class _Page:
    """What every post of one page shares: translations, URL prefixes, the CSRF field, author lines."""

    def __init__(self, context: Any) -> None:
        self.moderator = bool(context.get("moderator"))
        self.user_pk = getattr(context.get("user"), "pk", None)
        self.thread_pk = context["thread"].pk
        self.flag_url, self.image_url = _url("community:flag_post"), _url("community:image")
        token = context.get("csrf_token")
        self.csrf = (
            format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', token)
            if token and token != "NOTPROVIDED"  # noqa: S105  (Django's marker for "no token")
            else ""
        )
        # translations are trusted and not escaped, as {% translate %} leaves them
        self.hidden = f"<p><em>{gettext(HIDDEN)}</em></p>"
        self.hidden_mod = gettext(
            "Hidden from colleagues pending review (you see it as a moderator)."
        )
        self.image_alt = gettext("Clinical image attached to this post")
        self.image_held = gettext("An image waits for a moderator's review.")
        self.quote, self.report = gettext("Quote"), gettext("Report")
        self.wrong = gettext("What is wrong?")
        self._lines: dict[Any, str] = {}

    def author(self, identity: Any) -> str:
        key = (
            identity
            if identity is None
            else (identity.name, identity.specialty, identity.country, identity.verified)
        )
        if key not in self._lines:
            self._lines[key] = author_line(identity)
        return self._lines[key]

    def images(self, post: Any) -> str:
        parts = []
        for img in post.images.all():
            if img.status == "approved":
                parts.append(
                    f'<p><img src="{self.image_url[0]}{img.pk}{self.image_url[1]}" width="{escape(img.width)}" '
                    f'height="{escape(img.height)}" alt="{self.image_alt}" class="clinical"></p>'
                )
            elif img.status == "held":
                parts.append(f"<p><em>{self.image_held}</em></p>")
        return "".join(parts)

    def quoted(self, quote: Any) -> str:
        if not quote:
            return ""
        body = self.hidden if quote.hidden else linebreaks_filter(truncatechars(quote.body, 300))
        return f'<blockquote class="quote"><small>{self.author(quote.identity)}</small>{body}</blockquote>'

    def report_form(self, post: Any) -> str:
        if post.author_id == self.user_pk:
            return ""
        flag = f"{self.flag_url[0]}{post.pk}{self.flag_url[1]}"
        return (
            f"<details><summary>{self.report}</summary>\n"
            f'<form method="post" action="{flag}">{self.csrf}<input type="hidden" name="thread" value="{self.thread_pk}">\n'
            f'<label for="reason-{post.pk}">{self.wrong}</label> <input id="reason-{post.pk}" name="reason" '
            f'maxlength="500" required> <button type="submit" class="small">{self.report}</button></form></details>'
        )

    def post(self, post: Any) -> str:
        when = timezone.localtime(post.created_at)
        head = (
            f'<li id="post-{post.pk}" class="post">\n<p><small>{self.author(post.identity)} · '
            f'<time datetime="{escape(formats.date_format(when, "c"))}">'
            f"{escape(formats.date_format(when, 'SHORT_DATETIME_FORMAT'))}</time></small></p>\n"
        )
        if post.hidden and not self.moderator:
            return f"{head}{self.hidden}</li>\n"
        return (
            f"{head}\n{f'<p><em>{self.hidden_mod}</em></p>' if post.hidden else ''}\n"
            f"{self.quoted(post.quote)}\n"
            f"{linebreaks_filter(post.body)}\n"
            f"{self.images(post)}\n"
            f'<p><a href="?quote={post.pk}#reply">{self.quote}</a></p>\n'
            f"{self.report_form(post)}\n"
            "</li>\n"
        )


@register.simple_tag(takes_context=True)
def thread_posts(context: Any, posts: Iterable[Any]) -> SafeString:
    """The <li> items of a thread page's posts, as templates/community/thread.html shows them."""
    page = _Page(context)
    # every value is an integer, a translation, escaped, or already safe HTML (author line, linebreaks)
    return mark_safe("".join(page.post(post) for post in posts))  # noqa: S308
