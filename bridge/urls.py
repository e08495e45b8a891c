from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

from bridge import health, pages
from bridge.accounts.api import TokenCreateApi
from bridge.accounts.tokens import TokenListApi, TokenRevokeApi
from bridge.api_docs import SwaggerView
from patient_portal import views as patient_views
from triage import views as triage_views

urlpatterns = [
    path("", patient_views.home, name="home"),
    path("", include("patient_portal.urls")),
    path("privacy/", pages.privacy, name="privacy"),
    path("terms/", pages.terms, name="terms"),
    path("about/", pages.about, name="about"),
    path("accounts/", include("bridge.accounts.urls")),
    path("join/doctor/", include("doctor_space.urls_public")),
    path("doctors/forum/", include("community.urls")),
    path("doctors/messages/", include("community.urls_messages")),
    path("doctors/", include("doctor_space.urls")),
    path("guidelines/", include("guidelines.urls")),
    path("staff/queue/", triage_views.staff_queue, name="staff_queue"),
    path("staff/doctors/", include("doctor_space.urls_staff")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("api/auth/token/", TokenCreateApi.as_view(), name="api-token"),
    path("api/auth/tokens/", TokenListApi.as_view(), name="api-tokens"),
    path("api/auth/tokens/<int:token_id>/", TokenRevokeApi.as_view(), name="api-token-revoke"),
    path("api/", include("patient_portal.api.urls")),
    path("api/", include("doctor_space.api.urls")),
    path("api/", include("community.api.urls")),
    path("api/", include("guidelines.api.urls")),
    path("api/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path("api/docs/", SwaggerView.as_view(url_name="api-schema"), name="api-docs"),
]

handler400 = "bridge.errors.bad_request"
handler500 = "bridge.errors.server_error"
