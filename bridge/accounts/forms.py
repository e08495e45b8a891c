from typing import Any

from django import forms
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from bridge.accounts.throttle import account_wait


class EmailAuthenticationForm(AuthenticationForm):
    """Sign in with e-mail and password."""

    username = forms.EmailField(label=_("E-mail"), widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}))

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
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}),
        help_text=_("The 6-digit code shown by your authenticator app."),
    )
