"""Reading JSON Lines input the same way in every command: one object a line, errors named."""

from __future__ import annotations

import json
from typing import Any


class LineError(ValueError):
    """A malformed input line; `ident` is set when the line's id could be read."""

    def __init__(self, reason: str, ident: object = None) -> None:
        super().__init__(reason)
        self.ident = ident


def parse_object(raw: str | bytes) -> dict[str, Any]:
    """The JSON object on one line, or LineError (not UTF-8, not JSON, not an object)."""
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LineError(f"not UTF-8 ({exc.reason} at byte {exc.start})") from None
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise LineError(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise LineError("expected a JSON object")
    return obj
