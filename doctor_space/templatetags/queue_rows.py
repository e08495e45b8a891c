"""The queue table's rows, rendered in Python.

Measured 2026-12-06 on the bench database (10,000 waiting cases): the 50 rows of the doctor's queue took
about 20 ms of CPU through the template engine, four fifths of the page (a URL reversal, `timesince`,
a choice label and a `blocktranslate` per row). Here the URL prefix, the labels and "now" are computed
once per page; the HTML is the same, byte for byte (tests/doctor_space/test_queue_rows.py renders both).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django import template
from django.urls import reverse
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.timesince import timesince
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


def _truncated(text: str, length: int) -> str:
    """`truncatechars`: a text that already fits is returned as it is (Truncator counts it char by char)."""
    return text if len(text) <= length else Truncator(text).chars(length)


@register.simple_tag(takes_context=True)
def queue_rows(context: dict[str, Any], cases: Iterable[Case]) -> SafeString:
    """<tr> rows of the waiting cases, as templates/doctor_space/queue.html's table shows them."""
    user = context.get("user")
    user_pk = getattr(user, "pk", None)
    before, after = reverse("doctor_space:case", args=[_PROBE]).split(str(_PROBE))
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
                timesince(case.created_at, now),
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
