"""The queue's rows rendered in Python (doctor_space/templatetags/queue_rows.py) are the rows the template
loop rendered, byte for byte, in English and French, for every state a row can show."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.template import engines
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from triage.core import TriageResult
from triage.models import Case
from triage.selectors import case_queue_page
from triage.services import case_claim, case_open

# The loop queue.html held before the rows moved to Python, kept here as the reference.
TEMPLATE_LOOP = """{% load i18n bridge_text doctor_labels %}{% for case in cases %}
<tr class="u-{{ case.urgency }}"><td><a href="{% url 'doctor_space:case' case.pk %}">{% blocktranslate with n=case.pk %}Case {{ n }}{% endblocktranslate %}</a></td>
<td><span class="tag u-{{ case.urgency }}">{{ case.urgency|urgency_label }}</span>{% if case.emergency %} <span class="tag urgent">{% translate "red flag" %}</span>{% endif %}</td>
<td class="waiting"><time datetime="{{ case.created_at|date:'c' }}">{{ case.created_at|timesince }}</time></td>
<td>{{ case.specialty|specialty_label }} · {{ case.lang|upper }}</td><td class="question">{{ case.redacted_text|truncatechars:140 }}</td>
<td>{% if case.claimed_by_id == user.pk %}{% translate "held by you" %}{% else %}{{ case.get_status_display }}{% endif %}</td></tr>
{% endfor %}"""
TAG = "{% load queue_rows %}{% queue_rows cases %}"


def _cases(doctor: Any) -> list[Case]:
    opened = [
        case_open(
            redacted_text=text,
            lang=lang,
            country="FR" if lang == "fr" else "GB",
            triage=TriageResult(
                emergency=emergency, red_flags=(), urgency=urgency, specialty=specialty
            ),
        )
        for text, lang, emergency, urgency, specialty in [
            (
                'cough for [DATE_1] <b>not bold</b> & "quotes"',
                "en",
                False,
                "routine",
                "general_practice",
            ),
            ("douleur thoracique " * 20, "fr", True, "emergency", "cardiology"),
            ("rash on [PERSON_1]'s arm", "en", False, "soon", "dermatology"),
            ("a specialty code nobody knows", "en", False, "urgent", "no_such_specialty"),
        ]
    ]
    # ages far from a unit's boundary, so that the two renderings, a few ms apart, say the same
    for n, case in enumerate(opened):
        Case.objects.filter(pk=case.pk).update(
            created_at=timezone.now() - timedelta(days=n, hours=3, minutes=7)
        )
    case_claim(doctor=doctor, case_id=opened[2].pk)
    return list(Case.objects.filter(pk__in=[c.pk for c in opened]).order_by("pk"))


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_python_rows_equal_the_template_rows(verified_doctor: Any, lang: str) -> None:
    cases = _cases(verified_doctor)
    engine = engines["django"]
    with translation.override(lang):
        context = {"cases": cases, "user": verified_doctor}
        expected = engine.from_string(TEMPLATE_LOOP).render(context)
        rendered = engine.from_string(TAG).render(context)
    assert rendered == expected
    assert (
        "&lt;b&gt;not bold&lt;/b&gt; &amp; &quot;quotes&quot;" in rendered
    )  # escaped, as the template did
    with translation.override(lang):
        assert translation.gettext("held by you") in rendered
        assert translation.gettext("red flag") in rendered
    assert rendered.count("<tr ") == 4


@pytest.mark.django_db
def test_the_queue_page_shows_the_rows(verified_doctor: Any, doctor_client: Client) -> None:
    cases = _cases(verified_doctor)
    page = doctor_client.get(reverse("doctor_space:queue"))
    assert page.status_code == 200
    html = page.content.decode()
    for case in case_queue_page(
        doctor=verified_doctor, specialties=[], limit=50, lang="", specialty=""
    ):
        assert f'href="{reverse("doctor_space:case", args=[case.pk])}"' in html
    assert html.count('<tr class="u-') == len(
        [c for c in cases if c.status in ("queued", "claimed")]
    )
    assert "red flag" in html and "held by you" in html


# The loops of the doctor's own drafts and answers (queue.html) before they moved to Python.
TEMPLATE_OWN = """{% load i18n %}{% for d in drafts %}<li><a href="{% url 'doctor_space:case' d.case_id %}">{% blocktranslate with n=d.case_id %}Case {{ n }}{% endblocktranslate %}</a> — {% blocktranslate with when=d.updated_at|timesince %}saved {{ when }} ago{% endblocktranslate %}{% if d.case.claimed_by_id == user.pk %} · {% translate "held by you" %}{% endif %}</li>{% endfor %}
{% for a in answers %}<li><a href="{% url 'doctor_space:case' a.case_id %}">{% blocktranslate with n=a.case_id %}Case {{ n }}{% endblocktranslate %}</a> — {% blocktranslate with when=a.published_at|timesince %}published {{ when }} ago{% endblocktranslate %}</li>{% endfor %}"""
TAG_OWN = "{% load queue_rows %}{% own_drafts drafts %}\n{% own_answers answers %}"


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_python_own_lists_equal_the_template_loops(lang: str) -> None:
    from types import SimpleNamespace

    me, now = SimpleNamespace(pk=7), timezone.now()
    ages = [timedelta(minutes=3, seconds=20), timedelta(days=1, hours=2, minutes=30)]
    ages += [timedelta(days=400, hours=5), timedelta(days=17, hours=1)]
    drafts = [
        SimpleNamespace(
            case_id=100 + n,
            updated_at=now - age,
            case=SimpleNamespace(claimed_by_id=7 if n % 2 else None),
        )
        for n, age in enumerate(ages)
    ]
    answers = [SimpleNamespace(case_id=200 + n, published_at=now - a) for n, a in enumerate(ages)]
    engine = engines["django"]
    with translation.override(lang):
        context = {"drafts": drafts, "answers": answers, "user": me}
        expected = engine.from_string(TEMPLATE_OWN).render(context)
        rendered = engine.from_string(TAG_OWN).render(context)
    assert rendered == expected
    assert rendered.count("<li>") == 8
    assert rendered.count("/doctors/cases/101/") == 1
