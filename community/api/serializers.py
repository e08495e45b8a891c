"""Community API serializers: explicit fields; authors appear as their community identity only."""

from __future__ import annotations

from typing import Any

from rest_framework import serializers

from community.content import MAX_CHARS
from community.models import Message, Notification, Post, Thread


class IdentitySerializer(serializers.Serializer[Any]):
    name = serializers.CharField()
    specialty = serializers.CharField()
    country = serializers.CharField()
    pseudonymous = serializers.BooleanField()
    verified = serializers.BooleanField()


class ThreadSerializer(serializers.ModelSerializer[Thread]):
    """A thread; case threads carry only the anonymised case text."""

    author = serializers.SerializerMethodField()
    unread = serializers.SerializerMethodField()

    class Meta:
        model = Thread
        fields = (
            "id",
            "space",
            "title",
            "lang",
            "case_text",
            "status",
            "created_at",
            "last_post_at",
            "post_count",
            "author",
            "unread",
        )
        read_only_fields = fields

    def get_author(self, obj: Thread) -> dict[str, Any]:
        return IdentitySerializer(obj.identity).data  # type: ignore[attr-defined]

    def get_unread(self, obj: Thread) -> bool:
        from community.selectors import is_unread

        return is_unread(obj)


class PostSerializer(serializers.ModelSerializer[Post]):
    """A post; a hidden post keeps its place but not its text."""

    author = serializers.SerializerMethodField()
    body = serializers.SerializerMethodField()
    images = serializers.SerializerMethodField()

    class Meta:
        model = Post
        fields = (
            "id",
            "thread",
            "author",
            "body",
            "lang",
            "quote",
            "hidden",
            "created_at",
            "images",
        )
        read_only_fields = fields

    def get_author(self, obj: Post) -> dict[str, Any]:
        return IdentitySerializer(obj.identity).data  # type: ignore[attr-defined]

    def get_body(self, obj: Post) -> str:
        return "" if obj.hidden else obj.body

    def get_images(self, obj: Post) -> list[str]:
        from django.urls import reverse

        return [
            reverse("community:image", args=[i.pk])
            for i in obj.images.all()
            if i.status == "approved" and not obj.hidden
        ]


class ThreadInSerializer(serializers.Serializer[Any]):
    space = serializers.CharField(max_length=40)
    title = serializers.CharField(max_length=160)
    body = serializers.CharField(max_length=MAX_CHARS)
    lang = serializers.ChoiceField(choices=("en", "fr"), default="en")


class PostInSerializer(serializers.Serializer[Any]):
    body = serializers.CharField(max_length=MAX_CHARS)
    quote = serializers.IntegerField(required=False, allow_null=True, default=None)
    image = serializers.FileField(required=False, allow_null=True, default=None)


class FlagInSerializer(serializers.Serializer[Any]):
    reason = serializers.CharField(max_length=500)


class NotificationSerializer(serializers.ModelSerializer[Notification]):
    class Meta:
        model = Notification
        fields = ("id", "kind", "thread", "conversation", "created_at", "read_at")
        read_only_fields = fields


class ConversationOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    subject = serializers.CharField()
    last_message_at = serializers.DateTimeField()
    unread = serializers.IntegerField()


class ConversationInSerializer(serializers.Serializer[Any]):
    recipients = serializers.ListField(child=serializers.IntegerField(), min_length=1, max_length=7)
    subject = serializers.CharField(max_length=160, required=False, allow_blank=True, default="")
    body = serializers.CharField(max_length=MAX_CHARS)


class MessageSerializer(serializers.ModelSerializer[Message]):
    sender = serializers.SerializerMethodField()
    body = serializers.SerializerMethodField()

    class Meta:
        model = Message
        fields = ("id", "sender", "body", "hidden", "created_at")
        read_only_fields = fields

    def get_sender(self, obj: Message) -> dict[str, Any]:
        return IdentitySerializer(obj.identity).data  # type: ignore[attr-defined]

    def get_body(self, obj: Message) -> str:
        return "" if obj.hidden else obj.body


class MessageInSerializer(serializers.Serializer[Any]):
    body = serializers.CharField(max_length=MAX_CHARS)


class BlockInSerializer(serializers.Serializer[Any]):
    user = serializers.IntegerField()
    block = serializers.BooleanField(default=True)
