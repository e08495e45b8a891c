"""Forum pages, mounted at /doctors/forum/ (inside the closed-space gate)."""

from django.urls import path

from community.views import forum, moderation

app_name = "community"

urlpatterns = [
    path("", forum.home, name="home"),
    path("search/", forum.search, name="search"),
    path("notifications/", forum.notifications, name="notifications"),
    path("reports/", forum.flags, name="flags"),
    path("identity/", forum.identity, name="identity"),
    path("spaces/<slug:space>/", forum.space, name="space"),
    path("spaces/<slug:space>/new/", forum.thread_new, name="thread_new"),
    path("threads/<int:thread_id>/", forum.thread, name="thread"),
    path("threads/<int:thread_id>/reply/", forum.reply, name="reply"),
    path("threads/<int:thread_id>/follow/", forum.follow, name="follow"),
    path("posts/<int:post_id>/flag/", forum.flag_post, name="flag_post"),
    path("images/<int:image_id>/", forum.image, name="image"),
    path("ask/<int:case_id>/", forum.ask, name="ask"),
    path("moderation/", moderation.queue, name="moderation"),
    path("moderation/flags/<int:flag_id>/", moderation.decide, name="decide"),
    path("moderation/images/<int:image_id>/", moderation.review_image, name="review_image"),
]
