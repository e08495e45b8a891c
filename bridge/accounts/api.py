"""POST /api/auth/token/: e-mail, password, and a one-time code for doctors and committee members."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import authenticate
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.accounts.services import api_token_issue, needs_second_factor, otp_match
from bridge.accounts.throttle import account_wait


class TokenCreateApi(APIView):
    """Exchange credentials for a bearer token (valid for a few hours)."""

    permission_classes = (AllowAny,)
    authentication_classes = ()
    throttle_scope = "auth"

    class InputSerializer(serializers.Serializer[Any]):
        email = serializers.EmailField()
        password = serializers.CharField(max_length=256, trim_whitespace=False)
        otp = serializers.CharField(max_length=16, required=False, allow_blank=True)

    class OutputSerializer(serializers.Serializer[Any]):
        token = serializers.CharField()
        expires_at = serializers.DateTimeField()
        second_factor = serializers.BooleanField()

    @extend_schema(request=InputSerializer, responses={201: OutputSerializer})
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        wait = account_wait(request._request, data.validated_data["email"])
        if wait:
            return Response(
                {
                    "detail": f"Too many wrong passwords for this account; try again in {wait} seconds."
                },
                status=status.HTTP_429_TOO_MANY_REQUESTS,
                headers={"Retry-After": str(wait)},
            )
        user = authenticate(
            request._request,
            username=data.validated_data["email"].lower(),
            password=data.validated_data["password"],
        )
        if user is None:
            return Response({"detail": "Invalid credentials."}, status=status.HTTP_401_UNAUTHORIZED)
        second = False
        if needs_second_factor(user):
            device = otp_match(user=user, token=data.validated_data.get("otp", ""))
            if device is None:
                return Response(
                    {"otp": ["A valid one-time code is required for this account."]},
                    status=status.HTTP_401_UNAUTHORIZED,
                )
            second = True
        key, token = api_token_issue(user=user, second_factor=second)
        out = self.OutputSerializer(
            {"token": key, "expires_at": token.expires_at, "second_factor": second}
        )
        return Response(out.data, status=status.HTTP_201_CREATED)
