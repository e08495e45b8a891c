"""Verification pages: the waiting doctor's status page and the staff review queue (outside the closed space)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from doctor_space.forms import ProofCodeForm, StaffDecisionForm
from doctor_space.models import Verification
from doctor_space.registry import selectors
from doctor_space.registry.proofs import proof_label
from doctor_space.registry.services import proof_code_resend, proof_code_submit, verification_decide


def status(request: HttpRequest) -> HttpResponse:
    """Where the signed-in doctor's verification stands, and what happens next (the code form when needed).

    Signed out (just after registering, which signs no one in): the same neutral page whether or not an
    account was created, with the way to sign in.
    """
    if not request.user.is_authenticated:
        return render(request, "doctor_space/pending.html", {"doctor_status": None})
    profile = getattr(request.user, "doctor_profile", None)
    if profile is None:
        return render(request, "doctor_space/pending.html", {"doctor_status": None})
    form = ProofCodeForm(request.POST or None)
    code_status = 200
    if request.method == "POST" and form.is_valid():
        if proof_code_submit(profile=profile, code=form.cleaned_data["code"]):
            messages.success(request, _("Thank you: the code is right."))
            return redirect("doctor_public:pending")
        form.add_error(
            "code",
            _(
                "This code is not valid, has expired, or too many codes were tried. Ask for a new code below."
            ),
        )
        code_status = 400
    elif request.method == "POST":
        code_status = 400
    current = selectors.doctor_status(profile=profile)
    verification = current.verification
    return render(
        request,
        "doctor_space/pending.html",
        {
            "doctor_status": current,
            "profile": profile,
            "verification": verification,
            "proof_label": proof_label(verification.proof_method)
            if verification and verification.proof_method
            else "",
            "form": form,
        },
        status=code_status,
    )


@require_POST
def resend_code(request: HttpRequest) -> HttpResponse:
    """Send a new code to the register's e-mail (rate-limited)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    profile = getattr(request.user, "doctor_profile", None)
    current = selectors.doctor_status(profile=profile) if profile is not None else None
    if current is None or not current.can_enter_code or current.verification is None:
        return redirect("doctor_public:pending")
    if proof_code_resend(verification=current.verification):
        messages.success(request, _("A new code is on its way."))
    else:
        messages.error(
            request, _("A code was sent recently. Wait a little before asking for another one.")
        )
    return redirect("doctor_public:pending")


@staff_member_required
def review_queue(request: HttpRequest) -> HttpResponse:
    """Registrations that need a person: mismatches, duplicates, no e-mail on the register."""
    return render(
        request,
        "doctor_space/staff_review.html",
        {
            "queue": list(selectors.review_queue()[:200]),
            "suspended": list(selectors.recently_suspended()),
        },
    )


@staff_member_required
def review_detail(request: HttpRequest, profile_id: int) -> HttpResponse:
    """One registration beside its register entry and every other account claiming the same number."""
    detail = selectors.review_detail(profile_id=profile_id)
    form = StaffDecisionForm(request.POST or None)
    status_code = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                verification_decide(actor=request.user, profile=detail.profile, **form.cleaned_data)
            except ValidationError as exc:
                for message in exc.messages:
                    form.add_error(None, message)
            else:
                messages.success(request, _("Decision recorded; the doctor is told by e-mail."))
                return redirect("staff_doctors:queue")
        status_code = 400
    verification: Verification | None = detail.verification
    return render(
        request,
        "doctor_space/staff_review_detail.html",
        {
            "detail": detail,
            "form": form,
            "proof_label": proof_label(verification.proof_method)
            if verification and verification.proof_method
            else "",
        },
        status=status_code,
    )
