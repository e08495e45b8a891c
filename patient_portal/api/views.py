"""Patient API: /api/patient/questions/ and the public /api/library/."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.paginator import Paginator
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.pagination import PageNumberPagination
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.accounts.current import signed_in_user
from bridge.accounts.models import Role
from bridge.idempotency.api import IDEMPOTENCY_KEY_PARAMETER, idempotent
from patient_portal import selectors, services
from patient_portal.library import library_counts
from patient_portal.models import Question
from patient_portal.page_cache import cached_data
from patient_portal.screen import ScreenError, parse_answers, urgency_check


class IsPatient(BasePermission):
    """Signed-in member of the patient group."""

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return bool(user.is_authenticated and user.has_role(Role.PATIENT))


class GuidanceOutSerializer(serializers.Serializer[Any]):
    headline = serializers.CharField()
    message = serializers.CharField()
    numbers = serializers.ListField(
        child=serializers.ListField(child=serializers.CharField()),
        help_text="[label, number] pairs, most important first.",
    )


def _guidance_body(g: Any) -> dict[str, Any]:
    return {"headline": g.headline, "message": g.message, "numbers": [list(n) for n in g.numbers]}


def guidance_dict(question: Question) -> dict[str, Any] | None:
    """The question's emergency guidance as the API shows it, or None."""
    g = selectors.question_guidance(question)
    return _guidance_body(g) if g else None


class AnswerOutSerializer(serializers.Serializer[Any]):
    text = serializers.CharField()
    author = serializers.CharField(source="author_display")
    published_at = serializers.DateTimeField()
    guideline_versions = serializers.ListField(
        source="version_labels", child=serializers.CharField()
    )


class QuestionOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    text = serializers.CharField()
    lang = serializers.CharField()
    created_at = serializers.DateTimeField()
    consent_publication = serializers.BooleanField()
    emergency = serializers.BooleanField()
    red_flags = serializers.ListField(child=serializers.CharField())
    status = serializers.SerializerMethodField()
    state = serializers.ChoiceField(
        source="status",
        choices=Question.Status.choices,
        help_text="draft: not sent yet (confirm it); sent: in the queue or answered; withdrawn.",
    )
    safety_answers = serializers.DictField(child=serializers.BooleanField())
    safety_net = serializers.SerializerMethodField()
    what_doctors_see = serializers.SerializerMethodField()
    emergency_guidance = serializers.SerializerMethodField()
    answer = serializers.SerializerMethodField()

    def get_status(self, obj: Question) -> str:
        return selectors.patient_status(obj)

    def get_what_doctors_see(self, obj: Question) -> str | None:
        return obj.case.redacted_text if obj.case else None

    @extend_schema_field(GuidanceOutSerializer(allow_null=True))
    def get_emergency_guidance(self, obj: Question) -> dict[str, Any] | None:
        return guidance_dict(obj)

    def get_safety_net(self, obj: Question) -> str | None:
        return selectors.question_safety_net(obj)

    def get_answer(self, obj: Question) -> dict[str, Any] | None:
        answer = getattr(obj.case, "answer", None) if obj.case else None
        return dict(AnswerOutSerializer(answer).data) if answer else None


class QuestionInSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=5000, trim_whitespace=True)
    lang = serializers.ChoiceField(choices=Question.Lang.choices)
    consent_health_data = serializers.BooleanField()
    consent_publication = serializers.BooleanField(default=False)
    age = serializers.IntegerField(required=False, allow_null=True, min_value=0, max_value=130)
    sex = serializers.ChoiceField(choices=Question.Sex.choices, required=False, allow_blank=True)
    specialty_hint = serializers.CharField(required=False, allow_blank=True, max_length=40)
    client_token = serializers.CharField(required=False, allow_blank=True, max_length=64)
    country = serializers.CharField(
        required=False,
        allow_blank=True,
        max_length=2,
        help_text="Where the patient is now (emergency numbers); the account's country when empty.",
    )
    safety_answers = serializers.DictField(
        child=serializers.BooleanField(),
        required=False,
        default=dict,
        help_text="The safety screen: question code -> yes/no. Any yes makes the question an emergency.",
    )

    def validate_consent_health_data(self, value: bool) -> bool:
        if not value:
            raise serializers.ValidationError("Consent to process the health question is required.")
        return value


class QuestionListCreateApi(GenericAPIView[Question]):
    """The patient's own questions; POST asks a new one (emergency guidance comes back at once)."""

    permission_classes = (IsPatient,)
    serializer_class = QuestionOutSerializer
    throttle_scope = "ask"

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return Question.objects.none()
        return selectors.question_list_for_patient(patient=self.request.user)

    def get_throttles(self) -> list[Any]:
        return super().get_throttles() if self.request.method == "POST" else []

    @extend_schema(
        operation_id="patient_questions_list", responses={200: QuestionOutSerializer(many=True)}
    )
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(QuestionOutSerializer(page, many=True).data)

    @extend_schema(
        request=QuestionInSerializer,
        responses={201: QuestionOutSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request) -> Response:
        """Store a draft (confirm it through /preview/ and /confirm/). Guidance comes back even when the body is invalid."""
        data = QuestionInSerializer(data=request.data)
        if not data.is_valid():
            body: dict[str, Any] = dict(data.errors)
            body["emergency_guidance"] = self._urgency(request)
            return Response(body, status=status.HTTP_400_BAD_REQUEST)
        values = dict(data.validated_data)
        values.pop("consent_health_data")
        try:
            question = services.question_submit(patient=signed_in_user(request), **values)
        except DjangoValidationError as exc:
            body = {k: [str(m) for m in v] for k, v in exc.message_dict.items()}
            body["emergency_guidance"] = self._urgency(request)
            return Response(body, status=status.HTTP_400_BAD_REQUEST)
        question.refresh_from_db()
        return Response(QuestionOutSerializer(question).data, status=status.HTTP_201_CREATED)

    def _urgency(self, request: Request) -> dict[str, Any] | None:
        """Red flags on whatever was sent, however malformed: the numbers never wait for a valid body."""
        raw = request.data if isinstance(request.data, dict) else {}
        text = str(raw["text"]) if isinstance(raw.get("text"), str) else ""
        lang = str(raw["lang"]) if raw.get("lang") in ("en", "fr") else "en"
        country = str(raw.get("country") or getattr(request.user, "country", "") or "GB")[:8]
        answers: dict[str, Any] = (
            raw["safety_answers"] if isinstance(raw.get("safety_answers"), dict) else {}
        )
        try:
            parsed = parse_answers(answers)
        except ScreenError:
            parsed = {}
        result = urgency_check(text, lang, country, parsed)
        return _guidance_body(result.guidance) if result.guidance else None


class QuestionEditSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=5000, trim_whitespace=True)
    lang = serializers.ChoiceField(choices=Question.Lang.choices, required=False)


class QuestionDetailApi(APIView):
    """One of the patient's own questions (anyone else's: 404); PATCH edits it, DELETE deletes it."""

    permission_classes = (IsPatient,)

    @extend_schema(responses={200: QuestionOutSerializer})
    def get(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        return Response(QuestionOutSerializer(question).data)

    @extend_schema(
        operation_id="patient_question_edit",
        request=QuestionEditSerializer,
        responses={200: QuestionOutSerializer},
    )
    def patch(self, request: Request, question_id: int) -> Response:
        """Change the words until a doctor claims it; the question goes back to draft (preview, confirm)."""
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        data = QuestionEditSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        question = services.question_edit(
            patient=signed_in_user(request), question_id=question.pk, **data.validated_data
        )
        return Response(QuestionOutSerializer(question).data)

    @extend_schema(operation_id="patient_question_delete", responses={204: None})
    def delete(self, request: Request, question_id: int) -> Response:
        """Delete the question for good, with its case, drafts and answer."""
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        services.question_delete(patient=signed_in_user(request), question_id=question.pk)
        return Response(status=status.HTTP_204_NO_CONTENT)


class LibraryEntrySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    lang = serializers.CharField()
    question = serializers.CharField(source="case.redacted_text")
    specialty = serializers.CharField(source="case.specialty")
    answer = serializers.CharField(source="case.answer.text")
    author = serializers.CharField(source="case.answer.author_display")
    published_at = serializers.DateTimeField(source="case.answer.published_at")
    guideline_versions = serializers.ListField(
        source="case.answer.version_labels", child=serializers.CharField()
    )


class _LibraryPaginator(Paginator[Any]):
    """The library's total is the sum of the cached topic counts, not a COUNT over every answer."""

    @property
    def count(self) -> int:
        return sum(library_counts().values())


class _LibraryPagination(PageNumberPagination):
    django_paginator_class = _LibraryPaginator


class LibraryApi(GenericAPIView[Question]):
    """Public library: anonymised questions whose patients agreed, with their checked answers."""

    permission_classes = (AllowAny,)
    serializer_class = LibraryEntrySerializer
    pagination_class = _LibraryPagination

    def get_queryset(self) -> Any:
        return selectors.library_entries()

    @extend_schema(operation_id="library_list", responses={200: LibraryEntrySerializer(many=True)})
    def get(self, request: Request) -> Response:
        # The same page for every caller: kept under the library's version (patient_portal.page_cache).
        return Response(cached_data(request, "library_api", self._page))

    def _page(self) -> dict[str, Any]:
        page = self.paginate_queryset(self.get_queryset())
        data = self.get_paginated_response(LibraryEntrySerializer(page, many=True).data).data
        # plain values (DRF's ReturnList holds its serializer): what the cache keeps
        return {**data, "results": [dict(entry) for entry in data["results"]]}
