"""The moderation page (moderators only): reported items and images held because of a face."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from community import selectors
from community.access import community_page, moderator_required
from community.forms import DecisionForm, ImageDecisionForm
from community.services import moderation


@community_page
def queue(request: HttpRequest) -> HttpResponse:
    """Open reports, one line per item, and held images."""
    flags, images = selectors.moderation_queue(user=request.user)
    return render(
        request,
        "community/moderation.html",
        {
            "flags": flags,
            "images": images,
            "form": DecisionForm(),
            "image_form": ImageDecisionForm(),
        },
    )


@community_page
@require_POST
def decide(request: HttpRequest, flag_id: int) -> HttpResponse:
    """Uphold or dismiss the reports on an item, with a reason."""
    moderator_required(request.user)
    form = DecisionForm(request.POST)
    if form.is_valid():
        try:
            moderation.flag_decide(
                moderator=request.user,
                flag_id=flag_id,
                uphold=form.cleaned_data["decision"] == "uphold",
                note=form.cleaned_data["note"],
            )
            messages.success(request, _("Decision recorded; the reporters can see it."))
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
    else:
        messages.error(request, _("Choose a decision and give a reason."))
    return redirect("community:moderation")


@community_page
@require_POST
def review_image(request: HttpRequest, image_id: int) -> HttpResponse:
    """Approve or reject a held image, with a reason."""
    moderator_required(request.user)
    form = ImageDecisionForm(request.POST)
    if form.is_valid():
        moderation.image_review(
            moderator=request.user,
            image_id=image_id,
            approve=form.cleaned_data["decision"] == "approve",
            note=form.cleaned_data["note"],
        )
        messages.success(request, _("Decision recorded."))
    else:
        messages.error(request, _("Choose a decision and give a reason."))
    return redirect("community:moderation")
