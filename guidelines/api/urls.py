from django.urls import path

from guidelines.api import views

urlpatterns = [
    path("guidelines/sets/", views.SetListApi.as_view(), name="api-guideline-sets"),
    path(
        "guidelines/sets/<int:set_id>/versions/",
        views.SetVersionsApi.as_view(),
        name="api-guideline-set-versions",
    ),
    path(
        "guidelines/versions/<int:version_id>/",
        views.VersionDetailApi.as_view(),
        name="api-guideline-version",
    ),
    path(
        "guidelines/versions/<int:version_id>/submit/",
        views.VersionSubmitApi.as_view(),
        name="api-guideline-version-submit",
    ),
    path(
        "guidelines/versions/<int:version_id>/approve/",
        views.VersionApproveApi.as_view(),
        name="api-guideline-version-approve",
    ),
    path(
        "guidelines/versions/<int:version_id>/impact/",
        views.VersionImpactApi.as_view(),
        name="api-guideline-version-impact",
    ),
]
