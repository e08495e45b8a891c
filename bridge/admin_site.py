"""The admin needs a second factor: staff verify doctors and can act on patients' data.

django-otp's `OTPAdminSite` refuses users whose session did not pass an OTP device. Instead of its
own login form, the admin sends people through Bridge's sign-in, which asks for the second factor
(or its enrolment) and then comes back here, so there is one sign-in path to harden, not two.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django_otp.admin import OTPAdminSite


class BridgeAdminSite(OTPAdminSite):  # type: ignore[misc]  # django-otp ships no types
    """Django's admin, open only to active staff whose session passed a second factor."""

    site_header = "Bridge administration"

    def __init__(self, name: str = "admin") -> None:
        super().__init__(name)

    def login(
        self, request: HttpRequest, extra_context: dict[str, Any] | None = None
    ) -> HttpResponse:
        nxt = request.GET.get("next") or reverse("admin:index")
        target = "accounts:otp_verify" if request.user.is_authenticated else "accounts:login"
        return HttpResponseRedirect(f"{reverse(target)}?{urlencode({'next': nxt})}")
