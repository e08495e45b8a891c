"""Staff pages for doctor verification, mounted at /staff/doctors/."""

from django.urls import path

from doctor_space import verification_views

app_name = "staff_doctors"

urlpatterns = [
    path("", verification_views.review_queue, name="queue"),
    path("<int:profile_id>/", verification_views.review_detail, name="detail"),
]
