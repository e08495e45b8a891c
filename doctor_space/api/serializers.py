"""What the doctor API reads and writes (doctor_space/api/views.py): cases as doctors see them (only
anonymised text), answers and their checks, leak reports, the case's exchange."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from rest_framework import serializers

from doctor_space.forms import LEAK_LABELS
from triage.models import Case, CaseMessage


class CaseSerializer(serializers.ModelSerializer[Case]):
    """What a doctor sees of a case: only anonymised text."""

    held_by_me = serializers.SerializerMethodField()

    class Meta:
        model = Case
        fields = (
            "id",
            "redacted_text",
            "lang",
            "age",
            "sex",
            "specialty",
            "urgency",
            "emergency",
            "red_flags",
            "status",
            "lease_expires_at",
            "created_at",
            "held_by_me",
        )
        read_only_fields = fields

    def get_held_by_me(self, obj: Case) -> bool:
        request = self.context.get("request")
        return bool(
            request and obj.claimed_by_id == request.user.pk and obj.status == Case.Status.CLAIMED
        )


class ViolationSerializer(serializers.Serializer[Any]):
    rule = serializers.CharField()
    kind = serializers.CharField()
    severity = serializers.CharField()
    message = serializers.CharField()
    start = serializers.IntegerField()
    end = serializers.IntegerField()
    explanation = serializers.CharField()
    # The output key is "source"; DRF pops declared fields from the class, so this does not clash at run time.
    source = serializers.CharField()  # type: ignore[assignment]


class AnswerInSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=8000)
    dry_run = serializers.BooleanField(default=False)
    acknowledged_rules = serializers.ListField(
        child=serializers.CharField(max_length=64), required=False, default=list, max_length=100
    )
    acknowledgement_reason = serializers.CharField(
        required=False, allow_blank=True, max_length=500, default=""
    )
    # Interests declared for this answer, on top of those on the doctor's profile (conflict_of_interest).
    interests = serializers.ListField(
        child=serializers.CharField(max_length=120), required=False, default=list, max_length=50
    )


class AnswerOutSerializer(serializers.Serializer[Any]):
    passed = serializers.BooleanField()
    published = serializers.BooleanField()
    violations = ViolationSerializer(many=True)
    answer_id = serializers.IntegerField(allow_null=True)
    check_id = serializers.IntegerField(allow_null=True)
    guideline_versions = serializers.ListField(child=serializers.CharField())
    # The exact text that was checked (cleaned: NFC, LF line ends): violation offsets point into it.
    checked_text = serializers.CharField()
    greeting_replaced = serializers.BooleanField(
        help_text="On publishing: the asker's name in the opening greeting was replaced by a neutral greeting "
        "in the library copy (checked_text is that copy)."
    )


class LeakInSerializer(serializers.Serializer[Any]):
    phrase = serializers.CharField(
        max_length=120, help_text="The identifier, exactly as it appears in redacted_text."
    )
    label = serializers.ChoiceField(
        choices=[code for code, _label in LEAK_LABELS], default="PERSON"
    )  # type: ignore[assignment]  # an input key; DRF pops declared fields


class LeakOutSerializer(serializers.Serializer[Any]):
    case = CaseSerializer()
    in_case = serializers.IntegerField()
    in_drafts = serializers.IntegerField()
    in_answer = serializers.IntegerField(
        help_text="In the published answer and its library title (re-checked)."
    )
    answer_blocked = serializers.BooleanField(
        help_text="The redacted answer no longer passes its guidelines: left as it was, for staff."
    )
    elsewhere = serializers.IntegerField(
        help_text="In the exchange's messages, referral notes and forum copies of the case."
    )


class CaseMessageSerializer(serializers.ModelSerializer[CaseMessage]):
    """One message of a case's exchange as doctors see it: checked doctor text or the patient's anonymised copy."""

    from_doctor = serializers.BooleanField(read_only=True)
    reply_to = serializers.IntegerField(source="reply_to_id", allow_null=True, read_only=True)

    class Meta:
        model = CaseMessage
        fields = ("id", "kind", "from_doctor", "text", "reply_to", "created_at")
        read_only_fields = fields


class CaseMessageInSerializer(serializers.Serializer[Any]):
    text = serializers.CharField(max_length=settings.BRIDGE_MESSAGE_MAX_CHARS)
    reply_to = serializers.IntegerField(
        required=False,
        allow_null=True,
        min_value=1,
        max_value=2**31 - 1,
        help_text="The patient's follow-up this replies to; omit to ask the patient for details.",
    )


class CaseMessageOutSerializer(serializers.Serializer[Any]):
    sent = serializers.BooleanField()
    message = CaseMessageSerializer(allow_null=True)
    violations = ViolationSerializer(many=True)
    check_id = serializers.IntegerField(allow_null=True)
    guideline_versions = serializers.ListField(child=serializers.CharField())
    checked_text = serializers.CharField()


def check_fields(outcome: Any) -> dict[str, Any]:
    """The fields every checked text answers with (ViolationSerializer rows, the check, the versions in force)."""
    return {
        "violations": [
            v.to_dict() | {"explanation": v.explanation, "source": v.source}
            for v in outcome.verdict.violations
        ],
        "check_id": outcome.record.pk if outcome.record else None,
        "guideline_versions": [f"{v.guideline_set.slug} v{v.number}" for v in outcome.versions],
        "checked_text": outcome.text,
    }
