"""The patient writes to the doctor: preview what the doctor will read, then send."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from patient_portal import exchange, selectors
from patient_portal.forms import MessageForm
from patient_portal.views import patient_required


@patient_required
@require_POST
def message(request: HttpRequest, question_id: int) -> HttpResponse:
    """action=preview shows the anonymised copy; action=send sends exactly that copy (a stale one is refused)."""
    question = selectors.question_get_for_patient(patient=request.user, question_id=question_id)
    form = MessageForm(request.POST)
    if not form.is_valid():
        return render(
            request,
            "patient_portal/message_preview.html",
            {"question": question, "form": form, "redaction": None},
            status=400,
        )
    text, reply_to = form.cleaned_data["text"], form.cleaned_data["reply_to"]
    redaction = exchange.message_preview(question=question, text=text)
    status = 200
    if request.POST.get("action") == "send":
        try:
            exchange.patient_message_send(
                patient=request.user,
                question_id=question.pk,
                text=text,
                fingerprint=request.POST.get("fingerprint", ""),
                reply_to_id=reply_to,
            )
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
            status = 409
        else:
            messages.success(
                request, _("Your message was sent to the doctor. This is what they read.")
            )
            return redirect(
                reverse("patient_portal:question_detail", args=[question.pk]) + "#exchange"
            )
    return render(
        request,
        "patient_portal/message_preview.html",
        {"question": question, "form": form, "redaction": redaction},
        status=status,
    )
