"""Closed space, mounted at /doctors/ (every route passes the ClosedSpaceMiddleware gate)."""

from django.urls import path

from doctor_space import views

app_name = "doctor_space"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("claim-next/", views.claim_next, name="claim_next"),
    path("snippets/", views.snippets, name="snippets"),
    path("snippets/<int:snippet_id>/delete/", views.snippet_remove, name="snippet_delete"),
    path("cases/<int:case_id>/", views.case_detail, name="case"),
    path("cases/<int:case_id>/claim/", views.claim, name="claim"),
    path("cases/<int:case_id>/release/", views.release, name="release"),
    path("cases/<int:case_id>/extend/", views.extend, name="extend"),
    path("cases/<int:case_id>/refer/", views.refer, name="refer"),
    path("cases/<int:case_id>/answer/", views.answer, name="answer"),
    path("cases/<int:case_id>/message/", views.message, name="message"),
    path("cases/<int:case_id>/leak/", views.report_leak, name="report_leak"),
]
