"""Who is asking (behind a known number of proxies) and how fast an account may be guessed.

Three layers, each for one attack:
- the client address comes from `BRIDGE_TRUSTED_PROXIES` (DRF's `NUM_PROXIES` and axes both use it),
  so a forged `X-Forwarded-For` neither resets a limit nor frames another address;
- axes locks one address out of one account after a few failures (an attacker at one address);
- across addresses, each account has a growing delay after a few failures (at most a minute),
  not a lock, so that a botnet cannot keep a doctor out. A browser that signed in to the account
  before carries a signed device cookie and skips that delay (OWASP's "device cookie").
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_login_failed
from django.core import signing
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseBase, JsonResponse
from django.shortcuts import render

View = Callable[..., HttpResponseBase]
_DEVICE_SALT = "bridge.accounts.device"
_WINDOW_SECONDS = 15 * 60


def client_ip(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or the entry our N-th trusted proxy appended (as DRF does)."""
    proxies: int = settings.BRIDGE_TRUSTED_PROXIES
    remote = str(request.META.get("REMOTE_ADDR", ""))
    forwarded = str(request.META.get("HTTP_X_FORWARDED_FOR", ""))
    if proxies <= 0 or not forwarded:
        return remote
    hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
    return hops[-min(proxies, len(hops))] if hops else remote


def _account_key(email: str) -> str:
    return "login-fail:" + hashlib.sha256(email.strip().lower().encode()).hexdigest()


def account_wait(request: HttpRequest, email: str) -> int:
    """Seconds this account must still wait before a password is tried again (0: try now)."""
    if device_known(request, email):
        return 0
    state = cache.get(_account_key(email))
    if not state:
        return 0
    failures, last = state
    free: int = settings.BRIDGE_LOGIN_FREE_FAILURES
    if failures < free:
        return 0
    delay = min(1 << min(int(failures) - free, 16), int(settings.BRIDGE_LOGIN_MAX_DELAY_SECONDS))
    return max(0, math.ceil(float(last) + delay - time.time()))


@receiver(user_login_failed)
def _count_account_failure(
    sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None, **_: Any
) -> None:
    email = str(credentials.get("username") or credentials.get("email") or "")
    if not email:
        return
    key = _account_key(email)
    failures = (cache.get(key) or (0, 0.0))[0] + 1
    cache.set(key, (failures, time.time()), _WINDOW_SECONDS)


def device_cookie_value(user: Any) -> str:
    """A signed token saying 'this browser signed in to this account before'."""
    return signing.dumps(
        {"u": user.pk, "e": hashlib.sha256(user.email.lower().encode()).hexdigest()[:16]},
        salt=_DEVICE_SALT,
    )


def device_known(request: HttpRequest, email: str) -> bool:
    """True when the request carries a valid device cookie for this e-mail."""
    raw = request.COOKIES.get(settings.BRIDGE_DEVICE_COOKIE_NAME, "")
    if not raw:
        return False
    try:
        data = signing.loads(
            raw, salt=_DEVICE_SALT, max_age=settings.BRIDGE_DEVICE_COOKIE_DAYS * 86400
        )
    except signing.BadSignature:
        return False
    return (
        isinstance(data, dict)
        and data.get("e") == hashlib.sha256(email.strip().lower().encode()).hexdigest()[:16]
    )


def remember_device(response: HttpResponse, user: Any) -> None:
    """Set the device cookie after a successful sign-in."""
    response.set_cookie(
        settings.BRIDGE_DEVICE_COOKIE_NAME,
        device_cookie_value(user),
        max_age=settings.BRIDGE_DEVICE_COOKIE_DAYS * 86400,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )


def lockout_response(
    request: HttpRequest, original_response: HttpResponse | None = None, credentials: Any = None
) -> HttpResponse:
    """Axes' answer to a locked (account, address): JSON on the API, a page elsewhere; 429 either way."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    if request.path_info.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {
                "detail": f"Too many failed sign-ins for this account from this address; try again in {minutes} minutes."
            },
            status=429,
        )
    else:
        response = render(request, "accounts/locked.html", {"minutes": minutes}, status=429)
    response["Retry-After"] = str(minutes * 60)
    return response


def over_limit(scope: str, ident: str, *, limit: int, window: int) -> bool:
    """Count one hit of `ident` in `scope`; True once more than `limit` hits fell in the window."""
    key = f"rl:{scope}:" + hashlib.sha256(ident.strip().lower().encode()).hexdigest()
    if cache.add(key, 1, window):
        return limit < 1
    try:
        hits = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        hits = 1
    return bool(hits > limit)


def too_many_response(request: HttpRequest, retry_after: int) -> HttpResponse:
    """The 429 page (or JSON on the API) for a per-address limit on an anonymous form."""
    if request.path_info.startswith("/api/"):
        response: HttpResponse = JsonResponse(
            {"detail": "Too many requests from this address; try again later."}, status=429
        )
    else:
        response = render(
            request, "accounts/too_many.html", {"minutes": max(1, retry_after // 60)}, status=429
        )
    response["Retry-After"] = str(retry_after)
    return response


def limit_posts_per_address(scope: str, *, per_hour: int) -> Callable[[View], View]:
    """Decorator: at most `per_hour` POSTs an hour from one client address (sign-up, registration, reset)."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if request.method == "POST" and over_limit(
                scope, client_ip(request), limit=per_hour, window=3600
            ):
                return too_many_response(request, 3600)
            return view(request, *args, **kwargs)

        return wrapper

    return decorate
