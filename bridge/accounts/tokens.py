"""Listing and revoking one's API tokens: the API (`/api/auth/tokens/`) and the account page."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.accounts.current import signed_in_user
from bridge.accounts.models import ApiToken
from bridge.accounts.services import api_token_list, api_token_revoke


class TokenOut(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()
    second_factor = serializers.BooleanField()
    current = serializers.BooleanField(help_text="The token this request was made with.")


def _rows(user: Any, current: object) -> list[dict[str, Any]]:
    return [
        {
            "id": t.pk,
            "created_at": t.created_at,
            "expires_at": t.expires_at,
            "second_factor": t.second_factor,
            "current": isinstance(current, ApiToken) and current.pk == t.pk,
        }
        for t in api_token_list(user=user)
    ]


class TokenListApi(APIView):
    """Your API tokens that still work (the keys themselves are never shown again)."""

    @extend_schema(responses={200: TokenOut(many=True)})
    def get(self, request: Request) -> Response:
        return Response(TokenOut(_rows(request.user, request.auth), many=True).data)


class TokenRevokeApi(APIView):
    """Revoke one of your tokens (the one in use included)."""

    @extend_schema(responses={204: None})
    def delete(self, request: Request, token_id: int) -> Response:
        if not api_token_revoke(user=signed_in_user(request), token_id=token_id):
            return Response({"detail": "Not found."}, status=status.HTTP_404_NOT_FOUND)
        return Response(status=status.HTTP_204_NO_CONTENT)


@login_required
def token_page(request: HttpRequest) -> HttpResponse:
    """The account page listing API tokens, each with a revoke button."""
    return render(request, "accounts/tokens.html", {"tokens": _rows(request.user, None)})


@login_required
@require_POST
def token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    if api_token_revoke(user=signed_in_user(request), token_id=token_id):
        messages.success(request, _("The token was revoked: programs using it are signed out."))
    return redirect("accounts:tokens")
