"""The exchange of a question in the API: read it, write a follow-up or the details a doctor asked for.

Two steps as on the page: POST …/messages/ keeps the words and returns what the doctor will read (a
draft); POST …/messages/{id}/confirm/ with the preview's fingerprint sends exactly that. The logic is in
patient_portal.exchange; the patient's own words are returned to the patient only.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.accounts.current import signed_in_user
from bridge.idempotency.api import IDEMPOTENCY_KEY_PARAMETER, idempotent
from patient_portal import exchange, selectors
from patient_portal.api.steps import ConfirmInSerializer, SegmentSerializer
from patient_portal.api.views import IsPatient
from patient_portal.models import MessageDraft, Question
from triage.models import CaseMessage


class PatientExchangeMessageSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=CaseMessage.Kind.choices)
    from_doctor = serializers.BooleanField()
    text = serializers.CharField(
        help_text="What the doctor wrote, or the anonymised copy they read."
    )
    own_text = serializers.CharField(
        allow_null=True,
        help_text="The patient's own words behind their message (null for a doctor's).",
    )
    reply_to = serializers.IntegerField(allow_null=True)
    answered = serializers.BooleanField(help_text="A request or follow-up that has its reply.")
    created_at = serializers.DateTimeField()


class PatientExchangeSerializer(serializers.Serializer[Any]):
    messages = PatientExchangeMessageSerializer(many=True)
    pending_request = serializers.IntegerField(
        allow_null=True,
        help_text="The doctor's request for details waiting for a reply: send it as reply_to.",
    )
    can_follow_up = serializers.BooleanField(
        help_text="A follow-up may be written now (answered question, fewer than 3, none waiting)."
    )


class PatientMessageInSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=2000, min_length=2, trim_whitespace=True)
    reply_to = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=2**31 - 1,
        help_text="The doctor's request this answers; omit for a follow-up question.",
    )


class PatientMessageDraftSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField(help_text="The draft's id, for …/messages/{id}/confirm/.")
    reply_to = serializers.IntegerField(allow_null=True)
    own_text = serializers.CharField()
    text = serializers.CharField(help_text="Exactly what the doctor will read once confirmed.")
    fingerprint = serializers.CharField(
        help_text="Send it back to confirm/: a changed preview is refused."
    )
    segments = SegmentSerializer(many=True)


def _item(message: CaseMessage, own_text: str | None, answered: bool) -> dict[str, Any]:
    return {
        "id": message.pk,
        "kind": message.kind,
        "from_doctor": message.from_doctor,
        "text": message.text,
        "own_text": own_text,
        "reply_to": message.reply_to_id,
        "answered": answered,
        "created_at": message.created_at,
    }


def _exchange_body(question: Question) -> dict[str, Any]:
    state = exchange.exchange_for(question)
    return {
        "messages": [_item(i.message, i.own_text, i.answered) for i in state.items],
        "pending_request": state.pending_request.pk if state.pending_request else None,
        "can_follow_up": state.can_follow_up,
    }


def _draft_body(draft: MessageDraft) -> dict[str, Any]:
    redaction = exchange.message_preview(question=draft.question, text=draft.text)
    return {
        "id": draft.pk,
        "reply_to": draft.reply_to_id,
        "own_text": draft.text,
        "text": redaction.text,
        "fingerprint": redaction.fingerprint,
        "segments": [
            {"kind": s.kind, "text": s.text, "original": s.original, "label": s.label}
            for s in redaction.segments
        ],
    }


class QuestionMessagesApi(APIView):
    """The exchange of a question; POST starts a message (a draft with what the doctor will read)."""

    permission_classes = (IsPatient,)

    @extend_schema(
        operation_id="patient_question_messages", responses={200: PatientExchangeSerializer}
    )
    def get(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        return Response(_exchange_body(question))

    @extend_schema(
        operation_id="patient_question_message_draft",
        request=PatientMessageInSerializer,
        responses={201: PatientMessageDraftSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        data = PatientMessageInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        draft = exchange.message_draft_create(
            patient=signed_in_user(request),
            question_id=question.pk,
            text=data.validated_data["text"],
            reply_to_id=data.validated_data.get("reply_to"),
        )
        return Response(_draft_body(draft), status=status.HTTP_201_CREATED)


class QuestionMessageDraftApi(APIView):
    """A draft's current preview (it changes if words were hidden since, e.g. after a doctor's leak report)."""

    permission_classes = (IsPatient,)

    @extend_schema(
        operation_id="patient_question_message_draft_preview",
        responses={200: PatientMessageDraftSerializer},
    )
    def get(self, request: Request, question_id: int, draft_id: int) -> Response:
        draft = exchange.message_draft_get(
            patient=signed_in_user(request), question_id=question_id, draft_id=draft_id
        )
        return Response(_draft_body(draft))


class QuestionMessageConfirmApi(APIView):
    """Send the draft's anonymised copy to the doctor (its fingerprint must match the preview)."""

    permission_classes = (IsPatient,)

    @extend_schema(
        operation_id="patient_question_message_confirm",
        request=ConfirmInSerializer,
        responses={201: PatientExchangeMessageSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request, question_id: int, draft_id: int) -> Response:
        data = ConfirmInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        own = exchange.message_draft_confirm(
            patient=signed_in_user(request),
            question_id=question_id,
            draft_id=draft_id,
            fingerprint=data.validated_data["fingerprint"],
        )
        return Response(
            _item(own.case_message, own.text, answered=False), status=status.HTTP_201_CREATED
        )
