"""Sign-in, sign-out and the second factor (pages)."""

from __future__ import annotations

import segno
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django_otp import login as otp_login

from bridge.accounts.forms import EmailAuthenticationForm, OTPForm
from bridge.accounts.services import (
    has_confirmed_device,
    needs_second_factor,
    otp_match,
    totp_confirm,
    totp_device_for_setup,
)
from bridge.accounts.throttle import remember_device
from bridge.audit.services import audit_record


class LoginView(auth_views.LoginView):
    """E-mail login; doctors and committee members continue to the second factor."""

    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm

    def form_valid(self, form: AuthenticationForm) -> HttpResponse:
        response = super().form_valid(form)
        user = form.get_user()
        audit_record(actor=user, action="auth.login", target=user)
        if needs_second_factor(user):
            target = "accounts:otp_verify" if has_confirmed_device(user) else "accounts:otp_setup"
            nxt = self.get_redirect_url()
            url = reverse(target)
            response = HttpResponseRedirect(f"{url}?{urlencode({'next': nxt})}" if nxt else url)
        remember_device(response, user)
        return response


def _safe_next(request: HttpRequest, default: str) -> str:
    nxt = request.POST.get("next") or request.GET.get("next") or ""
    if nxt and url_has_allowed_host_and_scheme(nxt, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return nxt
    return default


@login_required
def otp_verify(request: HttpRequest) -> HttpResponse:
    """Enter a one-time code to open the closed spaces for this session."""
    if not has_confirmed_device(request.user):  # type: ignore[arg-type]
        return redirect("accounts:otp_setup")
    form = OTPForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = otp_match(user=request.user, token=form.cleaned_data["token"])  # type: ignore[arg-type]
        if device is not None:
            otp_login(request, device)
            audit_record(actor=request.user, action="auth.second_factor_passed", target=request.user)  # type: ignore[arg-type]
            return redirect(_safe_next(request, _home_for(request)))
        audit_record(actor=request.user, action="auth.second_factor_failed", target=request.user)  # type: ignore[arg-type]
        form.add_error("token", _("This code is not valid (or was already used). Try the next one."))
    return render(request, "accounts/otp_verify.html", {"form": form, "next": _safe_next(request, "")})


@login_required
def otp_setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app: scan the QR code, then enter the first code."""
    if has_confirmed_device(request.user):  # type: ignore[arg-type]
        return redirect("accounts:otp_verify")
    device = totp_device_for_setup(user=request.user)  # type: ignore[arg-type]
    form = OTPForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if totp_confirm(user=request.user, device=device, token=form.cleaned_data["token"]):  # type: ignore[arg-type]
            otp_login(request, device)
            messages.success(request, _("Your authenticator app is set up."))
            return redirect(_safe_next(request, _home_for(request)))
        form.add_error("token", _("This code is not valid. Check your phone's clock and try again."))
    qr = segno.make(device.config_url, error="m").svg_data_uri(scale=4)
    return render(request, "accounts/otp_setup.html", {"form": form, "qr": qr, "secret": device.config_url.split("secret=")[1].split("&")[0]})


def _home_for(request: HttpRequest) -> str:
    user = request.user
    if getattr(user, "doctor_profile", None) is not None:
        return reverse("doctor_space:queue")
    if user.groups.filter(name="committee").exists():
        return reverse("guidelines:home")
    if user.is_staff:
        return reverse("admin:index")
    return reverse("home")


class LogoutView(auth_views.LogoutView):
    """Server-side logout (the session is deleted)."""
