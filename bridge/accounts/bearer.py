"""One reading of `Authorization: Bearer <key>`, shared by the closed-space gate and the API.

Both used to parse the header and look the token up on their own; a difference between them is exactly
the kind of gap a gate must not have (issue 14).
"""

from __future__ import annotations

from django.utils import timezone

from bridge.accounts.models import ApiToken

SCHEME = "bearer"


class MalformedBearer(ValueError):
    """The header says `Bearer` but does not carry exactly one printable key."""


def bearer_key(header: str | bytes) -> str | None:
    """The key of a bearer header; None when the header uses another scheme (or none)."""
    if isinstance(header, bytes):
        try:
            header = header.decode("latin-1")  # HTTP headers are ISO-8859-1 on the wire
        except UnicodeError as exc:  # pragma: no cover - latin-1 decodes every byte
            raise MalformedBearer("undecodable header") from exc
    parts = header.split()
    if not parts or parts[0].lower() != SCHEME:
        return None
    if len(parts) != 2 or not parts[1].isascii():
        raise MalformedBearer("a bearer header carries exactly one ASCII key")
    return parts[1]


def active_token(key: str, *, with_doctor_profile: bool = False) -> ApiToken | None:
    """The unexpired, still valid token for this key (None otherwise), with its user loaded."""
    related = ("user", "user__doctor_profile") if with_doctor_profile else ("user",)
    token = (
        ApiToken.objects.select_related(*related)
        .filter(digest=ApiToken.digest_of(key), expires_at__gt=timezone.now())
        .first()
    )
    if token is None or not token.still_valid():
        return None
    return token
