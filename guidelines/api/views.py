"""Committee API under /api/guidelines/ (guardian object permissions; second factor required)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from guidelines import selectors, services
from guidelines.models import GuidelineSet, GuidelineVersion
from guidelines.permissions import is_committee_member


class IsCommitteeMember(BasePermission):
    """Committee group and a second factor (session OTP or OTP-issued token)."""

    def has_permission(self, request: Request, view: Any) -> bool:
        return is_committee_member(request)


class SetSerializer(serializers.ModelSerializer[GuidelineSet]):
    class Meta:
        model = GuidelineSet
        fields = ("id", "slug", "name", "jurisdiction", "author_display", "description")
        read_only_fields = fields


class VersionSerializer(serializers.ModelSerializer[GuidelineVersion]):
    guideline_set: serializers.SlugRelatedField[GuidelineSet] = serializers.SlugRelatedField(
        slug_field="slug", read_only=True
    )

    class Meta:
        model = GuidelineVersion
        fields = (
            "id",
            "guideline_set",
            "number",
            "status",
            "rules",
            "change_note",
            "created_at",
            "submitted_at",
            "approved_at",
            "effective_from",
            "retired_at",
            "created_by",
            "approved_by",
        )
        read_only_fields = fields


class VersionUpdateSerializer(serializers.Serializer[Any]):
    rules = serializers.ListField(child=serializers.DictField(), max_length=500)
    change_note = serializers.CharField(required=False, allow_blank=True, max_length=2000)


class ApproveSerializer(serializers.Serializer[Any]):
    effective_from = serializers.DateTimeField(required=False, allow_null=True)


class CommitteeApi(APIView):
    permission_classes = (IsCommitteeMember,)


class SetListApi(CommitteeApi):
    """The sets of the caller's committees."""

    @extend_schema(responses={200: SetSerializer(many=True)})
    def get(self, request: Request) -> Response:
        return Response(
            SetSerializer(
                selectors.guideline_set_list_for_member(user=request.user), many=True
            ).data
        )


class SetVersionsApi(CommitteeApi):
    """A set's versions; POST opens a new draft."""

    @extend_schema(responses={200: VersionSerializer(many=True)})
    def get(self, request: Request, set_id: int) -> Response:
        guideline_set = selectors.guideline_set_get_for_member(user=request.user, set_id=set_id)
        return Response(
            VersionSerializer(guideline_set.versions.order_by("-number"), many=True).data
        )

    @extend_schema(request=None, responses={201: VersionSerializer})
    def post(self, request: Request, set_id: int) -> Response:
        guideline_set = selectors.guideline_set_get_for_member(user=request.user, set_id=set_id)
        version = services.guideline_draft_create(actor=request.user, guideline_set=guideline_set)
        return Response(VersionSerializer(version).data, status=status.HTTP_201_CREATED)


class VersionDetailApi(CommitteeApi):
    """A version; PUT replaces the rules of a draft (approved versions are immutable)."""

    @extend_schema(responses={200: VersionSerializer})
    def get(self, request: Request, version_id: int) -> Response:
        return Response(
            VersionSerializer(
                selectors.guideline_version_get_for_member(user=request.user, version_id=version_id)
            ).data
        )

    @extend_schema(request=VersionUpdateSerializer, responses={200: VersionSerializer})
    def put(self, request: Request, version_id: int) -> Response:
        version = selectors.guideline_version_get_for_member(
            user=request.user, version_id=version_id
        )
        data = VersionUpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        version = services.guideline_draft_update(
            actor=request.user,
            version=version,
            rules=data.validated_data["rules"],
            change_note=data.validated_data.get("change_note"),
        )
        return Response(VersionSerializer(version).data)


class VersionSubmitApi(CommitteeApi):
    """Freeze a draft and ask for approval."""

    @extend_schema(request=None, responses={200: VersionSerializer})
    def post(self, request: Request, version_id: int) -> Response:
        version = selectors.guideline_version_get_for_member(
            user=request.user, version_id=version_id
        )
        return Response(
            VersionSerializer(
                services.guideline_version_submit(actor=request.user, version=version)
            ).data
        )


class VersionApproveApi(CommitteeApi):
    """A second committee member approves (never an author)."""

    @extend_schema(request=ApproveSerializer, responses={200: VersionSerializer})
    def post(self, request: Request, version_id: int) -> Response:
        version = selectors.guideline_version_get_for_member(
            user=request.user, version_id=version_id
        )
        data = ApproveSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            version = services.guideline_version_approve(
                actor=request.user,
                version=version,
                effective_from=data.validated_data.get("effective_from"),
            )
        except PermissionDenied:
            return Response(
                {"detail": "You may not approve versions of this set."},
                status=status.HTTP_403_FORBIDDEN,
            )
        return Response(VersionSerializer(version).data)


class ImpactRowSerializer(serializers.Serializer[Any]):
    answer_id = serializers.IntegerField()
    now_fails = serializers.BooleanField()
    violations = serializers.ListField(child=serializers.DictField())


class VersionImpactApi(CommitteeApi):
    """Which of the last N published answers would now fail or warn under this version, and why."""

    @extend_schema(responses={200: ImpactRowSerializer(many=True)})
    def get(self, request: Request, version_id: int) -> Response:
        version = selectors.guideline_version_get_for_member(
            user=request.user, version_id=version_id
        )
        try:
            last_n = max(1, min(500, int(request.query_params.get("last", "50"))))
        except ValueError:
            return Response(
                {"last": ["An integer between 1 and 500."]}, status=status.HTTP_400_BAD_REQUEST
            )
        report = services.guideline_version_impact_report(version=version, last_n=last_n)
        # The body stays the list of changed answers; how many were examined travels in a header.
        return Response(
            ImpactRowSerializer([r.__dict__ for r in report.rows], many=True).data,
            headers={"X-Answers-Examined": str(report.examined)},
        )
