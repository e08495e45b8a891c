"""A thread page's posts rendered in Python (community/templatetags/thread_posts.py) are the posts the
template loop rendered, byte for byte, in English and French, for every state a post can show: hidden (to
a colleague and to a moderator), quoting a post (hidden or not), images approved, held or refused, the
reader's own post (no report form)."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import pytest
from django.template import engines
from django.utils import translation

from community.identity import Identity

# The loop thread.html held before the posts moved to Python, kept here as the reference.
TEMPLATE_LOOP = """{% load i18n community_tags %}{% for post in posts %}<li id="post-{{ post.pk }}" class="post">
<p><small>{{ post.identity|author_line }} · <time datetime="{{ post.created_at|date:'c' }}">{{ post.created_at|date:"SHORT_DATETIME_FORMAT" }}</time></small></p>
{% if post.hidden and not moderator %}<p><em>{% translate "Hidden pending a moderator's review." %}</em></p>{% else %}
{% if post.hidden %}<p><em>{% translate "Hidden from colleagues pending review (you see it as a moderator)." %}</em></p>{% endif %}
{% if post.quote %}<blockquote class="quote"><small>{{ post.quote.identity|author_line }}</small>{% if post.quote.hidden %}<p><em>{% translate "Hidden pending a moderator's review." %}</em></p>{% else %}{{ post.quote.body|truncatechars:300|linebreaks }}{% endif %}</blockquote>{% endif %}
{{ post.body|linebreaks }}
{% for img in post.images.all %}{% if img.status == "approved" %}<p><img src="{% url 'community:image' img.pk %}" width="{{ img.width }}" height="{{ img.height }}" alt="{% translate 'Clinical image attached to this post' %}" class="clinical"></p>{% elif img.status == "held" %}<p><em>{% translate "An image waits for a moderator's review." %}</em></p>{% endif %}{% endfor %}
<p><a href="?quote={{ post.pk }}#reply">{% translate "Quote" %}</a></p>
{% if post.author_id != user.pk %}<details><summary>{% translate "Report" %}</summary>
<form method="post" action="{% url 'community:flag_post' post.pk %}">{% csrf_token %}<input type="hidden" name="thread" value="{{ thread.pk }}">
<label for="reason-{{ post.pk }}">{% translate "What is wrong?" %}</label> <input id="reason-{{ post.pk }}" name="reason" maxlength="500" required> <button type="submit" class="small">{% translate "Report" %}</button></form></details>{% endif %}
{% endif %}</li>
{% endfor %}"""
TAG = "{% load thread_posts %}{% thread_posts posts %}"

DR = Identity(
    name="Dr Ann <Lee>", specialty="cardiology", country="FR", pseudonymous=False, verified=True
)
PSEUDO = Identity(name="owl & co", specialty="", country="", pseudonymous=True, verified=False)


def _img(pk: int, status: str) -> Any:
    return SimpleNamespace(pk=pk, status=status, width=640, height=480)


def _post(pk: int, author_id: int, body: str, **extra: Any) -> Any:
    images = extra.pop("images", [])
    fields: dict[str, Any] = {"hidden": False, "quote": None, "identity": DR}
    fields.update(extra)
    return SimpleNamespace(
        pk=pk,
        author_id=author_id,
        body=body,
        created_at=datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC),
        images=SimpleNamespace(all=lambda: images),
        **fields,
    )


def _posts() -> list[Any]:
    quoted = _post(1, 2, "first <b>line</b>\n\nsecond paragraph " + "long " * 80)
    hidden_quote = _post(2, 3, "gone", hidden=True, identity=PSEUDO)
    return [
        quoted,
        hidden_quote,
        _post(3, 7, "mine\nwith a break", quote=quoted, identity=PSEUDO),
        _post(
            4,
            2,
            "quoting a hidden one",
            quote=hidden_quote,
            images=[_img(9, "approved"), _img(10, "held"), _img(11, "refused")],
        ),
        _post(5, 3, 'hidden & "odd"', hidden=True, identity=None),
    ]


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("moderator", [False, True])
def test_python_posts_equal_the_template_loop(lang: str, moderator: bool) -> None:
    engine = engines["django"]
    context = {
        "posts": _posts(),
        "user": SimpleNamespace(pk=7),
        "thread": SimpleNamespace(pk=42),
        "moderator": moderator,
        "csrf_token": "tok<en>",
    }
    with translation.override(lang):
        expected = engine.from_string(TEMPLATE_LOOP).render(context)
        rendered = engine.from_string(TAG).render(context)
    assert rendered == expected
    assert rendered.count("<li ") == 5
    assert "first &lt;b&gt;line&lt;/b&gt;" in rendered
    # no report form on the reader's own post, nor on hidden posts a colleague sees
    assert rendered.count('name="csrfmiddlewaretoken"') == (4 if moderator else 2)
