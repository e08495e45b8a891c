"""Bearer-token authentication for the API (hashed tokens with expiry)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions
from rest_framework.request import Request

from bridge.accounts.bearer import MalformedBearer, active_token, bearer_key
from bridge.accounts.models import ApiToken, User


class BearerTokenAuthentication(authentication.BaseAuthentication):
    """`Authorization: Bearer <key>`; the token remembers whether a second factor was passed."""

    keyword = "Bearer"

    def authenticate(self, request: Request) -> tuple[User, ApiToken] | None:
        try:
            key = bearer_key(authentication.get_authorization_header(request))
        except MalformedBearer as exc:
            raise exceptions.AuthenticationFailed("Invalid token header.") from exc
        if key is None:
            return None
        cached = getattr(request._request, "bridge_api_token", None)
        if isinstance(cached, ApiToken) and cached.digest == ApiToken.digest_of(key):
            return (
                cached.user,
                cached,
            )  # already looked up by the closed-space gate for this request
        token = active_token(key)
        if token is None:
            raise exceptions.AuthenticationFailed("Invalid or expired token.")
        return token.user, token

    def authenticate_header(self, request: Request) -> str:
        return self.keyword


class BearerTokenScheme(OpenApiAuthenticationExtension):  # type: ignore[no-untyped-call]
    """Describes the bearer token in the OpenAPI document."""

    target_class = "bridge.accounts.authentication.BearerTokenAuthentication"
    name = "bearerAuth"

    def get_security_definition(self, auto_schema: Any) -> dict[str, str]:
        return {
            "type": "http",
            "scheme": "bearer",
            "description": "POST /api/auth/token/ to obtain one.",
        }
