"""Patient forms: they parse input; the services decide."""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from bridge.accounts.models import User
from bridge.fields import MultilineField
from patient_portal.models import Question
from triage.core import SPECIALTIES

COUNTRIES = [("GB", _("United Kingdom")), ("FR", _("France")), ("US", _("United States")), ("BE", _("Belgium")), ("CH", _("Switzerland")), ("CA", _("Canada")), ("DE", _("Germany"))]


class SignupForm(forms.Form):
    """Patient sign-up with an e-mail address."""

    email = forms.EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not a common password."),
    )
    country = forms.ChoiceField(label=_("Country"), choices=COUNTRIES, help_text=_("So that we show you the right emergency numbers."))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email=email).exists():
            raise forms.ValidationError(_("An account with this e-mail already exists. Sign in instead."))
        return email

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        password_validation.validate_password(password, User(email=self.data.get("email", "")))
        return password


def _specialty_choices() -> list[tuple[str, Any]]:
    return [("", _("Not sure (a general practitioner will look first)"))] + [(code, labels["en"]) for code, labels in SPECIALTIES.items()]


class QuestionForm(forms.Form):
    """Ask a question."""

    text = MultilineField(
        label=_("Your question"),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": settings.BRIDGE_QUESTION_MAX_CHARS}),
        max_length=settings.BRIDGE_QUESTION_MAX_CHARS,
        min_length=10,
        help_text=_("Describe your symptoms, how long they have lasted, and what worries you. Names, phone numbers and addresses are removed before any doctor reads your question."),
    )
    lang = forms.ChoiceField(label=_("Language of your question"), choices=Question.Lang.choices)
    age = forms.IntegerField(label=_("Age (optional)"), required=False, min_value=0, max_value=130)
    sex = forms.ChoiceField(label=_("Sex (optional)"), choices=Question.Sex.choices, required=False)
    specialty_hint = forms.ChoiceField(label=_("Which kind of doctor? (optional)"), choices=_specialty_choices, required=False)
    consent_health_data = forms.BooleanField(
        label=_("I agree that Bridge processes my health question so that verified doctors can answer it in anonymised form."),
        required=True,
    )
    consent_publication = forms.BooleanField(
        label=_("I agree that the anonymised question and its answer may appear in the public library."),
        required=False,
    )
    client_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("client_token", uuid.uuid4().hex)


class PublicationForm(forms.Form):
    """Opt in or out of publication."""

    consent_publication = forms.BooleanField(required=False)


class EraseForm(forms.Form):
    """Confirm erasure with the password."""

    password = forms.CharField(label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
