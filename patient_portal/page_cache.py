"""Whole-page cache of the public library for visitors who are not signed in.

A page is kept under a hash of the library's version (``LibraryVersion``, bumped by database triggers
in the transaction of every change the library shows), the language, the time zone and the full path.
The version is read from the database on every request, before the page's data: a page rendered
before a redaction is keyed by the old version and never served again, in any process, whatever the
cache backend (per-process memory included). A page rendered from data newer than the version it
read is only ever newer, never older.

What a page holds per visitor is kept out of the cache: the page is rendered with a marker in place of
the CSRF token (the language form) and each response gets the visitor's own token. Signed-in users,
requests with messages waiting, and anything but GET/HEAD are rendered as usual.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.translation import get_language
from rest_framework.request import Request

from patient_portal.models import LibraryVersion

# Letters and digits only, so that template escaping leaves it as it is.
CSRF_MARKER = "bridgecsrfmarker0f6c2b9e4d"
_MARKER_BYTES = CSRF_MARKER.encode()
_VERSION_SQL = f"SELECT number FROM {LibraryVersion._meta.db_table} WHERE id = 1"  # noqa: S608  (constants)


def library_version() -> int | None:
    """The library's version now; None if its row is missing (a flushed test database): no caching."""
    # One primary-key read on every cached page: plain SQL, the ORM's query building cost more than it.
    with connection.cursor() as cursor:
        cursor.execute(_VERSION_SQL)
        row = cursor.fetchone()
    return None if row is None else int(row[0])


def _visitor(request: HttpRequest) -> bool:
    """Not signed in and no message waiting: the page holds nothing of this visitor's."""
    if request.user.is_authenticated:
        return False
    return not len(messages.get_messages(request))  # counted, not consumed


def _versioned_key(request: HttpRequest | Request, name: str) -> str | None:
    """The cache key under the library's version read now (before the page's data), or None: no caching."""
    if settings.BRIDGE_LIBRARY_PAGE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
        return None
    version = library_version()
    if version is None:
        return None
    digest = hashlib.sha256()
    for part in (
        name,
        str(version),
        get_language() or "",
        timezone.get_current_timezone_name(),
        request.get_full_path(),
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    return f"library:page:v1:{digest.hexdigest()}"


def _with_token(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    if _MARKER_BYTES in response.content:
        response.content = response.content.replace(_MARKER_BYTES, get_token(request).encode())
    return response


def cached_data(
    request: HttpRequest | Request, name: str, build: Callable[[], dict[str, Any]]
) -> dict[str, Any]:
    """The public data `build()` would give (the library API's page: the same for every caller), from the cache.

    Keyed like a page, with the host (the pagination links are absolute); plain values only are kept.
    """
    key = _versioned_key(request, f"{name}\0{request.get_host()}")
    if key is None:
        return build()
    stored: dict[str, Any] | None = cache.get(key)
    if stored is None:
        stored = build()
        cache.set(key, stored, settings.BRIDGE_LIBRARY_PAGE_SECONDS)
    return stored


def cached_page(
    request: HttpRequest, name: str, render: Callable[[dict[str, Any]], HttpResponse]
) -> HttpResponse:
    """The page `render(extra_context)` would give, from the cache when the visitor may share it."""
    key = _versioned_key(request, name) if _visitor(request) else None
    if key is None:
        return render({})
    stored = cache.get(key)
    if stored is not None:
        content, content_type = stored
        return _with_token(request, HttpResponse(content, content_type=content_type))
    response = render({"csrf_token": CSRF_MARKER})
    if response.status_code == 200 and not response.streaming:
        cache.set(
            key,
            (response.content, response["Content-Type"]),
            settings.BRIDGE_LIBRARY_PAGE_SECONDS,
        )
    return _with_token(request, response)
