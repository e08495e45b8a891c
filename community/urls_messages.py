"""Private messages, mounted at /doctors/messages/ (inside the closed-space gate)."""

from django.urls import path

from community.views import messages

app_name = "community_messages"

urlpatterns = [
    path("", messages.inbox, name="inbox"),
    path("block/", messages.block, name="block"),
    path("<int:conversation_id>/", messages.conversation, name="conversation"),
    path("m/<int:message_id>/flag/", messages.flag_message, name="flag_message"),
]
