"""The doctor's reusable snippets: list, add, remove."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from doctor_space.access import closed_space_view
from doctor_space.forms import SnippetForm
from doctor_space.snippets import snippet_delete, snippet_save, snippets_of


@closed_space_view
def snippets(request: HttpRequest) -> HttpResponse:
    """The doctor's reusable snippets: list and add (insert them from a case's answer form)."""
    form = SnippetForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            snippet_save(doctor=request.user, **form.cleaned_data)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                for field, errors in exc.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, exc.messages)
        else:
            messages.success(request, _("Snippet saved. Insert it from the answer form of a case."))
            return redirect("doctor_space:snippets")
    return render(
        request,
        "doctor_space/snippets.html",
        {"form": form, "snippets": snippets_of(doctor=request.user)},
        status=400 if form.errors else 200,
    )


@closed_space_view
@require_POST
def snippet_remove(request: HttpRequest, snippet_id: int) -> HttpResponse:
    """Remove one of the doctor's snippets."""
    if snippet_delete(doctor=request.user, snippet_id=snippet_id):
        messages.info(request, _("Snippet removed."))
    return redirect("doctor_space:snippets")
