"""Staff pages outside the admin need what the admin needs: active staff with a second factor."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse

from bridge.accounts.second_factor import passed_second_factor

View = Callable[..., HttpResponse]


def staff_with_second_factor(view: View) -> View:
    """Anonymous: to sign-in; staff without a second factor this session: to the code page; others: 403."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args: object, **kwargs: object) -> HttpResponse:
        user = request.user
        if not user.is_authenticated:
            return HttpResponseRedirect(
                f"{reverse('accounts:login')}?{urlencode({'next': request.get_full_path()})}"
            )
        if not (user.is_active and user.is_staff):
            raise PermissionDenied
        if not passed_second_factor(request):
            return HttpResponseRedirect(
                f"{reverse('accounts:otp_verify')}?{urlencode({'next': request.get_full_path()})}"
            )
        return view(request, *args, **kwargs)

    return wrapper
