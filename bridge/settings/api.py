"""Django REST framework and the OpenAPI schema (drf-spectacular)."""

from bridge.settings.core import PRODUCTION
from bridge.settings.security import BRIDGE_TRUSTED_PROXIES

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "bridge.accounts.authentication.BearerTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_PARSER_CLASSES": [
        "bridge.api.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    "DEFAULT_THROTTLE_CLASSES": ["rest_framework.throttling.ScopedRateThrottle"],
    "NUM_PROXIES": BRIDGE_TRUSTED_PROXIES,
    "DEFAULT_THROTTLE_RATES": {"auth": "20/min", "ask": "30/hour", "check": "120/min"},
    "EXCEPTION_HANDLER": "bridge.api.exception_handler",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Bridge API",
    "DESCRIPTION": "Open patient portal, closed verified doctor space, guideline-checked answers.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"]
    if not PRODUCTION
    else ["rest_framework.permissions.IsAuthenticated"],
    "COMPONENT_SPLIT_REQUEST": True,
    # One name for the question's language choices, used by several patient serializers.
    "ENUM_NAME_OVERRIDES": {
        "QuestionLangEnum": "patient_portal.models.Question.Lang",
        "CaseMessageKindEnum": "triage.models.CaseMessage.Kind",
    },
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}
