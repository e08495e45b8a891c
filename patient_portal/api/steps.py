"""The question's steps in the API: preview (and hide/restore words), confirm, withdraw; and the public
"Is it urgent?" check (no account, nothing stored, throttled).
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.accounts.current import signed_in_user
from bridge.idempotency.api import IDEMPOTENCY_KEY_PARAMETER, idempotent
from patient_portal import selectors, services
from patient_portal.api.views import (
    GuidanceOutSerializer,
    IsPatient,
    QuestionOutSerializer,
    guidance_dict,
)
from patient_portal.models import Question
from patient_portal.redaction import MAX_PHRASE_CHARS, MAX_PHRASES, Redaction
from patient_portal.screen import ScreenError, parse_answers, urgency_check
from patient_portal.throttles import UrgentCheckThrottle


class SegmentSerializer(serializers.Serializer[Any]):
    kind = serializers.ChoiceField(choices=["text", "redacted", "possible"])
    text = serializers.CharField(help_text="What doctors will see for this piece.")
    original = serializers.CharField(
        help_text="The patient's own words behind a placeholder or an unsure word."
    )
    label = serializers.CharField()  # type: ignore[assignment]  # an output key; DRF pops declared fields


class PreviewOutSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(help_text="Exactly what doctors will see once confirmed.")
    fingerprint = serializers.CharField(
        help_text="Send it back to /confirm/: a changed preview is refused."
    )
    segments = SegmentSerializer(many=True)
    hidden = serializers.ListField(child=serializers.CharField())
    restored = serializers.ListField(child=serializers.CharField())
    emergency_guidance = GuidanceOutSerializer(allow_null=True)


class WordsInSerializer(serializers.Serializer[Any]):
    hidden = serializers.ListField(
        child=serializers.CharField(max_length=MAX_PHRASE_CHARS),
        max_length=MAX_PHRASES,
        default=list,
        help_text="Words or phrases to hide, on top of what the anonymiser found.",
    )
    restored = serializers.ListField(
        child=serializers.CharField(max_length=MAX_PHRASE_CHARS),
        max_length=MAX_PHRASES,
        default=list,
        help_text="Redacted words to show again (e.g. a medicine's name).",
    )


class ConfirmInSerializer(serializers.Serializer[Any]):
    fingerprint = serializers.CharField(max_length=64)


def _preview_body(question: Question, redaction: Redaction) -> dict[str, Any]:
    return {
        "text": redaction.text,
        "fingerprint": redaction.fingerprint,
        "segments": [
            {"kind": s.kind, "text": s.text, "original": s.original, "label": s.label}
            for s in redaction.segments
        ],
        "hidden": list(question.hidden_phrases),
        "restored": list(question.restored_phrases),
        "emergency_guidance": guidance_dict(question),
    }


class QuestionPreviewApi(APIView):
    """What doctors will see if the question is confirmed now; POST sets the words to hide or restore."""

    permission_classes = (IsPatient,)

    @extend_schema(operation_id="patient_question_preview", responses={200: PreviewOutSerializer})
    def get(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        return Response(_preview_body(question, services.question_preview(question=question)))

    @extend_schema(
        operation_id="patient_question_preview_words",
        request=WordsInSerializer,
        responses={200: PreviewOutSerializer},
    )
    def post(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        data = WordsInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        question = services.question_choose_words(
            patient=signed_in_user(request), question_id=question.pk, **data.validated_data
        )
        return Response(_preview_body(question, services.question_preview(question=question)))


class QuestionConfirmApi(APIView):
    """Send to the doctors: the case opens with the previewed text (its fingerprint must match)."""

    permission_classes = (IsPatient,)

    @extend_schema(
        operation_id="patient_question_confirm",
        request=ConfirmInSerializer,
        responses={200: QuestionOutSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        data = ConfirmInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        question = services.question_confirm(
            patient=signed_in_user(request),
            question_id=question.pk,
            fingerprint=data.validated_data["fingerprint"],
        )
        return Response(QuestionOutSerializer(question).data)


class QuestionWithdrawApi(APIView):
    """Withdraw a question no doctor has claimed: it leaves the queue."""

    permission_classes = (IsPatient,)

    @extend_schema(
        operation_id="patient_question_withdraw",
        request=None,
        responses={200: QuestionOutSerializer},
    )
    def post(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        question = services.question_withdraw(
            patient=signed_in_user(request), question_id=question.pk
        )
        return Response(QuestionOutSerializer(question).data)


class UrgentCheckInSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=5000, allow_blank=True, trim_whitespace=True)
    lang = serializers.ChoiceField(choices=Question.Lang.choices, default="en")
    country = serializers.CharField(
        max_length=8,
        default="",
        allow_blank=True,
        help_text="ISO code; the account's country when empty.",
    )
    safety_answers = serializers.DictField(child=serializers.BooleanField(), default=dict)


class NumberSerializer(serializers.Serializer[Any]):
    label = serializers.CharField()  # type: ignore[assignment]  # an output key; DRF pops declared fields
    number = serializers.CharField()


class UrgentGuidanceSerializer(serializers.Serializer[Any]):
    country = serializers.CharField()
    lang = serializers.CharField()
    headline = serializers.CharField()
    message = serializers.CharField()
    numbers = NumberSerializer(many=True)


class UrgentCheckOutSerializer(serializers.Serializer[Any]):
    emergency = serializers.BooleanField()
    red_flags = serializers.ListField(child=serializers.CharField())
    guidance = UrgentGuidanceSerializer(allow_null=True)
    safety_net = serializers.ListField(
        child=serializers.CharField(),
        help_text="When signals are partial: what would make it an emergency, and whom to call then.",
    )


class UrgentCheckApi(APIView):
    """Public "Is it urgent?": red flags of a text (and safety answers), the numbers to call. Stores nothing."""

    permission_classes = (AllowAny,)
    throttle_classes = (UrgentCheckThrottle,)

    @extend_schema(
        operation_id="urgent_check",
        request=UrgentCheckInSerializer,
        responses={200: UrgentCheckOutSerializer},
    )
    def post(self, request: Request) -> Response:
        data = UrgentCheckInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        country = (
            values["country"]
            or getattr(request.user, "country", "")
            or ("FR" if values["lang"] == "fr" else "GB")
        )
        try:
            answers = parse_answers(values["safety_answers"])
        except ScreenError as exc:
            return Response({"safety_answers": [str(exc)]}, status=status.HTTP_400_BAD_REQUEST)
        result = urgency_check(values["text"], values["lang"], country, answers)
        return Response(
            {
                "emergency": result.emergency,
                "red_flags": list(result.red_flags),
                "guidance": result.guidance.to_dict() if result.guidance else None,
                "safety_net": list(result.safety_net),
            }
        )
