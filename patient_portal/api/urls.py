from django.urls import path

from patient_portal.api import exchange, steps, views

urlpatterns = [
    path("patient/questions/", views.QuestionListCreateApi.as_view(), name="api-patient-questions"),
    path(
        "patient/questions/<int:question_id>/",
        views.QuestionDetailApi.as_view(),
        name="api-patient-question",
    ),
    path(
        "patient/questions/<int:question_id>/preview/",
        steps.QuestionPreviewApi.as_view(),
        name="api-patient-question-preview",
    ),
    path(
        "patient/questions/<int:question_id>/confirm/",
        steps.QuestionConfirmApi.as_view(),
        name="api-patient-question-confirm",
    ),
    path(
        "patient/questions/<int:question_id>/withdraw/",
        steps.QuestionWithdrawApi.as_view(),
        name="api-patient-question-withdraw",
    ),
    path(
        "patient/questions/<int:question_id>/messages/",
        exchange.QuestionMessagesApi.as_view(),
        name="api-patient-question-messages",
    ),
    path(
        "patient/questions/<int:question_id>/messages/<int:draft_id>/",
        exchange.QuestionMessageDraftApi.as_view(),
        name="api-patient-question-message-draft",
    ),
    path(
        "patient/questions/<int:question_id>/messages/<int:draft_id>/confirm/",
        exchange.QuestionMessageConfirmApi.as_view(),
        name="api-patient-question-message-confirm",
    ),
    path("urgent-check/", steps.UrgentCheckApi.as_view(), name="api-urgent-check"),
    path("library/", views.LibraryApi.as_view(), name="api-library"),
]
