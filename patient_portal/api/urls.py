from django.urls import path

from patient_portal.api import views

urlpatterns = [
    path("patient/questions/", views.QuestionListCreateApi.as_view(), name="api-patient-questions"),
    path("patient/questions/<int:question_id>/", views.QuestionDetailApi.as_view(), name="api-patient-question"),
    path("library/", views.LibraryApi.as_view(), name="api-library"),
]
