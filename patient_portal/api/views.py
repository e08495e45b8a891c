"""Patient API: /api/patient/questions/ and the public /api/library/."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import AllowAny, BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from patient_portal import selectors, services
from patient_portal.models import Question
from triage.core import emergency_guidance


class IsPatient(BasePermission):
    """Signed-in member of the patient group."""

    def has_permission(self, request: Request, view: Any) -> bool:
        user = request.user
        return bool(user.is_authenticated and user.groups.filter(name="patient").exists())


class GuidanceSerializer(serializers.Serializer[Any]):
    headline = serializers.CharField()
    message = serializers.CharField()
    numbers = serializers.ListField(child=serializers.ListField(child=serializers.CharField()))


class AnswerOutSerializer(serializers.Serializer[Any]):
    text = serializers.CharField()
    author = serializers.CharField(source="author_display")
    published_at = serializers.DateTimeField()
    guideline_versions = serializers.ListField(source="version_labels", child=serializers.CharField())


class QuestionOutSerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    text = serializers.CharField()
    lang = serializers.CharField()
    created_at = serializers.DateTimeField()
    consent_publication = serializers.BooleanField()
    emergency = serializers.BooleanField()
    red_flags = serializers.ListField(child=serializers.CharField())
    status = serializers.SerializerMethodField()
    what_doctors_see = serializers.SerializerMethodField()
    emergency_guidance = serializers.SerializerMethodField()
    answer = serializers.SerializerMethodField()

    def get_status(self, obj: Question) -> str:
        return selectors.patient_status(obj)

    def get_what_doctors_see(self, obj: Question) -> str | None:
        return obj.case.redacted_text if obj.case else None

    @extend_schema(exclude=True)
    def get_emergency_guidance(self, obj: Question) -> dict[str, Any] | None:
        if not obj.emergency:
            return None
        g = emergency_guidance(obj.country, obj.lang, obj.red_flags)
        return {"headline": g.headline, "message": g.message, "numbers": [list(n) for n in g.numbers]}

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

    @extend_schema(operation_id="patient_questions_list", responses={200: QuestionOutSerializer(many=True)})
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(QuestionOutSerializer(page, many=True).data)

    @extend_schema(request=QuestionInSerializer, responses={201: QuestionOutSerializer})
    def post(self, request: Request) -> Response:
        data = QuestionInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = dict(data.validated_data)
        values.pop("consent_health_data")
        question = services.question_submit(patient=request.user, **values)  # type: ignore[arg-type]
        question.refresh_from_db()
        return Response(QuestionOutSerializer(question).data, status=status.HTTP_201_CREATED)


class QuestionDetailApi(APIView):
    """One of the patient's own questions (anyone else's: 404)."""

    permission_classes = (IsPatient,)

    @extend_schema(responses={200: QuestionOutSerializer})
    def get(self, request: Request, question_id: int) -> Response:
        question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
        return Response(QuestionOutSerializer(question).data)


class LibraryEntrySerializer(serializers.Serializer[Any]):
    id = serializers.IntegerField()
    lang = serializers.CharField()
    question = serializers.CharField(source="case.redacted_text")
    specialty = serializers.CharField(source="case.specialty")
    answer = serializers.CharField(source="case.answer.text")
    author = serializers.CharField(source="case.answer.author_display")
    published_at = serializers.DateTimeField(source="case.answer.published_at")
    guideline_versions = serializers.ListField(source="case.answer.version_labels", child=serializers.CharField())


class LibraryApi(GenericAPIView[Question]):
    """Public library: anonymised questions whose patients agreed, with their checked answers."""

    permission_classes = (AllowAny,)
    serializer_class = LibraryEntrySerializer

    def get_queryset(self) -> Any:
        return selectors.library_entries()

    @extend_schema(operation_id="library_list", responses={200: LibraryEntrySerializer(many=True)})
    def get(self, request: Request) -> Response:
        page = self.paginate_queryset(self.get_queryset())
        return self.get_paginated_response(LibraryEntrySerializer(page, many=True).data)
