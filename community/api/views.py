"""Community API under /api/doctor/forum/ and /api/doctor/messages/ (gate + IsVerifiedDoctor + service checks)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import status
from rest_framework.exceptions import ValidationError as ApiValidationError
from rest_framework.pagination import PageNumberPagination
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.api import JSONParser
from community import selectors
from community.api import serializers as s
from community.identity import identity_of, pseudonym_jurisdictions
from community.services import forum, moderation
from community.services import messages as message_services
from community.services.notify import notifications_mark_read
from doctor_space.api.views import IsVerifiedDoctor


def _raise(exc: ValidationError) -> None:
    raise ApiValidationError(
        exc.message_dict if hasattr(exc, "error_dict") else {"detail": exc.messages}
    ) from exc


def _identified(items: list[Any], attr: str = "author") -> list[Any]:
    allowed = pseudonym_jurisdictions()
    for item in items:
        item.identity = identity_of(getattr(item, attr), allowed)
    return items


class CommunityApi(APIView):
    permission_classes = (IsVerifiedDoctor,)

    def page(self, request: Request, rows: Any) -> tuple[PageNumberPagination, list[Any]]:
        paginator = PageNumberPagination()
        return paginator, list(paginator.paginate_queryset(rows, request, view=self) or [])


class ThreadListApi(CommunityApi):
    """Threads (optionally of one space), or search posts with ?q=; POST opens a thread."""

    @extend_schema(
        operation_id="doctor_forum_threads_list",
        parameters=[OpenApiParameter("space", str, required=False)],
        responses={200: s.ThreadSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        space = request.query_params.get("space")
        paginator, rows = self.page(
            request, selectors.thread_list_for(user=request.user, space=space)
        )
        return paginator.get_paginated_response(
            s.ThreadSerializer(_identified(rows), many=True).data
        )

    @extend_schema(request=s.ThreadInSerializer, responses={201: s.ThreadSerializer, 400: None})
    def post(self, request: Request) -> Response:
        data = s.ThreadInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            thread = forum.thread_create(author=request.user, **data.validated_data)
        except ValidationError as exc:
            _raise(exc)
        row = selectors.thread_list_for(user=request.user).get(pk=thread.pk)
        return Response(
            s.ThreadSerializer(_identified([row])[0]).data, status=status.HTTP_201_CREATED
        )


class ThreadDetailApi(CommunityApi):
    """A thread's posts (paginated); reading marks it read. POST replies (JSON or multipart with an image)."""

    parser_classes = (JSONParser, MultiPartParser, FormParser)

    @extend_schema(
        operation_id="doctor_forum_thread_posts", responses={200: s.PostSerializer(many=True)}
    )
    def get(self, request: Request, thread_id: int) -> Response:
        thread = forum.thread_get(thread_id=thread_id)
        paginator, rows = self.page(request, selectors.posts_for(user=request.user, thread=thread))
        forum.thread_mark_read(user=request.user, thread=thread)
        return paginator.get_paginated_response(s.PostSerializer(_identified(rows), many=True).data)

    @extend_schema(
        operation_id="doctor_forum_thread_reply",
        request=s.PostInSerializer,
        responses={201: s.PostSerializer, 400: None},
    )
    def post(self, request: Request, thread_id: int) -> Response:
        data = s.PostInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            post = forum.post_create(
                author=request.user,
                thread_id=thread_id,
                body=values["body"],
                quote_id=values["quote"],
                image=values["image"],
            )
        except ValidationError as exc:
            _raise(exc)
        row = selectors.posts_for(user=request.user, thread=post.thread).get(pk=post.pk)
        return Response(
            s.PostSerializer(_identified([row])[0]).data, status=status.HTTP_201_CREATED
        )


class SearchApi(CommunityApi):
    """Full-text search over visible posts."""

    @extend_schema(
        operation_id="doctor_forum_search",
        parameters=[OpenApiParameter("q", str)],
        responses={200: s.PostSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        paginator, rows = self.page(
            request,
            selectors.search_posts(user=request.user, query=request.query_params.get("q", "")),
        )
        return paginator.get_paginated_response(s.PostSerializer(_identified(rows), many=True).data)


class PostFlagApi(CommunityApi):
    """Report a post."""

    @extend_schema(request=s.FlagInSerializer, responses={201: None, 400: None, 404: None})
    def post(self, request: Request, post_id: int) -> Response:
        data = s.FlagInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            flag = moderation.flag_create(
                reporter=request.user, post_id=post_id, reason=data.validated_data["reason"]
            )
        except ValidationError as exc:
            _raise(exc)
        return Response({"id": flag.pk, "status": flag.status}, status=status.HTTP_201_CREATED)


class NotificationListApi(CommunityApi):
    """Your notifications; POST marks them all read."""

    @extend_schema(
        operation_id="doctor_forum_notifications",
        responses={200: s.NotificationSerializer(many=True)},
    )
    def get(self, request: Request) -> Response:
        paginator, rows = self.page(request, selectors.notifications_for(user=request.user))
        return paginator.get_paginated_response(s.NotificationSerializer(rows, many=True).data)

    @extend_schema(request=None, responses={200: None})
    def post(self, request: Request) -> Response:
        return Response({"marked": notifications_mark_read(user=request.user)})


class ConversationListApi(CommunityApi):
    """Your conversations with unread counts; POST starts one."""

    @extend_schema(
        operation_id="doctor_messages_list", responses={200: s.ConversationOutSerializer(many=True)}
    )
    def get(self, request: Request) -> Response:
        paginator, rows = self.page(request, selectors.conversation_list_for(user=request.user))
        body = [
            {
                "id": m.conversation_id,
                "subject": m.conversation.subject,
                "last_message_at": m.conversation.last_message_at,
                "unread": m.unread,
            }
            for m in rows
        ]
        return paginator.get_paginated_response(s.ConversationOutSerializer(body, many=True).data)

    @extend_schema(request=s.ConversationInSerializer, responses={201: None, 400: None})
    def post(self, request: Request) -> Response:
        data = s.ConversationInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            conversation = message_services.conversation_start(
                sender=request.user,
                recipient_ids=values["recipients"],
                subject=values["subject"],
                body=values["body"],
            )
        except ValidationError as exc:
            _raise(exc)
        return Response({"id": conversation.pk}, status=status.HTTP_201_CREATED)


class ConversationDetailApi(CommunityApi):
    """The messages of a conversation you belong to (404 otherwise); POST sends one."""

    @extend_schema(
        operation_id="doctor_messages_read", responses={200: s.MessageSerializer(many=True)}
    )
    def get(self, request: Request, conversation_id: int) -> Response:
        message_services.conversation_member(user=request.user, conversation_id=conversation_id)
        rows = _identified(
            list(
                selectors.visible_messages(user=request.user, conversation_id=conversation_id)[:500]
            ),
            "sender",
        )
        message_services.conversation_mark_read(user=request.user, conversation_id=conversation_id)
        return Response(s.MessageSerializer(rows, many=True).data)

    @extend_schema(
        operation_id="doctor_messages_send",
        request=s.MessageInSerializer,
        responses={201: None, 400: None, 404: None},
    )
    def post(self, request: Request, conversation_id: int) -> Response:
        data = s.MessageInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            message = message_services.message_send(
                sender=request.user,
                conversation_id=conversation_id,
                body=data.validated_data["body"],
            )
        except ValidationError as exc:
            _raise(exc)
        return Response({"id": message.pk}, status=status.HTTP_201_CREATED)


class BlockApi(CommunityApi):
    """Block or unblock a colleague."""

    @extend_schema(request=s.BlockInSerializer, responses={200: None, 400: None})
    def post(self, request: Request) -> Response:
        data = s.BlockInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            blocked = message_services.doctor_block(
                blocker=request.user,
                blocked_id=data.validated_data["user"],
                block=data.validated_data["block"],
            )
        except ValidationError as exc:
            _raise(exc)
        return Response({"blocked": blocked})


class MessageFlagApi(CommunityApi):
    """Report a message of a conversation you belong to."""

    @extend_schema(request=s.FlagInSerializer, responses={201: None, 400: None, 404: None})
    def post(self, request: Request, message_id: int) -> Response:
        data = s.FlagInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            flag = moderation.flag_create(
                reporter=request.user, message_id=message_id, reason=data.validated_data["reason"]
            )
        except ValidationError as exc:
            _raise(exc)
        return Response({"id": flag.pk, "status": flag.status}, status=status.HTTP_201_CREATED)
