"""Sign-in, sign-out and the second factor (pages)."""

from __future__ import annotations

import segno
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django_otp import login as otp_login

from bridge.accounts.current import signed_in_user
from bridge.accounts.forms import EmailAuthenticationForm, OTPForm
from bridge.accounts.models import Role, User
from bridge.accounts.services import (
    has_confirmed_device,
    needs_second_factor,
    otp_match,
    totp_confirm,
    totp_device_new_for_setup,
    totp_device_pending,
)
from bridge.accounts.throttle import limit_posts_per_address, over_limit, remember_device
from bridge.audit.services import audit_record


class LoginView(auth_views.LoginView):
    """E-mail login; doctors and committee members continue to the second factor."""

    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        user = form.get_user()
        audit_record(actor=user, action="auth.login", target=user)
        profile = getattr(user, "doctor_profile", None)
        if profile is not None and not profile.is_verified:
            # Waiting, asked for more, or suspended: their verification page, not a dead end behind a 403.
            return HttpResponseRedirect(reverse("doctor_public:pending"))
        if needs_second_factor(user):
            target = "accounts:otp_verify" if has_confirmed_device(user) else "accounts:otp_setup"
            nxt = self.get_redirect_url()
            url = reverse(target)
            response = HttpResponseRedirect(f"{url}?{urlencode({'next': nxt})}" if nxt else url)
        remember_device(response, user)
        return response


def _safe_next(request: HttpRequest, default: str) -> str:
    nxt = request.POST.get("next") or request.GET.get("next") or ""
    if nxt and url_has_allowed_host_and_scheme(
        nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return nxt
    return default


@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    """Enter a one-time code to open the closed spaces for this session."""
    if not has_confirmed_device(signed_in_user(request)):
        return redirect("accounts:otp_setup")
    form = OTPForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = otp_match(user=signed_in_user(request), token=form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            audit_record(
                actor=signed_in_user(request),
                action="auth.second_factor_passed",
                target=signed_in_user(request),
            )
            return redirect(_safe_next(request, _home_for(request)))
        audit_record(
            actor=signed_in_user(request),
            action="auth.second_factor_failed",
            target=signed_in_user(request),
        )
        # Never "try the next one": a refused backup code is not used up, and the next one would be spent.
        form.add_error(
            "token",
            _(
                "This code was not accepted. Type the code your authenticator app shows now (it changes every "
                "30 seconds). With a backup code, check it for a typing mistake: a refused code is not used up."
            ),
        )
    return render(
        request, "accounts/otp_verify.html", {"form": form, "next": _safe_next(request, "")}
    )


_SETUP_KEY = "bridge_totp_setup"


@login_required
def otp_setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: scan the QR code, then enter the first code (a new secret per attempt)."""
    if has_confirmed_device(signed_in_user(request)):
        return redirect("accounts:otp_verify")
    device = None
    if request.method == "POST":
        device = totp_device_pending(
            user=signed_in_user(request), device_id=request.session.get(_SETUP_KEY)
        )
    if device is None:  # a new attempt (or one replaced by a later attempt): a fresh secret
        if request.method == "POST":
            messages.info(
                request, _("This set-up was replaced by a newer one: scan the new code below.")
            )
        device = totp_device_new_for_setup(user=signed_in_user(request))
        request.session[_SETUP_KEY] = device.pk
        form = OTPForm()
    else:
        form = OTPForm(request.POST)
        if form.is_valid():
            if totp_confirm(
                user=signed_in_user(request), device=device, token=form.cleaned_data["token"]
            ):
                request.session.pop(_SETUP_KEY, None)
                otp_login(request, device)
                messages.success(request, _("Your authenticator app is set up."))
                return redirect(_safe_next(request, _home_for(request)))
            form.add_error(
                "token", _("This code is not valid. Check your phone's clock and try again.")
            )
    qr = segno.make(device.config_url, error="m").svg_data_uri(scale=4)
    return render(
        request,
        "accounts/otp_setup.html",
        {"form": form, "qr": qr, "secret": device.config_url.split("secret=")[1].split("&")[0]},
    )


def _home_for(request: HttpRequest) -> str:
    user = request.user
    profile = getattr(user, "doctor_profile", None)
    if profile is not None:
        return reverse("doctor_space:queue" if profile.is_verified else "doctor_public:pending")
    if isinstance(user, User) and user.has_role(Role.COMMITTEE):
        return reverse("guidelines:home")
    if user.is_staff:
        return reverse("admin:index")
    return reverse("home")


class LogoutView(auth_views.LogoutView):
    """Server-side logout (the session is deleted), and a word to say it happened."""

    def post(self, request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        response = super().post(request, *args, **kwargs)
        # Added after the session is gone: the message travels in the messages cookie.
        messages.success(
            request, _("You are signed out. On a shared computer, close the browser too.")
        )
        return response


@method_decorator(
    limit_posts_per_address("password-reset", per_hour=settings.BRIDGE_ANON_FORMS_PER_HOUR),
    name="dispatch",
)
class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset, throttled per address and per account; the answer is the same whatever the e-mail."""

    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/password_reset_email.txt"
    subject_template_name = "accounts/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        if over_limit(
            "password-reset-account",
            form.cleaned_data["email"],
            limit=settings.BRIDGE_RESETS_PER_ACCOUNT_HOUR,
            window=3600,
        ):
            return HttpResponseRedirect(
                self.get_success_url()
            )  # no more mail to that inbox this hour; same answer
        return super().form_valid(form)
