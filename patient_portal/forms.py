"""Patient forms: they parse input; the services decide."""

from __future__ import annotations

import uuid
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from bridge.accounts.models import User
from bridge.accounts.timezones import COUNTRIES
from bridge.fields import MultilineField
from patient_portal.models import AnswerReport, Question
from patient_portal.screen import screen_questions
from triage.core import SPECIALTIES


class SignupForm(forms.Form):
    """Patient sign-up with an e-mail address."""

    email = forms.EmailField(
        label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 10 characters; not a common password."),
    )
    country = forms.ChoiceField(
        label=_("Country"),
        choices=COUNTRIES,
        help_text=_("So that we show you the right emergency numbers."),
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)

    def clean_email(self) -> str:
        # Never "this address is taken": sign-up answers the same either way (patient_portal.signup).
        email: str = self.cleaned_data["email"].strip().lower()
        return email

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        password_validation.validate_password(password, User(email=self.data.get("email", "")))
        return password


def _specialty_choices() -> list[tuple[str, Any]]:
    return [("", _("Not sure (a general practitioner will look first)"))] + [
        (code, labels["en"]) for code, labels in SPECIALTIES.items()
    ]


class QuestionForm(forms.Form):
    """Ask a question."""

    text = MultilineField(
        label=_("Your question"),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": settings.BRIDGE_QUESTION_MAX_CHARS}),
        max_length=settings.BRIDGE_QUESTION_MAX_CHARS,
        min_length=10,
        help_text=_(
            "Describe your symptoms, how long they have lasted, and what worries you. Names, phone numbers and addresses are removed before any doctor reads your question."
        ),
    )
    lang = forms.ChoiceField(label=_("Language of your question"), choices=Question.Lang.choices)
    age = forms.IntegerField(label=_("Age (optional)"), required=False, min_value=0, max_value=130)
    sex = forms.ChoiceField(label=_("Sex (optional)"), choices=Question.Sex.choices, required=False)
    specialty_hint = forms.ChoiceField(
        label=_("Which kind of doctor? (optional)"), choices=_specialty_choices, required=False
    )
    consent_health_data = forms.BooleanField(
        label=_(
            "I agree that Bridge processes my health question so that verified doctors can answer it in anonymised form."
        ),
        required=True,
    )
    consent_publication = forms.BooleanField(
        label=_(
            "I agree that the anonymised question and its answer may appear in the public library."
        ),
        required=False,
    )
    country = forms.ChoiceField(
        label=_("Country you are in"),
        choices=COUNTRIES,
        required=False,
        help_text=_("For the emergency numbers we show you."),
    )
    client_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args: Any, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("client_token", uuid.uuid4().hex)
        # The safety screen: one checkbox per yes/no question, rendered in its own fieldset.
        self.screen = screen_questions(lang)
        for item in self.screen:
            self.fields[f"screen_{item.code}"] = forms.BooleanField(label=item.text, required=False)

    def screen_fields(self) -> list[forms.BoundField]:
        """The screen's checkboxes (the template puts them in a fieldset of their own)."""
        return [self[f"screen_{item.code}"] for item in self.screen]

    def main_fields(self) -> list[forms.BoundField]:
        """Every visible field but the screen's."""
        return [f for f in self.visible_fields() if not f.name.startswith("screen_")]

    def raw_answers(self) -> dict[str, bool]:
        """The screen's answers as typed, even when the rest of the form is invalid."""
        return {
            item.code: self.data.get(f"screen_{item.code}") in ("on", "true", "1", "yes")
            for item in self.screen
        }


class WordsForm(forms.Form):
    """The preview: words to hide, redacted words to show again (one per line or comma-separated)."""

    hide = MultilineField(
        label=_("Hide these words"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Names, places or anything else doctors should not see, separated by commas."),
    )
    hide_possible = forms.MultipleChoiceField(
        label=_("Words we were unsure about"), required=False, widget=forms.CheckboxSelectMultiple
    )
    restore = forms.MultipleChoiceField(
        label=_("Show again"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(
        self,
        *args: Any,
        possible: list[str] | None = None,
        redacted: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["hide_possible"].choices = [(w, w) for w in possible or []]  # type: ignore[attr-defined]
        self.fields["restore"].choices = [(w, w) for w in redacted or []]  # type: ignore[attr-defined]


class SendForm(forms.Form):
    """ "Send to the doctors": the fingerprint of the preview the patient looked at."""

    fingerprint = forms.CharField(widget=forms.HiddenInput, max_length=64)


class EditForm(forms.Form):
    """Change the words of a question not yet claimed."""

    text = MultilineField(
        label=_("Your question"),
        widget=forms.Textarea(attrs={"rows": 8, "maxlength": settings.BRIDGE_QUESTION_MAX_CHARS}),
        max_length=settings.BRIDGE_QUESTION_MAX_CHARS,
    )


class UrgentCheckForm(forms.Form):
    """The public "Is it urgent?" check: nothing typed here is stored."""

    text = MultilineField(
        label=_("Describe what is happening"),
        max_length=settings.BRIDGE_QUESTION_MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 3, "maxlength": settings.BRIDGE_QUESTION_MAX_CHARS}),
        help_text=_("Nothing you type here is stored or sent to anyone."),
    )
    lang = forms.ChoiceField(label=_("Language"), choices=Question.Lang.choices)
    country = forms.ChoiceField(label=_("Country you are in"), choices=COUNTRIES)


class PublicationForm(forms.Form):
    """Opt in or out of publication."""

    consent_publication = forms.BooleanField(required=False)


class EraseForm(forms.Form):
    """Confirm erasure with the password."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class FeedbackForm(forms.Form):
    """Rate an answer and/or thank the doctor."""

    rating = forms.TypedChoiceField(
        label=_("How helpful was this answer?"),
        choices=[
            ("5", _("Very helpful")),
            ("4", _("Helpful")),
            ("3", _("Somewhat helpful")),
            ("2", _("Not very helpful")),
            ("1", _("Not helpful")),
        ],
        coerce=int,
        empty_value=None,
        required=False,
        widget=forms.RadioSelect,
    )
    thanks = forms.BooleanField(label=_("Say thank you to the doctor"), required=False)


class ReportForm(forms.Form):
    """Report an answer to Bridge's staff."""

    reason = forms.ChoiceField(
        label=_("What is wrong with this answer?"),
        choices=AnswerReport.Reason.choices,
        widget=forms.RadioSelect,
    )
    details = MultilineField(
        label=_("Tell us more (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": 1000}),
        help_text=_(
            "Staff read an anonymised copy: names and numbers are replaced, as in your question."
        ),
    )


class ReportDecisionForm(forms.Form):
    """Staff: uphold or dismiss a report, with a note kept in the audit log."""

    outcome = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("upheld", _("Uphold: take the answer out of the public library")),
            ("dismissed", _("Dismiss: no change")),
        ],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Why (kept with the decision)"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2, "maxlength": 500}),
    )


class MessageForm(forms.Form):
    """A follow-up question, or the details a doctor asked for."""

    text = MultilineField(
        label=_("Your message"),
        min_length=2,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
        help_text=_(
            "Names and numbers are replaced before the doctor reads it; you see the result before sending."
        ),
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
