"""The triage queue and the lease actions on a case: claim, claim next, release, extend, refer."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from doctor_space import selectors
from doctor_space.access import closed_space_view, verified_profile
from doctor_space.forms import QueueFilterForm, ReferForm
from triage import services as triage_services
from triage.selectors import case_queue_page
from triage.services import CaseUnavailable


def _profile(request: HttpRequest) -> Any:
    profile = verified_profile(request.user)
    assert profile is not None  # noqa: S101  (closed_space_view let only verified doctors through)
    return profile


@closed_space_view
def queue(request: HttpRequest) -> HttpResponse:
    """The triage queue: anonymised cases, own specialties first, most urgent first."""
    profile = _profile(request)
    filters = QueueFilterForm(request.GET or None)
    wanted = filters.cleaned_data if filters.is_valid() else {}
    cases = case_queue_page(
        doctor=request.user,
        specialties=profile.specialties,
        limit=50,
        lang=wanted.get("lang") or "",
        specialty=wanted.get("specialty") or "",
    )
    return render(
        request,
        "doctor_space/queue.html",
        {
            "cases": cases,
            "profile": profile,
            "filters": filters,
            "filtered": filters.is_valid() and any(filters.cleaned_data.values()),
            "drafts": list(selectors.drafts_of(doctor=request.user)),
            "answers": list(selectors.answers_of(doctor=request.user)),
        },
    )


@closed_space_view
@require_POST
def claim_next(request: HttpRequest) -> HttpResponse:
    """Claim the most urgent waiting case."""
    profile = _profile(request)
    case = triage_services.case_claim_next(doctor=request.user, specialties=profile.specialties)
    if case is None:
        messages.info(request, _("The queue is empty."))
        return redirect("doctor_space:queue")
    return redirect("doctor_space:case", case_id=case.pk)


@closed_space_view
@require_POST
def claim(request: HttpRequest, case_id: int) -> HttpResponse:
    """Claim this case (a lease)."""
    try:
        triage_services.case_claim(doctor=request.user, case_id=case_id)
    except CaseUnavailable:
        messages.error(request, _("Another doctor holds this case, or it was answered."))
        return redirect("doctor_space:queue")
    return redirect("doctor_space:case", case_id=case_id)


@closed_space_view
@require_POST
def release(request: HttpRequest, case_id: int) -> HttpResponse:
    """Give the case back to the queue; the draft stays yours."""
    try:
        triage_services.case_release(doctor=request.user, case_id=case_id)
        messages.info(request, _("The case is back in the queue. Your draft is kept."))
    except CaseUnavailable:
        messages.error(request, _("You do not hold this case."))
    return redirect("doctor_space:queue")


@closed_space_view
@require_POST
def extend(request: HttpRequest, case_id: int) -> HttpResponse:
    """Extend the lease while drafting."""
    try:
        triage_services.case_extend(doctor=request.user, case_id=case_id)
        messages.success(request, _("Your lease was extended."))
    except CaseUnavailable:
        messages.error(request, _("Your lease has expired; claim the case again."))
    return redirect("doctor_space:case", case_id=case_id)


@closed_space_view
@require_POST
def refer(request: HttpRequest, case_id: int) -> HttpResponse:
    """Refer the case to another specialty with a note."""
    form = ReferForm(request.POST)
    if form.is_valid():
        try:
            triage_services.case_refer(doctor=request.user, case_id=case_id, **form.cleaned_data)
            messages.success(request, _("The case was referred."))
            return redirect("doctor_space:queue")
        except CaseUnavailable:
            messages.error(request, _("You do not hold this case."))
    return redirect("doctor_space:case", case_id=case_id)
