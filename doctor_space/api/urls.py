from django.urls import path

from doctor_space.api import views

urlpatterns = [
    path("doctor/cases/", views.CaseListApi.as_view(), name="api-doctor-cases"),
    path("doctor/cases/<int:case_id>/", views.CaseDetailApi.as_view(), name="api-doctor-case"),
    path(
        "doctor/cases/<int:case_id>/claim/",
        views.CaseClaimApi.as_view(),
        name="api-doctor-case-claim",
    ),
    path(
        "doctor/cases/<int:case_id>/release/",
        views.CaseReleaseApi.as_view(),
        name="api-doctor-case-release",
    ),
    path(
        "doctor/cases/<int:case_id>/extend/",
        views.CaseExtendApi.as_view(),
        name="api-doctor-case-extend",
    ),
    path(
        "doctor/cases/<int:case_id>/answer/",
        views.CaseAnswerApi.as_view(),
        name="api-doctor-case-answer",
    ),
    path(
        "doctor/cases/<int:case_id>/messages/",
        views.CaseMessagesApi.as_view(),
        name="api-doctor-case-messages",
    ),
    path(
        "doctor/cases/<int:case_id>/leak/", views.CaseLeakApi.as_view(), name="api-doctor-case-leak"
    ),
]
