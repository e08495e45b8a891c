from django.urls import path

from community.api import views

urlpatterns = [
    path("doctor/forum/threads/", views.ThreadListApi.as_view(), name="api-forum-threads"),
    path(
        "doctor/forum/threads/<int:thread_id>/",
        views.ThreadDetailApi.as_view(),
        name="api-forum-thread",
    ),
    path("doctor/forum/search/", views.SearchApi.as_view(), name="api-forum-search"),
    path(
        "doctor/forum/posts/<int:post_id>/flag/",
        views.PostFlagApi.as_view(),
        name="api-forum-post-flag",
    ),
    path(
        "doctor/forum/notifications/",
        views.NotificationListApi.as_view(),
        name="api-forum-notifications",
    ),
    path("doctor/messages/", views.ConversationListApi.as_view(), name="api-messages"),
    path("doctor/messages/block/", views.BlockApi.as_view(), name="api-messages-block"),
    path(
        "doctor/messages/<int:conversation_id>/",
        views.ConversationDetailApi.as_view(),
        name="api-messages-conversation",
    ),
    path(
        "doctor/messages/m/<int:message_id>/flag/",
        views.MessageFlagApi.as_view(),
        name="api-messages-flag",
    ),
]
