"""Messages to the patient from a case: details requests and follow-up replies, each under a passing check."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from doctor_space import services
from doctor_space.access import closed_space_view
from doctor_space.forms import AnswerForm, DoctorMessageForm
from doctor_space.views.workspace import _render_case
from triage.selectors import case_get_for_doctor
from triage.services import CaseUnavailable


@closed_space_view
@require_POST
def message(request: HttpRequest, case_id: int) -> HttpResponse:
    """Ask the patient for details, or reply to their follow-up: sent only if the guideline check passes."""
    case = case_get_for_doctor(doctor=request.user, case_id=case_id)
    form = DoctorMessageForm(request.POST, auto_id="msg_%s")
    draft = services.draft_get(doctor=request.user, case=case)
    answer_form = AnswerForm(initial={"text": draft.text if draft else ""})
    if not form.is_valid():
        return _render_case(
            request, case, answer_form, None, status=400, extra={"message_form": form}
        )
    try:
        result = services.doctor_message_send(
            doctor=request.user,
            case_id=case.pk,
            text=form.cleaned_data["message"],
            reply_to_id=form.cleaned_data["reply_to"],
        )
    except CaseUnavailable:
        messages.error(
            request,
            _(
                "This message cannot be sent: you no longer hold this case, or it was already answered."
            ),
        )
        return redirect("doctor_space:case", case_id=case.pk)
    except ValidationError as exc:
        form.add_error(None, exc.messages)
        return _render_case(
            request, case, answer_form, None, status=400, extra={"message_form": form}
        )
    if result.message is None:
        violations = [
            {"rule": v.rule, "severity": v.severity, "message": v.message}
            for v in result.outcome.verdict.violations
        ]
        return _render_case(
            request,
            case,
            answer_form,
            None,
            status=422,
            extra={"message_form": form, "message_violations": violations},
        )
    messages.success(request, _("Your message passed the guidelines and was sent to the patient."))
    return redirect("doctor_space:case", case_id=case.pk)
