"""Open doctor pages (registration), mounted at /join/doctor/."""

from django.urls import path

from doctor_space import views

app_name = "doctor_public"

urlpatterns = [
    path("", views.register, name="register"),
    path("pending/", views.pending, name="pending"),
]
