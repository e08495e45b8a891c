"""The web floor: a plain WSGI application, served by gunicorn exactly like Bridge (sync, 2 workers).

What a request costs when the page does nothing: the HTTP parsing, gunicorn's worker loop and wrk on the
same cores. The web and forum benches measure it in the same run and print each page's ratio to it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

BODY = b"<!doctype html><title>floor</title><p>ok</p>\n"


def application(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    start_response(
        "200 OK", [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(BODY)))]
    )
    return [BODY]
