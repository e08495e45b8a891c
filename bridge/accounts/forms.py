from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from bridge.accounts.throttle import account_wait
from bridge.accounts.timezones import COUNTRIES, TIME_ZONE_CHOICES
from bridge.widgets import FastSelect


class EmailAuthenticationForm(AuthenticationForm):
    """Sign in with e-mail and password."""

    username = forms.EmailField(
        label=_("E-mail"),
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

    def clean(self) -> dict[str, Any]:
        email = self.data.get("username", "")
        wait = account_wait(self.request, str(email)) if self.request is not None and email else 0
        if wait:
            # Not a lock: the account was guessed at from many places; a short wait, then try again.
            raise forms.ValidationError(
                ngettext(
                    "Too many wrong passwords for this account. Wait %(seconds)d second and try again.",
                    "Too many wrong passwords for this account. Wait %(seconds)d seconds and try again.",
                    wait,
                ),
                code="wait",
                params={"seconds": wait},
            )
        return super().clean()


class OTPForm(forms.Form):
    """A one-time code from an authenticator app (or a backup code)."""

    token = forms.CharField(
        label=_("Code"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
        help_text=_("The 6-digit code shown by your authenticator app."),
    )


class ProfileForm(forms.Form):
    """Language, country and time zone (account settings)."""

    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES, widget=FastSelect)
    country = forms.ChoiceField(
        label=_("Country"),
        choices=COUNTRIES,
        help_text=_("For the emergency numbers we show you."),
        widget=FastSelect,
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        widget=FastSelect,
        choices=TIME_ZONE_CHOICES,
        required=False,
        help_text=_("Dates and times are shown in this zone."),
    )


class EmailChangeForm(forms.Form):
    """A new login address; the current password proves it is the account holder asking."""

    new_email = forms.EmailField(
        label=_("New e-mail address"), widget=forms.EmailInput(attrs={"autocomplete": "email"})
    )
    password = forms.CharField(
        label=_("Your current password"),
        strip=False,
        max_length=128,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    def __init__(self, *args: Any, user: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = str(self.cleaned_data["password"])
        if not self.user.check_password(password):
            raise forms.ValidationError(_("This is not your current password."), code="password")
        return password
