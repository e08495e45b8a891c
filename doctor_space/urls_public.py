"""Open doctor pages (registration, verification status), mounted at /join/doctor/."""

from django.urls import path

from doctor_space import verification_views, views

app_name = "doctor_public"

urlpatterns = [
    path("", views.register, name="register"),
    path("pending/", verification_views.status, name="pending"),
    path("pending/new-code/", verification_views.resend_code, name="resend_code"),
]
