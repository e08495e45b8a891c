"""The browsable API docs page (kept apart from bridge.api, which DRF settings import early)."""

from __future__ import annotations

from typing import ClassVar

from drf_spectacular.views import SpectacularSwaggerView


class SwaggerView(SpectacularSwaggerView):
    """Answers GET only: OPTIONS made its HTML renderer look for a template that does not exist (a 500)."""

    http_method_names: ClassVar[list[str]] = ["get", "head"]  # type: ignore[misc]
