"""API-wide pieces: clean 400/403/404 bodies for Django errors, a JSON parser that bounds nesting, and a
pagination that reads a page and its count in one query."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import IO, Any

from django import db
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Page
from django.core.paginator import Paginator as DjangoPaginator
from django.db.models import Count, Window
from django.http import Http404
from rest_framework import exceptions, parsers, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler


def exception_handler(exc: Exception, context: dict[str, Any]) -> Response | None:
    """Django ValidationError becomes a 400 with field errors; never a 500 for bad input.

    The database unreachable (a restart, a failover) is a 503 with Retry-After, not a 500: the request's
    transaction did not commit, and a retry with the same Idempotency-Key is safe.
    """
    if isinstance(exc, db.OperationalError | db.InterfaceError):
        response = Response(
            {
                "detail": "The service is briefly unavailable. Retry in a few seconds (with the same Idempotency-Key for a write)."
            },
            status=status.HTTP_503_SERVICE_UNAVAILABLE,
        )
        response["Retry-After"] = "5"
        return response
    if isinstance(exc, ValidationError):
        if hasattr(exc, "error_dict"):
            detail: Any = {
                k: [str(m) for e in v for m in e.messages] for k, v in exc.error_dict.items()
            }
        else:
            detail = {"non_field_errors": [str(m) for m in exc.messages]}
        return Response(detail, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    return drf_exception_handler(exc, context)


def _has_lone_surrogate(data: Any) -> bool:
    """True when a string anywhere in the document holds a lone surrogate (JSON allows "\\ud800")."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return True
        elif isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, refusing what used to fail later as a 500.

    Deep nesting raised RecursionError in the decoder; a lone surrogate (valid JSON escape, not valid
    Unicode) got past serializer fields that do not check it (ListField of DictField) and broke every
    later page that encodes the text. Both are now a 400 on every JSON endpoint.
    """

    def parse(
        self,
        stream: IO[Any],
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        try:
            data = super().parse(stream, media_type, parser_context)
        except RecursionError as exc:
            raise exceptions.ParseError("JSON parse error - nested too deeply.") from exc
        if _has_lone_surrogate(data):
            raise exceptions.ParseError(
                "JSON parse error - text holds a lone surrogate, which is not valid Unicode."
            )
        return data


class _CountedPaginator(DjangoPaginator[Any]):
    """A Django paginator told its count (read with the page's rows) instead of counting again."""

    def __init__(self, object_list: Any, per_page: int, count: int) -> None:
        super().__init__(object_list, per_page)
        self._known_count = count

    @property
    def count(self) -> int:
        return self._known_count


class OneQueryPagination(PageNumberPagination):
    """PageNumberPagination whose page and count come from one query (`COUNT(*) OVER ()`).

    The default pagination counts the rows (one query) and then reads the page (a second one that
    filters and sorts the same rows again). Same response shape: count, next, previous, results.
    """

    def paginate_queryset(
        self, queryset: Any, request: Request, view: Any = None
    ) -> list[Any] | None:
        size = self.get_page_size(request)
        if not size:
            return None
        number = self._page_number(request)
        rows = list(
            queryset.annotate(_total=Window(Count("pk")))[(number - 1) * size : number * size]
        )
        # Past the last page the window has no row to ride on: count apart (that page is a 404 anyway).
        total = rows[0]._total if rows else queryset.count()
        return self._keep(request, rows, number, size, total)

    def paginate_rows(
        self, request: Request, fetch: Callable[[int, int], list[Any]], count: Callable[[], int]
    ) -> list[Any]:
        """The same page for a list a selector reads by offset and limit (`fetch`) and counts apart.

        For lists whose order no single indexed query gives cheaply (the doctors' queue: the window
        count would sort every row again).
        """
        size = self.get_page_size(request) or self.page_size or 20
        number = self._page_number(request)
        rows = fetch((number - 1) * size, size)
        return self._keep(request, rows, number, size, count())

    def _page_number(self, request: Request) -> int:
        raw = request.query_params.get(self.page_query_param, "1")
        try:
            number = int(raw)
        except ValueError:
            number = 0
        if number < 1:
            raise exceptions.NotFound(self.invalid_page_message.format(page_number=raw, message=""))
        return number

    def _keep(
        self, request: Request, rows: list[Any], number: int, size: int, total: int
    ) -> list[Any]:
        paginator = _CountedPaginator(rows, size, total)
        if number > paginator.num_pages:
            raise exceptions.NotFound(
                self.invalid_page_message.format(page_number=number, message="")
            )
        self.page = Page(rows, number, paginator)
        self.request = request
        return rows
