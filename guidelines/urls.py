from django.urls import path

from guidelines import views

app_name = "guidelines"

urlpatterns = [
    path("", views.home, name="home"),
    path("sets/<int:set_id>/", views.set_detail, name="set"),
    path("sets/<int:set_id>/drafts/", views.draft_create, name="draft_create"),
    path("versions/<int:version_id>/", views.version_detail, name="version"),
    path("versions/<int:version_id>/rules/new/", views.rule_edit, name="rule_new"),
    path("versions/<int:version_id>/rules/<str:code>/", views.rule_edit, name="rule_edit"),
    path(
        "versions/<int:version_id>/rules/<str:code>/delete/", views.rule_delete, name="rule_delete"
    ),
    path("versions/<int:version_id>/try/", views.version_try, name="version_try"),
    path("versions/<int:version_id>/<str:action>/", views.version_action, name="version_action"),
]
