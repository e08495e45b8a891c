from django.urls import path

from patient_portal import views

app_name = "patient_portal"

urlpatterns = [
    path("signup/", views.signup, name="signup"),
    path("ask/", views.ask, name="ask"),
    path("questions/", views.question_list, name="question_list"),
    path("questions/<int:question_id>/", views.question_detail, name="question_detail"),
    path("questions/<int:question_id>/publication/", views.question_publication, name="question_publication"),
    path("library/", views.library, name="library"),
    path("me/", views.account, name="account"),
    path("me/export/", views.export, name="export"),
    path("me/erase/", views.erase, name="erase"),
]
