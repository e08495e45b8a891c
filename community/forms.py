"""Community forms: they parse input only; the services check the text against the rules."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from community.content import MAX_CHARS
from triage.core import SPECIALTIES

LANG_CHOICES = (("en", "English"), ("fr", "Français"))


def _label(code: str) -> str:
    lang = (get_language() or "en")[:2]
    return SPECIALTIES.get(code, {}).get(lang) or SPECIALTIES.get(code, {}).get("en") or code


class PostForm(forms.Form):
    """A reply, optionally quoting a post and attaching one image."""

    body = forms.CharField(
        label=_("Your reply"), max_length=MAX_CHARS, widget=forms.Textarea(attrs={"rows": 5})
    )
    quote = forms.IntegerField(required=False, widget=forms.HiddenInput)
    image = forms.FileField(
        label=_("Clinical image (optional)"),
        required=False,
        help_text=_(
            "JPEG, PNG or WebP. Metadata (GPS, camera, dates) is removed; images showing a face wait for a moderator."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )


class ThreadForm(PostForm):
    """A new thread: a title and the first post."""

    title = forms.CharField(label=_("Title"), max_length=160)
    lang = forms.ChoiceField(label=_("Language of the discussion"), choices=LANG_CHOICES)
    field_order = ("title", "lang", "body", "image")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["body"].label = _("Message")


class AskColleagueForm(forms.Form):
    """Ask another specialty about a case you hold."""

    specialty = forms.ChoiceField(label=_("Specialty to ask"))
    question = forms.CharField(
        label=_("Your question to colleagues"),
        max_length=MAX_CHARS,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The anonymised case text is attached for you; never add names, dates or contact details."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["specialty"].choices = [(code, _label(code)) for code in SPECIALTIES]  # type: ignore[attr-defined]


class FlagForm(forms.Form):
    """Report a post or a message to the moderators."""

    reason = forms.CharField(label=_("What is wrong?"), max_length=500)


class DecisionForm(forms.Form):
    """A moderator's decision with its reason (kept in the audit log)."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=(("uphold", _("Keep hidden")), ("dismiss", _("Show again"))),
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Reason"), max_length=500)


class ImageDecisionForm(forms.Form):
    """A moderator's decision on an image held because of a face."""

    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=(("approve", _("Show the image")), ("reject", _("Reject and delete"))),
        widget=forms.RadioSelect,
    )
    note = forms.CharField(label=_("Reason"), max_length=500)


class ConversationForm(forms.Form):
    """Start a private conversation."""

    recipients = forms.CharField(
        label=_("To"),
        max_length=400,
        help_text=_("Colleagues' pseudonyms or full names, separated by commas (at most 7)."),
    )
    subject = forms.CharField(label=_("Subject"), max_length=160, required=False)
    body = forms.CharField(
        label=_("Message"), max_length=MAX_CHARS, widget=forms.Textarea(attrs={"rows": 4})
    )


class MessageForm(forms.Form):
    """A message in a conversation."""

    body = forms.CharField(
        label=_("Message"), max_length=MAX_CHARS, widget=forms.Textarea(attrs={"rows": 3})
    )


class IdentityForm(forms.Form):
    """How you appear to colleagues."""

    pseudonym = forms.CharField(label=_("Pseudonym"), max_length=40, required=False)
    use_pseudonym = forms.BooleanField(
        label=_("Show my pseudonym instead of my name"), required=False
    )
    email_notifications = forms.BooleanField(
        label=_("E-mail me about questions, replies and messages"), required=False
    )
