"""Doctor forms."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import password_validation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from bridge.fields import MultilineField
from bridge.widgets import FastSelect
from doctor_space.models import NAME_MAX_CHARS, DoctorProfile, Snippet
from triage.core import SPECIALTIES


def specialty_choices() -> list[tuple[str, str]]:
    """Specialties named in the page's language (called per form, so the language is the request's)."""
    lang = (get_language() or "en")[:2]
    return [(code, labels.get(lang) or labels["en"]) for code, labels in SPECIALTIES.items()]


class DoctorRegistrationForm(forms.Form):
    """Register as a doctor with a medical-register number."""

    full_name = forms.CharField(
        label=_("Full name"), max_length=NAME_MAX_CHARS
    )  # the server's limit
    email = forms.EmailField(label=_("Professional e-mail"))
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )
    register = forms.ChoiceField(
        label=_("Medical register"), choices=DoctorProfile.Register.choices
    )
    register_number = forms.CharField(
        label=_("Register number"),
        max_length=20,
        help_text=_("GMC: 7 digits; RPPS: 11 digits; NPI: 10 digits."),
    )
    specialty = forms.ChoiceField(label=_("Specialty"), choices=specialty_choices)

    def clean_email(self) -> str:
        email: str = self.cleaned_data["email"].strip().lower()
        return email  # whether it is taken is not said here (see services.doctor_register)

    def clean_password(self) -> str:
        password: str = self.cleaned_data["password"]
        password_validation.validate_password(password)
        return password


class AnswerForm(forms.Form):
    """The answer being drafted; the action says what to do with it."""

    title = forms.CharField(
        label=_("Title for the library"),
        max_length=120,
        required=False,
        help_text=_(
            'A plain heading for this answer, e.g. "Itchy rash in the elbow creases of a child". No names or details: it is checked like the answer.'
        ),
    )
    text = MultilineField(
        label=_("Your answer"),
        widget=forms.Textarea(attrs={"rows": 12, "maxlength": settings.BRIDGE_ANSWER_MAX_CHARS}),
        max_length=settings.BRIDGE_ANSWER_MAX_CHARS,
        required=False,
    )
    acknowledged = forms.MultipleChoiceField(
        label=_("I have read these warnings and they do not apply to this answer"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    acknowledgement_reason = forms.CharField(
        label=_("Why the warnings do not apply (recorded)"), required=False, max_length=500
    )

    def __init__(
        self, *args: Any, warning_rules: list[tuple[str, str]] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["acknowledged"].choices = warning_rules or []  # type: ignore[attr-defined]


class SnippetForm(forms.Form):
    """A reusable passage: a disclaimer, sources, emergency advice."""

    kind = forms.ChoiceField(label=_("Kind"), choices=Snippet.Kind.choices)
    title = forms.CharField(label=_("Title (only you see it)"), max_length=80)
    text = MultilineField(
        label=_("Text"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "maxlength": 2000}),
    )


class SnippetPickForm(forms.Form):
    """Pick one of the doctor's snippets to insert into the answer."""

    snippet = forms.TypedChoiceField(label=_("Insert a snippet"), coerce=int, required=False)

    def __init__(self, *args: Any, snippets: list[Any], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [
            ("", _("Choose a snippet")),
            *[(s.pk, f"{s.get_kind_display()}: {s.title}") for s in snippets],
        ]
        self.fields["snippet"].choices = choices  # type: ignore[attr-defined]


class QueueFilterForm(forms.Form):
    """Narrow the queue by the question's language and specialty (GET: a filtered queue can be bookmarked)."""

    lang = forms.ChoiceField(
        label=_("Language of the question"),
        required=False,
        choices=[("", _("All languages")), ("en", "English"), ("fr", "Français")],
        widget=FastSelect,
    )
    specialty = forms.ChoiceField(
        label=_("Specialty"), required=False, choices=(), widget=FastSelect
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["specialty"].choices = [("", _("All specialties")), *specialty_choices()]  # type: ignore[attr-defined]


class ReferForm(forms.Form):
    """Hand a case to another specialty."""

    to_specialty = forms.ChoiceField(
        label=_("Refer to"), choices=specialty_choices, widget=FastSelect
    )
    note = MultilineField(
        label=_("Note for the colleague"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class ProofCodeForm(forms.Form):
    """The code sent to the professional e-mail on the register."""

    code = forms.CharField(
        label=_("Verification code"),
        max_length=20,
        help_text=_("8 digits, from the e-mail sent to the address the register lists for you."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


class StaffDecisionForm(forms.Form):
    """Staff decide on a registration."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        widget=forms.RadioSelect,
        choices=[
            ("verify", _("Verify this doctor")),
            ("more_needed", _("Ask the doctor for more")),
            ("reject", _("Reject this registration")),
        ],
    )
    document_checked = forms.BooleanField(
        label=_(
            "I checked an identity document and the registration with the doctor (needed when no proof of control passed)"
        ),
        required=False,
    )
    note = MultilineField(
        label=_("Message to the doctor"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown to the doctor when you ask for more."),
    )


LEAK_LABELS = [
    ("PERSON", _("A name")),
    ("ADDRESS", _("An address")),
    ("CITY", _("A town or place")),
    ("PHONE", _("A phone number")),
    ("EMAIL", _("An e-mail address")),
    ("DATE", _("A date")),
    ("ID_NUMBER", _("An identity or file number")),
    ("ORGANIZATION", _("An organisation, school or employer")),
]


class LeakForm(forms.Form):
    """Report words of the question that identify the patient (the anonymiser missed them)."""

    phrase = forms.CharField(
        label=_("Words that identify the patient"),
        max_length=120,
        help_text=_("Copy them exactly as they appear; every occurrence is replaced at once."),
    )
    label = forms.ChoiceField(label=_("What is it?"), choices=LEAK_LABELS, widget=FastSelect)


class DoctorMessageForm(forms.Form):
    """A request for details (held case) or a reply to a follow-up (answered case); checked before it is sent."""

    # Not "text": the answer's textarea on the same page is the one the live check and tests look for.
    message = MultilineField(
        label=_("Your message to the patient"),
        widget=forms.Textarea(attrs={"rows": 4, "maxlength": settings.BRIDGE_MESSAGE_MAX_CHARS}),
        max_length=settings.BRIDGE_MESSAGE_MAX_CHARS,
    )
    reply_to = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1)
