"""The registry of outbox handlers: only code registered here can be named by an outbox row."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Handler = Callable[..., Any]
_HANDLERS: dict[str, Handler] = {}


def outbox_handler(name: str) -> Callable[[Handler], Handler]:
    """Register a service function (keyword arguments: ids only) under a stable name."""

    def register(function: Handler) -> Handler:
        if _HANDLERS.get(name, function) is not function:
            raise ValueError(f"outbox handler {name!r} is registered twice")
        _HANDLERS[name] = function
        return function

    return register


def handler_named(name: str) -> Handler:
    """The registered handler, or KeyError (a row naming unknown code is never run)."""
    return _HANDLERS[name]
