"""Doctor API under /api/doctor/ (the ClosedSpaceMiddleware gate and IsVerifiedDoctor both apply).

The serializers live in doctor_space/api/serializers.py."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import extend_schema
from rest_framework import status
from rest_framework.generics import GenericAPIView
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from bridge.api import OneQueryPagination
from bridge.idempotency.api import IDEMPOTENCY_KEY_PARAMETER, idempotent
from doctor_space import services
from doctor_space.access import Access, closed_space_access, verified_profile
from doctor_space.api.serializers import (
    AnswerInSerializer,
    AnswerOutSerializer,
    CaseMessageInSerializer,
    CaseMessageOutSerializer,
    CaseMessageSerializer,
    CaseSerializer,
    LeakInSerializer,
    LeakOutSerializer,
    check_fields,
)
from doctor_space.leaks import leak_report
from triage import services as triage_services
from triage.models import Case
from triage.selectors import (
    case_get_for_doctor,
    case_list_for_doctor,
    case_queue_count,
    case_queue_page,
)
from triage.services import CaseUnavailable


class IsVerifiedDoctor(BasePermission):
    """Verified doctor with a second factor (session OTP or OTP-issued token)."""

    message = "The doctor space is for verified doctors who passed a second factor."

    def has_permission(self, request: Request, view: Any) -> bool:
        return closed_space_access(request) is Access.ALLOWED


class DoctorApi(APIView):
    permission_classes = (IsVerifiedDoctor,)


class CaseListApi(GenericAPIView[Case]):
    """The queue: waiting cases (own specialties first) and the cases this doctor holds."""

    permission_classes = (IsVerifiedDoctor,)
    serializer_class = CaseSerializer
    pagination_class = OneQueryPagination

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):
            return Case.objects.none()
        profile = verified_profile(self.request.user)
        return case_list_for_doctor(doctor=self.request.user, specialties=profile.specialties)

    @extend_schema(operation_id="doctor_cases_list", responses={200: CaseSerializer(many=True)})
    def get(self, request: Request) -> Response:
        profile = verified_profile(request.user)
        paginator = self.paginator
        assert isinstance(paginator, OneQueryPagination)  # noqa: S101  (pagination_class above)
        page = paginator.paginate_rows(
            request,
            lambda offset, limit: case_queue_page(
                doctor=request.user, specialties=profile.specialties, offset=offset, limit=limit
            ),
            lambda: case_queue_count(doctor=request.user),
        )
        return self.get_paginated_response(
            CaseSerializer(page, many=True, context={"request": request}).data
        )


class CaseDetailApi(DoctorApi):
    """One case the doctor may see (else 404)."""

    @extend_schema(responses={200: CaseSerializer})
    def get(self, request: Request, case_id: int) -> Response:
        case = case_get_for_doctor(doctor=request.user, case_id=case_id)
        return Response(CaseSerializer(case, context={"request": request}).data)


def _conflict() -> Response:
    return Response(
        {"detail": "Another doctor holds this case, it was answered, or your lease expired."},
        status=status.HTTP_409_CONFLICT,
    )


class _CaseLeaseApi(DoctorApi):
    """POST on a case the doctor may see; the lease service decides (409 when the case is not available)."""

    @staticmethod
    def lease_action(*, doctor: Any, case_id: int) -> Case:
        raise NotImplementedError

    @extend_schema(
        request=None,
        responses={200: CaseSerializer, 409: None},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request, case_id: int) -> Response:
        case_get_for_doctor(doctor=request.user, case_id=case_id)
        try:
            case = self.lease_action(doctor=request.user, case_id=case_id)
        except CaseUnavailable:
            return _conflict()
        return Response(CaseSerializer(case, context={"request": request}).data)


class CaseClaimApi(_CaseLeaseApi):
    """Claim a case (a lease; two doctors never hold the same case)."""

    lease_action = staticmethod(triage_services.case_claim)


class CaseReleaseApi(_CaseLeaseApi):
    """Give the case back to the queue (the draft stays the doctor's)."""

    lease_action = staticmethod(triage_services.case_release)


class CaseExtendApi(_CaseLeaseApi):
    """Extend the lease of a held case."""

    lease_action = staticmethod(triage_services.case_extend)


class CaseAnswerApi(DoctorApi):
    """Check (dry_run) or publish an answer; a blocked answer is refused with one message per broken rule."""

    throttle_scope = "check"

    @extend_schema(
        request=AnswerInSerializer,
        responses={
            200: AnswerOutSerializer,
            201: AnswerOutSerializer,
            409: None,
            422: AnswerOutSerializer,
        },
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request, case_id: int) -> Response:
        data = AnswerInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        try:
            if values["dry_run"]:
                outcome = services.answer_dry_run(
                    doctor=request.user,
                    case_id=case_id,
                    text=values["text"],
                    interests=values["interests"],
                )
                answer = None
                greeted = ""
            else:
                result = services.answer_publish(
                    doctor=request.user,
                    case_id=case_id,
                    text=values["text"],
                    acknowledged_rules=values["acknowledged_rules"],
                    acknowledgement_reason=values["acknowledgement_reason"],
                    interests=values["interests"],
                )
                outcome, answer = result.outcome, result.answer
                greeted = result.greeting_name_removed
        except CaseUnavailable:
            return _conflict()
        checked = check_fields(outcome)
        body = {
            "passed": outcome.verdict.passed,
            "published": answer is not None,
            "violations": checked.pop("violations"),
            "answer_id": answer.pk if answer else None,
            **checked,
            "greeting_replaced": bool(greeted),
        }
        code: int
        if answer is not None:
            code = status.HTTP_201_CREATED
        elif values["dry_run"]:
            code = status.HTTP_200_OK
        else:
            code = status.HTTP_422_UNPROCESSABLE_ENTITY
        return Response(body, status=code)


class CaseLeakApi(DoctorApi):
    """Report an identifier the anonymiser missed: redacted at once in the case, drafts, the answer, the library and forum copies; audited without the words."""

    @extend_schema(
        operation_id="doctor_case_leak",
        request=LeakInSerializer,
        responses={200: LeakOutSerializer},
    )
    def post(self, request: Request, case_id: int) -> Response:
        data = LeakInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        outcome = leak_report(doctor=request.user, case_id=case_id, **data.validated_data)
        return Response(
            {
                "case": CaseSerializer(outcome.case, context={"request": request}).data,
                "in_case": outcome.in_case,
                "in_drafts": outcome.in_drafts,
                "in_answer": outcome.in_answer,
                "answer_blocked": outcome.answer_blocked,
                "elsewhere": outcome.elsewhere,
            }
        )


class CaseMessagesApi(DoctorApi):
    """The case's exchange; POST asks the patient for details (held case) or replies to a follow-up.

    The text passes message_check of the guidelines first: refused with 422 and one violation per broken
    rule, and then nothing reaches the patient.
    """

    throttle_scope = "check"

    @extend_schema(
        operation_id="doctor_case_messages", responses={200: CaseMessageSerializer(many=True)}
    )
    def get(self, request: Request, case_id: int) -> Response:
        case = case_get_for_doctor(doctor=request.user, case_id=case_id)
        return Response(CaseMessageSerializer(case.messages.all(), many=True).data)

    @extend_schema(
        operation_id="doctor_case_message_send",
        request=CaseMessageInSerializer,
        responses={201: CaseMessageOutSerializer, 409: None, 422: CaseMessageOutSerializer},
        parameters=[IDEMPOTENCY_KEY_PARAMETER],
    )
    @idempotent
    def post(self, request: Request, case_id: int) -> Response:
        data = CaseMessageInSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            result = services.doctor_message_send(
                doctor=request.user,
                case_id=case_id,
                text=data.validated_data["text"],
                reply_to_id=data.validated_data.get("reply_to"),
            )
        except CaseUnavailable:
            return _conflict()
        outcome = result.outcome
        body = {
            "sent": result.message is not None,
            "message": CaseMessageSerializer(result.message).data if result.message else None,
            **check_fields(outcome),
        }
        code = (
            status.HTTP_201_CREATED
            if result.message is not None
            else status.HTTP_422_UNPROCESSABLE_ENTITY
        )
        return Response(body, status=code)
