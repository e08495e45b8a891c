"""Whether the current request's user passed a second factor (session OTP or an OTP-issued token)."""

from __future__ import annotations

from typing import Any

from bridge.accounts.models import ApiToken


def passed_second_factor(request: Any) -> bool:
    """True when this session verified an OTP device, or the API token was issued with one."""
    auth = getattr(request, "auth", None)
    if isinstance(auth, ApiToken):
        return auth.second_factor
    user = getattr(request, "user", None)
    is_verified = getattr(user, "is_verified", None)
    return bool(callable(is_verified) and is_verified())
