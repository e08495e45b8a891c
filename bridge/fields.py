"""Form fields shared by every space."""

from __future__ import annotations

from typing import Any

from django import forms


class MultilineField(forms.CharField):
    """A textarea whose length counts a line break once, as the browser's `maxlength` does.

    Browsers send line breaks as CRLF; without this, a text the page accepted at its limit came back
    "too long" from the server (two characters per break).
    """

    widget = forms.Textarea

    def to_python(self, value: Any) -> Any:
        value = super().to_python(value)
        return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value
