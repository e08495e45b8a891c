"""Pages after an answer: rate and thank, report; and the staff queue of reports."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from bridge.accounts.decorators import staff_with_second_factor
from patient_portal import feedback, selectors
from patient_portal.forms import FeedbackForm, ReportDecisionForm, ReportForm
from patient_portal.views import patient_required


@patient_required
@require_POST
def rate(request: HttpRequest, question_id: int) -> HttpResponse:
    """Save the rating / thanks from the question page."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    form = FeedbackForm(request.POST)
    if form.is_valid():
        try:
            feedback.answer_rate(
                patient=request.user,
                question_id=question.pk,
                rating=form.cleaned_data["rating"],
                thanks=form.cleaned_data["thanks"],
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Thank you: your feedback was saved."))
    else:
        messages.error(request, _("Choose a rating or say thank you."))
    return redirect("patient_portal:question_detail", question_id=question.pk)


@patient_required
def report(request: HttpRequest, question_id: int) -> HttpResponse:
    """Report the answer to Bridge's staff."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    form = ReportForm(request.POST or None)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                feedback.answer_report(
                    patient=request.user, question_id=question.pk, **form.cleaned_data
                )
            except ValidationError as exc:
                if hasattr(exc, "error_dict"):
                    for field, errors in exc.message_dict.items():
                        form.add_error(field if field in form.fields else None, errors)
                else:
                    form.add_error(None, exc.messages)
            else:
                messages.success(
                    request,
                    _(
                        "Your report was sent to Bridge's staff. You will see their decision on this page."
                    ),
                )
                return redirect("patient_portal:question_detail", question_id=question.pk)
    return render(
        request, "patient_portal/report.html", {"form": form, "question": question}, status=status
    )


@staff_with_second_factor
def staff_reports(request: HttpRequest) -> HttpResponse:
    """Reported answers awaiting a decision, and the last decisions."""
    open_reports, decided = feedback.reports_for_review()
    rows = [
        (r, ReportDecisionForm(auto_id=f"r{r.pk}_%s")) for r in open_reports
    ]  # ids unique per report
    return render(request, "patient_portal/staff_reports.html", {"rows": rows, "decided": decided})


@staff_with_second_factor
@require_POST
def staff_report_decide(request: HttpRequest, report_id: int) -> HttpResponse:
    """Uphold or dismiss one report."""
    form = ReportDecisionForm(request.POST)
    if form.is_valid():
        try:
            feedback.report_decide(staff=request.user, report_id=report_id, **form.cleaned_data)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("The decision was recorded."))
    else:
        messages.error(request, _("Choose a decision and say why."))
    return redirect("patient_portal:staff_reports")
