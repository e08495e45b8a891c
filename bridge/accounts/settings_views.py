"""Account settings (every signed-in person): language, country, time zone, password, e-mail address."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _

from bridge.accounts import services
from bridge.accounts.forms import EmailChangeForm, ProfileForm


def _forms(request: HttpRequest, bound: str | None = None) -> dict[str, Any]:
    user: Any = request.user
    data = request.POST if bound else None
    profile_initial = {
        "language": user.preferred_language,
        "country": user.country,
        "time_zone": user.time_zone,
    }
    return {
        "profile_form": ProfileForm(
            data if bound == "profile" else None, initial=profile_initial, prefix="profile"
        ),
        "password_form": PasswordChangeForm(
            user, data if bound == "password" else None, prefix="password"
        ),
        "email_form": EmailChangeForm(
            data if bound == "email" else None, user=user, prefix="email"
        ),
    }


@login_required
def settings_page(request: HttpRequest) -> HttpResponse:
    """One page, three forms; each POST names its form in `form`, and only that one is validated."""
    user: Any = request.user
    which = request.POST.get("form") if request.method == "POST" else None
    if which not in (None, "profile", "password", "email"):
        which = None
    forms = _forms(request, which)
    if which == "profile":
        form = forms["profile_form"]
        if form.is_valid():
            try:
                services.account_update_profile(user=user, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                translation.activate(user.preferred_language)
                messages.success(request, _("Your settings were saved."))
                response = redirect("accounts:settings")
                # The account's language wins again: forget a choice made earlier with the header switcher.
                response.delete_cookie(settings.LANGUAGE_COOKIE_NAME)
                return response
    elif which == "password":
        form = forms["password_form"]
        if form.is_valid():
            services.account_change_password(
                user=user, new_password=form.cleaned_data["new_password1"]
            )
            update_session_auth_hash(request, user)  # this session stays signed in; the others end
            messages.success(
                request, _("Your password was changed. Other devices will have to sign in again.")
            )
            return redirect("accounts:settings")
    elif which == "email":
        form = forms["email_form"]
        if form.is_valid():
            try:
                services.account_request_email_change(
                    user=user, new_email=form.cleaned_data["new_email"]
                )
            except ValidationError as exc:
                form.add_error("new_email", exc.message_dict.get("new_email", exc.messages))
            else:
                messages.success(
                    request,
                    _("We sent a link to %(email)s. Your address changes when you open it.")
                    % {"email": user.pending_email},
                )
                return redirect("accounts:settings")
    status = 400 if which else 200
    return render(request, "accounts/settings.html", forms, status=status)


def email_confirm(request: HttpRequest, token: str) -> HttpResponse:
    """The link from the mail: a page with a button (mail scanners open links; only a POST changes anything)."""
    if request.method == "POST":
        try:
            services.account_confirm_email(token=token)
        except ValidationError as exc:
            return render(
                request,
                "accounts/email_confirm.html",
                {"error": " ".join(exc.messages)},
                status=400,
            )
        messages.success(request, _("Your new e-mail address is confirmed. Use it to sign in."))
        return redirect("accounts:settings" if request.user.is_authenticated else "accounts:login")
    return render(request, "accounts/email_confirm.html", {"token": token})
