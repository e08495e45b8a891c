"""FastSelect (bridge/widgets.py) writes the bytes Django's Select writes, for the selects it replaces."""

from __future__ import annotations

import pytest
from django import forms
from django.utils import translation

from bridge.accounts.forms import ProfileForm
from bridge.widgets import FastSelect
from doctor_space.forms import LeakForm, QueueFilterForm, ReferForm


def _both(field: forms.Field, name: str, value: object) -> tuple[str, str]:
    fast = field.widget
    assert isinstance(fast, FastSelect)
    plain = forms.Select(attrs=fast.attrs)
    plain.choices = fast.choices
    return str(fast.render(name, value, {"id": f"id_{name}"})), str(
        plain.render(name, value, {"id": f"id_{name}"})
    )


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_fast_select_writes_what_select_writes(lang: str) -> None:
    with translation.override(lang):
        profile = ProfileForm()
        queue, refer, leak = QueueFilterForm(), ReferForm(), LeakForm()
        cases = [
            (profile.fields["time_zone"], "time_zone", "Europe/Paris"),
            (profile.fields["time_zone"], "time_zone", ""),
            (profile.fields["country"], "country", "FR"),
            (profile.fields["language"], "language", None),
            (queue.fields["lang"], "lang", "fr"),
            (queue.fields["specialty"], "specialty", "cardiology"),
            (refer.fields["to_specialty"], "to_specialty", None),
            (leak.fields["label"], "label", None),
        ]
        for field, name, value in cases:
            fast, plain = _both(field, name, value)
            assert fast == plain, name
            assert "<option" in fast
    grouped = FastSelect(
        attrs={"required": True, "data-x": 'a"b', "hidden": False},
        choices=[("", "none"), ("Fruit <&>", [("a", "apple"), ("b", "<b>")])],
    )
    django_select = forms.Select(attrs=grouped.attrs, choices=grouped.choices)
    assert grouped.render("f", "b") == django_select.render("f", "b")
